#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jifen {

// Turns the bytes of a text file written by Excel (or anything else) into text, detecting the encoding.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    // What the user asked for: detection, or one encoding forced.
    enum class Request { Auto, Utf8, Gb18030, Utf16 };

    // What was used.
    enum class Encoding { Utf8, Utf8WithBom, Gb18030, Utf16LE, Utf16BE };

    struct Decoded
    {
        QByteArray utf8; // the text as UTF-8, without a byte order mark
        Encoding encoding = Encoding::Utf8;
        bool hadInvalidBytes = false; // some bytes were replaced by U+FFFD
    };

    // The encoding data is in, as toUtf8() would use it.
    static Encoding detect(QByteArrayView data, Request request = Request::Auto);
    // Bytes a byte order mark takes at the start of data in this encoding (0 when there is none).
    static qsizetype bomLength(QByteArrayView data, Encoding encoding);
    // True when data is UTF-8; a character cut off at the very end (a truncated file) does not count against it.
    static bool isUtf8(QByteArrayView data);

    // Decodes data as requested. Auto: a BOM decides; otherwise a file with NUL bytes in alternate positions is
    // UTF-16, valid UTF-8 is UTF-8 unless the whole file reads as more Chinese in GB18030 (a GBK file whose few
    // non-ASCII bytes happen to be valid UTF-8), and anything else is GB18030 (which includes GBK and GB2312).
    // Utf16 without a BOM is read as little-endian unless the NUL bytes say big-endian.
    static Decoded toUtf8(const QByteArray& data, Request request = Request::Auto);

    // The same as toUtf8(), as a QString.
    static QString decode(const QByteArray& data, Request request = Request::Auto, Encoding* used = nullptr);

    // "auto" | "utf-8" | "gb18030" | "utf-16" (also accepts "utf8", "gbk", "gb2312", "utf16", any case).
    static std::optional<Request> requestFromKey(const QString& key);
    static QString requestKey(Request request);

    // A short name for reports: "UTF-8", "UTF-8 (with BOM)", "GB18030", "UTF-16LE", "UTF-16BE".
    static QString displayName(Encoding encoding);
};

} // namespace jifen
