<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: societydesk-cli [--db FILE] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：societydesk-cli [--db 文件] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>SocietyDesk (学会工作台) on the command line: the society file&apos;s records, checks and documents.</source>
        <translation>学会工作台命令行工具：学会文件的记录、检查与文档。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>The society file (default: %1).</source>
        <translation>学会文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Language of messages (default: the preference, else the system&apos;s).</source>
        <translation>提示信息的语言（默认：偏好设置，其次为系统语言）。</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options.</source>
        <translation>显示本帮助；“命令 --help”显示该命令的选项。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 a failure was found; 2 usage error; 3 input rejected, nothing written; 4 storage problem (locked, damaged, foreign, too new).</source>
        <translation>退出码：0 成功；1 发现不合格项；2 用法错误；3 输入被拒绝，未写入任何内容；4 存储问题（被占用、已损坏、非本软件文件、版本过新）。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en.</source>
        <translation>--lang 必须为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>See societydesk-cli --help.</source>
        <translation>详见 societydesk-cli --help。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SocietyDesk — the secretariat workbench of a scientific society.</source>
        <translation>学会工作台——科技社团秘书处的工作平台。</translation>
    </message>
    <message>
        <source>Open the society file &lt;file&gt;.</source>
        <translation>打开学会文件 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Open the demo society (created the first time).</source>
        <translation>打开示例学会（首次使用时自动创建）。</translation>
    </message>
    <message>
        <source>Show SocietyDesk in &lt;code&gt;, zh_CN or en, for this run only.</source>
        <translation>本次运行使用 &lt;code&gt; 语言显示（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Start with the wizard for a new society.</source>
        <translation>启动时打开新建学会向导。</translation>
    </message>
    <message>
        <source>A society file to open, as with --db.</source>
        <translation>要打开的学会文件，与 --db 相同。</translation>
    </message>
    <message>
        <source>See societydesk --help.</source>
        <translation>详见 societydesk --help。</translation>
    </message>
    <message>
        <source>No display was found; to run SocietyDesk without one, start it under a virtual display: %1</source>
        <translation>未找到显示器；如需在无显示器环境中运行学会工作台，请在虚拟显示下启动：%1</translation>
    </message>
    <message>
        <source>Unknown language %1; use zh_CN or en.</source>
        <translation>未知语言 %1；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Give only one of a file, --demo and --new.</source>
        <translation>文件、--demo 和 --new 只能指定其中一个。</translation>
    </message>
</context>
<context>
    <name>sd::MemberText</name>
    <message>
        <source>Applied</source>
        <translation>申请中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Lapsed (dues unpaid)</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>sd::ProfileValidation</name>
    <message>
        <source>The society&apos;s name is required.</source>
        <translation>学会名称为必填项。</translation>
    </message>
    <message>
        <source>The society&apos;s name is longer than 100 characters.</source>
        <translation>学会名称超过 100 个字符。</translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters.</source>
        <translation>统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <source>The unified social credit code uses only digits and the letters A-Y without I, O, Z, S and V.</source>
        <translation>统一社会信用代码只能包含数字和字母 A–Y（不含 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character does not match; please check for a mistyped character.</source>
        <translation>统一社会信用代码的校验码不符，请检查是否有输错的字符。</translation>
    </message>
    <message>
        <source>The founding date lies in the future.</source>
        <translation>成立日期晚于今天。</translation>
    </message>
</context>
<context>
    <name>sd::SocietySettings</name>
    <message>
        <source>%1 must be a fraction between 0 and 1 such as 2/3.</source>
        <translation>%1必须是 0 到 1 之间的分数，例如 2/3。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 names an unknown rule pack.</source>
        <translation>%1中含有未知的规则包。</translation>
    </message>
    <message>
        <source>%1 must be zh_CN or en.</source>
        <translation>%1必须为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>CAST 2017 work points for society reform</source>
        <translation>中国科协2017年学会改革工作要点</translation>
    </message>
    <message>
        <source>Hubei 2017 implementing opinions on society reform</source>
        <translation>湖北省科协2017年深化学会改革实施意见</translation>
    </message>
    <message>
        <source>Chongqing 2022 opinions on science and technology societies</source>
        <translation>重庆市2022年加强科技社团建设和管理的意见</translation>
    </message>
    <message>
        <source>Dalian 2018 reform implementation plan</source>
        <translation>大连市2018年科协系统深化改革实施方案</translation>
    </message>
    <message>
        <source>Fujian 2015 society innovation and service capacity programme</source>
        <translation>福建省2015年学会创新和服务能力提升工程</translation>
    </message>
    <message>
        <source>Civil affairs rules for social organisations</source>
        <translation>民政部门社会组织管理规定</translation>
    </message>
    <message>
        <source>Congress quorum (share of representatives present)</source>
        <translation>会员（代表）大会到会比例</translation>
    </message>
    <message>
        <source>Council quorum (share of councillors present)</source>
        <translation>理事会到会比例</translation>
    </message>
    <message>
        <source>Standing council quorum (share of members present)</source>
        <translation>常务理事会到会比例</translation>
    </message>
    <message>
        <source>Congress majority (share of those present in favour)</source>
        <translation>会员（代表）大会表决通过比例（占到会人数）</translation>
    </message>
    <message>
        <source>Council majority (share of those present in favour)</source>
        <translation>理事会表决通过比例（占到会人数）</translation>
    </message>
    <message>
        <source>Standing council majority (share of those present in favour)</source>
        <translation>常务理事会表决通过比例（占到会人数）</translation>
    </message>
    <message>
        <source>Young and middle-aged: at most this age</source>
        <translation>中青年：年龄不超过</translation>
    </message>
    <message>
        <source>Consecutive unexcused absences flagged</source>
        <translation>连续无故缺席提醒次数</translation>
    </message>
    <message>
        <source>Pilot society of the reform</source>
        <translation>改革试点学会</translation>
    </message>
    <message>
        <source>Rule packs that apply</source>
        <translation>适用的规则包</translation>
    </message>
    <message>
        <source>Language of generated documents</source>
        <translation>生成文档的语言</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>保留的自动备份份数</translation>
    </message>
    <message>
        <source>Years of unpaid dues before a member is lapsed</source>
        <translation>未缴会费满几年视为欠费</translation>
    </message>
    <message>
        <source>Years of unpaid dues before withdrawal is proposed</source>
        <translation>未缴会费满几年提请退会</translation>
    </message>
    <message>
        <source>Share of the ballots cast a candidate must exceed to be elected</source>
        <translation>候选人当选须超过的得票比例（占投票数）</translation>
    </message>
    <message>
        <source>Supervisory board quorum (share of supervisors present)</source>
        <translation>监事会会议法定人数（到会监事比例）</translation>
    </message>
    <message>
        <source>Supervisory board majority (share of those present in favour)</source>
        <translation>监事会表决通过比例（到会监事中赞成比例）</translation>
    </message>
    <message>
        <source>A member represented by proxy counts as present</source>
        <translation>委托他人出席者计入到会人数</translation>
    </message>
    <message>
        <source>A term lasts at most this many years</source>
        <translation>每届任期最长年数</translation>
    </message>
    <message>
        <source>Chair, vice-chairs and secretary-general at most this age in office</source>
        <translation>理事长、副理事长、秘书长最高任职年龄</translation>
    </message>
    <message>
        <source>Chair and vice-chairs at most this many consecutive terms in the same role</source>
        <translation>理事长、副理事长同一职务最多连任届数</translation>
    </message>
    <message>
        <source>Supervisory board: at least this many members</source>
        <translation>监事会最少人数</translation>
    </message>
    <message>
        <source>Supervisory board: at most this many members (an odd number)</source>
        <translation>监事会最多人数（人数为奇数）</translation>
    </message>
</context>
<context>
    <name>sd::annual::AnnualFigures</name>
    <message>
        <source>The generated figures were saved in format %1, which this version of the program cannot read.</source>
        <translation>生成部分的数据以格式 %1 保存，本版本程序无法读取。</translation>
    </message>
    <message>
        <source>The generated figures cannot be read: %1 is missing or not of its kind.</source>
        <translation>无法读取生成部分的数据：%1 缺失或类型不符。</translation>
    </message>
</context>
<context>
    <name>sd::annual::AnnualReportStore</name>
    <message>
        <source>Development overview</source>
        <translation>发展现状</translation>
    </message>
    <message>
        <source>Internal governance</source>
        <translation>内部建设</translation>
    </message>
    <message>
        <source>Main activities</source>
        <translation>主要业务活动</translation>
    </message>
    <message>
        <source>Member development and services</source>
        <translation>会员发展服务</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>财务状况</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>The annual report could not be written (%1).</source>
        <translation>年报未能写入（%1）。</translation>
    </message>
    <message>
        <source>%1 is not a year a report can cover.</source>
        <translation>%1 不是年报可以覆盖的年份。</translation>
    </message>
    <message>
        <source>The %1 report already exists.</source>
        <translation>%1 年度年报已经存在。</translation>
    </message>
    <message>
        <source>There is no %1 report yet.</source>
        <translation>尚无 %1 年度年报。</translation>
    </message>
    <message>
        <source>The %1 report is published and locked; a correction is a new version with a note.</source>
        <translation>%1 年度年报已发布并锁定；如需更正，请另存带说明的新版本。</translation>
    </message>
    <message>
        <source>The %1 report is %2; return it to draft to edit it.</source>
        <translation>%1 年度年报当前为“%2”；退回草稿后才能编辑。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the annual report.</source>
        <translation>“%1”不是年报的章节。</translation>
    </message>
    <message>
        <source>The %1 report has no version %2.</source>
        <translation>%1 年度年报没有第 %2 版。</translation>
    </message>
    <message>
        <source>Restored from version %1</source>
        <translation>由第 %1 版恢复</translation>
    </message>
    <message>
        <source>A report goes draft → review → approved → published one step at a time; the %1 report is %2, its next step is %3.</source>
        <translation>年报按 草稿 → 审核 → 批准 → 发布 逐步推进；%1 年度年报当前为“%2”，下一步是“%3”。</translation>
    </message>
    <message>
        <source>Write every section before review; not yet written: %1.</source>
        <translation>提交审核前须写完所有章节；尚未撰写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Take the generated parts from the records before review.</source>
        <translation>提交审核前须先从记录生成统计部分。</translation>
    </message>
    <message>
        <source>The publication date must be from %1 to today (%2).</source>
        <translation>发布日期须在 %1 至今天（%2）之间。</translation>
    </message>
    <message>
        <source>Only a published report is corrected; edit the draft instead.</source>
        <translation>只有已发布的年报才需要更正；草稿请直接编辑。</translation>
    </message>
    <message>
        <source>A correction needs a note saying what it corrects.</source>
        <translation>更正须说明更正内容。</translation>
    </message>
</context>
<context>
    <name>sd::annual::Finance</name>
    <message>
        <source>Donations</source>
        <translation>捐赠收入</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>会费收入</translation>
    </message>
    <message>
        <source>Services rendered</source>
        <translation>提供服务收入</translation>
    </message>
    <message>
        <source>Government grants</source>
        <translation>政府补助收入</translation>
    </message>
    <message>
        <source>Sales of goods</source>
        <translation>商品销售收入</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>投资收益</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Programme costs</source>
        <translation>业务活动成本</translation>
    </message>
    <message>
        <source>Administrative expenses</source>
        <translation>管理费用</translation>
    </message>
    <message>
        <source>Fundraising expenses</source>
        <translation>筹资费用</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Net assets at year end</source>
        <translation>年末净资产</translation>
    </message>
    <message>
        <source>%1 is not a year the finance summary can cover.</source>
        <translation>%1 不是财务汇总可涵盖的年度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the activity statement.</source>
        <translation>“%1”不是业务活动表中的项目。</translation>
    </message>
    <message>
        <source>The finance summary could not be written (%1).</source>
        <translation>无法写入财务汇总（%1）。</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>项目“%1”重复填写。</translation>
    </message>
</context>
<context>
    <name>sd::branches::BranchLayouts</name>
    <message>
        <source>The branches in %1 could not be read or written (%2).</source>
        <translation>无法读写 %1 中的分支机构记录（%2）。</translation>
    </message>
    <message>
        <source>A branch with a 撤销日期 is 撤销; its status says %1.</source>
        <translation>有撤销日期的分支机构状态应为“撤销”；此行状态为“%1”。</translation>
    </message>
    <message>
        <source>%1 would be a branch of %2; a branch may not set up branches of its own (社会团体登记管理条例 第十七条).</source>
        <translation>%1将成为%2的下设机构；分支机构不得再设立分支机构（《社会团体登记管理条例》第十七条）。</translation>
    </message>
    <message>
        <source>There is no branch named %1; import the branches first.</source>
        <translation>没有名为%1的分支机构；请先导入分支机构。</translation>
    </message>
    <message>
        <source>%1 does not look like a requirement id such as CAST17-20.</source>
        <translation>%1 不像改革任务编号（例如 CAST17-20）。</translation>
    </message>
</context>
<context>
    <name>sd::branches::BranchStore</name>
    <message>
        <source>The branches in %1 could not be written (%2).</source>
        <translation>无法写入 %1 中的分支机构记录（%2）。</translation>
    </message>
    <message>
        <source>A branch needs a name.</source>
        <translation>分支机构需要名称。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of branch; the kinds are %2.</source>
        <translation>“%1”不是分支机构类型；类型为：%2。</translation>
    </message>
    <message>
        <source>A branch named %1 is already recorded.</source>
        <translation>名为%1的分支机构已有记录。</translation>
    </message>
    <message>
        <source>%1 would be a branch of %2; a branch may not set up branches of its own (社会团体登记管理条例 第十七条).</source>
        <translation>%1将成为%2的下设机构；分支机构不得再设立分支机构（《社会团体登记管理条例》第十七条）。</translation>
    </message>
    <message>
        <source>That branch is no longer recorded.</source>
        <translation>该分支机构已不在记录中。</translation>
    </message>
    <message>
        <source>A change of status needs its date.</source>
        <translation>状态变更需要日期。</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become %3.</source>
        <translation>%1当前为“%2”，不能变为“%3”。</translation>
    </message>
    <message>
        <source>%1 was established on %2; a change of status cannot come before that.</source>
        <translation>%1成立于 %2，状态变更不能早于该日期。</translation>
    </message>
    <message>
        <source>A branch&apos;s officer is its leader or its secretary.</source>
        <translation>分支机构负责人员为负责人或秘书。</translation>
    </message>
    <message>
        <source>An officer needs a name.</source>
        <translation>负责人员需要姓名。</translation>
    </message>
    <message>
        <source>A filing belongs to a recorded branch.</source>
        <translation>备案须属于已登记的分支机构。</translation>
    </message>
    <message>
        <source>A filing needs its date.</source>
        <translation>备案需要日期。</translation>
    </message>
    <message>
        <source>An activity needs a name.</source>
        <translation>活动需要名称。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of activity.</source>
        <translation>“%1”不是活动类型。</translation>
    </message>
    <message>
        <source>An activity needs its start date.</source>
        <translation>活动需要开始日期。</translation>
    </message>
    <message>
        <source>An activity cannot end (%1) before it starts (%2).</source>
        <translation>活动的结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>参与人数不能为负数。</translation>
    </message>
    <message>
        <source>The organising branch is not recorded.</source>
        <translation>主办分支机构没有记录。</translation>
    </message>
    <message>
        <source>The activity or the document is not recorded.</source>
        <translation>该活动或文档没有记录。</translation>
    </message>
</context>
<context>
    <name>sd::branches::BranchText</name>
    <message>
        <source>Being established</source>
        <translation>设立中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>A %1&apos;s name should end in “%2” (社会组织名称管理办法).</source>
        <translation>%1的名称应以“%2”结尾（《社会组织名称管理办法》）。</translation>
    </message>
    <message>
        <source>A branch&apos;s name may not carry “%1” of its own (社会组织名称管理办法).</source>
        <translation>分支机构名称中不得含有“%1”（《社会组织名称管理办法》）。</translation>
    </message>
</context>
<context>
    <name>sd::cli::BranchCommands</name>
    <message>
        <source>Only the branches inactive on DATE: 正常 with no activity in the 12 months before it.</source>
        <translation>只列出在该日期不活跃的分支机构：状态正常，且此前 12 个月内没有活动。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>List the branches with kind, status, last activity and filings; inactive branches (no activity in the 12 months before the date) are marked.</source>
        <translation>列出分支机构的类型、状态、最近活动和备案；不活跃的分支机构（该日期前 12 个月内无活动）会被标出。</translation>
    </message>
    <message>
        <source>societydesk-cli branches list: --inactive-on needs a full date such as 2026-06-30.</source>
        <translation>societydesk-cli branches list：--inactive-on 需要完整日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>最近活动 %1</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>无活动</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（不活跃）</translation>
    </message>
    <message>
        <source>no filings</source>
        <translation>无备案</translation>
    </message>
    <message>
        <source>No branches.</source>
        <translation>没有分支机构。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli [--db FILE] branches list [--inactive-on DATE] [--format json]</source>
        <translation>用法：societydesk-cli [--db 文件] branches list [--inactive-on 日期] [--format json]</translation>
    </message>
    <message>
        <source>societydesk-cli branches: unknown subcommand &quot;%1&quot;; use branches list.</source>
        <translation>societydesk-cli branches：未知子命令“%1”；请使用 branches list。</translation>
    </message>
</context>
<context>
    <name>sd::cli::CommandSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: unexpected argument &quot;%2&quot;; see --help.</source>
        <translation>societydesk-cli %1：多余的参数“%2”；详见 --help。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: %2 is required; see --help.</source>
        <translation>societydesk-cli %1：缺少 %2；请参阅 --help。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --%2 needs a full date such as 2026-06-30.</source>
        <translation>societydesk-cli %1：--%2 需要完整日期，例如 2026-06-30。</translation>
    </message>
</context>
<context>
    <name>sd::cli::Commands</name>
    <message>
        <source>The society&apos;s name (学会名称).</source>
        <translation>学会名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The society&apos;s English name.</source>
        <translation>学会英文名称。</translation>
    </message>
    <message>
        <source>Unified social credit code (GB 32100).</source>
        <translation>统一社会信用代码（GB 32100）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Fill the new file with the demo society (deterministic for a seed) instead of --name.</source>
        <translation>用示例学会填充新文件（同一种子生成相同数据），代替 --name。</translation>
    </message>
    <message>
        <source>Seed of the demo society.</source>
        <translation>示例学会的随机种子。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Create a new society file.</source>
        <translation>新建学会文件。</translation>
    </message>
    <message>
        <source>societydesk-cli init: --seed must be a non-negative whole number.</source>
        <translation>societydesk-cli init：--seed 必须是非负整数。</translation>
    </message>
    <message>
        <source>societydesk-cli init: --name is required (or --demo).</source>
        <translation>societydesk-cli init：必须提供 --name（或 --demo）。</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>已为“%2”创建 %1。</translation>
    </message>
    <message>
        <source>Show the society&apos;s profile, settings and record counts.</source>
        <translation>显示学会信息、设置和各类记录数。</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <source>Supervising association</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>%1 中的记录</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write a verified copy of the society file.</source>
        <translation>写入一份经过校验的学会文件副本。</translation>
    </message>
    <message>
        <source>societydesk-cli backup: --out FILE is required.</source>
        <translation>societydesk-cli backup：必须提供 --out 文件。</translation>
    </message>
    <message>
        <source>societydesk-cli backup: --out must not be the society file itself.</source>
        <translation>societydesk-cli backup：--out 不能是学会文件本身。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes, SHA-256 %3).</source>
        <translation>备份已写入并校验：%1（%2 字节，SHA-256 %3）。</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check and foreign key check. Works while the file is open elsewhere (it reads a consistent snapshot and writes nothing). Exits 1 when problems are found.</source>
        <translation>运行 SQLite 的完整性检查和外键检查。文件在别处打开时也可运行（读取一致的快照，不写入任何内容）。发现问题时退出码为 1。</translation>
    </message>
    <message>
        <source>%1 passed the integrity and foreign key checks (%2 ms).</source>
        <translation>%1 通过了完整性检查和外键检查（%2 毫秒）。</translation>
    </message>
    <message>
        <source>%1 failed its integrity check:</source>
        <translation>%1 未通过完整性检查：</translation>
    </message>
    <message>
        <source>The newest verified backup is %1.</source>
        <translation>最新一份已校验的备份是 %1。</translation>
    </message>
    <message>
        <source>Create a new society file (--name NAME [--uscc CODE], or --demo).</source>
        <translation>新建学会文件（--name 名称 [--uscc 代码]，或 --demo）。</translation>
    </message>
    <message>
        <source>Write a verified copy of the society file (--out FILE).</source>
        <translation>写入一份经过校验的学会文件副本（--out 文件）。</translation>
    </message>
    <message>
        <source>Run the full integrity check of the society file.</source>
        <translation>对学会文件做完整性检查。</translation>
    </message>
    <message>
        <source>Change a setting (repeatable); all changes are checked first and saved together.</source>
        <translation>修改一项设置（可重复使用）；所有修改先统一校验，再一并保存。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>Show the society&apos;s settings (the charter&apos;s quorum and majority fractions, ages, thresholds, the rule packs that apply, the language of documents), or change them.</source>
        <translation>显示或修改学会设置（章程规定的到会和表决比例、年龄、阈值、适用的规则包、文档语言）。</translation>
    </message>
    <message>
        <source>societydesk-cli settings: --set needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>societydesk-cli settings：--set 需要“键=值”格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a setting; see societydesk-cli settings.</source>
        <translation>%1 不是有效的设置项；请运行 societydesk-cli settings 查看。</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Show or change the society&apos;s charter settings (--set KEY=VALUE).</source>
        <translation>显示或修改学会的章程设置（--set 键=值）。</translation>
    </message>
    <message>
        <source>Write the import template of a register (template KIND --out FILE).</source>
        <translation>写出名册的导入模板（template KIND --out FILE）。</translation>
    </message>
    <message>
        <source>Count the members on a date, by grade and status (members count [--on DATE]).</source>
        <translation>按会员类别和状态统计某一日期的会员人数（members count [--on 日期]）。</translation>
    </message>
    <message>
        <source>Add demo members, units and dues to a society file (--members N).</source>
        <translation>向学会文件添加示例个人会员、单位会员和会费记录（--members N）。</translation>
    </message>
    <message>
        <source>List or change the member grades (grades list|add|rename|remove|default).</source>
        <translation>查看或更改会员类别（grades list|add|rename|remove|default）。</translation>
    </message>
    <message>
        <source>Set or list the dues standards per grade and year (dues-standard set|list).</source>
        <translation>设置或查看各会员类别各年度的会费标准（dues-standard set|list）。</translation>
    </message>
    <message>
        <source>Show a body&apos;s composition on a date (composition --body council [--term N] [--on DATE]).</source>
        <translation>显示某机构在某日的构成（composition --body council [--term N] [--on DATE]）。</translation>
    </message>
    <message>
        <source>Record an attestation with its document (attest KIND --date D --by NAME [--file F]).</source>
        <translation>登记一份证明材料及其文件（attest KIND --date D --by NAME [--file F]）。</translation>
    </message>
    <message>
        <source>Export a register to XLSX or CSV, masked (export KIND --out FILE).</source>
        <translation>将名册导出为 XLSX 或 CSV（脱敏）（export KIND --out FILE）。</translation>
    </message>
    <message>
        <source>List the branches with their last activity and filings (branches list [--inactive-on DATE]).</source>
        <translation>列出分支机构及其最近活动和备案（branches list [--inactive-on DATE]）。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes as PDF or ODT (minutes --meeting NO --out FILE).</source>
        <translation>生成会议纪要（PDF 或 ODT）（minutes --meeting 编号 --out 文件）。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s sign-in sheet as PDF or ODT (signin-sheet --meeting NO --out FILE).</source>
        <translation>生成会议签到表（PDF 或 ODT）（signin-sheet --meeting 编号 --out 文件）。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s notice with its reply slip as PDF or ODT (notice --meeting NO --out FILE).</source>
        <translation>生成会议通知及回执（PDF 或 ODT）（notice --meeting 编号 --out 文件）。</translation>
    </message>
    <message>
        <source>List the meetings with attendance, quorum, resolutions and minutes (meetings list [--year Y] [--body B]).</source>
        <translation>列出会议及其出席情况、法定人数、决议和纪要（meetings list [--year Y] [--body B]）。</translation>
    </message>
    <message>
        <source>List the follow-ups of resolutions, or those overdue on a date (followups [--overdue-on DATE] [--owner NAME]).</source>
        <translation>列出决议的落实事项，或截至某日逾期的落实事项（followups [--overdue-on DATE] [--owner NAME]）。</translation>
    </message>
    <message>
        <source>List the council members with consecutive unexcused absences in the current term (absences [--on DATE]).</source>
        <translation>列出本届连续无故缺席的理事（absences [--on DATE]）。</translation>
    </message>
    <message>
        <source>Import a spreadsheet into a register: members, units, dues, terms, seats, staff, regulations, branches, filings, activities, meetings, attendance, resolutions (import KIND FILE).</source>
        <translation>将表格导入名册：members、units、dues、terms、seats、staff、regulations、branches、filings、activities、meetings、attendance、resolutions（import KIND FILE）。</translation>
    </message>
    <message>
        <source>List the shipped rule packs or validate a pack file (packs list | packs validate FILE).</source>
        <translation>列出随程序提供的规则包或检查规则包文件（packs list | packs validate FILE）。</translation>
    </message>
    <message>
        <source>Evaluate rule packs and list the findings (check [--pack ID]... [--year Y] [--on DATE]).</source>
        <translation>评估规则包并列出检查结果（check [--pack ID]... [--year Y] [--on DATE]）。</translation>
    </message>
    <message>
        <source>The annual report&apos;s records: the year&apos;s finance summary (report finance --year Y [--set CATEGORY=AMOUNT]...).</source>
        <translation>年报相关记录：年度财务汇总（report finance --year Y [--set 项目=金额]...）。</translation>
    </message>
    <message>
        <source>The reform plan: create, choose tasks, targets, monthly progress, export (plan create|show|choose|task|problems|progress|export --year Y --pack P ...).</source>
        <translation>改革方案：创建、选择任务、目标、月度进度、导出（plan create|show|choose|task|problems|progress|export --year Y --pack P ...）。</translation>
    </message>
    <message>
        <source>Export, sign or verify the year&apos;s submission package for the supervising association (package export --year Y --out FILE.zip | package sign FILE.zip --key FILE | package verify FILE.zip [--pubkey FILE]).</source>
        <translation>导出、签名或校验报送业务主管单位的年度报送包（package export --year Y --out FILE.zip | package sign FILE.zip --key FILE | package verify FILE.zip [--pubkey FILE]）。</translation>
    </message>
    <message>
        <source>Generate the society&apos;s key pair for signing packages (keys generate --out DIR).</source>
        <translation>生成学会用于签名报送包的密钥对（keys generate --out 目录）。</translation>
    </message>
    <message>
        <source>The supervising association&apos;s database of imported packages (supervisor import|overview|trust|list --supervisor FILE).</source>
        <translation>主管单位的报送包数据库（supervisor import|overview|trust|list --supervisor 文件）。</translation>
    </message>
</context>
<context>
    <name>sd::cli::FormatOption</name>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --format must be text or json.</source>
        <translation>societydesk-cli %1：--format 必须为 text 或 json。</translation>
    </message>
</context>
<context>
    <name>sd::cli::GovernanceCommands</name>
    <message>
        <source>societydesk-cli %1: %2 needs a full date such as 2026-06-30.</source>
        <translation>societydesk-cli %1：%2 需要完整日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <source>The body: council, standing_council, supervisory_board or congress (or 理事会 …).</source>
        <translation>机构：council、standing_council、supervisory_board 或 congress（也可写理事会等）。</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>The term, e.g. 9 or 第九届 (default: the term in office on the date).</source>
        <translation>届次，例如 9 或第九届（默认：该日在任的一届）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The reference date (default: today).</source>
        <translation>参考日期（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Show a body&apos;s composition on a date: seats, front-line, party members, young and middle-aged, women, each with yes/no/unknown, and the previous term&apos;s size.</source>
        <translation>显示某机构在某日的构成：人数、基层一线、党员、中青年、女性，各按是/否/未知计数，以及上一届的人数。</translation>
    </message>
    <message>
        <source>societydesk-cli composition: &quot;%1&quot; is not a body; use council, standing_council, supervisory_board or congress.</source>
        <translation>societydesk-cli composition：“%1”不是机构；请使用 council、standing_council、supervisory_board 或 congress。</translation>
    </message>
    <message>
        <source>societydesk-cli composition: --term takes a term such as 9 or 第九届.</source>
        <translation>societydesk-cli composition：--term 需要届次，例如 9 或第九届。</translation>
    </message>
    <message>
        <source>%1 is not recorded; see the terms register.</source>
        <translation>%1没有记录；请查看届次名册。</translation>
    </message>
    <message>
        <source>No term had started on %1; import the terms first.</source>
        <translation>%1 时尚无开始的届次；请先导入届次。</translation>
    </message>
    <message>
        <source> — yes %1, no %2, unknown %3</source>
        <translation> — 是 %1，否 %2，未知 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, on %3: %n seat(s)</source>
        <translation>
            <numerusform>%1，%2，%3：共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Front-line</source>
        <translation>基层一线</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Young and middle-aged (at most %1)</source>
        <translation>中青年（%1 周岁以下）</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Previous term: %1 seat(s)</source>
        <translation>上一届：%1 人</translation>
    </message>
    <message>
        <source>The date of the attestation.</source>
        <translation>证明材料的日期。</translation>
    </message>
    <message>
        <source>Who attests (a person or a body).</source>
        <translation>证明人（个人或机构）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The document, kept in the society file (PDF, DOCX, ODT or an image; at most 20 MB).</source>
        <translation>文件，保存在学会文件中（PDF、DOCX、ODT 或图片；最大 20 MB）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A detail, e.g. the party organisation&apos;s type A, B or C.</source>
        <translation>补充说明，例如党组织类型 A、B 或 C。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>societydesk-cli attest: &quot;%1&quot; is not a kind; use %2.</source>
        <translation>societydesk-cli attest：“%1”不是类别；请使用 %2。</translation>
    </message>
    <message>
        <source>societydesk-cli attest: --date and --by are required.</source>
        <translation>societydesk-cli attest：必须提供 --date 和 --by。</translation>
    </message>
    <message>
        <source>societydesk-cli attest: a party organisation&apos;s type is A, B or C.</source>
        <translation>societydesk-cli attest：党组织类型为 A、B 或 C。</translation>
    </message>
    <message>
        <source>Recorded the attestation %1 of %2 by %3.</source>
        <translation>已登记证明材料 %1（%2，证明人：%3）。</translation>
    </message>
    <message>
        <source>The year it covers (an appraisal, a work plan, an annual work report).</source>
        <translation>所涵盖的年度（如考核、工作计划、年度工作报告）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Record an attestation: what only a document shows (a party organisation, premises, the secretary-general&apos;s appraisal, a work plan, the annual work report …).</source>
        <translation>登记证明材料：只能由文件证明的事项（党组织、办公场所、秘书长考核、工作计划、年度工作报告等）。</translation>
    </message>
    <message>
        <source>societydesk-cli attest: --year takes a year such as 2026.</source>
        <translation>societydesk-cli attest：--year 应为年份，例如 2026。</translation>
    </message>
    <message>
        <source>The person it is about, by member number or name (required for retired_official_post: a retired official&apos;s single unpaid post).</source>
        <translation>所涉人员，按会员编号或姓名（retired_official_post 必填：退（离）休领导干部只兼一职且不取酬）。</translation>
    </message>
    <message>
        <source>MEMBER_NO|NAME</source>
        <translation>会员编号|姓名</translation>
    </message>
    <message>
        <source>societydesk-cli attest: retired_official_post needs --person (member number or name).</source>
        <translation>societydesk-cli attest：retired_official_post 需要 --person（会员编号或姓名）。</translation>
    </message>
    <message>
        <source>societydesk-cli attest: no seated person has the member number or name &quot;%1&quot;.</source>
        <translation>societydesk-cli attest：没有任职人员的会员编号或姓名为“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>societydesk-cli attest: &quot;%1&quot; names %n people (%2); give the member number instead.</source>
        <translation>
            <numerusform>societydesk-cli attest：“%1”对应%n人（%2）；请改用会员编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded the attestation %1 of %2 by %3 for %4.</source>
        <translation>已登记%4的证明 %1（%2，%3）。</translation>
    </message>
</context>
<context>
    <name>sd::cli::GradeCommands</name>
    <message>
        <source>There is no grade named &quot;%1&quot;; see societydesk-cli grades list.</source>
        <translation>没有名为“%1”的会员类别；参见 societydesk-cli grades list。</translation>
    </message>
    <message>
        <source>List the member grades in their order, with the default grade and how many members hold each.</source>
        <translation>按顺序列出会员类别，标明默认类别及各类别的会员人数。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The new grade&apos;s name (at most 20 characters).</source>
        <translation>新会员类别的名称（最多 20 个字符）。</translation>
    </message>
    <message>
        <source>Add a member grade after the last one.</source>
        <translation>在最后一个会员类别之后添加一个会员类别。</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>原名称</translation>
    </message>
    <message>
        <source>The grade&apos;s name.</source>
        <translation>会员类别的名称。</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>新的名称。</translation>
    </message>
    <message>
        <source>Rename a member grade; its members and dues standards keep it.</source>
        <translation>重命名会员类别；其会员和会费标准保持不变。</translation>
    </message>
    <message>
        <source>Remove a member grade that no member holds and that is not the default; its dues standards go with it.</source>
        <translation>删除没有会员、且不是默认类别的会员类别；其会费标准一并删除。</translation>
    </message>
    <message>
        <source>Make a grade the default grade of new members.</source>
        <translation>将某会员类别设为新会员的默认类别。</translation>
    </message>
    <message>
        <source>Added the grade &quot;%1&quot;.</source>
        <translation>已添加会员类别“%1”。</translation>
    </message>
    <message>
        <source>Renamed the grade &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>已将会员类别“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Removed the grade &quot;%1&quot;.</source>
        <translation>已删除会员类别“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default grade.</source>
        <translation>“%1”现为默认会员类别。</translation>
    </message>
    <message>
        <source>Set what members of a grade pay in a year; it stays the standard of later years until they have their own.</source>
        <translation>设置某会员类别某年度的会费；在以后年度另行设置之前，该标准继续适用。</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year, 1949 to 2100.</source>
        <translation>年度，1949 至 2100。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 200 or 200.50.</source>
        <translation>以元为单位的金额，例如 200 或 200.50。</translation>
    </message>
    <message>
        <source>societydesk-cli dues-standard set: YEAR must be a year such as 2025, not &quot;%1&quot;.</source>
        <translation>societydesk-cli dues-standard set：年度应为 2025 这样的年份，而不是“%1”。</translation>
    </message>
    <message>
        <source>The amount is required.</source>
        <translation>金额为必填项。</translation>
    </message>
    <message>
        <source>The dues standard of &quot;%1&quot; for %2 is %3 yuan.</source>
        <translation>“%1”%2 年度的会费标准为 %3 元。</translation>
    </message>
    <message>
        <source>Only the standards of this year.</source>
        <translation>仅显示该年度的会费标准。</translation>
    </message>
    <message>
        <source>List the dues standards by year and grade (amounts in yuan).</source>
        <translation>按年度和会员类别列出会费标准（金额以元为单位）。</translation>
    </message>
    <message>
        <source>societydesk-cli dues-standard list: --year needs a year from %1 to %2.</source>
        <translation>societydesk-cli dues-standard list：--year 需要 %1 至 %2 之间的年份。</translation>
    </message>
    <message>
        <source>No dues standards.</source>
        <translation>没有会费标准。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli [--db FILE] grades list [--format json]</source>
        <translation>用法：societydesk-cli [--db 文件] grades list [--format json]</translation>
    </message>
    <message>
        <source>       societydesk-cli [--db FILE] grades add NAME</source>
        <translation>      societydesk-cli [--db 文件] grades add 名称</translation>
    </message>
    <message>
        <source>       societydesk-cli [--db FILE] grades rename OLD NEW</source>
        <translation>      societydesk-cli [--db 文件] grades rename 原名称 新名称</translation>
    </message>
    <message>
        <source>       societydesk-cli [--db FILE] grades remove NAME</source>
        <translation>      societydesk-cli [--db 文件] grades remove 名称</translation>
    </message>
    <message>
        <source>       societydesk-cli [--db FILE] grades default NAME</source>
        <translation>      societydesk-cli [--db 文件] grades default 名称</translation>
    </message>
    <message>
        <source>societydesk-cli grades: unknown subcommand &quot;%1&quot;; use list, add, rename, remove or default.</source>
        <translation>societydesk-cli grades：未知的子命令“%1”；请使用 list、add、rename、remove 或 default。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli [--db FILE] dues-standard set GRADE YEAR AMOUNT</source>
        <translation>用法：societydesk-cli [--db 文件] dues-standard set 会员类别 年度 金额</translation>
    </message>
    <message>
        <source>       societydesk-cli [--db FILE] dues-standard list [--year YEAR] [--format json]</source>
        <translation>      societydesk-cli [--db 文件] dues-standard list [--year 年度] [--format json]</translation>
    </message>
    <message>
        <source>societydesk-cli dues-standard: unknown subcommand &quot;%1&quot;; use set or list.</source>
        <translation>societydesk-cli dues-standard：未知的子命令“%1”；请使用 set 或 list。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ImportCommands</name>
    <message>
        <source>societydesk-cli %1: &quot;%2&quot; is not a register; use %3.</source>
        <translation>societydesk-cli %1：“%2”不是名册；请使用 %3。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 valid, %4 written to %5 (%6 new, %7 updated, %8 skipped).</source>
        <translation>%1：读取 %2 行，有效 %3 行，写入 %5 %4 行（新增 %6，更新 %7，跳过 %8）。</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 valid; a dry run, so nothing was written.</source>
        <translation>%1：读取 %2 行，有效 %3 行；仅为试导入，未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 valid; the file was rejected and nothing was written.</source>
        <translation>%1：读取 %2 行，有效 %3 行；文件未通过检查，未写入任何内容。</translation>
    </message>
    <message>
        <source>Errors (%1):</source>
        <translation>错误（%1）：</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>提示（%1）：</translation>
    </message>
    <message>
        <source>The rejected rows are in %1, with the reason in the column 错误原因.</source>
        <translation>未导入的行已写入 %1，原因见“错误原因”列。</translation>
    </message>
    <message>
        <source>Correct the rows listed, or import the valid rows alone with --skip-invalid --rejects FILE.</source>
        <translation>请更正上列各行，或用 --skip-invalid --rejects FILE 只导入有效的行。</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX：要读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CSV: auto (default), utf-8 or gb18030.</source>
        <translation>CSV：auto（默认）、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Write the valid rows even when others are rejected (needs --rejects).</source>
        <translation>即使有行未通过检查，也写入有效的行（需同时指定 --rejects）。</translation>
    </message>
    <message>
        <source>With --skip-invalid: write the rejected rows here, with their reason (.xlsx or .csv).</source>
        <translation>与 --skip-invalid 同用：把未导入的行连同原因写入此文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows already in the register: error (default), skip or update.</source>
        <translation>名册中已有的行：error（报错，默认）、skip（跳过）或 update（更新）。</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Write the report as JSON to FILE, whatever the outcome.</source>
        <translation>无论结果如何，都把报告以 JSON 写入 FILE。</translation>
    </message>
    <message>
        <source>Check the file against the register and report; write nothing.</source>
        <translation>对照名册检查文件并报告，不写入任何内容。</translation>
    </message>
    <message>
        <source>Import a spreadsheet (.xlsx, or .csv in UTF-8 or GB18030) into a register. Every row is checked first; unless --skip-invalid, one bad row means nothing is written, and every bad row is reported. Exits 3 when the file is rejected.</source>
        <translation>把电子表格（.xlsx，或 UTF-8、GB18030 编码的 .csv）导入名册。先检查每一行；未指定 --skip-invalid 时，只要有一行有误就不写入任何内容，并列出所有有误的行。文件未通过检查时退出码为 3。</translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation>要导入的电子表格。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gb18030.</source>
        <translation>--encoding 只能是 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>--on-duplicate must be error, skip or update.</source>
        <translation>--on-duplicate 只能是 error、skip 或 update。</translation>
    </message>
    <message>
        <source>--skip-invalid and --rejects FILE go together.</source>
        <translation>--skip-invalid 与 --rejects FILE 须同时使用。</translation>
    </message>
    <message>
        <source>--rejects must name a .xlsx or .csv file.</source>
        <translation>--rejects 须为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation>要写入的文件：.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Write full ID numbers, phones and emails (recorded in the audit log).</source>
        <translation>写出完整的证件号码、电话和邮箱（记入审计日志）。</translation>
    </message>
    <message>
        <source>Only rows with these statuses, comma-separated (正常,欠费,…).</source>
        <translation>只导出这些状态的行，以逗号分隔（正常,欠费,…）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>CSV: utf-8 (with a BOM, the default) or gb18030.</source>
        <translation>CSV：utf-8（带 BOM，默认）或 gb18030。</translation>
    </message>
    <message>
        <source>Export a register in the layout it is imported in. ID numbers, phones and emails are masked unless --unmasked.</source>
        <translation>按导入所用的格式导出名册。除非指定 --unmasked，证件号码、电话和邮箱均做脱敏处理。</translation>
    </message>
    <message>
        <source>--out FILE.xlsx or FILE.csv is required.</source>
        <translation>须指定 --out FILE.xlsx 或 FILE.csv。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>societydesk-cli export: --out must not be the society file itself.</source>
        <translation>societydesk-cli export：--out 不能是学会文件本身。</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3, unmasked (SHA-256 %4, recorded in the audit log).</source>
        <translation>已将 %2 的 %1 行导出到 %3，未脱敏（SHA-256 %4，已记入审计日志）。</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3, with ID numbers, phones and emails masked.</source>
        <translation>已将 %2 的 %1 行导出到 %3，证件号码、电话和邮箱已脱敏。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (UTF-8 with a BOM).</source>
        <translation>要写入的文件：.xlsx 或 .csv（带 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>Write an import template (下载导入模板): the register&apos;s column headers and one example row. Needs no society file.</source>
        <translation>写出导入模板（下载导入模板）：名册的列标题和一行示例。无需学会文件。</translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>已把 %1 模板写入 %2。</translation>
    </message>
    <message>
        <source>The register: members (个人会员), units (单位会员), dues (会费), terms (届), seats (任职), staff (秘书处工作人员), regulations (制度), branches (分支机构), filings (备案), activities (活动), meetings (会议), attendance (签到) or resolutions (决议).</source>
        <translation>名册：members（个人会员）、units（单位会员）、dues（会费）、terms（届）、seats（任职）、staff（秘书处工作人员）、regulations（制度）、branches（分支机构）、filings（备案）、activities（活动）、meetings（会议）、attendance（签到）或 resolutions（决议）。</translation>
    </message>
</context>
<context>
    <name>sd::cli::MeetingCommands</name>
    <message>
        <source>Only the meetings of this year, e.g. 2025.</source>
        <translation>仅列出该年度的会议，例如 2025。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Only the meetings of this body: congress, council, standing_council, supervisory_board, chair_office, secretary_general_office, or its Chinese name (理事会 …).</source>
        <translation>仅列出该机构的会议：congress、council、standing_council、supervisory_board、chair_office、secretary_general_office，或其中文名称（理事会……）。</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>List the meetings by date: body, mode, place, chair, the seats on the roll and how many were present, whether the quorum was reached, the resolutions and the state of the minutes.</source>
        <translation>按日期列出会议：机构、形式、地点、主持人、应到人数与实到人数、是否达到法定人数、决议数量以及纪要状态。</translation>
    </message>
    <message>
        <source>societydesk-cli meetings list: --year needs a year such as 2025.</source>
        <translation>societydesk-cli meetings list：--year 需要年度，例如 2025。</translation>
    </message>
    <message>
        <source>societydesk-cli meetings list: --body must be %1 or its Chinese name, not &quot;%2&quot;.</source>
        <translation>societydesk-cli meetings list：--body 须为 %1 或其中文名称，而不是“%2”。</translation>
    </message>
    <message>
        <source>chair %1</source>
        <translation>主持人 %1</translation>
    </message>
    <message>
        <source>attendance not recorded</source>
        <translation>未登记出席情况</translation>
    </message>
    <message>
        <source>present %1 of %2</source>
        <translation>出席 %1/%2</translation>
    </message>
    <message>
        <source>present %1 of %2 (quorate)</source>
        <translation>出席 %1/%2（达到法定人数）</translation>
    </message>
    <message>
        <source>present %1 of %2 (not quorate, %3 needed)</source>
        <translation>出席 %1/%2（未达法定人数，需 %3 人）</translation>
    </message>
    <message>
        <source>resolutions: %1</source>
        <translation>决议 %1 项</translation>
    </message>
    <message>
        <source>no minutes</source>
        <translation>无纪要</translation>
    </message>
    <message>
        <source>minutes signed off on %1</source>
        <translation>纪要已于 %1 签发</translation>
    </message>
    <message>
        <source>minutes in draft</source>
        <translation>纪要草稿</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>没有会议。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli [--db FILE] meetings list [--year YEAR] [--body BODY] [--format json]</source>
        <translation>用法：societydesk-cli [--db 文件] meetings list [--year 年度] [--body 机构] [--format json]</translation>
    </message>
    <message>
        <source>societydesk-cli meetings: unknown subcommand &quot;%1&quot;; use meetings list.</source>
        <translation>societydesk-cli meetings：未知子命令“%1”；请使用 meetings list。</translation>
    </message>
    <message>
        <source>Only the follow-ups overdue on DATE: due before it and not completed.</source>
        <translation>仅列出截至该日期（DATE）逾期的落实事项：落实期限早于该日期且尚未完成。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only the follow-ups of this person responsible.</source>
        <translation>仅列出该落实责任人的落实事项。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>List the follow-ups (落实) of the resolutions across meetings by due date: meeting, resolution, person responsible, due date, status, and whether it is overdue (due before the date, default today, and not completed).</source>
        <translation>按落实期限列出各次会议决议的落实事项：会议、决议、落实责任人、落实期限、落实情况，以及是否逾期（落实期限早于指定日期（默认今天）且尚未完成）。</translation>
    </message>
    <message>
        <source>societydesk-cli followups: --owner needs a name.</source>
        <translation>societydesk-cli followups：--owner 需要姓名。</translation>
    </message>
    <message>
        <source>Follow-ups overdue on %1: %2</source>
        <translation>截至 %1 逾期的落实事项：%2 项</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>没有落实事项。</translation>
    </message>
    <message>
        <source>The reference date (default: today): the term current on it, its council meetings up to it.</source>
        <translation>参考日期（默认今天）：取该日在任的届次及其截至该日的理事会会议。</translation>
    </message>
    <message>
        <source>List the council members whose longest run of consecutive unexcused absences (缺席) at the council meetings of the current term reaches the society setting absence_threshold. 请假 (excused) breaks no run; presence or a proxy ends it.</source>
        <translation>列出在本届理事会会议上连续无故缺席次数达到学会设置 absence_threshold 的理事。请假不中断连续缺席；出席或委托出席即终止连续缺席。</translation>
    </message>
    <message>
        <source>No term is in office on %1, so there are no council absences to review.</source>
        <translation>%1 没有在任届次，无需审查理事缺席情况。</translation>
    </message>
    <message>
        <source>Council members of term %1 with %2 or more consecutive unexcused absences up to %3: %4</source>
        <translation>第 %1 届截至 %3 连续无故缺席 %2 次及以上的理事：%4 人</translation>
    </message>
    <message>
        <source>%1 in a row: %2</source>
        <translation>连续缺席 %1 次：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sd::cli::MeetingDocumentCommands</name>
    <message>
        <source>The meeting&apos;s number (会议编号).</source>
        <translation>会议编号。</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The file to write: .pdf, or .odt to edit in Word or WPS.</source>
        <translation>要写入的文件：.pdf，或 .odt（可用 Word 或 WPS 编辑）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes (纪要): particulars, attendance and quorum, agenda, the minutes text, resolutions with votes and outcome, follow-ups, signature lines.</source>
        <translation>生成会议纪要：会议基本信息、出席情况与法定人数、议程、纪要正文、各项决议的表决票数与结果、决议落实情况及签字栏。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s sign-in sheet (签到表): the roll with empty cells to sign.</source>
        <translation>生成会议签到表：列出应到人员名单，并留有签名栏。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s notice (会议通知) with its agenda and the reply slip (回执).</source>
        <translation>生成会议通知，含会议议程和参会回执。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: give --meeting NO and --out FILE.</source>
        <translation>societydesk-cli %1：请给出 --meeting 编号 和 --out 文件。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --out must name a .pdf or .odt file.</source>
        <translation>societydesk-cli %1：--out 须为 .pdf 或 .odt 文件。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: no meeting numbered %2 is recorded.</source>
        <translation>societydesk-cli %1：未登记编号为 %2 的会议。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: %2</source>
        <translation>societydesk-cli %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::cli::MemberCommands</name>
    <message>
        <source>The reference date (default: today), e.g. 2016-12-31.</source>
        <translation>统计基准日期（默认：今天），例如 2016-12-31。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Count the members on a date: joined on or before it, not exited on or before it, not applicants; by grade and by the status they had on that date.</source>
        <translation>统计某一日期的会员人数：计入在该日或之前入会、在该日或之前未退出且不在申请中的会员；按会员类别和会员在该日的状态分别统计。</translation>
    </message>
    <message>
        <source>Members on %1: %2</source>
        <translation>%1 的会员人数：%2</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli [--db FILE] members count [--on DATE] [--format json]</source>
        <translation>用法：societydesk-cli [--db 文件] members count [--on 日期] [--format json]</translation>
    </message>
    <message>
        <source>How many members to add.</source>
        <translation>要添加的个人会员人数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many unit members to add.</source>
        <translation>要添加的单位会员数量。</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same members.</source>
        <translation>随机种子：相同的种子生成相同的会员。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Add realistic demo members (names, valid resident IDs, affiliations, grades, statuses, ten years of dues) and unit members to a society file; without --db, to the demo society, which is created the first time.</source>
        <translation>向学会文件添加仿真的示例个人会员（姓名、有效的居民身份证号码、工作单位、会员类别、状态、十年的会费记录）和单位会员；未指定 --db 时，添加到示例学会（首次使用时自动创建）。</translation>
    </message>
    <message>
        <source>societydesk-cli demo: --members, --units and --seed take whole numbers (at most 10,000,000 members).</source>
        <translation>societydesk-cli demo：--members、--units 和 --seed 须为整数（会员最多 10,000,000 名）。</translation>
    </message>
    <message>
        <source>%1 of %2 members written…</source>
        <translation>已写入 %1 名会员（共 %2 名）…</translation>
    </message>
    <message>
        <source>Added %1 members and the units to %2 in %3 s.</source>
        <translation>已向 %2 添加 %1 名会员及单位会员，用时 %3 秒。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --on needs a full date such as 2016-12-31.</source>
        <translation>societydesk-cli %1：--on 需要完整日期，例如 2016-12-31。</translation>
    </message>
    <message>
        <source>The review date (default: today); the completed years before it are reviewed.</source>
        <translation>审查日期（默认：今天）；审查该日期之前已结束的年度。</translation>
    </message>
    <message>
        <source>Mark the members the review finds as 欠费 (lapsed), with a status-history entry. 退会 (withdrawal) is never applied: it is decided member by member.</source>
        <translation>将审查发现的会员标记为欠费，并记入状态历史。退会从不自动办理：须逐人决定。</translation>
    </message>
    <message>
        <source>Who decided the lapse, for the status history (default: the operator).</source>
        <translation>欠费由谁决定，记入状态历史（默认：操作人）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Review dues by the charter&apos;s rule (society settings dues_lapse_years and withdrawal_review_years): active members who paid nothing for the last completed years, and lapsed members the secretariat should consider for 退会.</source>
        <translation>按章程规定审查会费（学会设置 dues_lapse_years 和 withdrawal_review_years）：列出最近已结束年度内未缴会费的正常会员，以及秘书处应考虑办理退会的欠费会员。</translation>
    </message>
    <message>
        <source>societydesk-cli members review-dues: --decided-by needs a name.</source>
        <translation>societydesk-cli members review-dues：--decided-by 需要填写决定者名称。</translation>
    </message>
    <message>
        <source>last paid %1</source>
        <translation>最近缴费 %1 年</translation>
    </message>
    <message>
        <source>never paid</source>
        <translation>从未缴费</translation>
    </message>
    <message>
        <source>Dues review on %1 by the charter&apos;s rule: 欠费 (lapsed) after %2 unpaid year(s), 退会 (withdrawal) considered after %3.</source>
        <translation>%1 会费审查（按章程）：连续 %2 年未缴费视为欠费，连续 %3 年未缴费考虑退会。</translation>
    </message>
    <message numerus="yes">
        <source>Marked 欠费 (lapsed): %n member(s).</source>
        <translation>
            <numerusform>已标记为欠费：%n 名会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To mark 欠费 (lapsed), with --apply-lapse: %n member(s).</source>
        <translation>
            <numerusform>待标记为欠费（使用 --apply-lapse）：%n 名会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To consider for 退会 (withdrawal), member by member: %n member(s).</source>
        <translation>
            <numerusform>需逐人考虑退会：%n 名会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>       societydesk-cli [--db FILE] members review-dues [--on DATE] [--apply-lapse] [--decided-by NAME] [--format json]</source>
        <translation>       societydesk-cli [--db 文件] members review-dues [--on 日期] [--apply-lapse] [--decided-by 名称] [--format json]</translation>
    </message>
    <message>
        <source>societydesk-cli members: unknown subcommand &quot;%1&quot;; use members count or members review-dues.</source>
        <translation>societydesk-cli members：未知子命令“%1”；请使用 members count 或 members review-dues。</translation>
    </message>
</context>
<context>
    <name>sd::cli::PackageCommands</name>
    <message>
        <source>The report year (required).</source>
        <translation>报告年度（必填）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>A rule pack to check against: a shipped pack&apos;s id or a pack file (.json); repeatable. Default: the packs of the society setting rule_packs.</source>
        <translation>对照检查的规则包：内置规则包的标识或规则包文件（.json），可重复。默认：学会设置 rule_packs 中的规则包。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>The package to write (.zip, required).</source>
        <translation>要写入的报送包（.zip，必填）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The cover letter&apos;s reference number (文号).</source>
        <translation>报送函的文号。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The signed and stamped cover letter, scanned to PDF, to send instead of the generated one.</source>
        <translation>已签字盖章并扫描为 PDF 的报送函，代替自动生成的报送函。</translation>
    </message>
    <message>
        <source>SCAN.pdf</source>
        <translation>扫描件.pdf</translation>
    </message>
    <message>
        <source>The cover letter&apos;s date (default: today).</source>
        <translation>报送函日期（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Export the year&apos;s submission package (报送包) for the supervising association: one ZIP holding a BagIt bag with the compliance report, the annual report when approved or published, statistics.xlsx, the year&apos;s regulations and minutes, and the cover letter. Parts that do not exist yet are left out with a warning. Prints the parts and the ZIP&apos;s SHA-256.</source>
        <translation>导出报送业务主管单位的年度报送包：一个 ZIP 文件，内含 BagIt 包，包括合规检查报告、已审定或已发布的年度工作报告、statistics.xlsx、本年度的规章制度和会议纪要以及报送函。尚不存在的部分不包含在内并给出警告。输出各部分和 ZIP 文件的 SHA-256。</translation>
    </message>
    <message>
        <source>societydesk-cli package export: --year needs a year such as 2025.</source>
        <translation>societydesk-cli package export：--year 需要 2025 这样的年份。</translation>
    </message>
    <message>
        <source>societydesk-cli package export: --out takes a file ending in .zip.</source>
        <translation>societydesk-cli package export：--out 需要以 .zip 结尾的文件。</translation>
    </message>
    <message>
        <source>societydesk-cli package export: %1</source>
        <translation>societydesk-cli package export：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2).</source>
        <translation>已写入 %1（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>The society&apos;s secret key file (keys generate writes it; required).</source>
        <translation>学会的私钥文件（由 keys generate 生成，必填）。</translation>
    </message>
    <message>
        <source>Sign a submission package: writes FILE.zip.sig, an Ed25519 signature over the bag&apos;s tagmanifest-sha256.txt. Only a valid package is signed.</source>
        <translation>签名报送包：写入 FILE.zip.sig，即对包中 tagmanifest-sha256.txt 的 Ed25519 签名。只对有效的报送包签名。</translation>
    </message>
    <message>
        <source>FILE.zip</source>
        <translation>文件.zip</translation>
    </message>
    <message>
        <source>The package to sign.</source>
        <translation>要签名的报送包。</translation>
    </message>
    <message>
        <source>societydesk-cli package sign: --key FILE is required.</source>
        <translation>societydesk-cli package sign：必须指定 --key 文件。</translation>
    </message>
    <message>
        <source>societydesk-cli package sign: %1</source>
        <translation>societydesk-cli package sign：%1</translation>
    </message>
    <message>
        <source>societydesk-cli package sign: %1 is not a valid package: %2</source>
        <translation>societydesk-cli package sign：%1 不是有效的报送包：%2</translation>
    </message>
    <message>
        <source>societydesk-cli package sign: %1 cannot be written (%2).</source>
        <translation>societydesk-cli package sign：无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>The folder to write the key pair into (required; created when missing).</source>
        <translation>写入密钥对的文件夹（必填；不存在时自动创建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Generate the society&apos;s Ed25519 key pair for signing packages: %1 (secret, readable by you only; keep it out of the society file and safe) and %2 (public: give it to the supervising association). An existing key is never overwritten.</source>
        <translation>生成学会用于签名报送包的 Ed25519 密钥对：%1（私钥，仅本人可读；请妥善保管，不要放入学会数据文件）和 %2（公钥：交给业务主管单位）。已有的密钥绝不会被覆盖。</translation>
    </message>
    <message>
        <source>societydesk-cli keys generate: --out DIR is required.</source>
        <translation>societydesk-cli keys generate：必须指定 --out 目录。</translation>
    </message>
    <message>
        <source>societydesk-cli keys generate: %1</source>
        <translation>societydesk-cli keys generate：%1</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 (fingerprint %3).</source>
        <translation>已写入 %1 和 %2（指纹 %3）。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli package export --year Y [--pack ID]... --out FILE.zip [--reference TEXT] [--letter SCAN.pdf] [--date DATE]
       societydesk-cli package sign FILE.zip --key FILE
       societydesk-cli package verify FILE.zip [--pubkey FILE] [--sig FILE] [--format json]</source>
        <translation>用法：societydesk-cli package export --year Y [--pack ID]... --out FILE.zip [--reference TEXT] [--letter SCAN.pdf] [--date DATE]
       societydesk-cli package sign FILE.zip --key FILE
       societydesk-cli package verify FILE.zip [--pubkey FILE] [--sig FILE] [--format json]</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli keys generate --out DIR</source>
        <translation>用法：societydesk-cli keys generate --out 目录</translation>
    </message>
</context>
<context>
    <name>sd::cli::PackageVerifyCommand</name>
    <message>
        <source>The society&apos;s public key file (.pub): the package must then carry a valid signature.</source>
        <translation>学会的公钥文件（.pub）：指定后报送包必须带有效签名。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The detached signature (default: FILE.zip.sig beside the package, when it exists).</source>
        <translation>分离签名文件（默认：报送包旁的 文件.zip.sig，如存在）。</translation>
    </message>
    <message>
        <source>Verify a submission package: signature (with --pubkey), tag manifest, manifests and payload. Exit 0 when valid, 1 when invalid.</source>
        <translation>校验报送包：签名（指定 --pubkey 时）、标签清单、清单和内容。有效时退出码为 0，无效时为 1。</translation>
    </message>
    <message>
        <source>FILE.zip</source>
        <translation>文件.zip</translation>
    </message>
    <message>
        <source>The package.</source>
        <translation>报送包。</translation>
    </message>
    <message>
        <source>societydesk-cli package verify: %1: %2</source>
        <translation>societydesk-cli package verify：%1：%2</translation>
    </message>
    <message>
        <source>societydesk-cli package verify: %1 cannot be read.</source>
        <translation>societydesk-cli package verify：无法读取 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid package %2 — %3 (%4), year %5, bagged %6; %n payload file(s).</source>
        <translation>
            <numerusform>%1：有效的报送包 %2 —— %3（%4），%5 年度，打包于 %6；内容文件 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature: valid (key %1).</source>
        <translation>签名：有效（公钥 %1）。</translation>
    </message>
    <message>
        <source>Signature: present but not checked (give --pubkey to check it).</source>
        <translation>签名：有，但未校验（用 --pubkey 指定公钥以校验）。</translation>
    </message>
    <message>
        <source>Signature: none.</source>
        <translation>签名：无。</translation>
    </message>
    <message>
        <source>SHA-256 of the package: %1</source>
        <translation>报送包的 SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>sd::cli::PlanCommands</name>
    <message>
        <source>The plan&apos;s year (required).</source>
        <translation>方案年份（必填）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The plan&apos;s rule pack, e.g. cast-2017 (required).</source>
        <translation>方案的规则包，如 cast-2017（必填）。</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --year takes a year such as 2025.</source>
        <translation>societydesk-cli %1：--year 须为年份，如 2025。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --pack names the plan&apos;s rule pack, e.g. cast-2017.</source>
        <translation>societydesk-cli %1：--pack 指定方案的规则包，如 cast-2017。</translation>
    </message>
    <message>
        <source>There is no %1 reform plan for %2; start it with plan create.</source>
        <translation>%2年尚无 %1 改革方案；请用 plan create 创建。</translation>
    </message>
    <message>
        <source>The day the plan starts, within its year (default: January).</source>
        <translation>方案开始日期，须在方案年份内（默认：1月）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start the year&apos;s reform plan for a rule pack: its problems from the failing and missing-data findings, its mandatory tasks.</source>
        <translation>为某一规则包创建年度改革方案：存在的问题取自未达标和缺少数据的检查结果，并加入必选任务。</translation>
    </message>
    <message>
        <source>societydesk-cli plan create: --start takes a date such as 2025-03-01.</source>
        <translation>societydesk-cli plan create：--start 须为日期，如 2025-03-01。</translation>
    </message>
    <message>
        <source>Started the %1 reform plan for %2 with %3 mandatory tasks.</source>
        <translation>已创建%2年 %1 改革方案，含 %3 项必选任务。</translation>
    </message>
    <message>
        <source>Choose at least %1 of the optional tasks %2 with plan choose.</source>
        <translation>请用 plan choose 从自选任务 %2 中至少选定 %1 项。</translation>
    </message>
    <message>
        <source>Show the reform plan: problems, tasks with their targets, deadlines and owners, and the monthly progress; --format json prints reform-plan.json.</source>
        <translation>显示改革方案：存在的问题、各项任务及其目标、完成时限和责任人，以及每月进度；--format json 输出 reform-plan.json。</translation>
    </message>
    <message>
        <source>Reform plan %1, %2</source>
        <translation>改革方案 %1，%2</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>存在的问题：</translation>
    </message>
    <message>
        <source>indicator: %1; baseline: %2; target: %3; deadline: %4; owner: %5; status: %6</source>
        <translation>指标：%1；基数：%2；目标：%3；完成时限：%4；责任人：%5；状态：%6</translation>
    </message>
    <message>
        <source>progress:</source>
        <translation>进度：</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly entry(ies) missing.</source>
        <translation>
            <numerusform>缺少 %n 项月度进度。</numerusform>
        </translation>
    </message>
    <message>
        <source>An optional task to choose (repeatable or a comma list); the plan&apos;s optional tasks become exactly these.</source>
        <translation>要选定的自选任务（可重复或用逗号分隔）；方案的自选任务将恰为这些。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Choose the plan&apos;s optional tasks (CAST 2017: at least 5 of tasks 12–24).</source>
        <translation>选定方案的自选任务（中国科协2017年：第12–24项中至少5项）。</translation>
    </message>
    <message>
        <source>The %1 plan for %2 has %3 optional tasks.</source>
        <translation>%2年 %1 方案现有 %3 项自选任务。</translation>
    </message>
    <message>
        <source>The task, e.g. CAST17-12 (required).</source>
        <translation>任务，如 CAST17-12（必填）。</translation>
    </message>
    <message>
        <source>The indicator measured.</source>
        <translation>考核指标。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Where the society starts.</source>
        <translation>学会的现有基数。</translation>
    </message>
    <message>
        <source>The target value.</source>
        <translation>目标值。</translation>
    </message>
    <message>
        <source>The work steps.</source>
        <translation>工作步骤。</translation>
    </message>
    <message>
        <source>The deadline (empty clears it).</source>
        <translation>完成时限（留空则清除）。</translation>
    </message>
    <message>
        <source>The person responsible.</source>
        <translation>责任人。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>not_started, in_progress, done or deferred.</source>
        <translation>not_started（未开始）、in_progress（进行中）、done（已完成）或 deferred（暂缓）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Set a task&apos;s indicator, baseline, target, steps, deadline, owner or status.</source>
        <translation>设置任务的指标、基数、目标、步骤、完成时限、责任人或状态。</translation>
    </message>
    <message>
        <source>societydesk-cli plan task: --deadline takes a date such as 2025-12-31.</source>
        <translation>societydesk-cli plan task：--deadline 须为日期，如 2025-12-31。</translation>
    </message>
    <message>
        <source>societydesk-cli plan task: --status takes not_started, in_progress, done or deferred.</source>
        <translation>societydesk-cli plan task：--status 须为 not_started、in_progress、done 或 deferred。</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>已更新 %1。</translation>
    </message>
    <message>
        <source>The problems, one a line.</source>
        <translation>存在的问题，每行一条。</translation>
    </message>
    <message>
        <source>Fill the problems again from the failing and missing-data findings.</source>
        <translation>根据未达标和缺少数据的检查结果重新填写存在的问题。</translation>
    </message>
    <message>
        <source>Replace the plan&apos;s problems (存在的问题).</source>
        <translation>替换方案中的存在的问题。</translation>
    </message>
    <message>
        <source>societydesk-cli plan problems: give either --set TEXT or --from-findings.</source>
        <translation>societydesk-cli plan problems：请给出 --set TEXT 或 --from-findings 之一。</translation>
    </message>
    <message numerus="yes">
        <source>The plan lists %n problem(s).</source>
        <translation>
            <numerusform>方案列出 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The month, e.g. 2025-03 (required).</source>
        <translation>月份，如 2025-03（必填）。</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The value reached (required).</source>
        <translation>已达到的数值（必填）。</translation>
    </message>
    <message>
        <source>V</source>
        <translation>值</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>An evidence file, kept in the society file.</source>
        <translation>佐证材料文件，保存在学会文件中。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Record a task&apos;s progress for a month (replaces that month&apos;s entry).</source>
        <translation>记录任务某月的进度（替换该月已有记录）。</translation>
    </message>
    <message>
        <source>societydesk-cli plan progress: --task, --month and --value are required.</source>
        <translation>societydesk-cli plan progress：--task、--month 和 --value 均为必填。</translation>
    </message>
    <message>
        <source>Recorded %1 for %2.</source>
        <translation>已记录 %1 在 %2 的进度。</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .odt (required).</source>
        <translation>要写入的文件：.pdf 或 .odt（必填）。</translation>
    </message>
    <message>
        <source>Write the reform plan (学会改革工作方案) as PDF or ODT.</source>
        <translation>将学会改革工作方案写为 PDF 或 ODT。</translation>
    </message>
    <message>
        <source>societydesk-cli plan export: --out takes a file ending in .pdf or .odt.</source>
        <translation>societydesk-cli plan export：--out 须为以 .pdf 或 .odt 结尾的文件。</translation>
    </message>
    <message>
        <source>Wrote the %1 reform plan to %2.</source>
        <translation>已将 %1 年度改革方案写入 %2。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli plan create --year Y --pack P [--start DATE]
       societydesk-cli plan show --year Y --pack P [--format json]
       societydesk-cli plan choose --year Y --pack P --task ID...
       societydesk-cli plan task --year Y --pack P --task ID [--indicator T] [--baseline T] [--target T] [--steps T] [--deadline DATE] [--owner NAME] [--status S]
       societydesk-cli plan problems --year Y --pack P (--set TEXT | --from-findings)
       societydesk-cli plan progress --year Y --pack P --task ID --month YYYY-MM --value V [--note N] [--evidence FILE]
       societydesk-cli plan export --year Y --pack P --out FILE.pdf|.odt</source>
        <translation>用法：societydesk-cli plan create --year Y --pack P [--start DATE]
       societydesk-cli plan show --year Y --pack P [--format json]
       societydesk-cli plan choose --year Y --pack P --task ID...
       societydesk-cli plan task --year Y --pack P --task ID [--indicator T] [--baseline T] [--target T] [--steps T] [--deadline DATE] [--owner NAME] [--status S]
       societydesk-cli plan problems --year Y --pack P (--set TEXT | --from-findings)
       societydesk-cli plan progress --year Y --pack P --task ID --month YYYY-MM --value V [--note N] [--evidence FILE]
       societydesk-cli plan export --year Y --pack P --out FILE.pdf|.odt</translation>
    </message>
    <message>
        <source>societydesk-cli plan: unknown subcommand &quot;%1&quot;; use plan create, show, choose, task, problems, progress or export.</source>
        <translation>societydesk-cli plan：未知子命令“%1”；请使用 plan create、show、choose、task、problems、progress 或 export。</translation>
    </message>
    <message>
        <source>The plan has no task &quot;%1&quot;.</source>
        <translation>方案中没有任务“%1”。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ReportCommands</name>
    <message>
        <source>The year of the summary (required).</source>
        <translation>财务汇总所属年度（必填）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Enter an amount in yuan for a category, by its code or its Chinese name (dues=52000, 会费收入=52000); repeatable. All are checked first and saved together.</source>
        <translation>按项目代码或中文名称录入金额（元），如 dues=52000 或 会费收入=52000；可重复。全部先检查，再一并保存。</translation>
    </message>
    <message>
        <source>CATEGORY=AMOUNT</source>
        <translation>项目=金额</translation>
    </message>
    <message>
        <source>Show or enter the year&apos;s finance summary in the categories of the activity statement (业务活动表), with the dues income checked against the dues register.</source>
        <translation>按业务活动表的项目查看或录入年度财务汇总，并将会费收入与会费登记核对。</translation>
    </message>
    <message>
        <source>societydesk-cli report finance: --set takes CATEGORY=AMOUNT, not &quot;%1&quot;.</source>
        <translation>societydesk-cli report finance：--set 的格式为 项目=金额，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the activity statement; use one of %2 or its Chinese name.</source>
        <translation>“%1”不是业务活动表中的项目；请使用 %2 之一或其中文名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (at most two decimals).</source>
        <translation>“%1”不是以元为单位的金额（最多两位小数）。</translation>
    </message>
    <message>
        <source>The dues income entered (%1 yuan) differs from the %2 payment(s) the dues register shows received in %3 (%4 yuan) by %5 yuan.</source>
        <translation>录入的会费收入（%1 元）与会费登记中 %3 年收到的 %2 笔缴费（%4 元）相差 %5 元。</translation>
    </message>
    <message>
        <source>Finance summary %1 (yuan)</source>
        <translation>%1 年度财务汇总（元）</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>  Income %1, expenses %2, surplus %3</source>
        <translation>  收入合计 %1，费用合计 %2，收支结余 %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <comment>a category and its amount</comment>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>societydesk-cli report %1: --year takes a year such as 2025.</source>
        <translation>societydesk-cli report %1：--year 须为年份，例如 2025。</translation>
    </message>
    <message>
        <source>The year of the report (required).</source>
        <translation>年报所属年度（必填）。</translation>
    </message>
    <message>
        <source>A saved version of the report (default: the working copy).</source>
        <translation>年报的某个已保存版本（默认：当前工作稿）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .html or .odt (required).</source>
        <translation>要写入的文件：.pdf、.html 或 .odt（必填）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write the year&apos;s annual report (年度工作报告) as PDF, HTML or ODT. A year with no saved report is written from the records alone, each narrative marked as not yet written and every page marked as a draft.</source>
        <translation>将该年度的年度工作报告输出为 PDF、HTML 或 ODT。尚未保存年报的年度仅根据记录生成，各章节文字标注为尚未撰写，每页标注草稿。</translation>
    </message>
    <message>
        <source>societydesk-cli report annual: --version takes a version number such as 2.</source>
        <translation>societydesk-cli report annual：--version 须为版本号，例如 2。</translation>
    </message>
    <message>
        <source>societydesk-cli report annual: --out takes a file ending in .pdf, .html or .odt.</source>
        <translation>societydesk-cli report annual：--out 须为以 .pdf、.html 或 .odt 结尾的文件。</translation>
    </message>
    <message>
        <source>Note: no %1 report is saved; this one is the generated parts alone, marked as a draft.</source>
        <translation>注意：尚未保存 %1 年度年报；本文件仅含根据记录生成的部分，并标注为草稿。</translation>
    </message>
    <message>
        <source>Wrote the %1 annual report to %2.</source>
        <translation>已将 %1 年度年报写入 %2。</translation>
    </message>
    <message>
        <source>Move the report to draft, review, approved or published, one step at a time (draft also starts a year&apos;s report from its records).</source>
        <translation>将年报逐步转为 draft（草稿）、review（审核中）、approved（已批准）或 published（已发布）；对尚无年报的年度，draft 会根据记录新建年报。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The publication date with --set published (default: today).</source>
        <translation>与 --set published 一起使用的发布日期（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Show where the year&apos;s annual report stands — its status, publication date, versions and the sections not yet written — or move it along draft → review → approved → published.</source>
        <translation>显示该年度年报的进展——状态、发布日期、各版本及尚未撰写的章节——或将其按 草稿 → 审核 → 批准 → 发布 推进。</translation>
    </message>
    <message>
        <source>societydesk-cli report status: --set takes draft, review, approved or published, not &quot;%1&quot;.</source>
        <translation>societydesk-cli report status：--set 须为 draft、review、approved 或 published，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no %1 report yet; start it with --set draft.</source>
        <translation>尚无 %1 年度年报；请先用 --set draft 新建。</translation>
    </message>
    <message>
        <source>No %1 report is saved yet.</source>
        <translation>尚未保存 %1 年度年报。</translation>
    </message>
    <message>
        <source>Annual report %1: %2</source>
        <translation>%1 年度年报：%2</translation>
    </message>
    <message>
        <source>, published on %1</source>
        <translation>，发布于 %1</translation>
    </message>
    <message>
        <source>  Not yet written: %1</source>
        <translation>  尚未撰写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>  Version %1, %2, %3%4</source>
        <translation>  第 %1 版，%2，%3%4</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli report annual --year Y [--version V] --out FILE.pdf|.html|.odt
       societydesk-cli report status --year Y [--set draft|review|approved|published] [--on DATE] [--format json]
       societydesk-cli report finance --year Y [--set CATEGORY=AMOUNT]... [--format json]</source>
        <translation>用法：societydesk-cli report annual --year 年度 [--version 版本] --out 文件.pdf|.html|.odt
      societydesk-cli report status --year 年度 [--set draft|review|approved|published] [--on 日期] [--format json]
      societydesk-cli report finance --year 年度 [--set 科目=金额]... [--format json]</translation>
    </message>
    <message>
        <source>societydesk-cli report: unknown subcommand &quot;%1&quot;; use report annual, status or finance.</source>
        <translation>societydesk-cli report：未知子命令“%1”；请使用 report annual、status 或 finance。</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>a version&apos;s note after its status</comment>
        <translation>：%1</translation>
    </message>
</context>
<context>
    <name>sd::cli::RuleCommands</name>
    <message>
        <source>List the rule packs shipped with the application.</source>
        <translation>列出随程序提供的规则包。</translation>
    </message>
    <message>
        <source>%1  %2 / %3  %4 requirements, %5 checks%6</source>
        <translation>%1  %2 / %3  要求 %4 项，检查 %5 项%6</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation>（部分）</translation>
    </message>
    <message>
        <source>Check a rule pack file: JSON, required fields, unique ids, known check functions and parameters of the right types. Exit 0 when valid, 3 when refused.</source>
        <translation>检查规则包文件：JSON 格式、必填字段、编号唯一、检查函数已知、参数类型正确。有效时退出码为 0，被拒绝时为 3。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The rule pack (.json).</source>
        <translation>规则包（.json）。</translation>
    </message>
    <message>
        <source>%1: valid rule pack %2 (%3 requirements, %4 checks).</source>
        <translation>%1：有效的规则包 %2（要求 %3 项，检查 %4 项）。</translation>
    </message>
    <message>
        <source>Usage: societydesk-cli packs list [--format json] | packs validate FILE</source>
        <translation>用法：societydesk-cli packs list [--format json] | packs validate FILE</translation>
    </message>
    <message>
        <source>societydesk-cli packs: unknown subcommand &quot;%1&quot;; use packs list or packs validate FILE.</source>
        <translation>societydesk-cli packs：未知子命令“%1”；请使用 packs list 或 packs validate FILE。</translation>
    </message>
    <message>
        <source>A rule pack to evaluate: a shipped pack&apos;s id or a pack file (.json); repeatable. Default: the packs of the society setting rule_packs.</source>
        <translation>要评估的规则包：随程序提供的规则包编号或规则包文件（.json）；可重复。默认：学会设置 rule_packs 中的规则包。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The report year (default: the year of --on, else this year).</source>
        <translation>报告年度（默认：--on 的年份，否则为今年）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The reference date (default: 31 December of the report year when it is over, else today).</source>
        <translation>基准日期（默认：报告年度已结束时为该年 12 月 31 日，否则为今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evaluate rule packs and list the findings with status, measured value, threshold, evidence, hint and citation. Exit 0 when no finding fails, 1 when any fails.</source>
        <translation>评估规则包并列出检查结果：状态、实测值、标准、依据记录、建议和出处。没有不通过的结果时退出码为 0，有则为 1。</translation>
    </message>
    <message>
        <source>societydesk-cli check: --year needs a year such as 2025.</source>
        <translation>societydesk-cli check：--year 需要年份，如 2025。</translation>
    </message>
    <message>
        <source>societydesk-cli check: &quot;%1&quot; is neither a shipped rule pack (%2) nor a pack file.</source>
        <translation>societydesk-cli check：“%1”既不是随程序提供的规则包（%2），也不是规则包文件。</translation>
    </message>
    <message>
        <source>%1 — report year %2, reference date %3</source>
        <translation>%1 — 报告年度 %2，基准日期 %3</translation>
    </message>
    <message>
        <source> (required: %1)</source>
        <translation>（标准：%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>检查结果 %n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>settings used: %1</source>
        <translation>所用设置：%1</translation>
    </message>
    <message>
        <source>Also write the compliance report to FILE: .pdf, or .odt to edit in Word or WPS, in the society&apos;s document language.</source>
        <translation>同时将合规检查报告写入 FILE：.pdf，或 .odt（可用 Word 或 WPS 编辑），使用学会的文书语言。</translation>
    </message>
    <message>
        <source>societydesk-cli check: --out must name a .pdf or .odt file.</source>
        <translation>societydesk-cli check：--out 须为 .pdf 或 .odt 文件。</translation>
    </message>
    <message>
        <source>societydesk-cli check: %1</source>
        <translation>societydesk-cli check：%1</translation>
    </message>
    <message>
        <source>Wrote the compliance report to %1.</source>
        <translation>已将合规检查报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>sd::cli::SupervisorCommands</name>
    <message>
        <source>The supervisor database (.sdsupervisor); import and trust create it when it does not exist.</source>
        <translation>主管单位数据库（.sdsupervisor）；不存在时 import 和 trust 会创建它。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The submission packages (.zip); a .sig beside one is its signature.</source>
        <translation>报送包（.zip）；其旁边的 .sig 文件为其签名。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: unexpected argument &quot;%2&quot;; see --help.</source>
        <translation>societydesk-cli %1：多余的参数“%2”；请参阅 --help。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: %2 is required; see --help.</source>
        <translation>societydesk-cli %1：缺少 %2；请参阅 --help。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: --supervisor FILE is required.</source>
        <translation>societydesk-cli %1：必须指定 --supervisor 文件。</translation>
    </message>
    <message>
        <source>Verify and import submission packages. Re-importing a package changes nothing; a newer one for the same society and year supersedes the old one; an older one is refused. Exit 1 when a package was refused.</source>
        <translation>校验并导入报送包。重复导入同一报送包不作更改；同一学会同一年度的较新报送包取代旧的；较旧的被拒绝。有报送包被拒绝时退出码为 1。</translation>
    </message>
    <message>
        <source>Only the packages of this report year (default: each society&apos;s latest).</source>
        <translation>只含该报告年度的报送包（默认：各学会最近年度的）。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Write the overview to this spreadsheet (.xlsx).</source>
        <translation>将总览写入此电子表格（.xlsx）。</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>文件.xlsx</translation>
    </message>
    <message>
        <source>The overview: one row per society with its key figures and the status of every check.</source>
        <translation>总览：每个学会一行，含主要数据和各检查项的状态。</translation>
    </message>
    <message>
        <source>societydesk-cli supervisor overview: --year must be a year such as 2025.</source>
        <translation>societydesk-cli supervisor overview：--year 须为年份，如 2025。</translation>
    </message>
    <message>
        <source>societydesk-cli supervisor overview: --out FILE.xlsx or --format json is required.</source>
        <translation>societydesk-cli supervisor overview：须指定 --out 文件.xlsx 或 --format json。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the overview of %n society(ies) to %1.</source>
        <translation>
            <numerusform>已将 %n 个学会的总览写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The society&apos;s unified social credit code.</source>
        <translation>学会的统一社会信用代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The society&apos;s public key file (.pub).</source>
        <translation>学会的公钥文件（.pub）。</translation>
    </message>
    <message>
        <source>Pin a society&apos;s public key: from now on its packages are imported only with a valid signature.</source>
        <translation>登记学会的公钥：此后其报送包须带有效签名才能导入。</translation>
    </message>
    <message>
        <source>societydesk-cli supervisor trust: --credit-code CODE and --pubkey FILE are required.</source>
        <translation>societydesk-cli supervisor trust：须指定 --credit-code 代码 和 --pubkey 文件。</translation>
    </message>
    <message>
        <source>societydesk-cli supervisor trust: %1: %2</source>
        <translation>societydesk-cli supervisor trust：%1：%2</translation>
    </message>
    <message>
        <source>Pinned key %1 for %2.</source>
        <translation>已为 %2 登记公钥 %1。</translation>
    </message>
    <message>
        <source>List the imported packages, newest first, superseded ones marked.</source>
        <translation>列出已导入的报送包，最新的在前，已被取代的加以标注。</translation>
    </message>
    <message>
        <source>  (superseded)</source>
        <translation>  （已被取代）</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s).</source>
        <translation>
            <numerusform>报送包 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: societydesk-cli supervisor import FILE.zip... --supervisor FILE
       societydesk-cli supervisor overview --supervisor FILE [--year Y] --out FILE.xlsx [--format json]
       societydesk-cli supervisor trust --supervisor FILE --credit-code CODE --pubkey FILE
       societydesk-cli supervisor list --supervisor FILE [--format json]</source>
        <translation>用法：societydesk-cli supervisor import 文件.zip... --supervisor 文件
      societydesk-cli supervisor overview --supervisor 文件 [--year 年度] --out 文件.xlsx [--format json]
      societydesk-cli supervisor trust --supervisor 文件 --credit-code 代码 --pubkey 文件
      societydesk-cli supervisor list --supervisor 文件 [--format json]</translation>
    </message>
    <message>
        <source>societydesk-cli supervisor: unknown subcommand &quot;%1&quot;; use supervisor import, overview, trust or list.</source>
        <translation>societydesk-cli supervisor：未知的子命令“%1”；请使用 supervisor import、overview、trust 或 list。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::CsvReader</name>
    <message>
        <source>%1 cannot be read: the encoding &quot;%2&quot; is not supported (use UTF-8 or GB18030).</source>
        <translation>无法读取 %1：不支持编码“%2”（请使用 UTF-8 或 GB18030）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>无法读取文件 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a text file: it contains a NUL byte at offset %2.</source>
        <translation>%1 不是文本文件：偏移量 %2 处有 NUL 字节。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text: the byte %2 at offset %3 is invalid in both. Save the file as UTF-8 CSV and try again.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本：偏移量 %3 处的字节 %2 在两种编码中都无效。请将文件另存为 UTF-8 CSV 后重试。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text: the byte %3 at offset %4 cannot be read. Choose another encoding or save the file as UTF-8 CSV.</source>
        <translation>%1 不是有效的 %2 文本：无法读取偏移量 %4 处的字节 %3。请选择其他编码，或将文件另存为 UTF-8 CSV。</translation>
    </message>
    <message>
        <source>%1 cannot be read: this system cannot decode %2.</source>
        <translation>无法读取 %1：本系统无法解码 %2。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text: bytes after offset %3 cannot be decoded.</source>
        <translation>%1 不是有效的 %2 文本：偏移量 %3 之后的字节无法解码。</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: a quote opened in row %2 (line %3 of the file) is never closed.</source>
        <translation>无法按 CSV 读取 %1：第 %2 行（文件第 %3 行）开始的引号没有闭合。</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: row %2 (from line %3 of the file) is longer than %4 characters; a quote is probably never closed.</source>
        <translation>无法按 CSV 读取 %1：第 %2 行（从文件第 %3 行起）超过 %4 个字符，可能有引号没有闭合。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::CsvWriter</name>
    <message>
        <source>%1 cannot be written: this system has no GB18030 encoder.</source>
        <translation>无法写入 %1：本系统没有 GB18030 编码器。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::Exporter</name>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>导出到 %1 已取消，未写出文件。</translation>
    </message>
    <message>
        <source>The register could not be read for the export to %1 (%2).</source>
        <translation>导出到 %1 时无法读取名册（%2）。</translation>
    </message>
    <message>
        <source>An unmasked export is recorded in the audit log, which this file does not allow: %1</source>
        <translation>未脱敏的导出须记入审计日志，而此文件不允许写入：%1</translation>
    </message>
</context>
<context>
    <name>sd::exchange::FieldMessages</name>
    <message>
        <source>Full-width characters in &quot;%1&quot; were read as &quot;%2&quot;.</source>
        <translation>“%1”中的全角字符已按“%2”读取。</translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 fit here.</source>
        <translation>文字有 %1 个字符，此处最多 %2 个。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was normalised to &quot;%2&quot;.</source>
        <translation>名称“%1”已规范为“%2”。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>名称“%1”有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>“%1”有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals; amounts are in yuan with at most two decimals.</source>
        <translation>金额 %1 超过两位小数；金额以元为单位，最多两位小数。</translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>金额 %1 为负数。</translation>
    </message>
    <message>
        <source>%1 is not an amount of money.</source>
        <translation>%1 不是金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write it in yuan, such as 200.00.</source>
        <translation>“%1”不是金额；请以元填写，如 200.00。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 不在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The credit code &quot;%1&quot; should have 18 characters but has %2.</source>
        <translation>统一社会信用代码“%1”应为 18 位，实为 %2 位。</translation>
    </message>
    <message>
        <source>The credit code &quot;%1&quot; may contain only digits and the capital letters A-Y except I, O, S, V and Z.</source>
        <translation>统一社会信用代码“%1”只能包含数字和除 I、O、S、V、Z 以外的大写字母 A-Y。</translation>
    </message>
    <message>
        <source>The check character of the credit code &quot;%1&quot; does not match; please look for a mistyped character.</source>
        <translation>统一社会信用代码“%1”的校验码不符，请检查是否有输错的字符。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::ImportPlan</name>
    <message>
        <source>%1 %2 is already in the register (%3); choose to skip or update duplicates to import this row.</source>
        <translation>%1 %2 已在名册中（%3）；如要导入此行，请选择跳过或更新重复项。</translation>
    </message>
    <message>
        <source>%1 %2 is already in the register (%3); the row was skipped.</source>
        <translation>%1 %2 已在名册中（%3），此行已跳过。</translation>
    </message>
    <message>
        <source>%1 %2 is already in the register (%3); it is updated from this row.</source>
        <translation>%1 %2 已在名册中（%3），将按此行更新。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::ImportReportText</name>
    <message>
        <source>The report %1 could not be written (%2).</source>
        <translation>无法写入报告 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::Importer</name>
    <message>
        <source>The file %1 is empty: it has no header row.</source>
        <translation>文件 %1 是空的：没有标题行。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not part of the %2 layout and was ignored.</source>
        <translation>列“%1”不属于 %2 格式，已忽略。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice, in columns %2 and %3; keep one of them.</source>
        <translation>列“%1”出现了两次（第 %2 列和第 %3 列），请只保留一列。</translation>
    </message>
    <message>
        <source>The required column %1 (%2) is missing, so no row was read.</source>
        <translation>缺少必需的列 %1（%2），因此未读取任何行。</translation>
    </message>
    <message>
        <source>The cell holds a formula; its last calculated value &quot;%1&quot; was read and nothing was calculated.</source>
        <translation>该单元格是公式；已读取其最近一次计算的值“%1”，未进行任何计算。</translation>
    </message>
    <message>
        <source>The %1 is missing; every row needs one.</source>
        <translation>缺少%1，每一行都必须填写。</translation>
    </message>
    <message>
        <source>%1 %2 already appears on line %3; this later row is a duplicate.</source>
        <translation>%1 %2 已出现在第 %3 行，本行重复。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>%1 的导入已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::LayoutSupport</name>
    <message>
        <source>The %1 %2 lies before the %3 %4.</source>
        <translation>%1 %2 早于%3 %4。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::TabularReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 是文件夹，不是表格文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened (%2).</source>
        <translation>无法打开文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls) or another binary file, which cannot be read; save it as .xlsx or .csv and try again.</source>
        <translation>%1 是 Excel 97–2003 工作簿（.xls）或其他二进制文件，无法读取；请另存为 .xlsx 或 .csv 后重试。</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX file: it is not a zip archive (was it renamed?).</source>
        <translation>%1 不是有效的 XLSX 文件：它不是 zip 压缩包（是否被改过扩展名？）。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::TabularWriter</name>
    <message>
        <source>%1 was already closed.</source>
        <translation>%1 已经关闭。</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; nothing was written.</source>
        <translation>已取消写入 %1，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::XlsxReader</name>
    <message>
        <source>%1 is refused: a cell holds more than %2 bytes of text, where a spreadsheet cell holds at most 32 767 characters.</source>
        <translation>已拒绝 %1：有单元格的文本超过 %2 字节，而表格单元格最多只能有 32 767 个字符。</translation>
    </message>
    <message>
        <source>%1 is refused: it has %2 or more different texts, more than the %3 allowed.</source>
        <translation>已拒绝 %1：其中不同的文本有 %2 个或更多，超过允许的 %3 个。</translation>
    </message>
    <message>
        <source>%1 is damaged: a row has the number &quot;%2&quot;.</source>
        <translation>%1 已损坏：有一行的行号为“%2”。</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 has a cell &quot;%3&quot; beyond column %4.</source>
        <translation>%1 已损坏：第 %2 行的单元格“%3”超出第 %4 列。</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell in row %2 refers to text number %3, which the workbook does not have.</source>
        <translation>%1 已损坏：第 %2 行有单元格引用了第 %3 条文本，而工作簿中没有这条文本。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 unpacks to more than %3 MB; it may be a zip bomb.</source>
        <translation>已拒绝 %1：其中的部件 %2 解压后超过 %3 MB，可能是压缩炸弹。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 is compressed more than %3 to 1; it may be a zip bomb.</source>
        <translation>已拒绝 %1：其中的部件 %2 压缩比超过 %3 比 1，可能是压缩炸弹。</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook part %2 is missing.</source>
        <translation>%1 已损坏：缺少工作簿部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook part %2 cannot be read.</source>
        <translation>%1 已损坏：无法读取工作簿部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged or encrypted: the workbook part %2 cannot be unpacked.</source>
        <translation>%1 已损坏或已加密：无法解压工作簿部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook part %2 cannot be unpacked.</source>
        <translation>%1 已损坏：无法解压工作簿部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: the workbook part %2 fails its checksum.</source>
        <translation>%1 已损坏：工作簿部件 %2 校验失败。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 contains a document type declaration, which workbooks never have and attacks on XML readers use.</source>
        <translation>已拒绝 %1：其中的部件 %2 含有文档类型声明（DOCTYPE），正常工作簿不会有，而针对 XML 读取程序的攻击会用到它。</translation>
    </message>
    <message>
        <source>%1 is damaged: the XML of its part %2 is malformed at line %3 (%4).</source>
        <translation>%1 已损坏：部件 %2 的 XML 在第 %3 行格式错误（%4）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: out of memory.</source>
        <translation>无法读取 %1：内存不足。</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX file: it is not a zip archive, or the archive is damaged.</source>
        <translation>%1 不是有效的 XLSX 文件：它不是 zip 压缩包，或压缩包已损坏。</translation>
    </message>
    <message>
        <source>%1 is refused: it holds %2 files, more than the %3 a workbook may have.</source>
        <translation>已拒绝 %1：其中有 %2 个文件，超过工作簿允许的 %3 个。</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook: it has no %2.</source>
        <translation>%1 是 zip 压缩包，但不是 Excel 工作簿：其中没有 %2。</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有工作表：%3。</translation>
    </message>
    <message>
        <source>%1 is damaged: the content of the sheet &quot;%2&quot; is missing.</source>
        <translation>%1 已损坏：缺少工作表“%2”的内容。</translation>
    </message>
</context>
<context>
    <name>sd::exchange::XlsxWriter</name>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the spreadsheet library could not start (temporary files?).</source>
        <translation>无法写入 %1：表格库无法启动（临时文件？）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: XLSX holds at most %2 rows.</source>
        <translation>无法写入 %1：XLSX 最多只能有 %2 行。</translation>
    </message>
    <message>
        <source>%1 cannot be written: XLSX holds at most %2 columns.</source>
        <translation>无法写入 %1：XLSX 最多只能有 %2 列。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the cell in row %2, column %3 has %4 characters; XLSX holds at most %5.</source>
        <translation>无法写入 %1：第 %2 行第 %3 列的单元格有 %4 个字符，XLSX 每格最多 %5 个。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>无法写入 %1：写好的文件无法移到目标位置。</translation>
    </message>
</context>
<context>
    <name>sd::governance::Ballot</name>
    <message>
        <source>Ballot: election of the %1, %2</source>
        <translation>%2%1选举选票</translation>
    </message>
    <message>
        <source>Mark ○ in the box after a name to vote for, × to vote against; leave it empty to abstain. A mark that cannot be read counts as an abstention.</source>
        <translation>说明：同意的在姓名后的方框内画“○”，不同意的画“×”，弃权的不画。所画符号无法辨认的，视为弃权。</translation>
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
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Proposed role</source>
        <translation>拟任职务</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>候选人共 %1 名。</translation>
    </message>
</context>
<context>
    <name>sd::governance::CompositionText</name>
    <message>
        <source>Council size %1 of at most %2 for %3 members (一般不超过).</source>
        <translation>理事会 %1 人，会员 %3 人时一般不超过 %2 人。</translation>
    </message>
    <message>
        <source>Council size %1 against %2 in the previous term (原则上不大于上届).</source>
        <translation>理事会 %1 人，上届 %2 人（原则上不大于上届）。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3 岁）</translation>
    </message>
    <message>
        <source> (an approved exception is recorded)</source>
        <translation>（已登记批准的例外）</translation>
    </message>
    <message>
        <source> Exactly %1 members: the source&apos;s 超过 does not cover it; the upper band is used.</source>
        <translation> 会员恰为%1人：原文“超过”不含此数；按较高一档计。</translation>
    </message>
    <message>
        <source>Leaders at most %1 years old.</source>
        <translation>负责人均不超过%1周岁。</translation>
    </message>
    <message>
        <source>Leaders over %1: %2%3.</source>
        <translation>超过%1周岁的负责人：%2%3。</translation>
    </message>
    <message>
        <source>Birth date unknown: %1.</source>
        <translation>出生日期未知：%1。</translation>
    </message>
    <message>
        <source>Supervisory board of %1: %2 to %3 members, an odd number.</source>
        <translation>监事会%1人：应为%2至%3人，且为奇数。</translation>
    </message>
</context>
<context>
    <name>sd::governance::ElectionText</name>
    <message>
        <source>%1 is already being prepared; elect it or remove it first.</source>
        <translation>%1正在筹备中；请先完成选举或将其删除。</translation>
    </message>
    <message>
        <source>%1 has no candidates for the %2 yet.</source>
        <translation>%1%2尚无候选人。</translation>
    </message>
    <message>
        <source>Votes are counted for a term being prepared, not for a sitting one.</source>
        <translation>只能为筹备中的一届计票，不能为在任的一届计票。</translation>
    </message>
    <message>
        <source>The number of ballots cast must be more than 0.</source>
        <translation>投票数必须大于 0。</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) must lie between 0 and the ballots cast (%2).</source>
        <translation>候选人得票（%1）必须在 0 与投票数（%2）之间。</translation>
    </message>
    <message>
        <source>Only a term being prepared can be elected.</source>
        <translation>只有筹备中的一届可以选举产生。</translation>
    </message>
    <message>
        <source>Record the count (ballots cast and votes) before the election.</source>
        <translation>请先登记计票结果（投票数和得票数）。</translation>
    </message>
    <message>
        <source>%1 would be elected to the standing council but not to the council (常务理事须为理事); correct the count first.</source>
        <translation>%1将当选常务理事但未当选理事（常务理事须为理事）；请先更正计票结果。</translation>
    </message>
</context>
<context>
    <name>sd::governance::GovernanceLayouts</name>
    <message>
        <source>The governance records in %1 could not be read or written (%2).</source>
        <translation>无法读写 %1 中的治理记录（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a term; write 第九届 or 9.</source>
        <translation>“%1”不是届次；请填写第九届或 9。</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file.</source>
        <translation>%1已在本文件第 %2 行。</translation>
    </message>
    <message>
        <source>%1 is not a role of the %2; its roles are %3.</source>
        <translation>%2没有“%1”这一职务；其职务为：%3。</translation>
    </message>
    <message>
        <source>%1 already has a seat on the %2 in %3 on line %4 of this file.</source>
        <translation>%1已在本文件第 %4 行任%3%2职务。</translation>
    </message>
    <message>
        <source>%1 is not recorded and none of its seats has a 任职开始 date to start it; import the terms first or give the seats their start dates.</source>
        <translation>%1没有记录，且其任职均无“任职开始”日期可作为开始日期；请先导入届次，或填写任职开始日期。</translation>
    </message>
    <message>
        <source>%1 has no council seat in %2; a standing councillor must also be a councillor (常务理事须为理事).</source>
        <translation>%1在%2不是理事；常务理事须为理事。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of regulation; the kinds are %2.</source>
        <translation>“%1”不是制度类别；类别为：%2。</translation>
    </message>
</context>
<context>
    <name>sd::governance::GovernanceStore</name>
    <message>
        <source>The governance records in %1 could not be written (%2).</source>
        <translation>无法写入 %1 中的治理记录（%2）。</translation>
    </message>
    <message>
        <source>A term needs a number, such as 9 for 第九届.</source>
        <translation>届次需要编号，例如第九届填 9。</translation>
    </message>
    <message>
        <source>%1 needs a start date.</source>
        <translation>%1需要开始日期。</translation>
    </message>
    <message>
        <source>%1 cannot end (%2) before it starts (%3).</source>
        <translation>%1的结束日期（%2）不能早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>%1 is already recorded.</source>
        <translation>%1已有记录。</translation>
    </message>
    <message>
        <source>That term is no longer recorded.</source>
        <translation>该届次已不在记录中。</translation>
    </message>
    <message>
        <source>%1 needs a start date, and cannot end before it starts.</source>
        <translation>%1需要开始日期，且结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>%1 is not a role of the %2.</source>
        <translation>%2没有“%1”这一职务。</translation>
    </message>
    <message>
        <source>The seat cannot end (%1) before it starts (%2).</source>
        <translation>任职结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>%1 already holds a seat on the %2 in this term; a person holds one seat per body and term.</source>
        <translation>%1本届已在%2任职；同一人在同一机构、同一届只能任一职。</translation>
    </message>
    <message>
        <source>%1 has no council seat in this term; a standing councillor must also be a councillor (常务理事须为理事).</source>
        <translation>%1本届不是理事；常务理事须为理事。</translation>
    </message>
    <message>
        <source>A seat needs the person&apos;s name.</source>
        <translation>任职需要填写姓名。</translation>
    </message>
    <message>
        <source>That term is not recorded.</source>
        <translation>该届次没有记录。</translation>
    </message>
    <message>
        <source>That seat is no longer recorded.</source>
        <translation>该任职已不在记录中。</translation>
    </message>
    <message>
        <source>Ending a seat needs the date it ends.</source>
        <translation>结束任职需要填写结束日期。</translation>
    </message>
    <message>
        <source>%1 also sits on the standing council; remove that seat first.</source>
        <translation>%1同时是常务理事，请先删除其常务理事任职。</translation>
    </message>
    <message>
        <source>a supervisor who is also %1</source>
        <translation>监事同时担任%1</translation>
    </message>
    <message>
        <source>a supervisor who also sits on the %1</source>
        <translation>监事同时在%1任职</translation>
    </message>
    <message>
        <source>A staff member needs a name and a role.</source>
        <translation>工作人员需要姓名和岗位。</translation>
    </message>
    <message>
        <source>%1 cannot leave (%2) before joining (%3).</source>
        <translation>%1的离职日期（%2）不能早于入职日期（%3）。</translation>
    </message>
    <message>
        <source>A regulation needs a title.</source>
        <translation>制度需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of regulation; the kinds are %2.</source>
        <translation>“%1”不是制度类别；类别为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of attestation; the kinds are %2.</source>
        <translation>“%1”不是证明材料类别；类别为：%2。</translation>
    </message>
    <message>
        <source>An attestation needs its date and who attests.</source>
        <translation>证明材料需要日期和证明人。</translation>
    </message>
    <message>
        <source>A party organisation&apos;s type is A, B or C.</source>
        <translation>党组织类型为 A、B 或 C。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a document kept in the society file may be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；保存在学会文件中的文档最大为 %3 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>a supervisor who is also finance staff (%1)</source>
        <translation>监事同时担任财务人员（%1）</translation>
    </message>
    <message>
        <source>That regulation is no longer recorded.</source>
        <translation>该制度已不存在。</translation>
    </message>
    <message>
        <source>The document for &quot;%1&quot; is not stored; add it again.</source>
        <translation>“%1”的文件未保存，请重新添加。</translation>
    </message>
    <message>
        <source>a supervisor who also heads the branch %1</source>
        <translation>监事同时担任分支机构%1的负责人</translation>
    </message>
    <message>
        <source>%1 is not a year an attestation can cover.</source>
        <translation>%1 不是证明材料可涵盖的年度。</translation>
    </message>
</context>
<context>
    <name>sd::governance::GovernanceText</name>
    <message>
        <source>Congress</source>
        <translation>会员代表大会</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Standing Council</source>
        <translation>常务理事会</translation>
    </message>
    <message>
        <source>Supervisory Board</source>
        <translation>监事会</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>理事长</translation>
    </message>
    <message>
        <source>Vice-Chair</source>
        <translation>副理事长</translation>
    </message>
    <message>
        <source>Secretary-General</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Standing Councillor</source>
        <translation>常务理事</translation>
    </message>
    <message>
        <source>Councillor</source>
        <translation>理事</translation>
    </message>
    <message>
        <source>Chief Supervisor</source>
        <translation>监事长</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>监事</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>会员代表</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>聘用</translation>
    </message>
</context>
<context>
    <name>sd::meetings::MeetingLayouts</name>
    <message>
        <source>The meetings in %1 could not be read or written (%2).</source>
        <translation>无法读写 %1 中的会议（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 were signed off on %2 and are locked; record a correction on the Meetings page instead.</source>
        <translation>会议 %1 的纪要已于 %2 签发并锁定；请改在“会议”页面登记更正。</translation>
    </message>
    <message>
        <source>Meeting %1 is no longer recorded; nothing was written.</source>
        <translation>会议 %1 已不在登记中；未写入任何内容。</translation>
    </message>
    <message>
        <source>Give the %1 or the %2 of the person on the meeting&apos;s roll.</source>
        <translation>请填写该人员在会议签到名单中的%1或%2。</translation>
    </message>
    <message>
        <source>委托 (proxy) needs the person who attends in their place: give the name in the column %1 (proxy_to).</source>
        <translation>委托出席须注明受托人：请在“%1”（proxy_to）列填写代为出席者的姓名。</translation>
    </message>
    <message>
        <source>%1 is only read for 委托 (proxy); it was ignored.</source>
        <translation>“%1”仅在委托出席时读取，已忽略。</translation>
    </message>
    <message>
        <source>The file has no column %1 (status): say who was 出席, 请假, 缺席 or 委托.</source>
        <translation>文件缺少“%1”（status）列：请注明出席、请假、缺席或委托。</translation>
    </message>
    <message>
        <source>There is no meeting numbered %1; import the meetings first.</source>
        <translation>没有会议编号为 %1 的会议；请先导入会议。</translation>
    </message>
    <message>
        <source>The roll of meeting %1 is empty: no term in office on %2 has seats on its body. Import the terms and seats first.</source>
        <translation>会议 %1 的签到名单为空：%2 没有在任届次在该机构设有席位。请先导入届次和任职。</translation>
    </message>
    <message>
        <source>Member number %1 is not on the roll of meeting %2.</source>
        <translation>会员编号 %1 不在会议 %2 的签到名单中。</translation>
    </message>
    <message>
        <source>Member number %1 is %2 on the roll of meeting %3, not %4.</source>
        <translation>会议 %3 签到名单中会员编号 %1 是 %2，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 is not on the roll of meeting %2.</source>
        <translation>%1 不在会议 %2 的签到名单中。</translation>
    </message>
    <message>
        <source>%1 people named %2 are on the roll of meeting %3; give the %4 to say which.</source>
        <translation>会议 %3 的签到名单中有 %1 人名为 %2；请填写%4以指明是哪一位。</translation>
    </message>
    <message>
        <source>%1 is already marked for meeting %2 on line %3; this later row is a duplicate.</source>
        <translation>%1 在会议 %2 的出席情况已在第 %3 行登记；后出现的这一行重复。</translation>
    </message>
    <message>
        <source>%1 at meeting %2: %3</source>
        <translation>%1 在会议 %2：%3</translation>
    </message>
    <message>
        <source>A follow-up&apos;s %1 or %2 needs its %3: the person responsible for carrying the resolution out.</source>
        <translation>落实事项的%1或%2须有%3，即负责落实该决议的人。</translation>
    </message>
    <message>
        <source>Line %1 gives this resolution of meeting %2 with %3 %4; the rows of one resolution (one row per follow-up) must agree.</source>
        <translation>第 %1 行中会议 %2 的这项决议%3为 %4；同一决议的各行（每项落实一行）必须一致。</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>未记录票数</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>未填表决规则</translation>
    </message>
    <message>
        <source>Line %1 already gives this resolution of meeting %2%3; this later row is a duplicate.</source>
        <translation>第 %1 行已有会议 %2 的这项决议%3；后出现的这一行重复。</translation>
    </message>
    <message>
        <source> with this follow-up</source>
        <translation>及相同的落实事项</translation>
    </message>
    <message>
        <source>resolution %1 of meeting %2</source>
        <translation>会议 %2 的第 %1 项决议</translation>
    </message>
</context>
<context>
    <name>sd::meetings::MeetingStore</name>
    <message>
        <source>The meetings in %1 could not be written (%2).</source>
        <translation>无法写入 %1 中的会议记录（%2）。</translation>
    </message>
    <message>
        <source>A meeting needs its number.</source>
        <translation>会议须有编号。</translation>
    </message>
    <message>
        <source>A meeting number has at most 50 characters.</source>
        <translation>会议编号不得超过50个字符。</translation>
    </message>
    <message>
        <source>A meeting needs its date.</source>
        <translation>会议须有日期。</translation>
    </message>
    <message>
        <source>Meeting number %1 is already used (%2).</source>
        <translation>会议编号 %1 已被使用（%2）。</translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation>每项议程均须有标题。</translation>
    </message>
    <message>
        <source>The notice is issued on or before the meeting date.</source>
        <translation>会议通知须在会议日期当天或之前发出。</translation>
    </message>
    <message>
        <source>Replies are due on or before the meeting date.</source>
        <translation>回执截止日期须在会议日期当天或之前。</translation>
    </message>
    <message>
        <source>%1 meeting (%2)</source>
        <translation>%1会议（%2）</translation>
    </message>
    <message>
        <source>The meeting is not recorded.</source>
        <translation>该会议未登记。</translation>
    </message>
    <message>
        <source>%1 is represented by proxy: say by whom.</source>
        <translation>%1委托他人出席：请填写受托人。</translation>
    </message>
    <message>
        <source>%1 is not on the roll.</source>
        <translation>%1不在签到名单中。</translation>
    </message>
    <message>
        <source>The line is not on the roll.</source>
        <translation>该条目不在签到名单中。</translation>
    </message>
    <message>
        <source>The minutes were signed off on %1 and are locked; record a correction with a note.</source>
        <translation>纪要已于 %1 签发并锁定；如需修改，请填写说明后作更正。</translation>
    </message>
    <message>
        <source>There are no minutes to sign off yet.</source>
        <translation>尚无可签发的纪要。</translation>
    </message>
    <message>
        <source>The minutes were already signed off on %1.</source>
        <translation>纪要已于 %1 签发。</translation>
    </message>
    <message>
        <source>Say who signs the minutes off (the chair of the meeting).</source>
        <translation>请填写纪要签发人（会议主持人）。</translation>
    </message>
    <message>
        <source>Minutes are signed off on or after the meeting date (%1).</source>
        <translation>纪要签发日期不得早于会议日期（%1）。</translation>
    </message>
    <message>
        <source>Only signed-off minutes are corrected; edit the draft instead.</source>
        <translation>只有已签发的纪要才需更正；草稿请直接修改。</translation>
    </message>
    <message>
        <source>A correction needs a note saying what it corrects.</source>
        <translation>更正须说明更正内容。</translation>
    </message>
    <message>
        <source>A resolution needs its text.</source>
        <translation>决议须有内容。</translation>
    </message>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>The adopted regulation is not recorded.</source>
        <translation>所通过的制度未登记。</translation>
    </message>
    <message>
        <source>The resolution is not recorded.</source>
        <translation>该决议未登记。</translation>
    </message>
    <message>
        <source>Attendance is not recorded: the %1 votes cast are taken as those present.</source>
        <translation>未登记出席情况：以所投 %1 票作为到会人数。</translation>
    </message>
    <message>
        <source>%1 votes are recorded but only %2 were present.</source>
        <translation>登记票数为 %1 票，但到会仅 %2 人。</translation>
    </message>
    <message>
        <source>The minutes record “%1” but %2 in favour of %3 present gives “%4” (%5).</source>
        <translation>纪要记载为“%1”，但到会 %3 人中赞成 %2 票，结果应为“%4”（%5）。</translation>
    </message>
    <message>
        <source>No votes are recorded; the outcome is taken from the minutes.</source>
        <translation>未登记票数；表决结果以纪要记载为准。</translation>
    </message>
    <message>
        <source>The meeting was not quorate (%1 of %2 present, %3 needed): its resolutions are not valid.</source>
        <translation>会议未达到法定人数（应到 %2 人，实到 %1 人，需 %3 人）：所作决议无效。</translation>
    </message>
    <message>
        <source>A change of dues is decided by the congress.</source>
        <translation>会费调整须由会员代表大会决定。</translation>
    </message>
    <message>
        <source>A change of dues is voted by secret ballot.</source>
        <translation>会费调整须采取无记名投票方式表决。</translation>
    </message>
    <message>
        <source>The rule “%1” is weaker than the charter&apos;s “%2” for this body.</source>
        <translation>表决规则“%1”低于章程对该机构规定的“%2”。</translation>
    </message>
    <message>
        <source>The filing is not recorded.</source>
        <translation>该备案未登记。</translation>
    </message>
    <message>
        <source>A follow-up needs the person responsible.</source>
        <translation>落实事项须有责任人。</translation>
    </message>
    <message>
        <source>The follow-up is not recorded.</source>
        <translation>该落实事项未登记。</translation>
    </message>
    <message>
        <source>A progress note needs its text.</source>
        <translation>进展记录须有内容。</translation>
    </message>
    <message>
        <source>A progress note needs its date.</source>
        <translation>进展记录须有日期。</translation>
    </message>
    <message>
        <source>The meeting or the document is not recorded.</source>
        <translation>会议或文件未登记。</translation>
    </message>
    <message>
        <source>The document is not attached to the meeting.</source>
        <translation>该文件未附在此会议上。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an office meeting and its date</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::meetings::MeetingText</name>
    <message>
        <source>Congress</source>
        <translation>会员代表大会</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Standing council</source>
        <translation>常务理事会</translation>
    </message>
    <message>
        <source>Supervisory board</source>
        <translation>监事会</translation>
    </message>
    <message>
        <source>Chair&apos;s office meeting</source>
        <translation>理事长办公会</translation>
    </message>
    <message>
        <source>Secretary-general&apos;s meeting</source>
        <translation>秘书长工作会</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>By correspondence</source>
        <translation>通讯</translation>
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
        <source>Proxy</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Sending a proxy</source>
        <translation>委托出席</translation>
    </message>
    <message>
        <source>Asks to be excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Appointment of the secretary-general</source>
        <translation>聘任秘书长</translation>
    </message>
    <message>
        <source>Adoption of a regulation</source>
        <translation>制度审议</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Change of dues</source>
        <translation>会费调整</translation>
    </message>
    <message>
        <source>Branch decision</source>
        <translation>分支机构事项</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>More than half of those present</source>
        <translation>到会者过半数</translation>
    </message>
    <message>
        <source>At least half of those present</source>
        <translation>到会者半数以上</translation>
    </message>
    <message>
        <source>At least two thirds of those present</source>
        <translation>到会者三分之二以上</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>sd::members::GradeStoreText</name>
    <message>
        <source>The grades and dues standards in %1 could not be written (%2).</source>
        <translation>无法写入 %1 中的会员类别和会费标准（%2）。</translation>
    </message>
    <message>
        <source>The grade no longer exists; it may have been removed meanwhile.</source>
        <translation>该会员类别已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The grade name is empty.</source>
        <translation>会员类别名称为空。</translation>
    </message>
    <message>
        <source>The grade name has %1 characters; at most %2 are allowed.</source>
        <translation>会员类别名称有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>There is already a grade named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的会员类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default grade of new members; make another grade the default before removing it.</source>
        <translation>“%1”是新会员的默认类别；请先将其他会员类别设为默认，再删除它。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) hold the grade &quot;%1&quot;; give them another grade before removing it.</source>
        <translation>
            <numerusform>有 %n 名会员属于会员类别“%1”；请先为他们更改会员类别，再删除它。</numerusform>
        </translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>年度必须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>There is no dues standard for &quot;%1&quot; in %2.</source>
        <translation>“%1”在 %2 年度没有会费标准。</translation>
    </message>
</context>
<context>
    <name>sd::members::MemberExports</name>
    <message>
        <source>&quot;%1&quot; is not a status; the statuses are %2.</source>
        <translation>“%1”不是状态；可用的状态为 %2。</translation>
    </message>
</context>
<context>
    <name>sd::members::MemberLayouts</name>
    <message>
        <source>The register in %1 could not be read or written (%2).</source>
        <translation>无法读写 %1 中的名册（%2）。</translation>
    </message>
    <message>
        <source>The birth date %1 makes the member %2 years old on %3; members are between 10 and 120.</source>
        <translation>按出生日期 %1，会员在 %3 为 %2 岁；会员年龄应在 10 至 120 岁之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member grade of this society; the grades are %2.</source>
        <translation>“%1”不是本会的会员类别；会员类别有 %2。</translation>
    </message>
    <message>
        <source>The status %1 needs an exit date (%2).</source>
        <translation>状态为%1时须填写退会日期（%2）。</translation>
    </message>
    <message>
        <source>The exit date %1 is given, but the status %2 is not an exit; membership ends on that date all the same.</source>
        <translation>填写了退会日期 %1，但状态%2并非退出；会籍仍于该日终止。</translation>
    </message>
    <message>
        <source>The branch &quot;%1&quot; is not in the branch register, so no link to it was made.</source>
        <translation>分支机构“%1”不在分支机构名册中，未建立关联。</translation>
    </message>
    <message>
        <source>Possible duplicate: line %1 has the same name and birth date %2, and one of the two has no ID number; please check.</source>
        <translation>可能重复：第 %1 行姓名相同、出生日期同为 %2，且其中一人没有证件号码，请核对。</translation>
    </message>
    <message>
        <source>The member number %1 already belongs to another member (%2).</source>
        <translation>会员编号 %1 已属于另一名会员（%2）。</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 in the register has the same name and birth date %2, and one of the two has no ID number; please check.</source>
        <translation>可能重复：名册中的 %1 姓名相同、出生日期同为 %2，且其中一人没有证件号码，请核对。</translation>
    </message>
    <message>
        <source>The unit name %1 already belongs to another unit member (credit code %2).</source>
        <translation>单位名称 %1 已属于另一家单位会员（统一社会信用代码 %2）。</translation>
    </message>
    <message>
        <source>The member number %1 is not in the member register.</source>
        <translation>会员编号 %1 不在会员名册中。</translation>
    </message>
    <message>
        <source>a payment of %1</source>
        <translation>%1 的一笔缴费</translation>
    </message>
</context>
<context>
    <name>sd::members::MemberRecordText</name>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 50 are allowed.</source>
        <translation>姓名有 %1 个字符，最多允许 50 个。</translation>
    </message>
    <message>
        <source>The approval date %1 is before the application date %2.</source>
        <translation>批准日期 %1 早于申请日期 %2。</translation>
    </message>
    <message>
        <source>The join date is required.</source>
        <translation>入会日期为必填项。</translation>
    </message>
    <message>
        <source>The join date %1 is before the approval date %2.</source>
        <translation>入会日期 %1 早于批准日期 %2。</translation>
    </message>
    <message>
        <source>The exit date is required when the status is %1.</source>
        <translation>状态为%1时须填写退会日期。</translation>
    </message>
    <message>
        <source>The exit date %1 is before the join date %2.</source>
        <translation>退会日期 %1 早于入会日期 %2。</translation>
    </message>
</context>
<context>
    <name>sd::members::MemberStoreText</name>
    <message>
        <source>The member register in %1 could not be written (%2).</source>
        <translation>无法写入 %1 中的会员名册（%2）。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>sd::package::CoverLetterDocument</name>
    <message>
        <source>Cover letter</source>
        <translation>报送函</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Submission of the %1 reform materials</source>
        <translation>关于报送 %1 年度改革工作材料的函</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 (unified social credit code %2) submits its reform materials for %3, checked against %4, as one submission package (ZIP). The package holds the files below; each file&apos;s SHA-256 checksum is given so that it can be checked against the package&apos;s manifest.</source>
        <translation>现将%1（统一社会信用代码 %2）%3 年度改革工作材料（对照 %4 检查）以报送包（ZIP 文件）形式报送。报送包包含下列文件，并附各文件的 SHA-256 校验值，可与报送包清单核对。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The checksum of the ZIP file itself cannot be printed in this letter, which is inside it; it is shown when the package is exported.</source>
        <translation>本函位于报送包内，无法载明 ZIP 文件本身的校验值；该值在导出报送包时显示。</translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>未包含：</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Signature of the person in charge:</source>
        <translation>负责人签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>sd::package::PackageVerifier</name>
    <message>
        <source>cannot be read (%1).</source>
        <translation>无法读取（%1）。</translation>
    </message>
    <message>
        <source>cannot be read.</source>
        <translation>无法读取。</translation>
    </message>
    <message>
        <source>is larger than a package may be (%1 bytes; at most %2).</source>
        <translation>超出报送包允许的大小（%1 字节；最多 %2 字节）。</translation>
    </message>
    <message>
        <source>is empty, not a ZIP archive.</source>
        <translation>是空文件，不是 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>is not a ZIP archive, or it is truncated.</source>
        <translation>不是 ZIP 压缩包，或文件不完整。</translation>
    </message>
    <message>
        <source>holds %1 entries; a package may hold at most %2.</source>
        <translation>含 %1 个条目；报送包最多可含 %2 个。</translation>
    </message>
    <message>
        <source>holds more than %1 entries, the most a package may hold.</source>
        <translation>含超过 %1 个条目，超出报送包允许的上限。</translation>
    </message>
    <message>
        <source>has a damaged central directory.</source>
        <translation>中央目录已损坏。</translation>
    </message>
    <message>
        <source>the entry&apos;s name is not valid UTF-8.</source>
        <translation>条目名称不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>has an entry without a name.</source>
        <translation>含有无名称的条目。</translation>
    </message>
    <message>
        <source>the entry&apos;s name holds control characters.</source>
        <translation>条目名称含控制字符。</translation>
    </message>
    <message>
        <source>the entry&apos;s name holds a backslash.</source>
        <translation>条目名称含反斜杠。</translation>
    </message>
    <message>
        <source>the entry&apos;s name is an absolute path.</source>
        <translation>条目名称是绝对路径。</translation>
    </message>
    <message>
        <source>the entry&apos;s name starts with a drive letter.</source>
        <translation>条目名称以盘符开头。</translation>
    </message>
    <message>
        <source>the entry&apos;s name climbs out of its folder with &quot;..&quot;.</source>
        <translation>条目名称用“..”跳出所在文件夹。</translation>
    </message>
    <message>
        <source>the entry&apos;s name is not a plain path (an empty or &quot;.&quot; part).</source>
        <translation>条目名称不是规范路径（含空段或“.”）。</translation>
    </message>
    <message>
        <source>the entry is encrypted.</source>
        <translation>条目已加密。</translation>
    </message>
    <message>
        <source>the entry uses compression method %1; only stored and deflated entries are read.</source>
        <translation>条目使用压缩方法 %1；只读取未压缩（stored）和 deflate 压缩的条目。</translation>
    </message>
    <message>
        <source>the entry is a symbolic link.</source>
        <translation>条目是符号链接。</translation>
    </message>
    <message>
        <source>the entry is not a regular file (Unix mode %1).</source>
        <translation>条目不是普通文件（Unix 模式 %1）。</translation>
    </message>
    <message>
        <source>the entry is a folder without a folder&apos;s name.</source>
        <translation>条目是文件夹，但名称不以“/”结尾。</translation>
    </message>
    <message>
        <source>the folder entry has contents.</source>
        <translation>文件夹条目带有内容。</translation>
    </message>
    <message>
        <source>the entry is outside the bag&apos;s folder %1; a package holds one folder only.</source>
        <translation>条目不在包文件夹 %1 内；报送包只能含一个文件夹。</translation>
    </message>
    <message>
        <source>the entry&apos;s name repeats %1 (names are compared ignoring case).</source>
        <translation>条目名称与 %1 重复（比较时不区分大小写）。</translation>
    </message>
    <message>
        <source>holds no bag.</source>
        <translation>不含任何包（bag）。</translation>
    </message>
    <message>
        <source>the entry is damaged and cannot be opened.</source>
        <translation>条目已损坏，无法打开。</translation>
    </message>
    <message>
        <source>the entry is damaged (its compressed data cannot be inflated).</source>
        <translation>条目已损坏（压缩数据无法解压）。</translation>
    </message>
    <message>
        <source>the entry inflates to more than %1 bytes, the most one file may hold.</source>
        <translation>条目解压后超过 %1 字节，超出单个文件的上限。</translation>
    </message>
    <message>
        <source>the entries inflate to more than %1 bytes together, the most a package may hold.</source>
        <translation>各条目解压后合计超过 %1 字节，超出报送包的上限。</translation>
    </message>
    <message>
        <source>the entry is damaged (CRC error).</source>
        <translation>条目已损坏（CRC 校验错误）。</translation>
    </message>
    <message>
        <source>the entry inflates to %1 bytes but its header says %2.</source>
        <translation>条目解压后为 %1 字节，但文件头记载为 %2 字节。</translation>
    </message>
    <message>
        <source>a package may not ask for files to be fetched from elsewhere.</source>
        <translation>报送包不得要求从别处下载文件。</translation>
    </message>
    <message>
        <source>the bag has no such file, which every package needs.</source>
        <translation>包中缺少此文件，而每个报送包都必须有它。</translation>
    </message>
    <message>
        <source>only SHA-256 manifests are read.</source>
        <translation>只读取 SHA-256 清单。</translation>
    </message>
    <message>
        <source>bagit.txt starts with a byte order mark.</source>
        <translation>bagit.txt 以字节顺序标记（BOM）开头。</translation>
    </message>
    <message>
        <source>the tag file starts with a byte order mark.</source>
        <translation>标签文件以字节顺序标记（BOM）开头。</translation>
    </message>
    <message>
        <source>the tag file is not UTF-8.</source>
        <translation>标签文件不是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>bagit.txt must say exactly &quot;BagIt-Version: 1.0&quot; and &quot;Tag-File-Character-Encoding: UTF-8&quot;.</source>
        <translation>bagit.txt 必须恰好写明“BagIt-Version: 1.0”和“Tag-File-Character-Encoding: UTF-8”。</translation>
    </message>
    <message>
        <source>the package is not signed, but a public key was given: a signature is required.</source>
        <translation>报送包未签名，但已提供公钥：必须有签名。</translation>
    </message>
    <message>
        <source>the signature does not match: the package was changed, or signed with another key.</source>
        <translation>签名不符：报送包已被改动，或是用另一把密钥签的名。</translation>
    </message>
    <message>
        <source>the manifest&apos;s last line has no line end.</source>
        <translation>清单最后一行没有换行符。</translation>
    </message>
    <message>
        <source>line %1 is not &quot;&lt;SHA-256&gt; &lt;file&gt;&quot;.</source>
        <translation>第 %1 行不是“&lt;SHA-256&gt; &lt;文件&gt;”格式。</translation>
    </message>
    <message>
        <source>line %1 lists %2, which is not a payload file under data/.</source>
        <translation>第 %1 行列出的 %2 不是 data/ 下的内容文件。</translation>
    </message>
    <message>
        <source>line %1 lists %2, which is not a tag file.</source>
        <translation>第 %1 行列出的 %2 不是标签文件。</translation>
    </message>
    <message>
        <source>line %1 lists %2 a second time.</source>
        <translation>第 %1 行重复列出 %2。</translation>
    </message>
    <message>
        <source>%1 lists this file, but the bag does not hold it.</source>
        <translation>%1 列出了此文件，但包中没有它。</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the one %1 lists: it was changed.</source>
        <translation>文件的 SHA-256 与 %1 所列不符：文件已被改动。</translation>
    </message>
    <message>
        <source>the tag file is not listed in tagmanifest-sha256.txt.</source>
        <translation>标签文件未列入 tagmanifest-sha256.txt。</translation>
    </message>
    <message>
        <source>the file is not listed in manifest-sha256.txt.</source>
        <translation>文件未列入 manifest-sha256.txt。</translation>
    </message>
    <message>
        <source>the last line has no line end.</source>
        <translation>最后一行没有换行符。</translation>
    </message>
    <message>
        <source>line %1 is not &quot;Label: value&quot;.</source>
        <translation>第 %1 行不是“标签: 值”格式。</translation>
    </message>
    <message>
        <source>bag-info.txt needs one Payload-Oxum &quot;&lt;bytes&gt;.&lt;files&gt;&quot;.</source>
        <translation>bag-info.txt 须有且仅有一个 Payload-Oxum“&lt;字节数&gt;.&lt;文件数&gt;”。</translation>
    </message>
    <message>
        <source>Payload-Oxum says %1, but the payload is %2 bytes in %3 files.</source>
        <translation>Payload-Oxum 为 %1，但内容实为 %3 个文件共 %2 字节。</translation>
    </message>
    <message>
        <source>The package did not verify; nothing is read from it.</source>
        <translation>报送包未通过校验，不从中读取任何内容。</translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation>报送包中没有 %1。</translation>
    </message>
    <message>
        <source>%1 can no longer be read from the package.</source>
        <translation>已无法从报送包中读取 %1。</translation>
    </message>
    <message>
        <source>%1 changed since the package was verified.</source>
        <translation>%1 在报送包校验后发生了变化。</translation>
    </message>
</context>
<context>
    <name>sd::package::Signature</name>
    <message>
        <source>This is a secret key; give the public key (the .pub file).</source>
        <translation>这是私钥；请提供公钥（.pub 文件）。</translation>
    </message>
    <message>
        <source>This is a public key; give the secret key (the .key file).</source>
        <translation>这是公钥；请提供私钥（.key 文件）。</translation>
    </message>
    <message>
        <source>Not a SocietyDesk %1.</source>
        <translation>不是学会工作台的%1。</translation>
    </message>
    <message>
        <source>The %1 is damaged: it does not hold %2 bytes of base64.</source>
        <translation>%1已损坏：其中不是 %2 字节的 base64 数据。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 过大，不可能是密钥文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The key pair is incomplete.</source>
        <translation>密钥对不完整。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>%1 already exists; a key is never overwritten, since packages signed with it could no longer be verified.</source>
        <translation>%1 已存在；密钥不会被覆盖，否则用它签名的报送包将无法再校验。</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>sd::package::StatisticsWorkbook</name>
    <message>
        <source>The statistics workbook cannot be written (%1).</source>
        <translation>无法写入统计表（%1）。</translation>
    </message>
    <message>
        <source>libxlsxwriter could not start</source>
        <translation>libxlsxwriter 无法启动</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Individual members on 31 December</source>
        <translation>12月31日个人会员数</translation>
    </message>
    <message>
        <source>Individual members on 31 December of the year before</source>
        <translation>上年12月31日个人会员数</translation>
    </message>
    <message>
        <source>Unit members on 31 December</source>
        <translation>12月31日单位会员数</translation>
    </message>
    <message>
        <source>Unit members on 31 December of the year before</source>
        <translation>上年12月31日单位会员数</translation>
    </message>
    <message>
        <source>Individual members joined in the year</source>
        <translation>本年新入会个人会员</translation>
    </message>
    <message>
        <source>Individual members left in the year</source>
        <translation>本年退会个人会员</translation>
    </message>
    <message>
        <source>Unit members joined in the year</source>
        <translation>本年新入会单位会员</translation>
    </message>
    <message>
        <source>Unit members left in the year</source>
        <translation>本年退会单位会员</translation>
    </message>
    <message>
        <source>Front-line members</source>
        <translation>基层一线会员</translation>
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
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Members due to pay dues for the year</source>
        <translation>本年应缴会费会员</translation>
    </message>
    <message>
        <source>Members who paid dues for the year</source>
        <translation>本年已缴会费会员</translation>
    </message>
    <message>
        <source>Members by grade</source>
        <translation>按会员类别</translation>
    </message>
    <message>
        <source>Members by age band</source>
        <translation>按年龄段</translation>
    </message>
    <message>
        <source>Members by type of employer</source>
        <translation>按单位性质</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>席位数</translation>
    </message>
    <message>
        <source>Front line: yes</source>
        <translation>基层一线：是</translation>
    </message>
    <message>
        <source>Front line: no</source>
        <translation>基层一线：否</translation>
    </message>
    <message>
        <source>Front line: unknown</source>
        <translation>基层一线：不详</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>性别不详</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Not party members</source>
        <translation>非党员</translation>
    </message>
    <message>
        <source>Party membership unknown</source>
        <translation>政治面貌不详</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>青年</translation>
    </message>
    <message>
        <source>Not young</source>
        <translation>非青年</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>Young: at most this age</source>
        <translation>青年年龄上限</translation>
    </message>
    <message>
        <source>Seats in the previous term</source>
        <translation>上届席位数</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status on 31 December</source>
        <translation>12月31日状态</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Activities without a participant count</source>
        <translation>未记录参加人数的活动</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召开次数</translation>
    </message>
    <message>
        <source>Quorate</source>
        <translation>达到法定人数</translation>
    </message>
    <message>
        <source>Not quorate</source>
        <translation>未达法定人数</translation>
    </message>
    <message>
        <source>Quorum undecided</source>
        <translation>法定人数待定</translation>
    </message>
    <message>
        <source>Brand activities</source>
        <translation>品牌活动</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>sd::package::SubmissionPackage</name>
    <message>
        <source>no reform plan for %1</source>
        <translation>没有 %1 年度改革方案</translation>
    </message>
    <message>
        <source>The society profile has no unified social credit code: the package is named after it. Enter it in the society profile first.</source>
        <translation>学会信息中没有统一社会信用代码：报送包以它命名。请先在学会信息中填写。</translation>
    </message>
    <message>
        <source>The cover letter %1 cannot be read (%2).</source>
        <translation>无法读取报送函 %1（%2）。</translation>
    </message>
    <message>
        <source>The cover letter %1 is too large.</source>
        <translation>报送函 %1 过大。</translation>
    </message>
    <message>
        <source>The cover letter %1 is not a PDF file: scan the signed and stamped letter to PDF.</source>
        <translation>报送函 %1 不是 PDF 文件：请将签字盖章的报送函扫描为 PDF。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a shipped rule pack (%2) nor a pack file.</source>
        <translation>“%1”既不是内置规则包（%2），也不是规则包文件。</translation>
    </message>
    <message>
        <source>Reform plan</source>
        <translation>改革方案</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>合规检查报告</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度工作报告</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>规章制度</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>报送函</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>no annual report for %1</source>
        <translation>没有 %1 年度工作报告</translation>
    </message>
    <message>
        <source>the annual report for %1 is not approved yet (%2)</source>
        <translation>%1 年度工作报告尚未审定（%2）</translation>
    </message>
    <message>
        <source>The regulations cannot be read.</source>
        <translation>无法读取规章制度。</translation>
    </message>
    <message>
        <source>the regulation &quot;%1&quot; has no file attached</source>
        <translation>制度“%1”没有附件文件</translation>
    </message>
    <message>
        <source>The meetings cannot be read.</source>
        <translation>无法读取会议。</translation>
    </message>
    <message>
        <source>Left out of the package: %1</source>
        <translation>报送包未包含：%1</translation>
    </message>
    <message>
        <source>The package is not valid, so it was not written: %1</source>
        <translation>报送包无效，未写入：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 was written but does not read back as the package made (%2); it was removed.</source>
        <translation>%1 已写入，但读回的内容与生成的报送包不一致（%2），已删除。</translation>
    </message>
    <message>
        <source>different bytes</source>
        <translation>字节不同</translation>
    </message>
</context>
<context>
    <name>sd::package::ZipWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be the name of a file in a ZIP archive.</source>
        <translation>“%1”不能作为 ZIP 压缩包中的文件名。</translation>
    </message>
    <message>
        <source>The ZIP archive needs a seekable file open for writing.</source>
        <translation>写入 ZIP 压缩包需要一个已打开、可定位的文件。</translation>
    </message>
    <message>
        <source>The ZIP archive cannot be written (%1).</source>
        <translation>无法写入 ZIP 压缩包（%1）。</translation>
    </message>
    <message>
        <source>%1 cannot be written into the ZIP archive (%2).</source>
        <translation>无法将 %1 写入 ZIP 压缩包（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::plan::ReformPlanStore</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>The reform plan could not be written (%1).</source>
        <translation>改革方案未能写入（%1）。</translation>
    </message>
    <message>
        <source>%1 is not a year a reform plan can cover.</source>
        <translation>%1 不是改革方案可涵盖的年份。</translation>
    </message>
    <message>
        <source>The %1 reform plan for %2 already exists.</source>
        <translation>%2 的 %1 年度改革方案已存在。</translation>
    </message>
    <message>
        <source>The plan for %1 cannot start on %2, outside its year.</source>
        <translation>%1 年度方案不能从其年份之外的 %2 开始。</translation>
    </message>
    <message>
        <source>There is no such reform plan.</source>
        <translation>没有该改革方案。</translation>
    </message>
    <message>
        <source>%1 offers no optional tasks; %2 cannot be chosen.</source>
        <translation>%1 没有自选任务，不能选择 %2。</translation>
    </message>
    <message>
        <source>%1 is not an optional task of %2 (those are %3).</source>
        <translation>%1 不是 %2 的自选任务（自选任务为 %3）。</translation>
    </message>
    <message>
        <source>%1 requires at least %2 of tasks %3; %4 chosen.</source>
        <translation>%1 要求在任务 %3 中至少选择 %2 项；已选 %4 项。</translation>
    </message>
    <message>
        <source>There is no such task in a reform plan.</source>
        <translation>改革方案中没有该任务。</translation>
    </message>
    <message>
        <source>The deadline of %1 must lie between %2 and %3; %4 does not.</source>
        <translation>%1 的完成时限须在 %2 至 %3 之间；%4 不在此范围内。</translation>
    </message>
    <message>
        <source>%1 has progress recorded for %2, before the plan would start; remove it first.</source>
        <translation>%1 在 %2 已有进度记录，早于方案开始月份；请先删除。</translation>
    </message>
    <message>
        <source>%1 is not a month such as %2-03.</source>
        <translation>%1 不是形如 %2-03 的月份。</translation>
    </message>
    <message>
        <source>%1 is not a month of the %2 plan.</source>
        <translation>%1 不在 %2 年度方案的月份内。</translation>
    </message>
    <message>
        <source>%1 is before the plan starts (%2).</source>
        <translation>%1 早于方案开始月份（%2）。</translation>
    </message>
    <message>
        <source>%1 has not begun yet; progress is recorded for a month under way or past.</source>
        <translation>%1 尚未开始；只能填报当月或以前月份的进度。</translation>
    </message>
    <message>
        <source>The progress of %1 for %2 needs the value reached.</source>
        <translation>%1 在 %2 的进度须填写完成值。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a document kept in the society file may be.</source>
        <translation>%1 超过 %2 MB，超出学会文件可保存文档的上限。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 has no progress recorded for %2.</source>
        <translation>%1 在 %2 没有进度记录。</translation>
    </message>
</context>
<context>
    <name>sd::reports::AnnualReport</name>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>, %1 not recorded</source>
        <translation>，%1 人未记录</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>理事长</translation>
    </message>
    <message>
        <source>Vice-Chair</source>
        <translation>副理事长</translation>
    </message>
    <message>
        <source>Secretary-General</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Academic conferences</source>
        <translation>学术会议</translation>
    </message>
    <message>
        <source>Science popularisation</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Policy consulting</source>
        <translation>决策咨询</translation>
    </message>
    <message>
        <source>S&amp;T evaluation</source>
        <translation>科技评价</translation>
    </message>
    <message>
        <source>Group standards</source>
        <translation>团体标准</translation>
    </message>
    <message>
        <source>Award nominations</source>
        <translation>奖项推荐</translation>
    </message>
    <message>
        <source>International exchange</source>
        <translation>国际交流</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>其他活动</translation>
    </message>
    <message>
        <source>35 and under</source>
        <translation>35岁及以下</translation>
    </message>
    <message>
        <source>Over 65</source>
        <translation>65岁以上</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Front-line councillors at least %1</source>
        <translation>理事中基层一线不低于%1</translation>
    </message>
    <message>
        <source>Front-line standing councillors at least %1</source>
        <translation>常务理事中基层一线不低于%1</translation>
    </message>
    <message>
        <source>Standing council at most %1 of the council</source>
        <translation>常务理事不超过理事的%1</translation>
    </message>
    <message>
        <source>Members at the end of each year</source>
        <translation>历年年末会员数</translation>
    </message>
    <message>
        <source>Individual members</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>Unit members</source>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Term in office</source>
        <translation>现任理事会</translation>
    </message>
    <message>
        <source>Term %1, %2 to %3</source>
        <translation>%1（%2至%3）</translation>
    </message>
    <message>
        <source>Individual members at year end</source>
        <translation>年末个人会员</translation>
    </message>
    <message>
        <source>Unit members at year end</source>
        <translation>年末单位会员</translation>
    </message>
    <message>
        <source>Branches in being</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Activities in the year</source>
        <translation>全年活动</translation>
    </message>
    <message>
        <source>%1, with %2 participants</source>
        <translation>%1 次，参与 %2 人次</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召开会议</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>年度概况</translation>
    </message>
    <message>
        <source>Governing bodies</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>No term is recorded by the end of the year.</source>
        <translation>截至年末未记录理事会届次。</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>基层一线</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Aged %1 or under</source>
        <translation>%1岁及以下</translation>
    </message>
    <message>
        <source>No seats are recorded.</source>
        <translation>未记录成员。</translation>
    </message>
    <message>
        <source>Council at most %1 seats for %2 members</source>
        <translation>%2 名会员时理事不超过 %1 人</translation>
    </message>
    <message>
        <source>Supervisory board of an odd number, %1 to %2</source>
        <translation>监事为 %1 至 %2 人的单数</translation>
    </message>
    <message>
        <source>Against the reform requirements:</source>
        <translation>对照改革要求：</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>At year end</source>
        <translation>年末</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No leaders are recorded.</source>
        <translation>未记录负责人。</translation>
    </message>
    <message>
        <source>Took office</source>
        <translation>就任</translation>
    </message>
    <message>
        <source>Left office</source>
        <translation>离任</translation>
    </message>
    <message>
        <source>Changes in the year:</source>
        <translation>本年变动：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Meetings and resolutions</source>
        <translation>会议与决议</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>召开次数</translation>
    </message>
    <message>
        <source>Quorate</source>
        <translation>达到法定人数</translation>
    </message>
    <message>
        <source>Not quorate</source>
        <translation>未达法定人数</translation>
    </message>
    <message>
        <source>No meetings were held in the year.</source>
        <translation>本年未召开会议。</translation>
    </message>
    <message>
        <source>%1 resolutions adopted</source>
        <translation>通过决议 %1 项</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>，未通过 %1 项</translation>
    </message>
    <message>
        <source>, %1 not valid for want of a quorum</source>
        <translation>，因未达法定人数无效 %1 项</translation>
    </message>
    <message>
        <source>, %1 without a recorded outcome</source>
        <translation>，未记录结果 %1 项</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Regulations adopted</source>
        <translation>制定制度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>No regulations were adopted in the year.</source>
        <translation>本年未制定制度。</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>各类活动</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <source>Participants not recorded</source>
        <translation>未记录人数的活动</translation>
    </message>
    <message>
        <source>Brand activities</source>
        <translation>品牌活动</translation>
    </message>
    <message>
        <source>No activities are recorded for the year.</source>
        <translation>本年未记录活动。</translation>
    </message>
    <message>
        <source>Participants are the sum of those recorded; an activity without a count is shown apart, not counted as none.</source>
        <translation>参与人次为已记录人数之和；未记录人数的活动单列，不按零计。</translation>
    </message>
    <message>
        <source>Brand activities:</source>
        <translation>品牌活动：</translation>
    </message>
    <message>
        <source>The society</source>
        <translation>学会本级</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>In being at year end</source>
        <translation>年末存续</translation>
    </message>
    <message>
        <source>Set up in the year</source>
        <translation>本年设立</translation>
    </message>
    <message>
        <source>Dissolved in the year</source>
        <translation>本年撤销</translation>
    </message>
    <message>
        <source> (+%1 not recorded)</source>
        <translation>（另有 %1 次未记录人数）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Status at year end</source>
        <translation>年末状态</translation>
    </message>
    <message>
        <source>No branches are recorded.</source>
        <translation>未记录分支机构。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>上年末</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Make-up of the individual members</source>
        <translation>个人会员构成</translation>
    </message>
    <message>
        <source>Members by grade</source>
        <translation>会员等级分布</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No members at the end of the year.</source>
        <translation>年末无会员。</translation>
    </message>
    <message>
        <source>By age at year end:</source>
        <translation>按年末年龄：</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>By the kind of employer:</source>
        <translation>按单位性质：</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Front line and dues</source>
        <translation>基层一线与会费</translation>
    </message>
    <message>
        <source>Front-line members</source>
        <translation>基层一线会员</translation>
    </message>
    <message>
        <source>Dues paid for the year</source>
        <translation>本年缴纳会费</translation>
    </message>
    <message>
        <source>%1 of %2 members (%3)</source>
        <translation>%2 名会员中 %1 名（%3）</translation>
    </message>
    <message>
        <source>The year before</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>The finance summary for the year is not entered.</source>
        <translation>本年财务汇总尚未填报。</translation>
    </message>
    <message>
        <source>Income and expenses (yuan)</source>
        <translation>收入与支出（元）</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>收支结余</translation>
    </message>
    <message>
        <source>Item of the activity statement</source>
        <translation>业务活动表项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>The dues register shows %1 received in %2 payments.</source>
        <translation>会费登记显示本年实收 %1，共 %2 笔。</translation>
    </message>
    <message>
        <source>[The generated part cannot be shown: %1]</source>
        <translation>［统计部分无法显示：%1］</translation>
    </message>
    <message>
        <source>[The narrative of this section is not yet written.]</source>
        <translation>［本章节文字尚未撰写。］</translation>
    </message>
    <message>
        <source>There is no %1 report, so it has no version %2.</source>
        <translation>尚无 %1 年度年报，因此没有第 %2 版。</translation>
    </message>
    <message>
        <source>The %1 report has no version %2.</source>
        <translation>%1 年度年报没有第 %2 版。</translation>
    </message>
    <message>
        <source>Annual Report %1</source>
        <translation>%1年度工作报告</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not yet saved</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>发布于%1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>生成于%1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1: an annual report is written as a .pdf, .html or .odt file.</source>
        <translation>%1：年报只能输出为 .pdf、.html 或 .odt 文件。</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <source>up %1 (%2)</source>
        <translation>增加 %1，增长 %2</translation>
    </message>
    <message>
        <source>down %1 (%2)</source>
        <translation>减少 %1，下降 %2</translation>
    </message>
    <message>
        <source>%1 (%2 on the year before)</source>
        <translation>%1（比上年%2）</translation>
    </message>
    <message>
        <source>The dues income entered (%1) is %2 more: check the accounts.</source>
        <translation>填报的会费收入（%1）比之多 %2，请核对账目。</translation>
    </message>
    <message>
        <source>The dues income entered (%1) is %2 less: check the accounts.</source>
        <translation>填报的会费收入（%1）比之少 %2，请核对账目。</translation>
    </message>
</context>
<context>
    <name>sd::reports::Chart</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>sd::reports::ComplianceReport</name>
    <message>
        <source>Compliance report</source>
        <translation>合规检查报告</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（部分）</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>基准日期</translation>
    </message>
    <message>
        <source>Rule packs applied</source>
        <translation>适用规则包</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>This report was generated by SocietyDesk from the records in the society file on the reference date.</source>
        <translation>本报告由学会工作台根据学会文件中截至基准日期的记录生成。</translation>
    </message>
    <message>
        <source>“%1” means the records needed to decide have not been entered; it is not a failure. “%2” means the requirement&apos;s deadline has not yet come. “%3” marks a requirement worded softly (generally, in principle): it is never a failure.</source>
        <translation>“%1”表示作出判断所需的记录尚未录入，不等于不通过；“%2”表示该项要求的期限尚未届满；“%3”用于措辞较为灵活的要求（如“一般”“原则上”），不作为不通过。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>检查概况</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No check fails.</source>
        <translation>没有不通过的检查项。</translation>
    </message>
    <message>
        <source>Failing checks (%1):</source>
        <translation>不通过的检查项（%1）：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>What would make it pass</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Records (%1):</source>
        <translation>相关记录（%1 条）：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 more records are not listed here; the check command&apos;s JSON output lists them all.</source>
        <translation>另有 %1 条记录未在此列出；check 命令的 JSON 输出列出全部记录。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>所用设置</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>依据：%1，“%2”</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>其他检查结果</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>%1: a compliance report is written as a .pdf or .odt file.</source>
        <translation>%1：合规检查报告只能保存为 .pdf 或 .odt 文件。</translation>
    </message>
</context>
<context>
    <name>sd::reports::Document</name>
    <message>
        <source>the device cannot be written</source>
        <translation>设备不可写入</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the ODT document: %1</source>
        <translation>无法写入 ODT 文档：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The pages could not be painted.</source>
        <translation>无法绘制页面。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Cannot write the HTML page: %1</source>
        <translation>无法写入 HTML 页面：%1</translation>
    </message>
</context>
<context>
    <name>sd::reports::MeetingDocuments</name>
    <message>
        <source>Meeting no.</source>
        <translation>会议编号</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>会议方式</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>No agenda was set.</source>
        <translation>本次会议未设议程。</translation>
    </message>
    <message>
        <source>%1 (presented by %2)</source>
        <translation>%1（汇报人：%2）</translation>
    </message>
    <message>
        <source>Expected %1, present %2; this meeting has no quorum requirement.</source>
        <translation>应到 %1 人，实到 %2 人，本会议不设法定人数要求。</translation>
    </message>
    <message>
        <source>Expected %1, present %2: the quorum (%3, at least %4) is reached.</source>
        <translation>应到 %1 人，实到 %2 人，达到法定人数（%3，至少 %4 人）。</translation>
    </message>
    <message>
        <source>Expected %1, present %2: the quorum (%3, at least %4) is NOT reached.</source>
        <translation>应到 %1 人，实到 %2 人，未达到法定人数（%3，至少 %4 人）。</translation>
    </message>
    <message>
        <source>%1 The attendance of %2 is not recorded.</source>
        <translation>%1另有 %2 人出席情况未登记。</translation>
    </message>
    <message>
        <source>%1 (proxy: %2)</source>
        <translation>%1（委托%2）</translation>
    </message>
    <message>
        <source>Expected %1: present %2, by proxy %3, excused %4, absent %5.</source>
        <translation>应到 %1 人：出席 %2 人，委托 %3 人，请假 %4 人，缺席 %5 人。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2 人）：%3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>表决规则</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>表决结果</translation>
    </message>
    <message>
        <source>present %1, %2 in favour needed</source>
        <translation>出席 %1 人，需赞成 %2 票</translation>
    </message>
    <message>
        <source>secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <source>Resolution %1: %2</source>
        <translation>第 %1 项决议：%2</translation>
    </message>
    <message>
        <source>To be reviewed:</source>
        <translation>需核查事项：</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>落实状态</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>第 %1 项决议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>%1纪要</translation>
    </message>
    <message>
        <source>DRAFT (not signed off)</source>
        <translation>草稿（未签发）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Version %1 (corrects: %2)</source>
        <translation>第 %1 版（更正：%2）</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议程</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <source>(The minutes have not been written yet.)</source>
        <translation>（纪要正文尚未录入。）</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>The meeting made no resolutions.</source>
        <translation>本次会议未形成决议。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>决议落实</translation>
    </message>
    <message>
        <source>Open follow-ups from earlier meetings</source>
        <translation>前次会议未完成的落实事项</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>本纪要由%1于%2签发。</translation>
    </message>
    <message>
        <source>Chair&apos;s signature:</source>
        <translation>主持人签字：</translation>
    </message>
    <message>
        <source>Minutes taker&apos;s signature:</source>
        <translation>记录人签字：</translation>
    </message>
    <message>
        <source>Signed off by:</source>
        <translation>签发人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>%1签到表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>委托：%1</translation>
    </message>
    <message>
        <source>Expected: %1    Signed in: ______    Checked by: ______</source>
        <translation>应到 %1 人&#x3000;&#x3000;实到＿＿＿＿人&#x3000;&#x3000;核对人：＿＿＿＿＿＿</translation>
    </message>
    <message>
        <source>Notice of the %1</source>
        <translation>关于召开%1的通知</translation>
    </message>
    <message>
        <source>The %1 will be held on %2 at %3. The particulars are as follows.</source>
        <translation>经研究，定于%2在%3召开%1。现将有关事项通知如下：</translation>
    </message>
    <message>
        <source>Time, place and mode</source>
        <translation>会议时间、地点和方式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>参会回复</translation>
    </message>
    <message>
        <source>Please return the attached reply slip to the Secretariat by %1. If you cannot attend, please ask for leave or name a proxy on the slip.</source>
        <translation>请于%1前将所附回执反馈至学会秘书处。因故不能出席的，请在回执中注明请假或委托代为出席的人员。</translation>
    </message>
    <message>
        <source>Please return the attached reply slip to the Secretariat. If you cannot attend, please ask for leave or name a proxy on the slip.</source>
        <translation>请及时将所附回执反馈至学会秘书处。因故不能出席的，请在回执中注明请假或委托代为出席的人员。</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>I will attend</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>I ask ________ to attend as my proxy</source>
        <translation>委托＿＿＿＿＿＿代为出席</translation>
    </message>
    <message>
        <source>I ask for leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Please reply by %1.</source>
        <translation>请于%1前反馈。</translation>
    </message>
    <message>
        <source>General Assembly</source>
        <translation>会员代表大会</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Standing Council</source>
        <translation>常务理事会</translation>
    </message>
    <message>
        <source>Board of Supervisors</source>
        <translation>监事会</translation>
    </message>
    <message>
        <source>Chair&apos;s Office Meeting</source>
        <translation>理事长办公会</translation>
    </message>
    <message>
        <source>Secretary-General&apos;s Working Meeting</source>
        <translation>秘书长工作会</translation>
    </message>
    <message>
        <source>To the members&apos; representatives:</source>
        <translation>各位会员代表：</translation>
    </message>
    <message>
        <source>To the members of the Council:</source>
        <translation>各位理事：</translation>
    </message>
    <message>
        <source>To the members of the Standing Council:</source>
        <translation>各位常务理事：</translation>
    </message>
    <message>
        <source>To the Supervisors:</source>
        <translation>各位监事：</translation>
    </message>
    <message>
        <source>To the Chair, the Vice-Chairs and the Secretary-General:</source>
        <translation>理事长、各位副理事长、秘书长：</translation>
    </message>
    <message>
        <source>To the staff of the Secretariat:</source>
        <translation>秘书处全体工作人员：</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场会议</translation>
    </message>
    <message>
        <source>Video conference</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <source>In person and by video</source>
        <translation>现场与视频结合</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>通讯会议</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
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
        <source>By proxy</source>
        <translation>委托出席</translation>
    </message>
    <message>
        <source>Appointment of the Secretary-General</source>
        <translation>聘任秘书长</translation>
    </message>
    <message>
        <source>Adoption of a regulation</source>
        <translation>制度审议</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Change of membership dues</source>
        <translation>会费调整</translation>
    </message>
    <message>
        <source>Branch matter</source>
        <translation>分支机构事项</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>More than half of those present</source>
        <translation>出席人数过半数</translation>
    </message>
    <message>
        <source>At least half of those present</source>
        <translation>出席人数半数以上</translation>
    </message>
    <message>
        <source>At least two thirds of those present</source>
        <translation>出席人数三分之二以上</translation>
    </message>
    <message>
        <source>No vote recorded</source>
        <translation>未记录表决</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>one half</source>
        <translation>二分之一</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>三分之二</translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation>四分之三</translation>
    </message>
    <message>
        <source>three fifths</source>
        <translation>五分之三</translation>
    </message>
    <message>
        <source>four fifths</source>
        <translation>五分之四</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>sd::reports::ReformPlan</name>
    <message>
        <source>Society Reform Work Plan %1</source>
        <translation>%1年度学会改革工作方案</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>[No problems recorded.]</source>
        <translation>[未记录问题。]</translation>
    </message>
    <message>
        <source>Main tasks</source>
        <translation>主要工作任务</translation>
    </message>
    <message>
        <source>[No tasks recorded.]</source>
        <translation>[未记录任务。]</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>基线 → 目标值</translation>
    </message>
    <message>
        <source>Mandatory tasks</source>
        <translation>必选任务</translation>
    </message>
    <message>
        <source>Optional tasks</source>
        <translation>自选任务</translation>
    </message>
    <message>
        <source>Work steps</source>
        <translation>工作步骤</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Deadline and status</source>
        <translation>完成时限及状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Persons responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Monthly progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>%1: a reform plan is written as a .pdf or .odt file.</source>
        <translation>%1：改革方案只能保存为 .pdf 或 .odt 文件。</translation>
    </message>
    <message>
        <source>✓ progress recorded for the month; — a month ended with nothing recorded.</source>
        <translation>✓ 表示该月已填报进度；— 表示该月已过但未填报。</translation>
    </message>
    <message>
        <source>The progress recorded:</source>
        <translation>已填报的进度：</translation>
    </message>
</context>
<context>
    <name>sd::rules::CheckFunctions</name>
    <message>
        <source>no regulation of kind %1</source>
        <translation>无%1类制度</translation>
    </message>
    <message>
        <source>a regulation of kind %1 adopted</source>
        <translation>已通过%1类制度</translation>
    </message>
    <message>
        <source>Adopt a regulation of kind %1 and record it in the regulations register.</source>
        <translation>制定%1类制度，并登记到制度登记册。</translation>
    </message>
    <message numerus="yes">
        <source>%n regulation(s) of kind %1</source>
        <translation>
            <numerusform>%1类制度 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bodies</source>
        <translation>%2 个机构中的 %1 个</translation>
    </message>
    <message>
        <source>%1 for each of: %2</source>
        <translation>以下每个机构均有%1：%2</translation>
    </message>
    <message>
        <source>Adopt %1 for: %2.</source>
        <translation>为以下机构制定%1：%2。</translation>
    </message>
    <message>
        <source>no attestation</source>
        <translation>无证明</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s)</source>
        <translation>
            <numerusform>证明 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>no term on %1</source>
        <translation>%1 无在任届次</translation>
    </message>
    <message>
        <source>council members absent without leave at consecutive council meetings</source>
        <translation>理事无故连续缺席理事会会议</translation>
    </message>
    <message>
        <source>Record the current term and its council seats.</source>
        <translation>登记本届及其理事会席位。</translation>
    </message>
    <message>
        <source>%1 (absent at %2)</source>
        <translation>%1（缺席：%2）</translation>
    </message>
    <message>
        <source>no council member absent without leave at %1 or more consecutive council meetings of the term</source>
        <translation>本届没有理事无故连续缺席理事会会议达 %1 次及以上</translation>
    </message>
    <message>
        <source>0 council members</source>
        <translation>0 名理事</translation>
    </message>
    <message numerus="yes">
        <source>%n council member(s)</source>
        <translation>
            <numerusform>理事 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Consider adjusting the directors who miss meetings without reason: %1.</source>
        <translation>请考虑调整无故不参加会议的理事：%1。</translation>
    </message>
    <message>
        <source>at least 1 %1 meeting in %2</source>
        <translation>%2 年至少召开 1 次%1会议</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>会议 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold a %1 meeting by %2-12-31.</source>
        <translation>请于 %2-12-31 前召开%1会议。</translation>
    </message>
    <message>
        <source>No %1 meeting was held in %2.</source>
        <translation>%2 年未召开%1会议。</translation>
    </message>
    <message>
        <source>at least 1 %1 meeting in each half of %2</source>
        <translation>%2 年每半年至少召开 1 次%1会议</translation>
    </message>
    <message>
        <source>January–June: %1, July–December: %2</source>
        <translation>1—6 月：%1，7—12 月：%2</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>1—6 月</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>7—12 月</translation>
    </message>
    <message>
        <source>No %1 meeting in: %2.</source>
        <translation>以下期间未召开%1会议：%2。</translation>
    </message>
    <message>
        <source>Still due: a %1 meeting in %2.</source>
        <translation>仍需召开：%2的%1会议。</translation>
    </message>
    <message>
        <source>an adopted council resolution appointing the secretary-general in the current term</source>
        <translation>本届理事会通过聘任秘书长的决议</translation>
    </message>
    <message>
        <source>Record the current term.</source>
        <translation>登记本届。</translation>
    </message>
    <message numerus="yes">
        <source>%n adopted resolution(s)</source>
        <translation>
            <numerusform>已通过的决议 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no adopted resolution (%n not adopted or without votes)</source>
        <translation>
            <numerusform>无已通过的决议（%n 项未通过或未记录表决）</numerusform>
        </translation>
    </message>
    <message>
        <source>The chair nominates the secretary-general; the council votes on the appointment (resolution kind appoint_secretary_general).</source>
        <translation>秘书长人选由理事长提名，理事会表决通过后聘任（决议类别 appoint_secretary_general）。</translation>
    </message>
    <message>
        <source>every meeting of %1 has minutes</source>
        <translation>%1 年每次会议均有纪要</translation>
    </message>
    <message>
        <source>no meetings in %1</source>
        <translation>%1 年无会议</translation>
    </message>
    <message>
        <source>%1 of %2 meetings with minutes</source>
        <translation>%2 次会议中 %1 次有纪要</translation>
    </message>
    <message numerus="yes">
        <source>Write the minutes of %n meeting(s).</source>
        <translation>
            <numerusform>撰写 %n 次会议的纪要。</numerusform>
        </translation>
    </message>
    <message>
        <source>every resolution of %1 has a follow-up, none overdue</source>
        <translation>%1 年每项决议均有落实安排，且无逾期</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1：%2，期限 %3</translation>
    </message>
    <message>
        <source>no resolutions in %1</source>
        <translation>%1 年无决议</translation>
    </message>
    <message>
        <source>%1 of %2 resolutions with a follow-up; %3 overdue</source>
        <translation>%2 项决议中 %1 项有落实安排；逾期 %3 项</translation>
    </message>
    <message numerus="yes">
        <source>Record the follow-up of %n resolution(s).</source>
        <translation>
            <numerusform>登记 %n 项决议的落实安排。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete or reschedule %n overdue follow-up(s).</source>
        <translation>
            <numerusform>完成或重新安排 %n 项逾期落实事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a fraction such as &quot;3/4&quot;</source>
        <translation>分数，如“3/4”</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>须为%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>party organisation at council level</source>
        <translation>理事会层面党组织</translation>
    </message>
    <message>
        <source>office premises</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>yearly appraisal of the secretary-general</source>
        <translation>秘书长年度考核</translation>
    </message>
    <message>
        <source>approved exception to the leaders&apos; age limit</source>
        <translation>负责人超龄任职批准</translation>
    </message>
    <message>
        <source>an attestation of the %1</source>
        <translation>%1证明材料</translation>
    </message>
    <message>
        <source>Record an attestation of the %1 with its document (attest %2).</source>
        <translation>请登记%1证明材料并附文件（attest %2）。</translation>
    </message>
    <message>
        <source>front-line</source>
        <translation>基层一线</translation>
    </message>
    <message>
        <source>party members</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>at least %1 (%2) of the %3 %4</source>
        <translation>%3成员中%4至少占 %1（%2）</translation>
    </message>
    <message>
        <source>no term in office</source>
        <translation>无在任届次</translation>
    </message>
    <message>
        <source>Record the term in office and its seats.</source>
        <translation>请登记在任届次及其成员。</translation>
    </message>
    <message>
        <source>no seats on %1</source>
        <translation>%1 无在任成员</translation>
    </message>
    <message>
        <source>Record the %1&apos;s seats of the term in office.</source>
        <translation>请登记本届%1成员。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 人中 %1 人（%3）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3), %4 unknown</source>
        <translation>%2 人中 %1 人（%3），%4 人未登记</translation>
    </message>
    <message>
        <source>Needs %1 more %2 member(s) on the %3 in place of others, or %4 fewer who are not.</source>
        <translation>%3还需增加 %1 名%2成员（替换其他成员），或减少 %4 名非%2成员。</translation>
    </message>
    <message>
        <source>%1 seat(s) have no record of this; recording them decides the check.</source>
        <translation>有 %1 名成员未登记此项；登记后即可判定。</translation>
    </message>
    <message>
        <source>standing council at most %1 (%2) of the council</source>
        <translation>常务理事会人数不超过理事会人数的 %1（%2）</translation>
    </message>
    <message>
        <source>no council seats</source>
        <translation>无理事会成员</translation>
    </message>
    <message>
        <source>Record the council&apos;s seats of the term in office.</source>
        <translation>请登记本届理事会成员。</translation>
    </message>
    <message>
        <source>%1 standing of %2 council (%3)</source>
        <translation>理事 %2 人，常务理事 %1 人（%3）</translation>
    </message>
    <message>
        <source>Needs %1 fewer standing councillor(s), or %2 more councillor(s).</source>
        <translation>需减少 %1 名常务理事，或增加 %2 名理事。</translation>
    </message>
    <message>
        <source>a month and day such as &quot;03-31&quot;</source>
        <translation>月-日，如“03-31”</translation>
    </message>
    <message>
        <source>a list of bands such as [{&quot;from&quot;: 0, &quot;cap&quot;: 150}, {&quot;from&quot;: 20000, &quot;cap&quot;: 180}]</source>
        <translation>档次列表，例如 [{&quot;from&quot;: 0, &quot;cap&quot;: 150}, {&quot;from&quot;: 20000, &quot;cap&quot;: 180}]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>every active branch has an activity from %1 to %2</source>
        <translation>每个正常状态的分支机构在 %1 至 %2 期间均开展过活动</translation>
    </message>
    <message>
        <source>no active branches on %1</source>
        <translation>%1 无正常状态的分支机构</translation>
    </message>
    <message>
        <source>%1 (no activity)</source>
        <translation>%1（无活动）</translation>
    </message>
    <message>
        <source>%1 (last activity %2)</source>
        <translation>%1（最近活动 %2）</translation>
    </message>
    <message>
        <source>%1 of %2 active branches inactive</source>
        <translation>%2 个正常状态的分支机构中 %1 个未开展活动</translation>
    </message>
    <message>
        <source>Hold activities in the inactive branches, or clean them up (suspend or dissolve them): %1.</source>
        <translation>请督促以下分支机构开展活动，或予以清理（暂停或撤销）：%1。</translation>
    </message>
    <message>
        <source>every branch has an establishment filing (设立备案)</source>
        <translation>每个分支机构均有设立备案</translation>
    </message>
    <message>
        <source>no branches on %1</source>
        <translation>%1 无分支机构</translation>
    </message>
    <message>
        <source>%1 of %2 branches with an establishment filing</source>
        <translation>%2 个分支机构中 %1 个有设立备案</translation>
    </message>
    <message>
        <source>Lodge and record the establishment filing of: %1.</source>
        <translation>请办理并登记以下分支机构的设立备案：%1。</translation>
    </message>
    <message>
        <source>every active branch has a secretary on %1</source>
        <translation>%1 每个正常状态的分支机构均有秘书</translation>
    </message>
    <message>
        <source>%1 of %2 active branches with a secretary</source>
        <translation>%2 个正常状态的分支机构中 %1 个有秘书</translation>
    </message>
    <message>
        <source>Appoint and record a secretary (秘书) for: %1.</source>
        <translation>请为以下分支机构配备并登记秘书：%1。</translation>
    </message>
    <message>
        <source>an active branch of kind %1</source>
        <translation>有一个正常状态的%1</translation>
    </message>
    <message numerus="yes">
        <source>%n active branch(es) of kind %1</source>
        <translation>
            <numerusform>正常状态的%1 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>no active branch of kind %1</source>
        <translation>无正常状态的%1</translation>
    </message>
    <message>
        <source>Set up a %1 by a council or standing council resolution and record it with kind %1.</source>
        <translation>请经理事会或常务理事会决议设立%1，并按类型“%1”登记。</translation>
    </message>
    <message>
        <source>at least 1 brand activity in %1</source>
        <translation>%1 年至少有 1 项品牌活动</translation>
    </message>
    <message>
        <source>brand activities: %1</source>
        <translation>品牌活动：%1 项</translation>
    </message>
    <message>
        <source>Hold a brand academic activity by %1-12-31 (flag it 品牌活动).</source>
        <translation>请于 %1-12-31 前举办品牌学术活动（标记为品牌活动）。</translation>
    </message>
    <message>
        <source>No brand activity was recorded in %1; flag the society&apos;s brand academic activity (品牌活动).</source>
        <translation>%1 年未登记品牌活动；请标记学会的品牌学术活动。</translation>
    </message>
    <message>
        <source>activities of %1 linked to %2 (reported)</source>
        <translation>%1 年关联 %2 的活动（报告）</translation>
    </message>
    <message>
        <source>activities: %1</source>
        <translation>活动：%1 项</translation>
    </message>
    <message>
        <source>Link the year&apos;s activities in this work area to %1 (活动.改革任务).</source>
        <translation>请将本年度该领域的活动关联到 %1（活动的改革任务）。</translation>
    </message>
    <message>
        <source>no branch under a branch</source>
        <translation>分支机构未再设立分支机构</translation>
    </message>
    <message>
        <source>%1 (under %2)</source>
        <translation>%1（隶属于 %2）</translation>
    </message>
    <message>
        <source>%1 of %2 branches under another branch</source>
        <translation>%2 个分支机构中 %1 个隶属于其他分支机构</translation>
    </message>
    <message>
        <source>A branch may not set up branches of its own (社会团体登记管理条例 第十七条): make them branches of the society, or dissolve them.</source>
        <translation>分支机构不得再设立分支机构（社会团体登记管理条例 第十七条）：请改为学会直属分支机构，或予以撤销。</translation>
    </message>
    <message>
        <source>every branch&apos;s name follows the naming rule (社会组织名称管理办法)</source>
        <translation>每个分支机构的名称均符合命名规则（社会组织名称管理办法）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 branch names follow the rule</source>
        <translation>%2 个分支机构名称中 %1 个符合规则</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n branch(es), or correct the recorded kind, by a council or standing council resolution.</source>
        <translation>
            <numerusform>请经理事会或常务理事会决议更改 %n 个分支机构的名称，或更正登记的类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>branch heads at most %1 years old and at most %2 consecutive terms</source>
        <translation>分支机构负责人不超过 %1 周岁、连任不超过 %2 届</translation>
    </message>
    <message>
        <source>%1 (no head recorded)</source>
        <translation>%1（未登记负责人）</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>%1 周岁</translation>
    </message>
    <message>
        <source>%1 consecutive terms</source>
        <translation>连任 %1 届</translation>
    </message>
    <message>
        <source>head since %1, longer than %2 terms of 5 years</source>
        <translation>自 %1 起任负责人，超过 %2 届（每届 5 年）</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2, birth date unknown</source>
        <translation>%1：%2，出生日期不详</translation>
    </message>
    <message>
        <source>%1 of %2 heads over a limit</source>
        <translation>%2 名负责人中 %1 名超限</translation>
    </message>
    <message>
        <source>%1 of %2 heads over a limit, %3 unknown</source>
        <translation>%2 名负责人中 %1 名超限，%3 项不详</translation>
    </message>
    <message>
        <source>Replace the branch heads over the limits at the branches&apos; next election: %1.</source>
        <translation>请在分支机构下次换届时调整超限的负责人：%1。</translation>
    </message>
    <message>
        <source>Record the heads and their birth dates: %1.</source>
        <translation>请登记负责人及其出生日期：%1。</translation>
    </message>
    <message>
        <source>every filing linked to an adopted council or standing council resolution</source>
        <translation>每项备案均关联理事会或常务理事会通过的决议</translation>
    </message>
    <message>
        <source>no filings by %1</source>
        <translation>截至 %1 无备案</translation>
    </message>
    <message>
        <source>no resolution linked</source>
        <translation>未关联决议</translation>
    </message>
    <message>
        <source>names “%1” but is not linked to a recorded resolution</source>
        <translation>注明“%1”，但未关联已登记的决议</translation>
    </message>
    <message>
        <source>decided at %1 (%2), not by the council or standing council</source>
        <translation>由 %1（%2）决定，而非理事会或常务理事会</translation>
    </message>
    <message>
        <source>%1: no votes or outcome recorded</source>
        <translation>%1：未登记表决结果</translation>
    </message>
    <message>
        <source>%1: the resolution was not adopted</source>
        <translation>%1：决议未通过</translation>
    </message>
    <message>
        <source>%1 %2 filing of %3: %4</source>
        <translation>%1 %3%2备案：%4</translation>
    </message>
    <message>
        <source>%1 of %2 filings linked to an adopted resolution</source>
        <translation>%2 项备案中 %1 项关联已通过的决议</translation>
    </message>
    <message numerus="yes">
        <source>Link %n filing(s) to the council or standing council resolution that decided them.</source>
        <translation>
            <numerusform>请将 %n 项备案关联到作出决定的理事会或常务理事会决议。</numerusform>
        </translation>
    </message>
    <message>
        <source> …and %1 more</source>
        <translation> ……另有 %1 项</translation>
    </message>
    <message>
        <source>a regulation of kind %1 adopted by a resolution of a %2 meeting</source>
        <translation>%2会议决议通过的%1类制度</translation>
    </message>
    <message>
        <source>Have the %1 adopt a regulation of kind %2, record it and link it to the resolution.</source>
        <translation>请由%1通过%2类制度，登记并关联到相应决议。</translation>
    </message>
    <message>
        <source>%1 (not adopted at %2)</source>
        <translation>%1（%2未通过）</translation>
    </message>
    <message>
        <source>%1 (adopted at %2)</source>
        <translation>%1（%2通过）</translation>
    </message>
    <message>
        <source>%1 (its resolution is not recorded)</source>
        <translation>%1（其决议未登记）</translation>
    </message>
    <message>
        <source>%1 (adopted at “%2”, not linked to its resolution)</source>
        <translation>%1（于“%2”通过，未关联决议）</translation>
    </message>
    <message>
        <source>%1 (no adopting meeting recorded)</source>
        <translation>%1（未登记通过会议）</translation>
    </message>
    <message numerus="yes">
        <source>%n adopted at a %1 meeting</source>
        <translation>
            <numerusform>经%1会议通过 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regulation(s) of kind %1 not linked to the resolution that adopted them</source>
        <translation>
            <numerusform>%1类制度 %n 项未关联通过它的决议</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the regulation to the resolution of the %1 meeting that adopted it, so the meeting&apos;s body is on record.</source>
        <translation>请将该制度关联到通过它的%1会议决议，以便确认通过机构。</translation>
    </message>
    <message numerus="yes">
        <source>%n regulation(s) of kind %1 without their adopting meeting</source>
        <translation>
            <numerusform>%1类制度 %n 项未登记通过会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the %1 meeting&apos;s resolution that adopted the regulation and link them.</source>
        <translation>请登记通过该制度的%1会议决议并予关联。</translation>
    </message>
    <message numerus="yes">
        <source>%n regulation(s) of kind %1, none adopted at a %2 meeting</source>
        <translation>
            <numerusform>%1类制度 %n 项，均非%2会议通过</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 adopts it: put the regulation to a %1 meeting and link it to the resolution.</source>
        <translation>应由%1通过：请提交%1会议审议，并关联到决议。</translation>
    </message>
    <message>
        <source>party-building working group at council level</source>
        <translation>理事会层面党建工作小组</translation>
    </message>
    <message>
        <source>party leadership written into the charter</source>
        <translation>党的领导载入章程</translation>
    </message>
    <message>
        <source>cross-appointment of party and society leaders</source>
        <translation>党组织负责人与学会负责人双向进入、交叉任职</translation>
    </message>
    <message>
        <source>annual work plan</source>
        <translation>年度工作计划</translation>
    </message>
    <message>
        <source>mid-year progress check</source>
        <translation>年中进度检查</translation>
    </message>
    <message>
        <source>year-end work summary</source>
        <translation>年终工作总结</translation>
    </message>
    <message>
        <source>annual work report to the supervisor</source>
        <translation>报业务主管单位的年度工作报告</translation>
    </message>
    <message>
        <source>annual work report to the registration authority</source>
        <translation>报登记管理机关的年度工作报告</translation>
    </message>
    <message>
        <source>the society&apos;s own journal</source>
        <translation>本会学术会刊</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1（%2 年度）</translation>
    </message>
    <message>
        <source>an attestation of the %1 for %2, by %3</source>
        <translation>%2 年度%1证明材料，%3 前</translation>
    </message>
    <message>
        <source>%1, with its document attached</source>
        <translation>%1，并附文件</translation>
    </message>
    <message>
        <source>%1, recording its type (%2)</source>
        <translation>%1，并登记类型（%2）</translation>
    </message>
    <message>
        <source>no attestation for %1</source>
        <translation>无 %1 年度证明</translation>
    </message>
    <message>
        <source>Due by %1: record the %2 for %3 with its document (attest %4 --year %3).</source>
        <translation>%1 前到期：请登记 %3 年度%2并附文件（attest %4 --year %3）。</translation>
    </message>
    <message>
        <source>Record the %1 for %2 with its document (attest %3 --year %2).</source>
        <translation>请登记 %2 年度%1并附文件（attest %3 --year %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) without the document attached</source>
        <translation>
            <numerusform>证明 %n 项未附文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach the %1 itself to the attestation.</source>
        <translation>请将%1文件本身附到证明上。</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s), type not recorded</source>
        <translation>
            <numerusform>证明 %n 项，未登记类型</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the type (one of %1) as the attestation&apos;s detail.</source>
        <translation>请在证明的说明中登记类型（%1之一）。</translation>
    </message>
    <message>
        <source>the work report on %1 to the supervisor by %2 and to the registration authority by %3 (a check of %4 looks at the report on %1, which falls due in %4)</source>
        <translation>%1 年度工作报告 %2 前报送业务主管单位、%3 前报送登记管理机关（%4 年的检查看 %1 年度的报告，它在 %4 年到期）</translation>
    </message>
    <message>
        <source>%1: submitted on %2</source>
        <translation>%1：%2 已报送</translation>
    </message>
    <message>
        <source>%1: submitted late, on %2</source>
        <translation>%1：逾期，%2 报送</translation>
    </message>
    <message>
        <source>The %1 was due by %2.</source>
        <translation>%1应于 %2 前报送。</translation>
    </message>
    <message>
        <source>%1: not yet submitted</source>
        <translation>%1：尚未报送</translation>
    </message>
    <message>
        <source>Due by %1: the %2 on %3 (attest %4 --year %3).</source>
        <translation>%1 前到期：%3 年度%2（attest %4 --year %3）。</translation>
    </message>
    <message>
        <source>%1: not submitted</source>
        <translation>%1：未报送</translation>
    </message>
    <message>
        <source>Submit the %1 on %2 (due %3) and record it (attest %4 --year %2).</source>
        <translation>请报送 %2 年度%1（期限 %3）并登记（attest %4 --year %2）。</translation>
    </message>
    <message>
        <source>development</source>
        <translation>发展现状</translation>
    </message>
    <message>
        <source>internal governance</source>
        <translation>内部建设</translation>
    </message>
    <message>
        <source>main activities</source>
        <translation>主要业务活动</translation>
    </message>
    <message>
        <source>member development and services</source>
        <translation>会员发展服务</translation>
    </message>
    <message>
        <source>finances</source>
        <translation>财务状况</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>the annual report on %1 published, its %2 sections written, by %3</source>
        <translation>%1 年年报于 %3 前公开发布，%2 个部分均已撰写</translation>
    </message>
    <message>
        <source>no annual report recorded for %1</source>
        <translation>未登记 %1 年年报</translation>
    </message>
    <message>
        <source>Write and publish the annual report on %1 by %2.</source>
        <translation>请于 %2 前撰写并公开发布 %1 年年报。</translation>
    </message>
    <message>
        <source>Record the annual report on %1 with its sections, status and publication date.</source>
        <translation>请登记 %1 年年报及其各部分、状态和发布日期。</translation>
    </message>
    <message>
        <source>published on %1; %2 of %3 sections written</source>
        <translation>%1 已发布；%3 个部分中已撰写 %2 个</translation>
    </message>
    <message>
        <source>%1; %2 of %3 sections written</source>
        <translation>%1；%3 个部分中已撰写 %2 个</translation>
    </message>
    <message>
        <source>Write the sections: %1.</source>
        <translation>请撰写以下部分：%1。</translation>
    </message>
    <message>
        <source>published; no publication date recorded</source>
        <translation>已发布；未登记发布日期</translation>
    </message>
    <message>
        <source>Record the date the annual report on %1 was published.</source>
        <translation>请登记 %1 年年报的发布日期。</translation>
    </message>
    <message>
        <source>Publish the annual report on %1 by %2.</source>
        <translation>请于 %2 前公开发布 %1 年年报。</translation>
    </message>
    <message>
        <source>no reform plan recorded for %1</source>
        <translation>未登记 %1 年改革方案</translation>
    </message>
    <message>
        <source>The reform plan for %1 is due by %2.</source>
        <translation>%1 年改革方案应于 %2 前报送。</translation>
    </message>
    <message>
        <source>Record the reform plan for %1: its problems, tasks, steps, deadlines and owners.</source>
        <translation>请登记 %1 年改革方案：存在的问题、主要任务、工作步骤、完成时限和责任人。</translation>
    </message>
    <message>
        <source>a reform plan for %1 with its problems, tasks, steps, deadlines and owners, by %2</source>
        <translation>%2 前制定 %1 年改革方案，含存在的问题、主要任务、工作步骤、完成时限和责任人</translation>
    </message>
    <message>
        <source>a reform plan for %1 with its problems, tasks, steps, deadlines and owners</source>
        <translation>%1 年改革方案，含存在的问题、主要任务、工作步骤、完成时限和责任人</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>主要任务</translation>
    </message>
    <message>
        <source>%1 missing for: %2</source>
        <translation>以下任务缺少%1：%2</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>工作步骤</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>%1 of 5 parts</source>
        <translation>5 个部分中具备 %1 个</translation>
    </message>
    <message>
        <source>Complete the plan&apos;s %1.</source>
        <translation>请补全方案的%1。</translation>
    </message>
    <message>
        <source>the reform plan for %1 chooses at least %2 of the %3 optional tasks</source>
        <translation>%1 年改革方案从 %3 项自选任务中至少选定 %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%n optional task(s) chosen</source>
        <translation>
            <numerusform>已选定自选任务 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose %n more optional task(s), each with a measurable target.</source>
        <translation>
            <numerusform>请再选定 %n 项自选任务，并各提出可考核的目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>every chosen task of the reform plan for %1 has an indicator, baseline, target, deadline and owner</source>
        <translation>%1 年改革方案的每项选定任务均有指标、基数、目标值、完成时限和责任人</translation>
    </message>
    <message>
        <source>no task chosen</source>
        <translation>未选定任务</translation>
    </message>
    <message>
        <source>Choose the plan&apos;s tasks first.</source>
        <translation>请先选定方案的任务。</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>%1: no %2</source>
        <translation>%1：缺少%2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks complete</source>
        <translation>%2 项任务中 %1 项完整</translation>
    </message>
    <message numerus="yes">
        <source>Give %n task(s) their missing targets.</source>
        <translation>
            <numerusform>请为 %n 项任务补全目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>a progress entry for every chosen task in every past month of the reform plan for %1</source>
        <translation>%1 年改革方案的每项选定任务在已过去的每个月均有进度记录</translation>
    </message>
    <message>
        <source>no month of the plan has ended</source>
        <translation>方案尚无已结束的月份</translation>
    </message>
    <message>
        <source>Record each task&apos;s progress at the end of every month.</source>
        <translation>请于每月末登记各项任务的进度。</translation>
    </message>
    <message>
        <source>%1: no progress for %2</source>
        <translation>%1：%2 无进度记录</translation>
    </message>
    <message>
        <source>%1 of %2 monthly entries</source>
        <translation>%2 条月度进度中已有 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>Record the missing monthly progress of %n task(s).</source>
        <translation>
            <numerusform>请补登 %n 项任务缺少的月度进度。</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated by the supervising association</source>
        <translation>由业务主管单位评定</translation>
    </message>
    <message>
        <source>submitted to the supervising association by %1</source>
        <translation>%1 前报送业务主管单位</translation>
    </message>
    <message>
        <source>Evaluated on the supervisor&apos;s side when it imports the submission package (its Bagging-Date on or before the deadline), never inside the society&apos;s own compliance report.</source>
        <translation>由业务主管单位在导入报送包时评定（报送包日期不晚于期限），不在学会自己的合规报告中评定。</translation>
    </message>
    <message>
        <source>none: the society&apos;s own journal is tracked, not evaluated</source>
        <translation>无：本会学术会刊仅作记录，不作评定</translation>
    </message>
    <message>
        <source>Keep the journal&apos;s registration (CN/ISSN) and its latest issues as an attestation (attest journal).</source>
        <translation>请将会刊的刊号（CN/ISSN）和最近几期作为证明材料保存（attest journal）。</translation>
    </message>
    <message>
        <source>none: the society&apos;s digital services are tracked, not evaluated</source>
        <translation>无：学会的数字化服务仅作记录，不作评定</translation>
    </message>
    <message>
        <source>Keep evidence of the online services (website, member portal, online registration and payment), e.g. as an attestation of kind other.</source>
        <translation>请保存线上服务（网站、会员平台、在线注册和缴费）的证明，例如作为“其他”类证明材料。</translation>
    </message>
    <message>
        <source>none: this concerns the municipal association&apos;s own congress, not a society&apos;s</source>
        <translation>无：此项针对市科协自身的代表大会，而非学会</translation>
    </message>
    <message>
        <source>Nothing to record for the society; its own congress representatives are a separate requirement.</source>
        <translation>学会无需登记；学会自身的会员代表另有要求。</translation>
    </message>
    <message>
        <source>informational: tracked, not evaluated</source>
        <translation>仅作记录：不作评定</translation>
    </message>
    <message numerus="yes">
        <source>informational: tracked, not evaluated; %n attestation(s) kept</source>
        <translation>
            <numerusform>仅作记录：不作评定；已保存证明 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>no staff recorded</source>
        <translation>未登记工作人员</translation>
    </message>
    <message>
        <source>Record the secretariat&apos;s staff, with their role, employment and dates.</source>
        <translation>请登记秘书处工作人员及其岗位、用工形式和起止日期。</translation>
    </message>
    <message>
        <source>young and middle-aged (at most %1)</source>
        <translation>中青年（%1岁以下）</translation>
    </message>
    <message>
        <source>reported: the share of %1 on the %2 (no threshold)</source>
        <translation>报告%2中%1的比例（不设门槛）</translation>
    </message>
    <message>
        <source>council at most the cap for the individual members (一般不超过)</source>
        <translation>理事会人数不超过按个人会员数确定的上限（一般不超过）</translation>
    </message>
    <message numerus="yes">
        <source>%n councillor(s)</source>
        <translation>
            <numerusform>%n名理事</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 councillors, the smallest cap of any membership</source>
        <translation>不超过%1名理事，即任何会员规模下的最低上限</translation>
    </message>
    <message>
        <source>at most %1 councillors for %2 individual members</source>
        <translation>个人会员%2人，理事不超过%1名</translation>
    </message>
    <message>
        <source> (exactly %1 members: the source&apos;s words do not cover this number; the band from %1 is used)</source>
        <translation>（会员恰为%1人：原文措辞未涵盖这一数字；按%1人起的档次计）</translation>
    </message>
    <message>
        <source>No individual members are recorded on %1; the cap depends on them. Import the member register.</source>
        <translation>%1没有登记个人会员，而上限取决于会员数。请导入会员名册。</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n fewer councillor(s)</source>
        <translation>
            <numerusform>需减少%n名理事</numerusform>
        </translation>
    </message>
    <message>
        <source>, or %1 individual members (%2 more) for a cap of %3</source>
        <translation>，或个人会员达到%1人（再增加%2人），上限即为%3名</translation>
    </message>
    <message>
        <source>council not larger than the previous term&apos;s, when that one was under its cap, unless members grew by more than 30% in a year (原则上)</source>
        <translation>上一届理事会规模低于上限的，本届理事会原则上不超过上一届；个人会员数年增幅超过30%的可适当放宽（原则上）</translation>
    </message>
    <message>
        <source>the first term</source>
        <translation>第一届</translation>
    </message>
    <message numerus="yes">
        <source>%n councillor(s); the previous term is not recorded</source>
        <translation>
            <numerusform>%n名理事；上一届未登记</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 and its council seats.</source>
        <translation>请登记%1及其理事会成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n councillor(s); no council seats of the previous term</source>
        <translation>
            <numerusform>%n名理事；上一届没有理事会成员记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the council seats of %1.</source>
        <translation>请登记%1的理事会成员。</translation>
    </message>
    <message>
        <source>%1 councillors against %2 in %3</source>
        <translation>%1名理事，%3为%2名</translation>
    </message>
    <message>
        <source>; the previous council was at its cap of %1 (%2 members on %3)</source>
        <translation>；上一届理事会已达上限%1名（%3个人会员%2人）</translation>
    </message>
    <message>
        <source>; members grew from %1 to %2 in the year</source>
        <translation>；个人会员一年内由%1人增至%2人</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n fewer councillor(s), unless members grow by more than 30% in a year.</source>
        <translation>
            <numerusform>需减少%n名理事，除非个人会员数年增幅超过30%。</numerusform>
        </translation>
    </message>
    <message>
        <source>at least 1 full-time staff member at secretary-general level (秘书长 or 副秘书长)</source>
        <translation>至少有一名秘书长级专职工作人员（秘书长或副秘书长）</translation>
    </message>
    <message>
        <source>%1 full-time at secretary-general level of %2 current staff</source>
        <translation>现有工作人员%2名，其中秘书长级专职%1名</translation>
    </message>
    <message>
        <source>Employ a full-time 秘书长 or 副秘书长 and record them in the staff register.</source>
        <translation>请配备专职秘书长或副秘书长，并登记在工作人员名册中。</translation>
    </message>
    <message>
        <source>Employ a full-time 秘书长 or 副秘书长 (%1 is not full-time) and record it in the staff register.</source>
        <translation>请配备专职秘书长或副秘书长（%1不是专职），并在工作人员名册中登记。</translation>
    </message>
    <message>
        <source>more staff than on %1 (%2)</source>
        <translation>工作人员多于%1的人数（%2名）</translation>
    </message>
    <message>
        <source>%1 staff on %2</source>
        <translation>%2有工作人员%1名</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n more staff member(s) than now to be more than at the end of last year.</source>
        <translation>
            <numerusform>需比现在再增加%n名工作人员，才能多于上年末。</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 full-time staff, including a full-time secretary-general</source>
        <translation>专职工作人员至少%1名，其中有专职秘书长</translation>
    </message>
    <message numerus="yes">
        <source>%n full-time staff, the secretary-general among them</source>
        <translation>
            <numerusform>专职工作人员%n名，含秘书长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n full-time staff, no full-time secretary-general</source>
        <translation>
            <numerusform>专职工作人员%n名，无专职秘书长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more full-time staff member(s)</source>
        <translation>
            <numerusform>再配备%n名专职工作人员</numerusform>
        </translation>
    </message>
    <message>
        <source>a full-time secretary-general (聘任专职秘书长)</source>
        <translation>一名专职秘书长（聘任专职秘书长）</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>需要%1。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>a supervisory body (监事会 or supervisors) with seats in the current term</source>
        <translation>本届设有监事机构（监事会或监事）并有成员</translation>
    </message>
    <message numerus="yes">
        <source>%n supervisor(s)</source>
        <translation>
            <numerusform>%n名监事</numerusform>
        </translation>
    </message>
    <message>
        <source>Elect supervisors at the congress and record their seats on the 监事会.</source>
        <translation>请由会员（代表）大会选举监事，并登记为监事会成员。</translation>
    </message>
    <message>
        <source>the term records the congress meeting that elected it</source>
        <translation>本届记录了选举产生它的会员（代表）大会</translation>
    </message>
    <message>
        <source>no electing meeting recorded</source>
        <translation>未记录选举会议</translation>
    </message>
    <message>
        <source>Record the electing congress meeting on %1 (elected by).</source>
        <translation>请在%1上记录选举会议（选举会议）。</translation>
    </message>
    <message>
        <source>elected by %1</source>
        <translation>由%1选举产生</translation>
    </message>
    <message>
        <source>elected by %1, a meeting of the %2</source>
        <translation>由%1选举产生，该会议为%2会议</translation>
    </message>
    <message>
        <source>The supervisors are elected by the congress: record the congress meeting that elected the term.</source>
        <translation>监事由会员（代表）大会选举产生：请记录选举本届的会员（代表）大会。</translation>
    </message>
    <message>
        <source>council seats, at least 1 staff member and supervisory seats in the current term</source>
        <translation>本届有理事会成员、至少1名工作人员和监事</translation>
    </message>
    <message>
        <source>%1 councillors, %2 staff, %3 supervisors</source>
        <translation>理事%1名，工作人员%2名，监事%3名</translation>
    </message>
    <message>
        <source>秘书处 (staff)</source>
        <translation>秘书处（工作人员）</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>%1 to %2 supervisors, an odd number</source>
        <translation>监事%1至%2名，人数为奇数</translation>
    </message>
    <message>
        <source>Record the supervisory board&apos;s seats of the term in office.</source>
        <translation>请登记本届监事会成员。</translation>
    </message>
    <message>
        <source>No odd number lies from %1 to %2: correct the charter settings.</source>
        <translation>%1至%2之间没有奇数：请修正章程设置。</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n more supervisor(s).</source>
        <translation>
            <numerusform>需增加%n名监事。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n fewer supervisor(s).</source>
        <translation>
            <numerusform>需减少%n名监事。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs 1 more or 1 fewer supervisor: the number must be odd.</source>
        <translation>需增加或减少1名监事：人数须为奇数。</translation>
    </message>
    <message numerus="yes">
        <source>a term lasts at most %n year(s)</source>
        <translation>
            <numerusform>每届任期不超过%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: until %2 at the latest</source>
        <translation>%1：最迟至%2</translation>
    </message>
    <message>
        <source>%1 from %2, in office on %3</source>
        <translation>%1自%2起，%3仍在任</translation>
    </message>
    <message>
        <source>The term&apos;s planned end %1 delays the election past its %2 years; a delay of at most 1 year needs the approval of the supervisor and the registration authority — keep it on file, and hold the election by %1.</source>
        <translation>本届计划届满日%1使换届超过%2年任期；延期换届最长不超过1年，须经业务主管单位和登记管理机关批准——请存档批准文件，并于%1前完成换届。</translation>
    </message>
    <message>
        <source>The term ended on %1, and even an approved delay of 1 year ended on %2: hold the election now.</source>
        <translation>本届已于%1届满，即使经批准延期1年也已于%2到期：请立即换届。</translation>
    </message>
    <message>
        <source>The term ended on %1: hold the election. A delay of at most 1 year (until %2) needs approval; with it, record the approved end as the term&apos;s planned end.</source>
        <translation>本届已于%1届满：请换届。延期换届最长1年（至%2），须经批准；获批后请将批准的届满日记录为本届计划届满日。</translation>
    </message>
    <message>
        <source>The term ends on %1, within 6 months: prepare the election (换届).</source>
        <translation>本届将于%1届满，已不足6个月：请筹备换届。</translation>
    </message>
    <message>
        <source>%1 %2 present</source>
        <translation>%1须 %2 出席</translation>
    </message>
    <message>
        <source>%1: no attendance recorded</source>
        <translation>%1：未登记出席情况</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation>%1：应到 %3 人，实到 %2 人</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present, %4 not marked, %5 needed</source>
        <translation>%1：应到 %3 人，实到 %2 人，%4 人未登记，需 %5 人</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present, %4 needed</source>
        <translation>%1：应到 %3 人，实到 %2 人，需 %4 人</translation>
    </message>
    <message>
        <source>no meetings of the congress, council, standing council or supervisory board in %1</source>
        <translation>%1 年无会员（代表）大会、理事会、常务理事会或监事会会议</translation>
    </message>
    <message>
        <source>every meeting of %1 quorate</source>
        <translation>%1 年每次会议出席人数均达到法定要求</translation>
    </message>
    <message>
        <source>every meeting of %1 quorate (%2)</source>
        <translation>%1 年每次会议出席人数均达到法定要求（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 meetings quorate</source>
        <translation>%2 次会议中 %1 次出席人数达到法定要求</translation>
    </message>
    <message>
        <source>%1 of %2 meetings quorate, %3 undecided by the roll</source>
        <translation>%2 次会议中 %1 次出席人数达到法定要求，%3 次因签到不全无法判定</translation>
    </message>
    <message numerus="yes">
        <source>A meeting without its quorum adopts nothing valid: put its resolutions to a quorate meeting (%n meeting(s)).</source>
        <translation>
            <numerusform>出席人数未达法定要求的会议所作决议无效：请提交出席人数达到要求的会议重新表决（%n 次会议）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the attendance of %n meeting(s); the roll decides the quorum.</source>
        <translation>
            <numerusform>请登记 %n 次会议的出席情况；法定人数由签到决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no votes recorded</source>
        <translation>%1 — 未登记表决</translation>
    </message>
    <message>
        <source>every resolution of %1: its recorded outcome agrees with its votes under its rule and the charter</source>
        <translation>%1 年每项决议：记录的结果与其表决票数、表决规则及章程一致</translation>
    </message>
    <message>
        <source>%1 of %2 resolutions consistent; %3 contradicted by their votes, %4 without votes, %5 with warnings</source>
        <translation>%2 项决议中 %1 项一致；%3 项与票数矛盾，%4 项未登记表决，%5 项有提示</translation>
    </message>
    <message numerus="yes">
        <source>Correct the recorded outcome or the votes of %n resolution(s): the votes decide the outcome.</source>
        <translation>
            <numerusform>请更正 %n 项决议记录的结果或票数：结果以票数为准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the votes (for, against, abstaining) of %n resolution(s).</source>
        <translation>
            <numerusform>请登记 %n 项决议的表决票数（赞成、反对、弃权）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n resolution(s): see each one&apos;s warning.</source>
        <translation>
            <numerusform>请复核 %n 项决议：见各项提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>no members on %1</source>
        <translation>%1 无会员</translation>
    </message>
    <message>
        <source>at least %1% more individual members on %2 than on %3</source>
        <translation>%2 的个人会员比 %3 增加 %1% 以上</translation>
    </message>
    <message>
        <source>Record the members with their join and exit dates: the growth is measured from the members on %1.</source>
        <translation>请登记会员及其入会、退会日期：增幅以 %1 的会员数为基数计算。</translation>
    </message>
    <message>
        <source>at least %1% more individual members on %2 than the %3 on %4: %5</source>
        <translation>%2 的个人会员比 %4 的 %3 人增加 %1% 以上：%5 人</translation>
    </message>
    <message>
        <source>%1 on %2, %3 on %4 (%5)</source>
        <translation>%2 为 %1 人，%4 为 %3 人（%5）</translation>
    </message>
    <message>
        <source>needs %1 more members by %2-12-31</source>
        <translation>%2-12-31 前还需增加 %1 名会员</translation>
    </message>
    <message>
        <source>needs %1 more members than the %2 on %3</source>
        <translation>比 %3 的 %2 人还需增加 %1 名会员</translation>
    </message>
    <message>
        <source>a larger share of the members with dues paid for %1 than for %2</source>
        <translation>%1 年度缴纳会费的会员比例高于 %2 年度</translation>
    </message>
    <message>
        <source>no dues recorded for %1</source>
        <translation>未登记 %1 年度的会费</translation>
    </message>
    <message>
        <source>Record the dues paid for %1 (import dues): the share is compared with that year&apos;s.</source>
        <translation>请登记 %1 年度的会费缴纳记录（导入会费）：比例与该年度比较。</translation>
    </message>
    <message>
        <source>%1 members on %2, %3 on %4</source>
        <translation>%2 会员 %1 人，%4 会员 %3 人</translation>
    </message>
    <message>
        <source>Record the members with their join and exit dates.</source>
        <translation>请登记会员及其入会、退会日期。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4); %5: %6 of %7 (%8)</source>
        <translation>%1 年度：%3 人中 %2 人（%4）；%5 年度：%7 人中 %6 人（%8）</translation>
    </message>
    <message>
        <source>Every member on %1 had paid for %2: the share cannot grow beyond that.</source>
        <translation>%1 的会员已全部缴纳 %2 年度会费：比例无法再提高。</translation>
    </message>
    <message>
        <source>needs %1 more members with dues paid for %2 by %2-12-31</source>
        <translation>%2-12-31 前还需 %1 名会员缴纳 %2 年度会费</translation>
    </message>
    <message>
        <source>needs %1 more members with dues paid for %2</source>
        <translation>还需 %1 名会员缴纳 %2 年度会费</translation>
    </message>
    <message>
        <source>the member grades %1 configured</source>
        <translation>已设置会员类别 %1</translation>
    </message>
    <message>
        <source>%1 of %2 grades configured</source>
        <translation>已设置 %2 个会员类别中的 %1 个</translation>
    </message>
    <message>
        <source>Add the member grade(s) %1 (grades add).</source>
        <translation>请增设会员类别 %1（grades add）。</translation>
    </message>
    <message>
        <source>at least %1 member grades held by members on %2</source>
        <translation>%2 至少有 %1 个会员类别有会员</translation>
    </message>
    <message>
        <source>Record the members with their grades.</source>
        <translation>请登记会员及其会员类别。</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) in use: %1</source>
        <translation>
            <numerusform>使用中的会员类别 %n 个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs %1 more grade(s) in use: classify the members by grade (会员类别).</source>
        <translation>还需 %1 个会员类别有会员：请按会员类别对会员分类。</translation>
    </message>
    <message>
        <source>more than %1 individual members</source>
        <translation>个人会员超过 %1 人</translation>
    </message>
    <message>
        <source>no members recorded</source>
        <translation>未登记会员</translation>
    </message>
    <message>
        <source>Record the individual members (import members).</source>
        <translation>请登记个人会员（导入会员）。</translation>
    </message>
    <message>
        <source>%1 individual members on %2</source>
        <translation>%2 个人会员 %1 人</translation>
    </message>
    <message>
        <source>Exactly %1: “必须达到%1人以上” (at least %1) is met, “超过%1人” (more than %1) is not; 1 more member meets both.</source>
        <translation>恰为 %1 人：满足“必须达到%1人以上”，但未满足“超过%1人”；再增加 1 名会员即两者均满足。</translation>
    </message>
    <message>
        <source>needs %1 more members (more than %2)</source>
        <translation>还需增加 %1 名会员（超过 %2 人）</translation>
    </message>
    <message>
        <source>no application date</source>
        <translation>无申请日期</translation>
    </message>
    <message>
        <source>no approval date</source>
        <translation>无批准日期</translation>
    </message>
    <message>
        <source>%1 without an exit date</source>
        <translation>%1但无退会日期</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>every member admitted from %1 to %2 has an application date and an approval date</source>
        <translation>%1 至 %2 入会的会员均有申请日期和批准日期</translation>
    </message>
    <message>
        <source>no members admitted from %1 to %2</source>
        <translation>%1 至 %2 无会员入会</translation>
    </message>
    <message>
        <source>%1 of %2 admitted members with both dates</source>
        <translation>%2 名入会会员中 %1 名两项日期齐全</translation>
    </message>
    <message numerus="yes">
        <source>Record the application and approval dates (申请日期, 批准日期) of %n member(s).</source>
        <translation>
            <numerusform>请补录 %n 名会员的申请日期和批准日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>every member who withdrew, was expelled or died has an exit date</source>
        <translation>退会、除名、去世的会员均有退会日期</translation>
    </message>
    <message>
        <source>no member has left</source>
        <translation>无会员退出</translation>
    </message>
    <message>
        <source>%1 of %2 members who left with an exit date</source>
        <translation>%2 名退出会员中 %1 名有退会日期</translation>
    </message>
    <message numerus="yes">
        <source>Record the exit date (退会日期) of %n member(s).</source>
        <translation>
            <numerusform>请补录 %n 名会员的退会日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>chair, vice-chairs and secretary-general at most %1 years old on %2</source>
        <translation>理事长、副理事长、秘书长于%2不超过%1周岁</translation>
    </message>
    <message>
        <source>no leaders seated</source>
        <translation>没有在任负责人</translation>
    </message>
    <message>
        <source>Record the seats of the chair, the vice-chairs and the secretary-general.</source>
        <translation>请登记理事长、副理事长和秘书长的任职。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, birth date unknown</source>
        <translation>%1，出生日期未知</translation>
    </message>
    <message>
        <source>%1 of %2 leaders over %3</source>
        <translation>%2名负责人中%1名超过%3周岁</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>，%1名未知</translation>
    </message>
    <message>
        <source>Over %1 without an approved exception: %2. They step down at the next election, or the exception is approved (2/3 of the congress and the authorities) and attested (leader_age_exception).</source>
        <translation>超过%1周岁且无批准的例外：%2。应在下次换届时卸任，或经会员（代表）大会三分之二以上表决通过并报批，再登记证明（leader_age_exception）。</translation>
    </message>
    <message>
        <source>Record the birth dates of: %1.</source>
        <translation>请登记以下人员的出生日期：%1。</translation>
    </message>
    <message>
        <source>Over %1 with an approved exception on file: %2.</source>
        <translation>超过%1周岁，已存档批准的例外：%2。</translation>
    </message>
    <message numerus="yes">
        <source>chair and vice-chairs at most %n consecutive term(s) in the same role (an appointed secretary-general has no limit)</source>
        <translation>
            <numerusform>理事长、副理事长同一职务连任不超过%n届（聘任的秘书长不受届数限制）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n consecutive term(s)</source>
        <translation>
            <numerusform>%1，连任%n届</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2, the earliest recorded term</source>
        <translation>%1，自%2起（最早登记的一届）</translation>
    </message>
    <message numerus="yes">
        <source>%n leader(s), the longest in the same role for %1 consecutive term(s)</source>
        <translation>
            <numerusform>%n名负责人，同一职务最长连任%1届</numerusform>
        </translation>
    </message>
    <message>
        <source>; appointed secretary-general without limit: %1</source>
        <translation>；聘任的秘书长不受届数限制：%1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n consecutive term(s) in the same role: %1. Elect others to these roles, or obtain the exception (2/3 of the congress and the authorities).</source>
        <translation>
            <numerusform>同一职务连任超过%n届：%1。请选举他人担任，或经会员（代表）大会三分之二以上表决通过并报批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the earlier terms and their seats to count the consecutive terms of: %1.</source>
        <translation>请登记此前各届及其任职，以计算以下人员的连任届数：%1。</translation>
    </message>
    <message>
        <source>every retired leading cadre on a seat: at most %1 years old when seated, at most %2 consecutive terms in the same role, one post only and unpaid (attested)</source>
        <translation>任职的退（离）休领导干部：任职时不超过%1周岁，同一职务连任不超过%2届，只兼一个社会团体职务且不取酬（有证明）</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>出生日期未知</translation>
    </message>
    <message>
        <source>%1 years old when seated on %2</source>
        <translation>%2任职时%1周岁</translation>
    </message>
    <message>
        <source>%1: one unpaid post, attested %2 by %3</source>
        <translation>%1：只兼一职且不取酬，%3于%2证明</translation>
    </message>
    <message numerus="yes">
        <source>%n retired leading cadre(s) seated; %1 over a limit, %2 without an attestation</source>
        <translation>
            <numerusform>任职的退（离）休领导干部%n名；%1名超出限制，%2名无证明</numerusform>
        </translation>
    </message>
    <message>
        <source>no seat flagged as held by a retired leading cadre</source>
        <translation>没有标记为退（离）休领导干部的任职</translation>
    </message>
    <message>
        <source>Over the limits: %1.</source>
        <translation>超出限制：%1。</translation>
    </message>
    <message>
        <source>Also attest one unpaid post for: %1.</source>
        <translation>另请为以下人员登记只兼一职且不取酬的证明：%1。</translation>
    </message>
    <message>
        <source>Record the birth dates and earlier terms of: %1.</source>
        <translation>请登记以下人员的出生日期和此前各届任职：%1。</translation>
    </message>
    <message>
        <source>Attest one unpaid society post for each (attest retired_official_post --person): %1.</source>
        <translation>请为每人登记只兼一个社会团体职务且不取酬的证明（attest retired_official_post --person）：%1。</translation>
    </message>
    <message>
        <source>no supervisor is also a leader, a councillor, a branch head or finance staff</source>
        <translation>监事不兼任负责人、理事、分支机构负责人或财务人员</translation>
    </message>
    <message>
        <source>0 supervisors</source>
        <translation>0名监事</translation>
    </message>
    <message>
        <source>%1 of %2 supervisors with another post</source>
        <translation>%2名监事中%1名兼任其他职务</translation>
    </message>
    <message>
        <source>Each of them gives up the other post or the supervisor&apos;s seat: %1.</source>
        <translation>以下人员须辞去其他职务或监事职务：%1。</translation>
    </message>
</context>
<context>
    <name>sd::rules::DueItems</name>
    <message>
        <source>%1 was due to end on %2: the election is overdue</source>
        <translation>%1应于 %2 届满：换届已逾期</translation>
    </message>
    <message>
        <source>%1 ends on %2: prepare the election</source>
        <translation>%1将于 %2 届满：请筹备换届</translation>
    </message>
    <message>
        <source>A term lasts at most five years; an election may be delayed by at most one year, with approval (CA-03). The term started on %1.</source>
        <translation>每届任期不超过五年；因特殊情况需延期换届的，须经批准，延期最长不超过一年（CA-03）。本届自 %1 起。</translation>
    </message>
    <message>
        <source>the supervising unit</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>the registration authority</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <source>Annual work report on %1 to %2</source>
        <translation>向%2报送%1年度工作报告</translation>
    </message>
    <message>
        <source>Due by %1 (CA-09). Record it as an attestation of kind %2 for %3 once it is sent.</source>
        <translation>应于 %1 前报送（CA-09）。报送后请登记类型为 %2、年度为 %3 的证明材料。</translation>
    </message>
    <message>
        <source>%1 %2: due by %3</source>
        <translation>%1 %2：应于 %3 前完成</translation>
    </message>
    <message>
        <source>%1. Not met yet: %2.</source>
        <translation>%1。尚未满足：%2。</translation>
    </message>
    <message>
        <source>no check passes</source>
        <translation>尚无检查项通过</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>未指定负责人</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, due %4)</source>
        <translation>%1 — %2（%3，期限 %4）</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) past due and not completed</source>
        <translation>
            <numerusform>%n 项决议落实事项已逾期未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Owners: %1. The oldest was due on %2.</source>
        <translation>负责人：%1。最早一项期限为 %2。</translation>
    </message>
    <message>
        <source>%1: no meeting yet in %2</source>
        <translation>%1：%2年尚未召开会议</translation>
    </message>
    <message>
        <source>%1: no meeting yet in %2, %3</source>
        <translation>%1：%3年%2尚未召开会议</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>The council meets at least once a year (CA-02); hold or schedule one by %1. Last meeting: %2.</source>
        <translation>理事会每年至少召开一次会议（CA-02）；请于 %1 前召开或安排会议。上次会议：%2。</translation>
    </message>
    <message>
        <source>The standing council meets at least once every six months (CA-02); hold or schedule one by %1. Last meeting: %2.</source>
        <translation>常务理事会每六个月至少召开一次会议（CA-02）；请于 %1 前召开或安排会议。上次会议：%2。</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>下半年</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have not paid their dues for %1</source>
        <translation>
            <numerusform>%n 名会员尚未缴纳%1年度会费</numerusform>
        </translation>
    </message>
    <message>
        <source>Active members with no dues payment recorded for %1 (lapsed members are not counted). The Members page lists them with the dues year filter.</source>
        <translation>未登记%1年度缴费记录的在册会员（不含欠费会员）。可在会员页按会费年度筛选查看。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>sd::rules::Engine</name>
    <message>
        <source>Applies only in an election year; no term starts in %1.</source>
        <translation>仅在换届年度适用；%1 年无新一届开始。</translation>
    </message>
    <message>
        <source>Applies only to pilot societies (setting %1).</source>
        <translation>仅适用于试点学会（设置：%1）。</translation>
    </message>
    <message>
        <source>Applies from %1 to %2; not in %3.</source>
        <translation>适用于 %1 至 %2；%3 年不适用。</translation>
    </message>
    <message>
        <source>Unknown check function %1.</source>
        <translation>未知检查函数 %1。</translation>
    </message>
</context>
<context>
    <name>sd::rules::FindingText</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待到期</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>缺少数据</translation>
    </message>
</context>
<context>
    <name>sd::rules::PackLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1：字段“%2”：%3</translation>
    </message>
    <message>
        <source>%1: requirement %2, field &quot;%3&quot;: %4</source>
        <translation>%1：要求 %2，字段“%3”：%4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>须为非空字符串</translation>
    </message>
    <message>
        <source>must be an object with &quot;zh&quot; and &quot;en&quot;</source>
        <translation>须为含“zh”和“en”的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not every_year, election_year, pilot or {&quot;from&quot;, &quot;to&quot;}</source>
        <translation>“%1”不是 every_year、election_year、pilot 或 {&quot;from&quot;, &quot;to&quot;}</translation>
    </message>
    <message>
        <source>must be every_year, election_year, pilot or {&quot;from&quot;, &quot;to&quot;}</source>
        <translation>须为 every_year、election_year、pilot 或 {&quot;from&quot;, &quot;to&quot;}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be a date such as 2017-01-01</source>
        <translation>须为日期，如 2017-01-01</translation>
    </message>
    <message>
        <source>a date range needs &quot;from&quot; or &quot;to&quot;</source>
        <translation>日期范围需要“from”或“to”</translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;</source>
        <translation>“to”早于“from”</translation>
    </message>
    <message>
        <source>must be an object with id, function and params</source>
        <translation>须为含 id、function 和 params 的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check id (lower case letters, digits and _)</source>
        <translation>“%1”不是检查编号（小写字母、数字和 _）</translation>
    </message>
    <message>
        <source>unknown check function &quot;%1&quot;</source>
        <translation>未知检查函数“%1”</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>unknown parameter of %1</source>
        <translation>不是 %1 的参数</translation>
    </message>
    <message>
        <source>missing (%1 needs it)</source>
        <translation>缺失（%1 需要此参数）</translation>
    </message>
    <message>
        <source>not a requirement id (letters, digits, - and _)</source>
        <translation>不是要求编号（字母、数字、- 和 _）</translation>
    </message>
    <message>
        <source>must be an object with &quot;file&quot; and &quot;wording&quot;</source>
        <translation>须为含“file”和“wording”的对象</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>须为非空数组</translation>
    </message>
    <message>
        <source>duplicate check id &quot;%1&quot;</source>
        <translation>检查编号“%1”重复</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（位置 %1）：%2</translation>
    </message>
    <message>
        <source>a rule pack is a JSON object</source>
        <translation>规则包须为 JSON 对象</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>duplicate requirement id</source>
        <translation>要求编号重复</translation>
    </message>
    <message>
        <source>no rule pack &quot;%1&quot; is shipped (packs list shows them)</source>
        <translation>没有随程序提供名为“%1”的规则包（packs list 可列出）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>must be a date such as 2017-12-31</source>
        <translation>必须是日期，例如 2017-12-31</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object with id and title</source>
        <translation>必须是包含 id 和 title 的对象</translation>
    </message>
    <message>
        <source>duplicate requirement or task id</source>
        <translation>要求或任务编号重复</translation>
    </message>
</context>
<context>
    <name>sd::storage::AuditLog</name>
    <message>
        <source>The audit log of %1 could not be written (%2).</source>
        <translation>无法写入 %1 的审计日志（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::storage::Backup</name>
    <message>
        <source>The backup %1 could not be written (%2).</source>
        <translation>无法写入备份 %1（%2）。</translation>
    </message>
    <message>
        <source>it is the open file itself</source>
        <translation>它就是当前打开的文件</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <source>the copy could not be finalised</source>
        <translation>副本无法完成</translation>
    </message>
    <message>
        <source>it could not be saved to disk</source>
        <translation>无法保存到磁盘</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>副本未通过检查：%1</translation>
    </message>
</context>
<context>
    <name>sd::storage::Database</name>
    <message>
        <source>%1 is damaged and was not changed (%2).</source>
        <translation>%1 已损坏，未做任何改动（%2）。</translation>
    </message>
    <message>
        <source>The newest verified backup is %1.</source>
        <translation>最新一份已校验的备份是 %1。</translation>
    </message>
    <message>
        <source>No verified backup was found.</source>
        <translation>未找到经过校验的备份。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a society file.</source>
        <translation>%1 是文件夹，不是学会文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a SocietyDesk file (it is not an SQLite database).</source>
        <translation>%1 不是学会工作台文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is not a SocietyDesk file (it is an SQLite database of another program).</source>
        <translation>%1 不是学会工作台文件（是其他程序的 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>%1@%2, pid %3, since %4</source>
        <translation>%1@%2（进程号 %3，自 %4 起）</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；请换一个文件名，或直接打开它。</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 is in use by %2.</source>
        <translation>%1 正被 %2 使用。</translation>
    </message>
    <message>
        <source>%1 cannot be locked: the lock file %2 cannot be written.</source>
        <translation>无法锁定 %1：无法写入锁文件 %2。</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2).</source>
        <translation>无法以写入方式打开 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer SocietyDesk (schema %2; this version knows up to %3). It is open read-only; update SocietyDesk to change it.</source>
        <translation>%1 由更新版本的学会工作台写入（数据结构版本 %2；本版本最高支持 %3）。已以只读方式打开；如需修改，请升级学会工作台。</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>缺少第 %1 号迁移脚本。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to schema %2 (%3); it was left at schema %4.</source>
        <translation>%1 无法升级到数据结构版本 %2（%3），仍保持为版本 %4。</translation>
    </message>
    <message>
        <source>%1 cannot start a change (%2).</source>
        <translation>%1 无法开始修改（%2）。</translation>
    </message>
    <message>
        <source>The change to %1 was not saved (%2).</source>
        <translation>对 %1 的修改未能保存（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>无法打开 %1（%2）。</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 is open read-only; it cannot be changed.</source>
        <translation>%1 以只读方式打开，不能修改。</translation>
    </message>
    <message>
        <source>%1 is busy with another change (an import or a batch change); try again when it has finished.</source>
        <translation>%1 正在进行另一项修改（导入或批量修改），请在其完成后再试。</translation>
    </message>
    <message>
        <source>%1 is open for reading only here.</source>
        <translation>%1 在此仅以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is a supervisor database (imported submission packages), not a society file; open it as a supervisor database.</source>
        <translation>%1 是主管单位数据库（已导入的报送包），不是学会文件；请以主管单位数据库方式打开。</translation>
    </message>
    <message>
        <source>%1 is a society file, not a supervisor database; open it as a society file.</source>
        <translation>%1 是学会文件，不是主管单位数据库；请以学会文件方式打开。</translation>
    </message>
    <message>
        <source>%1 is not a SocietyDesk supervisor database (it is an SQLite database of another program).</source>
        <translation>%1 不是学会工作台的主管单位数据库（而是其他程序的 SQLite 数据库）。</translation>
    </message>
</context>
<context>
    <name>sd::storage::ProfileStore</name>
    <message>
        <source>The society profile in %1 could not be saved (%2).</source>
        <translation>无法保存 %1 中的学会信息（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::supervisor::OverviewXlsx</name>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation>打包日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>缺少的部分</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the spreadsheet library could not start.</source>
        <translation>无法写入 %1：电子表格库无法启动。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be moved into place.</source>
        <translation>无法写入 %1：完成的文件无法移到目标位置。</translation>
    </message>
</context>
<context>
    <name>sd::supervisor::SupervisorStore</name>
    <message>
        <source>The signature %1 cannot be read.</source>
        <translation>无法读取签名文件 %1。</translation>
    </message>
    <message>
        <source>The signature %1 is damaged: %2</source>
        <translation>签名文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The package is invalid and was not imported: %1</source>
        <translation>报送包无效，未导入：%1</translation>
    </message>
    <message>
        <source>bag-info.txt has no %1 (the society&apos;s credit code).</source>
        <translation>bag-info.txt 中没有 %1（学会的统一社会信用代码）。</translation>
    </message>
    <message>
        <source>bag-info.txt has no %1 (the society&apos;s name).</source>
        <translation>bag-info.txt 中没有 %1（学会名称）。</translation>
    </message>
    <message>
        <source>bag-info.txt has no valid %1.</source>
        <translation>bag-info.txt 中没有有效的 %1。</translation>
    </message>
    <message>
        <source>bag-info.txt has no valid %1 (yyyy-MM-dd).</source>
        <translation>bag-info.txt 中没有有效的 %1（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The bag is named %1, but its bag-info.txt says %2 for %3.</source>
        <translation>包名为 %1，但其 bag-info.txt 写的是 %2、%3 年度。</translation>
    </message>
    <message>
        <source>bag-info.txt: %1 is not a whole number (%2).</source>
        <translation>bag-info.txt：%1 不是整数（%2）。</translation>
    </message>
    <message>
        <source>%1 has a pinned key, but the package has no signature (%2).</source>
        <translation>%1 已登记公钥，但报送包没有签名（%2）。</translation>
    </message>
    <message>
        <source>The signature does not match the key pinned for %1: the package was changed or signed with another key.</source>
        <translation>签名与为 %1 登记的公钥不符：报送包已被改动，或是用另一把密钥签的名。</translation>
    </message>
    <message>
        <source>compliance.json is not the check command&apos;s JSON.</source>
        <translation>compliance.json 不是 check 命令输出的 JSON。</translation>
    </message>
    <message>
        <source>compliance.json has a finding without a check id or a known status.</source>
        <translation>compliance.json 中有结论缺少检查项标识或状态无法识别。</translation>
    </message>
    <message>
        <source>compliance.json lists %1 twice.</source>
        <translation>compliance.json 重复列出 %1。</translation>
    </message>
    <message>
        <source>bagged %1, deadline %2</source>
        <translation>打包于 %1，期限 %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3) was imported before; nothing changed.</source>
        <translation>%1（%2，%3 年度）此前已导入；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is older (bagged %2) than the package of %3 for %4 already imported (bagged %5); it was not imported.</source>
        <translation>%1（打包于 %2）早于已导入的 %3 %4 年度报送包（打包于 %5）；未导入。</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>%1 无法记录：%2</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3); it supersedes the package imported before.</source>
        <translation>已导入 %1（%2，%3 年度）；它取代了此前导入的报送包。</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3).</source>
        <translation>已导入 %1（%2，%3 年度）。</translation>
    </message>
    <message>
        <source>A credit code is needed to pin a key.</source>
        <translation>登记公钥需要统一社会信用代码。</translation>
    </message>
    <message>
        <source>A public key is 32 bytes.</source>
        <translation>公钥应为 32 字节。</translation>
    </message>
</context>
<context>
    <name>sd::ui::AbsencesPanel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No council member of the current term has missed %1 or more council meetings in a row without leave (as of %2).</source>
        <translation>截至 %2，本届理事中没有连续 %1 次及以上无故缺席理事会会议的人员。</translation>
    </message>
    <message>
        <source>Council members of the current term who missed %1 or more council meetings in a row without leave (as of %2; an excused absence breaks no run, attending ends it): %3.</source>
        <translation>截至 %2，本届连续 %1 次及以上无故缺席理事会会议的理事（请假不中断连续缺席，出席则重新计算）：%3 人。</translation>
    </message>
    <message>
        <source>Member No.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Absent in a Row</source>
        <translation>连续缺席次数</translation>
    </message>
    <message>
        <source>Meetings Missed</source>
        <translation>缺席的会议</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActivityDialog</name>
    <message>
        <source>Academic conference</source>
        <translation>学术会议</translation>
    </message>
    <message>
        <source>Science popularisation</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Policy consulting</source>
        <translation>决策咨询</translation>
    </message>
    <message>
        <source>S&amp;T evaluation</source>
        <translation>科技评价</translation>
    </message>
    <message>
        <source>Group standard</source>
        <translation>团体标准</translation>
    </message>
    <message>
        <source>Award nomination</source>
        <translation>奖励推荐</translation>
    </message>
    <message>
        <source>International exchange</source>
        <translation>国际交流</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>The society itself</source>
        <translation>学会本级</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>A &amp;brand activity (品牌活动)</source>
        <translation>品牌活动(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. the reform plan&apos;s task id</source>
        <translation>例如：改革方案的任务编号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>主办(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加人数(&amp;P)：</translation>
    </message>
    <message>
        <source>Reform &amp;task:</source>
        <translation>改革任务(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s name.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Enter the start date as YYYY-MM-DD.</source>
        <translation>开始日期请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>Enter the end date as YYYY-MM-DD, or leave it empty for a one-day activity.</source>
        <translation>结束日期请按 YYYY-MM-DD 填写；一天的活动可留空。</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>活动的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Enter the number of participants as a whole number, or leave it empty.</source>
        <translation>参加人数请填写整数，或留空。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::AnnualReportPage</name>
    <message>
        <source>Annual report</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>The annual report was written to %1.</source>
        <translation>年报已导出至 %1。</translation>
    </message>
    <message>
        <source>The annual report was not written: %1</source>
        <translation>年报未能写出：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Narrative written</source>
        <translation>文字已撰写</translation>
    </message>
    <message>
        <source>Narrative not yet written</source>
        <translation>文字尚未撰写</translation>
    </message>
    <message>
        <source>%1 of %2 narratives written.</source>
        <translation>已撰写 %1/%2 部分文字。</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>尚无年报</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>已于 %1 发布</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · 第%2版</translation>
    </message>
    <message>
        <source>The %1 report: %2. Draft → review → approved → published; only a draft is edited.</source>
        <translation>%1年度报告：%2。流程为 草稿 → 审核 → 批准 → 发布；只有草稿可以修改。</translation>
    </message>
    <message>
        <source>The %1 report has not been started.</source>
        <translation>%1年度报告尚未开始撰写。</translation>
    </message>
    <message>
        <source>Save &amp;Correction…</source>
        <translation>保存更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation>更正(&amp;E)…</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>The %1 draft was started with the figures of the records now.</source>
        <translation>已按当前记录数据创建%1年度报告草稿。</translation>
    </message>
    <message>
        <source>The generated parts were taken from the records again.</source>
        <translation>已从记录重新提取自动生成部分。</translation>
    </message>
    <message>
        <source>The generated parts have not been taken from the records yet.</source>
        <translation>自动生成部分尚未从记录中提取。</translation>
    </message>
    <message>
        <source>The records have changed since the snapshot (taken at %1).</source>
        <translation>记录自数据快照（提取于 %1）以来已有变化。</translation>
    </message>
    <message>
        <source>The records have changed since the snapshot (taken at %1): %2.</source>
        <translation>记录自数据快照（提取于 %1）以来已有变化：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 Refresh from Records takes them again.</source>
        <translation>%1点击“从记录刷新”可重新提取。</translation>
    </message>
    <message>
        <source>%1 Return the report to draft to take them again.</source>
        <translation>%1如需重新提取，请先将报告退回草稿。</translation>
    </message>
    <message>
        <source>%1 The published report keeps the figures it was published with.</source>
        <translation>%1已发布的报告保留发布时的数据。</translation>
    </message>
    <message>
        <source>The %1 report was submitted for review; it is read-only until approved or returned to draft.</source>
        <translation>%1年度报告已提交审核；在批准或退回草稿之前只读。</translation>
    </message>
    <message>
        <source>The %1 report was approved and kept as a version.</source>
        <translation>%1年度报告已批准，并已保存为一个版本。</translation>
    </message>
    <message>
        <source>The %1 report is a draft again.</source>
        <translation>%1年度报告已退回草稿。</translation>
    </message>
    <message>
        <source>The %1 report was published; it is locked now.</source>
        <translation>%1年度报告已发布，现已锁定。</translation>
    </message>
    <message>
        <source>Nothing is corrected yet: edit the text of a section first.</source>
        <translation>尚未作任何更正：请先修改某一部分的文字。</translation>
    </message>
    <message>
        <source>The correction was saved as a new version; the report stays published.</source>
        <translation>更正已保存为新版本；报告仍为已发布状态。</translation>
    </message>
    <message>
        <source>Annual report %1.pdf</source>
        <translation>%1年度工作报告.pdf</translation>
    </message>
    <message>
        <source>Export Annual Report</source>
        <translation>导出年报</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</source>
        <translation>PDF 文档 (*.pdf);;网页 (*.html);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>An annual report is written as a .pdf, .html or .odt file; %1 is none of these.</source>
        <translation>年报只能导出为 .pdf、.html 或 .odt 文件；%1 不属于其中任何一种。</translation>
    </message>
    <message>
        <source>Open or create a society file to write its annual report.</source>
        <translation>打开或新建学会文件，以撰写其年度工作报告。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year the report covers: those with a report, and the current and previous years.</source>
        <translation>报告所属年度：已有报告的年度，以及本年度和上一年度。</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <source>Create &amp;Draft</source>
        <translation>创建草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Start the year&apos;s report: the generated parts are taken from the records now.</source>
        <translation>开始撰写本年度报告：自动生成部分将按当前记录提取。</translation>
    </message>
    <message>
        <source>Submit for Re&amp;view</source>
        <translation>提交审核(&amp;V)</translation>
    </message>
    <message>
        <source>Every section written and the figures taken: the report goes to review, read-only.</source>
        <translation>各部分均已撰写且数据已提取：报告提交审核，审核期间只读。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>The reviewed report is approved (kept as a version).</source>
        <translation>批准已审核的报告（同时保存为一个版本）。</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Publish the approved report on a date; it is locked from then on.</source>
        <translation>按指定日期发布已批准的报告；发布后即锁定。</translation>
    </message>
    <message>
        <source>Return to Dra&amp;ft</source>
        <translation>退回草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Back to draft to edit it again.</source>
        <translation>退回草稿，以便再次修改。</translation>
    </message>
    <message>
        <source>Cancel Correctio&amp;n</source>
        <translation>取消更正(&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the report as PDF, HTML or ODT (Ctrl+E).</source>
        <translation>将报告导出为 PDF、HTML 或 ODT（Ctrl+E）。</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Preview of the whole report</source>
        <translation>整份报告预览</translation>
    </message>
    <message>
        <source>The %1 finance summary was saved.</source>
        <translation>%1 年度财务汇总已保存。</translation>
    </message>
    <message>
        <source>Writing the %1 annual report to %2…</source>
        <translation>正在将%1年度报告写入 %2…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ApproveDialog</name>
    <message>
        <source>Approve Applicants</source>
        <translation>批准入会申请</translation>
    </message>
    <message numerus="yes">
        <source>Approve the applicants among the %n selected member(s) as of %1: their status becomes active and the approval date today; a join date that is empty or earlier becomes today. Members who are not applicants are left as they are.</source>
        <translation>
            <numerusform>批准所选 %n 名会员中的申请人，日期为 %1：其状态改为“正常”，批准日期记为今天；入会日期为空或早于今天的，改为今天。非“申请中”状态的会员保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>决定机构(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. the council&apos;s 3rd meeting of the 9th term</source>
        <translation>例如：第九届理事会第三次会议</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>sd::ui::AttachmentField</name>
    <message>
        <source>No document</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a Document</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>文档 (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sd::ui::AttestationDialog</name>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Secretary-general appraisal</source>
        <translation>秘书长考核</translation>
    </message>
    <message>
        <source>Leader age exception</source>
        <translation>负责人超龄任职</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Add Attestation</source>
        <translation>添加证明</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Attested &amp;by:</source>
        <translation>出具单位(&amp;B)：</translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation>说明(&amp;T)：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>Enter who attested it.</source>
        <translation>请输入出具单位。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Party-building working group</source>
        <translation>党建工作小组</translation>
    </message>
    <message>
        <source>Party leadership in the charter</source>
        <translation>党的领导写入章程</translation>
    </message>
    <message>
        <source>Cross appointment of leaders</source>
        <translation>双向进入、交叉任职</translation>
    </message>
    <message>
        <source>Annual work plan</source>
        <translation>年度工作计划</translation>
    </message>
    <message>
        <source>Mid-year progress check</source>
        <translation>年中进度检查</translation>
    </message>
    <message>
        <source>Year-end work summary</source>
        <translation>年终工作总结</translation>
    </message>
    <message>
        <source>Annual work report to the supervisor</source>
        <translation>向业务主管单位报送年度工作报告</translation>
    </message>
    <message>
        <source>Annual work report to the registration authority</source>
        <translation>向登记管理机关报送年度工作报告</translation>
    </message>
    <message>
        <source>Retired official: one unpaid post</source>
        <translation>退（离）休领导干部：仅兼一职且不取酬</translation>
    </message>
    <message>
        <source>The society&apos;s journal</source>
        <translation>学会主办期刊</translation>
    </message>
</context>
<context>
    <name>sd::ui::BranchDialog</name>
    <message>
        <source>Add Branch</source>
        <translation>新增分支机构</translation>
    </message>
    <message>
        <source>e.g. 青年工作委员会</source>
        <translation>例如：青年工作委员会</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>设立日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Enter the branch&apos;s name.</source>
        <translation>请填写分支机构名称。</translation>
    </message>
    <message>
        <source>Enter the date of establishment as YYYY-MM-DD, or leave it empty.</source>
        <translation>设立日期请按 YYYY-MM-DD 填写，或留空。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>sd::ui::BranchStatusDialog</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>e.g. 七届三次常务理事会决议</source>
        <translation>例如：七届三次常务理事会决议</translation>
    </message>
    <message>
        <source>%1 becomes “%2”.</source>
        <translation>%1 将变为“%2”。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>决议(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>日期请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::BranchTableModel</name>
    <message>
        <source>No activity for over 12 months</source>
        <translation>超过12个月无活动</translation>
    </message>
    <message>
        <source>No establishment filing</source>
        <translation>无设立备案</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <source>Last Activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>sd::ui::BranchesPage</name>
    <message>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Open or create a society file to record its branches and their activities.</source>
        <translation>请打开或新建学会文件，以登记分支机构及其活动。</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>设立与变更</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation>新增分支机构(&amp;B)…</translation>
    </message>
    <message>
        <source>Add &amp;Filing…</source>
        <translation>新增备案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;Activity…</source>
        <translation>新增活动(&amp;A)…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>转为正常…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Dissolve…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Member No.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌活动</translation>
    </message>
    <message>
        <source>Reform Task</source>
        <translation>改革任务</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Branches: %1 · without activity for over 12 months: %2 · without an establishment filing: %3</source>
        <translation>分支机构 %1 个 · 超过12个月无活动 %2 个 · 无设立备案 %3 个</translation>
    </message>
    <message>
        <source>Choose a branch above, or add one with Add Branch…</source>
        <translation>请在上方选择分支机构，或点击“新增分支机构…”新增。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Established on %1</source>
        <translation>设立于 %1</translation>
    </message>
    <message>
        <source>Dissolved on %1</source>
        <translation>撤销于 %1</translation>
    </message>
    <message>
        <source>Leader: %1 · Secretary: %2</source>
        <translation>负责人：%1 · 秘书：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A dissolved branch takes no further steps.</source>
        <translation>已撤销的分支机构不能再变更状态。</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>活动（%1）</translation>
    </message>
    <message>
        <source>Roster (%1)</source>
        <translation>会员名单（%1）</translation>
    </message>
    <message>
        <source>The society itself</source>
        <translation>学会本级</translation>
    </message>
    <message>
        <source>Activities: %1 · participants: %2 · brand activities: %3</source>
        <translation>活动 %1 项 · 参加 %2 人次 · 品牌活动 %3 项</translation>
    </message>
    <message>
        <source>%1 cannot go from “%2” to “%3”.</source>
        <translation>%1 不能从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 现为“%2”。</translation>
    </message>
    <message>
        <source>The document could not be written out: it is missing or damaged.</source>
        <translation>文件无法导出：文件缺失或已损坏。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Download &amp;Template…</source>
        <translation>下载导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;Leader…</source>
        <translation>更换负责人(&amp;L)…</translation>
    </message>
    <message>
        <source>New &amp;Secretary…</source>
        <translation>更换秘书(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::CharterSettingsEditor</name>
    <message>
        <source>Quorum and majorities</source>
        <translation>到会与表决比例</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>计数规则</translation>
    </message>
    <message>
        <source>&amp;Rule packs</source>
        <translation>规则包(&amp;R)</translation>
    </message>
    <message>
        <source>Documents and backups</source>
        <translation>文档与备份</translation>
    </message>
    <message>
        <source>Quorum (present)</source>
        <translation>到会比例</translation>
    </message>
    <message>
        <source>Majority (in favour)</source>
        <translation>表决通过比例</translation>
    </message>
    <message>
        <source>Con&amp;gress:</source>
        <translation>会员（代表）大会(&amp;G)：</translation>
    </message>
    <message>
        <source>Co&amp;uncil:</source>
        <translation>理事会(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;tanding council:</source>
        <translation>常务理事会(&amp;T)：</translation>
    </message>
    <message>
        <source>2/3</source>
        <translation>2/3</translation>
    </message>
    <message>
        <source>&amp;Young and middle-aged up to:</source>
        <translation>中青年年龄上限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Flag unexcused &amp;absences at:</source>
        <translation>无故缺席提醒(&amp;A)：</translation>
    </message>
    <message>
        <source> in a row</source>
        <translation> 次（连续）</translation>
    </message>
    <message>
        <source>P&amp;ilot society of the reform</source>
        <translation>改革试点学会(&amp;I)</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文档语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Automatic &amp;backups kept:</source>
        <translation>保留自动备份(&amp;B)：</translation>
    </message>
    <message>
        <source>Lapse after unpaid &amp;dues for:</source>
        <translation>未缴会费转欠费(&amp;D)：</translation>
    </message>
    <message>
        <source>Propose &amp;withdrawal after unpaid:</source>
        <translation>未缴会费提请退会(&amp;W)：</translation>
    </message>
    <message>
        <source>Write each share as a fraction such as 2/3. A share is met when it is reached exactly: 1/2 means at least half. A candidate is elected only with more than the election share: with 1/2, exactly half is not enough.</source>
        <translation>每个比例写成分数，例如 2/3。恰好达到比例即为满足：1/2 表示至少一半。候选人须超过当选比例才能当选：比例为 1/2 时，恰好一半不够。</translation>
    </message>
    <message>
        <source>&amp;Elected with more than:</source>
        <translation>当选须超过(&amp;E)：</translation>
    </message>
    <message>
        <source> years</source>
        <comment>age</comment>
        <translation> 岁</translation>
    </message>
    <message>
        <source> years</source>
        <comment>duration</comment>
        <translation> 年</translation>
    </message>
    <message>
        <source>Supervis&amp;ory board:</source>
        <translation>监事会(&amp;O)：</translation>
    </message>
    <message>
        <source>Members represented by pro&amp;xy count as present for the quorum</source>
        <translation>委托他人出席者计入法定人数(&amp;X)</translation>
    </message>
    <message>
        <source>Civil-affairs limits</source>
        <translation>民政规定的限制</translation>
    </message>
    <message>
        <source>Term le&amp;ngth:</source>
        <translation>每届任期(&amp;N)：</translation>
    </message>
    <message>
        <source>Leaders&apos; &amp;maximum age:</source>
        <translation>负责人最高任职年龄(&amp;M)：</translation>
    </message>
    <message>
        <source>Leaders&apos; &amp;consecutive terms:</source>
        <translation>负责人连任届数(&amp;C)：</translation>
    </message>
    <message>
        <source> at most</source>
        <comment>consecutive terms</comment>
        <translation> 以内</translation>
    </message>
    <message>
        <source>Super&amp;visory board:</source>
        <translation>监事会人数(&amp;V)：</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to … members</comment>
        <translation>至</translation>
    </message>
    <message>
        <source> (odd)</source>
        <comment>supervisory board size</comment>
        <translation> （奇数）</translation>
    </message>
</context>
<context>
    <name>sd::ui::ChooseTasksDialog</name>
    <message>
        <source>Choose Optional Tasks</source>
        <translation>选择自选任务</translation>
    </message>
    <message>
        <source>Optional tasks</source>
        <translation>自选任务</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Check the optional tasks the society takes on this year (Space checks the current one). The pack asks for at least %n of them; tasks left out lose their targets and progress.</source>
        <translation>
            <numerusform>勾选学会本年度承担的自选任务（空格键勾选当前任务）。规则包要求至少选择 %n 项；取消勾选的任务将丢失其目标和进度。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>%1 chosen, at least %2</source>
        <translation>已选 %1 项，至少 %2 项</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n optional tasks.</source>
        <translation>
            <numerusform>请至少选择 %n 项自选任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The optional tasks were not changed.</source>
        <translation>自选任务未更改。</translation>
    </message>
</context>
<context>
    <name>sd::ui::CompareDialog</name>
    <message>
        <source>Compare Versions of the %1 Report</source>
        <translation>比较%1年度报告的版本</translation>
    </message>
    <message>
        <source>Text changes</source>
        <translation>文字修改</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>比较基准(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>对比对象(&amp;T)：</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第%1版 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>当前工作稿</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>文字有修改</translation>
    </message>
    <message>
        <source>figures changed</source>
        <translation>数据有变化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The same version is chosen twice.</source>
        <translation>两侧选择的是同一版本。</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) of 5 changed.</source>
        <translation>
            <numerusform>5 个部分中有 %n 个有变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>The section&apos;s figures differ: the records were taken again between the two.</source>
        <translation>本部分数据不同：两版之间重新提取过记录数据。</translation>
    </message>
    <message>
        <source>The text is the same in both.</source>
        <translation>两版文字相同。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplianceChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>No rule pack evaluated.</source>
        <translation>未检查任何规则包。</translation>
    </message>
    <message>
        <source>Findings by status</source>
        <translation>按状态统计的检查结果</translation>
    </message>
</context>
<context>
    <name>sd::ui::CompliancePage</name>
    <message>
        <source>Compliance</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <source>Open or create a society file to check its records against the rule packs that apply to it.</source>
        <translation>打开或新建学会文件，按适用的规则包检查其记录。</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year the findings are about: its meetings, its reports, its plans.</source>
        <translation>检查结果所针对的年度：该年度的会议、报告和计划。</translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation>基准日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>31 December of the report year once that year is over, else today.</source>
        <translation>报告年度已结束时为该年12月31日，否则为今天。</translation>
    </message>
    <message>
        <source>The day the records are judged on (terms, seats and ages on that day).</source>
        <translation>据以判断记录的日期（以该日的届次、任职和年龄为准）。</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the compliance report of the findings shown (PDF or ODT), in the society&apos;s document language.</source>
        <translation>将所示检查结果写成合规检查报告（PDF 或 ODT），使用学会的文书语言。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Failing and warnings</source>
        <translation>不通过和提示</translation>
    </message>
    <message>
        <source>Failing, warnings and missing data</source>
        <translation>不通过、提示和缺少数据</translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation>仅不通过</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>（今天）</translation>
    </message>
    <message>
        <source>(the report year is over)</source>
        <translation>（报告年度已结束）</translation>
    </message>
    <message>
        <source>The records could not be read for the check: %1</source>
        <translation>无法读取记录进行检查：%1</translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>No rule pack is checked: check one or more packs to evaluate them.</source>
        <translation>未勾选规则包：请勾选一个或多个规则包进行检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1, judged on %2: %3</source>
        <translation>
            <numerusform>%1年度共 %n 项结果，基准日期 %2：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The society&apos;s settings also name %1, which this version does not ship yet.</source>
        <translation>学会设置还指定了%1，本版本尚未提供。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The rule pack was not loaded: %1</source>
        <translation>规则包未载入：%1</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>载入规则包</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>规则包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compliance report %1.pdf</source>
        <translation>合规检查报告%1.pdf</translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>导出合规检查报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF 文档 (*.pdf);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>The report is written as a .pdf or an .odt file; %1 is neither.</source>
        <translation>报告只能写成 .pdf 或 .odt 文件；%1 都不是。</translation>
    </message>
    <message>
        <source>The compliance report was not written: %1</source>
        <translation>合规检查报告未写出：%1</translation>
    </message>
    <message>
        <source>The compliance report was written to %1.</source>
        <translation>合规检查报告已写入 %1。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplianceSummary</name>
    <message>
        <source>Open Compliance</source>
        <translation>打开合规检查</translation>
    </message>
    <message>
        <source>Every finding, with its evidence and the rule it cites, is on the Compliance page.</source>
        <translation>每项检查结果及其依据和所引条款均在“合规检查”页。</translation>
    </message>
    <message>
        <source>Compliance in %1</source>
        <translation>%1年合规情况</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规情况</translation>
    </message>
    <message>
        <source>Checking the records against the rule packs…</source>
        <translation>正在按规则包检查记录…</translation>
    </message>
    <message>
        <source>No findings: no rule pack applies.</source>
        <translation>无检查结果：没有适用的规则包。</translation>
    </message>
    <message>
        <source>No check fails.</source>
        <translation>没有未通过的检查项。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Failing:</source>
        <translation>未通过：</translation>
    </message>
    <message>
        <source>No rule pack applies.</source>
        <translation>没有适用的规则包。</translation>
    </message>
    <message>
        <source>Packs: %1</source>
        <translation>规则包：%1</translation>
    </message>
    <message>
        <source>Not in this version yet: %1</source>
        <translation>本版本尚未提供：%1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>sd::ui::CompositionPanel</name>
    <message>
        <source>Composition</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>Front-line:</source>
        <translation>基层一线：</translation>
    </message>
    <message>
        <source>Of the council:</source>
        <translation>占理事会：</translation>
    </message>
    <message>
        <source>Party members:</source>
        <translation>党员：</translation>
    </message>
    <message>
        <source>Women:</source>
        <translation>女性：</translation>
    </message>
    <message>
        <source>Conflicts to review (CA-06):</source>
        <translation>需复核的兼职冲突（CA-06）：</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Aged %1 or under:</source>
        <translation>%1 岁及以下：</translation>
    </message>
    <message>
        <source>No term selected.</source>
        <translation>未选择届次。</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n 人未知</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (previous term: %2)</source>
        <translation>%1（上届：%2）</translation>
    </message>
    <message>
        <source>✓ At least %1: met.</source>
        <translation>✓ 不低于 %1：达标。</translation>
    </message>
    <message numerus="yes">
        <source>✗ Below %1: %n more front-line seat(s) needed.</source>
        <translation>
            <numerusform>✗ 低于 %1：需要再增加 %n 名基层一线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the unknowns first.</source>
        <translation>请先核实未知项。</translation>
    </message>
    <message>
        <source>✓ at most %1</source>
        <translation>✓ 不超过 %1</translation>
    </message>
    <message>
        <source>✗ over %1</source>
        <translation>✗ 超过 %1</translation>
    </message>
    <message>
        <source>✓ at least %1</source>
        <translation>✓ 不低于 %1</translation>
    </message>
    <message>
        <source>✗ below %1</source>
        <translation>✗ 低于 %1</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>未发现。</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Affiliation types</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>sd::ui::CorrectionDialog</name>
    <message>
        <source>Correct Signed Minutes</source>
        <translation>更正已签发纪要</translation>
    </message>
    <message>
        <source>e.g. 更正第三项决议的表决票数</source>
        <translation>如：更正第三项决议的表决票数</translation>
    </message>
    <message>
        <source>The correction is kept as a new version beside the signed one; it needs signing off again.</source>
        <translation>更正将作为新版本与已签发版本一并保存，须重新签发。</translation>
    </message>
    <message>
        <source>What it &amp;corrects:</source>
        <translation>更正说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreatePlanDialog</name>
    <message>
        <source>Create the %1 Reform Plan</source>
        <translation>新建%1年度改革方案</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Unchecked: the plan&apos;s months begin in January.</source>
        <translation>不勾选：方案月份从1月开始。</translation>
    </message>
    <message>
        <source>The %1 reform plan for %2. Its problems are pre-filled from the failing and missing-data findings (you can edit them), and the pack&apos;s mandatory tasks are added; you then choose the optional tasks.</source>
        <translation>%2 的%1年度改革方案。“存在的问题”将根据未达标和缺少数据的检查结果预先填写（可修改），并自动加入规则包的必选任务；随后再选择自选任务。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>The plan was not created.</source>
        <translation>方案未创建。</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentExporter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>nothing was rendered</source>
        <translation>未生成任何内容</translation>
    </message>
</context>
<context>
    <name>sd::ui::DueList</name>
    <message>
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the records behind an item.</source>
        <translation>双击或按回车键打开该事项涉及的记录。</translation>
    </message>
    <message>
        <source>Double-click a record to open it on its page.</source>
        <translation>双击记录可在其所在页面打开。</translation>
    </message>
    <message>
        <source>Looking at what is due…</source>
        <translation>正在查看待办事项…</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <source>%1 The first %2 of %3 are listed.</source>
        <translation>%1共 %3 条，列出前 %2 条。</translation>
    </message>
</context>
<context>
    <name>sd::ui::DuesDialog</name>
    <message>
        <source>The amount is required.</source>
        <translation>金额为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan; write it like 200 or 200.50.</source>
        <translation>“%1”不是以元为单位的金额；请按 200 或 200.50 的格式填写。</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>日期为必填项。</translation>
    </message>
    <message>
        <source>To number the receipts of several members, the first receipt number needs digits, e.g. HB2025-0001.</source>
        <translation>为多名会员连续编号收据时，起始收据号须包含数字，例如 HB2025-0001。</translation>
    </message>
    <message>
        <source>Record Dues</source>
        <translation>登记会费</translation>
    </message>
    <message numerus="yes">
        <source>Record one dues payment for each of the %n selected member(s).</source>
        <translation>
            <numerusform>为所选的 %n 名会员各登记一笔会费。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 200.00</source>
        <translation>例如：200.00</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>缴费日期(&amp;P)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>First &amp;receipt no.:</source>
        <translation>起始收据号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>收据号(&amp;R)：</translation>
    </message>
    <message>
        <source>Numbered on for each member, e.g. HB2025-0001</source>
        <translation>按会员依次递增编号，例如 HB2025-0001</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>sd::ui::DuesReviewDialog</name>
    <message>
        <source>Say who decided (e.g. 秘书处 or 常务理事会).</source>
        <translation>请填写由谁决定（例如：秘书处、常务理事会）。</translation>
    </message>
    <message>
        <source>Dues Review</source>
        <translation>会费审查</translation>
    </message>
    <message numerus="yes">
        <source>Review on %1 by the charter&apos;s rule: an active member who has paid no dues for %n completed year(s) is marked 欠费 (lapsed) when you confirm it; a lapsed member unpaid for %2 year(s) is listed for you to consider 退会 (withdrawal). Nothing changes without your decision.</source>
        <translation>
            <numerusform>%1 按章程审查：正常会员连续 %n 个完整年度未缴会费的，经您确认后标记为欠费；欠费会员连续 %2 年未缴费的，列出供您考虑退会。未经您决定，不做任何改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active members to mark 欠费 (lapsed): %n</source>
        <translation>
            <numerusform>待标记为欠费的正常会员：%n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lapsed members to consider for 退会 (withdrawal): %n</source>
        <translation>
            <numerusform>需考虑退会的欠费会员：%n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>决定机构(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mark %n as Lapsed</source>
        <translation>
            <numerusform>将 %n 名标记为欠费(&amp;M)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Withdraw Selected…</source>
        <translation>所选会员退会(&amp;W)…</translation>
    </message>
    <message>
        <source>Change the status of the selected members to 退会, with a date and who decided</source>
        <translation>将所选会员的状态改为退会，并填写日期和决定者</translation>
    </message>
</context>
<context>
    <name>sd::ui::DuesReviewModel</name>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Member No.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Last Paid</source>
        <translation>最近缴费年度</translation>
    </message>
</context>
<context>
    <name>sd::ui::EndSeatDialog</name>
    <message>
        <source>End Seat</source>
        <translation>结束任职</translation>
    </message>
    <message>
        <source>End the seat of %1 (%2) on:</source>
        <translation>结束 %1（%2）的任职，日期：</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>The seat could not be ended.</source>
        <translation>无法结束该任职。</translation>
    </message>
</context>
<context>
    <name>sd::ui::EvidencePanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Choose a finding to see what was measured, the rule it cites and the records it counted.</source>
        <translation>选择一项检查结果，查看其测量值、所依据的规定和所统计的记录。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>所用设置</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Choose one of the requirement&apos;s checks to see its evidence.</source>
        <translation>选择该要求下的一项检查，查看其依据记录。</translation>
    </message>
    <message>
        <source>Evidence: none listed for this finding.</source>
        <translation>依据记录：本项结果未列出记录。</translation>
    </message>
    <message>
        <source>Evidence (%1) — double-click a record or press Enter to open it on its page.</source>
        <translation>依据记录（%1）— 双击或按回车键在所属页面打开。</translation>
    </message>
    <message>
        <source>This record cannot be opened from here.</source>
        <translation>无法从此处打开该记录。</translation>
    </message>
    <message>
        <source>Open %1 on its page</source>
        <translation>在所属页面打开%1</translation>
    </message>
</context>
<context>
    <name>sd::ui::ExchangeText</name>
    <message>
        <source>Individual members</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>Unit members</source>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>会费</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>file name</comment>
        <translation>会员</translation>
    </message>
    <message>
        <source>Unit members</source>
        <comment>file name</comment>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Dues</source>
        <comment>file name</comment>
        <translation>会费</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Seats on the bodies</source>
        <translation>机构任职</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>秘书处工作人员</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Terms</source>
        <comment>file name</comment>
        <translation>届次</translation>
    </message>
    <message>
        <source>Seats</source>
        <comment>file name</comment>
        <translation>任职</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>file name</comment>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Regulations</source>
        <comment>file name</comment>
        <translation>制度</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Branch filings</source>
        <translation>分支机构备案</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Branches</source>
        <comment>file name</comment>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Filings</source>
        <comment>file name</comment>
        <translation>备案</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>file name</comment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>会议出席记录</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <comment>file name</comment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>file name</comment>
        <translation>出席记录</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <comment>file name</comment>
        <translation>决议</translation>
    </message>
</context>
<context>
    <name>sd::ui::ExportDialog</name>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是文件夹，请选择一个文件名。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>An unmasked export is recorded in the audit log, which this file does not allow: %1</source>
        <translation>未脱敏的导出须记入审计日志，而此文件不允许写入：%1</translation>
    </message>
    <message>
        <source>The file was removed because the audit log could not record the unmasked export: %1</source>
        <translation>审计日志无法记录此次未脱敏导出，因此已删除导出的文件：%1</translation>
    </message>
    <message>
        <source>the society file was closed</source>
        <translation>学会文件已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was recorded in the audit log.</source>
        <translation>此次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>Export a Register</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>名册(&amp;R)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;CSV (.csv)</source>
        <translation>CSV 文件（.csv）(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel, WPS)</source>
        <translation>带 BOM 的 UTF-8（Excel、WPS）</translation>
    </message>
    <message>
        <source>GB18030 (older Excel and WPS)</source>
        <translation>GB18030（旧版 Excel 和 WPS）</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dues follow their member&apos;s status.</source>
        <translation>会费记录按其所属会员的状态筛选。</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>By default ID numbers, mobile phones and e-mail addresses are masked, as the register shows them (1101**********0016).</source>
        <translation>默认情况下，证件号码、手机号码和邮箱按名册中的显示方式脱敏（1101**********0016）。</translation>
    </message>
    <message>
        <source>Export &amp;full ID numbers, phones and e-mail addresses (unmasked)</source>
        <translation>导出完整的证件号码、电话和邮箱（未脱敏）(&amp;F)</translation>
    </message>
    <message>
        <source>The file will contain full ID numbers and phone numbers. Keep it safe and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>文件将包含完整的证件号码和电话号码。请妥善保管，不再需要时及时删除。此次导出将记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %n member(s) the Members page shows (its search and filters)</source>
        <translation>
            <numerusform>仅导出会员页面当前显示的 %n 名会员（按其搜索和筛选）(&amp;O)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::FileActions</name>
    <message>
        <source>Society files (*.societydesk)</source>
        <translation>学会文件 (*.societydesk)</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>New Society</source>
        <translation>新建学会</translation>
    </message>
    <message>
        <source>Open Society File</source>
        <translation>打开学会文件</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 failed its check and was closed without changes (%2).</source>
        <translation>%1 未通过检查，已关闭且未做任何改动（%2）。</translation>
    </message>
    <message>
        <source>File Is Damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>No verified backup was found.</source>
        <translation>未找到经过校验的备份。</translation>
    </message>
    <message>
        <source>Open a copy of the newest verified backup (%1)? The damaged file is left as it is.</source>
        <translation>是否打开最新一份已校验备份（%1）的副本？损坏的文件将保持原样。</translation>
    </message>
    <message>
        <source>Save the Restored Copy As</source>
        <translation>恢复的副本另存为</translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced.</source>
        <translation>%1 已存在，未被替换。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>无法将备份复制到 %1。</translation>
    </message>
    <message>
        <source>Back Up Society File</source>
        <translation>备份学会文件</translation>
    </message>
</context>
<context>
    <name>sd::ui::FilingDialog</name>
    <message>
        <source>Add Filing of %1</source>
        <translation>新增备案：%1</translation>
    </message>
    <message>
        <source>e.g. the registration authority&apos;s reference number</source>
        <translation>例如：登记管理机关的备案文号</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>文号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>决议(&amp;R)：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose a Document</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>文档 (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>日期请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>The document could not be stored.</source>
        <translation>文件未能保存。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::FinanceDialog</name>
    <message>
        <source>Finance Summary %1</source>
        <translation>%1 年度财务汇总</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>收支结余</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>净资产</translation>
    </message>
    <message numerus="yes">
        <source>The dues register shows %1 yuan received in %2, in %n payment(s).</source>
        <translation>
            <numerusform>会费登记显示 %2 年实收 %1 元，共 %n 笔。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 summary of the activity statement (业务活动表), in yuan. A field left empty is not entered — it is not 0; emptying a field removes its amount. The report&apos;s finance section shows it.</source>
        <translation>%1 年度业务活动表摘要，单位为元。留空的项目表示未填报，而不是 0；清空某项即删除其金额。年报的“财务状况”部分将引用这些数据。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Not an amount, not counted: %1.</source>
        <translation>以下项目不是有效金额，未计入合计：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The dues income entered (%1 yuan) is %2 yuan more than the register shows: check the accounts. It can be saved as it is.</source>
        <translation>填报的会费收入（%1 元）比会费登记多 %2 元，请核对账目。仍可按现有数据保存。</translation>
    </message>
    <message>
        <source>The dues income entered (%1 yuan) is %2 yuan less than the register shows: check the accounts. It can be saved as it is.</source>
        <translation>填报的会费收入（%1 元）比会费登记少 %2 元，请核对账目。仍可按现有数据保存。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (write e.g. 52000 or 52,000.50). Nothing was saved.</source>
        <translation>%1：“%2”不是以元为单位的金额（请填写如 52000 或 52,000.50）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The finance summary was not saved.</source>
        <translation>财务汇总未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::FindingModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>整改建议</translation>
    </message>
</context>
<context>
    <name>sd::ui::FollowUpBoard</name>
    <message>
        <source>%1 (%2 days overdue)</source>
        <translation>%1（逾期 %2 天）</translation>
    </message>
    <message>
        <source>Shown %1 · open %2 · overdue on %3: %4</source>
        <translation>显示 %1 项 · 未完成 %2 项 · 截至 %3 逾期 %4 项</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未完成(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅逾期(&amp;V)</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <source>Progress &amp;Note…</source>
        <translation>进展记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Go to Meeting</source>
        <translation>转到会议(&amp;G)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Latest Note</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
</context>
<context>
    <name>sd::ui::FollowUpDialog</name>
    <message>
        <source>New Follow-up</source>
        <translation>新增落实事项</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>e.g. the secretariat, or a name</source>
        <translation>如：秘书处，或责任人姓名</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>决议(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Edit Follow-up</source>
        <translation>编辑落实事项</translation>
    </message>
    <message>
        <source>Enter the due date as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式填写期限，或留空。</translation>
    </message>
    <message>
        <source>Add a resolution first: a follow-up belongs to one.</source>
        <translation>请先添加决议：落实事项须对应某项决议。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>佐证材料(&amp;V)：</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>无佐证材料</translation>
    </message>
    <message>
        <source>%1 (%2) — stored when saved</source>
        <translation>%1（%2）— 保存时存入</translation>
    </message>
    <message>
        <source>Document %1 (missing)</source>
        <translation>文件 %1（缺失）</translation>
    </message>
    <message>
        <source>Choose the Evidence</source>
        <translation>选择佐证材料</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.ofd *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>文档 (*.pdf *.doc *.docx *.odt *.ofd *.xls *.xlsx *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a document kept in the society file may be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；保存在学会文件中的文档最大为 %3 MB。</translation>
    </message>
    <message>
        <source>The document could not be written out: it is missing or damaged.</source>
        <translation>文件无法导出：文件缺失或已损坏。</translation>
    </message>
    <message>
        <source>The evidence was not stored.</source>
        <translation>佐证材料未能存入。</translation>
    </message>
</context>
<context>
    <name>sd::ui::FollowUpPanel</name>
    <message>
        <source>Carried over — open follow-ups of earlier %1 meetings (%2):</source>
        <translation>结转——此前%1会议尚未完成的落实事项（%2 项）：</translation>
    </message>
    <message>
        <source>Record a resolution first: a follow-up belongs to one.</source>
        <translation>请先登记决议：落实事项须对应某项决议。</translation>
    </message>
    <message>
        <source>Follow-up of this meeting&apos;s resolutions:</source>
        <translation>本次会议决议的落实情况：</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up…</source>
        <translation>新增落实事项(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Progress &amp;Note…</source>
        <translation>进展记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest Note</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>佐证材料：%1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
</context>
<context>
    <name>sd::ui::GovernancePage</name>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>届次(&amp;T)：</translation>
    </message>
    <message>
        <source>Open or create a society file to record its terms and seats.</source>
        <translation>请打开或新建学会文件，以记录届次与任职。</translation>
    </message>
    <message>
        <source>New Term…</source>
        <translation>新建届次…</translation>
    </message>
    <message>
        <source>Add Seat…</source>
        <translation>添加任职…</translation>
    </message>
    <message>
        <source>Edit Seat…</source>
        <translation>编辑任职…</translation>
    </message>
    <message>
        <source>End Seat…</source>
        <translation>结束任职…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>%1 — in preparation</source>
        <translation>%1（筹备中）</translation>
    </message>
    <message>
        <source>No term is recorded yet: start with New Term…</source>
        <translation>尚未记录届次：请先“新建届次…”</translation>
    </message>
    <message>
        <source>Term added.</source>
        <translation>已添加届次。</translation>
    </message>
    <message>
        <source>Seat added.</source>
        <translation>已添加任职。</translation>
    </message>
    <message>
        <source>Seat saved.</source>
        <translation>已保存任职。</translation>
    </message>
    <message>
        <source>Seat ended.</source>
        <translation>已结束任职。</translation>
    </message>
    <message>
        <source>Prepare Next Term…</source>
        <translation>换届筹备…</translation>
    </message>
    <message>
        <source>Open the draft of the next term and fill its bodies with candidates before the election</source>
        <translation>建立下一届的筹备届次，在选举前为各机构录入候选人</translation>
    </message>
    <message>
        <source>Print Ballot…</source>
        <translation>打印选票…</translation>
    </message>
    <message>
        <source>Save the ballot of this body&apos;s candidates as a PDF</source>
        <translation>将本机构候选人的选票保存为 PDF</translation>
    </message>
    <message>
        <source>Record Count…</source>
        <translation>录入计票…</translation>
    </message>
    <message>
        <source>Elect…</source>
        <translation>确认当选…</translation>
    </message>
    <message>
        <source>Seat the elected candidates: the draft becomes the current term</source>
        <translation>当选的候选人就任：筹备届次成为本届</translation>
    </message>
    <message>
        <source>Remove Seat…</source>
        <translation>删除职位…</translation>
    </message>
    <message>
        <source>Remove a seat entered by mistake (a seat that ends is ended, not removed)</source>
        <translation>删除误录的职位（到期的职位应结束任职，而不是删除）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a spreadsheet into the register of this tab</source>
        <translation>从电子表格导入到本标签页的名册</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the register of this tab to a spreadsheet</source>
        <translation>将本标签页的名册导出为电子表格</translation>
    </message>
    <message>
        <source>Download Template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>Save an empty spreadsheet with the columns an import reads</source>
        <translation>保存一份包含导入所读各列的空白电子表格</translation>
    </message>
    <message>
        <source>Import Terms…</source>
        <translation>导入届次…</translation>
    </message>
    <message>
        <source>Import the terms (届次) from a spreadsheet, before their seats</source>
        <translation>从电子表格导入届次（先于其职位导入）</translation>
    </message>
    <message>
        <source>Remove Seat</source>
        <translation>删除职位</translation>
    </message>
    <message>
        <source>Remove the seat of %1 (%2, %3)? Use End Seat… for a seat that ends; removing is for a seat entered by mistake.</source>
        <translation>删除 %1 的职位（%2，%3）？任职结束请用“结束任职…”；删除仅用于误录的职位。</translation>
    </message>
    <message>
        <source>The seat could not be removed.</source>
        <translation>无法删除该职位。</translation>
    </message>
    <message>
        <source>The seat of %1 was removed.</source>
        <translation>已删除 %1 的职位。</translation>
    </message>
    <message>
        <source>The draft term is open: add its candidates to each body with Add Seat…</source>
        <translation>筹备届次已建立：请用“添加职位…”为各机构录入候选人</translation>
    </message>
    <message>
        <source>Print Ballot</source>
        <translation>打印选票</translation>
    </message>
    <message>
        <source>The ballot could not be made.</source>
        <translation>无法生成选票。</translation>
    </message>
    <message>
        <source>Ballot %1 %2</source>
        <translation>选票 %1 %2</translation>
    </message>
    <message>
        <source>Save Ballot</source>
        <translation>保存选票</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The ballot was saved to %1.</source>
        <translation>选票已保存到 %1。</translation>
    </message>
    <message>
        <source>The count is recorded: Elect… seats the elected candidates.</source>
        <translation>计票已录入：用“确认当选…”使当选的候选人就任。</translation>
    </message>
    <message>
        <source>Elect %1</source>
        <translation>%1选举</translation>
    </message>
    <message>
        <source>Record the count first (Record Count…).</source>
        <translation>请先录入计票（录入计票…）。</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Elect %1 on %2? The elected candidates take their seats; the others are removed, and the sitting term ends.</source>
        <translation>于 %2 确认%1选举结果？当选的候选人就任，未当选的候选人将被移除，现任届次结束。</translation>
    </message>
    <message>
        <source>Elected (%1):</source>
        <translation>当选（%1）：</translation>
    </message>
    <message>
        <source>Not elected (%1):</source>
        <translation>未当选（%1）：</translation>
    </message>
    <message>
        <source>The election could not be recorded.</source>
        <translation>无法记录选举结果。</translation>
    </message>
    <message>
        <source>%1 is elected and is now the current term.</source>
        <translation>%1已选举产生，现为本届。</translation>
    </message>
</context>
<context>
    <name>sd::ui::GradeDialog</name>
    <message>
        <source>Change Grade</source>
        <translation>更改会员类别</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected member(s) another grade.</source>
        <translation>
            <numerusform>为所选的 %n 名会员更改会员类别。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>会员类别(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>sd::ui::GradesDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>New members get this grade.</source>
        <translation>新会员默认属于此类别。</translation>
    </message>
    <message>
        <source>Carried over from %1</source>
        <translation>沿用 %1 年度的标准</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Add Grade</source>
        <translation>添加会员类别</translation>
    </message>
    <message>
        <source>Rename Grade</source>
        <translation>重命名会员类别</translation>
    </message>
    <message>
        <source>Remove Grade</source>
        <translation>删除会员类别</translation>
    </message>
    <message numerus="yes">
        <source>Remove the grade &quot;%1&quot; and its %n dues standard(s)?</source>
        <translation>
            <numerusform>删除会员类别“%1”及其 %n 项会费标准？</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan; write it like 200 or 200.50.</source>
        <translation>“%1”不是以元为单位的金额；请按 200 或 200.50 的格式填写。</translation>
    </message>
    <message>
        <source>Grades and Dues Standards</source>
        <translation>会员类别与会费标准</translation>
    </message>
    <message>
        <source>Member grades</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员人数</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>New members get the default grade.</source>
        <translation>新会员默认属于默认类别。</translation>
    </message>
    <message>
        <source>Only a grade that no member holds and that is not the default can be removed.</source>
        <translation>只能删除没有会员、且不是默认类别的会员类别。</translation>
    </message>
    <message>
        <source>Dues standards (yuan per member per year)</source>
        <translation>会费标准（元/人·年）</translation>
    </message>
    <message>
        <source>A standard stays in force in later years until it is changed; carried-over amounts are grey. Choose a cell to change it.</source>
        <translation>会费标准在更改之前于以后年度继续适用；沿用的金额以灰色显示。选择单元格即可修改。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>会员类别(&amp;G)：</translation>
    </message>
    <message>
        <source>A&amp;mount (yuan):</source>
        <translation>金额（元）(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 200.00</source>
        <translation>例如：200.00</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Set the standard of this grade and year (Enter)</source>
        <translation>设置此会员类别此年度的会费标准（Enter）</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the standard of this grade and year</source>
        <translation>删除此会员类别此年度的会费标准</translation>
    </message>
    <message>
        <source>The society file is read-only: %1</source>
        <translation>学会文件为只读：%1</translation>
    </message>
</context>
<context>
    <name>sd::ui::HomePage</name>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Supervising unit</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记管理机关</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>Last automatic backup</source>
        <translation>最近一次自动备份</translation>
    </message>
    <message>
        <source>No society file is open.
Create a new society or open a file from the File menu.</source>
        <translation>尚未打开学会文件。
请从“文件”菜单新建学会或打开文件。</translation>
    </message>
    <message>
        <source>SocietyDesk was not closed properly last time; the file was checked in full and is fine.</source>
        <translation>学会工作台上次未正常关闭；已对文件做完整检查，文件完好。</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>尚未填写学会信息</translation>
    </message>
    <message>
        <source>Enter the society&apos;s name and details with Society Profile… in the File menu.</source>
        <translation>请通过“文件”菜单中的“学会信息…”填写学会名称等信息。</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>章程设置</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportCheckPage</name>
    <message>
        <source>Reading and checking the rows…</source>
        <translation>正在读取并检查各行…</translation>
    </message>
    <message>
        <source>Comparing the rows with the register…</source>
        <translation>正在与名册比对…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Every row is read and checked, then compared with the register. Nothing is written; Cancel stops the check.</source>
        <translation>逐行读取并检查，再与名册比对。此过程不写入任何内容；点击“取消”可停止检查。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportDonePage</name>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>The register is as it was before the import.</source>
        <translation>名册保持导入前的状态。</translation>
    </message>
    <message>
        <source>The rows were rejected, so nothing was written.</source>
        <translation>数据行被拒绝，因此未写入任何内容。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The rows were written in one transaction.</source>
        <translation>各行已在同一事务中写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were written to the register (%1).</source>
        <translation>
            <numerusform>已将 %n 行写入名册（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated from the file.</source>
        <translation>其中新增 %1 行，按文件更新 %2 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register were skipped.</source>
        <translation>
            <numerusform>已跳过名册中已有的 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were not imported; they were saved to %1 with an added 错误原因 column.</source>
        <translation>
            <numerusform>有错误的 %n 行未导入，已保存到 %1，并附加了“错误原因”列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were not imported.</source>
        <translation>
            <numerusform>有错误的 %n 行未导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) were shown in the report.</source>
        <translation>
            <numerusform>报告中列出了 %n 条提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was recorded in the audit log by %1 at %2: the file, its SHA-256 fingerprint and these counts.</source>
        <translation>此次导入已由 %1 于 %2 记入审计日志，内容包括文件、文件的 SHA-256 指纹和上述行数。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportFilePage</name>
    <message>
        <source>This society file is open read-only, so nothing can be imported into it: %1</source>
        <translation>此学会文件以只读方式打开，无法向其中导入：%1</translation>
    </message>
    <message>
        <source>Choose the Spreadsheet to Import</source>
        <translation>选择要导入的电子表格</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>The register to import into and the spreadsheet that holds its rows.</source>
        <translation>要导入的名册，以及包含数据行的电子表格。</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>名册(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a .csv file</source>
        <translation>.xlsx 工作簿或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Excel and WPS workbooks (.xlsx) are read from their first sheet unless you choose another; CSV files in UTF-8 or GB18030 (what Excel and WPS save on Chinese Windows) are recognised by themselves. The first row holds the column headers, in Chinese or as the English aliases, in any order. Nothing is written until you have seen the check&apos;s report and chosen to import.</source>
        <translation>Excel 和 WPS 工作簿（.xlsx）默认读取第一个工作表，也可另选；UTF-8 或 GB18030 编码（中文版 Windows 上 Excel 和 WPS 保存时使用的编码）的 CSV 文件会自动识别。第一行为表头，可用中文或英文别名，顺序不限。在您查看检查报告并选择导入之前，不会写入任何内容。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportPreview</name>
    <message>
        <source>The file %1 is empty: it has no header row.</source>
        <translation>文件 %1 是空的：没有标题行。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportPreviewPage</name>
    <message>
        <source>First visible sheet</source>
        <translation>第一个可见工作表</translation>
    </message>
    <message>
        <source>%1 — an Excel workbook</source>
        <translation>%1 — Excel 工作簿</translation>
    </message>
    <message>
        <source>%1 — read as %2 (detected)</source>
        <translation>%1 — 按 %2 读取（自动检测）</translation>
    </message>
    <message>
        <source>%1 — read as %2 (chosen)</source>
        <translation>%1 — 按 %2 读取（手动选择）</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>读取为：%1</translation>
    </message>
    <message>
        <source>Not part of the layout: ignored</source>
        <translation>不属于导入格式：将忽略</translation>
    </message>
    <message>
        <source>A second column for the same field</source>
        <translation>与另一列对应同一字段</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Required, missing from the file: no row can be read</source>
        <translation>必需的列，文件中缺少：无法读取任何行</translation>
    </message>
    <message>
        <source>Appears twice: keep one of the columns</source>
        <translation>出现两次：请只保留其中一列</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not part of the layout: ignored, with a warning</source>
        <translation>不属于导入格式：将忽略并给出提示</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be read</source>
        <translation>
            <numerusform>将读取 %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n column(s) are not part of the layout and will be ignored</source>
        <translation>
            <numerusform>；%n 列不属于导入格式，将被忽略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file lacks the required column(s) %1, so no row could be read. Add the column to the file and choose the file again.</source>
        <translation>
            <numerusform>文件缺少必需的列：%1，因此无法读取任何行。请在文件中添加该列，然后重新选择文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A column appears twice; keep one of them and choose the file again.</source>
        <translation>有一列出现了两次；请只保留其中一列，然后重新选择文件。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as read, and how each column of the file is read into the register.</source>
        <translation>读取到的前几行，以及文件中各列如何读入名册。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>First &amp;rows (the numbers are the spreadsheet&apos;s lines):</source>
        <translation>前几行（编号为表格中的行号）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>.</source>
        <comment>full stop ending the column summary</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportProgressPage</name>
    <message>
        <source>Reading and checking the rows…</source>
        <translation>正在读取并检查各行…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportReportModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportReportPage</name>
    <message>
        <source>%1-rejected</source>
        <comment>file name</comment>
        <translation>%1-错误行</translation>
    </message>
    <message>
        <source>The rejected rows will be saved to %1, with an added 错误原因 column, ready to fix and import again.</source>
        <translation>被拒绝的行将保存到 %1，并附加“错误原因”列，改正后可再次导入。</translation>
    </message>
    <message>
        <source>Rejected rows can be saved to a spreadsheet when the valid rows are imported.</source>
        <translation>导入有效的行时，可将被拒绝的行保存为电子表格。</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>The file&apos;s columns do not fit the layout, so no row was read. Nothing will be imported.</source>
        <translation>文件的列与导入格式不符，未读取任何行。不会导入任何内容。</translation>
    </message>
    <message>
        <source>No row can be imported: every row has an error or is already in the register.</source>
        <translation>没有可导入的行：每一行都有错误或已在名册中。</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>全部 %n 行均可导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, listed below with their line, column and reason. As it stands nothing will be imported: fix the file and import it again, or import the valid rows and fix the rejected ones later.</source>
        <translation>
            <numerusform>%n 行有错误，下面列出了其行号、列和原因。按目前的设置，不会导入任何内容：请修改文件后重新导入，或先导入有效的行，稍后再修改被拒绝的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported; the rows with errors will not.</source>
        <translation>
            <numerusform>将导入 %n 个有效行；有错误的行不会导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register will be skipped.</source>
        <translation>
            <numerusform>将跳过名册中已有的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>检查报告</translation>
    </message>
    <message>
        <source>Every row was read and checked, and compared with the register. Nothing has been written yet.</source>
        <translation>已逐行读取、检查并与名册比对。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>with errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Rows &amp;already in the register:</source>
        <translation>名册中已有的行(&amp;A)：</translation>
    </message>
    <message>
        <source>Stop: report them as errors</source>
        <translation>停止：作为错误报告</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>按文件更新</translation>
    </message>
    <message>
        <source>Import all &amp;valid rows (skip the bad ones)</source>
        <translation>导入所有有效的行（跳过错误行）(&amp;V)</translation>
    </message>
    <message>
        <source>Save rejected &amp;rows…</source>
        <translation>保存被拒绝的行(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportReportView</name>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>Line %1, %2 &quot;%3&quot;</source>
        <translation>第 %1 行，%2“%3”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和提示</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>仅提示</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportResultsDialog</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported, supersedes the earlier package</source>
        <translation>已导入，取代此前的报送包</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2年）</translation>
    </message>
    <message>
        <source>%1 — entry: %2</source>
        <translation>%1 — 条目：%2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The import was cancelled before this package.</source>
        <translation>导入在此报送包之前已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个报送包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already imported</source>
        <translation>
            <numerusform>，%n 个此前已导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>，%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not imported (cancelled)</source>
        <translation>
            <numerusform>，%n 个未导入（已取消）</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportWizard</name>
    <message>
        <source>Import from a Spreadsheet</source>
        <translation>从电子表格导入</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportWritePage</name>
    <message>
        <source>Reading the rows again…</source>
        <translation>正在重新读取各行…</translation>
    </message>
    <message>
        <source>%1 changed after it was checked, so nothing was written. Import it again to check the new version.</source>
        <translation>%1 在检查之后发生了变化，因此未写入任何内容。请重新导入，以检查新版本。</translation>
    </message>
    <message>
        <source>Writing to the register in one transaction…</source>
        <translation>正在以单个事务写入名册…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The rows are written in one transaction: either all of them or none.</source>
        <translation>各行在同一事务中写入：要么全部写入，要么全部不写入。</translation>
    </message>
</context>
<context>
    <name>sd::ui::LocationPage</name>
    <message>
        <source>Choose where to save the society file.</source>
        <translation>请选择学会文件的保存位置。</translation>
    </message>
    <message>
        <source>Enter the full path of the file, including its folder.</source>
        <translation>请输入文件的完整路径（含文件夹）。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or open that file instead.</source>
        <translation>%1 已存在；请换一个文件名，或直接打开该文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>Save Society File As</source>
        <translation>学会文件另存为</translation>
    </message>
    <message>
        <source>Society files (*.societydesk)</source>
        <translation>学会文件 (*.societydesk)</translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation>文件保存位置</translation>
    </message>
    <message>
        <source>All of the society&apos;s records are kept in this one file. Keep it in a folder that is backed up.</source>
        <translation>学会的全部记录都保存在这一个文件中。请将它放在有备份的文件夹里。</translation>
    </message>
    <message>
        <source>Society &amp;file:</source>
        <translation>学会文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>Checking file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>File checked.</source>
        <translation>文件检查完毕。</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>今日备份已写入 %1。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Society…</source>
        <translation>新建学会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Society &amp;Profile…</source>
        <translation>学会信息(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SocietyDesk</source>
        <translation>关于学会工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>SocietyDesk</source>
        <translation>学会工作台</translation>
    </message>
    <message>
        <source>%1 — SocietyDesk</source>
        <translation>%1 — 学会工作台</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>未打开文件</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocietyDesk %1&lt;/h3&gt;&lt;p&gt;A workbench for the secretariats of scientific societies: members, governance, reports and submissions, kept in one file per society.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;学会工作台 %1&lt;/h3&gt;&lt;p&gt;科技社团秘书处的工作平台：会员、治理、报告与报送，每个学会的数据保存在一个文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Application ID: %1&lt;br&gt;Qt: %2 (built with %3)&lt;br&gt;Open file: %4&lt;br&gt;Data folder: %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;应用标识：%1&lt;br&gt;Qt：%2（编译时版本 %3）&lt;br&gt;当前文件：%4&lt;br&gt;数据文件夹：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SocietyDesk</source>
        <translation>关于学会工作台</translation>
    </message>
    <message>
        <source>Open &amp;Supervisor Database…</source>
        <translation>打开业务主管单位数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>New Supervisor &amp;Database…</source>
        <translation>新建业务主管单位数据库(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingAttachments</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Document %1 (missing)</source>
        <translation>文件 %1（缺失）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>&amp;Attachments (%1):</source>
        <translation>附件（%1）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>The society file is open read-only.</source>
        <translation>学会文件以只读方式打开。</translation>
    </message>
    <message>
        <source>Attach a Document to %1</source>
        <translation>为 %1 添加附件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.ofd *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>文档 (*.pdf *.doc *.docx *.odt *.ofd *.xls *.xlsx *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not stored.</source>
        <translation>%1 未能存入。</translation>
    </message>
    <message>
        <source>%1 was stored in the society file, but it could not be attached to %2: %3 It is not listed here; add it again once the problem is solved.</source>
        <translation>%1 已存入学会文件，但未能附到 %2：%3 因此未列在此处；问题解决后请重新添加。</translation>
    </message>
    <message>
        <source>%1 is attached to %2.</source>
        <translation>%1 已附到 %2。</translation>
    </message>
    <message>
        <source>The document could not be written out: it is missing or damaged.</source>
        <translation>文件无法导出：文件缺失或已损坏。</translation>
    </message>
    <message>
        <source>Save a Copy of %1</source>
        <translation>另存 %1 的副本</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 无法写入（%2）。</translation>
    </message>
    <message>
        <source>A copy of %1 was saved as %2.</source>
        <translation>%1 的副本已保存为 %2。</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Take %1 off %2? The document stays in the society file&apos;s records (and its audit log) but is no longer listed with the meeting.</source>
        <translation>从 %2 移除 %1？该文件仍保留在学会文件的记录（及审计日志）中，但不再列在此会议下。</translation>
    </message>
    <message>
        <source>%1 was not taken off.</source>
        <translation>%1 未能移除。</translation>
    </message>
    <message>
        <source>%1 was taken off %2.</source>
        <translation>已从 %2 移除 %1。</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>e.g. LS-2025-03</source>
        <translation>如：LS-2025-03</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The text of the notice.</source>
        <translation>会议通知正文。</translation>
    </message>
    <message>
        <source>Agenda Item</source>
        <translation>议程事项</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>添加议程(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>删除议程(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>会议编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>机构(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主持人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Record keeper:</source>
        <translation>记录人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发出日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Replies &amp;due:</source>
        <translation>回执截止(&amp;D)：</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>e.g. 第九届理事会第三次会议</source>
        <translation>如：第九届理事会第三次会议</translation>
    </message>
    <message>
        <source>Enter the meeting date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写会议日期。</translation>
    </message>
    <message>
        <source>Enter the notice&apos;s dates as YYYY-MM-DD, or leave them empty.</source>
        <translation>请按 YYYY-MM-DD 格式填写通知日期，或留空。</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM (24 hours), or leave it empty.</source>
        <translation>请按 HH:MM（24小时制）格式填写时间，或留空。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingEditor</name>
    <message>
        <source>No meeting chosen</source>
        <translation>未选择会议</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>通知发出</translation>
    </message>
    <message>
        <source>Replies due</source>
        <translation>回执截止</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>No agenda items recorded.</source>
        <translation>未登记议程。</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Roll (%1/%2)</source>
        <translation>签到(&amp;R)（%1/%2）</translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation>签到(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>纪要(&amp;M)</translation>
    </message>
    <message>
        <source>Reso&amp;lutions (%1)</source>
        <translation>决议(&amp;L)（%1）</translation>
    </message>
    <message>
        <source>Reso&amp;lutions</source>
        <translation>决议(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>落实(&amp;F)</translation>
    </message>
    <message>
        <source>Printing comes with the document renderers, which are not in this build yet.</source>
        <translation>打印功能依赖文书生成模块，本版本尚未包含。</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete %1 (%2) with its roll, minutes, resolutions and follow-up? This cannot be undone.</source>
        <translation>删除%1（%2）及其签到、纪要、决议和落实记录？此操作不可撤销。</translation>
    </message>
    <message>
        <source>Edit Mee&amp;ting…</source>
        <translation>编辑会议(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Print Min&amp;utes…</source>
        <translation>打印纪要(&amp;U)…</translation>
    </message>
    <message>
        <source>Print Sign-in S&amp;heet…</source>
        <translation>打印签到表(&amp;H)…</translation>
    </message>
    <message>
        <source>Print Noti&amp;ce…</source>
        <translation>打印通知(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingLabels</name>
    <message>
        <source>two thirds</source>
        <translation>三分之二</translation>
    </message>
    <message>
        <source>one half</source>
        <translation>二分之一</translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation>四分之三</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>No quorum applies to this meeting · present %1 of %2</source>
        <translation>本会议不适用法定人数 · 应到 %2 人，实到 %1 人</translation>
    </message>
    <message>
        <source>The roll is empty: no seats of this body in the term on the meeting date.</source>
        <translation>签到名单为空：会议日期所在届次中该机构无成员。</translation>
    </message>
    <message>
        <source>Present %1 of %2, %3 needed — quorate (%4)</source>
        <translation>实到 %1 / 应到 %2，需 %3 — 达到法定人数（%4）</translation>
    </message>
    <message>
        <source>Present %1 of %2, %3 needed — not quorate (%4)</source>
        <translation>实到 %1 / 应到 %2，需 %3 — 未达到法定人数（%4）</translation>
    </message>
    <message>
        <source>%1 · not yet recorded: %2</source>
        <translation>%1 · 尚未登记 %2 人</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>✓ quorate</source>
        <translation>✓ 达到</translation>
    </message>
    <message>
        <source>✗ not quorate</source>
        <translation>✗ 未达到</translation>
    </message>
    <message>
        <source>More than half</source>
        <translation>过半数</translation>
    </message>
    <message>
        <source>At least half</source>
        <translation>半数以上</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>三分之二以上</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingListModel</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed (v%1)</source>
        <translation>已签发（第%1版）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Correction (v%1)</source>
        <translation>更正中（第%1版）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Present/Seats</source>
        <translation>实到/应到</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要状态</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingPrinting</name>
    <message>
        <source>Save Document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The meeting is no longer recorded.</source>
        <translation>该会议已不在记录中。</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation>另存为 ODT…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>An OpenDocument file to edit in Word or WPS</source>
        <translation>可用 Word 或 WPS 编辑的 OpenDocument 文档</translation>
    </message>
    <message>
        <source>An A4 PDF with searchable text</source>
        <translation>A4 版面、文字可检索的 PDF</translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation>另存为 ODT</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sd::ui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Open or create a society file to record its meetings, attendance, minutes and resolutions.</source>
        <translation>打开或新建学会文件，以登记会议、出席情况、纪要和决议。</translation>
    </message>
    <message>
        <source>Follow-up Board</source>
        <translation>决议落实</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>缺席情况</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Year at a Glance</source>
        <translation>年历</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>机构(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Download T&amp;emplate…</source>
        <translation>下载模板(&amp;E)…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席记录</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>共 %1 次会议</translation>
    </message>
    <message>
        <source>%1 · council met %2 times · standing council %3 (Jan–Jun) and %4 (Jul–Dec)</source>
        <translation>%1 · 理事会 %2 次 · 常务理事会上半年 %3 次、下半年 %4 次</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The attendance or the minutes of %1 have changes that are not saved.</source>
        <translation>%1的签到或纪要有未保存的修改。</translation>
    </message>
</context>
<context>
    <name>sd::ui::MemberBatch</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Approving applicants…</source>
        <translation>正在批准入会申请…</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准入会</translation>
    </message>
    <message>
        <source>Changing the status…</source>
        <translation>正在更改状态…</translation>
    </message>
    <message>
        <source>Changing the grade…</source>
        <translation>正在更改会员类别…</translation>
    </message>
    <message>
        <source>Recording dues…</source>
        <translation>正在登记会费…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MemberDialog</name>
    <message>
        <source>This ID number already belongs to member %1 (%2).</source>
        <translation>此证件号码已属于会员 %1（%2）。</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Member Not Saved</source>
        <translation>会员未保存</translation>
    </message>
    <message>
        <source>The member could not be saved.</source>
        <translation>无法保存该会员。</translation>
    </message>
    <message>
        <source>Member %1 — %2</source>
        <translation>会员 %1 — %2</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>The file is open read-only: changes cannot be saved.</source>
        <translation>文件以只读方式打开，修改无法保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::MemberFilterBar</name>
    <message>
        <source>Search name, affiliation, member no. or mobile (Ctrl+F)</source>
        <translation>搜索姓名、工作单位、会员编号或手机（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any part of a name or affiliation; the start of a member number; the start or the last digits of a mobile number.</source>
        <translation>姓名或工作单位中的任意部分；会员编号的开头部分；手机号码的开头或末尾几位。</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部会员类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Front line: any</source>
        <translation>基层一线：不限</translation>
    </message>
    <message>
        <source>Front line: yes</source>
        <translation>基层一线：是</translation>
    </message>
    <message>
        <source>Front line: no</source>
        <translation>基层一线：否</translation>
    </message>
    <message>
        <source>Front line: unknown</source>
        <translation>基层一线：未知</translation>
    </message>
    <message>
        <source>Joined: any year</source>
        <translation>入会年份：不限</translation>
    </message>
    <message>
        <source>Joined in </source>
        <translation>入会年份：</translation>
    </message>
    <message>
        <source>Members whose join date falls in this year</source>
        <translation>入会日期在该年份内的会员</translation>
    </message>
    <message>
        <source>Dues: any year</source>
        <translation>缴费年度：不限</translation>
    </message>
    <message>
        <source>Dues paid for </source>
        <translation>缴费年度：</translation>
    </message>
    <message>
        <source>Members with a dues payment for this year</source>
        <translation>该年度有会费缴纳记录的会员</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>清除搜索内容和所有筛选条件</translation>
    </message>
</context>
<context>
    <name>sd::ui::MemberForm</name>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作信息</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会籍信息</translation>
    </message>
    <message>
        <source>Member &amp;no.:</source>
        <translation>会员编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>工作单位(&amp;A)：</translation>
    </message>
    <message>
        <source>Affiliation t&amp;ype:</source>
        <translation>单位性质(&amp;Y)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>Professional &amp;title:</source>
        <translation>职称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Front line:</source>
        <translation>基层一线(&amp;F)：</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>会员类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Appli&amp;cation date:</source>
        <translation>申请日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Appro&amp;val date:</source>
        <translation>批准日期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Join date:</source>
        <translation>入会日期(&amp;J)：</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>退会日期(&amp;X)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位数字</translation>
    </message>
    <message>
        <source>Required when the status is withdrawn, expelled or deceased</source>
        <translation>状态为退会、除名或去世时必填</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show the full ID number (the audit log records it)</source>
        <translation>显示完整的证件号码（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>sd::ui::MemberTableModel</name>
    <message>
        <source>Member No.</source>
        <translation>会员编号</translation>
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
        <source>Date of Birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Front Line</source>
        <translation>基层一线</translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match</source>
        <translation>
            <numerusform>%Ln 名会员符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>共 %Ln 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were left unchanged:</source>
        <translation>
            <numerusform>%n 名会员未更改：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…另有 %n 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>已添加会员。</translation>
    </message>
    <message>
        <source>Member saved.</source>
        <translation>已保存会员。</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 名申请人入会。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status changed to %1 for %n member(s).</source>
        <translation>
            <numerusform>已将 %n 名会员的状态改为%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grade changed for %n member(s).</source>
        <translation>
            <numerusform>已更改 %n 名会员的会员类别。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dues for %1 recorded for %n member(s).</source>
        <translation>
            <numerusform>已为 %n 名会员登记 %1 年度会费。</numerusform>
        </translation>
    </message>
    <message>
        <source>No society file is open.
Create a new society or open a file from the File menu.</source>
        <translation>尚未打开学会文件。
请从“文件”菜单新建学会或打开文件。</translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation>添加会员…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Insert)</source>
        <translation>添加会员（Ctrl+Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open the selected member (Enter)</source>
        <translation>打开所选会员（Enter）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve the selected applicants</source>
        <translation>批准所选申请人入会</translation>
    </message>
    <message>
        <source>Change Status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <source>Change Grade…</source>
        <translation>更改会员类别…</translation>
    </message>
    <message>
        <source>Record Dues…</source>
        <translation>登记会费…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import members from a spreadsheet</source>
        <translation>从电子表格导入会员</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the members shown to a spreadsheet</source>
        <translation>将当前显示的会员导出为电子表格</translation>
    </message>
    <message>
        <source>Download Template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>Save an empty spreadsheet with the columns an import reads</source>
        <translation>保存一个空白电子表格，其中含有导入时读取的各列</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) marked as lapsed (欠费).</source>
        <translation>
            <numerusform>已将 %n 名会员标记为欠费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Dues…</source>
        <translation>会费审查…</translation>
    </message>
    <message>
        <source>Apply the charter&apos;s lapse rule: members to mark 欠费, and lapsed members to consider for 退会</source>
        <translation>按章程的欠费规定审查：待标记欠费的会员，以及需考虑退会的欠费会员</translation>
    </message>
    <message>
        <source>Grades and Dues Standards…</source>
        <translation>会员类别与会费标准…</translation>
    </message>
    <message>
        <source>Edit the member grades and the dues each grade pays per year</source>
        <translation>编辑会员类别及各类别每年应缴的会费</translation>
    </message>
    <message>
        <source>Marking members as lapsed…</source>
        <translation>正在将会员标记为欠费…</translation>
    </message>
</context>
<context>
    <name>sd::ui::MinutesPanel</name>
    <message>
        <source>v%1 · signed %2 · %3</source>
        <translation>第%1版 · %2 签发 · %3</translation>
    </message>
    <message>
        <source>v%1 · draft</source>
        <translation>第%1版 · 草稿</translation>
    </message>
    <message>
        <source>%1 · corrects: %2</source>
        <translation>%1 · 更正：%2</translation>
    </message>
    <message>
        <source>No minutes yet: write the draft here and save it.</source>
        <translation>尚无纪要：请在此撰写草稿并保存。</translation>
    </message>
    <message>
        <source>Version %1, superseded: read-only.</source>
        <translation>第%1版，已被更正：只读。</translation>
    </message>
    <message>
        <source>Correcting version %1: edit the text, then Save Correction… with a note.</source>
        <translation>正在更正第%1版：修改正文后，点击“保存更正…”并填写说明。</translation>
    </message>
    <message>
        <source>Version %1 signed off by %2 on %3 — locked. A change is a correction with a note.</source>
        <translation>第%1版已由%2于 %3 签发——已锁定。如需修改，请作更正并说明。</translation>
    </message>
    <message>
        <source>Correction v%1 (%2): a draft until signed off.</source>
        <translation>更正第%1版（%2）：签发前为草稿。</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>草稿，最后保存于 %1。</translation>
    </message>
    <message>
        <source>Save &amp;Correction…</source>
        <translation>保存更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>The minutes were not saved.</source>
        <translation>纪要未保存。</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Si&amp;gn Off…</source>
        <translation>签发(&amp;G)…</translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation>更正(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel Correctio&amp;n</source>
        <translation>取消更正(&amp;N)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>The minutes: the discussion of each agenda item and what was decided.</source>
        <translation>会议纪要：各项议程的讨论情况及决定事项。</translation>
    </message>
</context>
<context>
    <name>sd::ui::NoteDialog</name>
    <message>
        <source>Progress Note</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>进展情况(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::OfficerDialog</name>
    <message>
        <source>%1: New Leader</source>
        <translation>%1：更换负责人</translation>
    </message>
    <message>
        <source>%1: New Secretary</source>
        <translation>%1：更换秘书</translation>
    </message>
    <message>
        <source>optional: links the officer to the member</source>
        <translation>可选：关联到会员</translation>
    </message>
    <message>
        <source>The current leader&apos;s term ends on the date the new one starts.</source>
        <translation>现任负责人的任期在新负责人开始之日结束。</translation>
    </message>
    <message>
        <source>The current secretary&apos;s term ends on the date the new one starts.</source>
        <translation>现任秘书的任期在新秘书开始之日结束。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Member No.:</source>
        <translation>会员编号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>日期请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::OverviewModel</name>
    <message>
        <source>Individual members</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>Unit members</source>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Council seats</source>
        <translation>理事</translation>
    </message>
    <message>
        <source>Standing council seats</source>
        <translation>常务理事</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Missing parts:
%1</source>
        <translation>缺少的部分：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n 项不通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the package</source>
        <translation>报送包中没有此项</translation>
    </message>
    <message>
        <source>%1: not checked in this package</source>
        <translation>%1：此报送包未检查该项</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation>打包日期</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>How many checks the society fails</source>
        <translation>该学会不通过的检查项数</translation>
    </message>
    <message>
        <source>The date the package was made (Bagging-Date)</source>
        <translation>报送包的打包日期（Bagging-Date）</translation>
    </message>
    <message>
        <source>Status of check %1</source>
        <translation>检查项 %1 的结果</translation>
    </message>
</context>
<context>
    <name>sd::ui::PackSelector</name>
    <message>
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>The packs evaluated; at first those the society&apos;s settings name. Space checks or unchecks one.</source>
        <translation>参与检查的规则包，默认为学会设置中指定的规则包。按空格键勾选或取消。</translation>
    </message>
    <message>
        <source>&amp;Load Pack File…</source>
        <translation>载入规则包文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Evaluate a rule pack from a file as well (checked as a shipped pack is).</source>
        <translation>另从文件载入规则包一并检查（与内置规则包同样校验）。</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（文件 %2）</translation>
    </message>
    <message>
        <source>%1 — covers part of its source so far</source>
        <translation>%1 — 目前只涵盖其来源文件的部分要求</translation>
    </message>
</context>
<context>
    <name>sd::ui::PrepareTermDialog</name>
    <message>
        <source>Prepare Next Term</source>
        <translation>换届筹备</translation>
    </message>
    <message>
        <source>%1 is prepared as a draft: add its candidates to each body, check the composition, print the ballots, record the count, then elect it.</source>
        <translation>%1将作为筹备届次建立：为各机构录入候选人，核查构成，打印选票，录入计票，然后确认当选。</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>计划开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Enter the planned start as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入计划开始日期。</translation>
    </message>
    <message>
        <source>The draft term could not be opened.</source>
        <translation>无法建立筹备届次。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProfileDialog</name>
    <message>
        <source>Society Profile</source>
        <translation>学会信息</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>学会信息(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;harter and rules</source>
        <translation>章程与规则(&amp;H)</translation>
    </message>
    <message>
        <source>This file is open read-only; the profile and charter cannot be changed.</source>
        <translation>此文件以只读方式打开，学会信息和章程设置不能修改。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProfileFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Supervising unit:</source>
        <translation>业务主管单位(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Registration authority:</source>
        <translation>登记管理机关(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>The full registered name, e.g. Hubei Society of Mechanical Engineering</source>
        <translation>登记的全称，例如：湖北省机械工程学会</translation>
    </message>
    <message>
        <source>As printed on English documents</source>
        <translation>英文文件上使用的名称</translation>
    </message>
    <message>
        <source>18 characters; may stay empty until the first submission</source>
        <translation>18 位；首次报送前可暂不填写</translation>
    </message>
    <message>
        <source>e.g. Hubei Association for Science and Technology</source>
        <translation>例如：湖北省科学技术协会</translation>
    </message>
    <message>
        <source>e.g. Hubei Provincial Department of Civil Affairs</source>
        <translation>例如：湖北省民政厅</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProfileWizard</name>
    <message>
        <source>New Society</source>
        <translation>新建学会</translation>
    </message>
    <message>
        <source>The society&apos;s name</source>
        <translation>学会名称</translation>
    </message>
    <message>
        <source>As registered with the civil affairs authority; it heads every report.</source>
        <translation>与民政部门登记的名称一致，将出现在每份报告的标题中。</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The 18-character code on the registration certificate. It is checked as you type; you may leave it empty and add it before the first submission.</source>
        <translation>登记证书上的 18 位代码。输入时即进行校验；可暂不填写，在首次报送前补充。</translation>
    </message>
    <message>
        <source>Supervision and registration</source>
        <translation>业务主管与登记</translation>
    </message>
    <message>
        <source>The supervising unit, the registration authority, the address and the founding date, as on the certificate.</source>
        <translation>按登记证书填写业务主管单位、登记管理机关、地址和成立日期。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProgressEntryDialog</name>
    <message>
        <source>Progress in %1</source>
        <translation>%1 进度</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove Entry</source>
        <translation>删除记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Value reached:</source>
        <translation>完成值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
    <message>
        <source>%1 %2 — %3. Target: %4.</source>
        <translation>%1 %2 — %3。目标值：%4。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the Evidence</source>
        <translation>选择佐证材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The progress was not recorded.</source>
        <translation>进度未记录。</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove the progress recorded for %1?</source>
        <translation>删除 %1 的进度记录？</translation>
    </message>
    <message>
        <source>The entry was not removed.</source>
        <translation>记录未删除。</translation>
    </message>
</context>
<context>
    <name>sd::ui::PublishDialog</name>
    <message>
        <source>Publish the %1 Report</source>
        <translation>发布%1年度报告</translation>
    </message>
    <message>
        <source>Once published, the %1 report is locked: a later change is a correction, kept as a new version with a note.</source>
        <translation>%1年度报告发布后即锁定：此后的修改须作为更正，保存为附说明的新版本。</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>发布日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>The report was not published.</source>
        <translation>报告未发布。</translation>
    </message>
</context>
<context>
    <name>sd::ui::RecentChanges</name>
    <message>
        <source>No changes yet</source>
        <translation>暂无改动</translation>
    </message>
    <message>
        <source>Society profile entered</source>
        <translation>录入了学会信息</translation>
    </message>
    <message>
        <source>Society profile changed</source>
        <translation>修改了学会信息</translation>
    </message>
    <message>
        <source>Society settings changed</source>
        <translation>修改了学会设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近改动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>sd::ui::RecordCountDialog</name>
    <message>
        <source>Record Count — %1</source>
        <translation>录入计票 — %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>得票</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Ballots cast:</source>
        <translation>投票数(&amp;B)：</translation>
    </message>
    <message>
        <source>More than half of the ballots cast elects a candidate; exactly half does not.</source>
        <translation>得票超过投票数的半数即当选；恰好半数不当选。</translation>
    </message>
    <message>
        <source>%1: the votes must be between 0 and the %2 ballots cast.</source>
        <translation>%1：得票须在 0 到投票数 %2 之间。</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>当选</translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation>未当选</translation>
    </message>
    <message>
        <source>The draft has no candidates yet: add them to its bodies first.</source>
        <translation>筹备届次尚无候选人：请先为各机构录入候选人。</translation>
    </message>
    <message>
        <source>Enter the number of ballots cast.</source>
        <translation>请输入投票数。</translation>
    </message>
    <message>
        <source>%1 of %2 candidates elected.</source>
        <translation>%2 名候选人中 %1 名当选。</translation>
    </message>
    <message>
        <source>The count could not be saved.</source>
        <translation>无法保存计票。</translation>
    </message>
</context>
<context>
    <name>sd::ui::RecordNames</name>
    <message>
        <source>Individual members</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>Unit members</source>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Member grades</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Dues payments</source>
        <translation>会费缴纳记录</translation>
    </message>
    <message>
        <source>Dues standards</source>
        <translation>会费标准</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>秘书处工作人员</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>Society file</source>
        <translation>学会文件</translation>
    </message>
    <message>
        <source>Society profile</source>
        <translation>学会信息</translation>
    </message>
    <message>
        <source>Society settings</source>
        <translation>学会设置</translation>
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
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>exported unmasked</source>
        <translation>未脱敏导出</translation>
    </message>
    <message>
        <source>full ID number shown</source>
        <translation>查看完整证件号</translation>
    </message>
    <message>
        <source>marked as lapsed</source>
        <translation>标记为欠费</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>votes counted</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>选举产生</translation>
    </message>
    <message>
        <source>demo records added</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <source>Branch filings</source>
        <translation>分支机构备案</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>会议出席记录</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Resolution follow-up</source>
        <translation>决议落实</translation>
    </message>
    <message>
        <source>roll regenerated</source>
        <translation>重新生成签到名单</translation>
    </message>
    <message>
        <source>reply recorded</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>progress noted</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <source>document attached</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>sd::ui::RecordsTab</name>
    <message>
        <source>Add Staff Member…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>用工方式</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Add Regulation…</source>
        <translation>添加制度…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Adopted On</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Adopted By</source>
        <translation>通过会议</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add Attestation…</source>
        <translation>添加证明…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Attested By</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>The document could not be written out: it is missing or damaged.</source>
        <translation>无法导出该文件：文件缺失或已损坏。</translation>
    </message>
    <message>
        <source>&amp;Replace Document…</source>
        <translation>替换文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the Document of %1</source>
        <translation>替换“%1”的文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>文件 (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The document could not be replaced.</source>
        <translation>无法替换文件。</translation>
    </message>
    <message>
        <source>The document of %1 is now %2.</source>
        <translation>“%1”的文件已替换为 %2。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ReformPlanPage</name>
    <message>
        <source>Reform plan</source>
        <translation>改革方案</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>The reform plan was written to %1.</source>
        <translation>改革方案已写入 %1。</translation>
    </message>
    <message>
        <source>The reform plan was not written: %1</source>
        <translation>改革方案未写入：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必选</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>自选</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>⚠ %1 → %2</source>
        <translation>⚠ %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The indicator, baseline or target is not set.</source>
        <translation>考核指标、基线或目标值尚未设置。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Evidence attached.</source>
        <translation>已附佐证材料。</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>%1, %2: nothing entered for a month that has ended.</source>
        <translation>%1，%2：该月已结束，尚未填报。</translation>
    </message>
    <message>
        <source>%1, %2: the month has not ended.</source>
        <translation>%1，%2：该月尚未结束。</translation>
    </message>
    <message numerus="yes">
        <source>Missing: the month has ended with nothing entered (%n cells)</source>
        <translation>
            <numerusform>未填：月份已结束但未填报（%n 格）</numerusform>
        </translation>
    </message>
    <message>
        <source>Month not ended yet</source>
        <translation>月份尚未结束</translation>
    </message>
    <message>
        <source>✓ evidence attached. Enter or double-click a cell to record progress.</source>
        <translation>✓ 已附佐证材料。按回车键或双击单元格填报进度。</translation>
    </message>
    <message>
        <source>The file is open read-only: the plan can be read and exported, not changed.</source>
        <translation>文件以只读方式打开：方案可查看和导出，不能修改。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 reform plan was created with %n tasks; choose its optional tasks next.</source>
        <translation>
            <numerusform>已创建%1年度改革方案，含 %n 项任务；请接着选择自选任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack %1 offers no optional tasks.</source>
        <translation>规则包 %1 没有自选任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n optional tasks chosen.</source>
        <translation>
            <numerusform>已选定 %n 项自选任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 saved.</source>
        <translation>任务 %1 已保存。</translation>
    </message>
    <message>
        <source>The file is open read-only: progress cannot be entered.</source>
        <translation>文件以只读方式打开：不能填报进度。</translation>
    </message>
    <message>
        <source>Progress of %1 for %2 saved.</source>
        <translation>%1 在 %2 的进度已保存。</translation>
    </message>
    <message>
        <source>The problems were not saved.</source>
        <translation>存在的问题未保存。</translation>
    </message>
    <message>
        <source>The problems were saved.</source>
        <translation>存在的问题已保存。</translation>
    </message>
    <message>
        <source>Refill from Findings</source>
        <translation>按检查结果重新填写</translation>
    </message>
    <message>
        <source>Replace the problems with the failing and missing-data findings of %1? What is written now is lost.</source>
        <translation>用 %1 的未达标和缺少数据的检查结果替换存在的问题？现有内容将丢失。</translation>
    </message>
    <message>
        <source>Reform plan %1 %2.pdf</source>
        <translation>改革方案 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export Reform Plan</source>
        <translation>导出改革方案</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF 文档 (*.pdf);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>A reform plan is written as a .pdf or .odt file; %1 is neither.</source>
        <translation>改革方案只能导出为 .pdf 或 .odt 文件；%1 都不是。</translation>
    </message>
    <message>
        <source>Open or create a society file to write its reform plan.</source>
        <translation>请打开或新建学会文件以编制改革方案。</translation>
    </message>
    <message>
        <source>The society applies no rule pack; choose its packs in the society settings.</source>
        <translation>学会未启用任何规则包；请在学会设置中选择规则包。</translation>
    </message>
    <message>
        <source>There is no %1 reform plan for %2 yet. Create Plan… starts it: the problems found are pre-filled from the findings and the pack&apos;s mandatory tasks added.</source>
        <translation>%2 尚无%1年度改革方案。点击“新建方案…”创建：存在的问题将根据检查结果预先填写，并加入规则包的必选任务。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>规则包(&amp;P)：</translation>
    </message>
    <message>
        <source>The rule pack the plan answers to: the society&apos;s packs.</source>
        <translation>方案所依据的规则包：学会启用的规则包。</translation>
    </message>
    <message>
        <source>&amp;Create Plan…</source>
        <translation>新建方案(&amp;C)…</translation>
    </message>
    <message>
        <source>Start the year&apos;s plan for the pack: problems from the findings, the mandatory tasks.</source>
        <translation>为该规则包创建本年度方案：存在的问题取自检查结果，并加入必选任务。</translation>
    </message>
    <message>
        <source>C&amp;hoose Optional Tasks…</source>
        <translation>选择自选任务(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the optional tasks the society takes on (at least the pack&apos;s minimum).</source>
        <translation>选择学会承担的自选任务（不少于规则包要求的最低数量）。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the plan as PDF or ODT (Ctrl+E).</source>
        <translation>将方案导出为 PDF 或 ODT（Ctrl+E）。</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>One problem a line.</source>
        <translation>每行一个问题。</translation>
    </message>
    <message>
        <source>&amp;Refill from Findings</source>
        <translation>按检查结果重新填写(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the text with the failing and missing-data findings (asks first).</source>
        <translation>用未达标和缺少数据的检查结果替换现有内容（会先询问）。</translation>
    </message>
    <message>
        <source>&amp;Save Problems</source>
        <translation>保存问题(&amp;S)</translation>
    </message>
    <message>
        <source>Save the problems (Ctrl+S); they are also saved when you leave the page.</source>
        <translation>保存存在的问题（Ctrl+S）；离开本页时也会自动保存。</translation>
    </message>
    <message>
        <source>Tasks (%1 mandatory, %2 optional)</source>
        <translation>任务（必选 %1 项，自选 %2 项）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>基线 → 目标值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Edit Task…</source>
        <translation>编辑任务(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected task&apos;s indicator, targets, steps, deadline, owner and status (Enter).</source>
        <translation>编辑所选任务的考核指标、目标、工作步骤、完成时限、责任人和状态（回车键）。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n tasks have no indicator, baseline or target yet.</source>
        <translation>
            <numerusform>⚠ 有 %n 项任务尚未设置考核指标、基线或目标值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every task has its indicator, baseline and target.</source>
        <translation>所有任务均已设置考核指标、基线和目标值。</translation>
    </message>
    <message>
        <source>Monthly progress</source>
        <translation>月度进展</translation>
    </message>
    <message>
        <source>Writing the %1 reform plan to %2…</source>
        <translation>正在将%1年度改革方案写入 %2…</translation>
    </message>
    <message>
        <source>there is no %1 reform plan for %2</source>
        <translation>%2 没有%1年度改革方案</translation>
    </message>
</context>
<context>
    <name>sd::ui::RegulationDialog</name>
    <message>
        <source>Meeting rules</source>
        <translation>会议制度</translation>
    </message>
    <message>
        <source>Membership rules</source>
        <translation>会员管理制度</translation>
    </message>
    <message>
        <source>Branch rules</source>
        <translation>分支机构管理制度</translation>
    </message>
    <message>
        <source>Part-time leaders&apos; conduct</source>
        <translation>兼职负责人行为规范</translation>
    </message>
    <message>
        <source>Personnel rules</source>
        <translation>人事管理制度</translation>
    </message>
    <message>
        <source>Finance rules</source>
        <translation>财务管理制度</translation>
    </message>
    <message>
        <source>Archive rules</source>
        <translation>档案管理制度</translation>
    </message>
    <message>
        <source>Supervision rules</source>
        <translation>监督制度</translation>
    </message>
    <message>
        <source>Disclosure rules</source>
        <translation>信息公开制度</translation>
    </message>
    <message>
        <source>Major decisions</source>
        <translation>重大事项决策制度</translation>
    </message>
    <message>
        <source>Service conduct</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>工作人员行为规范</translation>
    </message>
    <message>
        <source>Supervisory board rules</source>
        <translation>监事会工作制度</translation>
    </message>
    <message>
        <source>Dispute resolution</source>
        <translation>纠纷处理制度</translation>
    </message>
    <message>
        <source>Member feedback</source>
        <translation>会员意见反馈制度</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>章程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Add Regulation</source>
        <translation>添加制度</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>通过日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation>通过会议(&amp;B)：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 输入日期，或留空。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ReplyDelegate</name>
    <message>
        <source>No reply</source>
        <translation>未回执</translation>
    </message>
</context>
<context>
    <name>sd::ui::ReportCorrectionDialog</name>
    <message>
        <source>Correct the Published %1 Report</source>
        <translation>更正已发布的%1年度报告</translation>
    </message>
    <message>
        <source>e.g. 更正第四部分的会员人数</source>
        <translation>例如：更正第四部分的会员人数</translation>
    </message>
    <message>
        <source>The sections checked take the text you edited; the report stays published, and the correction is kept as a new version with your note.</source>
        <translation>勾选的部分将采用您修改后的文字；报告仍为已发布状态，更正连同说明保存为新版本。</translation>
    </message>
    <message>
        <source>&amp;Sections corrected:</source>
        <translation>更正的部分(&amp;S)：</translation>
    </message>
    <message>
        <source>What it &amp;corrects:</source>
        <translation>更正说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Save &amp;Correction</source>
        <translation>保存更正(&amp;C)</translation>
    </message>
    <message>
        <source>Check at least one section to correct.</source>
        <translation>请至少勾选一个要更正的部分。</translation>
    </message>
    <message>
        <source>The correction was not saved.</source>
        <translation>更正未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ResolutionDialog</name>
    <message>
        <source>Edit Resolution %1</source>
        <translation>编辑决议 %1</translation>
    </message>
    <message>
        <source>New Resolution</source>
        <translation>新增决议</translation>
    </message>
    <message>
        <source>What the meeting resolved, as the minutes say it.</source>
        <translation>会议决定的事项，按纪要表述填写。</translation>
    </message>
    <message>
        <source>&amp;Votes counted</source>
        <translation>计票(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Secret ballot</source>
        <translation>无记名投票(&amp;S)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未载明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In &amp;favour:</source>
        <translation>赞成(&amp;F)：</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>反对(&amp;G)：</translation>
    </message>
    <message>
        <source>A&amp;bstaining:</source>
        <translation>弃权(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>表决规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Minutes &amp;record:</source>
        <translation>纪要记载(&amp;R)：</translation>
    </message>
    <message>
        <source>Adopts re&amp;gulation:</source>
        <translation>通过制度(&amp;G)：</translation>
    </message>
    <message>
        <source>Concerns &amp;branch:</source>
        <translation>涉及分支机构(&amp;B)：</translation>
    </message>
    <message>
        <source>Present at the meeting: %1 of %2 seats.</source>
        <translation>到会：应到 %2 人，实到 %1 人。</translation>
    </message>
    <message>
        <source>The attendance is not recorded yet.</source>
        <translation>尚未登记出席情况。</translation>
    </message>
    <message>
        <source>Outcome: %1 — %2 in favour of %3 present, %4 needed.</source>
        <translation>表决结果：%1——到会 %3 人，赞成 %2 票，需 %4 票。</translation>
    </message>
    <message>
        <source>Outcome: %1 (as the minutes record it).</source>
        <translation>表决结果：%1（以纪要记载为准）。</translation>
    </message>
    <message>
        <source>Outcome: not known — no votes and no recorded outcome.</source>
        <translation>表决结果：不详——既无票数，也无纪要记载。</translation>
    </message>
    <message>
        <source>Enter the text of the resolution.</source>
        <translation>请填写决议内容。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ResolutionsPanel</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>No resolutions recorded for this meeting.</source>
        <translation>本次会议未登记决议。</translation>
    </message>
    <message>
        <source>Computed: %1 — %2 in favour of %3 present, %4 needed (%5).</source>
        <translation>核算结果：%1——到会 %3 人，赞成 %2 票，需 %4 票（%5）。</translation>
    </message>
    <message>
        <source>Adopts the regulation “%1”.</source>
        <translation>通过制度《%1》。</translation>
    </message>
    <message>
        <source>Concerns the branch %1.</source>
        <translation>涉及分支机构：%1。</translation>
    </message>
    <message>
        <source>Remove Resolution</source>
        <translation>删除决议</translation>
    </message>
    <message>
        <source>Remove resolution %1 (%2) with its votes and follow-up?</source>
        <translation>删除第 %1 项决议（%2）及其表决和落实记录？</translation>
    </message>
    <message>
        <source>&amp;Add Resolution…</source>
        <translation>新增决议(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>删除(&amp;V)…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>表决规则</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>无记名</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>纪要记载</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>核算结果</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
</context>
<context>
    <name>sd::ui::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>项目符号</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>sd::ui::RollModel</name>
    <message>
        <source>By whom?</source>
        <translation>受托人？</translation>
    </message>
    <message>
        <source>Click, or press Space, to change; 1 present, 2 excused, 3 absent, 4 proxy, 0 not recorded.</source>
        <translation>单击或按空格键切换；1 出席，2 请假，3 缺席，4 委托，0 未登记。</translation>
    </message>
    <message>
        <source>Who attends for %1 (double-click or F2 to edit).</source>
        <translation>代%1出席的人（双击或按 F2 编辑）。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member No.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Reply Slip</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>受托人</translation>
    </message>
</context>
<context>
    <name>sd::ui::RollPanel</name>
    <message>
        <source>The attendance was not saved.</source>
        <translation>出席情况未保存。</translation>
    </message>
    <message>
        <source>Regenerate Roll</source>
        <translation>重新生成签到名单</translation>
    </message>
    <message>
        <source>Rebuild the roll of %1 from the seats held on %2? The marks of people still on it are kept; people who no longer hold a seat are taken off.</source>
        <translation>按 %2 的任职情况重新生成%1的签到名单？仍在名单中的人员保留已登记的出席情况；已不再任职的人员将被移出。</translation>
    </message>
    <message>
        <source>Present %1 · excused %2 · absent %3 · proxy %4 · not recorded %5</source>
        <translation>出席 %1 · 请假 %2 · 缺席 %3 · 委托 %4 · 未登记 %5</translation>
    </message>
    <message>
        <source>&amp;Save Attendance</source>
        <translation>保存签到(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;generate Roll…</source>
        <translation>重新生成名单(&amp;G)…</translation>
    </message>
    <message>
        <source>Rebuild the roll from the seats of the term current on the meeting date.</source>
        <translation>按会议日期所在届次的任职情况重新生成签到名单。</translation>
    </message>
    <message>
        <source>Click a mark, or press Space, to cycle present → excused → absent → proxy; keys 1–4 set it and move down, 0 clears it.</source>
        <translation>单击出席情况或按空格键，依次切换 出席 → 请假 → 缺席 → 委托；按 1–4 直接设置并跳到下一行，按 0 清除。</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>签到名单</translation>
    </message>
</context>
<context>
    <name>sd::ui::SaveVersionDialog</name>
    <message>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>e.g. 提交秘书长审阅前</source>
        <translation>例如：提交秘书长审阅前</translation>
    </message>
    <message>
        <source>The working copy of the %1 report is kept as it is now: its narratives and its figures. A version can be compared and restored later.</source>
        <translation>按%1年度报告工作稿的当前状态（文字和数据）保存一个版本。之后可以比较或恢复该版本。</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>说明（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>保存版本(&amp;S)</translation>
    </message>
    <message>
        <source>The version was not saved.</source>
        <translation>版本未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::SeatDialog</name>
    <message>
        <source>Edit Seat — %1</source>
        <translation>编辑任职 — %1</translation>
    </message>
    <message>
        <source>Add Seat — %1</source>
        <translation>添加任职 — %1</translation>
    </message>
    <message>
        <source>Type a name or a member number</source>
        <translation>输入姓名或会员编号</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Front-line:</source>
        <translation>基层一线(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;olitical status:</source>
        <translation>政治面貌(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>工作单位(&amp;A)：</translation>
    </message>
    <message>
        <source>Full-&amp;time:</source>
        <translation>专职(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>An outside person (not in the register).</source>
        <translation>非会员人员（不在会员名册中）。</translation>
    </message>
    <message>
        <source>Member %1 of the register.</source>
        <translation>会员名册中的会员 %1。</translation>
    </message>
    <message>
        <source>Member %1 of the register: facts filled from the register.</source>
        <translation>会员名册中的会员 %1：信息已从名册填入。</translation>
    </message>
    <message>
        <source>Pick the member (↓ then Enter), or go on typing for an outside person.</source>
        <translation>选择会员（按 ↓ 再按回车），或继续输入以添加非会员人员。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Enter the birth date as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 输入出生日期，或留空。</translation>
    </message>
    <message>
        <source>Enter the start as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 输入开始日期，或留空。</translation>
    </message>
    <message>
        <source>Enter the end as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 输入结束日期，或留空。</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The seat could not be saved.</source>
        <translation>无法保存该任职。</translation>
    </message>
</context>
<context>
    <name>sd::ui::SeatTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not seated on %1</source>
        <translation>%1 不在任</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Member No.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born (Age)</source>
        <translation>出生日期（年龄）</translation>
    </message>
    <message>
        <source>Front-line</source>
        <translation>基层一线</translation>
    </message>
    <message>
        <source>Political Status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>sd::ui::SectionPanel</name>
    <message>
        <source>Not saved yet…</source>
        <translation>尚未保存…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>The narrative was not saved.</source>
        <translation>文字未保存。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Read-only: the file was written by a newer SocietyDesk.</source>
        <translation>只读：该文件由更新版本的学会工作台写入。</translation>
    </message>
    <message>
        <source>Create the draft to write the narratives.</source>
        <translation>请先创建草稿，再撰写文字部分。</translation>
    </message>
    <message>
        <source>Correcting: edit the sections to correct, then Save Correction… with a note. Nothing is saved before.</source>
        <translation>正在更正：修改需要更正的部分，然后点击“保存更正…”并填写说明。在此之前不会保存。</translation>
    </message>
    <message>
        <source>Saved automatically as you type.</source>
        <translation>输入内容自动保存。</translation>
    </message>
    <message>
        <source>Read-only: the report is %1. Return it to draft to edit it.</source>
        <translation>只读：报告状态为“%1”。如需修改，请先退回草稿。</translation>
    </message>
    <message>
        <source>Read-only: the report is published and locked. A change is a correction (Correct…).</source>
        <translation>只读：报告已发布并锁定。如需修改，请作更正（更正…）。</translation>
    </message>
    <message>
        <source>taken from the records %1</source>
        <translation>提取于 %1</translation>
    </message>
    <message>
        <source>not taken from the records yet</source>
        <translation>尚未从记录提取</translation>
    </message>
    <message>
        <source>computed from the records now</source>
        <translation>按当前记录计算</translation>
    </message>
    <message>
        <source>Generated part</source>
        <translation>自动生成部分</translation>
    </message>
    <message>
        <source>&amp;Refresh from Records</source>
        <translation>从记录刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Take the section&apos;s figures from the records again (a draft only).</source>
        <translation>从记录重新提取本部分数据（仅限草稿）。</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>文字部分(&amp;N)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>文字部分</translation>
    </message>
    <message>
        <source>What the secretariat writes for this section: the year&apos;s work, its results, what comes next.</source>
        <translation>秘书处为本部分撰写的文字：本年度的工作、成效和下一步打算。</translation>
    </message>
    <message>
        <source>The section&apos;s figures, tables and charts, as the report prints them, appear here.</source>
        <translation>本部分的数据、表格和图表（与报告打印效果一致）显示在此处。</translation>
    </message>
    <message>
        <source>Finance Su&amp;mmary…</source>
        <translation>财务汇总(&amp;M)…</translation>
    </message>
    <message>
        <source>Enter the year&apos;s income, expenses and net assets as the activity statement (业务活动表) gives them. The report takes them with the figures.</source>
        <translation>按业务活动表录入本年度的收入、费用和净资产。年报提取数据时将一并取用。</translation>
    </message>
</context>
<context>
    <name>sd::ui::SignDialog</name>
    <message>
        <source>Sign Off Minutes</source>
        <translation>签发纪要</translation>
    </message>
    <message>
        <source>Once signed off, the minutes of %1 are locked; a later change is a correction with a note.</source>
        <translation>签发后，%1的纪要即被锁定；此后的修改须作更正并说明。</translation>
    </message>
    <message>
        <source>Signed by (&amp;chair):</source>
        <translation>签发人（主持人）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation>签发(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>未签发。</translation>
    </message>
</context>
<context>
    <name>sd::ui::SocietyDialog</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation>打包日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>学会</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>valid signature (pinned key)</source>
        <translation>签名有效（已登记公钥）</translation>
    </message>
    <message>
        <source>signature not checked (no pinned key)</source>
        <translation>签名未核验（未登记公钥）</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message numerus="yes">
        <source>Credit code %1 · report year %2 · bagged %3 · packs %4 · %5 · %n failing check(s)</source>
        <translation>
            <numerusform>统一社会信用代码 %1 · 报告年度 %2 · 打包于 %3 · 规则包 %4 · %5 · %n 项不通过</numerusform>
        </translation>
    </message>
    <message>
        <source>The package holds every part.</source>
        <translation>报送包内容齐全。</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>检查结果（%1）</translation>
    </message>
    <message>
        <source>Missing parts (%1)</source>
        <translation>缺少的部分（%1）</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Submission history (%1)</source>
        <translation>报送记录（%1）</translation>
    </message>
</context>
<context>
    <name>sd::ui::StaffDialog</name>
    <message>
        <source>Add Staff Member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>e.g. office director</source>
        <translation>如：办公室主任</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;mployment:</source>
        <translation>用工方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Enter dates as YYYY-MM-DD, or leave them empty.</source>
        <translation>请按 YYYY-MM-DD 输入日期，或留空。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::StatusDialog</name>
    <message>
        <source>The date is required.</source>
        <translation>日期为必填项。</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>更改状态</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n selected member(s). The date is their exit date; the status history records who decided.</source>
        <translation>
            <numerusform>更改所选 %n 名会员的状态。所填日期即为退会日期；状态变更记录中会记下决定机构。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n selected member(s). An exit date they had is cleared; the status history records the date and who decided.</source>
        <translation>
            <numerusform>更改所选 %n 名会员的状态。原有的退会日期将被清除；状态变更记录中会记下日期和决定机构。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>退会日期(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>决定机构(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. the standing council, or the secretariat</source>
        <translation>例如：常务理事会或秘书处</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>sd::ui::SubmissionPage</name>
    <message>
        <source>Submission</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>The SHA-256 was copied.</source>
        <translation>SHA-256 已复制。</translation>
    </message>
    <message>
        <source>Submission package (报送包)</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>报送包内容设置</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>包内文件</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>最近一次导出</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Rule &amp;packs:</source>
        <translation>规则包(&amp;P)：</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>报送单位：</translation>
    </message>
    <message>
        <source>&amp;Reference (文号):</source>
        <translation>文号(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 鄂机学〔2026〕3号</source>
        <translation>例如：鄂机学〔2026〕3号</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>报送函日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Cover letter:</source>
        <translation>报送函：</translation>
    </message>
    <message>
        <source>&amp;Attach Signed Letter (Scan)…</source>
        <translation>附加已签章报送函扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>输出文件(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export Package</source>
        <translation>导出报送包(&amp;E)</translation>
    </message>
    <message>
        <source>Build the package and write it (Ctrl+E)</source>
        <translation>生成报送包并写入文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>签名(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the written package with the society&apos;s secret key: writes FILE.zip.sig</source>
        <translation>用学会私钥为已导出的报送包签名：写入 文件.zip.sig</translation>
    </message>
    <message>
        <source>&amp;Generate Key Pair…</source>
        <translation>生成密钥对(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>将 SHA-256 复制到剪贴板</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>The profile names no supervising association: enter it under File ▸ Society Profile…</source>
        <translation>学会信息中未填写业务主管单位：请在“文件 ▸ 学会信息…”中填写</translation>
    </message>
    <message>
        <source>The generated letter (with the 文号 and date above).</source>
        <translation>自动生成的报送函（使用上方的文号和日期）。</translation>
    </message>
    <message>
        <source>Signed scan: %1</source>
        <translation>已签章扫描件：%1</translation>
    </message>
    <message>
        <source>Open a society file to prepare its package.</source>
        <translation>请先打开学会文件，再准备报送包。</translation>
    </message>
    <message>
        <source>Reform plan</source>
        <translation>改革方案</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>合规检查报告</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度工作报告</translation>
    </message>
    <message>
        <source>Statistics (members, bodies, branches, meetings, activities)</source>
        <translation>统计表（会员、机构组成、分支机构、会议、活动）</translation>
    </message>
    <message>
        <source>Regulation adopted in %1</source>
        <translation>%1 年通过的制度</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Cover letter (generated)</source>
        <translation>报送函（自动生成）</translation>
    </message>
    <message>
        <source>Cover letter (signed scan)</source>
        <translation>报送函（签章扫描件）</translation>
    </message>
    <message numerus="yes">
        <source>Included (%n file(s))</source>
        <translation>
            <numerusform>包含（%n 个文件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n file(s))</source>
        <translation>
            <numerusform>未包含（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag %1; packs: %2.</source>
        <translation>包名 %1；规则包：%2。</translation>
    </message>
    <message>
        <source>Bag %1; packs: %2. The parts left out are named in bag-info.txt and the cover letter; the package can still be sent.</source>
        <translation>包名 %1；规则包：%2。未包含的部分已在 bag-info.txt 和报送函中列明，报送包仍可报送。</translation>
    </message>
    <message>
        <source>Attach Signed Letter</source>
        <translation>附加已签章报送函</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The letter %1 cannot be read (%2).</source>
        <translation>无法读取报送函 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file: scan the signed and stamped letter to PDF.</source>
        <translation>%1 不是 PDF 文件：请将签字盖章的报送函扫描为 PDF。</translation>
    </message>
    <message>
        <source>Export Submission Package</source>
        <translation>导出报送包</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>The package is written as a .zip file; choose a file name ending in .zip.</source>
        <translation>报送包须保存为 .zip 文件，请选择以 .zip 结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Preparing the %1 package…</source>
        <translation>正在准备 %1 年度报送包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Building the %1 package: %2…</source>
        <translation>正在生成 %1 年度报送包：%2…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing and verifying %1…</source>
        <translation>正在写入并校验 %1…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>报送包未写入：%1</translation>
    </message>
    <message>
        <source>The package was written to %1 and verified.</source>
        <translation>报送包已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>No package exported yet in this session.</source>
        <translation>本次尚未导出报送包。</translation>
    </message>
    <message>
        <source>SHA-256 of the package</source>
        <translation>报送包的 SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n file(s) in bag %2, %3 bytes. SHA-256:</source>
        <translation>
            <numerusform>%1
包 %2 共 %n 个文件，%3 字节。SHA-256：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>未签名。</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>已签名：%1</translation>
    </message>
    <message>
        <source>Choose the Society&apos;s Secret Key</source>
        <translation>选择学会私钥</translation>
    </message>
    <message>
        <source>Secret keys (*.key);;All files (*)</source>
        <translation>私钥 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>未签名：%1</translation>
    </message>
    <message>
        <source>Not signed: %1 is not a valid package: %2</source>
        <translation>未签名：%1 不是有效的报送包：%2</translation>
    </message>
    <message>
        <source>Not signed: %1 cannot be written (%2).</source>
        <translation>未签名：无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Wrote the signature %1 (key fingerprint %2).</source>
        <translation>已写入签名 %1（密钥指纹 %2）。</translation>
    </message>
    <message>
        <source>Folder for the New Key Pair</source>
        <translation>新密钥对的保存文件夹</translation>
    </message>
    <message>
        <source>No key pair was written: %1</source>
        <translation>未写入密钥对：%1</translation>
    </message>
    <message>
        <source>Wrote the key pair %1 and %2 (fingerprint %3).</source>
        <translation>已写入密钥对 %1 和 %2（指纹 %3）。</translation>
    </message>
    <message>
        <source>Key Pair Generated</source>
        <translation>密钥对已生成</translation>
    </message>
    <message>
        <source>The secret key %1 signs the society&apos;s packages. Keep it safe and private: whoever holds it can sign in the society&apos;s name. It is not stored in the society file; keep a copy where you keep the seal.

Give the public key %2 to the supervising association, and confirm its fingerprint with them by telephone:

%3</source>
        <translation>私钥 %1 用于为学会的报送包签名。请妥善保管、切勿外传：持有私钥者即可以学会名义签名。私钥不保存在学会文件中，请将备份与公章一同保管。

请将公钥 %2 交给业务主管单位，并通过电话与其核对指纹：

%3</translation>
    </message>
</context>
<context>
    <name>sd::ui::SupervisorWindow</name>
    <message>
        <source>Supervisor databases (*%1)</source>
        <translation>业务主管单位数据库 (*%1)</translation>
    </message>
    <message>
        <source>Open Supervisor Database</source>
        <translation>打开业务主管单位数据库</translation>
    </message>
    <message>
        <source>Supervisor Database Not Opened</source>
        <translation>未能打开业务主管单位数据库</translation>
    </message>
    <message>
        <source>New Supervisor Database</source>
        <translation>新建业务主管单位数据库</translation>
    </message>
    <message>
        <source>Supervisor Database Not Created</source>
        <translation>未能新建业务主管单位数据库</translation>
    </message>
    <message>
        <source>Supervisor — %1</source>
        <translation>业务主管单位 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>&amp;Import Packages…</source>
        <translation>导入报送包(&amp;I)…</translation>
    </message>
    <message>
        <source>Verify and import submission packages (%1)</source>
        <translation>校验并导入报送包（%1）</translation>
    </message>
    <message>
        <source>&amp;Trust Public Key…</source>
        <translation>登记公钥(&amp;T)…</translation>
    </message>
    <message>
        <source>Pin a society&apos;s public key: its packages must then be signed</source>
        <translation>登记学会的公钥：此后其报送包必须签名</translation>
    </message>
    <message>
        <source>&amp;Export Overview…</source>
        <translation>导出汇总表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the overview as a spreadsheet</source>
        <translation>将汇总表保存为电子表格</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter Societies</source>
        <translation>筛选学会(&amp;F)</translation>
    </message>
    <message>
        <source>Society &amp;Details</source>
        <translation>学会详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name or credit code</source>
        <translation>名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>Fai&amp;ling:</source>
        <translation>不通过(&amp;L)：</translation>
    </message>
    <message>
        <source>Latest of each society</source>
        <translation>各学会最近年度</translation>
    </message>
    <message>
        <source>All societies</source>
        <translation>全部学会</translation>
    </message>
    <message>
        <source>Any failing check (%1)</source>
        <translation>有不通过项（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No packages imported yet — Import Packages… (%1)</source>
        <translation>尚未导入报送包 — 导入报送包…（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n society(ies)</source>
        <translation>
            <numerusform>%n 个学会</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n society(ies) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个学会</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Packages</source>
        <translation>导入报送包</translation>
    </message>
    <message>
        <source>Submission packages (*.zip)</source>
        <translation>报送包 (*.zip)</translation>
    </message>
    <message>
        <source>Packages Not Imported</source>
        <translation>未导入报送包</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Stopping after this package…</source>
        <translation>处理完当前报送包后停止…</translation>
    </message>
    <message>
        <source>Verifying %1 (%2 of %3)…</source>
        <translation>正在校验 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>Trust this key for %1?

Fingerprint: %2

From now on, a package of this society is imported only with a valid signature made with this key.</source>
        <translation>为 %1 登记此公钥？

指纹：%2

此后，该学会的报送包只有带此密钥的有效签名才会导入。</translation>
    </message>
    <message>
        <source>

It replaces the key pinned before.</source>
        <translation>

它将替换此前登记的公钥。</translation>
    </message>
    <message>
        <source>Trust Public Key</source>
        <translation>登记公钥</translation>
    </message>
    <message>
        <source>Key Not Trusted</source>
        <translation>未能登记公钥</translation>
    </message>
    <message>
        <source>Key %1 pinned for %2.</source>
        <translation>已为 %2 登记公钥 %1。</translation>
    </message>
    <message>
        <source>Export Overview</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Overview Not Exported</source>
        <translation>未能导出汇总表</translation>
    </message>
    <message>
        <source>Overview written to %1.</source>
        <translation>汇总表已写入 %1。</translation>
    </message>
</context>
<context>
    <name>sd::ui::TaskDialog</name>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>考核指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>工作步骤(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>必选</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>自选</translation>
    </message>
    <message>
        <source>%1 %2 (%3). Unchecked deadline: none set.</source>
        <translation>%1 %2（%3）。不勾选完成时限即不设时限。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The task was not saved.</source>
        <translation>任务未保存。</translation>
    </message>
</context>
<context>
    <name>sd::ui::TemplateDialog</name>
    <message>
        <source>There is no register &quot;%1&quot;.</source>
        <translation>没有名为“%1”的名册。</translation>
    </message>
    <message>
        <source>%1 import template</source>
        <comment>file name</comment>
        <translation>%1导入模板</translation>
    </message>
    <message>
        <source>Save the Import Template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Download Template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>The template was saved to %1. Fill in one row per record below the headers and import it from the Members page.</source>
        <translation>导入模板已保存到 %1。请在表头下方每行填写一条记录，然后在“会员”页面导入。</translation>
    </message>
    <message>
        <source>An empty spreadsheet with the register&apos;s column headers and one example row; replace the example with your rows. Every row needs %1.</source>
        <translation>一个空白电子表格，含名册的表头和一行示例；请用您的数据替换示例行。每一行都必须填写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Download Import Template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>名册(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;CSV (.csv)</source>
        <translation>CSV 文件（.csv）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>sd::ui::TermDialog</name>
    <message>
        <source>New Term</source>
        <translation>新建届次</translation>
    </message>
    <message>
        <source>e.g. the 9th national congress of members</source>
        <translation>如：第九次会员代表大会</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>届次(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation>计划届满(&amp;P)：</translation>
    </message>
    <message>
        <source>Elected &amp;by:</source>
        <translation>选举会议(&amp;B)：</translation>
    </message>
    <message>
        <source>Enter the start date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入开始日期。</translation>
    </message>
    <message>
        <source>Enter the planned end as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 输入计划届满日期，或留空。</translation>
    </message>
    <message>
        <source>The planned end must be after the start.</source>
        <translation>计划届满日期须晚于开始日期。</translation>
    </message>
    <message>
        <source>%1 is already recorded.</source>
        <translation>%1 已有记录。</translation>
    </message>
    <message>
        <source>The term could not be saved.</source>
        <translation>无法保存该届次。</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrustKeyDialog</name>
    <message>
        <source>Trust Public Key</source>
        <translation>登记公钥</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Public &amp;key file:</source>
        <translation>公钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the society gave you by another way (a letter or a call) before you confirm. From then on, every package of this society must carry a valid signature.</source>
        <translation>确认前，请将此指纹与学会通过其他途径（公函或电话）告知的指纹核对。此后该学会的每个报送包都必须带有有效签名。</translation>
    </message>
    <message>
        <source>&amp;Trust Key</source>
        <translation>登记公钥(&amp;T)</translation>
    </message>
    <message>
        <source>Choose Public Key</source>
        <translation>选择公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(choose a key file)</source>
        <translation>（请选择公钥文件）</translation>
    </message>
</context>
<context>
    <name>sd::ui::VersionsPanel</name>
    <message>
        <source>v%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>No report for %1 yet: create the draft first.</source>
        <translation>%1年度尚无报告：请先创建草稿。</translation>
    </message>
    <message>
        <source>No version saved yet. Save Version… keeps the working copy as it is now.</source>
        <translation>尚未保存任何版本。“保存版本…”可按当前状态保存工作稿。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第%1版。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Make version %1 the working copy of the %2 report? Its narratives and figures replace the ones now in the draft; the change is kept as a new version, so nothing is lost.</source>
        <translation>以第%1版作为%2年度报告的工作稿？其文字和数据将替换草稿中的现有内容；此次恢复会保存为新版本，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>版本未恢复。</translation>
    </message>
    <message>
        <source>Version %1 restored as the working copy.</source>
        <translation>已将第%1版恢复为工作稿。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>保存版本(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the working copy as the next version (Ctrl+S).</source>
        <translation>将当前工作稿保存为下一个版本（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>比较(&amp;P)…</translation>
    </message>
    <message>
        <source>Compare the version chosen with the working copy, or any two versions.</source>
        <translation>将所选版本与当前工作稿比较，或比较任意两个版本。</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Make the version chosen the working copy (a draft only).</source>
        <translation>以所选版本替换当前工作稿（仅限草稿）。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>sd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to SocietyDesk</source>
        <translation>欢迎使用学会工作台</translation>
    </message>
    <message>
        <source>SocietyDesk keeps a society&apos;s members, governance records and reports in one file on this computer. How would you like to begin?</source>
        <translation>学会工作台把学会的会员、治理记录和各类报告保存在本机的一个文件中。您想从哪里开始？</translation>
    </message>
    <message>
        <source>Create a new society</source>
        <translation>新建学会</translation>
    </message>
    <message>
        <source>Enter the society&apos;s name, credit code and registration details, then choose where to keep its file.</source>
        <translation>填写学会名称、统一社会信用代码和登记信息，然后选择文件保存位置。</translation>
    </message>
    <message>
        <source>Open a society file…</source>
        <translation>打开学会文件…</translation>
    </message>
    <message>
        <source>Open a .societydesk file made on this or another computer.</source>
        <translation>打开在本机或其他电脑上创建的 .societydesk 文件。</translation>
    </message>
    <message>
        <source>Explore the demo society</source>
        <translation>体验示例学会</translation>
    </message>
    <message>
        <source>A made-up society to try SocietyDesk without touching real records.</source>
        <translation>一个虚构的学会，可随意试用学会工作台，不会影响真实记录。</translation>
    </message>
    <message>
        <source>SocietyDesk %1 · New society files are kept in %2 unless you choose another folder.</source>
        <translation>学会工作台 %1 · 新建的学会文件默认保存在 %2，也可另选文件夹。</translation>
    </message>
</context>
<context>
    <name>sd::ui::YearView</name>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>The year before (Page Up)</source>
        <translation>上一年（Page Up）</translation>
    </message>
    <message>
        <source>The year after (Page Down)</source>
        <translation>下一年（Page Down）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>sd::validation::ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number, which has 11 digits beginning with 13 to 19.</source>
        <translation>“%1”不是有效的大陆手机号码，手机号码为以 13 至 19 开头的 11 位数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a landline number written as area code-number with an optional -extension, such as 010-12345678.</source>
        <translation>“%1”不是“区号-号码”格式的固定电话号码（可带“-分机号”），例如 010-12345678。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a mainland mobile number (11 digits beginning with 13 to 19) nor a landline number written as area code-number, such as 010-12345678.</source>
        <translation>“%1”既不是大陆手机号码（以 13 至 19 开头的 11 位数字），也不是“区号-号码”格式的固定电话号码，例如 010-12345678。</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>电子邮箱为空。</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation>电子邮箱“%1”中含有空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address because it has no @.</source>
        <translation>“%1”不是电子邮箱地址，因为其中没有 @。</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @.</source>
        <translation>电子邮箱“%1”中有不止一个 @。</translation>
    </message>
    <message>
        <source>The part before @ in the email address &quot;%1&quot; is not valid.</source>
        <translation>电子邮箱“%1”中 @ 之前的部分无效。</translation>
    </message>
    <message>
        <source>The domain after @ in the email address &quot;%1&quot; is not valid; it needs a name and an ending such as .cn or .com.</source>
        <translation>电子邮箱“%1”中 @ 之后的域名无效，域名须包含名称和后缀，例如 .cn 或 .com。</translation>
    </message>
</context>
<context>
    <name>sd::validation::DateValidation</name>
    <message>
        <source>The date %1 lies more than 10 years ahead; please check the year.</source>
        <translation>日期 %1 比今天晚 10 年以上，请检查年份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>The year in &quot;%1&quot; is before 1800; please check it.</source>
        <translation>“%1”中的年份早于 1800 年，请检查。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives only a month, so its first day %2 was taken.</source>
        <translation>“%1”只有年月，已取该月第一天 %2。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, such as 2017-06-01.</source>
        <translation>“%1”不是日期，请按 YYYY-MM-DD 格式填写，例如 2017-06-01。</translation>
    </message>
    <message>
        <source>The number %1 is not an Excel date, which lies between 1 and 2958465.</source>
        <translation>数字 %1 不是 Excel 日期，Excel 日期应在 1 至 2958465 之间。</translation>
    </message>
    <message>
        <source>The Excel date 60 is 29 February 1900, a day that does not exist.</source>
        <translation>Excel 日期 60 对应 1900 年 2 月 29 日，这一天并不存在。</translation>
    </message>
    <message>
        <source>The number %1 looks like a year and month, but %2 is not a month.</source>
        <translation>数字 %1 看似年月，但 %2 不是月份。</translation>
    </message>
    <message>
        <source>The number %1 was read as the month %2 and taken as %3; if %4 (October) was typed, the spreadsheet dropped its last zero.</source>
        <translation>数字 %1 已按月份 %2 读取，取为 %3；如果填写的是 %4（10 月），表格已去掉了末尾的 0。</translation>
    </message>
    <message>
        <source>The number %1 was read as the month %2 and taken as its first day %3.</source>
        <translation>数字 %1 已按月份 %2 读取，取该月第一天 %3。</translation>
    </message>
</context>
<context>
    <name>sd::validation::ResidentIdValidation</name>
    <message>
        <source>The ID number &quot;%1&quot; was turned into a number by the spreadsheet and has lost digits; format the column as text and enter the number again.</source>
        <translation>证件号码“%1”已被表格转换为数字并丢失了数位；请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; should have 18 characters but has %2.</source>
        <translation>证件号码“%1”应为 18 位，实际为 %2 位。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; may contain only digits, with X allowed as the last character.</source>
        <translation>证件号码“%1”只能由数字组成，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The check character of the ID number &quot;%1&quot; does not match; please look for a mistyped digit.</source>
        <translation>证件号码“%1”的校验码不符，请检查是否有数字录入错误。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; does not hold a real birth date in its 7th to 14th digits.</source>
        <translation>证件号码“%1”的第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number &quot;%2&quot; lies in the future.</source>
        <translation>证件号码“%2”中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; gives the birth date %2, which differs from the birth date %3.</source>
        <translation>证件号码“%1”中的出生日期为 %2，与填写的出生日期 %3 不一致。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; is a woman&apos;s, but the gender given is male.</source>
        <translation>证件号码“%1”属于女性，但填写的性别为男。</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; is a man&apos;s, but the gender given is female.</source>
        <translation>证件号码“%1”属于男性，但填写的性别为女。</translation>
    </message>
</context>
<context>
    <name>sd::validation::ValueValidation</name>
    <message>
        <source>&quot;%1&quot; is not a yes/no value; the accepted spellings are %2.</source>
        <translation>“%1”不是有效的是/否值，可接受的写法为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender; the accepted spellings are %2.</source>
        <translation>“%1”不是有效的性别，可接受的写法为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the accepted values: %2.</source>
        <translation>“%1”不在可选值之中，可选值为：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of accepted values</comment>
        <translation>、</translation>
    </message>
</context>
</TS>
