#include "LedgerFixture.h"
#include "report/ReportBuilder.h"

using namespace jifen;
using namespace jifen::test;

namespace {


QStringList names(const RankingReport& report)
{
    QStringList result;
    for (const auto& row : report.rows)
        result << row.name;
    return result;
}

} // namespace

TEST_CASE("a month's ranking from the ledger has RANK.EQ ranks, the change against last month and the year to date")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const RankingReport march = builder.ranking(Period::month(2026, 3), std::nullopt);
    CHECK(march.organisation == QStringLiteral("市直机关党委"));
    // March: 丙 10, 乙 5, 甲 3, 丁 0 (10 - 10); February: 甲 10, the others 0 (tied second).
    REQUIRE(names(march)
            == QStringList {QStringLiteral("丙"), QStringLiteral("乙"), QStringLiteral("甲"), QStringLiteral("丁")});
    CHECK(march.rows[0].periodPoints == 1000);
    CHECK(march.rows[0].rankChange == 1);
    CHECK(march.rows[1].rankChange == 0);
    CHECK(march.rows[2].rankChange == -2);
    CHECK(march.rows[3].rankChange == -2);
    CHECK(march.rows[2].yearToDate == 2800); // 10 base + 5 + 10 (capped) + 3
    CHECK(march.rows[2].grade == QStringLiteral("优秀"));
    CHECK(march.rows[3].grade == QStringLiteral("不合格")); // vetoed
    CHECK(march.rows[2].maskedId == QStringLiteral("110105********0032"));
    CHECK(march.status == RankingReport::Status::Draft);

    const RankingReport branch = builder.ranking(Period::month(2026, 3), f.branchOne);
    CHECK(branch.scope == QStringLiteral("一支部"));
    CHECK(names(branch) == QStringList {QStringLiteral("乙"), QStringLiteral("甲")});
}

TEST_CASE("after a ranking is published, a later change to the period's points flags the member on the next printout")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const Period march = Period::month(2026, 3);
    builder.publish(builder.ranking(march, std::nullopt), std::nullopt);
    const RankingReport same = builder.ranking(march, std::nullopt);
    CHECK(same.status == RankingReport::Status::Published);
    CHECK(same.publishedBy == QStringLiteral("王书记"));

    f.ledger.addEntry(f.yi, f.bonus, QDate(2026, 3, 25), 1, {});
    const RankingReport after = builder.ranking(march, std::nullopt);
    CHECK(after.status == RankingReport::Status::ChangedAfterPublication);
    CHECK(after.changedCount() == 1);
    for (const auto& row : after.rows)
        CHECK(row.changedAfterPublication == (row.memberId == f.yi));
    // Another period is not affected.
    CHECK(builder.ranking(Period::month(2026, 2), std::nullopt).status == RankingReport::Status::Draft);
}

TEST_CASE("verdicts from the ledger carry the member's place in the award's scope")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const QList<MemberYear> members = builder.memberYears(2026);
    REQUIRE(members.size() == 4);
    const QList<AwardOutcome> verdicts = builder.outcomes(builder.ruleSet().awards.constFirst(), members);
    REQUIRE(verdicts.size() == 4);
    CHECK(verdicts[0].eligible); // 甲: 28, first of two in 一支部
    CHECK_FALSE(verdicts[1].eligible); // 乙: second of two, top 50% is one place
    CHECK(verdicts[1].failed == QStringList {QStringLiteral("top_percent")});
    CHECK(verdicts[1].scopeRank == 2);
    CHECK(verdicts[1].scopeSize == 2);
    CHECK(verdicts[1].rankLimit == 1);
    CHECK(verdicts[3].failed.contains(QStringLiteral("no_veto")));

    const EligibilityReport report = builder.eligibility(2026, builder.ruleSet().awards);
    REQUIRE(report.sections.size() == 1);
    REQUIRE(report.sections[0].eligible.size() == 1);
    CHECK(report.sections[0].eligible[0].name == QStringLiteral("甲"));
    REQUIRE(report.sections[0].nearLine.size() == 1);
    CHECK(report.sections[0].nearLine[0].name == QStringLiteral("乙"));
    CHECK(report.sections[0].nearLine[0].reasons
          == QStringList {QStringLiteral("rank 2 in the branch, outside the top 50% (rank 1 or better)")});
}

TEST_CASE("a member statement from the ledger shows each entry's contribution after the cap and the member's places")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const MemberStatement s = builder.statement(f.jia, 2026);
    REQUIRE(s.entries.size() == 3);
    CHECK(s.entries[1].entryId == f.cappedEntry);
    CHECK(s.entries[1].raw == 1500);
    CHECK(s.entries[1].contribution == 1000);
    CHECK(s.remark(s.entries[1]) == QStringLiteral("cut by the cap"));
    CHECK(s.entries[2].category == QStringLiteral("奖励"));
    CHECK(s.member.total() == 2800);
    CHECK(s.branchRank == 1);
    CHECK(s.branchSize == 2);
    CHECK(s.overallRank == 1);
    CHECK(s.overallSize == 4);
    REQUIRE(s.awards.size() == 1);
    CHECK(s.awards[0].outcome.eligible);
}

