#include "TextCleaning.h"

#include <algorithm>

namespace jifen::cleaning {

namespace {

bool isSpaceLike(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F;
}

bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || QChar::isHighSurrogate(c) || QChar::isLowSurrogate(c); // rare characters live outside the BMP
}

bool isMiddleDot(char16_t c)
{
    return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027 || c == 0xFF65 || c == 0xFF0E || c == 0x2219
        || c == 0x22C5;
}

// True when cleanText() would return the text unchanged.
bool isClean(QStringView text)
{
    if (text.isEmpty())
        return true;
    if (text.front() == u' ' || text.back() == u' ')
        return false;
    char16_t previous = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u == u'\t' || u == u'\r' || u == u'\n' || (u == u' ' && previous == u' '))
                return false;
        } else if (isInvisible(u) || isSpaceLike(u)) {
            return false;
        }
        previous = u;
    }
    return true;
}

} // namespace

bool isInvisible(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x202A || c == 0x202C;
}

QString foldWidth(QStringView text)
{
    QString out;
    out.resize(text.size());
    QChar* d = out.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            *d++ = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            *d++ = QLatin1Char(' ');
        else
            *d++ = c;
    }
    return out;
}

QString cleanText(QStringView text)
{
    if (isClean(text))
        return text.toString(); // most cells: one allocation, no rewriting
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (isInvisible(u))
            continue;
        if (u == u'\r' || u == u'\n') {
            if (u == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                continue; // CRLF is one line break
            // The line's trailing spaces were never written; leading line breaks are dropped.
            pendingSpace = false;
            if (!out.isEmpty())
                out += QLatin1Char('\n');
            continue;
        }
        if (isSpaceLike(u)) {
            pendingSpace = !out.isEmpty() && out.back() != u'\n';
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += QChar(u);
    }
    while (!out.isEmpty() && out.back() == u'\n')
        out.chop(1);
    return out;
}

QString cleanName(QStringView text)
{
    const QString cleaned = cleanText(text);
    if (std::none_of(cleaned.cbegin(), cleaned.cend(), [](QChar c) {
            return c == u' ' || c == u'\n' || (isMiddleDot(c.unicode()) && c != QChar(0x00B7));
        }))
        return cleaned;
    QString out;
    out.reserve(cleaned.size());
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const char16_t u = cleaned[i].unicode();
        if (u == u'\n') {
            out += QLatin1Char(' ');
            continue;
        }
        if (u == u' ') {
            const char16_t before = out.isEmpty() ? 0 : out.back().unicode();
            const char16_t after = i + 1 < cleaned.size() ? cleaned[i + 1].unicode() : 0;
            if ((isHan(before) && isHan(after)) || isMiddleDot(before) || isMiddleDot(after))
                continue;
            if (before == u' ')
                continue;
            out += QLatin1Char(' ');
            continue;
        }
        if (isMiddleDot(u)) {
            if (!out.isEmpty() && out.back() == u' ')
                out.chop(1);
            out += QChar(char16_t(0x00B7));
            continue;
        }
        out += QChar(u);
    }
    return out.trimmed();
}

QString cleanCode(QStringView text)
{
    const bool clean
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > u' ' && c.unicode() < 0x7F; });
    if (clean && !text.startsWith(u'\'') && !text.startsWith(u'='))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        if (isInvisible(u) || isSpaceLike(u) || u == u'\r' || u == u'\n')
            continue;
        out += QChar(u);
    }
    if (out.startsWith(QLatin1Char('\'')))
        out.remove(0, 1);
    else if (out.size() >= 3 && out.startsWith(QLatin1String("=\"")) && out.endsWith(QLatin1Char('"')))
        out = out.mid(2, out.size() - 3);
    return out;
}

} // namespace jifen::cleaning
