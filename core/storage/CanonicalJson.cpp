#include "CanonicalJson.h"

#include <charconv>

namespace jifen::canonicalJson {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char* putEscaped(char* p, char16_t unit)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigit((unit >> 12) & 0xF);
    *p++ = hexDigit((unit >> 8) & 0xF);
    *p++ = hexDigit((unit >> 4) & 0xF);
    *p++ = hexDigit(unit & 0xF);
    return p;
}

} // namespace

// Written through a pointer into room made beforehand (six bytes a unit at most, for \uXXXX): appending byte by byte
// cost more than everything else in building a 100,000-row import's audit record.
void appendString(QByteArray& out, QStringView text)
{
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    out.resize(start + 2 + n * 6);
    char* const begin = out.data();
    char* p = begin + start;
    *p++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            if (u == u'"' || u == u'\\') {
                *p++ = '\\';
                *p++ = char(u);
            } else if (u >= 0x20) {
                *p++ = char(u);
            } else {
                char escape = 0;
                switch (u) {
                case u'\b':
                    escape = 'b';
                    break;
                case u'\f':
                    escape = 'f';
                    break;
                case u'\n':
                    escape = 'n';
                    break;
                case u'\r':
                    escape = 'r';
                    break;
                case u'\t':
                    escape = 't';
                    break;
                default:
                    break;
                }
                if (escape) {
                    *p++ = '\\';
                    *p++ = escape;
                } else {
                    p = putEscaped(p, u);
                }
            }
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t code = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            ++i;
            *p++ = char(0xF0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3F));
            *p++ = char(0x80 | ((code >> 6) & 0x3F));
            *p++ = char(0x80 | (code & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            p = putEscaped(p, u); // no valid UTF-8 for a lone surrogate
        } else {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - begin);
}

void appendKey(QByteArray& out, const char* key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendNumber(QByteArray& out, qint64 value)
{
    char digits[20];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
}

} // namespace jifen::canonicalJson
