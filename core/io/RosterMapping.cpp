#include "RosterMapping.h"

#include "TextCleaning.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace jifen {

namespace {

struct FieldInfo
{
    RosterMapping::Field field;
    const char* key;
    const char16_t* standardHeader;
};

constexpr FieldInfo fieldInfos[] = {
    {RosterMapping::Field::Name, "name", u"姓名"},
    {RosterMapping::Field::Gender, "gender", u"性别"},
    {RosterMapping::Field::IdNumber, "id_number", u"身份证号"},
    {RosterMapping::Field::BirthDate, "birth_date", u"出生日期"},
    {RosterMapping::Field::Ethnicity, "ethnicity", u"民族"},
    {RosterMapping::Field::Education, "education", u"学历"},
    {RosterMapping::Field::Branch, "branch", u"所在支部"},
    {RosterMapping::Field::JoinDate, "join_date", u"入党时间"},
    {RosterMapping::Field::FullMemberDate, "full_member_date", u"转正时间"},
    {RosterMapping::Field::Category, "category", u"人员类别"},
    {RosterMapping::Field::Phone, "phone", u"联系电话"},
    {RosterMapping::Field::Position, "position", u"职务"},
    {RosterMapping::Field::Notes, "notes", u"备注"},
    {RosterMapping::Field::Status, "status", u"状态"},
    {RosterMapping::Field::StatusDate, "status_date", u"状态日期"},
    {RosterMapping::Field::Ignore, "ignore", u""},
};

// Header names as they appear in rosters, already in normalised form (lower case, no spaces, no underscores).
const QHash<QString, RosterMapping::Field>& builtInNames()
{
    using F = RosterMapping::Field;
    static const QHash<QString, F> names = [] {
        QHash<QString, F> h;
        const auto add = [&h](F field, std::initializer_list<const char16_t*> list) {
            for (const char16_t* name : list)
                h.insert(RosterMapping::normalisedHeader(QString::fromUtf16(name)), field);
        };
        add(F::Name, {u"姓名", u"name", u"党员姓名", u"fullname"});
        add(F::Gender, {u"性别", u"gender", u"sex"});
        add(F::IdNumber, {u"身份证号", u"公民身份号码", u"身份证号码", u"身份证", u"id_number", u"idnumber", u"idno"});
        add(F::BirthDate, {u"出生日期", u"出生年月", u"出生年月日", u"birth_date", u"birthdate", u"birthday"});
        add(F::Ethnicity, {u"民族", u"ethnicity", u"nation"});
        add(F::Education, {u"学历", u"文化程度", u"education"});
        add(F::Branch, {u"所在支部", u"党支部", u"支部", u"所在党支部", u"branch"});
        add(F::JoinDate, {u"入党时间", u"入党日期", u"join_date", u"joindate"});
        add(F::FullMemberDate, {u"转正时间", u"转正日期", u"full_member_date", u"fullmemberdate", u"full_date"});
        add(F::Category, {u"人员类别", u"党员类别", u"党员类型", u"category"});
        add(F::Phone, {u"联系电话", u"手机", u"手机号码", u"手机号", u"电话", u"phone", u"mobile"});
        add(F::Position, {u"职务", u"position", u"title"});
        add(F::Notes, {u"备注", u"notes", u"note", u"remarks"});
        add(F::Status, {u"状态", u"党籍状态", u"status"});
        add(F::StatusDate,
            {u"状态日期", u"变动日期", u"转出日期", u"转出时间", u"去世日期", u"去世时间", u"status_date"});
        add(F::Ignore, {u"序号", u"编号", u"no", u"no.", u"#"});
        return h;
    }();
    return names;
}

} // namespace

QList<RosterMapping::Field> RosterMapping::dataFields()
{
    QList<Field> fields;
    for (const FieldInfo& info : fieldInfos)
        if (info.field != Field::Ignore)
            fields.append(info.field);
    return fields;
}

QString RosterMapping::key(Field field)
{
    for (const FieldInfo& info : fieldInfos)
        if (info.field == field)
            return QLatin1String(info.key);
    return QStringLiteral("ignore");
}

