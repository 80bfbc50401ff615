#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace jifen::test {

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(JIFEN_TEST_DATA_DIR)).filePath(name);
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open fixture " << name.toStdString());
    return file.readAll();
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

} // namespace jifen::test
