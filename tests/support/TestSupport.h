#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate> {
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace jifen::test {

// Absolute path of a file under tests/data.
QString fixturePath(const QString& name);
QByteArray readFixture(const QString& name);

// A fresh directory for one test, removed afterwards; dbPath() is a database file inside it.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString dbPath() const { return filePath(QStringLiteral("ledger.sqlite")); }

private:
    QTemporaryDir m_dir;
};

} // namespace jifen::test
