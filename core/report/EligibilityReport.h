#pragma once

#include "AwardOutcome.h"
#include "MemberYear.h"
#include "ReportDocument.h"
#include "model/Award.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace jifen {

// The commendation list (评先评优) for the committee: per award, who is eligible and who is near the line, and why.
class EligibilityReport
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityReport)

public:
    struct Line
    {
        qint64 memberId = 0;
        QString name;
        QString maskedId;
        QString branch;
        Cents total = 0;
        int rank = 0; // within the award's scope
        int scopeSize = 0;
        QString grade;
        int activeMonths = 0;
        bool tieAtQuota = false;
        QStringList reasons; // why not eligible (near the line only)
    };

    struct Section
    {
        Award award;
        QList<Line> eligible; // highest total first
        QList<Line> nearLine; // not eligible but close (NearLine), highest total first
        int considered = 0; // current members judged
    };

    QString organisation;
    int year = 0;
    QDate preparedOn;
    QList<Section> sections;

    // One section per award; `outcomes[i]` are the verdicts of `awards[i]`, one per member of `members`, by member id.
    static EligibilityReport build(const QString& organisation, int year, const QList<MemberYear>& members,
                                   const QList<Award>& awards, const QList<QList<AwardOutcome>>& outcomes,
                                   QDate preparedOn);

    QString title() const;
    QList<ReportTable> tables() const; // per award: the eligible, then the near-the-line
    ReportDocument document() const;
};

} // namespace jifen
