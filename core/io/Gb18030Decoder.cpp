#include "Gb18030Decoder.h"

#include <QStringDecoder>

#include <array>

namespace jifen {

namespace {

constexpr int firstLead = 0x81;
constexpr int lastLead = 0xFE;
constexpr int firstTrail = 0x40;
constexpr int lastTrail = 0xFE;
constexpr int trailCount = lastTrail - firstTrail + 1;

bool isLead(uchar b)
{
    return b >= firstLead && b <= lastLead;
}

bool isTwoByteTrail(uchar b)
{
    return b >= firstTrail && b <= lastTrail && b != 0x7F;
}

bool isFourByteDigit(uchar b)
{
    return b >= 0x30 && b <= 0x39;
}

// Every two-byte code's character; 0 where the codec gives none (none in GB18030-2005, but it costs nothing).
struct TwoByteTable
{
    std::array<char16_t, (lastLead - firstLead + 1) * trailCount> chars {};
    bool valid = false;
};

const TwoByteTable& twoByteTable()
{
    static const TwoByteTable table = [] {
        TwoByteTable t;
        QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return t;
        // All codes in one call, each followed by a line feed: a code the codec rejects cannot swallow the
        // line feed, so the pieces stay aligned.
        QByteArray all;
        all.reserve(t.chars.size() * 3);
        for (int lead = firstLead; lead <= lastLead; ++lead) {
            for (int trail = firstTrail; trail <= lastTrail; ++trail) {
                all.append(char(lead)).append(char(trail == 0x7F ? 0x40 : trail)).append('\n');
            }
        }
        const QString text = decoder.decode(all);
        qsizetype pos = 0;
        for (size_t index = 0; index < t.chars.size(); ++index) {
            const qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
            if (end < 0)
                return t;
            const bool usable = end - pos == 1 && text[pos] != QChar::ReplacementCharacter
                && index % trailCount != size_t(0x7F - firstTrail);
            t.chars[index] = usable ? text[pos].unicode() : 0;
            pos = end + 1;
        }
        t.valid = true;
        return t;
    }();
    return table;
}

} // namespace

bool Gb18030Decoder::isAvailable()
{
    return twoByteTable().valid;
}

QChar* Gb18030Decoder::appendToBuffer(QChar* out, QByteArrayView in, bool* invalid)
{
    const TwoByteTable& table = twoByteTable();
    const auto* bytes = reinterpret_cast<const uchar*>(in.data());
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = bytes[i];
        if (b < 0x80) {
            *out++ = QLatin1Char(char(b));
            ++i;
            continue;
        }
        if (isLead(b) && i + 1 < n) {
            const uchar t = bytes[i + 1];
            if (isTwoByteTrail(t)) {
                const char16_t c = table.chars[size_t((b - firstLead) * trailCount + (t - firstTrail))];
                if (c) {
                    *out++ = QChar(c);
                    i += 2;
                    continue;
                }
            } else if (isFourByteDigit(t) && i + 3 < n && isLead(bytes[i + 2]) && isFourByteDigit(bytes[i + 3])) {
                QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
                const QString c = decoder.decode(in.sliced(i, 4));
                if (!decoder.hasError() && !c.isEmpty() && c.size() <= 2) {
                    for (const QChar unit : c)
                        *out++ = unit;
                    i += 4;
                    continue;
                }
            }
        }
        *out++ = QChar::ReplacementCharacter;
        *invalid = true;
        ++i;
    }
    return out;
}

} // namespace jifen
