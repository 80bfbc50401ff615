#include "ZipReader.h"

#include <QFile>
#include <QtEndian>

#include <zlib.h>

namespace jifen::test {

namespace {

quint32 u32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint16 u16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

QByteArray inflateRaw(const QByteArray& compressed, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QByteArray zipMember(const QString& zipFile, const QString& member)
{
    QFile file(zipFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    // The end of central directory record: signature 0x06054b50, within the last 64 KiB.
    qsizetype end = data.size() - 22;
    while (end >= 0 && u32(data, end) != 0x06054b50)
        --end;
    if (end < 0)
        return {};
    const quint16 entries = u16(data, end + 10);
    qsizetype at = u32(data, end + 16);
    const QByteArray wanted = member.toUtf8();
    for (int i = 0; i < entries && at + 46 <= data.size(); ++i) {
        if (u32(data, at) != 0x02014b50)
            return {};
        const quint16 method = u16(data, at + 10);
        const quint32 compressedSize = u32(data, at + 20);
        const quint32 size = u32(data, at + 24);
        const quint16 nameLength = u16(data, at + 28);
        const quint16 extraLength = u16(data, at + 30);
        const quint16 commentLength = u16(data, at + 32);
        const quint32 local = u32(data, at + 42);
        if (data.mid(at + 46, nameLength) == wanted) {
            const qsizetype start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
            const QByteArray body = data.mid(start, compressedSize);
            return method == 0 ? body : inflateRaw(body, size);
        }
        at += 46 + nameLength + extraLength + commentLength;
    }
    return {};
}

} // namespace jifen::test
