// Bytes -> RuleSetFile::parse; a file that reads without errors must write back to text that reads the same.
#include "io/RuleSetFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto first = jifen::RuleSetFile::parse(bytes);
    if (!first.ok())
        return 0;
    const QByteArray written = jifen::RuleSetFile::write(first.ruleSet);
    const auto second = jifen::RuleSetFile::parse(written);
    if (!second.ok() || jifen::RuleSetFile::write(second.ruleSet) != written)
        std::abort(); // the writer must produce what the reader accepts, unchanged
    return 0;
}
