#include "TestSupport.h"
#include "io/Gb18030Decoder.h"
#include "io/TextDecoding.h"

#include <QStringEncoder>

using jifen::TextDecoding;
using Encoding = TextDecoding::Encoding;
using Request = TextDecoding::Request;

namespace {

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("UTF-8 with and without a byte order mark is detected and the mark dropped")
{
    Encoding used {};
    CHECK(TextDecoding::decode(QByteArray("\xEF\xBB\xBF") + QStringLiteral("张三").toUtf8(), Request::Auto, &used)
          == QStringLiteral("张三"));
    CHECK(used == Encoding::Utf8WithBom);
    CHECK(TextDecoding::decode(QStringLiteral("张三").toUtf8(), Request::Auto, &used) == QStringLiteral("张三"));
    CHECK(used == Encoding::Utf8);
}

TEST_CASE("bytes that are not UTF-8 are read as GB18030, which covers GBK")
{
    Encoding used {};
    const QString text = QStringLiteral("姓名,民族\r\n阿依古丽·买买提,维吾尔族\r\n");
    CHECK(TextDecoding::decode(gb18030(text), Request::Auto, &used) == text);
    CHECK(used == Encoding::Gb18030);
}

TEST_CASE("UTF-16 is detected from its byte order mark in both byte orders")
{
    const QString text = QStringLiteral("姓名\t民族\r\n");
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    Encoding used {};
    CHECK(TextDecoding::decode(le, Request::Auto, &used) == text);
    CHECK(used == Encoding::Utf16LE);
    CHECK(TextDecoding::decode(be, Request::Auto, &used) == text);
    CHECK(used == Encoding::Utf16BE);
}

TEST_CASE("UTF-16 without a byte order mark is recognised by its NUL bytes")
{
    Encoding used {};
    CHECK(TextDecoding::decode(jifen::test::readFixture(QStringLiteral("io/utf16le-no-bom.txt")), Request::Auto, &used)
          == QStringLiteral("姓名\t民族\r\n张三\t汉族\r\n"));
    CHECK(used == Encoding::Utf16LE);
}

TEST_CASE("a forced encoding overrides detection and reports bytes it cannot read")
{
    const QByteArray data = gb18030(QStringLiteral("张三"));
    const auto forced = TextDecoding::toUtf8(data, Request::Utf8);
    CHECK(forced.encoding == Encoding::Utf8);
    CHECK(forced.hadInvalidBytes);
    CHECK(QString::fromUtf8(forced.utf8).contains(QChar::ReplacementCharacter));

    const auto right = TextDecoding::toUtf8(data, Request::Gb18030);
    CHECK_FALSE(right.hadInvalidBytes);
    CHECK(QString::fromUtf8(right.utf8) == QStringLiteral("张三"));
}

TEST_CASE("pure ASCII is UTF-8 and passes through unchanged")
{
    const auto decoded = TextDecoding::toUtf8(QByteArray("a,b\r\n1,2\r\n"));
    CHECK(decoded.encoding == Encoding::Utf8);
    CHECK(decoded.utf8 == QByteArray("a,b\r\n1,2\r\n"));
}

TEST_CASE("an odd trailing byte in UTF-16 is reported, not silently dropped")
{
    const auto decoded = TextDecoding::toUtf8(QByteArray("\xFF\xFE"
                                                         "a\0b",
                                                         5),
                                              Request::Auto);
    CHECK(decoded.encoding == Encoding::Utf16LE);
    CHECK(decoded.hadInvalidBytes);
}

TEST_CASE("encoding names from the command line are understood")
{
    CHECK(TextDecoding::requestFromKey(QStringLiteral("auto")) == Request::Auto);
    CHECK(TextDecoding::requestFromKey(QStringLiteral("UTF-8")) == Request::Utf8);
    CHECK(TextDecoding::requestFromKey(QStringLiteral("gbk")) == Request::Gb18030);
    CHECK(TextDecoding::requestFromKey(QStringLiteral("utf-16")) == Request::Utf16);
    CHECK_FALSE(TextDecoding::requestFromKey(QStringLiteral("latin1")));
    CHECK(TextDecoding::requestKey(Request::Gb18030) == QStringLiteral("gb18030"));
}

TEST_CASE("a multi-byte character cut off at the end of the file is reported")
{
    QByteArray cut = QStringLiteral("张三").toUtf8();
    cut.chop(1);
    const auto decoded = TextDecoding::toUtf8(cut, Request::Utf8);
    CHECK(decoded.hadInvalidBytes);
}

TEST_CASE("the table-driven GB18030 decoder agrees with Qt's codec, four-byte codes included")
{
    REQUIRE(jifen::Gb18030Decoder::isAvailable());
    const QString text = QStringLiteral("姓名,民族 阿依古丽·买买提 維吾爾 € 𠀀 \u200B 　１２３ abc\r\n");
    const QByteArray bytes = gb18030(text);
    QString decoded(bytes.size(), Qt::Uninitialized);
    bool invalid = false;
    const QChar* end = jifen::Gb18030Decoder::appendToBuffer(decoded.data(), bytes, &invalid);
    decoded.truncate(end - decoded.constData());
    CHECK_FALSE(invalid);
    CHECK(decoded == text);
}

TEST_CASE("bytes that are no GB18030 become replacement characters and are reported")
{
    const QByteArray bytes("a\x80"
                           "b\xFF\xD5",
                           5); // 0x80 and 0xFF never start a character; 0xD5 is cut off
    QString decoded(bytes.size(), Qt::Uninitialized);
    bool invalid = false;
    const QChar* end = jifen::Gb18030Decoder::appendToBuffer(decoded.data(), bytes, &invalid);
    decoded.truncate(end - decoded.constData());
    CHECK(invalid);
    CHECK(decoded == QStringLiteral("a\uFFFDb\uFFFD\uFFFD"));
}

TEST_CASE("UTF-8 is recognised byte by byte, forgiving only a character cut off at the end")
{
    CHECK(TextDecoding::isUtf8(QStringLiteral("张三 abc 𠀀").toUtf8()));
    CHECK(TextDecoding::isUtf8(QByteArray("\xE5\xBC")));
    CHECK_FALSE(TextDecoding::isUtf8(gb18030(QStringLiteral("张三，李四"))));
    CHECK_FALSE(TextDecoding::isUtf8(QByteArray("\xC0\x80"))); // overlong
    CHECK_FALSE(TextDecoding::isUtf8(QByteArray("\xED\xA0\x80"))); // a surrogate
}

TEST_CASE("a byte that is not UTF-8 is found at any place in long runs of ASCII")
{
    for (int before = 0; before <= 24; ++before) {
        for (int after = 0; after <= 9; ++after) {
            INFO("ASCII before: " << before << ", after: " << after);
            const QByteArray ascii(before, 'a');
            const QByteArray tail(after, 'b');
            CHECK_FALSE(TextDecoding::isUtf8(ascii + QByteArray("\x80") + tail)); // a lone continuation byte
            CHECK_FALSE(TextDecoding::isUtf8(ascii + QByteArray("\xC0\x80") + tail)); // overlong
            CHECK(TextDecoding::isUtf8(ascii + QStringLiteral("张").toUtf8() + tail));
            CHECK_FALSE(TextDecoding::isUtf8(ascii + gb18030(QStringLiteral("张")) + tail));
        }
    }
}

TEST_CASE("a GBK file whose few names happen to be valid UTF-8 is read as GBK: the whole file decides")
{
    const QByteArray data = jifen::test::readFixture(QStringLiteral("io/roster-gbk-valid-utf8.csv"));
    REQUIRE(TextDecoding::isUtf8(data)); // the trap: every byte fits UTF-8 (卢 = C2 AC reads as "¬")
    Encoding used {};
    const QString text = TextDecoding::decode(data, Request::Auto, &used);
    CHECK(used == Encoding::Gb18030);
    CHECK(text.contains(QStringLiteral("卢平,110105198001010016,一支")));
    CHECK(text.contains(QStringLiteral("谢山")));
}

TEST_CASE("UTF-8 Chinese that is also valid GB18030 stays UTF-8")
{
    // Two-character names: every field is an even number of UTF-8 bytes, so the file is valid GB18030 as well.
    const QString text = QStringLiteral("name,branch\n张三,党委\n李四,支部\n王五,机关\n");
    Encoding used {};
    CHECK(TextDecoding::decode(text.toUtf8(), Request::Auto, &used) == text);
    CHECK(used == Encoding::Utf8);
}
