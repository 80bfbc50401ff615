#pragma once

#include <QByteArray>
#include <QString>

namespace jifen {

// Pinyin spellings and Chinese (pinyin) collation of names, on ICU. Safe to call from any thread.
class Pinyin
{
public:
    // Toneless pinyin, one syllable per character, separated by spaces: 张三 -> "zhang san". Latin letters are
    // lower-cased and kept; other characters are dropped. A polyphonic first character is read as a surname
    // (单 -> shan, 曾 -> zeng).
    static QString spelling(const QString& name);
    // The first letters of the syllables: 张三 -> "zs", 欧阳修 -> "oyx".
    static QString initials(const QString& name);
    // The syllables run together: 张三 -> "zhangsan" (what a clerk types to find a full spelling).
    static QString compact(const QString& name);
    // initials() and compact() of one name, read once.
    struct SearchSpellings
    {
        QString initials;
        QString compact;
    };
    static SearchSpellings searchSpellings(const QString& name);

    // Starts loading ICU's transliteration rules on a worker thread, once per process, so that the first spelling
    // (a roster import's first row) does not wait the sixth of a second they take. Returns at once.
    static void prepare();

    // A byte string whose byte order (memcmp) is the Chinese collation order of the names, so SQL can sort and
    // index it as a BLOB. Keys depend on the ICU version: compare collationVersion() before trusting stored keys.
    static QByteArray sortKey(const QString& name);
    // sortKey() of a person's name, with a polyphonic first character sorted by its surname reading, as spelling()
    // reads it: 曾国藩 sorts as zeng (among the Z's), where sortKey() puts 曾 among the C's (ceng).
    static QByteArray nameSortKey(const QString& name);
    static QString collationVersion();
};

} // namespace jifen
