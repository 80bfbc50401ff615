#include "LedgerFixture.h"

namespace jifen::test {

LedgerFixture::LedgerFixture()
{
    ledger.setSetting(QStringLiteral("organisation"), QStringLiteral("市直机关党委"));
    RuleSet rules;
    rules.basePoints = 1000;
    const auto rule = [](const QString& code, const QString& name, const QString& category, Cents points,
                         std::optional<Cents> capMonth, bool veto) {
        RuleVersion v;
        v.name = name;
        v.category = category;
        v.points = points;
        v.capMonth = capMonth;
        v.veto = veto;
        return Rule {0, code, {v}};
    };
    rules.rules << rule(QStringLiteral("A01"), QStringLiteral("参加支部党员大会"), QStringLiteral("基本"), 500, 1000,
                        false)
                << rule(QStringLiteral("B01"), QStringLiteral("志愿服务"), QStringLiteral("奖励"), 300, {}, false)
                << rule(QStringLiteral("C01"), QStringLiteral("受到党纪处分"), QStringLiteral("扣减"), -1000, {}, true);
    Award award;
    award.code = QStringLiteral("YXDY");
    award.name = QStringLiteral("优秀共产党员");
    award.minPoints = 2000;
    award.topPercent = 50;
    award.scope = Award::Scope::Branch;
    award.fullMemberOnly = true;
    award.noVeto = true;
    award.minActiveMonths = 2;
    rules.awards << award;
    rules.grades << GradeBand {QStringLiteral("优秀"), 2500} << GradeBand {QStringLiteral("合格"), 1500}
                 << GradeBand {QStringLiteral("不合格"), std::nullopt};
    ledger.importRuleSet(rules, QDate(2026, 1, 1));
    meeting = ledger.ruleByCode(QStringLiteral("A01"))->id;
    bonus = ledger.ruleByCode(QStringLiteral("B01"))->id;
    sanction = ledger.ruleByCode(QStringLiteral("C01"))->id;

    branchOne = ledger.ensureBranch(QStringLiteral("一支部"));
    branchTwo = ledger.ensureBranch(QStringLiteral("二支部"));
    jia = addMember(QStringLiteral("甲"), QStringLiteral("110105198001010032"), branchOne);
    yi = addMember(QStringLiteral("乙"), QStringLiteral("110105198001010040"), branchOne);
    bing = addMember(QStringLiteral("丙"), QStringLiteral("110105198001010059"), branchTwo, false);
    ding = addMember(QStringLiteral("丁"), QStringLiteral("110105198001010067"), branchTwo);

    ledger.addEntry(jia, meeting, QDate(2026, 1, 10), 1, {});
    cappedEntry = ledger.addEntry(jia, meeting, QDate(2026, 2, 10), 3, {});
    ledger.addEntry(jia, bonus, QDate(2026, 3, 10), 1, {});
    ledger.addEntry(yi, meeting, QDate(2026, 1, 12), 2, {});
    ledger.addEntry(yi, meeting, QDate(2026, 3, 12), 1, {});
    ledger.addEntry(bing, meeting, QDate(2026, 3, 5), 2, {});
    ledger.addEntry(ding, meeting, QDate(2026, 3, 6), 2, {});
    ledger.addEntry(ding, sanction, QDate(2026, 3, 20), 1, QStringLiteral("警告处分"));
}

qint64 LedgerFixture::addMember(const QString& name, const QString& idNumber, qint64 branch, bool full)
{
    Member m;
    m.name = name;
    m.idNumber = idNumber;
    m.branchId = branch;
    m.category = full ? QStringLiteral("正式党员") : QStringLiteral("预备党员");
    return ledger.addMember(m);
}

} // namespace jifen::test
