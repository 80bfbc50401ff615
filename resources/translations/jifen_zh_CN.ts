<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actor</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>党务干事</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>single user</source>
        <translation>单用户</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>查看台账</translation>
    </message>
    <message>
        <source>change rules, awards or grade bands</source>
        <translation>修改积分规则、奖项或等级</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>change the roster</source>
        <translation>修改党员名册</translation>
    </message>
    <message>
        <source>enter or reverse points</source>
        <translation>录入或冲正积分</translation>
    </message>
    <message>
        <source>review entries</source>
        <translation>审核积分</translation>
    </message>
    <message>
        <source>reveal full ID numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a rule, branch, award or grade</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>of a rule</comment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Order</source>
        <comment>position in a list</comment>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>评诺说明</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Full-member date</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Month cap</source>
        <translation>月封顶</translation>
    </message>
    <message>
        <source>Year cap</source>
        <translation>年封顶</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>须经审核</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reversed by</source>
        <translation>冲正人</translation>
    </message>
    <message>
        <source>Reversed at</source>
        <translation>冲正时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>公示时间</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>公示人</translation>
    </message>
    <message>
        <source>Notice from</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Ranking rows</source>
        <translation>排名内容</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评诺结果</translation>
    </message>
    <message>
        <source>Replaces review</source>
        <translation>取代的评诺</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年度</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>党支部意见</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>Previous branch</source>
        <translation>原所在支部</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Min. points</source>
        <translation>最低积分</translation>
    </message>
    <message>
        <source>Top %</source>
        <translation>排名前 %</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Full members only</source>
        <translation>限正式党员</translation>
    </message>
    <message>
        <source>No veto</source>
        <translation>无一票否决</translation>
    </message>
    <message>
        <source>Min. active months</source>
        <translation>最少活跃月数</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Cancelled by</source>
        <translation>撤销人</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Required a year</source>
        <translation>每年应开次数</translation>
    </message>
    <message>
        <source>Rule when present</source>
        <translation>出席时的积分规则</translation>
    </message>
    <message>
        <source>Rule when absent</source>
        <translation>缺席时的积分规则</translation>
    </message>
    <message>
        <source>Min. score</source>
        <translation>最低得分</translation>
    </message>
    <message>
        <source>Max. share</source>
        <translation>比例上限</translation>
    </message>
    <message>
        <source>Min. tier</source>
        <translation>最低星级</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Entries need review</source>
        <translation>积分录入须经审核</translation>
    </message>
    <message>
        <source>Base points</source>
        <translation>基础积分</translation>
    </message>
    <message>
        <source>Pledge rules</source>
        <translation>承诺对应的积分规则</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the fields of one row</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Every row: %1</source>
        <translation>每行相同：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>共 %n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>……另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>修改内容：</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → after</comment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>删除的内容：</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>记录内容：</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit record was written out of turn; nothing was saved. Please try again.</source>
        <translation>日志记录写入顺序有误，未保存任何内容。请重试。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backups need the SQLite engine.</source>
        <translation>备份需要 SQLite 数据库引擎。</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>No backup file %1.</source>
        <translation>找不到备份文件 %1。</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 fails verification, so it was not restored: %2</source>
        <translation>备份 %1 未通过校验，未予恢复：%2</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced ledger was kept as %2</source>
        <translation>已从 %1 恢复；被替换的台账保存为 %2</translation>
    </message>
    <message>
        <source>A server ledger is not replaced from a file here: restore the server&apos;s own backup, or copy the file into a new server database with `jifen-cli copy`.</source>
        <translation>服务器上的台账不能在这里用文件替换：请恢复服务器自身的备份，或用 `jifen-cli copy` 把文件复制到新的服务器数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Jifen ledger or backup, so it was not restored.</source>
        <translation>%1 不是积分台账或其备份，未予恢复。</translation>
    </message>
</context>
<context>
    <name>BranchEntries</name>
    <message>
        <source>No branch with id %1.</source>
        <translation>没有编号为 %1 的支部。</translation>
    </message>
    <message>
        <source>%1 is not a 党支部: branch points are for 党支部 only.</source>
        <translation>%1 不是党支部：支部加减分只用于党支部。</translation>
    </message>
    <message>
        <source>No branch rule with code %1.</source>
        <translation>没有编码为 %1 的支部规则。</translation>
    </message>
    <message>
        <source>The entry needs a valid date.</source>
        <translation>积分记录需要有效日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>数量须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>%1: %2 × %3 on %4</source>
        <translation>%1：%2 × %3，%4</translation>
    </message>
    <message>
        <source>No branch entry with id %1.</source>
        <translation>没有编号为 %1 的支部加减分记录。</translation>
    </message>
    <message>
        <source>Branch entry %1 has already been reversed (%2).</source>
        <translation>支部加减分记录 %1 已冲正（%2）。</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>冲正需要填写理由。</translation>
    </message>
    <message>
        <source>Branch entry %1 reversed: %2</source>
        <translation>支部加减分记录 %1 已冲正：%2</translation>
    </message>
</context>
<context>
    <name>BranchEvaluationReport</name>
    <message>
        <source>%1 branch evaluation, %2</source>
        <comment>organisation, year</comment>
        <translation>%1%2支部评星定级结果</translation>
    </message>
    <message>
        <source>all Party branches</source>
        <translation>全部党支部</translation>
    </message>
    <message>
        <source>new</source>
        <comment>not evaluated the year before</comment>
        <translation>新</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无星级</translation>
    </message>
    <message>
        <source>Up from %1 to %2.</source>
        <translation>由%1升为%2。</translation>
    </message>
    <message>
        <source>Down from %1 to %2.</source>
        <translation>由%1降为%2。</translation>
    </message>
    <message>
        <source>%1 both years.</source>
        <translation>两年均为%1。</translation>
    </message>
    <message>
        <source>Not evaluated in %1.</source>
        <translation>%1年未参评。</translation>
    </message>
    <message>
        <source>score ≥ %1</source>
        <translation>总分≥%1</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <comment>tier</comment>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>no veto</source>
        <translation>无一票否决</translation>
    </message>
    <message>
        <source>meetings held ≥ %1%</source>
        <translation>会议完成率≥%1%</translation>
    </message>
    <message>
        <source>attendance ≥ %1%</source>
        <translation>出席率≥%1%</translation>
    </message>
    <message>
        <source>top %1% of the ranking</source>
        <translation>排名前%1%</translation>
    </message>
    <message numerus="yes">
        <source>at most %n branch(es)</source>
        <translation>
            <numerusform>名额%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>无条件</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between conditions</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>score %1, below %2</source>
        <translation>总分%1，低于%2</translation>
    </message>
    <message>
        <source>%1, below %2</source>
        <comment>tier, minimum tier</comment>
        <translation>%1，低于%2</translation>
    </message>
    <message>
        <source>vetoed this year</source>
        <translation>本年度被一票否决</translation>
    </message>
    <message>
        <source>meetings held %1%, below %2%</source>
        <translation>会议完成率%1%，低于%2%</translation>
    </message>
    <message>
        <source>attendance %1%, below %2%</source>
        <translation>出席率%1%，低于%2%</translation>
    </message>
    <message>
        <source>rank %1, outside the top %2% (rank %3 or better)</source>
        <translation>排名第%1，不在前%2%（第%3名及以前）</translation>
    </message>
    <message numerus="yes">
        <source>beyond the quota of %n branch(es)</source>
        <translation>
            <numerusform>超出名额（%n个）</numerusform>
        </translation>
    </message>
    <message>
        <source>eligible (%1)</source>
        <translation>符合条件（%1）</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>不符合：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Rank by score among the branches evaluated, highest first; equal scores share a rank (1, 2, 2, 4) and are listed in pinyin order.</source>
        <translation>按总分在参评党支部中由高到低排名；总分相同者名次并列（1、2、2、4），按拼音顺序排列。</translation>
    </message>
    <message>
        <source>n: the members on the roster at some day of the year, counted in the branch they belonged to on its last day (or on the day they left).</source>
        <translation>党员数：年内曾在册的党员，按其年末（或转出、去世之日）所在支部计算。</translation>
    </message>
    <message>
        <source>A: the members&apos; year totals (base points included) added up, divided by the number of members.</source>
        <translation>人均积分（A）：党员年度积分（含基础积分）之和除以党员数。</translation>
    </message>
    <message>
        <source>P: the members&apos; active months added up, divided by 12 × the number of members.</source>
        <translation>参与率（P）：党员有积分记录的月数之和除以（12×党员数）。</translation>
    </message>
    <message>
        <source>M: the mean, over the meeting types with a yearly requirement, of the meetings held (at most the requirement) divided by the requirement. Cancelled meetings do not count.</source>
        <translation>会议完成率（M）：对每种有年度要求的会议，以召开次数（不超过要求次数）除以要求次数，再取平均。已撤销的会议不计。</translation>
    </message>
    <message>
        <source>T: present ÷ (present + absent), over everyone listed at the branch&apos;s meetings of the year, guests included; the excused are not counted.</source>
        <translation>出席率（T）：本支部年内各次会议的出席人次 ÷（出席人次＋缺席人次），列席的外支部党员也计入；请假不计。</translation>
    </message>
    <message>
        <source>%1 × A ÷ %2, at most %1; 0 when A is negative.</source>
        <translation>%1 × A ÷ %2，最多%1分；A为负时为0。</translation>
    </message>
    <message>
        <source>%1 × P.</source>
        <translation>%1 × P。</translation>
    </message>
    <message>
        <source>%1 × M.</source>
        <translation>%1 × M。</translation>
    </message>
    <message>
        <source>%1 × T.</source>
        <translation>%1 × T。</translation>
    </message>
    <message>
        <source>The branch&apos;s own bonus and deduction items (支部加减分) of the year, after their monthly and yearly caps.</source>
        <translation>本支部年内的支部加减分，按每月、每年封顶后合计。</translation>
    </message>
    <message>
        <source>The sum of the five parts, each worked out exactly and rounded to hundredths (halves away from zero).</source>
        <translation>五项得分之和；每项先精确计算，再四舍五入到小数点后两位。</translation>
    </message>
    <message>
        <source>Tiers are filled from the top: a branch whose score reaches a tier&apos;s minimum takes it while the tier&apos;s share limit admits it (branches tied at the limit all keep it: the committee decides). A vetoed branch takes the lowest tier.</source>
        <translation>星级自高向低评定：总分达到某星级最低分、且在该星级比例限额之内的支部评为该星级（在限额处并列的支部均保留，由党委决定）。被一票否决的支部定为最低星级。</translation>
    </message>
    <message>
        <source>The tier of the year before, worked out now in the same way from the ledger as it stands.</source>
        <translation>上一年度的星级，按现有台账以同样方法重新计算。</translation>
    </message>
    <message>
        <source>↑ a higher tier than the year before, ↓ a lower one, → the same; new: not evaluated the year before.</source>
        <translation>↑ 比上年升级，↓ 比上年降级，→ 与上年持平；新：上年未参评。</translation>
    </message>
    <message>
        <source>A veto item among the branch&apos;s own items of the year (such as a serious disciplinary case), or a member vetoed for the year where the rule set says a member&apos;s veto counts for the branch.</source>
        <translation>本支部年内有一票否决的支部扣分项（如发生严重违纪违法案件），或按积分细则党员被一票否决也否决支部时，有党员被一票否决。</translation>
    </message>
    <message>
        <source>A = %1 ÷ %2 = %3</source>
        <translation>A = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>P = %1 active months ÷ (12 × %2) = %3%</source>
        <translation>P = %1个活跃月 ÷（12 × %2）= %3%</translation>
    </message>
    <message>
        <source>No meeting type has a yearly requirement: M = 100%.</source>
        <translation>没有规定年度次数的会议类型：M = 100%。</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2/%3次</translation>
    </message>
    <message>
        <source>%1: M = %2%</source>
        <translation>%1：M = %2%</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between meeting types</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>No one present or absent: T = 0.</source>
        <translation>无出席、缺席人次：T = 0。</translation>
    </message>
    <message>
        <source>T = %1 ÷ (%1 + %2) = %3%</source>
        <translation>T = %1 ÷（%1 + %2）= %3%</translation>
    </message>
    <message>
        <source>%1 × min(1, %2 ÷ %3) = %4</source>
        <translation>%1 × min(1, %2 ÷ %3) = %4</translation>
    </message>
    <message>
        <source>%1 × %2% = %3</source>
        <translation>%1 × %2% = %3</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 + %4 + %5 = %6</source>
        <translation>%1 + %2 + %3 + %4 + %5 = %6</translation>
    </message>
    <message>
        <source>Vetoed: the lowest tier.</source>
        <translation>被一票否决：定为最低星级。</translation>
    </message>
    <message>
        <source>Tied at the tier&apos;s share limit: the committee decides.</source>
        <translation>在星级比例限额处并列：由党委决定。</translation>
    </message>
    <message>
        <source>A veto item among the branch&apos;s own items of the year.</source>
        <translation>本支部年内有一票否决的支部扣分项。</translation>
    </message>
    <message>
        <source>A member of the branch is vetoed for the year.</source>
        <translation>本支部有党员本年度被一票否决。</translation>
    </message>
    <message>
        <source>Branch evaluation</source>
        <translation>支部评星定级</translation>
    </message>
    <message>
        <source>No branch is evaluated: the rule set has no branch evaluation, or no Party branch had members in the year.</source>
        <translation>没有参评的党支部：积分细则未设支部考评，或该年度没有党支部有党员。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>人均积分</translation>
    </message>
    <message>
        <source>Participation %</source>
        <translation>参与率%</translation>
    </message>
    <message>
        <source>Meetings held %</source>
        <translation>会议完成率%</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>出席率%</translation>
    </message>
    <message>
        <source>Points part (%1)</source>
        <translation>积分项(%1)</translation>
    </message>
    <message>
        <source>Participation part (%1)</source>
        <translation>参与项(%1)</translation>
    </message>
    <message>
        <source>Meetings part (%1)</source>
        <translation>会议项(%1)</translation>
    </message>
    <message>
        <source>Attendance part (%1)</source>
        <translation>出席项(%1)</translation>
    </message>
    <message>
        <source>Branch items</source>
        <translation>支部加减分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年星级</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>%1: %2. Every condition must hold.</source>
        <translation>%1：%2。须全部符合。</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <comment>tier shared at the share limit</comment>
        <translation>%1（并列）</translation>
    </message>
    <message>
        <source>%1: eligible</source>
        <translation>%1：符合条件</translation>
    </message>
    <message>
        <source>No branch is eligible.</source>
        <translation>没有符合条件的党支部。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: not eligible</source>
        <translation>%1：未符合条件</translation>
    </message>
    <message>
        <source>Every branch is eligible.</source>
        <translation>所有党支部均符合条件。</translation>
    </message>
    <message>
        <source>Conditions failed</source>
        <translation>未符合的条件</translation>
    </message>
    <message>
        <source>Scope: %1    Branches evaluated: %2    Prepared on %3</source>
        <translation>范围：%1    参评党支部：%2个    制表日期：%3</translation>
    </message>
    <message>
        <source>Tiers (支部评星定级)</source>
        <translation>评星定级结果</translation>
    </message>
    <message>
        <source>%1: %2 (%3 in %4)</source>
        <translation>%1 %2个（%4年%3个）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between tiers</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Against %1: %2 up, %3 down, %4 the same, %5 new.</source>
        <translation>与%1年相比：升级%2个，降级%3个，持平%4个，新参评%5个。</translation>
    </message>
    <message>
        <source>Figures and parts of the score</source>
        <translation>各项指标与得分</translation>
    </message>
    <message>
        <source>Average points: the members&apos; year totals (base points included) divided by their number. Participation: active months ÷ (12 × members). Meetings held: the mean over the required meeting types of held ÷ required (at most 1). Attendance: present ÷ (present + absent) at the branch&apos;s meetings. Each part is worked out exactly and rounded to hundredths; the score is their sum.</source>
        <translation>人均积分：党员年度积分（含基础积分）之和除以党员数。参与率：活跃月数之和 ÷（12×党员数）。会议完成率：各种有年度要求的会议召开次数 ÷ 要求次数（最多为1）的平均值。出席率：本支部会议出席人次 ÷（出席＋缺席人次）。各项得分精确计算后四舍五入到小数点后两位，总分为各项之和。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Eligible: %1 of %2 branches.</source>
        <translation>符合条件：%2个党支部中%1个。</translation>
    </message>
    <message>
        <source>Not eligible, with the conditions failed: %1 branches.</source>
        <translation>未符合条件的党支部及原因：%1个。</translation>
    </message>
    <message>
        <source>A tier marked (tie): the branches tied at the tier&apos;s share limit all keep it; the committee decides.</source>
        <translation>星级注“并列”的：在该星级比例限额处并列的党支部均保留该星级，由党委决定。</translation>
    </message>
</context>
<context>
    <name>BranchOpinion</name>
    <message>
        <source>Party branch opinion</source>
        <translation>党支部意见表</translation>
    </message>
    <message>
        <source>year %1</source>
        <comment>opinion years</comment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>years %1 to %2</source>
        <comment>opinion years</comment>
        <translation>%1—%2年度</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Points and appraisal</source>
        <translation>积分与评定</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>年度积分</translation>
    </message>
    <message>
        <source>Rank in branch</source>
        <translation>支部排名</translation>
    </message>
    <message>
        <source>Rank overall</source>
        <translation>全体排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Organisation life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>not on the roster this year</source>
        <translation>本年度不在册</translation>
    </message>
    <message>
        <source>vetoed: %1</source>
        <translation>否决：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between vetoes</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no veto</comment>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>attended %n time(s)</source>
        <translation>
            <numerusform>出席 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, absent without leave %n time(s)</source>
        <translation>
            <numerusform>，无故缺席 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>评先评优</translation>
    </message>
    <message>
        <source>The rule set has no awards.</source>
        <translation>积分细则未设评先评优奖项。</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why not eligible</source>
        <translation>不符合的原因</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺践诺</translation>
    </message>
    <message>
        <source>No pledges recorded for %1.</source>
        <translation>%1无承诺记录。</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评诺结果</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>评诺说明</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未评诺</translation>
    </message>
    <message>
        <source>Opinion of the Party branch</source>
        <translation>党支部意见</translation>
    </message>
    <message>
        <source>Branch secretary (signature):                Seal of the branch:                Date:      year    month    day</source>
        <translation>支部书记（签字）：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;（盖章）&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;日期：&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>%1    Prepared on %2</source>
        <translation>%1    制表日期：%2</translation>
    </message>
    <message>
        <source>Ranks are rank / members ranked, on year totals, as in the ranking and the commendation list.</source>
        <translation>排名为“名次 / 参加排名人数”，按年度积分计，与积分排名表、评先评优名单一致。</translation>
    </message>
    <message>
        <source>Organisation life counts the entries of %1%2.</source>
        <translation>组织生活按以下规则的积分记录统计：%1%2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between rules</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; absences: %1</source>
        <translation>；缺席：%1</translation>
    </message>
    <message>
        <source>present %1 / listed %2</source>
        <translation>出席 %1 / 应到 %2</translation>
    </message>
    <message numerus="yes">
        <source>, excused %n</source>
        <translation>
            <numerusform>，请假 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, absent without leave %n</source>
        <translation>
            <numerusform>，无故缺席 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation life is present / listed at the recorded meetings that list the member (cancelled meetings not counted).</source>
        <translation>组织生活为所录会议中该党员的出席次数 / 应到次数（已撤销的会议不计）。</translation>
    </message>
    <message>
        <source>In a year without recorded meetings, organisation life counts the entries of %1%2.</source>
        <translation>未录入会议的年度，组织生活按以下规则的积分记录统计：%1%2。</translation>
    </message>
</context>
<context>
    <name>BranchRuleSetFile</name>
    <message>
        <source>%1.points: must not be zero.</source>
        <translation>%1.points：不能为零。</translation>
    </message>
    <message>
        <source>%1: %2 appears twice.</source>
        <translation>%1：%2 出现了两次。</translation>
    </message>
    <message>
        <source>meeting_types[%1].%2: no member rule has the code %3.</source>
        <translation>meeting_types[%1].%2：没有编码为 %3 的党员积分规则。</translation>
    </message>
    <message>
        <source>branch_tiers[%1].min_score: tiers must be listed from the highest minimum to the lowest.</source>
        <translation>branch_tiers[%1].min_score：星级须按最低分从高到低排列。</translation>
    </message>
    <message>
        <source>branch_awards[%1].min_tier: no tier is named %2.</source>
        <translation>branch_awards[%1].min_tier：没有名为 %2 的星级。</translation>
    </message>
