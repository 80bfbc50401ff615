#include "TestSupport.h"
#include "model/Pinyin.h"

#include <QCollator>

#include <algorithm>

using namespace jifen;

TEST_CASE("pinyin initials are the first letter of each syllable")
{
    CHECK(Pinyin::initials(QStringLiteral("张三")) == QStringLiteral("zs"));
    CHECK(Pinyin::initials(QStringLiteral("欧阳修")) == QStringLiteral("oyx"));
    CHECK(Pinyin::initials(QStringLiteral(" 李四 ")) == QStringLiteral("ls"));
    CHECK(Pinyin::initials(QString()).isEmpty());
}

TEST_CASE("the spelling is toneless pinyin, one syllable per character")
{
    CHECK(Pinyin::spelling(QStringLiteral("张三")) == QStringLiteral("zhang san"));
    CHECK(Pinyin::compact(QStringLiteral("张三")) == QStringLiteral("zhangsan"));
    CHECK(Pinyin::spelling(QStringLiteral("吕布")) == QStringLiteral("lu bu"));
}

TEST_CASE("a polyphonic first character is read as a surname")
{
    CHECK(Pinyin::initials(QStringLiteral("单雄信")) == QStringLiteral("sxx"));
    CHECK(Pinyin::spelling(QStringLiteral("曾国藩")) == QStringLiteral("zeng guo fan"));
    // Elsewhere in a name the character keeps its common reading.
    CHECK(Pinyin::spelling(QStringLiteral("王单")) == QStringLiteral("wang dan"));
}

TEST_CASE("Latin letters in a name are kept, lower-cased")
{
    CHECK(Pinyin::initials(QStringLiteral("Alice Wang")) == QStringLiteral("aw"));
}

TEST_CASE("Latin letters next to Han characters stay syllables of their own, full-width ones folded")
{
    CHECK(Pinyin::spelling(QStringLiteral("Tom张")) == QStringLiteral("tom zhang"));
    CHECK(Pinyin::spelling(QStringLiteral("张A")) == QStringLiteral("zhang a"));
    CHECK(Pinyin::spelling(QStringLiteral("ＡＢ张")) == QStringLiteral("ab zhang"));
    CHECK(Pinyin::spelling(QStringLiteral("José")) == QStringLiteral("jose"));
    CHECK(Pinyin::spelling(QStringLiteral("阿依古丽·买买提")) == QStringLiteral("a yi gu li mai mai ti"));
    // Asked again, the same name spells the same (the readings are remembered per character).
    CHECK(Pinyin::spelling(QStringLiteral("Tom张")) == QStringLiteral("tom zhang"));
}

TEST_CASE("sort keys order names as Chinese collation does")
{
    const QStringList names {QStringLiteral("张三"), QStringLiteral("阿明"), QStringLiteral("王五"),
                             QStringLiteral("李四"), QStringLiteral("赵六"), QStringLiteral("陈七")};
    QStringList byKey = names;
    std::sort(byKey.begin(), byKey.end(),
              [](const QString& a, const QString& b) { return Pinyin::sortKey(a) < Pinyin::sortKey(b); });
    CHECK(byKey
          == QStringList {QStringLiteral("阿明"), QStringLiteral("陈七"), QStringLiteral("李四"),
                          QStringLiteral("王五"), QStringLiteral("张三"), QStringLiteral("赵六")});
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    QStringList byCollator = names;
    std::sort(byCollator.begin(), byCollator.end(), collator);
    CHECK(byKey == byCollator);
    CHECK_FALSE(Pinyin::collationVersion().isEmpty());
}

TEST_CASE("the search spellings are the name's initials and compact spelling, read once")
{
    for (const QString& name : {QStringLiteral("张三"), QStringLiteral("单雄信"), QStringLiteral(" 欧阳修 "),
                                QStringLiteral("阿依古丽·买买提"), QStringLiteral("Tom张"), QString()}) {
        INFO(name.toStdString());
        const Pinyin::SearchSpellings spellings = Pinyin::searchSpellings(name);
        CHECK(spellings.initials == Pinyin::initials(name));
        CHECK(spellings.compact == Pinyin::compact(name));
    }
    CHECK(Pinyin::searchSpellings(QStringLiteral("曾国藩")).initials == QStringLiteral("zgf"));
    CHECK(Pinyin::searchSpellings(QStringLiteral("曾国藩")).compact == QStringLiteral("zengguofan"));
}

TEST_CASE("a polyphonic surname sorts by its surname reading, as it is spelled")
{
    QStringList names {QStringLiteral("邹平"), QStringLiteral("曾国藩"), QStringLiteral("张三"),
                       QStringLiteral("陈明"), QStringLiteral("沈括"),   QStringLiteral("单雄信"),
                       QStringLiteral("邓华"), QStringLiteral("仇英"),   QStringLiteral("钱学森")};
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return Pinyin::nameSortKey(a) < Pinyin::nameSortKey(b); });
    // chen, deng, qian, qiu, shan, shen, zeng, zhang, zou
    CHECK(names
          == QStringList {QStringLiteral("陈明"), QStringLiteral("邓华"), QStringLiteral("钱学森"),
                          QStringLiteral("仇英"), QStringLiteral("单雄信"), QStringLiteral("沈括"),
                          QStringLiteral("曾国藩"), QStringLiteral("张三"), QStringLiteral("邹平")});
    // Alone, or in what is not a person's name, the character keeps the collation's order.
    CHECK(Pinyin::nameSortKey(QStringLiteral("曾")) == Pinyin::sortKey(QStringLiteral("曾")));
    CHECK(Pinyin::sortKey(QStringLiteral("曾家岩党支部")) < Pinyin::sortKey(QStringLiteral("陈家桥党支部")));
    CHECK(Pinyin::nameSortKey(QStringLiteral("李四")) == Pinyin::sortKey(QStringLiteral("李四")));
}