TEST_CASE("a member statement's verdicts are each member's in the whole year's judgement, within branches and overall")
{
    LedgerFixture f;
    QList<Award> awards = f.ledger.ruleSet().awards;
    Award overall = awards.constFirst();
    overall.code = QStringLiteral("QUOTA");
    overall.scope = Award::Scope::All;
    overall.topPercent.reset();
    overall.minActiveMonths.reset();
    overall.fullMemberOnly = false;
    overall.quota = 1; // across both branches: only 甲, ahead of 乙
    Award branchQuota = overall;
    branchQuota.code = QStringLiteral("BRANCH");
    branchQuota.scope = Award::Scope::Branch; // 甲 in 一支部, 丙 in 二支部 (丁 is vetoed)
    awards << overall << branchQuota;
    REQUIRE(f.ledger.saveAwards(awards));

    ReportBuilder builder(f.ledger, aprilFirst);
    const QList<MemberYear> members = builder.memberYears(2026);
    for (const Award& award : builder.ruleSet().awards) {
        const QList<AwardOutcome> everyone = builder.outcomes(award, members);
        for (qsizetype i = 0; i < members.size(); ++i) {
            const MemberStatement s = builder.statement(members[i].memberId, 2026);
            const auto line = std::find_if(s.awards.cbegin(), s.awards.cend(),
                                           [&award](const auto& l) { return l.award.code == award.code; });
            REQUIRE(line != s.awards.cend());
            INFO(award.code.toStdString() << " " << members[i].name.toStdString());
            CHECK(line->outcome.eligible == everyone[i].eligible);
            CHECK(line->outcome.failed == everyone[i].failed);
            CHECK(line->outcome.pointsMissing == everyone[i].pointsMissing);
            CHECK(line->outcome.tieAtQuota == everyone[i].tieAtQuota);
            CHECK(line->outcome.scopeRank == everyone[i].scopeRank);
            CHECK(line->outcome.scopeSize == everyone[i].scopeSize);
            CHECK(line->outcome.rankLimit == everyone[i].rankLimit);
        }
    }
    const auto eligible
        = [&](qint64 member, int award) { return builder.statement(member, 2026).awards[award].outcome.eligible; };
    CHECK(eligible(f.jia, 1));
    CHECK_FALSE(eligible(f.bing, 1));
    CHECK(eligible(f.bing, 2));
    CHECK(builder.statement(f.bing, 2026).awards[2].outcome.scopeSize == 2);
}

TEST_CASE("chart data from the ledger: participation per month, points by category, a member's path")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    CHECK(builder.throughMonth(2026) == 4);
    CHECK(builder.throughMonth(2025) == 12);

    const ParticipationSeries series = builder.participation(2026);
    CHECK(series.overall.active == QList<int> {2, 1, 4, 0});

    const CategoryPoints points = builder.categories(2026);
    CHECK(points.categories == QStringList {QStringLiteral("基本"), QStringLiteral("奖励"), QStringLiteral("扣减")});
    REQUIRE(points.branches.size() == 2);
    CHECK(points.branches[0].totals == QList<Cents> {3000, 300, 0}); // 甲 5 + 10, 乙 10 + 5; 甲's bonus
    CHECK(points.branches[1].totals == QList<Cents> {2000, 0, -1000});

    const MemberPath path = builder.memberPath(f.jia, 2026, builder.ruleSet().awards.constFirst());
    CHECK(path.cumulative == QList<Cents> {1500, 2500, 2800, 2800});
    CHECK(path.reachedIn == 2);
}

TEST_CASE("a ledger without an organisation name is headed by its one top-level branch, and by nothing when there are two")
{
    TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("王书记")));
    Branch committee;
    committee.name = QStringLiteral("市直机关党委");
    committee.id = ledger.addBranch(committee);
    Branch branch;
    branch.name = QStringLiteral("办公室党支部");
    branch.parentId = committee.id;
    ledger.addBranch(branch);
    CHECK(ReportBuilder(ledger, aprilFirst).organisation() == QStringLiteral("市直机关党委"));

    Branch other;
    other.name = QStringLiteral("另一党委");
    ledger.addBranch(other);
    CHECK(ReportBuilder(ledger, aprilFirst).organisation().isEmpty());

    ledger.setSetting(QStringLiteral("organisation"), QStringLiteral("某市直机关工委"));
    CHECK(ReportBuilder(ledger, aprilFirst).organisation() == QStringLiteral("某市直机关工委"));
}

TEST_CASE("a ranking of a general branch holds the members of the branches under it")
{
    LedgerFixture f;
    Branch general;
    general.name = QStringLiteral("综合处室党总支");
    general.kind = Branch::Kind::GeneralBranch;
    general.id = f.ledger.addBranch(general);
    Branch office;
    office.name = QStringLiteral("办公室党支部");
    office.parentId = general.id;
    const qint64 officeId = f.ledger.addBranch(office);
    f.addMember(QStringLiteral("戊"), QStringLiteral("110105198001010075"), officeId);

    ReportBuilder builder(f.ledger, aprilFirst);
    CHECK(names(builder.ranking(Period::month(2026, 3), general.id)) == QStringList {QStringLiteral("戊")});
    CHECK(names(builder.ranking(Period::month(2026, 3), officeId)) == QStringList {QStringLiteral("戊")});
    CHECK(builder.ranking(Period::month(2026, 3), f.branchOne).rows.size() == 2);
}
