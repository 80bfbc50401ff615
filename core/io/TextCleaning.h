#pragma once

#include <QString>
#include <QStringView>

namespace jifen::cleaning {

// Characters that take no room on screen but break comparisons: zero-width spaces and joiners, word joiner,
// byte order mark, soft hyphen, direction marks.
bool isInvisible(char16_t c);

// Full-width ASCII (Ａ１，) folded to ASCII and the ideographic space U+3000 to ' '.
QString foldWidth(QStringView text);

// Invisible characters removed, every kind of space (U+3000, no-break space, tabs) made ' ', runs of spaces
// within a line collapsed, each line trimmed and the whole trimmed. Line breaks inside the text are kept.
QString cleanText(QStringView text);

// A person's name: cleanText(), then no space between two Chinese characters ("张　三" -> "张三", as Excel users pad
// two-character names), and the middle-dot look-alikes (・ • ‧ ･ and full-width ．) made the name separator U+00B7
// with no space around it, so "阿依古丽 · 买买提" -> "阿依古丽·买买提".
QString cleanName(QStringView text);

// A code typed as digits (ID number, phone): width folded, all spaces and invisible characters removed, and the
// guards spreadsheet users put in front to keep digits as text dropped: a leading apostrophe, or ="...".
QString cleanCode(QStringView text);

} // namespace jifen::cleaning