std::optional<RosterMapping::Field> RosterMapping::fieldFromKey(const QString& key)
{
    for (const FieldInfo& info : fieldInfos)
        if (key == QLatin1String(info.key))
            return info.field;
    return std::nullopt;
}

QString RosterMapping::standardHeader(Field field)
{
    for (const FieldInfo& info : fieldInfos)
        if (info.field == field)
            return QString::fromUtf16(info.standardHeader);
    return {};
}

QString RosterMapping::label(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(ignored)");
    case Field::Name:
        return tr("Name");
    case Field::Gender:
        return tr("Gender");
    case Field::IdNumber:
        return tr("ID number");
    case Field::BirthDate:
        return tr("Birth date");
    case Field::Ethnicity:
        return tr("Ethnicity");
    case Field::Education:
        return tr("Education");
    case Field::Branch:
        return tr("Branch");
    case Field::JoinDate:
        return tr("Join date");
    case Field::FullMemberDate:
        return tr("Full-member date");
    case Field::Category:
        return tr("Category");
    case Field::Phone:
        return tr("Phone");
    case Field::Position:
        return tr("Position");
    case Field::Notes:
        return tr("Notes");
    case Field::Status:
        return tr("Status");
    case Field::StatusDate:
        return tr("Status date");
    }
    return {};
}

QString RosterMapping::normalisedHeader(const QString& header)
{
    QString text = cleaning::cleanCode(header).toLower();
    // A hint in brackets: 身份证号(必填), 出生日期（yyyy-mm-dd）
    for (const auto& [open, close] : {std::pair {u'(', u')'}, std::pair {u'（', u'）'}, std::pair {u'[', u']'}}) {
        const qsizetype start = text.indexOf(QChar(open));
        if (start > 0) {
            const qsizetype end = text.indexOf(QChar(close), start);
            text.remove(start, end < 0 ? text.size() - start : end - start + 1);
        }
    }
    text.remove(QLatin1Char('*'));
    text.remove(QLatin1Char('_'));
    text.remove(QChar(u'：'));
    text.remove(QLatin1Char(':'));
    return text;
}

std::optional<RosterMapping::Field> RosterMapping::builtInField(const QString& header)
{
    const auto& names = builtInNames();
    const auto it = names.constFind(normalisedHeader(header));
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

std::optional<RosterMapping::Field> RosterMapping::field(const QString& header) const
{
    const auto it = m_overrides.constFind(normalisedHeader(header));
    if (it != m_overrides.cend())
        return *it;
    return builtInField(header);
}

void RosterMapping::setOverride(const QString& header, Field field)
{
    m_overrides.insert(normalisedHeader(header), field);
}

void RosterMapping::clearOverride(const QString& header)
{
    m_overrides.remove(normalisedHeader(header));
}

QJsonObject RosterMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        columns.insert(it.key(), key(it.value()));
    return {
        {QStringLiteral("format"), QStringLiteral("jifen-roster-mapping")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("columns"), columns},
    };
}

RosterMapping RosterMapping::fromJson(const QJsonObject& json, ImportIssues* issues)
{
    RosterMapping mapping;
    if (json.value(QStringLiteral("format")).toString() != u"jifen-roster-mapping") {
        if (issues)
            issues->append(ImportIssue::error(0, -1, {}, tr("This is not a column mapping profile.")));
        return mapping;
    }
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const std::optional<Field> field = fieldFromKey(it.value().toString());
        if (field)
            mapping.setOverride(it.key(), *field);
        else if (issues)
            issues->append(ImportIssue::warning(
                0, -1, {},
                tr("The profile maps the column “%1” to “%2”, which is not a roster field; that line was ignored.")
                    .arg(it.key(), it.value().toString())));
    }
    return mapping;
}

bool RosterMapping::save(const QString& fileName, QString* error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

RosterMapping RosterMapping::load(const QString& fileName, ImportIssues* issues)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (issues)
            issues->append(ImportIssue::error(0, -1, {}, tr("Cannot open %1: %2").arg(fileName, file.errorString())));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (issues)
            issues->append(ImportIssue::error(
                0, -1, {}, tr("%1 is not a valid profile: %2").arg(fileName, parseError.errorString())));
        return {};
    }
    return fromJson(document.object(), issues);
}

} // namespace jifen
