#pragma once

#include "ReportDocument.h"
#include "model/Member.h"
#include "model/Pledge.h"
#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jifen {

// The party branch's opinion on members considered for promotion or commendation (党支部意见表): one page per member
// with the member's particulars and, for each year asked, the figures the other reports print (year total, ranks,
// grade, each award's verdict, veto), attendance at organisation life and the pledges; then the branch's opinion and
// the signature block. Plain values, rendered by ui/print.
class BranchOpinion
{
    Q_DECLARE_TR_FUNCTIONS(BranchOpinion)

public:
    struct AwardVerdict
    {
        QString name;
        bool eligible = false;
        bool tieAtQuota = false;
        QStringList reasons; // why not eligible, one phrase per failed condition
    };

    struct Year
    {
        int year = 0;
        bool counted = false; // on the roster that year; otherwise there are no figures
        Cents total = 0;
        int branchRank = 0;
        int branchSize = 0;
        int overallRank = 0;
        int overallSize = 0;
        QString grade;
        bool vetoed = false;
        QStringList vetoes; // each counted entry of a veto rule: "D01 受到党纪处分 (2026-05-03)"
        QList<AwardVerdict> awards;
        // Organisation life: from the meetings that list the member in the year (not cancelled) once there are any,
        // else from the attending rules' entries.
        bool fromMeetings = false;
        int listed = 0; // meetings listing the member
        int present = 0;
        int excused = 0;
        int attended = 0; // without meetings: counted units of the attendance rules; with them: = present
        int absent = 0; // without meetings: counted units of the absence rules; with them: absent without leave
        QList<Pledge> pledges;
    };

    struct Page
    {
        Member member; // printed with the ID number masked
        QList<Year> years;
    };

    QString organisation;
    QDate preparedOn;
    int yearFrom = 0;
    int yearTo = 0;
    QString opinion; // typed by the clerk; empty: lines are left to write on
    // Until meetings are recorded, attendance is counted from the entries of these rules ("A01 参加支部党员大会").
    QStringList attendanceRules;
    QStringList absenceRules;
    QList<Page> pages;

    QString title() const;
    QString yearsText() const; // "2024—2026年度" or "2026年度"
    static QString rankText(int rank, int size); // "3 / 12", or "—" when not ranked

    ReportTable particulars(const Page& page) const;
    ReportTable figures(const Page& page) const; // one row per year
    ReportTable awards(const Page& page) const; // one row per year and award
    ReportTable pledges(const Page& page) const; // one row per pledge
    ReportTable opinionBox() const; // the opinion, or room to write it
    QString signatureLine() const; // 支部书记签字、盖章、日期
    ReportDocument document() const; // one page per member
};

} // namespace jifen
