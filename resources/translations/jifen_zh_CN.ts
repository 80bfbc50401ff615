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
        <translation>显示审计日志，最新的在前。</translation>
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
        <source>Write a consistent copy of the ledger, even while it is in use (SQLite's online backup).</source>
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
        <source>Replace the ledger with a backup after verifying the backup's chain; the replaced ledger is kept beside it.</source>
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
        <source>Run 'jifen-cli COMMAND --help' for a command's options.</source>
        <translation>运行“jifen-cli 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 data error (nothing changed), 2 usage error.</source>
        <translation>退出码：0 成功，1 数据错误（未作任何改动），2 用法错误。</translation>
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
        <source>Add a member to the roster; prints the new member's id.</source>
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
        <translation>写出完整的身份证号和电话号码（记入审计日志）。</translation>
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
        <source>The operator's name.</source>
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
        <source>The organisation's name, printed on reports.</source>
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
        <translation>对照哈希链审计日志校验台账。若有任何在积分软件之外的改动，退出码为 1 并指出第一处断链。</translation>
    </message>
    <message>
        <source>Ledger verified: %1 audit records, %2 rows; chain head %3</source>
        <translation>台账校验通过：%1 条审计记录，%2 行数据；链头 %3</translation>
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
        <translation>花名册中没有身份证号为 %1 的党员。</translation>
    </message>
    <message>
        <source>The member's ID number (required).</source>
        <translation>党员的身份证号（必填）。</translation>
    </message>
    <message>
        <source>IDNUMBER</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>The rule's code (required).</source>
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
        <source>Record points for a member by a rule; prints the new entry's id.</source>
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
        <source>One member's entries, by ID number.</source>
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
        <translation>显示完整身份证号（记入审计日志）。</translation>
    </message>
    <message>
        <source>List entries by date with their raw points and what they contribute after caps; entries a cap cut are marked over cap.</source>
        <translation>按日期列出记录及其原始分值和封顶后的计入分值；被封顶削减的记录标为封顶。</translation>
    </message>
    <message>
        <source>Not a period: "%1" (a month 2026-03, a quarter 2026-Q2 or a year 2026).</source>
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
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 编码的文本。</translation>
    </message>
    <message>
        <source>%1: a quoted cell is not closed before the end of the file.</source>
        <translation>%1：有一个带引号的单元格直到文件末尾都没有闭合。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: row %2, column %3: %4</source>
        <translation>%1：第 %2 行，“%3”列：%4</translation>
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
        <source>Rank one branch's members only.</source>
        <translation>只对一个支部的党员排名。</translation>
    </message>
    <message>
        <source>Rank every current member (在册) on the period's points, highest first; equal points share a rank (1, 2, 2, 4).</source>
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
        <translation>名次</translation>
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
        <translation>等次</translation>
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
        <source>Per branch: current members, average points, participation (the share of members active in each month of the period), members eligible for each award in the period's year; branches over 100 members are flagged.</source>
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
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>show the audit log</source>
        <translation>显示审计日志</translation>
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
        <translation>对照哈希链审计日志校验台账</translation>
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
        <source>The database file is read-only; nothing was changed. Check the file's permissions.</source>
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
        <source>The birth date inside this ID number does not exist.</source>
        <translation>此身份证号中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The check digit (last character) of this ID number is wrong; please check for a typing error.</source>
        <translation>此身份证号的校验码（最后一位）不正确，请检查是否录入有误。</translation>
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
        <source>A member needs a name.</source>
        <translation>党员需要姓名。</translation>
    </message>
    <message>
        <source>ID number %1: %2</source>
        <translation>身份证号 %1：%2</translation>
    </message>
    <message>
        <source>Member %1 needs a branch.</source>
        <translation>党员 %1 需要所在支部。</translation>
    </message>
    <message>
        <source>The category of member %1 must be 正式党员 or 预备党员, not "%2".</source>
        <translation>党员 %1 的类别须为正式党员或预备党员，而不是“%2”。</translation>
    </message>
    <message>
        <source>The status of member %1 must be 在册, 转出 or 去世, not "%2".</source>
        <translation>党员 %1 的状态须为在册、转出或去世，而不是“%2”。</translation>
    </message>
    <message>
        <source>Member %1 is marked %2: the date is needed.</source>
        <translation>党员 %1 标记为%2：需要填写日期。</translation>
    </message>
    <message>
        <source>Member %1 has a date in the future (%2).</source>
        <translation>党员 %1 有一个未来的日期（%2）。</translation>
    </message>
    <message>
        <source>The gender of member %1 must be 男 or 女, not "%2".</source>
        <translation>党员 %1 的性别须为男或女，而不是“%2”。</translation>
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
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record was removed, inserted or reordered.</source>
        <translation>审计记录 %1 与前一条记录衔接不上：有记录被删除、插入或调换了顺序。</translation>
    </message>
    <message>
        <source>Audit record %1 (%2, %3) was changed after it was written: its hash does not match its content.</source>
        <translation>审计记录 %1（%2，%3）写入后被改动：其哈希值与内容不符。</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no audit record: it was added outside Jifen.</source>
        <translation>%2 表第 %1 行没有审计记录：是在积分软件之外添加的。</translation>
    </message>
    <message>
        <source>Row %1 of %2 was removed by audit record %3 but is present again.</source>
        <translation>%2 表第 %1 行已由审计记录 %3 删除，却又出现了。</translation>
    </message>
    <message>
        <source>Row %1 of %2 differs from its audit record %3 (changed outside Jifen): %4</source>
        <translation>%2 表第 %1 行与其审计记录 %3 不符（在积分软件之外被改动）：%4</translation>
    </message>
    <message>
        <source>Row %1 of %2, recorded by audit record %3, is missing: it was deleted outside Jifen.</source>
        <translation>%2 表第 %1 行（审计记录 %3 所记）缺失：是在积分软件之外被删除的。</translation>
    </message>
    <message>
        <source>The awards differ from their last audit record: they were changed outside Jifen.</source>
        <translation>奖项与最近一条审计记录不符：在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>The grade bands differ from their last audit record: they were changed outside Jifen.</source>
        <translation>等级与最近一条审计记录不符：在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>Setting %1 differs from its last audit record: it was changed outside Jifen.</source>
        <translation>设置 %1 与最近一条审计记录不符：在积分软件之外被改动。</translation>
    </message>
    <message>
        <source>Setting %1 is missing: it was deleted outside Jifen.</source>
        <translation>设置 %1 缺失：是在积分软件之外被删除的。</translation>
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
    <name>PointsImport</name>
    <message>
        <source>The header row lacks the column(s) %1 (or id_number, rule_code, date).</source>
        <translation>标题行缺少列：%1（或 id_number、rule_code、date）。</translation>
    </message>
    <message>
        <source>No member with ID number %1 is in the roster.</source>
        <translation>花名册中没有身份证号为 %1 的党员。</translation>
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
        <source>"%1" is not a date (YYYY-MM-DD).</source>
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
        <source>The quantity must be a whole number of at least 1, not "%1".</source>
        <translation>数量必须是至少为 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Imported from %1, row %2</source>
        <translation>从 %1 第 %2 行导入</translation>
    </message>
    <message>
        <source>%1 entries imported from %2 (entries %3 to %4)</source>
        <translation>从 %2 导入 %1 条记录（记录 %3 至 %4）</translation>
    </message>
</context>
<context>
    <name>RuleSetFile</name>
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
        <source>format: expected "jifen-rules/1".</source>
        <translation>format：应为 "jifen-rules/1"。</translation>
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
        <source>%1.scope: must be "branch" or "all".</source>
        <translation>%1.scope：必须是 "branch" 或 "all"。</translation>
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
        <translation>活跃月份不一致</translation>
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
    <name>jifen::ui::MainWindow</name>
    <message>
        <source>Jifen — Party member points</source>
        <translation>积分 — 党员积分管理</translation>
    </message>
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
        <translation>排名</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1: this screen is being built.</source>
        <translation>%1：此界面正在建设中。</translation>
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
        <source>Open the ledger FILE.</source>
        <translation>打开台账文件 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
</context>
</TS>