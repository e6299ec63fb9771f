<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: societydesk-cli [--db FILE] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：societydesk-cli [--db 文件] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>SocietyDesk (学会工作台) on the command line: the society file's records, checks and documents.</source>
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
        <source>Language of messages (default: the preference, else the system's).</source>
        <translation>提示信息的语言（默认：偏好设置，其次为系统语言）。</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command's options.</source>
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
        <source>Unknown command "%1".</source>
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
        <source>The society's name is required.</source>
        <translation>学会名称为必填项。</translation>
    </message>
    <message>
        <source>The society's name is longer than 100 characters.</source>
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
        <source>The unified social credit code's check character does not match; please check for a mistyped character.</source>
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
</context>
<context>
    <name>sd::cli::Commands</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>societydesk-cli %1: unexpected argument "%2"; see --help.</source>
        <translation>societydesk-cli %1：多余的参数“%2”；详见 --help。</translation>
    </message>
    <message>
        <source>The society's name (学会名称).</source>
        <translation>学会名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The society's English name.</source>
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
        <source>Show the society's profile, settings and record counts.</source>
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
        <source>Run SQLite's full integrity check and foreign key check. Works while the file is open elsewhere (it reads a consistent snapshot and writes nothing). Exits 1 when problems are found.</source>
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
        <source>Show the society's settings (the charter's quorum and majority fractions, ages, thresholds, the rule packs that apply, the language of documents), or change them.</source>
        <translation>显示或修改学会设置（章程规定的到会和表决比例、年龄、阈值、适用的规则包、文档语言）。</translation>
    </message>
    <message>
        <source>societydesk-cli settings: --set needs KEY=VALUE, not "%1".</source>
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
        <source>Show or change the society's charter settings (--set KEY=VALUE).</source>
        <translation>显示或修改学会的章程设置（--set 键=值）。</translation>
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
    <name>sd::exchange::CsvReader</name>
    <message>
        <source>%1 cannot be read: the encoding "%2" is not supported (use UTF-8 or GB18030).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a text file: it contains a NUL byte at offset %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text: the byte %2 at offset %3 is invalid in both. Save the file as UTF-8 CSV and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid %2 text: the byte %3 at offset %4 cannot be read. Choose another encoding or save the file as UTF-8 CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: this system cannot decode %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid %2 text: bytes after offset %3 cannot be decoded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read as CSV: a quote opened in row %2 (line %3 of the file) is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read as CSV: row %2 (from line %3 of the file) is longer than %4 characters; a quote is probably never closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sd::exchange::TabularReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be opened (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls) or another binary file, which cannot be read; save it as .xlsx or .csv and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sd::members::MemberStoreText</name>
    <message>
        <source>The member register in %1 could not be written (%2).</source>
        <translation>无法写入 %1 中的会员名册（%2）。</translation>
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
</context>
<context>
    <name>sd::storage::ProfileStore</name>
    <message>
        <source>The society profile in %1 could not be saved (%2).</source>
        <translation>无法保存 %1 中的学会信息（%2）。</translation>
    </message>
</context>
<context>
    <name>sd::ui::AnnualReportPage</name>
    <message>
        <source>Annual report</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>The annual work report, computed from the year's records with its statistics and charts, written as PDF and HTML.</source>
        <translation>年度工作报告：根据当年记录自动计算统计数据和图表，生成 PDF 和 HTML。</translation>
    </message>
</context>
<context>
    <name>sd::ui::BranchesPage</name>
    <message>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>The branches and specialised committees: their filings, leaders and the activities they hold each year.</source>
        <translation>分支机构与专业委员会：备案、负责人及每年开展的活动。</translation>
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
        <source>Write each share as a fraction such as 2/3. A share is met when it is reached exactly: 1/2 means at least half.</source>
        <translation>每项比例请写成分数，例如 2/3。恰好达到即算满足：1/2 表示不少于一半。</translation>
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
        <source> years</source>
        <translation> 岁</translation>
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
</context>
<context>
    <name>sd::ui::CompliancePage</name>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>The society's records checked against the rule packs that apply to it, each finding with its evidence and the rule it cites.</source>
        <translation>按适用的规则包核查学会记录，每项结论都附有依据和所引条款。</translation>
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
    <name>sd::ui::GovernancePage</name>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>The congress, the council and the standing council: their terms, seats and elections, with quorum and vote checks that follow the society's charter.</source>
        <translation>会员（代表）大会、理事会和常务理事会：届次、组成与换届选举，并按学会章程核查到会人数和表决。</translation>
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
        <source>Enter the society's name and details with Society Profile… in the File menu.</source>
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
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
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
        <source>All of the society's records are kept in this one file. Keep it in a folder that is backed up.</source>
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
</context>
<context>
    <name>sd::ui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Meetings of every body: notices, attendance, resolutions and their follow-up.</source>
        <translation>各机构的会议：通知、出席、决议及其落实。</translation>
    </message>
</context>
<context>
    <name>sd::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The register of individual and unit members: joining, dues, status and the statistics the annual report needs, with import from and export to spreadsheets.</source>
        <translation>个人会员和单位会员名册：入会、会费、状态以及年报所需的统计，支持从电子表格导入和导出。</translation>
    </message>
