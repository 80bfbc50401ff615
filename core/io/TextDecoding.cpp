#include "TextDecoding.h"

#include <QStringDecoder>

namespace jifen {

namespace {

bool startsWith(const QByteArray& data, const char* bom, qsizetype size)
{
    return data.size() >= size && memcmp(data.constData(), bom, size_t(size)) == 0;
}

// A text without BOM is taken for UTF-16 when NUL bytes fill one of the two byte positions of its first characters:
// Latin letters, digits and separators all have a zero high byte, and no text file in an 8-bit encoding has NULs.
std::optional<TextDecoding::Encoding> guessUtf16(const QByteArray& data)
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

// The whole text is decoded at once: stateless decoders report an incomplete sequence at the end as an error
// instead of keeping it for a next call that never comes.
constexpr auto stateless = QStringDecoder::Flag::Stateless;

QString decodeWith(QStringDecoder& decoder, QByteArrayView data, bool* invalid)
{
    const QString text = decoder.decode(data);
    *invalid = decoder.hasError();
    return text;
}

} // namespace

TextDecoding::Decoded TextDecoding::toUtf8(const QByteArray& data, Request request)
{
    static constexpr char utf8Bom[] = "\xEF\xBB\xBF";
    static constexpr char utf16LEBom[] = "\xFF\xFE";
    static constexpr char utf16BEBom[] = "\xFE\xFF";

    const bool hasUtf8Bom = startsWith(data, utf8Bom, 3);
    const bool hasLEBom = startsWith(data, utf16LEBom, 2);
    const bool hasBEBom = startsWith(data, utf16BEBom, 2);

    Decoded out;
    std::optional<Encoding> chosen;
    switch (request) {
    case Request::Auto:
        if (hasUtf8Bom)
            chosen = Encoding::Utf8WithBom;
        else if (hasLEBom)
            chosen = Encoding::Utf16LE;
        else if (hasBEBom)
            chosen = Encoding::Utf16BE;
        else
            chosen = guessUtf16(data);
        break;
    case Request::Utf8:
        chosen = hasUtf8Bom ? Encoding::Utf8WithBom : Encoding::Utf8;
        break;
    case Request::Gb18030:
        chosen = Encoding::Gb18030;
        break;
    case Request::Utf16:
        if (hasBEBom)
            chosen = Encoding::Utf16BE;
        else if (hasLEBom)
            chosen = Encoding::Utf16LE;
        else
            chosen = guessUtf16(data).value_or(Encoding::Utf16LE);
        break;
    }

    if (!chosen || *chosen == Encoding::Utf8 || *chosen == Encoding::Utf8WithBom) {
        const QByteArrayView body = QByteArrayView(data).sliced(hasUtf8Bom ? 3 : 0);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom | stateless);
        bool invalid = false;
        const QString text = decodeWith(decoder, body, &invalid);
        if (!invalid || chosen) {
            out.encoding = hasUtf8Bom ? Encoding::Utf8WithBom : Encoding::Utf8;
            out.hadInvalidBytes = invalid;
            // Valid UTF-8 is passed through untouched; invalid bytes come back as U+FFFD.
            out.utf8 = invalid ? text.toUtf8() : body.toByteArray();
            return out;
        }
        chosen = Encoding::Gb18030; // not UTF-8: what Excel writes on a Chinese Windows
    }

    out.encoding = *chosen;
    bool invalid = false;
    QString text;
    if (*chosen == Encoding::Gb18030) {
        QStringDecoder decoder("GB18030", stateless);
        if (!decoder.isValid()) {
            // Qt without ICU: nothing sensible to do but read it as UTF-8 and let the replacement characters show.
            QStringDecoder utf8(QStringDecoder::Utf8, stateless);
            text = decodeWith(utf8, data, &invalid);
            out.encoding = Encoding::Utf8;
        } else {
            text = decodeWith(decoder, data, &invalid);
        }
    } else {
        // Without ConvertInitialBom a leading BOM is dropped.
        QStringDecoder decoder(*chosen == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               stateless);
        text = decodeWith(decoder, data, &invalid);
        invalid = invalid || data.size() % 2 != 0; // Qt keeps an odd last byte to itself
    }
    out.hadInvalidBytes = invalid;
    out.utf8 = text.toUtf8();
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
