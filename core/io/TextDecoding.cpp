#include "TextDecoding.h"

#include "Gb18030Decoder.h"

#include <QStringDecoder>

#include <cstring>

namespace jifen {

namespace {

// Where the first byte at or after i that is not ASCII is (n when none is): most of a points file is ASCII, checked
// here eight bytes at a time.
qsizetype skipAscii(const uchar* p, qsizetype i, qsizetype n)
{
    for (quint64 word = 0; i + 8 <= n; i += 8) {
        std::memcpy(&word, p + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
    }
    while (i < n && p[i] < 0x80)
        ++i;
    return i;
}

bool startsWith(QByteArrayView data, const char* bom, qsizetype size)
{
    return data.size() >= size && memcmp(data.data(), bom, size_t(size)) == 0;
}

bool hasUtf8Bom(QByteArrayView data)
{
    return startsWith(data, "\xEF\xBB\xBF", 3);
}
bool hasUtf16LEBom(QByteArrayView data)
{
    return startsWith(data, "\xFF\xFE", 2);
}
bool hasUtf16BEBom(QByteArrayView data)
{
    return startsWith(data, "\xFE\xFF", 2);
}

// A text without BOM is taken for UTF-16 when NUL bytes fill one of the two byte positions of its first characters:
// Latin letters, digits and separators all have a zero high byte, and no text file in an 8-bit encoding has NULs.
std::optional<TextDecoding::Encoding> guessUtf16(QByteArrayView data)
{
    const qsizetype n = std::min<qsizetype>(data.size() & ~qsizetype(1), 1024);
    if (n < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += data[i] == 0;
        oddZeros += data[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 4 >= pairs && evenZeros == 0)
        return TextDecoding::Encoding::Utf16LE;
    if (evenZeros * 4 >= pairs && oddZeros == 0)
        return TextDecoding::Encoding::Utf16BE;
    return std::nullopt;
}

// How many characters of data, read as GB18030, are GB2312's first level (its 3,755 most common hanzi: lead byte
// B0-D7, trail A1-FE); nullopt when data is not valid GB18030 (an odd byte out stops the scan at once, which is where a
// real UTF-8 file nearly always fails).
std::optional<qsizetype> commonHanziAsGb18030(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    qsizetype common = 0;
    for (qsizetype i = skipAscii(p, 0, n); i < n; i = skipAscii(p, i, n)) {
        const uchar lead = p[i];
        if (lead == 0x80 || lead == 0xFF || i + 1 >= n)
            return std::nullopt;
        const uchar trail = p[i + 1];
        if (trail >= 0x30 && trail <= 0x39) { // four bytes: lead, digit, 81-FE, digit
            if (i + 3 >= n || p[i + 2] < 0x81 || p[i + 2] == 0xFF || p[i + 3] < 0x30 || p[i + 3] > 0x39)
                return std::nullopt;
            i += 4;
            continue;
        }
        if (trail < 0x40 || trail == 0x7F || trail == 0xFF)
            return std::nullopt;
        if (lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1)
            ++common;
        i += 2;
    }
    return common;
}

// How many characters of data, read as UTF-8 (which it is), are CJK ideographs.
qsizetype hanziAsUtf8(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    qsizetype hanzi = 0;
    for (qsizetype i = skipAscii(p, 0, n); i + 2 < n; i = skipAscii(p, i + 1, n)) {
        // U+4E00-U+9FFF is E4 B8 80 to E9 BF BF.
        if (p[i] >= 0xE4 && p[i] <= 0xE9 && (p[i] > 0xE4 || p[i + 1] >= 0xB8) && (p[i + 1] & 0xC0) == 0x80)
            ++hanzi;
    }
    return hanzi;
}

// Whether data, valid UTF-8, is better read as GB18030: a GBK file whose few non-ASCII bytes happen to form valid
// UTF-8 (ASCII headers, names such as 谢郑 = D0 BB D6 A3) reads as Cyrillic and Hebrew letters in UTF-8 but as common
// hanzi in GB18030, while real UTF-8 Chinese read as GB18030 gives rare characters, if it is valid GB18030 at all.
// The reading with more Chinese characters wins; a tie stays UTF-8.
bool readsBetterAsGb18030(QByteArrayView data)
{
    const auto gb = commonHanziAsGb18030(data);
    return gb && *gb > hanziAsUtf8(data);
}

// The whole text is decoded at once: stateless decoders report an incomplete sequence at the end as an error
// instead of keeping it for a next call that never comes.
constexpr auto stateless = QStringDecoder::Flag::Stateless;

} // namespace

bool TextDecoding::isUtf8(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    for (qsizetype i = skipAscii(p, 0, n); i < n; i = skipAscii(p, i, n)) {
        const uchar b = p[i];
        int length = 0;
        char32_t min = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        char32_t code = b & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return true; // cut off at the end
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

TextDecoding::Encoding TextDecoding::detect(QByteArrayView data, Request request)
{
    switch (request) {
    case Request::Auto:
        if (hasUtf8Bom(data))
            return Encoding::Utf8WithBom;
        if (hasUtf16LEBom(data))
            return Encoding::Utf16LE;
        if (hasUtf16BEBom(data))
            return Encoding::Utf16BE;
        if (const auto utf16 = guessUtf16(data))
            return *utf16;
        // Not UTF-8: what Excel writes on a Chinese Windows. Valid UTF-8 is UTF-8 unless the whole file reads as
        // more Chinese in GB18030.
        return isUtf8(data) && !readsBetterAsGb18030(data) ? Encoding::Utf8 : Encoding::Gb18030;
    case Request::Utf8:
        break;
    case Request::Gb18030:
        return Encoding::Gb18030;
    case Request::Utf16:
        if (hasUtf16BEBom(data))
            return Encoding::Utf16BE;
        if (hasUtf16LEBom(data))
            return Encoding::Utf16LE;
        return guessUtf16(data).value_or(Encoding::Utf16LE);
    }
    return hasUtf8Bom(data) ? Encoding::Utf8WithBom : Encoding::Utf8;
}

qsizetype TextDecoding::bomLength(QByteArrayView data, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        return hasUtf8Bom(data) ? 3 : 0;
    case Encoding::Gb18030:
        return 0;
    case Encoding::Utf16LE:
        return hasUtf16LEBom(data) ? 2 : 0;
    case Encoding::Utf16BE:
        return hasUtf16BEBom(data) ? 2 : 0;
    }
    return 0;
}

TextDecoding::Decoded TextDecoding::toUtf8(const QByteArray& data, Request request)
{
    Decoded out;
    out.encoding = detect(data, request);
    const QByteArrayView body = QByteArrayView(data).sliced(bomLength(data, out.encoding));
    switch (out.encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        if (isUtf8(body)) {
            out.utf8 = body.toByteArray(); // valid UTF-8 passes through untouched
            if (!out.utf8.isEmpty() && (uchar(out.utf8.back()) & 0x80)) {
                // isUtf8() forgives a character cut off at the end; the decoder does not.
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom | stateless);
                const QString text = decoder.decode(body);
                out.hadInvalidBytes = decoder.hasError();
                if (out.hadInvalidBytes)
                    out.utf8 = text.toUtf8();
            }
        } else {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom | stateless);
            out.utf8 = QString(decoder.decode(body)).toUtf8(); // invalid bytes come back as U+FFFD
            out.hadInvalidBytes = true;
        }
        return out;
    case Encoding::Gb18030:
        if (Gb18030Decoder::isAvailable()) {
            QString text(body.size(), Qt::Uninitialized);
            QChar* end = Gb18030Decoder::appendToBuffer(text.data(), body, &out.hadInvalidBytes);
            text.truncate(end - text.constData());
            out.utf8 = text.toUtf8();
        } else {
            // Qt without ICU: nothing sensible to do but read it as UTF-8 and let the replacement characters show.
            QStringDecoder decoder(QStringDecoder::Utf8, stateless);
            out.utf8 = QString(decoder.decode(body)).toUtf8();
            out.hadInvalidBytes = decoder.hasError();
            out.encoding = Encoding::Utf8;
        }
        return out;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        QStringDecoder decoder(out.encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               stateless);
        out.utf8 = QString(decoder.decode(body)).toUtf8();
        out.hadInvalidBytes = decoder.hasError() || body.size() % 2 != 0; // Qt keeps an odd last byte to itself
        return out;
    }
    }
    return out;
}

QString TextDecoding::decode(const QByteArray& data, Request request, Encoding* used)
{
    const Decoded decoded = toUtf8(data, request);
    if (used)
        *used = decoded.encoding;
    return QString::fromUtf8(decoded.utf8);
}

std::optional<TextDecoding::Request> TextDecoding::requestFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"auto" || k.isEmpty())
        return Request::Auto;
    if (k == u"utf-8" || k == u"utf8")
        return Request::Utf8;
    if (k == u"gb18030" || k == u"gbk" || k == u"gb2312")
        return Request::Gb18030;
    if (k == u"utf-16" || k == u"utf16" || k == u"unicode")
        return Request::Utf16;
    return std::nullopt;
}

QString TextDecoding::requestKey(Request request)
{
    switch (request) {
    case Request::Auto:
        break;
    case Request::Utf8:
        return QStringLiteral("utf-8");
    case Request::Gb18030:
        return QStringLiteral("gb18030");
    case Request::Utf16:
        return QStringLiteral("utf-16");
    }
    return QStringLiteral("auto");
}

QString TextDecoding::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        break;
    case Encoding::Utf8WithBom:
        return tr("UTF-8 (with BOM)");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return QStringLiteral("UTF-8");
}

} // namespace jifen
