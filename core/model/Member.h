#pragma once

#include <QDate>
#include <QString>

namespace jifen {

// A Party member as kept in the roster. Dates are invalid when unknown.
struct Member {
    qint64 id = 0;
    QString name;
    QString gender; // 男 / 女 / empty
    QString idNumber; // normalised 18 characters
    QDate birthDate;
    QString ethnicity;
    QString education;
    qint64 branchId = 0;
    QString branchName; // filled by queries for convenience
    QDate joinDate;
    QDate fullMemberDate;
    QString category = QStringLiteral("正式党员"); // 正式党员 / 预备党员
    QString phone;
    QString position;
    QString status = QStringLiteral("在册"); // 在册 / 转出 / 去世
    QDate statusDate;
    QString notes;

    bool isFullMember() const { return category == u"正式党员"; }
    bool isCurrent() const { return status == u"在册"; }
};

} // namespace jifen
