// Feeds arbitrary text to DateParser and IdNumber::parse, checking that what they accept is consistent.
#include "io/DateParser.h"
#include "model/IdNumber.h"

#include <cstddef>
#include <cstdint>

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void check(const QString& text)
{
    const auto date = jifen::DateParser::parse(text);
    require(date.ok() == date.date.isValid());
    if (date.ok()) {
        require(date.date.year() >= 1900);
        if (date.precision == jifen::DateParser::Precision::Month)
            require(date.date.day() == 1);
    } else {
        require(!jifen::DateParser::describe(date.problem).isEmpty());
    }

    const auto id = jifen::IdNumber::parse(text);
    if (id.problem == jifen::IdNumber::Problem::None) {
        require(id.value.size() == 18);
        require(jifen::IdNumber::isValid(id.value)); // normalising is idempotent
        require(jifen::IdNumber::checkDigit(QStringView(id.value).left(17)) == id.value[17]);
        require(jifen::IdNumber::birthDate(id.value).isValid());
        require(!jifen::IdNumber::gender(id.value).isEmpty());
        require(jifen::IdNumber::masked(id.value).size() == 18);
    } else {
        require(id.value.isEmpty());
        require(!jifen::IdNumber::describe(id.problem).isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* chars = reinterpret_cast<const char*>(data);
    check(QString::fromUtf8(chars, qsizetype(size)));
    // The same bytes as UTF-16, to reach full-width and other non-Latin characters directly.
    check(QString::fromUtf16(reinterpret_cast<const char16_t*>(data), qsizetype(size / 2)));
    return 0;
}
