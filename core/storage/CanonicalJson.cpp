#include "CanonicalJson.h"

namespace jifen::canonicalJson {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscaped(QByteArray& out, char16_t unit)
{
    out += "\\u";
    out += hexDigit((unit >> 12) & 0xF);
    out += hexDigit((unit >> 8) & 0xF);
    out += hexDigit((unit >> 4) & 0xF);
    out += hexDigit(unit & 0xF);
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            if (u == u'"' || u == u'\\') {
                out += '\\';
                out += char(u);
            } else if (u >= 0x20) {
                out += char(u);
            } else {
                switch (u) {
                case u'\b':
                    out += "\\b";
                    break;
                case u'\f':
                    out += "\\f";
                    break;
                case u'\n':
                    out += "\\n";
                    break;
                case u'\r':
                    out += "\\r";
                    break;
                case u'\t':
                    out += "\\t";
                    break;
                default:
                    appendEscaped(out, u);
                }
            }
        } else if (u < 0x800) {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t code = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            ++i;
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            appendEscaped(out, u); // no valid UTF-8 for a lone surrogate
        } else {
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        }
    }
    out += '"';
}

void appendKey(QByteArray& out, const char* key)
{
    out += '"';
    out += key;
    out += "\":";
}

} // namespace jifen::canonicalJson
