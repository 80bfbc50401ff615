#pragma once

#include "AwardOutcome.h"
#include "MemberYear.h"
#include "ReportDocument.h"
#include "model/Award.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// A member's year entry by entry (个人积分档案), for cadre-selection files.
class MemberStatement
{
    Q_DECLARE_TR_FUNCTIONS(MemberStatement)

public:
    struct EntryLine
    {
        enum class State { Counted, Reversed, Pending, Rejected };
        qint64 entryId = 0; // creation order among entries of the same date
        QDate date;
        QString ruleCode;
        QString ruleName;
        QString category;
        int quantity = 1;
        Cents raw = 0;
        Cents contribution = 0; // after caps; 0 when the entry does not count
        State state = State::Counted;
        QString note;
        QString reversalReason;
    };

    struct AwardLine
    {
        Award award;
        AwardOutcome outcome;
    };

    QString organisation;
    MemberYear member;
    QString category; // 正式党员 / 预备党员
    QDate joinDate;
    QDate preparedOn;
    QList<EntryLine> entries; // by date, then creation
    int branchRank = 0;
    int branchSize = 0;
    int overallRank = 0;
    int overallSize = 0;
    QList<AwardLine> awards;

    // Sorts the entries by date, then creation.
    static MemberStatement build(const QString& organisation, const MemberYear& member, const QString& category,
                                 QDate joinDate, QList<EntryLine> entries, QDate preparedOn);

    QString title() const;
    QString remark(const EntryLine& entry) const; // over cap / reversed / pending, else empty
    ReportTable entryTable() const;
    ReportTable monthTable() const;
    ReportDocument document() const;
};

} // namespace jifen