</context>
<context>
    <name>BranchRuleSetStore</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>A meeting type needs a code and a name.</source>
        <translation>会议类型需要编码和名称。</translation>
    </message>
    <message>
        <source>Branch rule %1 needs a code, a name, non-zero points and positive caps.</source>
        <translation>支部规则 %1 需要编码、名称、非零分值和正数封顶。</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Branch rule</source>
        <translation>支部加减分规则</translation>
    </message>
    <message>
        <source>Branch evaluation</source>
        <translation>支部评星定级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Branch award</source>
        <translation>支部奖项</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 %2: year totals and eligibility</source>
        <translation>%1年度积分分布与“%2”评选资格</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Below the points line</source>
        <translation>未达积分线</translation>
    </message>
    <message>
        <source>Over the line, failing another condition</source>
        <translation>达到积分线但其他条件不符</translation>
    </message>
    <message>
        <source>Year total (points)</source>
        <translation>年度积分（分）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Points line: %1</source>
        <translation>积分线：%1分</translation>
    </message>
    <message>
        <source> line %1</source>
        <translation> 积分线 %1分</translation>
    </message>
    <message>
        <source>%1 %2 by branch</source>
        <translation>%1年度各支部“%2”评选情况</translation>
    </message>
    <message>
        <source>Near the line</source>
        <translation>接近条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Branches %1–%2 of %3.</source>
        <translation>共 %3 个支部，本图为第 %1–%2 个。</translation>
    </message>
    <message>
        <source>Participation (top axis)</source>
        <translation>参与率（上方坐标）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Participation (share of member-months active)</source>
        <translation>参与率（党员月度参与比例）</translation>
    </message>
    <message>
        <source>%1: points in %2</source>
        <translation>%1 %2年积分轨迹</translation>
    </message>
    <message>
        <source>Cumulative points</source>
        <translation>累计积分</translation>
    </message>
    <message>
        <source>Projection at the pace so far</source>
        <translation>按目前进度预测</translation>
    </message>
    <message>
        <source>%1 line: %2 points</source>
        <translation>%1积分线：%2分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>projected %1</source>
        <translation>预计 %1分</translation>
    </message>
    <message>
        <source>Participation by month, %1</source>
        <translation>%1年各月党员参与率</translation>
    </message>
    <message>
        <source>Members active (%)</source>
        <translation>参与党员比例（%）</translation>
    </message>
    <message>
        <source>%1 of %2 branches shown; choose a branch to see it.</source>
        <translation>共 %2 个支部，图中显示 %1 个；可选择支部单独查看。</translation>
    </message>
    <message>
        <source>All members (%1)</source>
        <translation>全体党员（%1人）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2人）</translation>
    </message>
    <message>
        <source>Points by category per branch, %1 (per member)</source>
        <translation>%1年各支部分类积分（人均）</translation>
    </message>
    <message>
        <source>Branch (members)</source>
        <translation>支部（人数）</translation>
    </message>
    <message>
        <source>Points per member</source>
        <translation>人均积分（分）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n member(s)</source>
        <translation>
            <numerusform>%1：%2 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Party branches per tier, %1 against %2</source>
        <translation>%1年与%2年各星级党支部数</translation>
    </message>
    <message>
        <source>%1 up, %2 down, %3 the same, %4 new</source>
        <translation>升级%1个，降级%2个，持平%3个，新参评%4个</translation>
    </message>
    <message>
        <source>%1 (last year)</source>
        <translation>%1年（上年）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Party branches</source>
        <translation>党支部数</translation>
    </message>
    <message>
        <source>%1 (%2→%3)</source>
        <translation>%1（%2→%3）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between branches</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>Up: %1</source>
        <translation>升级：%1</translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>降级：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between up and down</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n branch(es)</source>
        <translation>
            <numerusform>%1：%2 %n 个党支部</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation>%1年（本年）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the branches evaluated, chart title</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show at most N records (default 50).</source>
        <translation>最多显示 N 条记录（默认 50）。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>Show the audit log, newest first.</source>
        <translation>显示操作日志，最新的在前。</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>副本写入的位置。</translation>
    </message>
    <message>
        <source>List the automatic backups instead.</source>
        <translation>改为列出自动备份。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the ledger, even while it is in use (SQLite&apos;s online backup).</source>
        <translation>写出台账的一致性副本，使用中也可进行（SQLite 在线备份）。</translation>
    </message>
    <message>
        <source>%1 members, %2 entries</source>
        <translation>%1 名党员，%2 条积分记录</translation>
    </message>
    <message>
        <source>Name the file to write, or use --list.</source>
        <translation>请指定要写入的文件，或使用 --list。</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>Replace the ledger with a backup after verifying the backup&apos;s chain; the replaced ledger is kept beside it.</source>
        <translation>校验备份的哈希链后用备份替换台账；被替换的台账保存在旁边。</translation>
    </message>
    <message>
        <source>Restored. The replaced ledger was kept as %1</source>
        <translation>已恢复。被替换的台账保存为 %1</translation>
    </message>
    <message>
        <source>This ledger has operators: give your name with --user (or JIFEN_USER).</source>
        <translation>此台账已设操作员：请用 --user（或 JIFEN_USER）给出您的姓名。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>A password is needed: type it at the prompt or set JIFEN_PASSWORD.</source>
        <translation>需要密码：请在提示处输入，或设置 JIFEN_PASSWORD。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>See: jifen-cli %1 --help</source>
        <translation>参见：jifen-cli %1 --help</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Usage: jifen-cli [--db FILE] [--user NAME] COMMAND [OPTIONS...]</source>
        <translation>用法：jifen-cli [--db 文件] [--user 姓名] 命令 [选项...]</translation>
    </message>
    <message>
        <source>Jifen: the Party member points ledger, from the command line.</source>
        <translation>积分（Jifen）：党员积分台账的命令行工具。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>the ledger (default: $JIFEN_DB, else %1)</source>
        <translation>台账文件（默认：$JIFEN_DB，否则为 %1）</translation>
    </message>
    <message>
        <source>the operator stamped on every change</source>
        <translation>记录在每项改动上的操作员</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;jifen-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行“jifen-cli 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>jifen-cli: %1 needs a value.</source>
        <translation>jifen-cli：%1 需要一个值。</translation>
    </message>
    <message>
        <source>jifen-cli: unknown option %1. See: jifen-cli --help</source>
        <translation>jifen-cli：未知选项 %1。参见：jifen-cli --help</translation>
    </message>
    <message>
        <source>jifen-cli: unknown command %1. See: jifen-cli --help</source>
        <translation>jifen-cli：未知命令 %1。参见：jifen-cli --help</translation>
    </message>
    <message>
        <source>Name (required).</source>
        <translation>姓名（必填）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number, 18 characters (required).</source>
        <translation>身份证号，18 位（必填）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch name (required; created when new).</source>
        <translation>所在支部名称（必填；不存在时新建）。</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>正式党员 (default) or 预备党员.</source>
        <translation>正式党员（默认）或预备党员。</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>男 or 女 (default: from the ID number).</source>
        <translation>男或女（默认：按身份证号）。</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date (default: from the ID number).</source>
        <translation>出生日期（默认：按身份证号）。</translation>
    </message>
    <message>
        <source>Ethnicity.</source>
        <translation>民族。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Education.</source>
        <translation>学历。</translation>
    </message>
    <message>
        <source>Date of joining the Party.</source>
        <translation>入党时间。</translation>
    </message>
    <message>
        <source>Date of becoming a full member.</source>
        <translation>转正时间。</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Position.</source>
        <translation>职务。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Add a member to the roster; prints the new member&apos;s id.</source>
        <translation>向党员名册添加一名党员；输出新党员的编号。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 为必填项。</translation>
    </message>
    <message>
        <source>--id-number: %1</source>
        <translation>--id-number：%1</translation>
    </message>
    <message>
        <source>--%1: not a date (YYYY-MM-DD): %2</source>
        <translation>--%1：不是日期（YYYY-MM-DD）：%2</translation>
    </message>
    <message>
        <source>--birth-date %1 does not match the ID number (%2).</source>
        <translation>--birth-date %1 与身份证号不符（%2）。</translation>
    </message>
    <message>
        <source>--gender %1 does not match the ID number (%2).</source>
        <translation>--gender %1 与身份证号不符（%2）。</translation>
    </message>
    <message>
        <source>New branch created: %1</source>
        <translation>已新建支部：%1</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>Write full ID and phone numbers (recorded in the audit log).</source>
        <translation>写出完整的身份证号和电话号码（记入操作日志）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export the roster. ID and phone numbers are masked unless --reveal-ids.</source>
        <translation>导出党员名册。除非使用 --reveal-ids，身份证号和电话号码均作脱敏处理。</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format 必须是 csv 或 json。</translation>
    </message>
    <message>
        <source>Roster exported with full ID numbers (%1 members)</source>
        <translation>导出含完整身份证号的名册（%1 名党员）</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>A new password is needed: type it at the prompt or set JIFEN_NEW_PASSWORD.</source>
        <translation>需要新密码：请在提示处输入，或设置 JIFEN_NEW_PASSWORD。</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>add, list, passwd, disable or enable.</source>
        <translation>add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>The operator&apos;s name.</source>
        <translation>操作员姓名。</translation>
    </message>
    <message>
        <source>admin, clerk, reviewer or viewer (for add).</source>
        <translation>admin、clerk、reviewer 或 viewer（用于 add）。</translation>
    </message>
    <message>
        <source>Manage operators. The first operator, an administrator, ends single-user mode. Passwords come from JIFEN_NEW_PASSWORD or the terminal.</source>
        <translation>管理操作员。第一个操作员须为管理员，创建后结束单用户模式。密码来自 JIFEN_NEW_PASSWORD 或终端输入。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 needs an operator name.</source>
        <translation>%1 需要操作员姓名。</translation>
    </message>
    <message>
        <source>--role must be admin, clerk, reviewer or viewer.</source>
        <translation>--role 必须是 admin、clerk、reviewer 或 viewer。</translation>
    </message>
    <message>
        <source>Operator %1 added as %2.</source>
        <translation>已添加操作员 %1，角色为%2。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>Unknown action %1: use add, list, passwd, disable or enable.</source>
        <translation>未知操作 %1：请使用 add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>enable, disable, list, approve ID..., or reject ID... --reason TEXT.</source>
        <translation>enable、disable、list、approve 编号...，或 reject 编号... --reason 理由。</translation>
    </message>
    <message>
        <source>Why the entries are rejected.</source>
        <translation>退回这些积分记录的理由。</translation>
    </message>
    <message>
        <source>text (default) or json, for list.</source>
        <translation>text（默认）或 json，用于 list。</translation>
    </message>
    <message>
        <source>Review entries: while review is on, an entry counts only once a reviewer other than its clerk has approved it.</source>
        <translation>审核积分：开启审核后，积分记录须经录入人以外的审核员批准才计入。</translation>
    </message>
    <message>
        <source>Review is on: new entries wait for approval.</source>
        <translation>已开启审核：新录入的积分须待批准。</translation>
    </message>
    <message>
        <source>Review is off: new entries count at once.</source>
        <translation>已关闭审核：新录入的积分立即计入。</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>未知操作 %1。</translation>
    </message>
    <message>
        <source>Name the entries to %1 by their ids.</source>
        <translation>请用编号指定要%1的积分记录。</translation>
    </message>
    <message>
        <source>A rejection needs --reason.</source>
        <translation>退回需要 --reason。</translation>
    </message>
    <message>
        <source>Not an entry id: %1</source>
        <translation>不是积分记录编号：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries approved.</source>
        <translation>
            <numerusform>已批准 %n 条积分记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries rejected.</source>
        <translation>
            <numerusform>已退回 %n 条积分记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule set unchanged.</source>
        <translation>积分规则未变。</translation>
    </message>
    <message>
        <source>Rules added: %1</source>
        <translation>新增规则：%1</translation>
    </message>
    <message>
        <source>Rules changed (new version): %1</source>
        <translation>修改规则（新版本）：%1</translation>
    </message>
    <message>
        <source>Rules removed: %1</source>
        <translation>删除规则：%1</translation>
    </message>
    <message>
        <source>Rules kept because entries use them: %1</source>
        <translation>因已有积分记录使用而保留的规则：%1</translation>
    </message>
    <message>
        <source>Awards updated.</source>
        <translation>奖项已更新。</translation>
    </message>
    <message>
        <source>Grade bands updated.</source>
        <translation>等级已更新。</translation>
    </message>
    <message>
        <source>Base points updated.</source>
        <translation>基础积分已更新。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, printed on reports.</source>
        <translation>组织名称，打印在报表上。</translation>
    </message>
    <message>
        <source>Create or upgrade the database and load the default rule set if it has none.</source>
        <translation>创建或升级数据库；若无积分规则则载入默认规则。</translation>
    </message>
    <message>
        <source>Default rule set loaded: %1 rules, %2 awards, %3 grade bands.</source>
        <translation>已载入默认积分规则：%1 条规则，%2 个奖项，%3 个等级。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>A jifen-rules/1 rule-set file.</source>
        <translation>一个 jifen-rules/1 积分规则文件。</translation>
    </message>
    <message>
        <source>Date from which changed rules apply (default: today).</source>
        <translation>修改后的规则自哪天起执行（默认：今天）。</translation>
    </message>
    <message>
        <source>Import a rule set: rules are updated by code (a new version where a value changed), new ones added; awards and grade bands replaced.</source>
        <translation>导入积分规则：按编码更新规则（数值有变则新增版本），添加新规则；奖项和等级整体替换。</translation>
    </message>
    <message>
        <source>--effective: not a date (YYYY-MM-DD): %1</source>
        <translation>--effective：不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>Print the rule set as a jifen-rules/1 file.</source>
        <translation>以 jifen-rules/1 文件格式输出积分规则。</translation>
    </message>
    <message>
        <source>Check the ledger against its hash-chained audit log. Exits 1 and names the first broken link when anything was changed outside Jifen.</source>
        <translation>对照哈希链操作日志校验台账。若有任何在积分软件之外的改动，退出码为 1 并指出第一处断链。</translation>
    </message>
    <message>
        <source>Ledger verified: %1 audit records, %2 rows; chain head %3</source>
        <translation>台账校验通过：%1 条日志记录，%2 行数据；链头 %3</translation>
    </message>
    <message>
        <source>The ledger FAILED verification. First broken link:</source>
        <translation>台账未通过校验。第一处断链：</translation>
    </message>
    <message>
        <source>Further problems:</source>
        <translation>其他问题：</translation>
    </message>
    <message>
        <source>--member %1: %2</source>
        <translation>--member %1：%2</translation>
    </message>
    <message>
        <source>No member with ID number %1.</source>
        <translation>党员名册中没有身份证号为 %1 的党员。</translation>
    </message>
    <message>
        <source>The member&apos;s ID number (required).</source>
        <translation>党员的身份证号（必填）。</translation>
    </message>
    <message>
        <source>IDNUMBER</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>The rule&apos;s code (required).</source>
        <translation>积分规则编码（必填）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The date of what is recorded, no later than today (required).</source>
        <translation>所记事项的日期，不得晚于今天（必填）。</translation>
    </message>
    <message>
        <source>How many units, a whole number of at least 1 (default 1).</source>
        <translation>数量，至少为 1 的整数（默认 1）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Record points for a member by a rule; prints the new entry&apos;s id.</source>
        <translation>按积分规则为党员记分，并输出新记录的编号。</translation>
    </message>
    <message>
        <source>--date: not a date (YYYY-MM-DD): %1</source>
        <translation>--date：不是有效日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>--quantity must be a whole number of at least 1.</source>
        <translation>--quantity 必须是至少为 1 的整数。</translation>
    </message>
    <message>
        <source>No rule with code %1.</source>
        <translation>没有编码为 %1 的积分规则。</translation>
    </message>
    <message>
        <source>The id of the entry to reverse.</source>
        <translation>要冲正的记录编号。</translation>
    </message>
    <message>
        <source>Why the entry is reversed (required).</source>
        <translation>冲正原因（必填）。</translation>
    </message>
    <message>
        <source>Reverse an entry: it stays in the ledger, marked reversed with the reason, and counts as if it had never been made.</source>
        <translation>冲正一条记录：记录保留在台账中并标明已冲正及原因，计分时视同从未录入。</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>必须填写 --reason。</translation>
    </message>
    <message>
        <source>Entry %1 reversed (reversal %2).</source>
        <translation>记录 %1 已冲正（冲正记录 %2）。</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计分</translation>
    </message>
    <message>
        <source>One member&apos;s entries, by ID number.</source>
        <translation>按身份证号只列出一名党员的记录。</translation>
    </message>
    <message>
        <source>Entries dated in a period: 2026-03, 2026-Q2 or 2026.</source>
        <translation>只列出某一期间的记录：2026-03、2026-Q2 或 2026。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation>text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Show full ID numbers (recorded in the audit log).</source>
        <translation>显示完整身份证号（记入操作日志）。</translation>
    </message>
    <message>
        <source>List entries by date with their raw points and what they contribute after caps; entries a cap cut are marked over cap.</source>
        <translation>按日期列出记录及其原始分值和封顶后的计入分值；被封顶削减的记录标为封顶。</translation>
    </message>
    <message>
        <source>Not a period: &quot;%1&quot; (a month 2026-03, a quarter 2026-Q2 or a year 2026).</source>
        <translation>不是有效期间：“%1”（月份如 2026-03，季度如 2026-Q2，年度如 2026）。</translation>
    </message>
    <message>
        <source>--format must be text, csv or json.</source>
        <translation>--format 必须是 text、csv 或 json。</translation>
    </message>
    <message>
        <source>Entries shown with full ID numbers</source>
        <translation>以完整身份证号显示积分记录</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Raw points</source>
        <translation>原始分值</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>计入分值</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>over cap</source>
        <translation>已封顶</translation>
    </message>
    <message>
        <source>cut by cap</source>
        <translation>封顶削减</translation>
    </message>
    <message>
        <source>Columns 身份证号,规则编码,日期,数量,备注 (or id_number,rule_code,date,quantity,note) in any order; UTF-8 with or without BOM, or GB18030.</source>
        <translation>列为 身份证号,规则编码,日期,数量,备注（或 id_number,rule_code,date,quantity,note），顺序不限；编码为 UTF-8（可带 BOM）或 GB18030。</translation>
    </message>
    <message>
        <source>Check the file and write nothing.</source>
        <translation>只检查文件，不写入任何内容。</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rows with errors.</source>
        <translation>导入无误的行，跳过有错误的行。</translation>
    </message>
    <message>
        <source>Import points entries from a CSV file, in file order. Without --skip-invalid, any error means nothing is written.</source>
        <translation>按文件顺序从 CSV 文件导入积分记录。未指定 --skip-invalid 时，只要有错误就不写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>… and more errors in other rows.</source>
        <translation>……其他行还有更多错误。</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported.</source>
        <translation>%2 行中有 %1 行存在错误，未导入任何记录。</translation>
    </message>
    <message>
        <source>Dry run: %1 rows would be imported, %2 skipped; nothing was written.</source>
        <translation>试运行：将导入 %1 行，跳过 %2 行；未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的记录。</translation>
    </message>
    <message>
        <source>%1 entries imported (ids %2 to %3), %4 rows skipped.</source>
        <translation>已导入 %1 条记录（编号 %2 至 %3），跳过 %4 行。</translation>
    </message>
    <message>
        <source>The period: 2026-03, 2026-Q2 or 2026 (required).</source>
        <translation>期间：2026-03、2026-Q2 或 2026（必填）。</translation>
    </message>
    <message>
        <source>Rank one branch&apos;s members only.</source>
        <translation>只对一个支部的党员排名。</translation>
    </message>
    <message>
        <source>Rank every current member (在册) on the period&apos;s points, highest first; equal points share a rank (1, 2, 2, 4).</source>
        <translation>按期间积分对所有在册党员从高到低排名；积分相同者名次相同（1、2、2、4）。</translation>
    </message>
    <message>
        <source>--period is required.</source>
        <translation>必须填写 --period。</translation>
    </message>
    <message>
        <source>No branch named %1.</source>
        <translation>没有名为 %1 的支部。</translation>
    </message>
    <message>
        <source>Ranking %1 shown with full ID numbers</source>
        <translation>以完整身份证号显示 %1 排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Previous rank</source>
        <translation>上期名次</translation>
    </message>
    <message>
        <source>The year, e.g. 2026 (required).</source>
        <translation>年度，如 2026（必填）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>One award only, by its code.</source>
        <translation>只看一个奖项（按编码）。</translation>
    </message>
    <message>
        <source>Who may be put forward for each award in the year, and for the others which conditions they fail.</source>
        <translation>列出本年度每个奖项可推荐的人选，以及其他人未满足的条件。</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026.</source>
        <translation>--year 必须是年度，如 2026。</translation>
    </message>
    <message>
        <source>No award with code %1.</source>
        <translation>没有编码为 %1 的奖项。</translation>
    </message>
    <message>
        <source>Eligibility %1 shown with full ID numbers</source>
        <translation>以完整身份证号显示 %1 年度评先评优资格</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未满足的条件</translation>
    </message>
    <message>
        <source>Points missing</source>
        <translation>尚差积分</translation>
    </message>
    <message>
        <source>Tie at quota</source>
        <translation>名额边界并列</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Per branch: current members, average points, participation (the share of members active in each month of the period), members eligible for each award in the period&apos;s year; branches over 100 members are flagged.</source>
        <translation>按支部统计：在册党员数、平均积分、参与率（期间内每月有活动的党员比例）、期间所在年度各奖项符合条件人数；党员超过 100 人的支部予以标注。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Average points</source>
        <translation>平均积分</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与率</translation>
    </message>
    <message>
        <source>Eligible %1</source>
        <translation>%1 符合条件</translation>
    </message>
    <message>
        <source>Over 100 members</source>
        <translation>超过 100 人</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>年度（必填）。</translation>
    </message>
    <message>
        <source>eligibility, branches, member: the award, by its code (default: the first award of the rule set).</source>
        <translation>eligibility、branches、member：奖项编码（默认：积分细则中的第一个奖项）。</translation>
    </message>
    <message>
        <source>participation: one branch&apos;s line.</source>
        <translation>participation：只画某一支部。</translation>
    </message>
    <message>
        <source>member: the member&apos;s ID number.</source>
        <translation>member：党员身份证号。</translation>
    </message>
    <message>
        <source>The file to write: .png or .pdf (required).</source>
        <translation>输出文件：.png 或 .pdf（必填）。</translation>
    </message>
    <message>
        <source>Draw the year as it stood on this date (default: today).</source>
        <translation>按该日期时的情况绘制（默认：今天）。</translation>
    </message>
    <message>
        <source>PNG size in pixels (default 1400x900).</source>
        <translation>PNG 图片尺寸，单位像素（默认 1400x900）。</translation>
    </message>
    <message>
        <source>Unknown chart %1: %2.</source>
        <translation>未知的图表 %1：应为 %2。</translation>
    </message>
    <message>
        <source>--output is required and must end in .png or .pdf.</source>
        <translation>必须指定 --output，且文件名须以 .png 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>--year is required: a year such as 2026.</source>
        <translation>必须指定 --year：年度，如 2026。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, such as 1400x900.</source>
        <translation>--size 须为“宽x高”像素，如 1400x900。</translation>
    </message>
    <message>
        <source>The rule set has no awards.</source>
        <translation>积分细则中没有奖项。</translation>
    </message>
    <message>
        <source>--member is required: %1</source>
        <translation>必须指定 --member：%1</translation>
    </message>
    <message>
        <source>How many members (default 200).</source>
        <translation>党员人数（默认 200）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Members only, no year of entries.</source>
        <translation>只生成党员，不生成全年积分记录。</translation>
    </message>
    <message>
        <source>Another seed gives another organisation.</source>
        <translation>不同的种子生成不同的组织。</translation>
    </message>
    <message>
        <source>Load a demonstration organisation: branches, members with generated ID numbers and a year of points entries.</source>
        <translation>载入演示组织：若干支部、带生成身份证号的党员和一年的积分记录。</translation>
    </message>
    <message>
        <source>--members must be a number from 1 to 1000000.</source>
        <translation>--members 必须是 1 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <source>Demonstration loaded: %1 branches, %2 members, %3 entries.</source>
        <translation>演示组织已载入：%1 个支部，%2 名党员，%3 条积分记录。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: auto (default), utf-8, gb18030 or utf-16.</source>
        <translation>文件编码：auto（默认，自动识别）、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <source>The separator: auto (default), comma, semicolon or tab.</source>
        <translation>分隔符：auto（默认，自动识别）、comma（逗号）、semicolon（分号）或 tab（制表符）。</translation>
    </message>
    <message>
        <source>Check the file and show what would change, without writing.</source>
        <translation>检查文件并显示将有哪些变动，但不写入。</translation>
    </message>
    <message>
        <source>Import the valid rows even when other rows have errors.</source>
        <translation>即使其他行有错误，也导入有效的行。</translation>
    </message>
    <message>
        <source>List the members on the roster the file does not name (they are left as they are).</source>
        <translation>列出名册中有、文件中没有的党员（他们保持不变）。</translation>
    </message>
    <message>
        <source>The branch of rows that name none (created when new).</source>
        <translation>未填支部的行所属的支部（不存在时新建）。</translation>
    </message>
    <message>
        <source>A column mapping profile (JSON) to read the headers with.</source>
        <translation>用于识别表头的列对应方案（JSON）。</translation>
    </message>
    <message>
        <source>Read the column HEADER as FIELD (name, id_number, branch, phone, ..., or ignore); may be repeated.</source>
        <translation>把表头为 HEADER 的列读作字段 FIELD（name、id_number、branch、phone 等，或 ignore）；可重复使用。</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>表头=字段</translation>
    </message>
    <message>
        <source>Save the column mapping used (profile and --map) to FILE.</source>
        <translation>把所用的列对应方案（方案文件和 --map）保存到文件。</translation>
    </message>
    <message>
        <source>The roster: CSV or tab-separated text.</source>
        <translation>党员名册：CSV 或制表符分隔的文本。</translation>
    </message>
    <message>
        <source>Import a roster, matching members by ID number: new members are added, changed ones updated, unchanged ones left alone. With any error nothing is written, unless --skip-invalid.</source>
        <translation>导入党员名册，按身份证号匹配党员：新党员添加，有变动的更新，无变动的不动。只要有错误就不写入任何内容，除非使用 --skip-invalid。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, gb18030 or utf-16.</source>
        <translation>--encoding 必须是 auto、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab.</source>
        <translation>--delimiter 必须是 auto、comma、semicolon 或 tab。</translation>
    </message>
    <message>
        <source>The mapping profile cannot be used.</source>
        <translation>无法使用该列对应方案。</translation>
    </message>
    <message>
        <source>--map needs HEADER=FIELD with FIELD one of: %1, ignore.</source>
        <translation>--map 的格式为 表头=字段，字段为以下之一：%1、ignore。</translation>
    </message>
    <message>
        <source>%1: %2, separated by %3; header in row %4.</source>
        <translation>%1：%2 编码，以%3分隔；表头在第 %4 行。</translation>
    </message>
    <message>
        <source>Nothing was written: the file cannot be imported as it is.</source>
        <translation>未写入任何内容：该文件无法按现状导入。</translation>
    </message>
    <message>
        <source>Error: %1, row %2: %3</source>
        <translation>错误：%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>未变：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>(rows %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>New branches: %1</source>
        <translation>新建支部：%1</translation>
    </message>
    <message>
        <source>On the roster but not in the file (left as they are): %1</source>
        <translation>名册中有而文件中没有的党员（保持不变）：%1</translation>
    </message>
    <message>
        <source>Nothing to write: the roster already matches the file.</source>
        <translation>无需写入：名册已与文件一致。</translation>
    </message>
    <message>
        <source>Written.</source>
        <translation>已写入。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows with errors, or use --skip-invalid to import the others.</source>
        <translation>未写入任何内容：请更正有错误的行，或使用 --skip-invalid 导入其余的行。</translation>
    </message>
    <message>
        <source>ranking: the period (2026-03, 2026-Q2, 2026).</source>
        <translation>ranking：统计期间（2026-03、2026-Q2、2026）。</translation>
    </message>
    <message>
        <source>ranking: one branch&apos;s members only.</source>
        <translation>ranking：只排某一支部的党员。</translation>
    </message>
    <message>
        <source>eligibility: one award only, by its code.</source>
        <translation>eligibility：只列某一奖项（按编码）。</translation>
    </message>
    <message>
        <source>The date printed on the report and the first day of the notice period (default: today).</source>
        <translation>报表上的制表日期，也是公示期第一天（默认：今天）。</translation>
    </message>
    <message>
        <source>ranking: days of public notice (default 7).</source>
        <translation>ranking：公示天数（默认 7 天）。</translation>
    </message>
    <message>
        <source>ranking: the columns, comma-separated, from rank, tie, name, id, branch, points, ytd, change, grade (default for print: rank,name,branch,points,ytd,change,grade; for CSV and .xlsx the id and tie columns are added).</source>
        <translation>ranking：列，逗号分隔，可选 rank（排名）、tie（并列）、name（姓名）、id（身份证号）、branch（支部）、points（本期积分）、ytd（年度累计）、change（名次变化）、grade（等级）（打印默认：rank,name,branch,points,ytd,change,grade；CSV 和 .xlsx 另加 id 和 tie 列）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>ranking: record the printout as published for notice (公示).</source>
        <translation>ranking：将本次打印记录为公示。</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>必须指定 --output。</translation>
    </message>
    <message>
        <source>--period is required: a month 2026-03, a quarter 2026-Q2 or a year 2026.</source>
        <translation>必须指定 --period：月份如 2026-03，季度如 2026-Q2，年度如 2026。</translation>
    </message>
    <message>
        <source>--notice-days must be a positive whole number.</source>
        <translation>--notice-days 必须是正整数。</translation>
    </message>
    <message>
        <source>--columns: unknown column %1.</source>
        <translation>--columns：未知的列 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n member(s) changed after the ranking was published on %1.</source>
        <translation>
            <numerusform>注意：本排名于 %1 公示后，有 %n 名党员的积分发生变动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as published for notice (publication %1), notice period %2 to %3.</source>
        <translation>已记录为公示（公示记录 %1），公示期 %2 至 %3。</translation>
    </message>
    <message>
        <source>--member is required: the member&apos;s ID number.</source>
        <translation>必须指定 --member：党员身份证号。</translation>
    </message>
    <message>
        <source>--member: %1</source>
        <translation>--member：%1</translation>
    </message>
    <message>
        <source>auto (default), utf-8, gb18030 or utf-16.</source>
        <translation>auto（默认，自动识别）、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read as it is.</source>
        <translation>未导入任何内容：无法按现状读取 %1。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>a ledger on a PostgreSQL server: postgresql://user@host:port/database</source>
        <translation>PostgreSQL 服务器上的台账：postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>Password for the ledger server %1: </source>
        <translation>台账服务器 %1 的密码：</translation>
    </message>
    <message>
        <source>%1 FAILED verification: %2</source>
        <translation>%1未通过校验：%2</translation>
    </message>
    <message>
        <source>The ledger to copy: a file or a server URL.</source>
        <translation>要复制的台账：文件或服务器地址。</translation>
    </message>
    <message>
        <source>Where to copy it: a new file or an empty server database.</source>
        <translation>复制到：新文件或空的服务器数据库。</translation>
    </message>
    <message>
        <source>Copy a whole ledger between files and servers, with its audit chain, verifying it on both sides.</source>
        <translation>在文件与服务器之间复制整个台账（含操作日志链），并在两边校验。</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>请同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <source>No ledger file %1.</source>
        <translation>没有台账文件 %1。</translation>
    </message>
    <message>
        <source>%1 exists already: the copy goes into a new file.</source>
        <translation>%1 已存在：副本只能写入新文件。</translation>
    </message>
    <message>
        <source>The source ledger</source>
        <translation>源台账</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>The copy&apos;s chain head %1 differs from the source&apos;s %2.</source>
        <translation>副本的链头 %1 与源台账的 %2 不同。</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; both verified, chain head %4</source>
        <translation>已从 %2 复制 %1 行到 %3；两边均已校验，链头 %4</translation>
    </message>
    <message>
        <source>%1: %2, separated by %3; no header row found.</source>
        <translation>%1：%2 编码，以%3分隔；未找到表头行。</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>done in full</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>refused: nothing changed (the reason on stderr)</source>
        <translation>被拒绝：未作任何改动（原因见标准错误输出）</translation>
    </message>
    <message>
        <source>usage error: nothing changed</source>
        <translation>用法错误：未作任何改动</translation>
    </message>
    <message>
        <source>written in part, only with --skip-invalid (the counts written and skipped on stderr)</source>
        <translation>部分写入，仅在使用 --skip-invalid 时（写入和跳过的行数见标准错误输出）</translation>
    </message>
    <message>
        <source>Dry run: no row would be written, %1 skipped.</source>
        <translation>试运行：没有可写入的行，将跳过 %1 行。</translation>
    </message>
    <message>
        <source>Nothing was written: no row left to write, %1 skipped.</source>
        <translation>未写入任何内容：没有可写入的行，跳过 %1 行。</translation>
    </message>
    <message>
        <source>Dry run: written in part, %1 rows would be written, %2 skipped; nothing was written.</source>
        <translation>试运行：部分写入，将写入 %1 行，跳过 %2 行；未写入任何内容。</translation>
    </message>
    <message>
        <source>--date is required: the day of the change (YYYY-MM-DD).</source>
        <translation>必须提供 --date：变动日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>转出, 去世 or 在册 (back on the roster; required).</source>
        <translation>转出、去世或在册（重新在册；必填）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The day of the change (required).</source>
        <translation>变动日期（必填）。</translation>
    </message>
    <message>
        <source>A note kept with the change.</source>
        <translation>随变动保存的备注。</translation>
    </message>
    <message>
        <source>Mark a member 转出 (transferred out) or 去世 (deceased), or 在册 again, from a date. Past periods keep counting the member as they stood; the date may not be before the member&apos;s last change or after today.</source>
        <translation>自某日起将党员标为转出或去世，或重新在册。以往各期仍按当时的名册计入该党员；日期不得早于该党员上一次变动，也不得晚于今天。</translation>
    </message>
    <message>
        <source>--status must be 转出, 去世 or 在册.</source>
        <translation>--status 须为转出、去世或在册。</translation>
    </message>
    <message>
        <source>%1 is %2 from %3.</source>
        <translation>%1 自 %3 起为%2。</translation>
    </message>
    <message>
        <source>The branch moved to, by name (required).</source>
        <translation>转入的支部名称（必填）。</translation>
    </message>
    <message>
        <source>The day of the move (required).</source>
        <translation>转支部的日期（必填）。</translation>
    </message>
    <message>
        <source>Move a member to another branch from a date. Periods ending before it keep the member in the branch before; the date may not be before the member&apos;s last change or after today.</source>
        <translation>自某日起将党员转到其他支部。在该日期之前结束的各期仍将其计入原支部；日期不得早于该党员上一次变动，也不得晚于今天。</translation>
    </message>
    <message>
        <source>--branch is required: the name of the branch.</source>
        <translation>必须提供 --branch：支部名称。</translation>
    </message>
    <message>
        <source>%1 is in %2 from %3.</source>
        <translation>%1 自 %3 起在%2。</translation>
    </message>
    <message>
        <source>There is no ledger at %1. Check --db (or JIFEN_DB), or create the ledger there with: jifen-cli --db %2 init</source>
        <translation>%1 处没有台账。请检查 --db（或 JIFEN_DB），或用以下命令在该处建立台账：jifen-cli --db %2 init</translation>
    </message>
    <message>
        <source>Rules replaced for every date (no entry used them): %1</source>
        <translation>规则按导入值替换，适用于所有日期（尚无积分记录使用）：%1</translation>
    </message>
    <message>
        <source>--org: the organisation&apos;s name cannot be empty.</source>
        <translation>--org：单位名称不能为空。</translation>
    </message>
    <message>
        <source>add or review.</source>
        <translation>add 或 review。</translation>
    </message>
    <message>
        <source>review: the pledge&apos;s id.</source>
        <translation>review：承诺编号。</translation>
    </message>
    <message>
        <source>add: the member&apos;s ID number.</source>
        <translation>add：党员身份证号。</translation>
    </message>
    <message>
        <source>add: the year of the pledge.</source>
        <translation>add：承诺年度。</translation>
    </message>
    <message>
        <source>add: what the member pledges.</source>
        <translation>add：承诺内容。</translation>
    </message>
    <message>
        <source>add: when it is due (optional).</source>
        <translation>add：完成时限（可选）。</translation>
    </message>
    <message>
        <source>review: 践诺 (fulfilled), 部分践诺 (partly fulfilled) or 未践诺 (not fulfilled).</source>
        <translation>review：践诺、部分践诺或未践诺。</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>review: a note.</source>
        <translation>review：评诺说明。</translation>
    </message>
    <message>
        <source>Record a member&apos;s pledge for a year (add prints its id), or review one. Reviewing a pledge again corrects its review: the new review supersedes the old one, both are kept, and the entry the old one wrote by the rule set&apos;s pledge_rules is reversed.</source>
        <translation>记录党员某年度的承诺（add 输出其编号），或对承诺评诺。再次评诺即更正评诺：新的评诺取代旧的，两者均保留，旧评诺按积分细则 pledge_rules 写入的积分记录予以冲正。</translation>
    </message>
    <message>
        <source>--year: not a year: %1</source>
        <translation>--year：不是年份：%1</translation>
    </message>
    <message>
        <source>--due: not a date (YYYY-MM-DD): %1</source>
        <translation>--due：不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>review needs the pledge&apos;s id.</source>
        <translation>review 需要承诺编号。</translation>
    </message>
    <message>
        <source>Not a pledge id: %1</source>
        <translation>不是承诺编号：%1</translation>
    </message>
    <message>
        <source>--result must be 践诺, 部分践诺 or 未践诺.</source>
        <translation>--result 必须是 践诺、部分践诺 或 未践诺。</translation>
    </message>
    <message>
        <source>Pledge %1 reviewed: %2 (review %3).</source>
        <translation>承诺 %1 已评诺：%2（评诺 %3）。</translation>
    </message>
    <message>
        <source>Unknown action %1: use add or review.</source>
        <translation>未知操作 %1：请使用 add 或 review。</translation>
    </message>
    <message>
        <source>Pledges of one year.</source>
        <translation>某一年度的承诺。</translation>
    </message>
    <message>
        <source>One member&apos;s pledges, by ID number.</source>
        <translation>某一党员的承诺（按身份证号）。</translation>
    </message>
    <message>
        <source>The pledges of one branch&apos;s members.</source>
        <translation>某一支部党员的承诺。</translation>
    </message>
    <message>
        <source>List pledges with their current review (承诺践诺).</source>
        <translation>列出承诺及其当前评诺（承诺践诺）。</translation>
    </message>
    <message>
        <source>Pledges shown with full ID numbers</source>
        <translation>显示含完整身份证号的承诺</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评诺结果</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>评诺人</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>评诺时间</translation>
    </message>
    <message>
        <source>member: the member&apos;s ID number; opinion: a candidate&apos;s ID number (repeat for several, a page each).</source>
        <translation>member：党员身份证号；opinion：人选的身份证号（可重复给出多人，每人一页）。</translation>
    </message>
    <message>
        <source>opinion: the years, 2024-2026 or 2026.</source>
        <translation>opinion：年度，如 2024-2026 或 2026。</translation>
    </message>
    <message>
        <source>opinion: the branch&apos;s opinion (default: lines left to write on).</source>
        <translation>opinion：党支部意见（默认留出空行手写）。</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .csv or .xlsx (required).</source>
        <translation>要写入的文件：.pdf、.odt、.csv 或 .xlsx（必填）。</translation>
    </message>
    <message>
        <source>--output must end in .pdf, .odt, .csv or .xlsx: %1</source>
        <translation>--output 的扩展名必须是 .pdf、.odt、.csv 或 .xlsx：%1</translation>
    </message>
    <message>
        <source>--output must end in .pdf or .odt: %1</source>
        <translation>--output 的扩展名必须是 .pdf 或 .odt：%1</translation>
    </message>
    <message>
        <source>--years must be a year (2026) or a span of at most ten years (2024-2026).</source>
        <translation>--years 必须是一个年份（2026）或不超过十年的年度区间（2024-2026）。</translation>
    </message>
    <message>
        <source>--member is required: a candidate&apos;s ID number.</source>
        <translation>--member 为必填项：人选的身份证号。</translation>
    </message>
    <message>
        <source>Pledge rules (pledge_rules) updated.</source>
        <translation>承诺践诺积分规则（pledge_rules）已更新。</translation>
    </message>
    <message>
        <source>Written in part: %1 rows written, %2 skipped.</source>
        <translation>部分写入：写入 %1 行，跳过 %2 行。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要做的操作。</translation>
    </message>
    <message>
        <source>reverse: the branch entry&apos;s id.</source>
        <translation>reverse：支部加减分记录的编号。</translation>
    </message>
    <message>
        <source>add: the 党支部 (required).</source>
        <translation>add：党支部（必填）。</translation>
    </message>
    <message>
        <source>add: the branch rule&apos;s code (required).</source>
        <translation>add：支部规则编码（必填）。</translation>
    </message>
    <message>
        <source>add: the date (required).</source>
        <translation>add：日期（必填）。</translation>
    </message>
    <message>
        <source>add: how many units, a whole number of at least 1 (default 1).</source>
        <translation>add：数量，不小于 1 的整数（默认 1）。</translation>
    </message>
    <message>
        <source>add: a note.</source>
        <translation>add：备注。</translation>
    </message>
    <message>
        <source>reverse: why (required).</source>
        <translation>reverse：理由（必填）。</translation>
    </message>
    <message>
        <source>list: entries dated in one year.</source>
        <translation>list：某一年的记录。</translation>
    </message>
    <message>
        <source>list: text (default), csv or json.</source>
        <translation>list：text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Record, reverse or list branch points (支部加减分) by the branch rules.</source>
        <translation>按支部规则记录、冲正或列出支部加减分。</translation>
    </message>
    <message>
        <source>The branch entry&apos;s id is missing.</source>
        <translation>缺少支部加减分记录的编号。</translation>
    </message>
    <message>
        <source>Branch entry %1 reversed (reversal %2).</source>
        <translation>支部加减分记录 %1 已冲正（冲正记录 %2）。</translation>
    </message>
    <message>
        <source>Unknown action %1: add, reverse or list.</source>
        <translation>未知操作 %1：应为 add、reverse 或 list。</translation>
    </message>
    <message>
        <source>reversed: %1</source>
        <translation>已冲正：%1</translation>
    </message>
    <message>
        <source>The year evaluated (required).</source>
        <translation>考评年度（必填）。</translation>
    </message>
    <message>
        <source>Only the branches below one committee or general branch.</source>
        <translation>只考评某个机关党委或党总支下的支部。</translation>
    </message>
    <message>
        <source>The yearly branch evaluation (支部评星定级): figures, components, score, rank, tier, and each branch award&apos;s verdict with the conditions failed.</source>
        <translation>年度支部评星定级：各项指标、分项得分、总分、名次、星级，以及每项支部奖项的评定结果和未满足的条件。</translation>
    </message>
    <message>
        <source>--year is required.</source>
        <translation>--year 为必填项。</translation>
    </message>
    <message>
        <source>Participation %</source>
        <translation>参与率 %</translation>
    </message>
    <message>
        <source>Meeting rate %</source>
        <translation>会议完成率 %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>出席率 %</translation>
    </message>
    <message>
        <source>Member points</source>
        <translation>党员积分</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Branch rules</source>
        <translation>支部加减分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Previous tier</source>
        <translation>上年星级</translation>
    </message>
    <message>
        <source>Vetoed</source>
        <translation>否决</translation>
    </message>
    <message>
        <source> (tie at the share limit)</source>
        <translation>（比例上限处并列）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Columns 支部,会议类型,日期,主题,出席,请假,缺席: one meeting a row, the type by code or name, the lists ID numbers separated by ; ； 、 or spaces; UTF-8 with or without BOM, or GB18030.</source>
        <translation>列：支部,会议类型,日期,主题,出席,请假,缺席；每行一次会议，会议类型填编码或名称，名单为身份证号，以 ; ； 、 或空格分隔；UTF-8（带或不带 BOM）或 GB18030。</translation>
    </message>
    <message>
        <source>Record the good rows and skip the rows with errors.</source>
        <translation>录入无误的行，跳过有错误的行。</translation>
    </message>
    <message>
        <source>Record meetings from a CSV file, in file order, with their members&apos; entries. Without --skip-invalid, any error means nothing is written.</source>
        <translation>从 CSV 文件按顺序录入会议及参会党员的积分记录。不加 --skip-invalid 时，有任何错误都不写入。</translation>
    </message>
    <message>
        <source>Dry run: %1 meetings would be recorded; nothing was written.</source>
        <translation>试运行：将录入 %1 次会议；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 meetings recorded.</source>
        <translation>已录入 %1 次会议。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The meeting&apos;s id (cancel, mark).</source>
        <translation>会议编号（cancel、mark）。</translation>
    </message>
    <message>
        <source>add: the branch (required).</source>
        <translation>add：支部（必填）。</translation>
    </message>
    <message>
        <source>add: the meeting type, by code or name (required).</source>
        <translation>add：会议类型，编码或名称（必填）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>add: the topic.</source>
        <translation>add：主题。</translation>
    </message>
    <message>
        <source>add: ID numbers of those present.</source>
        <translation>add：出席人员的身份证号。</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>身份证号列表</translation>
    </message>
    <message>
        <source>add: ID numbers of those excused.</source>
        <translation>add：请假人员的身份证号。</translation>
    </message>
    <message>
        <source>add: ID numbers of those absent without leave.</source>
        <translation>add：无故缺席人员的身份证号。</translation>
    </message>
    <message>
        <source>cancel: why (required).</source>
        <translation>cancel：理由（必填）。</translation>
    </message>
    <message>
        <source>mark: the member&apos;s ID number.</source>
        <translation>mark：党员身份证号。</translation>
    </message>
    <message>
        <source>mark: present, excused or absent.</source>
        <translation>mark：present（出席）、excused（请假）或 absent（缺席）。</translation>
    </message>
    <message>
        <source>Record a meeting with its attendance (writing its members&apos; entries), cancel one with a reason (reversing them), or change one member&apos;s attendance.</source>
        <translation>录入会议及出席情况（同时写入参会党员的积分记录），注明理由撤销会议（冲正这些记录），或更改某个党员的出席情况。</translation>
    </message>
    <message>
        <source>No meeting type has the code or name %1.</source>
        <translation>没有编码或名称为 %1 的会议类型。</translation>
    </message>
    <message>
        <source>Unknown action %1: add, cancel or mark.</source>
        <translation>未知操作 %1：应为 add、cancel 或 mark。</translation>
    </message>
    <message>
        <source>The meeting&apos;s id is missing.</source>
        <translation>缺少会议编号。</translation>
    </message>
    <message>
        <source>Not a meeting id: %1</source>
        <translation>不是会议编号：%1</translation>
    </message>
    <message>
        <source>Meeting %1 cancelled.</source>
        <translation>会议 %1 已撤销。</translation>
    </message>
    <message>
        <source>--as must be present, excused or absent.</source>
        <translation>--as 必须是 present、excused 或 absent。</translation>
    </message>
    <message>
        <source>--member takes one ID number.</source>
        <translation>--member 只能填一个身份证号。</translation>
    </message>
    <message>
        <source>Meeting %1: attendance changed.</source>
        <translation>会议 %1：出席情况已更改。</translation>
    </message>
    <message>
        <source>Meetings dated in one year.</source>
        <translation>某一年的会议。</translation>
    </message>
    <message>
        <source>One branch&apos;s meetings.</source>
        <translation>某个支部的会议。</translation>
    </message>
    <message>
        <source>List meetings with their attendance.</source>
        <translation>列出会议及出席情况。</translation>
    </message>
    <message>
        <source>Meetings shown with full ID numbers</source>
        <translation>显示完整身份证号的会议列表</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Meeting types and branch rules kept because meetings or branch entries use them: %1</source>
        <translation>因已有会议或支部加减分记录使用而保留的会议类型和支部规则：%1</translation>
    </message>
    <message>
        <source>Meeting types, branch rules, branch evaluation, tiers or branch awards updated.</source>
        <translation>会议类型、支部规则、支部考评、星级或支部奖项已更新。</translation>
    </message>
    <message>
        <source>eligibility, branches, member, participation, categories or tiers</source>
        <translation>eligibility（资格分布）、branches（支部对比）、member（个人轨迹）、participation（参与率）、categories（分类积分）或 tiers（星级对比）</translation>
    </message>
    <message>
        <source>Draw a chart of the year to PNG or PDF: the eligibility map, branches side by side, a member&apos;s path, participation by month, points by category, or the Party branches per tier against the year before (支部评星定级).</source>
        <translation>将年度图表绘制为 PNG 或 PDF：评选资格分布、各支部对比、个人积分轨迹、各月参与率、分类积分，或各星级党支部数与上年对比（支部评星定级）。</translation>
    </message>
    <message>
        <source>branches: only the branches below one committee or general branch.</source>
        <translation>branches：只含某个党委或党总支下属的党支部。</translation>
    </message>
    <message>
        <source>eligibility, member, branches: the year.</source>
        <translation>eligibility、member、branches：年度。</translation>
    </message>
    <message>
        <source>ranking, eligibility, member, opinion or branches</source>
        <translation>ranking、eligibility、member、opinion 或 branches</translation>
    </message>
    <message>
        <source>Print a report to PDF, or write its tables to CSV or .xlsx: the ranking of a period, the commendation list of a year, one member&apos;s statement, or the Party branch&apos;s opinion on candidates (党支部意见表, .pdf or .odt; recorded as issued), or the branch evaluation of a year (支部评星定级 and the branch awards&apos; lists with reasons). ID numbers are always masked.</source>
        <translation>将报表打印为 PDF，或将其表格写为 CSV 或 .xlsx：某期积分排名、某年度评先评优名单、党员个人积分档案、对人选的党支部意见表（.pdf 或 .odt；出具情况予以记录），或某年度支部评星定级结果（含红旗党支部等奖项名单及原因）。身份证号一律脱敏。</translation>
    </message>
    <message>
        <source>Unknown report %1: ranking, eligibility, member, opinion or branches.</source>
        <translation>未知报表 %1：应为 ranking、eligibility、member、opinion 或 branches。</translation>
    </message>
    <message>
        <source>tiers: only the branches below one committee or general branch.</source>
        <translation>tiers：只含某个党委或党总支下属的党支部。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>show the audit log</source>
        <translation>显示操作日志</translation>
    </message>
    <message>
        <source>write a copy of the ledger, or list automatic backups</source>
        <translation>写出台账副本，或列出自动备份</translation>
    </message>
    <message>
        <source>restore the ledger from a verified backup</source>
        <translation>从已校验的备份恢复台账</translation>
    </message>
    <message>
        <source>add a member to the roster</source>
        <translation>向党员名册添加党员</translation>
    </message>
    <message>
        <source>export the roster as CSV or JSON</source>
        <translation>导出党员名册（CSV 或 JSON）</translation>
    </message>
    <message>
        <source>manage operators and their roles</source>
        <translation>管理操作员及其角色</translation>
    </message>
    <message>
        <source>review pending entries (审核)</source>
        <translation>审核待批的积分记录</translation>
    </message>
    <message>
        <source>create or upgrade the database, load the default rule set</source>
        <translation>创建或升级数据库，载入默认积分规则</translation>
    </message>
    <message>
        <source>import a jifen-rules/1 rule-set file</source>
        <translation>导入 jifen-rules/1 积分规则文件</translation>
    </message>
    <message>
        <source>print the rule set as a jifen-rules/1 file</source>
        <translation>以 jifen-rules/1 格式输出积分规则</translation>
    </message>
    <message>
        <source>check the ledger against its hash-chained audit log</source>
        <translation>对照哈希链操作日志校验台账</translation>
    </message>
    <message>
        <source>record points for a member by a rule</source>
        <translation>按积分规则为党员记分</translation>
    </message>
    <message>
        <source>reverse an entry, with a reason</source>
        <translation>冲正一条记录并说明原因</translation>
    </message>
    <message>
        <source>list entries with raw points and contributions</source>
        <translation>列出积分记录及原始分值和计入分值</translation>
    </message>
    <message>
        <source>import points entries from a CSV file</source>
        <translation>从 CSV 文件导入积分记录</translation>
    </message>
    <message>
        <source>rank members on a month, quarter or year</source>
        <translation>按月、季度或年度对党员积分排名</translation>
    </message>
    <message>
        <source>award eligibility for a year, with reasons</source>
        <translation>年度评先评优资格及原因</translation>
    </message>
    <message>
        <source>branch summary: members, points, participation</source>
        <translation>支部汇总：人数、积分、参与率</translation>
    </message>
    <message>
        <source>load a demonstration organisation</source>
        <translation>载入演示组织</translation>
    </message>
    <message>
        <source>import a roster (CSV or tab-separated text) by ID number</source>
        <translation>按身份证号导入党员名册（CSV 或制表符分隔的文本）</translation>
    </message>
    <message>
        <source>copy a whole ledger between a file and a server</source>
        <translation>在文件与服务器之间复制整个台账</translation>
    </message>
    <message>
        <source>record a member&apos;s pledge (承诺) or review it (评诺)</source>
        <translation>记录党员承诺或评诺</translation>
    </message>
    <message>
        <source>list pledges with their reviews</source>
        <translation>列出承诺及评诺结果</translation>
    </message>
    <message>
        <source>mark a member 转出, 去世 or 在册 again, from a date</source>
        <translation>自某日起将党员标为转出、去世或重新在册</translation>
    </message>
    <message>
        <source>move a member to another branch from a date</source>
        <translation>自某日起将党员转到其他支部</translation>
    </message>
    <message>
        <source>record, reverse or list branch points</source>
        <translation>记录、冲正或列出支部加减分</translation>
    </message>
    <message>
        <source>evaluate the branches of a year: score, tier, awards</source>
        <translation>年度支部考评：得分、星级、奖项</translation>
    </message>
    <message>
        <source>record meetings from a CSV file</source>
        <translation>从 CSV 文件录入会议</translation>
    </message>
    <message>
        <source>record, cancel or change the attendance of a meeting</source>
        <translation>录入、撤销会议或更改出席情况</translation>
    </message>
    <message>
        <source>list meetings with their attendance</source>
        <translation>列出会议及出席情况</translation>
    </message>
    <message>
        <source>draw a chart of points, eligibility or branch tiers to PNG or PDF</source>
        <translation>绘制积分、评先评优资格或支部星级图表（PNG 或 PDF）</translation>
    </message>
    <message>
        <source>print a ranking, commendation list, member statement or branch evaluation</source>
        <translation>打印积分排名、评先评优名单、个人积分档案或支部评星定级结果</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>CSV 读取程序无法启动。</translation>
    </message>
    <message>
        <source>The file could not be read past this row: %1.</source>
        <translation>文件读到此行后无法继续读取：%1。</translation>
    </message>
    <message>
        <source>A quotation mark opened in column %1 of this row is never closed, so everything after it up to the end of the file was read into one cell. Remove the stray quotation mark or close it.</source>
        <translation>此行第 %1 列有一个引号没有闭合，导致其后直到文件末尾的内容都被读进了同一个单元格。请删除多余的引号或补全另一半。</translation>
    </message>
    <message>
        <source>Some bytes of this file are not valid %1 and are shown as “�”. If names look garbled, choose another encoding.</source>
        <translation>文件中有些字节不是有效的 %1 编码，显示为“�”。如果姓名显示为乱码，请换一种编码。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is larger than 4 GB, more than Jifen reads at once. Split it into smaller files.</source>
        <translation>文件超过 4 GB，超出积分软件一次能读取的大小。请把它拆成几个较小的文件。</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: permission denied.</source>
        <translation>无法读取数据库文件 %1：没有权限。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Jifen database.</source>
        <translation>%1 不是积分软件的数据库。</translation>
    </message>
    <message>
        <source>The database is in use by another Jifen window or process; please try again in a moment.</source>
        <translation>数据库正被另一个积分软件窗口或进程使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was changed. Check the file&apos;s permissions.</source>
        <translation>数据库文件为只读，未作任何改动。请检查文件权限。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满，未作任何改动。请释放空间后重试。</translation>
    </message>
    <message>
        <source>Writing the database file failed — the disk may be full or the drive removed; nothing was changed. (%1)</source>
        <translation>写入数据库文件失败——磁盘可能已满或驱动器已移除；未作任何改动。（%1）</translation>
    </message>
    <message>
        <source>The database file cannot be read or written: %1</source>
        <translation>无法读写数据库文件：%1</translation>
    </message>
    <message>
        <source>The change breaks a rule of the ledger: %1</source>
        <translation>此改动违反台账规则：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jifen (schema %1); please update Jifen.</source>
        <translation>此数据库由较新版本的积分软件写入（结构版本 %1），请升级软件。</translation>
    </message>
    <message>
        <source>The ledger is in use by another Jifen window or process; please try again in a moment.</source>
        <translation>台账正被另一个积分窗口或进程使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The server does not allow this account to make the change; nothing was changed. (%1)</source>
        <translation>服务器不允许此账户进行该修改，未做任何更改。（%1）</translation>
    </message>
    <message>
        <source>The ledger server is read-only; nothing was changed. (%1)</source>
        <translation>台账服务器为只读，未做任何更改。（%1）</translation>
    </message>
    <message>
        <source>The ledger server is out of disk space or memory; nothing was changed. (%1)</source>
        <translation>台账服务器磁盘空间或内存不足，未做任何更改。（%1）</translation>
    </message>
    <message>
        <source>The connection to the ledger server was lost; nothing was changed. (%1)</source>
        <translation>与台账服务器的连接已断开，未做任何更改。（%1）</translation>
    </message>
    <message>
        <source>%1 is not a server address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 不是服务器地址，请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the ledger server %1: %2</source>
        <translation>无法连接台账服务器 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>This is not a date in a form the program reads. Write it as 2019-07-01, 2019/7/1, 2019.7.1, 20190701 or 2019年7月1日.</source>
        <translation>无法识别的日期格式。请写成 2019-07-01、2019/7/1、2019.7.1、20190701 或 2019年7月1日。</translation>
    </message>
    <message>
        <source>This day does not exist in the calendar.</source>
        <translation>日历上没有这一天。</translation>
    </message>
    <message>
        <source>Only a year is given; write at least the month as well, for example 2019年7月.</source>
        <translation>只填了年份；请至少写到月份，例如 2019年7月。</translation>
    </message>
    <message>
        <source>The year has only two digits; write all four, for example 1989.07 instead of 89.07.</source>
        <translation>年份只有两位；请写全四位，例如写 1989.07 而不是 89.07。</translation>
    </message>
    <message>
        <source>Day and month could be read either way round; write the year first, for example 2019-07-01.</source>
        <translation>日和月可能颠倒，无法确定；请把年份写在前面，例如 2019-07-01。</translation>
    </message>
    <message>
        <source>Dates before 1900 are not accepted; please check the year.</source>
        <translation>不接受 1900 年以前的日期；请检查年份。</translation>
    </message>
</context>
<context>
    <name>EligibilityReport</name>
    <message>
        <source>%1 commendation list %2</source>
        <comment>organisation, year</comment>
        <translation>%1%2年度评先评优名单</translation>
    </message>
    <message>
        <source>Rank in branch</source>
        <translation>支部排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>%1: eligible</source>
        <translation>%1：符合条件</translation>
    </message>
    <message>
        <source>Nobody is eligible.</source>
        <translation>无人符合条件。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>年度积分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: near the line</source>
        <translation>%1：接近条件</translation>
    </message>
    <message>
        <source>Nobody is near the line.</source>
        <translation>无接近条件人员。</translation>
    </message>
    <message>
        <source>Why not eligible</source>
        <translation>不符合的原因</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Year %1 totals    Prepared on %2</source>
        <translation>统计年度：%1年&#x3000;&#x3000;制表日期：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>评选条件：%1</translation>
    </message>
    <message>
        <source>Eligible: %1 of %2 members.</source>
        <translation>符合条件：%1人（共 %2 名党员）。</translation>
    </message>
    <message>
        <source>Near the line (within %1% of a threshold): %2 members.</source>
        <translation>接近条件（与条件相差不超过%1%）：%2人。</translation>
    </message>
    <message>
        <source>Near the line: not eligible, and every condition missed is missed by at most %1% (points, rank, active months) or is only the quota. Probationary and vetoed members are never near the line.</source>
        <translation>接近条件：不符合条件，但所差的每一项（积分、排名、活跃月数）均不超过%1%，或仅因名额所限。预备党员和受一票否决者不列入接近条件。</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Reverse entry: %1</source>
        <translation>冲正积分记录：%1</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该积分记录已不存在。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .odt, .csv or .xlsx.</source>
        <translation>请选择扩展名为 .pdf、.odt、.csv 或 .xlsx 的文件。</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文档 (*.odt)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Jifen</source>
        <translation>欢迎使用积分</translation>
    </message>
    <message>
        <source>Your name, as it will stand beside every change you make:</source>
        <translation>您的姓名（将记录在您所做的每项改动旁）：</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Organ committee</source>
        <translation>机关党委</translation>
    </message>
    <message>
        <source>General branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>Excel turned this ID number into a number in scientific notation, so its digits are lost. Format the column as Text in Excel, re-enter the numbers and export again.</source>
        <translation>Excel 已将此身份证号转换为科学计数法数字，号码位数已丢失。请在 Excel 中将该列设置为“文本”格式，重新录入号码后再导出。</translation>
    </message>
    <message>
        <source>The last digits of this ID number were rounded to 000 by Excel. Format the column as Text in Excel, re-enter the numbers and export again.</source>
        <translation>此身份证号的末几位被 Excel 舍入为 000。请在 Excel 中将该列设置为“文本”格式，重新录入号码后再导出。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for old numbers).</source>
        <translation>身份证号应为 18 位（旧号码为 15 位）。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号应为 17 位数字加一位数字或 X。</translation>
    </message>
    <message>
        <source>The check digit (last character) of this ID number is wrong; please check for a typing error.</source>
        <translation>此身份证号的校验码（最后一位）不正确，请检查是否录入有误。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number (its 7th to 14th digits) is not a real date, or is before 1900.</source>
        <translation>身份证号中的出生日期（第 7 至 14 位）不是真实存在的日期，或早于 1900 年。</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>row %1, column “%2”</source>
        <translation>第 %1 行“%2”列</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: missing.</source>
        <translation>%1：缺失。</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1：必须是文字。</translation>
    </message>
    <message>
        <source>%1: must be a number with at most two decimal places.</source>
        <translation>%1：必须是最多两位小数的数字。</translation>
    </message>
    <message>
        <source>%1: must be more than 0.</source>
        <translation>%1：必须大于 0。</translation>
    </message>
    <message>
        <source>%1: must be a number from %2 to %3 with at most two decimal places.</source>
        <translation>%1：必须是 %2 到 %3 之间、最多两位小数的数。</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1：必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1: must be true or false.</source>
        <translation>%1：必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1: must be a list.</source>
        <translation>%1：必须是列表。</translation>
    </message>
    <message>
        <source>%1: must be an object.</source>
        <translation>%1：必须是对象。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>This ledger has operators: sign in with your operator name and password.</source>
        <translation>此台账已设操作员：请用操作员姓名和密码登录。</translation>
    </message>
    <message>
        <source>Setting %1 changed</source>
        <translation>设置 %1 已修改</translation>
    </message>
    <message>
        <source>A branch needs a name.</source>
        <translation>支部需要名称。</translation>
    </message>
    <message>
        <source>A branch named %1 already exists.</source>
        <translation>名为 %1 的支部已存在。</translation>
    </message>
    <message>
        <source>Branch %1 created</source>
        <translation>已创建支部 %1</translation>
    </message>
    <message>
        <source>Member %1 needs a branch.</source>
        <translation>党员 %1 需要所在支部。</translation>
    </message>
    <message>
        <source>A member with ID number %1 already exists.</source>
        <translation>身份证号为 %1 的党员已存在。</translation>
    </message>
    <message>
        <source>Member %1 added</source>
        <translation>已添加党员 %1</translation>
    </message>
    <message>
        <source>No member with id %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>Member %1 changed: %2</source>
        <translation>党员 %1 已修改：%2</translation>
    </message>
    <message>
        <source>A rule needs a code.</source>
        <translation>规则需要编码。</translation>
    </message>
    <message>
        <source>Rule %1 needs a name.</source>
        <translation>规则 %1 需要名称。</translation>
    </message>
    <message>
        <source>Rule %1: points per unit must not be zero.</source>
        <translation>规则 %1：每次分值不能为零。</translation>
    </message>
    <message>
        <source>Rule %1: a cap must be a positive number of points.</source>
        <translation>规则 %1：封顶值必须为正数。</translation>
    </message>
    <message>
        <source>Rule %1 created</source>
        <translation>已创建规则 %1</translation>
    </message>
    <message>
        <source>Rule %1 changed from %2</source>
        <translation>规则 %1 自 %2 起修改</translation>
    </message>
    <message>
        <source>Rule %1 added</source>
        <translation>已添加规则 %1</translation>
    </message>
    <message>
        <source>An award needs a code and a name.</source>
        <translation>奖项需要编码和名称。</translation>
    </message>
    <message>
        <source>Award code %1 appears twice.</source>
        <translation>奖项编码 %1 重复。</translation>
    </message>
    <message>
        <source>Award %1: top_percent must be more than 0 and at most 100.</source>
        <translation>奖项 %1：top_percent 须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Award %1: the quota must be a positive number.</source>
        <translation>奖项 %1：名额须为正数。</translation>
    </message>
    <message>
        <source>Award %1: min_active_months must be between 0 and 12.</source>
        <translation>奖项 %1：min_active_months 须在 0 到 12 之间。</translation>
    </message>
    <message>
        <source>Awards changed</source>
        <translation>奖项已修改</translation>
    </message>
    <message>
        <source>A grade band needs a name.</source>
        <translation>等级需要名称。</translation>
    </message>
    <message>
        <source>Grade bands must be listed from the highest minimum to the lowest (%1).</source>
        <translation>等级须按最低分由高到低排列（%1）。</translation>
    </message>
    <message>
        <source>Grade bands changed</source>
        <translation>等级已修改</translation>
    </message>
    <message>
        <source>Rule %1 has no values.</source>
        <translation>规则 %1 没有数值。</translation>
    </message>
    <message>
        <source>Rule code %1 appears twice.</source>
        <translation>规则编码 %1 重复。</translation>
    </message>
    <message>
        <source>Rule %1 removed</source>
        <translation>已删除规则 %1</translation>
    </message>
    <message>
        <source>No rule with id %1.</source>
        <translation>没有编号为 %1 的规则。</translation>
    </message>
    <message>
        <source>The entry needs a valid date.</source>
        <translation>积分记录需要有效日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before %2 joined the Party (%3).</source>
        <translation>日期 %1 早于 %2 的入党时间（%3）。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>数量须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>%1: %2 × %3 on %4</source>
        <translation>%1：%2 × %3，%4</translation>
    </message>
    <message>
        <source>No entry with id %1.</source>
        <translation>没有编号为 %1 的积分记录。</translation>
    </message>
    <message>
        <source>Entry %1 has already been reversed (%2).</source>
        <translation>积分记录 %1 已被冲正（%2）。</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>冲正需要填写理由。</translation>
    </message>
    <message>
        <source>Entry %1 reversed: %2</source>
        <translation>积分记录 %1 已冲正：%2</translation>
    </message>
    <message>
        <source>Entry %1 is not waiting for review.</source>
        <translation>积分记录 %1 不在待审核状态。</translation>
    </message>
    <message>
        <source>Entry %1 was entered by %2: a second person must review it.</source>
        <translation>积分记录 %1 由 %2 录入：须由另一人审核。</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>退回需要填写理由。</translation>
    </message>
    <message>
        <source>Entry %1 approved</source>
        <translation>积分记录 %1 已批准</translation>
    </message>
    <message>
        <source>Entry %1 rejected: %2</source>
        <translation>积分记录 %1 已退回：%2</translation>
    </message>
    <message>
        <source>No branch with id %1.</source>
        <translation>没有编号为 %1 的支部。</translation>
    </message>
    <message>
        <source>Branch %1 removed</source>
        <translation>已删除支部 %1</translation>
    </message>
    <message>
        <source>A member with id %1 already exists.</source>
        <translation>编号为 %1 的党员已存在。</translation>
    </message>
    <message>
        <source>Member %1 has points entries and cannot be removed; mark the member 转出 instead.</source>
        <translation>党员 %1 已有积分记录，不能删除；请改为标记“转出”。</translation>
    </message>
    <message>
        <source>Member %1 removed</source>
        <translation>已删除党员 %1</translation>
    </message>
    <message>
        <source>No rule with code %1.</source>
        <translation>没有编码为 %1 的规则。</translation>
    </message>
    <message>
        <source>Rule %1 has no change from %2.</source>
        <translation>规则 %1 自 %2 起没有修改。</translation>
    </message>
    <message>
        <source>Rule %1 is used by entries and cannot be removed.</source>
        <translation>规则 %1 已被积分记录使用，不能删除。</translation>
    </message>
    <message>
        <source>Change of rule %1 from %2 taken back</source>
        <translation>已撤回规则 %1 自 %2 起的修改</translation>
    </message>
    <message>
        <source>Change of rule %1 from %2 replaced</source>
        <translation>已替换规则 %1 自 %2 起的修改</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>join date</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>full-member date</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The date %1 is after %2 left the roster (%3 on %4).</source>
        <translation>日期 %1 晚于 %2 离开名册的日期（%4 %3）。</translation>
    </message>
    <message>
        <source>Entry %1 was reversed, so there is nothing to review.</source>
        <translation>记录 %1 已冲正，无需审核。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name cannot be empty.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation>党员 %1：%2</translation>
    </message>
    <message>
        <source>Rule %1 replaced by the imported rule set</source>
        <translation>规则 %1 已由导入的积分规则替换</translation>
    </message>
    <message>
        <source>pledge_rules.%1: no rule with code %2.</source>
        <translation>pledge_rules.%1：没有编码为 %2 的积分规则。</translation>
    </message>
    <message>
        <source>A branch with members, branches below it or a roster history cannot be removed.</source>
        <translation>有党员、下级支部或名册变动记录的支部不能删除。</translation>
    </message>
    <message>
        <source>Member %1 has a roster history and cannot be removed.</source>
        <translation>党员 %1 有名册变动记录，不能删除。</translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>LedgerCopy</name>
    <message>
        <source>The two ledgers have different schema versions (%1 and %2); open both with this version of Jifen first.</source>
        <translation>两个台账的结构版本不同（%1 和 %2），请先用本版积分分别打开两者。</translation>
    </message>
    <message>
        <source>%1 is not empty: a ledger is copied only into a new one, so that nothing in it is lost.</source>
        <translation>%1 不是空的：台账只能复制到新台账中，以免丢失其中的数据。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>复制已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The table %1 could not be copied whole (%2 rows of %3); nothing was written.</source>
        <translation>表 %1 未能完整复制（%3 行中的 %2 行），未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>LedgerSchema</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>The ledger&apos;s schema could not be compared with Jifen&apos;s: %1</source>
        <translation>无法将台账的数据库结构与积分软件的结构比对：%1</translation>
    </message>
    <message>
        <source>The %1 of the ledger&apos;s schema is missing: it was dropped outside Jifen.</source>
        <translation>台账数据库结构中缺少%1：曾在积分软件之外被删除。</translation>
    </message>
    <message>
        <source>The %1 of the ledger&apos;s schema differs from the one Jifen creates: it was changed outside Jifen.</source>
        <translation>台账数据库结构中的%1与积分软件所建不符：曾在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>The ledger&apos;s schema has a %1 that Jifen does not create: it was added outside Jifen.</source>
        <translation>台账数据库结构中有积分软件不会建立的%1：曾在积分软件之外被添加。</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record was removed, inserted or reordered.</source>
        <translation>日志记录 %1 与前一条记录衔接不上：有记录被删除、插入或调换了顺序。</translation>
    </message>
    <message>
        <source>Audit record %1 (%2, %3) was changed after it was written: its hash does not match its content.</source>
        <translation>日志记录 %1（%2，%3）写入后被改动：其哈希值与内容不符。</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no audit record: it was added outside Jifen.</source>
        <translation>%2 表第 %1 行没有日志记录：是在积分软件之外添加的。</translation>
    </message>
    <message>
        <source>Row %1 of %2 was removed by audit record %3 but is present again.</source>
        <translation>%2 表第 %1 行已由日志记录 %3 删除，却又出现了。</translation>
    </message>
    <message>
        <source>Row %1 of %2 differs from its audit record %3 (changed outside Jifen): %4</source>
        <translation>%2 表第 %1 行与其日志记录 %3 不符（在积分软件之外被改动）：%4</translation>
    </message>
    <message>
        <source>Row %1 of %2, recorded by audit record %3, is missing: it was deleted outside Jifen.</source>
        <translation>%2 表第 %1 行（日志记录 %3 所记）缺失：是在积分软件之外被删除的。</translation>
    </message>
    <message>
        <source>The awards differ from their last audit record: they were changed outside Jifen.</source>
        <translation>奖项与最近一条日志记录不符：在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>The grade bands differ from their last audit record: they were changed outside Jifen.</source>
        <translation>等级与最近一条日志记录不符：在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>Setting %1 differs from its last audit record: it was changed outside Jifen.</source>
        <translation>设置 %1 与最近一条日志记录不符：在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>Setting %1 is missing: it was deleted outside Jifen.</source>
        <translation>设置 %1 缺失：是在积分软件之外被删除的。</translation>
    </message>
    <message>
        <source>The awards are not stored as Jifen writes them: their table was changed outside Jifen.</source>
        <translation>奖项的存储值与积分软件写入的不符：该表曾在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>The grade bands are not stored as Jifen writes them: their table was changed outside Jifen.</source>
        <translation>等级的存储值与积分软件写入的不符：该表曾在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>The search keys of member %1 (name initials, pinyin, sort key, reversed numbers) differ from the member&apos;s name and numbers: they were changed outside Jifen.</source>
        <translation>党员 %1 的检索键（姓名首字母、拼音、排序键、倒序号码）与其姓名和号码不符：曾在积分软件之外被改动。</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Change attendance at meeting %1</source>
        <translation>更改会议 %1 的出席情况</translation>
    </message>
