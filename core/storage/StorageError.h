#pragma once

#include <QString>

#include <stdexcept>

namespace jifen {

// Thrown by the storage layer; `message` is in the user's language and safe to show as it is.
// A write that throws has been rolled back completely.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Io, // cannot open, create, read or write the file (permissions, disk full, read-only)
        Busy, // another process holds the database longer than the busy timeout
        Schema, // the file is not a Jifen ledger, or is newer than this program
        Constraint, // the data would break a rule of the ledger (duplicate, unknown reference, ...)
        Permission, // the operator's role does not allow this
        NotFound,
        Invalid, // bad input values
        Cancelled, // the operator cancelled a long write; nothing was written
    };

    StorageError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

// Refuses a change the ledger's rules do not allow (Kind::Invalid), with the message the clerk reads.
[[noreturn]] inline void refuse(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

} // namespace jifen
