#include "ScoreOutput.h"

#include <algorithm>

namespace jifen::cli {

namespace {

int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // CJK ideographs, full-width forms and CJK punctuation take two columns in a terminal.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

bool ScoreOutput::parseFormat(const QString& text, Format* format)
{
    if (text == u"text")
        *format = Format::Text;
    else if (text == u"csv")
        *format = Format::Csv;
    else if (text == u"json")
        *format = Format::Json;
    else
        return false;
    return true;
}

QByteArray ScoreOutput::text(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& cell : header)
        widths.append(displayWidth(cell));
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    QString out;
    auto line = [&out, &widths](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            out += cells[i];
            if (i + 1 < cells.size())
                out += QString(widths[i] - displayWidth(cells[i]) + 2, u' ');
        }
        out += u'\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out.toUtf8();
}

QByteArray ScoreOutput::csv(const QStringList& header, const QList<QStringList>& rows)
{
    QString out;
    auto line = [&out](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += u',';
            out += csvField(cells[i]);
        }
        out += QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

void ScoreOutput::appendJsonString(QByteArray& out, const QString& text)
{
    // UTF-16 to UTF-8 written straight into `out`: a ranking writes 300,000 strings, and a temporary QByteArray for
    // each was a sixth of its time. A lone surrogate becomes U+FFFD, as QString::toUtf8 makes it.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2); // the most one UTF-16 unit can take is six bytes (\u001f)
    char* w = out.data() + start;
    *w++ = '"';
    const auto* p = reinterpret_cast<const char16_t*>(text.utf16());
    const char16_t* const end = p + text.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            char escaped = 0;
            switch (c) {
            case u'"':
            case u'\\':
                escaped = char(c);
                break;
            case u'\n':
                escaped = 'n';
                break;
            case u'\r':
                escaped = 'r';
                break;
            case u'\t':
                escaped = 't';
                break;
            }
            if (escaped) {
                *w++ = '\\';
                *w++ = escaped;
            } else if (c < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                for (const char ch : {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]})
                    *w++ = ch;
            } else {
                *w++ = char(c);
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x800) {
            *w++ = char(0xC0 | c >> 6);
        } else {
            if (c < 0x10000) {
                *w++ = char(0xE0 | c >> 12);
            } else {
                *w++ = char(0xF0 | c >> 18);
                *w++ = char(0x80 | (c >> 12 & 0x3F));
            }
            *w++ = char(0x80 | (c >> 6 & 0x3F));
        }
        *w++ = char(0x80 | (c & 0x3F));
    }
    *w++ = '"';
    out.truncate(w - out.constData());
}

QByteArray ScoreOutput::jsonPoints(Cents cents)
{
    return points::format(cents).toLatin1();
}

} // namespace jifen::cli
