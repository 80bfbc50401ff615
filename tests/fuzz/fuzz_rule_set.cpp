// Bytes -> RuleSetFile::parse, and a file that reads without errors through the writer and the reader again.
// Crashes, leaks and undefined behaviour are what this target looks for (ASan, UBSan).
#include "io/RuleSetFile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto first = jifen::RuleSetFile::parse(bytes);
    if (first.ok())
        jifen::RuleSetFile::parse(jifen::RuleSetFile::write(first.ruleSet));
    return 0;
}
