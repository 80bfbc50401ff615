#include "TestSupport.h"
#include "io/TextCleaning.h"

namespace cleaning = jifen::cleaning;

TEST_CASE("names lose surrounding spaces, full-width spaces and zero-width characters")
{
    CHECK(cleaning::cleanName(u" 张三 ") == QStringLiteral("张三"));
    CHECK(cleaning::cleanName(u"\u3000张三\u3000") == QStringLiteral("张三"));
    CHECK(cleaning::cleanName(u"王\u200B五") == QStringLiteral("王五"));
    CHECK(cleaning::cleanName(u"\uFEFF李四\u200D") == QStringLiteral("李四"));
}

TEST_CASE("a two-character name padded to three with a space is joined again")
{
    CHECK(cleaning::cleanName(u"李\u3000四") == QStringLiteral("李四"));
    CHECK(cleaning::cleanName(u"李 四") == QStringLiteral("李四"));
}

TEST_CASE("names with the middle dot are kept whole, with the dot look-alikes made one")
{
    const QString aygul = QStringLiteral("阿依古丽·买买提");
    CHECK(cleaning::cleanName(aygul) == aygul);
    CHECK(cleaning::cleanName(u"阿依古丽 ・ 买买提") == aygul);
    CHECK(cleaning::cleanName(u"阿依古丽•买买提") == aygul);
    CHECK(cleaning::cleanName(u"阿依古丽．买买提") == aygul);
}

TEST_CASE("names in Latin letters keep one space between words")
{
    CHECK(cleaning::cleanName(u"  John   Smith ") == QStringLiteral("John Smith"));
}

TEST_CASE("codes are folded to ASCII and lose spaces and spreadsheet text guards")
{
    CHECK(cleaning::cleanCode(u"１３９ ００１３ ９０００") == QStringLiteral("13900139000"));
    CHECK(cleaning::cleanCode(u"'410402198001011234") == QStringLiteral("410402198001011234"));
    CHECK(cleaning::cleanCode(u"=\"410402198001011234\"") == QStringLiteral("410402198001011234"));
    CHECK(cleaning::cleanCode(u"\t410402198001011234") == QStringLiteral("410402198001011234"));
}

TEST_CASE("cleaned text keeps its line breaks but not the spaces around them")
{
    CHECK(cleaning::cleanText(u" 第一行 \r\n  第二行\u3000\n") == QStringLiteral("第一行\n第二行"));
    CHECK(cleaning::cleanText(u"a \u00A0 b") == QStringLiteral("a b"));
}

TEST_CASE("full-width letters, digits and punctuation fold to ASCII")
{
    CHECK(cleaning::foldWidth(u"ＡＢＣ１２３，（）") == QStringLiteral("ABC123,()"));
}