</context>
<context>
    <name>MeetingImport</name>
    <message>
        <source>The first row must name the columns %1.</source>
        <translation>第一行须为列名 %1。</translation>
    </message>
    <message>
        <source>The branch is missing.</source>
        <translation>缺少支部。</translation>
    </message>
    <message>
        <source>No branch is named %1.</source>
        <translation>没有名为 %1 的支部。</translation>
    </message>
    <message>
        <source>The meeting type is missing.</source>
        <translation>缺少会议类型。</translation>
    </message>
    <message>
        <source>No meeting type has the code or name %1.</source>
        <translation>没有编码或名称为 %1 的会议类型。</translation>
    </message>
    <message>
        <source>A meeting needs a day, not only a month.</source>
        <translation>会议日期须精确到日，不能只有月份。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No member has the ID number %1.</source>
        <translation>没有身份证号为 %1 的党员。</translation>
    </message>
    <message>
        <source>%1 (%2) is listed twice.</source>
        <translation>%1（%2）被列了两次。</translation>
    </message>
    <message>
        <source>%1 (%2) was not on the roster on %3.</source>
        <translation>%1（%2）在 %3 不在册。</translation>
    </message>
    <message>
        <source>Meetings import: %1 rows %2 to %3</source>
        <translation>会议导入：%1 第 %2 至 %3 条</translation>
    </message>
    <message>
        <source>%1 meetings imported from %2 (meetings %3 to %4)</source>
        <translation>从 %2 导入 %1 次会议（会议 %3 至 %4）</translation>
    </message>
    <message>
        <source>Row %1 names a branch, meeting type or member that was removed after the file was checked; nothing was imported. Check the file again.</source>
        <translation>第 %1 行所列的支部、会议类型或党员在文件检查之后已被删除，未导入任何会议。请重新检查文件。</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>No meeting type with code %1.</source>
        <translation>没有编码为 %1 的会议类型。</translation>
    </message>
    <message>
        <source>Meeting type %1 names rule %2, which the rule set does not have.</source>
        <translation>会议类型 %1 引用的规则 %2 不在积分细则中。</translation>
    </message>
    <message>
        <source>No member with id %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>%1 was not on the roster on %2: joined the Party on %3.</source>
        <translation>%1 在 %2 不在册：入党时间为 %3。</translation>
    </message>
    <message>
        <source>%1 was not on the roster on %2: %3 on %4.</source>
        <translation>%1 在 %2 不在册：已于 %4 %3。</translation>
    </message>
    <message>
        <source>Meeting %1: %2, %3</source>
        <translation>会议 %1：%2，%3</translation>
    </message>
    <message>
        <source>No branch with id %1.</source>
        <translation>没有编号为 %1 的支部。</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>会议需要有效日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 被列了两次。</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1：%3 %2</translation>
    </message>
    <message>
        <source>Attendance of meeting %1: %2 listed</source>
        <translation>会议 %1 的出席名单：共 %2 人</translation>
    </message>
    <message>
        <source>No meeting with id %1.</source>
        <translation>没有编号为 %1 的会议。</translation>
    </message>
    <message>
        <source>Meeting %1 has already been cancelled (%2).</source>
        <translation>会议 %1 已撤销（%2）。</translation>
    </message>
    <message>
        <source>Cancelling a meeting needs a reason.</source>
        <translation>撤销会议需要填写理由。</translation>
    </message>
    <message>
        <source>Meeting %1 cancelled: %2</source>
        <translation>会议 %1 已撤销：%2</translation>
    </message>
    <message>
        <source>Meeting %1 was cancelled: its attendance cannot change.</source>
        <translation>会议 %1 已撤销，出席情况不能更改。</translation>
    </message>
    <message>
        <source>%1 is already marked %2 at meeting %3.</source>
        <translation>%1 在会议 %3 中已标记为%2。</translation>
    </message>
    <message>
        <source>Attendance at meeting %1 changed to %2</source>
        <translation>会议 %1 的出席情况改为%2</translation>
    </message>
    <message>
        <source>Meeting %1: %2 marked %3</source>
        <translation>会议 %1：%2 标记为%3</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Add member %1</source>
        <translation>添加党员 %1</translation>
    </message>
    <message>
        <source>Add branch %1</source>
        <translation>新建支部 %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>学历(&amp;E)：</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>所在支部(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Joined the Party:</source>
        <translation>入党时间(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Full member since:</source>
        <translation>转正时间(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>人员类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>The ID number %1 appears twice in the file.</source>
        <translation>身份证号 %1 在文件中出现了两次。</translation>
    </message>
    <message numerus="yes">
        <source>Roster import: %n member(s) added</source>
        <translation>
            <numerusform>导入党员名册：新增 %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roster import from %1: %n member(s) added</source>
        <translation>
            <numerusform>从 %1 导入党员名册：新增 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>MemberPath</name>
    <message>
        <source>%1 has no points threshold; at this pace %2 ends the year with %3 points.</source>
        <translation>“%1”未设积分线；按目前进度，%2全年可得 %3分。</translation>
    </message>
    <message>
        <source>%1 reached the %2 line (%3 points) in %4.</source>
        <translation>%1已于%4达到“%2”积分线（%3分）。</translation>
    </message>
    <message>
        <source>On track for %1 by %2 (%3 points at this pace).</source>
        <translation>按目前进度，预计%2达到“%1”积分线（%3分）。</translation>
    </message>
    <message>
        <source>Not on track for %1: at this pace %2 of %3 points by December.</source>
        <translation>按目前进度，年底可得 %2分，达不到“%1”积分线（%3分）。</translation>
    </message>
</context>
<context>
    <name>MemberStatement</name>
    <message>
        <source>Points record of %1, %2</source>
        <comment>member name, year</comment>
        <translation>%1 %2年度个人积分档案</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>reversed: %1</source>
        <translation>已冲正：%1</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>超出封顶，不计分</translation>
    </message>
    <message>
        <source>cut by the cap</source>
        <translation>封顶后计入</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>%1年无积分记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Base points</source>
        <translation>基础积分</translation>
    </message>
    <message>
        <source>Name: %1    ID number: %2    Branch: %3</source>
        <translation>姓名：%1&#x3000;&#x3000;身份证号：%2&#x3000;&#x3000;所在支部：%3</translation>
    </message>
    <message>
        <source>Category: %1    Joined the Party: %2</source>
        <translation>人员类别：%1&#x3000;&#x3000;入党时间：%2</translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation>月度积分</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>年度小结</translation>
    </message>
    <message>
        <source>Year total %1; active in %2 months; grade %3.</source>
        <translation>年度积分 %1分；活跃 %2个月；等级：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in the branch; rank %3 of %4 overall.</source>
        <translation>支部排名第 %1 名（共 %2 人）；全体排名第 %3 名（共 %4 人）。</translation>
    </message>
    <message>
        <source>Vetoed this year (一票否决).</source>
        <translation>本年度受一票否决。</translation>
    </message>
    <message>
        <source>eligible; %1</source>
        <translation>符合条件；%1</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>不符合条件：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>制表日期：%1</translation>
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write 男 or 女.</source>
        <translation>“%1”不是性别；请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>ID number %1: %2</source>
        <translation>身份证号 %1：%2</translation>
    </message>
    <message>
        <source>ID number %1 is not written in its standard form %2.</source>
        <translation>身份证号 %1 未按标准形式 %2 填写。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The branch is empty; every member belongs to a branch.</source>
        <translation>所在支部为空；每名党员都须属于一个支部。</translation>
    </message>
    <message>
        <source>The join date %1 is in the future.</source>
        <translation>入党时间 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The join date %1 is before the Party was founded (1921-07-01); please check the year.</source>
        <translation>入党时间 %1 早于建党日期（1921-07-01）；请检查年份。</translation>
    </message>
    <message>
        <source>The join date %1 is before the member&apos;s 18th birthday (%2); members join at 18 or later. Please check the join date and the birth date.</source>
        <translation>入党时间 %1 早于其年满十八周岁之日（%2）；入党须年满十八岁。请核对入党时间和出生日期。</translation>
    </message>
    <message>
        <source>The full-member date %1 is in the future.</source>
        <translation>转正时间 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The full-member date %1 is before the join date %2.</source>
        <translation>转正时间 %1 早于入党时间 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a category; write 正式党员 or 预备党员.</source>
        <translation>“%1”不是人员类别；请填写“正式党员”或“预备党员”。</translation>
    </message>
    <message>
        <source>The member is listed as probationary (预备党员) but has a full-member date %1. Please correct one of them.</source>
        <translation>人员类别为预备党员，但填有转正时间 %1。请更正其中之一。</translation>
    </message>
    <message>
        <source>“%1” is not a status; write 在册, 转出 or 去世.</source>
        <translation>“%1”不是状态；请填写“在册”“转出”或“去世”。</translation>
    </message>
    <message>
        <source>The status date %1 is in the future.</source>
        <translation>状态日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The member is marked %1: the date is needed.</source>
        <translation>该党员状态为“%1”：须填写日期。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another branch</source>
        <translation>调转支部</translation>
    </message>
    <message>
        <source>&amp;New branch:</source>
        <translation>调入支部(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The first operator must be an administrator.</source>
        <translation>第一个操作员必须是管理员。</translation>
    </message>
    <message>
        <source>Choose a role: administrator, clerk, reviewer or viewer.</source>
        <translation>请选择角色：管理员、党务干事、审核员或查看者。</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>操作员需要姓名。</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>名为 %1 的操作员已存在。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>无法生成密码哈希。</translation>
    </message>
    <message>
        <source>Operator %1 added as %2</source>
        <translation>已添加操作员 %1，角色为%2</translation>
    </message>
    <message>
        <source>No operator named %1.</source>
        <translation>没有名为 %1 的操作员。</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>已修改 %1 的密码</translation>
    </message>
    <message>
        <source>%1 is the last active administrator.</source>
        <translation>%1 是最后一个启用的管理员。</translation>
    </message>
    <message>
        <source>Operator %1 enabled</source>
        <translation>已启用操作员 %1</translation>
    </message>
    <message>
        <source>Operator %1 disabled</source>
        <translation>已停用操作员 %1</translation>
    </message>
    <message>
        <source>Wrong operator name or password.</source>
        <translation>操作员姓名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1: try again in %2 seconds.</source>
        <translation>%1 登录失败次数过多：请 %2 秒后再试。</translation>
    </message>
    <message>
        <source>Failed sign-in as %1</source>
        <translation>以 %1 身份登录失败</translation>
    </message>
    <message>
        <source>The operator %1 is disabled.</source>
        <translation>操作员 %1 已停用。</translation>
    </message>
</context>
<context>
    <name>OpinionLog</name>
    <message>
        <source>A branch opinion needs at least one member.</source>
        <translation>党支部意见表至少需要一名党员。</translation>
    </message>
    <message>
        <source>The years %1 to %2 are the wrong way round.</source>
        <translation>年度 %1 至 %2 的先后颠倒了。</translation>
    </message>
    <message>
        <source>No member with id %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>Branch opinion on %1 issued (%2)</source>
        <translation>出具 %1 的党支部意见表（%2）</translation>
    </message>
</context>
<context>
    <name>Pledges</name>
    <message>
        <source>No member with id %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>A pledge needs its text.</source>
        <translation>承诺需要填写内容。</translation>
    </message>
    <message>
        <source>A pledge is made for a year up to next year (%1), not for %2.</source>
        <translation>承诺年度最晚为明年（%1），不能是 %2。</translation>
    </message>
    <message>
        <source>%1 joined the Party in %2: no pledge for %3.</source>
        <translation>%1 于 %2 年入党，不能有 %3 年的承诺。</translation>
    </message>
    <message>
        <source>%1 left the roster (%2 on %3): no pledge for %4.</source>
        <translation>%1 已离开名册（%3 %2），不能有 %4 年的承诺。</translation>
    </message>
    <message>
        <source>The due date %1 is before the pledge&apos;s year %2.</source>
        <translation>完成时限 %1 早于承诺年度 %2。</translation>
    </message>
    <message>
        <source>Pledge of %1 for %2: %3</source>
        <translation>%1 的 %2 年承诺：%3</translation>
    </message>
    <message>
        <source>No pledge with id %1.</source>
        <translation>没有编号为 %1 的承诺。</translation>
    </message>
    <message>
        <source>Pledge %1 is for %2: it is reviewed once the year has begun.</source>
        <translation>承诺 %1 属于 %2 年，须该年度开始后才能评诺。</translation>
    </message>
    <message>
        <source>Pledge %1 is already reviewed as %2 with this note: nothing changed.</source>
        <translation>承诺 %1 已按此说明评为%2，没有改动。</translation>
    </message>
    <message>
        <source>The rule set links %1 to rule %2, which does not exist: fix pledge_rules first.</source>
        <translation>积分细则将%1关联到规则 %2，但该规则不存在：请先修正 pledge_rules。</translation>
    </message>
    <message>
        <source>Pledge %1 re-reviewed as %2</source>
        <translation>承诺 %1 重新评诺为%2</translation>
    </message>
    <message>
        <source>Pledge %1 (%2): %3</source>
        <translation>承诺 %1（%2年）：%3</translation>
    </message>
    <message>
        <source>Pledge %1 of %2 (%3) re-reviewed: %4, superseding %5</source>
        <translation>%2 的承诺 %1（%3年）重新评诺：%4，取代%5</translation>
    </message>
    <message>
        <source>Pledge %1 of %2 (%3) reviewed: %4</source>
        <translation>%2 的承诺 %1（%3年）已评诺：%4</translation>
    </message>
</context>
<context>
    <name>PointsImport</name>
    <message>
        <source>The header row lacks the column(s) %1 (or id_number, rule_code, date).</source>
        <translation>标题行缺少列：%1（或 id_number、rule_code、date）。</translation>
    </message>
    <message>
        <source>No member with ID number %1 is in the roster.</source>
        <translation>党员名册中没有身份证号为 %1 的党员。</translation>
    </message>
    <message>
        <source>The rule code is empty.</source>
        <translation>规则编码为空。</translation>
    </message>
    <message>
        <source>No rule with code %1.</source>
        <translation>没有编码为 %1 的积分规则。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the member joined the Party (%2).</source>
        <translation>日期 %1 早于该党员入党时间（%2）。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>数量必须是至少为 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 entries imported from %2 (entries %3 to %4)</source>
        <translation>从 %2 导入 %1 条记录（记录 %3 至 %4）</translation>
    </message>
    <message>
        <source>Points import from %1: entries %2 to %3</source>
        <translation>从 %1 导入积分：记录 %2 至 %3</translation>
    </message>
    <message>
        <source>Row %1 names a member or rule that was removed after the file was checked; nothing was imported. Check the file again.</source>
        <translation>第 %1 行所列的党员或积分规则在文件检查之后已被删除，未导入任何记录。请重新检查文件。</translation>
    </message>
    <message>
        <source>The import stopped: the database ended the transaction (%1). Nothing was written.</source>
        <translation>导入已停止：数据库结束了本次事务（%1）。未写入任何内容。</translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2</source>
        <translation>第 %1 行无法写入：%2</translation>
    </message>
    <message>
        <source>The date %1 is after the member left the roster (%2).</source>
        <translation>日期 %1 晚于该党员离开名册的日期（%2）。</translation>
    </message>
</context>
<context>
    <name>PublicationLog</name>
    <message>
        <source>A publication needs its period.</source>
        <translation>公示记录须注明统计期间。</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>全体党员</translation>
    </message>
    <message numerus="yes">
        <source>Ranking %1 (%2) published for notice: %n member(s)</source>
        <translation>
            <numerusform>公示积分排名 %1（%2）：%n 名党员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingReport</name>
    <message>
        <source>%1 %2 points ranking</source>
        <comment>organisation, period</comment>
        <translation>%1%2党员积分排名</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>全体党员</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>并列</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Points this period</source>
        <translation>本期积分</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累计</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>积分排名</translation>
    </message>
    <message>
        <source>No members in this scope.</source>
        <translation>该范围内没有党员。</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>并列</translation>
    </message>
    <message>
        <source>Period: %1    Scope: %2    Members: %3</source>
        <translation>统计期间：%1&#x3000;&#x3000;范围：%2&#x3000;&#x3000;人数：%3</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>制表日期：%1</translation>
    </message>
    <message>
        <source>This ranking was published for notice on %1 by %2.</source>
        <translation>本期排名已于 %1 由%2公示。</translation>
    </message>
    <message numerus="yes">
        <source>※ Points of %n member(s) changed after publication; their rows show the points as they are now.</source>
        <translation>
            <numerusform>※ 有 %n 名党员的积分在公示后发生变动，表中为变动后的积分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal points share a rank and the next rank is skipped (1, 2, 2, 4). Change: against the ranking of %1 in the same scope; &quot;new&quot;: not ranked then.</source>
        <translation>积分相同者名次并列，其后名次顺延（如 1、2、2、4）。名次变化与同一范围%1的排名相比；“新”表示上期未参加排名。</translation>
    </message>
    <message>
        <source>Year to date: base points and all points of %1 up to the end of the period.</source>
        <translation>年度累计：基础积分加%1年初至本期末的全部积分。</translation>
    </message>
    <message>
        <source>Objections during the notice period may be raised with the Party organisation.</source>
        <translation>公示期间如有异议，请向党组织反映。</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>No member with id %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>No current member with id %1.</source>
        <translation>没有编号为 %1 的在册党员。</translation>
    </message>
</context>
<context>
    <name>ReportOdt</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Notice period: %1 to %2</source>
        <translation>公示期：%1 至 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn.</source>
        <translation>无法写入 %1：PDF 无法生成。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>yyyy-MM</source>
        <comment>QDate format of a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>period: year, quarter</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>year %1</source>
        <comment>period</comment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <comment>rank shared with others</comment>
        <translation>%1（并列）</translation>
    </message>
    <message>
        <source>new</source>
        <comment>no rank in the period before</comment>
        <translation>新</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>branch</source>
        <comment>award scope</comment>
        <translation>支部</translation>
    </message>
    <message>
        <source>everyone</source>
        <comment>award scope</comment>
        <translation>全体</translation>
    </message>
    <message>
        <source>%1 points short of %2</source>
        <translation>积分差 %1分（须达 %2分）</translation>
    </message>
    <message>
        <source>rank %1 in the %2, outside the top %3% (rank %4 or better)</source>
        <translation>%2排名第 %1，未进入前%3%（须在第 %4 名以内）</translation>
    </message>
    <message>
        <source>probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>vetoed this year</source>
        <translation>本年度受一票否决</translation>
    </message>
    <message>
        <source>active in %1 of the %2 months needed</source>
        <translation>活跃 %1个月（须 %2个月）</translation>
    </message>
    <message>
        <source>beyond the quota of %1 per %2</source>
        <translation>超出每%2 %1 名的名额</translation>
    </message>
    <message>
        <source>tied at the quota line: the committee decides</source>
        <translation>名额线上并列，由评审会议决定</translation>
    </message>
    <message>
        <source>points ≥ %1</source>
        <translation>积分≥%1分</translation>
    </message>
    <message>
        <source>top %1% of the %2</source>
        <translation>%2排名前%1%</translation>
    </message>
    <message>
        <source>at most %1 per %2</source>
        <translation>每%2限 %1 名</translation>
    </message>
    <message>
        <source>full members only</source>
        <translation>限正式党员</translation>
    </message>
    <message>
        <source>no veto this year</source>
        <translation>本年度无一票否决</translation>
    </message>
    <message>
        <source>active in at least %1 months</source>
        <translation>活跃不少于 %1个月</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>无限定条件</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between conditions</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>已去世 (deceased) on %1</source>
        <translation>已去世（%1）</translation>
    </message>
    <message>
        <source>已转出 (transferred out) on %1</source>
        <translation>已转出（%1）</translation>
    </message>
</context>
<context>
    <name>RosterHistory</name>
    <message>
        <source>No member with id %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>The status must be 在册, 转出 or 去世, not &quot;%1&quot;.</source>
        <translation>状态须为在册、转出或去世，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 已是%2。</translation>
    </message>
    <message>
        <source>%1 is not on the roster (%2 on %3): mark the member 在册 first.</source>
        <translation>%1 不在册（%3 %2）：请先将其标为在册。</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 已在%2。</translation>
    </message>
    <message>
        <source>The change of %1 needs a valid date.</source>
        <translation>%1 的变动需要有效日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the last change of %2 on the roster (%3).</source>
        <translation>日期 %1 早于 %2 上一次名册变动的日期（%3）。</translation>
    </message>
    <message>
        <source>%1 moved to another branch and marked %2 on %3</source>
        <translation>%1 于 %3 转到其他支部并标为%2</translation>
    </message>
    <message>
        <source>%1 moved to another branch on %2</source>
        <translation>%1 于 %2 转到其他支部</translation>
    </message>
    <message>
        <source>%1 marked %2 on %3</source>
        <translation>%1 于 %3 标为%2</translation>
    </message>
    <message numerus="yes">
        <source>Roster history: %n member(s) who left, dated by their status date</source>
        <translation>
            <numerusform>名册变动记录：%n 名已离开的党员，按其状态日期记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>This cell contains characters that could not be read (shown as “�”); the file&apos;s encoding may be wrong. Choose the encoding by hand, or save the file again from Excel.</source>
        <translation>此单元格含有无法识别的字符（显示为“�”），文件编码可能不对。请手动选择编码，或用 Excel 重新保存文件。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The name contains characters that could not be read (shown as “�”); the file&apos;s encoding may be wrong. Choose the encoding by hand, or save the file again from Excel.</source>
        <translation>姓名中含有无法识别的字符（显示为“�”），文件编码可能不对。请手动选择编码，或用 Excel 重新保存文件。</translation>
    </message>
    <message>
        <source>This ID number is masked (%1), as in an export without full numbers, so the member cannot be matched. Export the roster again with full ID numbers before editing it.</source>
        <translation>此身份证号已脱敏（%1），来自未含完整号码的导出文件，无法据此匹配党员。请重新导出含完整身份证号的名册后再编辑。</translation>
    </message>
    <message>
        <source>The ID number is empty; members are matched by their ID number, so it is needed.</source>
        <translation>身份证号为空；党员按身份证号匹配，必须填写。</translation>
    </message>
    <message>
        <source>The old 15-digit ID number was converted to its 18-character form %1.</source>
        <translation>15 位旧身份证号已转换为 18 位：%1。</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write 男 or 女.</source>
        <translation>“%1”不是性别；请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>The gender %1 does not match the ID number, which says %2. Please check both.</source>
        <translation>性别“%1”与身份证号不符，身份证号显示为“%2”。请核对两者。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2. Please check both.</source>
        <translation>出生日期 %1 与身份证号不符，身份证号显示为 %2。请核对两者。</translation>
    </message>
    <message>
        <source>No category and no full-member date are given; the member was taken as a full member (正式党员). If the probation was extended, write 预备党员 in the category column.</source>
        <translation>未填人员类别，也未填转正时间，已按正式党员处理。如预备期延长，请在人员类别列填写“预备党员”。</translation>
    </message>
    <message>
        <source>“%1” is not a category; write 正式党员 or 预备党员.</source>
        <translation>“%1”不是人员类别；请填写“正式党员”或“预备党员”。</translation>
    </message>
    <message>
        <source>This phone number is masked (%1), as in an export without full numbers, so the real number cannot be read. Export the roster again with full numbers before editing it.</source>
        <translation>此电话号码已脱敏（%1），来自未含完整号码的导出文件，读不出真实号码。请重新导出含完整号码的名册后再编辑。</translation>
    </message>
    <message>
        <source>Excel turned this phone number into a number in scientific notation (“%1”), so its digits are lost. Format the column as Text in Excel, re-enter the numbers and export again.</source>
        <translation>Excel 把此电话号码变成了科学计数法（“%1”），数字已丢失。请在 Excel 中把该列设为“文本”格式，重新录入号码后再导出。</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number; it was kept as written.</source>
        <translation>“%1”不像电话号码；已按原样保留。</translation>
    </message>
    <message>
        <source>“%1” does not look like a mobile number; it was kept as written.</source>
        <translation>“%1”不像手机号码；已按原样保留。</translation>
    </message>
    <message>
        <source>“%1” is not a status; write 在册, 转出 or 去世.</source>
        <translation>“%1”不是状态；请填写“在册”“转出”或“去世”。</translation>
    </message>
    <message>
        <source>The branch is empty; every member belongs to a branch.</source>
        <translation>所在支部为空；每名党员都须属于一个支部。</translation>
    </message>
    <message>
        <source>No header row was found. The first row must name the columns, for example 姓名, 身份证号, 性别, 所在支部.</source>
        <translation>找不到表头行。第一行须写明各列名称，例如 姓名、身份证号、性别、所在支部。</translation>
    </message>
    <message>
        <source>The rows above the header (row %1) were skipped; they look like a title.</source>
        <translation>表头（第 %1 行）以上的行看起来是标题，已跳过。</translation>
    </message>
    <message>
        <source>Column %1 has no header, so its values (the first in row %2) were ignored. Give the column a header if it should be imported.</source>
        <translation>第 %1 列没有表头，其中的内容（最早见于第 %2 行）已忽略。如需导入，请给该列加上表头。</translation>
    </message>
    <message>
        <source>“%1” is not a roster column, so it was ignored. Choose its field in the column mapping if it should be imported.</source>
        <translation>“%1”不是名册的列，已忽略。如需导入，请在列对应中为它选择字段。</translation>
    </message>
    <message>
        <source>This column holds the same field (%1) as the column “%2”; only the first one is used.</source>
        <translation>此列与“%2”列是同一字段（%1），只采用前一列。</translation>
    </message>
    <message>
        <source>There is no column for the %1. Name it “%2” in the header row, or choose it in the column mapping.</source>
        <translation>没有“%1”列。请在表头行把该列命名为“%2”，或在列对应中选择。</translation>
    </message>
    <message>
        <source>There is no column for the branch. Name it “%1” in the header row, choose it in the column mapping, or choose one branch for all members.</source>
        <translation>没有所在支部列。请在表头行把该列命名为“%1”、在列对应中选择，或为全部党员指定一个支部。</translation>
    </message>
    <message>
        <source>The ID number %1 appears again in row %2; each member may appear only once. Remove or correct the repeated rows.</source>
        <translation>身份证号 %1 在第 %2 行重复出现；每名党员只能出现一次。请删除或更正重复的行。</translation>
    </message>
    <message>
        <source>The name “%1” contains “?”, which Excel writes in place of a character that its CSV format cannot hold (a rare character such as 䶮). Save the file from Excel as “CSV UTF-8” or “Unicode 文本” instead, or correct the name.</source>
        <translation>姓名“%1”中含有“?”：Excel 在 CSV 格式无法保存某个字（如“䶮”等生僻字）时会写成“?”。请在 Excel 中改存为“CSV UTF-8”或“Unicode 文本”，或更正姓名。</translation>
    </message>
    <message>
        <source>The name “%1” contains no letters; check that the columns of this row are in their places.</source>
        <translation>姓名“%1”中没有任何文字，请检查这一行的各列是否错位。</translation>
    </message>
    <message>
        <source>The birth date in this ID number, %1, is in the future; please check the ID number.</source>
        <translation>身份证号中的出生日期 %1 晚于今天，请核对身份证号。</translation>
    </message>
    <message>
        <source>There are no members under the header (row %1): the file has no rows to import.</source>
        <translation>表头（第 %1 行）下没有任何党员：文件中没有可导入的行。</translation>
    </message>
</context>
<context>
    <name>RosterMapping</name>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Full-member date</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>This is not a column mapping profile.</source>
        <translation>这不是列对应方案文件。</translation>
    </message>
    <message>
        <source>The profile maps the column “%1” to “%2”, which is not a roster field; that line was ignored.</source>
        <translation>方案把“%1”列对应到“%2”，但它不是名册字段；该项已忽略。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid profile: %2</source>
        <translation>%1 不是有效的方案文件：%2</translation>
    </message>
</context>
<context>
    <name>RosterTemplate</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RuleCells</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行“%2”列：%3</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>%1 is not a number with at most two decimal places.</source>
        <translation>“%1”不是最多两位小数的数。</translation>
    </message>
    <message>
        <source>must be more than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100.</source>
        <translation>必须是 0 到 100 之间的百分数。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须是 %1 到 %2 之间的整数。</translation>
    </message>
</context>
<context>
    <name>RuleCommands</name>
    <message>
        <source>Add rule %1</source>
        <translation>添加积分规则 %1</translation>
    </message>
    <message>
        <source>Change rule %1</source>
        <translation>修改积分规则 %1</translation>
    </message>
    <message>
        <source>Change awards</source>
        <translation>修改奖项</translation>
    </message>
    <message>
        <source>Change grade bands</source>
        <translation>修改等级</translation>
    </message>
    <message>
        <source>Change pledge rules</source>
        <translation>修改承诺践诺积分规则</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Points per unit:</source>
        <translation>每次分值(&amp;P)：</translation>
    </message>
    <message>
        <source>Cap per &amp;month:</source>
        <translation>每月封顶(&amp;M)：</translation>
    </message>
    <message>
        <source>Cap per &amp;year:</source>
        <translation>每年封顶(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Veto:</source>
        <translation>一票否决(&amp;V)：</translation>
    </message>
    <message>
        <source>Rules the member out of commendation for the year</source>
        <translation>当年不得参加评先评优</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>RuleSetFile</name>
    <message>
        <source>Cannot read the rule-set file: %1</source>
        <translation>无法读取积分规则文件：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The file must hold a JSON object.</source>
        <translation>文件内容必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>format: expected &quot;jifen-rules/1&quot;.</source>
        <translation>format：应为 &quot;jifen-rules/1&quot;。</translation>
    </message>
    <message>
        <source>%1.points: must not be zero.</source>
        <translation>%1.points：不能为零。</translation>
    </message>
    <message>
        <source>%1.code: %2 appears twice.</source>
        <translation>%1.code：%2 重复。</translation>
    </message>
    <message>
        <source>%1.top_percent: must be a number more than 0 and at most 100.</source>
        <translation>%1.top_percent：必须是大于 0 且不超过 100 的数字。</translation>
    </message>
    <message>
        <source>%1.scope: must be &quot;branch&quot; or &quot;all&quot;.</source>
        <translation>%1.scope：必须是 &quot;branch&quot; 或 &quot;all&quot;。</translation>
    </message>
    <message>
        <source>pledge_rules.%1: no rule with code %2 in this file.</source>
        <translation>pledge_rules.%1：本文件中没有编码为 %2 的积分规则。</translation>
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>month %1: stored %2, recomputed %3</source>
        <translation>%1 月：存储值 %2，重算值 %3</translation>
    </message>
    <message>
        <source>active months differ</source>
        <translation>活跃月数不一致</translation>
    </message>
    <message>
        <source>veto differs</source>
        <translation>一票否决情况不一致</translation>
    </message>
    <message>
        <source>The stored points of member %1 for %2 differ from a recomputation from the entries (%3).</source>
        <translation>党员 %1 在 %2 年的存储积分与按记录重新计算的结果不一致（%3）。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Mark member</source>
        <translation>标记党员状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start</source>
        <translation>表格组件无法启动</translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>生成的文件无法移动到目标位置</translation>
    </message>
</context>
<context>
    <name>jifen::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Words of the description, e.g. a name</source>
        <translation>内容中的文字，如姓名</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部操作员</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>%1 — %2 — %3
%4

%5</source>
        <translation>%1 — %2 — %3
%4

%5</translation>
    </message>
</context>
<context>
    <name>jifen::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>添加党员</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>修改党员信息</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Branch added</source>
        <translation>新建支部</translation>
    </message>
    <message>
        <source>Branch removed</source>
        <translation>删除支部</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>录入积分</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Entry approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Entry rejected</source>
        <translation>审核退回</translation>
    </message>
    <message>
        <source>Rule created</source>
        <translation>创建积分规则</translation>
    </message>
    <message>
        <source>Rule added</source>
        <translation>添加积分规则</translation>
    </message>
    <message>
        <source>Rule changed</source>
        <translation>修改积分规则</translation>
    </message>
    <message>
        <source>Rule change taken back</source>
        <translation>撤回积分规则修改</translation>
    </message>
    <message>
        <source>Rule removed</source>
        <translation>删除积分规则</translation>
    </message>
    <message>
        <source>Awards changed</source>
        <translation>修改奖项</translation>
    </message>
    <message>
        <source>Grade bands changed</source>
        <translation>修改等级</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>ID numbers shown</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Operator enabled</source>
        <translation>启用操作员</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Ledger restored</source>
        <translation>恢复台账</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Members and branches</source>
        <translation>党员和支部</translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation>积分录入</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Rules, awards and grades</source>
        <translation>积分规则、奖项和等级</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Operators and sign-in</source>
        <translation>操作员和登录</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>导入党员名册</translation>
    </message>
    <message>
        <source>Points import</source>
        <translation>导入积分</translation>
    </message>
    <message>
        <source>Ranking published</source>
        <translation>公示排名</translation>
    </message>
    <message>
        <source>Published rankings</source>
        <translation>排名公示</translation>
    </message>
    <message>
        <source>Roster change</source>
        <translation>党员名册变动</translation>
    </message>
    <message>
        <source>Roster history recorded</source>
        <translation>补记名册变动</translation>
    </message>
    <message>
        <source>Meeting recorded</source>
        <translation>录入会议</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>会议出席情况</translation>
    </message>
    <message>
        <source>Attendance changed</source>
        <translation>更改出席情况</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>撤销会议</translation>
    </message>
    <message>
        <source>Meetings import</source>
        <translation>导入会议记录</translation>
    </message>
    <message>
        <source>Branch entry</source>
        <translation>支部加减分</translation>
    </message>
    <message>
        <source>Branch entry reversed</source>
        <translation>冲正支部加减分</translation>
    </message>
    <message>
        <source>Pledge added</source>
        <translation>新增承诺</translation>
    </message>
    <message>
        <source>Pledge reviewed</source>
        <translation>评诺</translation>
    </message>
    <message>
        <source>Branch opinion issued</source>
        <translation>出具党支部意见表</translation>
    </message>
    <message>
        <source>Meeting type added</source>
        <translation>新增会议类型</translation>
    </message>
    <message>
        <source>Meeting type changed</source>
        <translation>修改会议类型</translation>
    </message>
    <message>
        <source>Meeting type removed</source>
        <translation>删除会议类型</translation>
    </message>
    <message>
        <source>Branch rule added</source>
        <translation>新增支部加减分规则</translation>
    </message>
    <message>
        <source>Branch rule changed</source>
        <translation>修改支部加减分规则</translation>
    </message>
    <message>
        <source>Branch rule removed</source>
        <translation>删除支部加减分规则</translation>
    </message>
    <message>
        <source>Branch evaluation settings changed</source>
        <translation>修改支部评星定级标准</translation>
    </message>
    <message>
        <source>Tier added</source>
        <translation>新增星级</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>修改星级</translation>
    </message>
    <message>
        <source>Tier removed</source>
        <translation>删除星级</translation>
    </message>
    <message>
        <source>Branch award added</source>
        <translation>新增支部奖项</translation>
    </message>
    <message>
        <source>Branch award changed</source>
        <translation>修改支部奖项</translation>
    </message>
    <message>
        <source>Branch award removed</source>
        <translation>删除支部奖项</translation>
    </message>
    <message>
        <source>Organisation life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>Branch entries</source>
        <translation>支部加减分</translation>
    </message>
    <message>
        <source>Pledges and branch opinions</source>
        <translation>承诺践诺与党支部意见表</translation>
    </message>
</context>
<context>
    <name>jifen::ui::AwardsPage</name>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Award:</source>
        <translation>奖项：</translation>
    </message>
    <message>
        <source>All awards</source>
        <translation>全部奖项</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>评选条件：%1</translation>
    </message>
    <message>
        <source>Eligible: %1 of %2 members.</source>
        <translation>符合条件：%1人（共 %2 名党员）。</translation>
    </message>
    <message>
        <source>Near the line (within %1% of a threshold), with the reasons: %2 members.</source>
        <translation>接近条件（与条件相差不超过%1%）及其原因：%2人。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2人）</translation>
    </message>
    <message>
        <source>The rule set has no awards: add them on the Rules page.</source>
        <translation>积分细则中没有奖项，请在“积分规则”页面添加。</translation>
    </message>
    <message>
        <source>No awards</source>
        <translation>没有奖项</translation>
    </message>
</context>
<context>
    <name>jifen::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>jifen::ui::BranchEvaluationPage</name>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>All Party branches</source>
        <translation>全部党支部</translation>
    </message>
    <message>
        <source>Working out the evaluation of %1…</source>
        <translation>正在计算%1年度考评……</translation>
    </message>
    <message numerus="yes">
        <source>%n Party branch(es) evaluated. Hover over a figure to see how it is worked out.</source>
        <translation>
            <numerusform>共%n个党支部参评。鼠标停在数字上可查看计算方法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Eligible: %1 of %2 branches.</source>
        <translation>符合条件：%2个党支部中%1个。</translation>
    </message>
    <message>
        <source>Not eligible, with the conditions failed:</source>
        <translation>未符合条件的党支部及原因：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The rule set has no branch awards.</source>
        <translation>积分细则未设支部奖项。</translation>
    </message>
    <message>
        <source>No awards</source>
        <translation>无奖项</translation>
    </message>
</context>
<context>
    <name>jifen::ui::BranchEvaluationTab</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save branch evaluation</source>
        <translation>保存评星定级标准(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Evaluate branches: a score&apos;s most points</source>
        <translation>开展支部评星定级：各项得分上限(&amp;E)</translation>
    </message>
    <message>
        <source>The members&apos; average year total that earns the whole member points maximum</source>
        <translation>党员平均年度积分达到此值，即得“党员积分”项满分</translation>
    </message>
    <message>
        <source>A vetoed &amp;member vetoes the branch</source>
        <translation>党员受一票否决，支部随之否决(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Member points:</source>
        <translation>党员积分(&amp;M)：</translation>
    </message>
    <message>
        <source>  full at an average of:</source>
        <translation>  满分所需平均积分：</translation>
    </message>
    <message>
        <source>&amp;Participation:</source>
        <translation>参与率(&amp;P)：</translation>
    </message>
    <message>
        <source>Meetin&amp;gs held:</source>
        <translation>组织生活开展(&amp;G)：</translation>
    </message>
    <message>
        <source>Atte&amp;ndance:</source>
        <translation>出席率(&amp;N)：</translation>
    </message>
    <message>
        <source>Tiers, from the highest</source>
        <translation>星级（从高到低）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>得分不低于</translation>
    </message>
    <message>
        <source>At most % of branches</source>
        <translation>比例上限 %</translation>
    </message>
    <message>
        <source>Leave the lowest tier&apos;s minimum empty; an empty share is no limit.</source>
        <translation>最低星级的分数线留空；比例上限留空表示不限比例。</translation>
    </message>
    <message>
        <source>Add &amp;tier</source>
        <translation>添加星级(&amp;T)</translation>
    </message>
    <message>
        <source>Remove t&amp;ier</source>
        <translation>删除星级(&amp;I)</translation>
    </message>
    <message>
        <source>Branch awards (all conditions must hold; an empty cell is no condition)</source>
        <translation>支部奖项（各项条件须同时满足；单元格留空表示不设该条件）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier at least</source>
        <translation>星级不低于</translation>
    </message>
    <message>
        <source>No veto</source>
        <translation>无一票否决</translation>
    </message>
    <message>
        <source>Meeting rate at least %</source>
        <translation>组织生活开展率不低于 %</translation>
    </message>
    <message>
        <source>Attendance at least %</source>
        <translation>出席率不低于 %</translation>
    </message>
    <message>
        <source>Top %</source>
        <translation>排名前 %</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Add a&amp;ward</source>
        <translation>添加奖项(&amp;W)</translation>
    </message>
    <message>
        <source>Remove awa&amp;rd</source>
        <translation>删除奖项(&amp;R)</translation>
    </message>
    <message>
        <source>Branch evaluation</source>
        <translation>支部评星定级标准</translation>
    </message>
    <message>
        <source>Member points are full at an average of more than 0.</source>
        <translation>“满分所需平均积分”必须大于 0。</translation>
    </message>
    <message>
        <source>the tier %1 appears twice.</source>
        <translation>星级“%1”重复。</translation>
    </message>
    <message>
        <source>tiers go from the highest minimum score to the lowest.</source>
        <translation>星级须按分数线从高到低排列。</translation>
    </message>
    <message>
        <source>no tier is named %1.</source>
        <translation>没有名为“%1”的星级。</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>编码 %1 重复。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::BranchKeysTab</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Kept because meetings or branch entries use them: %1</source>
        <translation>因已有会议或支部加减分记录使用而保留：%1</translation>
    </message>
</context>
<context>
    <name>jifen::ui::BranchRulesTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Month cap</source>
        <translation>月封顶</translation>
    </message>
    <message>
        <source>Year cap</source>
        <translation>年封顶</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Bonus and deduction items of a branch, with codes of their own. Points are per unit (negative for a deduction); a cap limits a branch&apos;s sum of the item per month or year (empty: none); an entry of a veto item vetoes the branch for the year. A change applies to every date, earlier entries included; an item that branch entries use is kept.</source>
        <translation>支部加减分项目，编码与党员积分规则分开。分值按每次计（扣分为负数）；封顶限制一个支部该项目每月或每年的合计（留空表示不封顶）；记有一票否决项目的支部当年被否决。修改对所有日期生效，包括此前的记录；已有支部加减分记录使用的项目不会被删除。</translation>
    </message>
    <message>
        <source>&amp;Add branch rule</source>
        <translation>添加加减分项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove branch rule</source>
        <translation>删除加减分项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save branch rules</source>
        <translation>保存支部加减分(&amp;S)</translation>
    </message>
    <message>
        <source>Branch rules</source>
        <translation>支部加减分</translation>
    </message>
    <message>
        <source>must not be zero.</source>
        <translation>不能为 0。</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>编码 %1 重复。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::BranchTree</name>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
</context>
<context>
    <name>jifen::ui::ChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>jifen::ui::ChartsPage</name>
    <message>
        <source>Eligibility map</source>
        <translation>评选资格分布</translation>
    </message>
    <message>
        <source>Branches side by side</source>
        <translation>各支部对比</translation>
    </message>
    <message>
        <source>A member&apos;s path</source>
        <translation>个人积分轨迹</translation>
    </message>
    <message>
        <source>Participation by month</source>
        <translation>各月参与率</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>分类积分</translation>
    </message>
    <message>
        <source>◀ Previous branches</source>
        <translation>◀ 上一组支部</translation>
    </message>
    <message>
        <source>Next branches ▶</source>
        <translation>下一组支部 ▶</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Award:</source>
        <translation>奖项：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>党员：</translation>
    </message>
    <message>
        <source>Click a bar to list its members.</source>
        <translation>点击图中的柱形，可列出其中的党员。</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The rule set has no awards: add them on the Rules page.</source>
        <translation>积分细则中没有奖项，请在“积分规则”页面添加。</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>请选择党员。</translation>
    </message>
    <message>
        <source>%1 (%2), %3 points</source>
        <translation>%1（%2），%3分</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>jifen::ui::ConnectDialog</name>
    <message>
        <source>Connect to a ledger server</source>
        <translation>连接台账服务器</translation>
    </message>
    <message>
        <source>Offices that enter points into one ledger keep it on a PostgreSQL server. Your administrator gives you these details; the ledger opens in a new window.</source>
        <translation>多个科室共用一个台账时，台账保存在 PostgreSQL 服务器上。以下信息由管理员提供；台账将在新窗口中打开。</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>（新连接）</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>empty: the saved password (~/.pgpass), if any</source>
        <translation>留空：使用已保存的密码（~/.pgpass，如有）</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>加密并校验服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近连接(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the account.</source>
        <translation>请填写服务器、数据库和账户。</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1……</translation>
    </message>
</context>
<context>
    <name>jifen::ui::CsvTableModel</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>jifen::ui::EntryPage</name>
    <message>
        <source>e.g. 10月主题党日：参观红色教育基地</source>
        <translation>例如：10月主题党日：参观红色教育基地</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>录入内容</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>积分规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Name, pinyin initials or last digits</source>
        <translation>姓名、拼音首字母或身份证号后几位</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear ticks</source>
        <translation>清除勾选(&amp;L)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Paste names or ID numbers, one per line or separated by commas or 、</source>
        <translation>粘贴姓名或身份证号，每行一个，或用逗号、顿号分隔</translation>
    </message>
    <message>
        <source>&amp;Tick pasted</source>
        <translation>勾选名单中的党员(&amp;T)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Cap room</source>
        <translation>距封顶</translation>
    </message>
    <message>
        <source>To be saved</source>
        <translation>待保存</translation>
    </message>
    <message>
        <source>&amp;Paste a list:</source>
        <translation>粘贴名单(&amp;P)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Re&amp;verse selected entry...</source>
        <translation>冲正所选记录(&amp;V)...</translation>
    </message>
    <message>
        <source>Entries made last</source>
        <translation>最近录入</translation>
    </message>
    <message>
        <source>Save entries</source>
        <translation>保存积分记录</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>已勾选 %1 人。</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>未找到：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>Same name, tick by hand: %1.</source>
        <translation>有重名，请手动勾选：%1。</translation>
    </message>
    <message>
        <source>Listed twice: %1.</source>
        <translation>重复列出：%1。</translation>
    </message>
    <message>
        <source>at most %1 a month</source>
        <translation>每月最多 %1 分</translation>
    </message>
    <message>
        <source>at most %1 a year</source>
        <translation>每年最多 %1 分</translation>
    </message>
    <message>
        <source>%1 points each (%2)</source>
        <translation>每次 %1 分（%2）</translation>
    </message>
    <message>
        <source>veto: rules the member out of commendation this year</source>
        <translation>一票否决：该党员本年度不得参加评先评优</translation>
    </message>
    <message>
        <source>No rules yet: add them on the Rules page.</source>
        <translation>尚无积分规则，请在“积分规则”页面添加。</translation>
    </message>
    <message>
        <source>Joined the Party on %1, after this date</source>
        <translation>入党时间为 %1，晚于此日期</translation>
    </message>
    <message>
        <source>&amp;Save entries (%1)</source>
        <translation>保存积分记录（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a rule and tick at least one member.</source>
        <translation>请选择积分规则，并至少勾选一名党员。</translation>
    </message>
    <message>
        <source>Enter %1 for %2 on %3</source>
        <translation>为 %2 录入“%1”（%3）</translation>
    </message>
    <message>
        <source>Enter %1 for %2 members on %3</source>
        <translation>为 %2 名党员录入“%1”（%3）</translation>
    </message>
    <message>
        <source>Entries saved: %1.</source>
        <translation>已保存 %1 条积分记录。</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>已冲正：%1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>冲正积分记录</translation>
    </message>
    <message>
        <source>Reverse the entry of %1 (%2)? Why? (required)</source>
        <translation>冲正 %1 的积分记录（%2）？请填写冲正理由（必填）：</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>冲正需要填写理由。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source>Over the cap: %1 of the %2 points count (the entry is kept, marked over cap)</source>
        <translation>超出封顶：%2 分中只计 %1 分（记录照常保存，标为超出封顶）</translation>
    </message>
    <message>
        <source>&amp;Save entries (%1, %2 over the cap)</source>
        <translation>保存积分记录（%1 条，其中 %2 条超出封顶）(&amp;S)</translation>
    </message>
    <message>
        <source> (meeting %1)</source>
        <translation>（会议 %1）</translation>
    </message>
</context>
<context>
    <name>jifen::ui::ImportWizard</name>
    <message>
        <source>Import a roster</source>
        <translation>导入党员名册</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the roster file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel (any of its CSV formats) or Excel&apos;s &quot;Unicode text&quot;. Members are matched by ID number: new ones are added, changed ones updated, and members missing from the file are left as they are.</source>
        <translation>从 Excel 另存的 CSV 文件（任一种 CSV 格式均可）或 Excel 的“Unicode 文本”。按身份证号匹配党员：新党员将被添加，有变动的将被更新，文件中没有的党员保持不变。</translation>
    </message>
    <message>
        <source>Roster file (.csv or .txt)</source>
        <translation>名册文件（.csv 或 .txt）</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <source>Save an empty &amp;template...</source>
        <translation>保存空白模板(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>No roster yet? Save the template, fill it in with Excel (format the ID number column as text first) and save it as CSV. The template has the standard Chinese headers and opens correctly in Excel.</source>
        <translation>还没有名册？请保存模板，用 Excel 填写（先将身份证号列设置为“文本”格式），再另存为 CSV。模板带有标准的中文表头，可在 Excel 中正常打开。</translation>
    </message>
    <message>
        <source>Check how the file was read</source>
        <translation>检查文件的读取结果</translation>
    </message>
    <message>
        <source>The encoding and the separator were detected. If the names look garbled or everything is in one column, choose them yourself.</source>
        <translation>已自动识别编码和分隔符。如果姓名显示为乱码，或所有内容都挤在一列中，请手动选择。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Excel on a Chinese PC)</source>
        <translation>GB18030（GBK，中文版 Excel）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16（Excel 的“Unicode 文本”）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>Match the columns to the roster&apos;s fields</source>
        <translation>将各列对应到名册字段</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change what a column holds, or ignore it; a mapping for the files of another system can be saved and loaded again.</source>
        <translation>已按表头对应各列。可以更改某列对应的字段，或忽略该列；适用于其他系统导出文件的列对应方案可以保存，以后再次载入。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Load mapping...</source>
        <translation>载入列对应方案(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation>保存列对应方案(&amp;S)...</translation>
    </message>
    <message>
        <source>Check the result before importing</source>
        <translation>导入前检查结果</translation>
    </message>
    <message>
        <source>Every problem is listed with its row as Excel numbers it (the header is row 1); click one to see its cell. Nothing is written while any row has an error, unless you skip those rows.</source>
        <translation>每个问题都列出其所在行号（与 Excel 中的行号一致，表头为第 1 行）；点击问题可查看对应的单元格。只要有任何一行存在错误，就不会写入任何内容，除非跳过这些行。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Skip the rows with errors and import the others</source>
        <translation>跳过有错误的行，导入其余的行</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择名册</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt);;All files (*)</source>
        <translation>名册文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save an empty roster template</source>
        <translation>保存空白名册模板</translation>
    </message>
    <message>
        <source>roster-template.csv</source>
        <translation>党员名册模板.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Roster template</source>
        <translation>名册模板</translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation>模板已保存为 %1。</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>载入列对应方案</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列对应方案 (*.json)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应方案</translation>
    </message>
    <message>
        <source>The mapping cannot be used:
%1</source>
        <translation>无法使用该列对应方案：
%1</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>保存列对应方案</translation>
    </message>
    <message>
        <source>roster-mapping.json</source>
        <translation>名册列对应方案.json</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>按 %1 编码读取，以%2分隔。</translation>
    </message>
    <message numerus="yes">
        <source>Header in row %1; %n data row(s).</source>
        <translation>
            <numerusform>表头在第 %1 行；共 %n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Not a known header: ignored</source>
        <translation>无法识别的表头：已忽略</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Another column holds this field: ignored</source>
        <translation>另一列已对应此字段：已忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored. Your choices differ from the built-in headers; save them as a mapping to use them again.</source>
        <translation>
            <numerusform>已忽略 %n 列。您的选择与内置表头不同，可保存为列对应方案，以便再次使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored.</source>
        <translation>
            <numerusform>已忽略 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster cannot be imported: %1</source>
        <translation>无法导入名册：%1</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; see the problems below.</source>
        <translation>该文件无法按现状导入；请查看下面列出的问题。</translation>
    </message>
    <message>
        <source>New members: %1 · Updated: %2 · Unchanged: %3 · Rows with errors: %4</source>
        <translation>新党员：%1 · 更新：%2 · 无变动：%3 · 有错误的行：%4</translation>
    </message>
    <message>
        <source>Nothing will be written unless you skip the rows with errors.</source>
        <translation>除非跳过有错误的行，否则不会写入任何内容。</translation>
    </message>
    <message>
        <source>No new branches.</source>
        <translation>无新建支部。</translation>
    </message>
    <message>
        <source>New branches to be created: %1</source>
        <translation>将新建支部：%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation>正在导入党员名册...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing to write: the roster already matches the file.</source>
        <translation>无需写入：名册已与文件一致。</translation>
    </message>
    <message>
        <source>The roster was imported from %1.</source>
        <translation>已从 %1 导入党员名册。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>无变动：%1</translation>
    </message>
    <message>
        <source>Skipped: 0</source>
        <translation>跳过：0</translation>
    </message>
    <message>
        <source>Skipped: %1 (rows %2)</source>
        <translation>跳过：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>New branches: %1</source>
        <translation>新建支部：%1</translation>
    </message>
    <message>
        <source>The ledger as it was before the import is kept in %1.</source>
        <translation>导入前的台账已保存在 %1。</translation>
    </message>
    <message>
        <source>Checking the roster against the ledger...</source>
        <translation>正在将名册与台账核对……</translation>
    </message>
    <message>
        <source>Checking the roster...</source>
        <translation>正在检查名册……</translation>
    </message>
</context>
<context>
    <name>jifen::ui::IntegrityBanner</name>
    <message>
        <source>Restore from backup...</source>
        <translation>从备份恢复...</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&lt;b&gt;This ledger fails its integrity check: it was changed outside Jifen.&lt;/b&gt;&lt;br&gt;First broken link: %1</source>
        <translation>&lt;b&gt;此台账未通过完整性校验：曾在积分软件之外被改动。&lt;/b&gt;&lt;br&gt;第一处断链：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in all.</source>
        <translation>
            <numerusform>共发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not rely on these points until this is explained. Restore the newest backup that verifies (File → Restore from backup...), or ask the administrator; &lt;i&gt;jifen-cli verify&lt;/i&gt; lists every problem.</source>
        <translation>在查明原因之前，请勿依据这些积分。请恢复最近一个通过校验的备份（文件 → 从备份恢复...），或联系管理员；&lt;i&gt;jifen-cli verify&lt;/i&gt; 可列出全部问题。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MainWindow</name>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Points entry</source>
        <translation>积分录入</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>评先评优</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>积分排名</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表分析</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jifen</source>
        <translation>关于积分(&amp;A)</translation>
    </message>
    <message>
        <source>About Jifen</source>
        <translation>关于积分</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jifen %1&lt;/h3&gt;&lt;p&gt;Party member points: roster, points by the published rule set, monthly rankings for public notice, and commendation eligibility with its reasons.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;积分 %1&lt;/h3&gt;&lt;p&gt;党员积分管理：党员名册、按公布的积分细则记分、月度积分排名公示，以及评先评优资格及其理由。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Load &amp;demonstration organisation...</source>
        <translation>载入演示组织(&amp;D)...</translation>
    </message>
    <message>
        <source>Demonstration organisation</source>
        <translation>演示组织</translation>
    </message>
    <message>
        <source>The demonstration is offered only for an empty ledger.</source>
        <translation>只有空台账才能载入演示组织。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>An empty ledger</source>
        <translation>空台账</translation>
    </message>
    <message>
        <source>This ledger has no members yet.

Load a demonstration organisation to try Jifen out? It has a few branches, about %1 members with generated names and ID numbers, and a year of points entries. Everything is recorded in the audit log under your name.

Choose No to start with your own roster.</source>
        <translation>此台账还没有党员。

要载入一个演示组织来试用积分吗？其中有几个支部、约 %1 名带生成姓名和身份证号的党员，以及一年的积分记录。所有操作都以您的名义记入操作日志。

选择“否”则从您自己的名册开始。</translation>
    </message>
    <message>
        <source>Loading the demonstration organisation...</source>
        <translation>正在载入演示组织...</translation>
    </message>
    <message>
        <source>The demonstration organisation is loaded.</source>
        <translation>演示组织已载入。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>积分审核</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>Verifying %p%</source>
        <translation>正在校验 %p%</translation>
    </message>
    <message numerus="yes">
        <source>Ledger verified: %n audit record(s), chain intact.</source>
        <translation>
            <numerusform>台账校验通过：%n 条日志记录，哈希链完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation>导入党员名册(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Operators...</source>
        <translation>操作员管理(&amp;O)...</translation>
    </message>
    <message>
        <source>Entries need &amp;review (审核)</source>
        <translation>积分录入须经审核(&amp;R)</translation>
    </message>
    <message>
        <source>Review is on: new entries wait for approval.</source>
        <translation>已开启审核：新录入的积分须待批准。</translation>
    </message>
    <message>
        <source>Review is off: new entries count at once.</source>
        <translation>已关闭审核：新录入的积分立即计入。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup. Ask them, and show them this banner.</source>
        <translation>只有管理员才能恢复备份。请联系管理员，并请其查看此提示栏。</translation>
    </message>
    <message>
        <source>Wait until the background work has finished.</source>
        <translation>请等待后台任务完成。</translation>
    </message>
    <message>
        <source>Restored; the replaced ledger is kept as %1.</source>
        <translation>已恢复；被替换的台账保存为 %1。</translation>
    </message>
    <message>
        <source>Connect to a ledger server</source>
        <translation>连接台账服务器</translation>
    </message>
    <message>
        <source>The new window could not be started: %1</source>
        <translation>无法打开新窗口：%1</translation>
    </message>
    <message>
        <source>The ledger %1 opens in a new window.</source>
        <translation>台账 %1 将在新窗口中打开。</translation>
    </message>
    <message>
        <source>Connect to a ledger &amp;server...</source>
        <translation>连接台账服务器(&amp;S)……</translation>
    </message>
    <message>
        <source>Organisation life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>Branch evaluation</source>
        <translation>支部考评</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MeetingDialog</name>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>录入会议</translation>
    </message>
    <message>
        <source>The rule set has no meeting types: add them to the rule set first.</source>
        <translation>积分规则中没有会议类型，请先在规则中添加。</translation>
    </message>
    <message>
        <source>Attendance of meeting %1</source>
        <translation>会议 %1 的出席情况</translation>
    </message>
    <message>
        <source>Name, pinyin initials or last digits of the ID number</source>
        <translation>姓名、拼音首字母或身份证号末几位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>出席(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Excused</source>
        <translation>请假(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>缺席(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the selected members present (Alt+P, or 1 in the list).</source>
        <translation>将选中的党员标为出席（Alt+P，或在名单中按 1）。</translation>
    </message>
    <message>
        <source>Mark the selected members excused (Alt+E, or 2 in the list).</source>
        <translation>将选中的党员标为请假（Alt+E，或在名单中按 2）。</translation>
    </message>
    <message>
        <source>Mark the selected members absent without leave (Alt+A, or 3 in the list).</source>
        <translation>将选中的党员标为无故缺席（Alt+A，或在名单中按 3）。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>会议类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Everyone is listed present; mark only the exceptions:</source>
        <translation>全体默认出席，只需标出例外：</translation>
    </message>
    <message>
        <source>Listed %1: present %2, excused %3, absent %4.</source>
        <translation>应到 %1 人：出席 %2，请假 %3，缺席 %4。</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s type.</source>
        <translation>请选择会议类型。</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>记录%2的%1</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MeetingTypesTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Required a year</source>
        <translation>每年应开次数</translation>
    </message>
    <message>
        <source>Rule when present</source>
        <translation>出席计分规则</translation>
    </message>
    <message>
        <source>Rule when absent</source>
        <translation>缺席计分规则</translation>
    </message>
    <message>
        <source>A meeting recorded for a branch writes, for each member present, an entry of the rule when present, and for each member absent without leave, one of the rule when absent. The required number counts towards the branch evaluation&apos;s meeting rate (0: none required). A change applies to every date; a type that meetings use is kept.</source>
        <translation>登记一次组织生活，即为每名出席党员按“出席计分规则”、每名无故缺席党员按“缺席计分规则”各记一笔积分。每年应开次数用于支部评星定级的组织生活开展率（0 表示不作要求）。修改对所有日期生效；已有会议使用的会议类型不会被删除。</translation>
    </message>
    <message>
        <source>&amp;Add meeting type</source>
        <translation>添加会议类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove meeting type</source>
        <translation>删除会议类型(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save meeting types</source>
        <translation>保存会议类型(&amp;S)</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>编码 %1 重复。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MeetingsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;New meeting...</source>
        <translation>录入会议(&amp;N)...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Change attendance...</source>
        <translation>更改出席情况(&amp;C)...</translation>
    </message>
    <message>
        <source>Cance&amp;l meeting...</source>
        <translation>撤销会议(&amp;L)...</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>✓ held   missing: the period is over without the meetings it owes   due: the period is not over yet   cancelled: not counted</source>
        <translation>✓ 已召开&#x3000;&#x3000;缺：本期已过而未按要求召开&#x3000;&#x3000;待：本期尚未结束&#x3000;&#x3000;撤销：已撤销，不计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose a branch to see its meetings.</source>
        <translation>请选择一个支部查看其会议。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message numerus="yes">
        <source>%n a year</source>
        <translation>
            <numerusform>每年 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) a year required</source>
        <translation>
            <numerusform>每年应召开 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待</translation>
    </message>
    <message>
        <source>%1 %2 (cancelled: %3)</source>
        <translation>%1 %2（已撤销：%3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) owed by the end of this month</source>
        <translation>
            <numerusform>本月底前应召开 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule set has no meeting types.</source>
        <translation>积分规则中没有会议类型。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 held, %4 cancelled; %5 missing.</source>
        <translation>%1 %2 年：已召开 %3，撤销 %4 次；缺 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 次会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>撤销会议</translation>
    </message>
    <message>
        <source>Why is the %1 of %2 cancelled? Its members&apos; entries will be reversed.</source>
        <translation>撤销 %2 的%1的理由？会议所记的积分将被冲正。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MemberAttendance</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>%1 (meeting cancelled)</source>
        <translation>%1（会议已撤销）</translation>
    </message>
    <message>
        <source>No meeting of %1 lists this member.</source>
        <translation>%1 年没有列入该党员的会议。</translation>
    </message>
    <message>
        <source>%1: present %2 / listed %3 (excused %4, absent %5).</source>
        <translation>%1 年：出席 %2 / 应到 %3（请假 %4，缺席 %5）。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MemberDetails</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不符合的原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Re&amp;verse entry...</source>
        <translation>冲正记录(&amp;V)...</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>未选择党员</translation>
    </message>
    <message>
        <source>Select a member in the list to see the details, the year&apos;s points and every entry.</source>
        <translation>在列表中选择一名党员，即可查看其基本信息、本年度积分和全部积分记录。</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>所在支部：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>入党时间：</translation>
    </message>
    <message>
        <source>Full member since:</source>
        <translation>转正时间：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>已冲正：%1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Counted entries in %1: %2; points before caps: %3.</source>
        <translation>%1年计入的积分记录 %2 条；封顶前积分 %3 分。</translation>
    </message>
    <message>
        <source>Year total: %1 points.</source>
        <translation>年度积分：%1 分。</translation>
    </message>
    <message>
        <source>Year total: %1 points, grade %2.</source>
        <translation>年度积分：%1 分，等级：%2。</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>积分记录(&amp;E)</translation>
    </message>
    <message>
        <source> (meeting %1)</source>
        <translation>（会议 %1）</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>添加党员</translation>
    </message>
    <message>
        <source>e.g. 张三</source>
        <translation>例如：张三</translation>
    </message>
    <message>
        <source>18 characters; a 15-digit old number is converted</source>
        <translation>18 位；15 位旧号码会自动转换</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑党员 %1</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MemberPledges</name>
    <message>
        <source>Pledge</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评诺结果</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>评诺说明</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>评诺人、时间</translation>
    </message>
    <message>
        <source>&amp;Add pledge...</source>
        <translation>添加承诺(&amp;A)...</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未评诺</translation>
    </message>
    <message>
        <source>Type the review&apos;s note; once reviewed, a changed note records a correcting review.</source>
        <translation>填写评诺说明；已评诺后修改说明即记录一次更正评诺。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Add pledge</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <source>Pledge of %1:</source>
        <translation>%1年承诺内容：</translation>
    </message>
    <message>
        <source>Review pledge</source>
        <translation>评诺</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1（已更正）</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>Superseded reviews:
%1</source>
        <translation>被更正的评诺：
%1</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MemberTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>于 %2 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MembersPage</name>
    <message>
        <source>Search: name, pinyin initials (zs), last digits of ID or phone</source>
        <translation>搜索：姓名、拼音首字母（如 zs）、身份证号或电话号码后几位</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation>显示已转出、去世党员(&amp;F)</translation>
    </message>
    <message>
        <source>Also list members transferred out (转出) or deceased (去世)</source>
        <translation>同时列出已转出或已去世的党员</translation>
    </message>
    <message>
        <source>New &amp;branch...</source>
        <translation>新建支部(&amp;B)...</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Add member...</source>
        <translation>添加党员(&amp;A)...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Move to branch...</source>
        <translation>调转支部(&amp;M)...</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Show full &amp;ID numbers</source>
        <translation>显示完整身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>党员：%1 人</translation>
    </message>
    <message>
        <source>The new branch goes under %1.</source>
        <translation>新支部将设在“%1”之下。</translation>
    </message>
    <message>
        <source>The new branch goes at the top of the tree.</source>
        <translation>新支部将设在组织树的最上层。</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>新建支部</translation>
    </message>
    <message>
        <source>Name of the branch (e.g. 第三党支部)? %1</source>
        <translation>请输入支部名称（如：第三党支部）。%1</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加党员</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑党员 %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 调转至 %2</translation>
    </message>
    <message>
        <source>Move %1 members to %2</source>
        <translation>将 %1 名党员调转至 %2</translation>
    </message>
    <message>
        <source>Mark %1 current</source>
        <translation>将 %1 标记为在册</translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>将 %1 标记为%2</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>ID numbers shown in the members list</source>
        <translation>在党员列表中显示完整身份证号</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>冲正积分记录</translation>
    </message>
    <message>
        <source>Why is this entry reversed? (required)</source>
        <translation>冲正理由（必填）：</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>冲正需要填写理由。</translation>
    </message>
    <message>
        <source>Members: %1+</source>
        <translation>党员：%1 人以上</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation>导入党员名册(&amp;I)...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Mark as transferred out or deceased...</source>
        <translation>标记转出/去世...</translation>
    </message>
    <message>
        <source>&amp;Pledges</source>
        <translation>承诺践诺(&amp;P)</translation>
    </message>
    <message>
        <source>Print branch &amp;opinion...</source>
        <translation>打印党支部意见表(&amp;O)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Organisation &amp;life</source>
        <translation>组织生活(&amp;L)</translation>
    </message>
    <message>
        <source>Ro&amp;ster</source>
        <translation>党员名册(&amp;S)</translation>
    </message>
    <message>
        <source>Branch p&amp;ledges</source>
        <translation>支部承诺践诺(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The pledges of the members of the branch chosen in the tree: pick the result and type the note in the list.</source>
        <translation>左侧所选支部党员的承诺：在列表中直接选择评诺结果、填写评诺说明。</translation>
    </message>
    <message>
        <source>Choose a branch in the tree to list its members&apos; pledges.</source>
        <translation>请在左侧组织树中选择一个支部，列出其党员的承诺。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::MoveDialog</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等（另有 %2 人）</translation>
    </message>
    <message>
        <source>Members to move (%1): %2</source>
        <translation>调转党员（%1 人）：%2</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>调转(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>jifen::ui::OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Once a ledger has operators, everyone signs in when Jifen starts. The first operator must be an administrator.</source>
        <translation>台账设有操作员后，每次启动积分软件时所有人都须登录。第一个操作员必须是管理员。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::OpinionDialog</name>
    <message>
        <source>Print the Party branch opinion</source>
        <translation>打印党支部意见表</translation>
    </message>
    <message>
        <source>Names or ID numbers, one per line or separated by commas</source>
        <translation>姓名或身份证号，每行一个或用逗号分隔</translation>
    </message>
    <message>
        <source>Leave empty to write the opinion by hand on the printout</source>
        <translation>留空则在打印件上手写意见</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>人选(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Branch &amp;opinion:</source>
        <translation>党支部意见(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Preview and print...</source>
        <translation>预览并打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>存为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Save for a &amp;word processor (.odt)...</source>
        <translation>存为文字处理文档 .odt(&amp;W)...</translation>
    </message>
    <message>
        <source>The first year is after the last.</source>
        <translation>起始年度晚于结束年度。</translation>
    </message>
    <message>
        <source>Not on the roster: %1</source>
        <translation>名册中没有：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the name of %n members: paste the ID number instead.</source>
        <translation>
            <numerusform>有 %n 名党员叫 %1：请改为粘贴身份证号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the candidates&apos; names or ID numbers.</source>
        <translation>请粘贴人选的姓名或身份证号。</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>jifen::ui::PledgeRulesTab</name>
    <message>
        <source>A pledge&apos;s year-end review writes, in the same step, an entry of the rule linked to its result (none where no rule is linked); a correcting review reverses it and writes the new result&apos;s.</source>
        <translation>年终评诺时，按评诺结果所关联的规则同时记一笔积分（未关联规则的结果不记分）；更正评诺会冲正原记录，并按新结果记分。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save pledge rules</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>jifen::ui::RankingPage</name>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print for notice…</source>
        <translation>打印公示…</translation>
    </message>
    <message>
        <source>Print the ranking and record it as published for public notice (公示).</source>
        <translation>打印排名并记录为已公示。</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>公示期：</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全体党员</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n member(s).</source>
        <translation>
            <numerusform>%1 — %2：共 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet published for notice.</source>
        <translation>尚未公示。</translation>
    </message>
    <message>
        <source>Published for notice on %1 by %2; nothing has changed since.</source>
        <translation>已于 %1 由%2公示，此后没有变动。</translation>
    </message>
    <message numerus="yes">
        <source>Published for notice on %1 by %2; since then the points of %n member(s) changed (marked ※). Print it again for notice.</source>
        <translation>
            <numerusform>已于 %1 由%2公示；此后有 %n 名党员的积分发生变动（以 ※ 标出），请重新打印公示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print for notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Printed and recorded as published for notice, %1 to %2.</source>
        <translation>已打印并记录为公示，公示期 %1 至 %2。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::RestoreDialog</name>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of this ledger, newest first. Restoring checks the backup&apos;s audit chain first, and keeps the ledger it replaces beside it, so nothing is lost.
Folder: %1</source>
        <translation>本台账的备份，最新的在前。恢复时会先校验备份的操作日志链，并把被替换的台账保存在旁边，不会丢失任何数据。
文件夹：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时机</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>积分记录数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>No automatic backups yet: one is taken every time Jifen starts.</source>
        <translation>尚无自动备份：每次启动积分软件时都会自动备份一次。</translation>
    </message>
    <message>
        <source>Replace the ledger with the backup of %1 (%2 members, %3 entries)?

Everything recorded since then leaves the ledger; the current ledger is kept beside it as a file of its own.</source>
        <translation>用 %1 的备份（%2 名党员，%3 条积分记录）替换当前台账吗？

此后记录的所有内容都将从台账中移除；当前台账将作为单独的文件保存在旁边。</translation>
    </message>
    <message>
        <source>The ledger is restored. The ledger it replaced is kept as %1.</source>
        <translation>台账已恢复。被替换的台账保存为 %1。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::ReviewPage</name>
    <message>
        <source>Review (审核) is on: a clerk&apos;s entries count only once someone else approves them. Select entries and approve them, or reject them with a reason.</source>
        <translation>已开启审核：党务干事录入的积分须经另一人批准后才计入。请选择积分记录予以批准，或填写理由后退回。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation>退回(&amp;R)...</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>没有待审核的积分记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) wait for review.</source>
        <translation>
            <numerusform>有 %n 条积分记录待审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n entry(ies) rejected? The clerk sees the reason.</source>
        <translation>
            <numerusform>退回这 %n 条积分记录的理由是什么？录入人将看到该理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject entries</source>
        <translation>退回积分记录</translation>
    </message>
    <message>
        <source>Approve entries</source>
        <translation>批准积分记录</translation>
    </message>
</context>
<context>
    <name>jifen::ui::RuleDialog</name>
    <message>
        <source>New rule</source>
        <translation>新建积分规则</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source>A new rule applies to every date.</source>
        <translation>新规则适用于所有日期。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change rule %1</source>
        <translation>修改积分规则 %1</translation>
    </message>
    <message>
        <source>The change applies to entries dated from this day on; entries before it keep the values they were made under. Versions so far: %1.</source>
        <translation>修改自该日起的积分记录生效；此前的积分记录仍按当时的分值计算。已有版本：%1。</translation>
    </message>
</context>
<context>
    <name>jifen::ui::RulesPage</name>
    <message>
        <source>&amp;Rules</source>
        <translation>积分规则(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation>奖项(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Grades and base points</source>
        <translation>等级与基础积分(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New rule...</source>
        <translation>新建规则(&amp;N)...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Change rule...</source>
        <translation>修改规则(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Import rule set...</source>
        <translation>导入积分细则(&amp;I)...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport rule set...</source>
        <translation>导出积分细则(&amp;X)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Values in force &amp;on:</source>
        <translation>查看分值的日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Month cap</source>
        <translation>月封顶</translation>
    </message>
    <message>
        <source>Year cap</source>
        <translation>年封顶</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>&amp;History of the selected rule (each version applies from its date):</source>
        <translation>所选规则的历史版本(&amp;H)（每个版本自其生效日期起执行）：</translation>
    </message>
    <message>
        <source>Min. points</source>
        <translation>最低积分</translation>
    </message>
    <message>
        <source>Top %</source>
        <translation>排名前 %</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>排名范围</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Full members only</source>
        <translation>限正式党员</translation>
    </message>
    <message>
        <source>No veto</source>
        <translation>无一票否决</translation>
    </message>
    <message>
        <source>Min. active months</source>
        <translation>最少活跃月数</translation>
    </message>
    <message>
        <source>All conditions of an award must hold; an empty cell is no condition. Top % ranks within the scope (the member&apos;s branch or all members); the quota is how many each scope may put forward.</source>
        <translation>奖项的各项条件须同时满足；单元格留空表示不设该条件。“排名前 %”按排名范围（党员所在支部或全体党员）计算；名额是每个范围可推荐的人数。</translation>
    </message>
    <message>
        <source>&amp;Add award</source>
        <translation>添加奖项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove award</source>
        <translation>删除奖项(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save awards</source>
        <translation>保存奖项(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Base points (every member&apos;s year total starts here):</source>
        <translation>基础积分(&amp;B)（每名党员的年度积分从此起算）：</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Year total at least</source>
        <translation>年度积分不低于</translation>
    </message>
    <message>
        <source>From the highest band to the lowest; leave the lowest band&apos;s minimum empty. A member vetoed in the year takes the lowest band.</source>
        <translation>从最高等级到最低等级依次填写，最低等级的分数线留空。当年受一票否决的党员评为最低等级。</translation>
    </message>
    <message>
        <source>&amp;Add band</source>
        <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>删除等级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save grades</source>
        <translation>保存等级(&amp;S)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>A rule needs a code.</source>
        <translation>规则需要编码。</translation>
    </message>
    <message>
        <source>A rule with code %1 already exists.</source>
        <translation>编码为 %1 的规则已存在。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何修改。</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>导入积分细则</translation>
    </message>
    <message>
        <source>Jifen rule sets (*.json);;All files (*)</source>
        <translation>积分细则文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 无法导入：
%2</translation>
    </message>
    <message>
        <source>Import the rule set in %4?
Rules: %1, awards: %2, grade bands: %3.

Rules are updated by code (a change takes effect today; earlier entries keep their values), new rules are added, and rules no entry uses are removed when the file does not list them. Awards and grade bands are replaced. The import is recorded in the audit log and cannot be undone with Undo.</source>
        <translation>导入 %4 中的积分细则吗？
规则 %1 条，奖项 %2 个，等级 %3 个。

规则按编码更新（修改自今天起生效，此前的积分记录保持原分值），新规则将被添加，文件中未列出且没有积分记录使用的规则将被删除。奖项和等级将整体替换。本次导入记入操作日志，不能用“撤销”恢复。</translation>
    </message>
    <message>
        <source>The rule set was already the same; nothing changed.</source>
        <translation>积分细则与文件相同，未作任何修改。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Changed from today: %1</source>
        <translation>自今天起修改：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Kept because entries use them: %1</source>
        <translation>因已有积分记录使用而保留：%1</translation>
    </message>
    <message>
        <source>Awards replaced.</source>
        <translation>奖项已替换。</translation>
    </message>
    <message>
        <source>Grade bands replaced.</source>
        <translation>等级已替换。</translation>
    </message>
    <message>
        <source>Base points changed.</source>
        <translation>基础积分已修改。</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>导出积分细则</translation>
    </message>
    <message>
        <source>Jifen rule sets (*.json)</source>
        <translation>积分细则文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The rule set was written to %1.</source>
        <translation>积分细则已写入 %1。</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全体党员</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 is not a valid value.</source>
        <translation>第 %1 行“%2”列：“%3”不是有效值。</translation>
    </message>
    <message>
        <source>Save awards</source>
        <translation>保存奖项</translation>
    </message>
    <message>
        <source>Save grades</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <source>Replaced for every date (no entry used them): %1</source>
        <translation>按导入值替换，适用于所有日期（尚无积分记录使用）：%1</translation>
    </message>
    <message>
        <source>&amp;Meeting types</source>
        <translation>会议类型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Branch rules</source>
        <translation>支部加减分(&amp;B)</translation>
    </message>
    <message>
        <source>Branch &amp;evaluation</source>
        <translation>支部评星定级(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pledges</source>
        <translation>承诺践诺(&amp;P)</translation>
    </message>
    <message>
        <source>Pledge rules changed.</source>
        <translation>承诺践诺积分规则已修改。</translation>
    </message>
    <message>
        <source>Meeting types, branch rules and the branch evaluation replaced.</source>
        <translation>会议类型、支部加减分和支部评星定级标准已替换。</translation>
    </message>
    <message>
        <source>Kept because meetings or branch entries use them: %1</source>
        <translation>因已有会议或支部加减分记录使用而保留：%1</translation>
    </message>
</context>
<context>
    <name>jifen::ui::SignInDialog</name>
    <message>
        <source>Sign in to Jifen</source>
        <translation>登录积分软件</translation>
    </message>
    <message>
        <source>This ledger is shared by several operators. Sign in with your name and password; every change you make is stamped with your name.</source>
        <translation>此台账由多名操作员共用。请用您的姓名和密码登录；您所作的每项改动都会记上您的姓名。</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>台账：%1</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Type your operator name.</source>
        <translation>请输入操作员姓名。</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>正在验证...</translation>
    </message>
</context>
<context>
    <name>jifen::ui::StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>%1 的状态</translation>
    </message>
    <message>
        <source>e.g. where the member transferred to</source>
        <translation>例如：转往何处</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The member stays in the ledger with every entry. Rankings and reports of the periods before the date still count the member; later ones do not (until the member is 在册 again, from the date given).</source>
        <translation>该党员及其全部积分记录仍保留在台账中。该日期之前各期的排名和报表仍计入该党员，之后各期不再计入（直至其再次在册，自所填日期起）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jifen</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Jifen: the Party member points ledger.</source>
        <translation>积分：党员积分台账。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The start-up backup failed: %1</source>
        <translation>启动时备份失败：%1</translation>
    </message>
    <message>
        <source>Open the ledger FILE, or the ledger on a server: postgresql://user@host:port/database.</source>
        <translation>打开台账文件 FILE，或服务器上的台账：postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Ledger server password</source>
        <translation>台账服务器密码</translation>
    </message>
    <message>
        <source>%1
Password for %2:</source>
        <translation>%1
%2 的密码：</translation>
    </message>
</context>
</TS>
