#pragma once

#include <QByteArrayView>
#include <QChar>

namespace jifen {

// A fast GB18030 (GBK, GB2312) decoder for many short pieces of text such as CSV cells: ASCII and the two-byte
// codes, nearly all of a roster, come from a table built once from Qt's ICU codec; the rare four-byte codes are
// passed to that codec. Qt's own decoder costs a call into ICU per piece, which dominated a 100,000-row import.
class Gb18030Decoder
{
public:
    // False when Qt was built without ICU and cannot decode GB18030 at all.
    static bool isAvailable();

    // Decodes in, writing at most in.size() characters from out on; returns the end of what was written.
    // Bytes that are no GB18030 become U+FFFD and set *invalid (which is never reset).
    static QChar* appendToBuffer(QChar* out, QByteArrayView in, bool* invalid);
};

} // namespace jifen
