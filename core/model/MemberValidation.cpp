#include "MemberValidation.h"

#include "IdNumber.h"

namespace jifen {

namespace {

const QDate partyFounded(1921, 7, 1);

QString shown(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Months since year 0: dates compared to the month.
int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

QList<MemberValidation::Problem> MemberValidation::check(const Member& m, QDate today)
{
    QList<Problem> problems;
    const auto problem = [&problems](const char* field, const QString& message) {
        problems.append(Problem{QString::fromLatin1(field), message});
    };

    if (m.name.trimmed().isEmpty())
        problem("name", tr("The name is empty."));
    if (!m.gender.isEmpty() && m.gender != u"男" && m.gender != u"女")
        problem("gender", tr("“%1” is not a gender; write 男 or 女.").arg(m.gender));
    const auto id = IdNumber::parse(m.idNumber);
    if (id.problem != IdNumber::Problem::None)
        problem("id_number", tr("ID number %1: %2").arg(IdNumber::masked(m.idNumber), IdNumber::describe(id.problem)));
    else if (id.value != m.idNumber)
        problem("id_number", tr("ID number %1 is not written in its standard form %2.")
                                 .arg(IdNumber::masked(m.idNumber), IdNumber::masked(id.value)));
    if (m.birthDate.isValid() && m.birthDate > today)
        problem("birth_date", tr("The birth date %1 is in the future.").arg(shown(m.birthDate)));
    if (m.branchId <= 0 && m.branchName.trimmed().isEmpty())
        problem("branch", tr("The branch is empty; every member belongs to a branch."));

    if (m.joinDate.isValid()) {
        const QDate eighteen = m.birthDate.isValid() ? m.birthDate.addYears(18) : QDate();
        if (m.joinDate > today)
            problem("join_date", tr("The join date %1 is in the future.").arg(shown(m.joinDate)));
        else if (monthIndex(m.joinDate) < monthIndex(partyFounded))
            problem("join_date", tr("The join date %1 is before the Party was founded (1921-07-01); please check the "
                                    "year.")
                                     .arg(shown(m.joinDate)));
        else if (eighteen.isValid() && monthIndex(m.joinDate) < monthIndex(eighteen))
            problem("join_date", tr("The join date %1 is before the member's 18th birthday (%2); members join at 18 "
                                    "or later. Please check the join date and the birth date.")
                                     .arg(shown(m.joinDate), shown(eighteen)));
    }
    if (m.fullMemberDate.isValid()) {
        if (m.fullMemberDate > today)
            problem("full_member_date", tr("The full-member date %1 is in the future.").arg(shown(m.fullMemberDate)));
        else if (m.joinDate.isValid() && monthIndex(m.fullMemberDate) < monthIndex(m.joinDate))
            problem("full_member_date", tr("The full-member date %1 is before the join date %2.")
                                            .arg(shown(m.fullMemberDate), shown(m.joinDate)));
    }
    if (m.category != u"正式党员" && m.category != u"预备党员")
        problem("category", tr("“%1” is not a category; write 正式党员 or 预备党员.").arg(m.category));
    else if (m.category == u"预备党员" && m.fullMemberDate.isValid())
        problem("category", tr("The member is listed as probationary (预备党员) but has a full-member date %1. Please "
                               "correct one of them.")
                                .arg(shown(m.fullMemberDate)));

    if (m.status != u"在册" && m.status != u"转出" && m.status != u"去世")
        problem("status", tr("“%1” is not a status; write 在册, 转出 or 去世.").arg(m.status));
    if (m.statusDate.isValid() && m.statusDate > today)
        problem("status_date", tr("The status date %1 is in the future.").arg(shown(m.statusDate)));
    else if (m.status != u"在册" && !m.statusDate.isValid())
        problem("status_date", tr("The member is marked %1: the date is needed.").arg(m.status));
    return problems;
}

} // namespace jifen
