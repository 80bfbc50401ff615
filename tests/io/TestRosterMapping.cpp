#include "TestSupport.h"
#include "io/RosterMapping.h"

using jifen::RosterMapping;
using Field = RosterMapping::Field;

TEST_CASE("Chinese and English header names map to the same fields")
{
    CHECK(RosterMapping::builtInField(QStringLiteral("姓名")) == Field::Name);
    CHECK(RosterMapping::builtInField(QStringLiteral("name")) == Field::Name);
    CHECK(RosterMapping::builtInField(QStringLiteral("公民身份号码")) == Field::IdNumber);
    CHECK(RosterMapping::builtInField(QStringLiteral("身份证号码")) == Field::IdNumber);
    CHECK(RosterMapping::builtInField(QStringLiteral("id_number")) == Field::IdNumber);
    CHECK(RosterMapping::builtInField(QStringLiteral("出生年月")) == Field::BirthDate);
    CHECK(RosterMapping::builtInField(QStringLiteral("文化程度")) == Field::Education);
    CHECK(RosterMapping::builtInField(QStringLiteral("党支部")) == Field::Branch);
    CHECK(RosterMapping::builtInField(QStringLiteral("入党日期")) == Field::JoinDate);
    CHECK(RosterMapping::builtInField(QStringLiteral("转正日期")) == Field::FullMemberDate);
    CHECK(RosterMapping::builtInField(QStringLiteral("党员类别")) == Field::Category);
    CHECK(RosterMapping::builtInField(QStringLiteral("手机号码")) == Field::Phone);
    CHECK(RosterMapping::builtInField(QStringLiteral("职务")) == Field::Position);
    CHECK(RosterMapping::builtInField(QStringLiteral("备注")) == Field::Notes);
    CHECK(RosterMapping::builtInField(QStringLiteral("状态")) == Field::Status);
    CHECK(RosterMapping::builtInField(QStringLiteral("转出日期")) == Field::StatusDate);
    CHECK(RosterMapping::builtInField(QStringLiteral("序号")) == Field::Ignore);
    CHECK_FALSE(RosterMapping::builtInField(QStringLiteral("籍贯")));
}

TEST_CASE("headers match regardless of case, spaces, full width, required markers and hints in brackets")
{
    CHECK(RosterMapping::builtInField(QStringLiteral(" Name ")) == Field::Name);
    CHECK(RosterMapping::builtInField(QStringLiteral("ＩＤ_Number")) == Field::IdNumber);
    CHECK(RosterMapping::builtInField(QStringLiteral("姓　名")) == Field::Name);
    CHECK(RosterMapping::builtInField(QStringLiteral("*身份证号")) == Field::IdNumber);
    CHECK(RosterMapping::builtInField(QStringLiteral("身份证号（必填）")) == Field::IdNumber);
    CHECK(RosterMapping::builtInField(QStringLiteral("出生日期(yyyy-mm-dd)")) == Field::BirthDate);
}

TEST_CASE("an override wins over the built-in name and can be cleared")
{
    RosterMapping mapping;
    mapping.setOverride(QStringLiteral("备注"), Field::Ignore);
    mapping.setOverride(QStringLiteral("部门"), Field::Branch);
    CHECK(mapping.field(QStringLiteral("备注")) == Field::Ignore);
    CHECK(mapping.field(QStringLiteral("部门")) == Field::Branch);
    CHECK(mapping.field(QStringLiteral("姓名")) == Field::Name);
    mapping.clearOverride(QStringLiteral("备注"));
    CHECK(mapping.field(QStringLiteral("备注")) == Field::Notes);
}

TEST_CASE("a mapping saved as a profile loads back the same")
{
    jifen::test::TempDir dir;
    RosterMapping mapping;
    mapping.setOverride(QStringLiteral("党员名字"), Field::Name);
    mapping.setOverride(QStringLiteral("部门"), Field::Branch);
    QString error;
    REQUIRE(mapping.save(dir.filePath(QStringLiteral("profile.json")), &error));
    jifen::ImportIssues issues;
    const RosterMapping loaded = RosterMapping::load(dir.filePath(QStringLiteral("profile.json")), &issues);
    CHECK(issues.isEmpty());
    CHECK(loaded.field(QStringLiteral("党员名字")) == Field::Name);
    CHECK(loaded.field(QStringLiteral("部门")) == Field::Branch);
    CHECK(loaded.toJson() == mapping.toJson());
}

TEST_CASE("a profile naming an unknown field is reported and the rest kept")
{
    QJsonObject columns {{QStringLiteral("甲"), QStringLiteral("name")},
                         {QStringLiteral("乙"), QStringLiteral("shoe_size")}};
    const QJsonObject json {{QStringLiteral("format"), QStringLiteral("jifen-roster-mapping")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("columns"), columns}};
    jifen::ImportIssues issues;
    const RosterMapping mapping = RosterMapping::fromJson(json, &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message.contains(QStringLiteral("shoe_size")));
    CHECK(mapping.field(QStringLiteral("甲")) == Field::Name);
}

TEST_CASE("a file that is not a profile is refused")
{
    jifen::ImportIssues issues;
    RosterMapping::load(jifen::test::fixturePath(QStringLiteral("io/quoting.csv")), &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].isError());
    issues.clear();
    RosterMapping::load(QStringLiteral("/nonexistent/profile.json"), &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].isError());
}

TEST_CASE("every field has a key that round-trips, a standard header and a label")
{
    for (const Field field : RosterMapping::dataFields()) {
        CHECK(RosterMapping::fieldFromKey(RosterMapping::key(field)) == field);
        CHECK(RosterMapping::builtInField(RosterMapping::standardHeader(field)) == field);
        CHECK_FALSE(RosterMapping::label(field).isEmpty());
    }
    CHECK(RosterMapping::dataFields().size() == 15);
}
