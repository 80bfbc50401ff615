#include "Pinyin.h"

#include <QHash>

#include <future>
#include <memory>
#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace jifen {

namespace {

icu::UnicodeString toIcu(const QString& text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
}

QString fromIcu(const icu::UnicodeString& text)
{
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

// ICU objects are not safe to share between threads: each thread builds its own once.
icu::Transliterator* transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

icu::Collator* collator()
{
    thread_local std::unique_ptr<icu::Collator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("zh", "CN"), status));
        return U_SUCCESS(status) ? std::move(c) : nullptr;
    }();
    return instance.get();
}

// Surnames whose character ICU reads with its common (non-surname) sound: the surname's reading, and a character
// ICU's Chinese collation sorts under that reading (曾 sorts as ceng, among the C's; as a surname it is zeng).
struct SurnameReading
{
    QString reading;
    QString sortsAs;
};

const QHash<QString, SurnameReading>& surnameReadings()
{
    static const QHash<QString, SurnameReading> readings {
        {QStringLiteral("单"), {QStringLiteral("shan"), QStringLiteral("善")}},
        {QStringLiteral("曾"), {QStringLiteral("zeng"), QStringLiteral("增")}},
        {QStringLiteral("区"), {QStringLiteral("ou"), QStringLiteral("欧")}},
        {QStringLiteral("仇"), {QStringLiteral("qiu"), QStringLiteral("秋")}},
        {QStringLiteral("解"), {QStringLiteral("xie"), QStringLiteral("谢")}},
        {QStringLiteral("查"), {QStringLiteral("zha"), QStringLiteral("渣")}},
        {QStringLiteral("朴"), {QStringLiteral("piao"), QStringLiteral("瓢")}},
        {QStringLiteral("盖"), {QStringLiteral("ge"), QStringLiteral("葛")}},
        {QStringLiteral("乐"), {QStringLiteral("yue"), QStringLiteral("岳")}},
        {QStringLiteral("种"), {QStringLiteral("chong"), QStringLiteral("冲")}},
        {QStringLiteral("缪"), {QStringLiteral("miao"), QStringLiteral("妙")}},
        {QStringLiteral("翟"), {QStringLiteral("zhai"), QStringLiteral("宅")}},
        {QStringLiteral("覃"), {QStringLiteral("qin"), QStringLiteral("秦")}},
        {QStringLiteral("秘"), {QStringLiteral("bi"), QStringLiteral("必")}},
        {QStringLiteral("召"), {QStringLiteral("shao"), QStringLiteral("邵")}},
        {QStringLiteral("员"), {QStringLiteral("yun"), QStringLiteral("运")}},
        {QStringLiteral("繁"), {QStringLiteral("po"), QStringLiteral("婆")}},
        {QStringLiteral("长"), {QStringLiteral("zhang"), QStringLiteral("张")}},
        {QStringLiteral("尉"), {QStringLiteral("wei"), QStringLiteral("卫")}},
        {QStringLiteral("相"), {QStringLiteral("xiang"), QStringLiteral("香")}},
        {QStringLiteral("重"), {QStringLiteral("chong"), QStringLiteral("冲")}},
        {QStringLiteral("折"), {QStringLiteral("she"), QStringLiteral("舌")}},
    };
    return readings;
}

// The surname reading of a name's first character, when it has one and is followed by a given name.
const SurnameReading* surnameOf(const QString& trimmed)
{
    if (trimmed.size() < 2)
        return nullptr;
    const auto found = surnameReadings().constFind(trimmed.left(1));
    return found == surnameReadings().constEnd() ? nullptr : &found.value();
}

QString transliterateWithIcu(const QString& text)
{
    icu::Transliterator* t = transliterator();
    if (!t)
        return text.toLower();
    icu::UnicodeString value = toIcu(text);
    t->transliterate(value);
    return fromIcu(value);
}

// What the transliterator makes of the whole text, built from each character's reading, which is asked of ICU once per
// thread: ICU's rule matching costs a tenth of a millisecond a name, and a roster import spells every name. Han-Latin
// sets a Han character's syllable apart with spaces; other characters run together as they are.
QString transliterate(const QString& text)
{
    thread_local QHash<char32_t, QString> readings;
    QString latin;
    latin.reserve(text.size() * 7);
    for (qsizetype i = 0; i < text.size();) {
        const char16_t unit = text[i].unicode();
        if (unit < 128) {
            latin += QChar(unit).toLower();
            ++i;
            continue;
        }
        const qsizetype length = QChar::isHighSurrogate(unit) && i + 1 < text.size() ? 2 : 1;
        const char32_t point = length == 2 ? QChar::surrogateToUcs4(unit, text[i + 1].unicode()) : unit;
        auto found = readings.constFind(point);
        if (found == readings.cend())
            found = readings.insert(point, transliterateWithIcu(text.mid(i, length)));
        const bool han = QChar::script(point) == QChar::Script_Han;
        if (han && !latin.isEmpty() && latin.back() != u' ')
            latin += u' ';
        latin += *found;
        if (han)
            latin += u' ';
        i += length;
    }
    return latin;
}

QStringList syllables(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringList result;
    qsizetype start = 0;
    if (const SurnameReading* surname = surnameOf(trimmed)) {
        result << surname->reading;
        start = 1;
    }
    // Han-Latin separates syllables with spaces; anything that is not a letter ends a syllable.
    const QString latin = transliterate(trimmed.mid(start));
    QString current;
    for (const QChar c : latin) {
        if (c.unicode() < 128 && c.isLetter()) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString initialsOf(const QStringList& syllables)
{
    QString result;
    for (const QString& syllable : syllables)
        result += syllable.front();
    return result;
}

} // namespace

QString Pinyin::spelling(const QString& name)
{
    return syllables(name).join(QLatin1Char(' '));
}

QString Pinyin::initials(const QString& name)
{
    return initialsOf(syllables(name));
}

QString Pinyin::compact(const QString& name)
{
    return syllables(name).join(QString());
}

Pinyin::SearchSpellings Pinyin::searchSpellings(const QString& name)
{
    const QStringList read = syllables(name);
    return {initialsOf(read), read.join(QString())};
}

void Pinyin::prepare()
{
    // ICU keeps the rules it has parsed: the threads that spell names later build their transliterators from them in
    // well under a millisecond. The future waits for the worker when the process ends.
    static const std::future<void> loading = std::async(std::launch::async, [] { transliterator(); });
}

QByteArray Pinyin::sortKey(const QString& name)
{
    icu::Collator* c = collator();
    if (!c)
        return name.toUtf8();
    const icu::UnicodeString value = toIcu(name);
    QByteArray key(64, Qt::Uninitialized);
    int32_t length = c->getSortKey(value, reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = c->getSortKey(value, reinterpret_cast<uint8_t*>(key.data()), length);
    }
    key.resize(length > 0 ? length - 1 : 0); // without the terminating zero byte
    return key;
}

QByteArray Pinyin::nameSortKey(const QString& name)
{
    const QString trimmed = name.trimmed();
    const SurnameReading* surname = surnameOf(trimmed);
    return sortKey(surname ? surname->sortsAs + trimmed.mid(1) : name);
}

QString Pinyin::collationVersion()
{
    icu::Collator* c = collator();
    if (!c)
        return QStringLiteral("none");
    UVersionInfo version;
    c->getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}

} // namespace jifen
