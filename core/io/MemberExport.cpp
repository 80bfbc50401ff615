#include "MemberExport.h"

#include "model/IdNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace jifen {

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Quotes a field as RFC 4180 wants. A cell that Excel would read as a formula (=, +, -, @) gets a leading tab, so
// it shows as text and a crafted roster cannot run anything; Jifen's importer trims the tab away.
QString csvField(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\t');
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// A cell Excel keeps as the text it is: ="..." stops it turning an ID number into 4.10402E+17, or a phone number into
// a number without its leading 0.
QString excelText(const QString& value)
{
    return QStringLiteral("\"=\"\"%1\"\"\"").arg(value);
}

bool losesLeadingZero(const QString& phone)
{
    return phone.startsWith(u'0') && std::all_of(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); });
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList MemberExport::csvHeaders()
{
    return {QStringLiteral("姓名"),     QStringLiteral("性别"),     QStringLiteral("身份证号"),
            QStringLiteral("出生日期"), QStringLiteral("民族"),     QStringLiteral("学历"),
            QStringLiteral("所在支部"), QStringLiteral("入党时间"), QStringLiteral("转正时间"),
            QStringLiteral("人员类别"), QStringLiteral("联系电话"), QStringLiteral("职务"),
            QStringLiteral("状态"),     QStringLiteral("备注"),     QStringLiteral("状态日期")};
}

QByteArray MemberExport::toJson(const QList<Member>& members, bool reveal)
{
    QJsonArray array;
    for (const Member& m : members) {
        array.append(QJsonObject{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("gender"), m.gender},
            {QStringLiteral("id_number"), reveal ? m.idNumber : IdNumber::masked(m.idNumber)},
            {QStringLiteral("birth_date"), dateJson(m.birthDate)},
            {QStringLiteral("ethnicity"), m.ethnicity},
            {QStringLiteral("education"), m.education},
            {QStringLiteral("branch"), m.branchName},
            {QStringLiteral("join_date"), dateJson(m.joinDate)},
            {QStringLiteral("full_member_date"), dateJson(m.fullMemberDate)},
            {QStringLiteral("category"), m.category},
            {QStringLiteral("phone"), reveal ? m.phone : maskPhone(m.phone)},
            {QStringLiteral("position"), m.position},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("notes"), m.notes},
            {QStringLiteral("status_date"), dateJson(m.statusDate)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray MemberExport::toCsv(const QList<Member>& members, bool reveal)
{
    QString text = csvHeaders().join(u',') + QStringLiteral("\r\n");
    for (const Member& m : members) {
        const QString id = IdNumber::masked(m.idNumber);
        const QStringList fields{m.name,
                                 m.gender,
                                 id,
                                 dateText(m.birthDate),
                                 m.ethnicity,
                                 m.education,
                                 m.branchName,
                                 dateText(m.joinDate),
                                 dateText(m.fullMemberDate),
                                 m.category,
                                 reveal ? m.phone : maskPhone(m.phone),
                                 m.position,
                                 m.status,
                                 m.notes,
                                 dateText(m.statusDate)};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        if (reveal) {
            quoted[2] = excelText(m.idNumber);
            if (losesLeadingZero(m.phone)) // a landline, 01062345678
                quoted[10] = excelText(m.phone);
        }
        text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace jifen
