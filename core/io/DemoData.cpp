#include "DemoData.h"

#include "RuleSetFile.h"
#include "model/IdNumber.h"
#include "storage/Ledger.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace jifen {

namespace {

const QStringList& surnames()
{
    static const QStringList list
        = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 "
                         "曾 肖 田 董 袁 潘 于 蒋 "
                         "蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 "
                         "熊 秦 邱 江 尹 薛 闫 段 "
                         "雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 单 欧阳 司马 诸葛")
              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

const QStringList& givenCharacters()
{
    static const QStringList list = QStringLiteral("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 "
                                                   "英 华 玉 兰 文 辉 力 建 国 红 晓 东 海 斌 宁 "
                                                   "波 鹏 鑫 宇 浩 凯 俊 雪 梅 琳 颖 倩 婷 慧 志 峰 斌 林 春 燕 雨 晨 "
                                                   "欣 然 思 博 瑞 嘉 怡 子 涵 泽 轩 航 佳 卫 民 "
                                                   "兵 荣 新 庆 永 光 昌 发 德 福 生 祥 云 成 立 亮 振 华 红 彬 莉 萍 "
                                                   "洁 琴 蓉 楠 薇 璐 昊 铭 岩 舟 远 毅 诚 睿")
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

const QStringList& regions()
{
    static const QStringList list {QStringLiteral("410402"), QStringLiteral("410403"), QStringLiteral("410411"),
                                   QStringLiteral("410421"), QStringLiteral("410423"), QStringLiteral("110105"),
                                   QStringLiteral("320102"), QStringLiteral("440106")};
    return list;
}

struct BranchPlan
{
    const char16_t* name;
    int parent; // index into the plan, -1 for the root
    Branch::Kind kind;
};

// The organisation tree: 机关党委 -> 党总支 -> 党支部, plus branches directly under the committee.
const BranchPlan branchPlan[] = {
    {u"市直机关党委", -1, Branch::Kind::Committee},      {u"综合处室党总支", 0, Branch::Kind::GeneralBranch},
    {u"业务处室党总支", 0, Branch::Kind::GeneralBranch}, {u"办公室党支部", 1, Branch::Kind::Branch},
    {u"人事财务党支部", 1, Branch::Kind::Branch},        {u"政策法规党支部", 2, Branch::Kind::Branch},
    {u"业务一处党支部", 2, Branch::Kind::Branch},        {u"业务二处党支部", 2, Branch::Kind::Branch},
    {u"机关服务中心党支部", 0, Branch::Kind::Branch},    {u"离退休干部党支部", 0, Branch::Kind::Branch},
};

const QStringList& positions()
{
    static const QStringList list {QStringLiteral("科员"),        QStringLiteral("科员"),   QStringLiteral("科员"),
                                   QStringLiteral("副科长"),      QStringLiteral("科长"),   QStringLiteral("副处长"),
                                   QStringLiteral("处长"),        QStringLiteral("办事员"), QStringLiteral("主任科员"),
                                   QStringLiteral("一级主任科员")};
    return list;
}

const QStringList& educations()
{
    static const QStringList list {QStringLiteral("大学本科"), QStringLiteral("大学本科"),
                                   QStringLiteral("大学本科"), QStringLiteral("硕士研究生"),
                                   QStringLiteral("大学专科"), QStringLiteral("博士研究生")};
    return list;
}

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_random.bounded(static_cast<quint32>(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    QRandomGenerator m_random;
};

struct Plan
{
    Member member;
    int diligence = 80; // percent chance of attending a meeting
};

} // namespace

QString DemoData::makeIdNumber(const QString& region, QDate birth, bool male, int serial)
{
    // Sequence digits 15-17: two digits of serial, then a gender digit (odd for men, even for women).
    const int genderDigit = (serial % 5) * 2 + (male ? 1 : 0);
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(serial % 100, 2, 10, QLatin1Char('0')) + QString::number(genderDigit);
    return first17 + IdNumber::checkDigit(first17);
}

DemoData::Result DemoData::load(Ledger& ledger, const Options& options, const Progress& progress)
{
    Result result;
    Dice dice(options.seed);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    Transaction transaction(ledger.database());
    if (ledger.ruleSet().rules.isEmpty())
        ledger.importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    // The committee's name heads every printout.
    if (ledger.setting(QStringLiteral("organisation")).isEmpty())
        ledger.setSetting(QStringLiteral("organisation"), QString::fromUtf16(branchPlan[0].name));

    // Branches (existing ones with the same names are reused).
    QList<qint64> branchIds;
    QList<qint64> leafIds;
    for (const BranchPlan& plan : branchPlan) {
        const QString name = QString::fromUtf16(plan.name);
        qint64 id = 0;
        if (const auto existing = ledger.branchByName(name)) {
            id = existing->id;
        } else {
            Branch branch;
            branch.name = name;
            branch.parentId = plan.parent >= 0 ? branchIds.at(plan.parent) : 0;
            branch.kind = plan.kind;
            id = ledger.addBranch(branch);
            ++result.branches;
        }
        branchIds << id;
        if (plan.kind == Branch::Kind::Branch)
            leafIds << id;
    }

    // Members.
    QList<Plan> plans;
    QSet<QString> idNumbers;
    QSet<QString> names;
    const qint64 memberSteps = options.members;
    const qint64 entrySteps = options.entries ? qint64(options.members) * 12 : 0;
    const qint64 totalSteps = memberSteps + entrySteps;
    qint64 done = 0;
    auto tick = [&](qint64 reached) {
        done = reached;
        if (progress && !progress(done, totalSteps)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };

    for (int i = 0; i < options.members; ++i) {
        Plan plan;
        Member& m = plan.member;
        const bool male = dice.chance(58);
        const QDate birth = today.addYears(-(23 + dice.below(40))).addDays(-dice.below(365));
        QString idNumber;
        do {
            idNumber = makeIdNumber(dice.pick(regions()), birth, male, dice.below(100));
        } while (idNumbers.contains(idNumber));
        idNumbers.insert(idNumber);
        // Names repeat in real organisations, but rarely among 200 people: retry a few times before accepting one.
        QString name;
        for (int attempt = 0; attempt < 5; ++attempt) {
            name = dice.pick(surnames()) + dice.pick(givenCharacters());
            if (dice.chance(70))
                name += dice.pick(givenCharacters());
            if (!names.contains(name))
                break;
        }
        names.insert(name);
        m.name = name;
        m.idNumber = idNumber;
        m.gender = IdNumber::gender(idNumber);
        m.birthDate = IdNumber::birthDate(idNumber);
        m.ethnicity = dice.chance(92) ? QStringLiteral("汉族")
                                      : dice.pick(QStringList {QStringLiteral("回族"), QStringLiteral("满族"),
                                                               QStringLiteral("蒙古族"), QStringLiteral("壮族")});
        m.education = dice.pick(educations());
        m.branchId = leafIds.at(i % leafIds.size());
        // Most joined the Party in their twenties; the youngest are still probationary (预备党员).
        QDate joined = birth.addYears(20 + dice.below(12)).addDays(dice.below(300));
        if (joined > today.addDays(-30))
            joined = today.addDays(-30 - dice.below(300));
        m.joinDate = joined;
        if (joined.addYears(1) <= today) {
            m.fullMemberDate = joined.addYears(1);
            m.category = QStringLiteral("正式党员");
        } else {
            m.category = QStringLiteral("预备党员");
        }
        m.phone = QStringLiteral("1%1%2")
                      .arg(dice.pick(QStringList {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("8"),
                                                  QStringLiteral("9")}))
                      .arg(dice.below(1000000000), 9, 10, QLatin1Char('0'));
        m.position = dice.pick(positions());
        plan.diligence = 60 + dice.below(40);
        m.id = ledger.addMember(m);
        plans << plan;
        ++result.members;
        if (i % 64 == 63 && !tick(i + 1))
            return result;
    }

    // A year of entries: the meetings every branch holds each month, and what members do besides.
    QHash<qint64, QDate> lastEntry; // by member id
    if (options.entries) {
        const RuleSet rules = ledger.ruleSet();
        QHash<QString, qint64> ruleIds;
        for (const Rule& rule : rules.rules)
            ruleIds.insert(rule.code, rule.id);
        auto add = [&](const Member& m, const QString& code, QDate date, const QString& note = {}) {
            const qint64 ruleId = ruleIds.value(code);
            if (ruleId == 0 || date > today || (m.joinDate.isValid() && date < m.joinDate))
                return;
            ledger.addEntry(m.id, ruleId, date, 1, note);
            lastEntry[m.id] = std::max(lastEntry.value(m.id), date);
            ++result.entries;
        };
        const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
        int vetoes = 0;
        for (int monthIndex = 0; monthIndex < 12; ++monthIndex) {
            const QDate month = firstMonth.addMonths(monthIndex);
            auto day = [&](int d) { return QDate(month.year(), month.month(), std::min(d, month.daysInMonth())); };
            for (const Plan& plan : std::as_const(plans)) {
                const Member& m = plan.member;
                const int leaf = static_cast<int>(leafIds.indexOf(m.branchId));
                // Each branch meets on its own days, so the calendar is not one block.
                const QDate meeting = day(8 + leaf);
                // Participation is what the city report found low, and it differs from branch to branch: some months
                // a member takes part in nothing at all (and may be marked absent from the meeting).
                static constexpr int engagement[] = {88, 80, 72, 90, 64, 84, 56};
                if (!dice.chance(engagement[leaf % std::size(engagement)] + (plan.diligence - 80) / 2)) {
                    if (dice.chance(30))
                        add(m, QStringLiteral("C01"), meeting, QStringLiteral("未请假"));
                    continue;
                }
                if (dice.chance(plan.diligence))
                    add(m, QStringLiteral("A01"), meeting);
                else if (dice.chance(50))
                    add(m, QStringLiteral("C01"), meeting, QStringLiteral("未请假"));
                if (dice.chance(plan.diligence + 5))
                    add(m, QStringLiteral("A05"), day(20 + leaf % 6));
                if (dice.chance(plan.diligence))
                    add(m, QStringLiteral("A03"), day(15));
                if (month.month() % 3 == 0 && dice.chance(plan.diligence))
                    add(m, QStringLiteral("A04"), day(25));
                if (dice.chance(plan.diligence - 10))
                    add(m, QStringLiteral("B04"), day(28));
                if (dice.chance(25))
                    add(m, QStringLiteral("B01"), day(3 + dice.below(20)));
                if (dice.chance(8))
                    add(m, QStringLiteral("B02"), day(12));
                if (dice.chance(5))
                    add(m, QStringLiteral("C02"), meeting);
                if (m.joinDate.month() == month.month())
                    add(m, QStringLiteral("A06"), day(m.joinDate.day()));
                if (vetoes == 0 && monthIndex == 5 && plan.diligence < 62) {
                    add(m, QStringLiteral("D01"), day(18), QStringLiteral("党内警告处分"));
                    ++vetoes;
                }
            }
            if (!tick(memberSteps + qint64(plans.size()) * (monthIndex + 1)))
                return result;
        }
    }

    // A few members left or died during the year, after their last entry: their history stays.
    for (qsizetype i = 7; i < plans.size(); i += 53) {
        Member m = *ledger.member(plans[i].member.id);
        m.status = i % 2 ? QStringLiteral("转出") : QStringLiteral("去世");
        m.statusDate = std::max(today.addDays(-dice.below(60)), lastEntry.value(m.id));
        m.notes = m.status == u"转出" ? QStringLiteral("调往市发展改革委") : QString();
        ledger.updateMember(m);
    }

    transaction.commit();
    return result;
}

} // namespace jifen