</context>
<context>
    <name>sd::ui::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of SocietyDesk.</source>
        <translation>此页面将在学会工作台的后续版本中提供。</translation>
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
        <source>The society's name</source>
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
    <name>sd::ui::ReformPlanPage</name>
    <message>
        <source>Reform plan</source>
        <translation>改革方案</translation>
    </message>
    <message>
        <source>The reform plan: measures, who is responsible and by when, followed up against the compliance findings.</source>
        <translation>改革方案：改革措施、责任人和完成时限，并对照合规核查结果跟踪落实。</translation>
    </message>
</context>
<context>
    <name>sd::ui::SubmissionPage</name>
    <message>
        <source>Submission</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>The package for the supervising unit: the year's report and registers in one file that the supervisor can verify and import.</source>
        <translation>报送业务主管单位的材料包：把当年的报告和名册打包成一个文件，主管单位可校验并导入。</translation>
    </message>
</context>
<context>
    <name>sd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to SocietyDesk</source>
        <translation>欢迎使用学会工作台</translation>
    </message>
    <message>
        <source>SocietyDesk keeps a society's members, governance records and reports in one file on this computer. How would you like to begin?</source>
        <translation>学会工作台把学会的会员、治理记录和各类报告保存在本机的一个文件中。您想从哪里开始？</translation>
    </message>
    <message>
        <source>Create a new society</source>
        <translation>新建学会</translation>
    </message>
    <message>
        <source>Enter the society's name, credit code and registration details, then choose where to keep its file.</source>
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
    <name>sd::validation::ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>"%1" is not a mainland mobile number, which has 11 digits beginning with 13 to 19.</source>
        <translation>“%1”不是有效的大陆手机号码，手机号码为以 13 至 19 开头的 11 位数字。</translation>
    </message>
    <message>
        <source>"%1" is not a landline number written as area code-number with an optional -extension, such as 010-12345678.</source>
        <translation>“%1”不是“区号-号码”格式的固定电话号码（可带“-分机号”），例如 010-12345678。</translation>
    </message>
    <message>
        <source>"%1" is neither a mainland mobile number (11 digits beginning with 13 to 19) nor a landline number written as area code-number, such as 010-12345678.</source>
        <translation>“%1”既不是大陆手机号码（以 13 至 19 开头的 11 位数字），也不是“区号-号码”格式的固定电话号码，例如 010-12345678。</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>电子邮箱为空。</translation>
    </message>
    <message>
        <source>The email address "%1" contains a space.</source>
        <translation>电子邮箱“%1”中含有空格。</translation>
    </message>
    <message>
        <source>"%1" is not an email address because it has no @.</source>
        <translation>“%1”不是电子邮箱地址，因为其中没有 @。</translation>
    </message>
    <message>
        <source>The email address "%1" has more than one @.</source>
        <translation>电子邮箱“%1”中有不止一个 @。</translation>
    </message>
    <message>
        <source>The part before @ in the email address "%1" is not valid.</source>
        <translation>电子邮箱“%1”中 @ 之前的部分无效。</translation>
    </message>
    <message>
        <source>The domain after @ in the email address "%1" is not valid; it needs a name and an ending such as .cn or .com.</source>
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
        <source>"%1" is not a date of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>The year in "%1" is before 1800; please check it.</source>
        <translation>“%1”中的年份早于 1800 年，请检查。</translation>
    </message>
    <message>
        <source>"%1" gives only a month, so its first day %2 was taken.</source>
        <translation>“%1”只有年月，已取该月第一天 %2。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD, such as 2017-06-01.</source>
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
        <source>The ID number "%1" was turned into a number by the spreadsheet and has lost digits; format the column as text and enter the number again.</source>
        <translation>证件号码“%1”已被表格转换为数字并丢失了数位；请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>The ID number "%1" should have 18 characters but has %2.</source>
        <translation>证件号码“%1”应为 18 位，实际为 %2 位。</translation>
    </message>
    <message>
        <source>The ID number "%1" may contain only digits, with X allowed as the last character.</source>
        <translation>证件号码“%1”只能由数字组成，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The check character of the ID number "%1" does not match; please look for a mistyped digit.</source>
        <translation>证件号码“%1”的校验码不符，请检查是否有数字录入错误。</translation>
    </message>
    <message>
        <source>The ID number "%1" does not hold a real birth date in its 7th to 14th digits.</source>
        <translation>证件号码“%1”的第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number "%2" lies in the future.</source>
        <translation>证件号码“%2”中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The ID number "%1" gives the birth date %2, which differs from the birth date %3.</source>
        <translation>证件号码“%1”中的出生日期为 %2，与填写的出生日期 %3 不一致。</translation>
    </message>
    <message>
        <source>The ID number "%1" is a woman's, but the gender given is male.</source>
        <translation>证件号码“%1”属于女性，但填写的性别为男。</translation>
    </message>
    <message>
        <source>The ID number "%1" is a man's, but the gender given is female.</source>
        <translation>证件号码“%1”属于男性，但填写的性别为女。</translation>
    </message>
</context>
<context>
    <name>sd::validation::ValueValidation</name>
    <message>
        <source>"%1" is not a yes/no value; the accepted spellings are %2.</source>
        <translation>“%1”不是有效的是/否值，可接受的写法为：%2。</translation>
    </message>
    <message>
        <source>"%1" is not a gender; the accepted spellings are %2.</source>
        <translation>“%1”不是有效的性别，可接受的写法为：%2。</translation>
    </message>
    <message>
        <source>"%1" is not one of the accepted values: %2.</source>
        <translation>“%1”不在可选值之中，可选值为：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of accepted values</comment>
        <translation>、</translation>
    </message>
</context>
</TS>