#include "reports/ReformPlanDocument.h"

#include "reports/MeetingWording.h"
#include "rules/RulePack.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sd::reports {

/// The translation context of the plan document's words and of its messages.
class ReformPlanWords
{
    Q_DECLARE_TR_FUNCTIONS(sd::reports::ReformPlan)
};

namespace {

using plan::PlanTask;
using plan::ReformPlan;
using plan::ReformPlanStore;
using plan::TaskKind;

constexpr const char *kContext = "sd::reports::ReformPlan";

/// The document's vocabulary in the document language.
class Wording
{
public:
    explicit Wording(const i18n::DocumentTranslator &translator)
        : m_translator(translator)
        , m_common(translator)
    { }
    [[nodiscard]] QString t(const char *source) const { return m_translator.translate(kContext, source); }
    [[nodiscard]] bool isChinese() const { return m_translator.language() == i18n::Language::Chinese; }
    [[nodiscard]] QString status(plan::TaskStatus s) const
    {
        static constexpr const char *names[] = { QT_TRANSLATE_NOOP("sd::plan::ReformPlanStore", "Not started"),
            QT_TRANSLATE_NOOP("sd::plan::ReformPlanStore", "In progress"), QT_TRANSLATE_NOOP("sd::plan::ReformPlanStore", "Done"),
            QT_TRANSLATE_NOOP("sd::plan::ReformPlanStore", "Deferred") };
        return m_translator.translate("sd::plan::ReformPlanStore", names[int(s)]);
    }
    [[nodiscard]] const MeetingWording &common() const { return m_common; }

private:
    const i18n::DocumentTranslator &m_translator;
    MeetingWording m_common;
};

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

/// "CAST17-12 搭建高水平学术交流平台".
QString taskName(const PlanTask &t, const QString &title)
{
    return title.isEmpty() || title == t.task ? t.task : t.task + u' ' + title;
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

} // namespace

ReformPlanOptions reformPlanOptions(storage::Database &db)
{
    ReformPlanOptions options;
    storage::ProfileStore profiles(db);
    options.language = i18n::fromCode(profiles.settings().text(SocietySetting::DocumentLanguage));
    options.society = profiles.profile().name;
    options.generatedOn = db.clock().today();
    return options;
}

QJsonObject reformPlanJsonObject(const ReformPlan &plan)
{
    QJsonArray tasks;
    for (const PlanTask &t : plan.tasks) {
        QJsonArray progress;
        for (const plan::ProgressEntry &e : t.progress) {
            progress << QJsonObject { { QStringLiteral("month"), e.month }, { QStringLiteral("value"), e.value },
                { QStringLiteral("note"), e.note }, { QStringLiteral("evidence"), nullable(e.evidenceName) } };
        }
        tasks << QJsonObject { { QStringLiteral("task"), t.task }, { QStringLiteral("kind"), ReformPlanStore::kindCode(t.kind) },
            { QStringLiteral("title"), t.title }, { QStringLiteral("indicator"), t.indicator },
            { QStringLiteral("baseline"), t.baseline }, { QStringLiteral("target"), t.target },
            { QStringLiteral("steps"), t.steps },
            { QStringLiteral("deadline"), t.deadline.isValid() ? QJsonValue(t.deadline.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("owner"), t.owner }, { QStringLiteral("status"), ReformPlanStore::statusCode(t.status) },
            { QStringLiteral("progress"), progress } };
    }
    return QJsonObject { { QStringLiteral("format"), 1 }, { QStringLiteral("year"), plan.year },
        { QStringLiteral("pack"), plan.pack },
        { QStringLiteral("started_on"), plan.startedOn.isValid() ? QJsonValue(plan.startedOn.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("problems"), plan.problems }, { QStringLiteral("tasks"), tasks } };
}

QByteArray reformPlanJson(storage::Database &db, int year, const QString &pack)
{
    const std::optional<ReformPlan> plan = ReformPlanStore(db).plan(year, pack);
    if (!plan)
        return {};
    // QJsonObject keeps its keys sorted, so the compact form is deterministic.
    return QJsonDocument(reformPlanJsonObject(*plan)).toJson(QJsonDocument::Compact);
}

Document reformPlanDocument(const ReformPlan &plan, const ReformPlanOptions &options)
{
    const i18n::DocumentTranslator translator(options.language);
    const Wording w(translator);
    const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(plan.pack, nullptr);
    const auto title = [&](const PlanTask &t) {
        return taskName(t, pack ? ReformPlanStore::taskTitle(*pack, t.task, options.language) : t.title);
    };
    const QString heading = w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Society Reform Work Plan %1")).arg(plan.year);
    Document d(heading);
    d.setLanguage(w.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    d.setRunningHeader(options.society);
    d.setPageNumberFormat(w.common().pageFormat());

    d.titleLine(options.society).titleLine(heading);
    if (pack)
        d.subtitle(w.isChinese() ? pack->titleZh : pack->titleEn);
    QList<QPair<QString, QString>> cover;
    if (plan.startedOn.isValid())
        cover << qMakePair(w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Started on")), w.common().date(plan.startedOn));
    if (options.generatedOn.isValid())
        cover << qMakePair(w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "As of")), w.common().date(options.generatedOn));
    if (!cover.isEmpty())
        d.spacing(12).fields(cover);

    // 一、存在的问题
    d.heading(w.common().section(1, w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Problems found"))));
    const QStringList problems = plan.problems.split(u'\n', Qt::SkipEmptyParts);
    bool anyProblem = false;
    for (const QString &line : problems) {
        if (line.trimmed().isEmpty())
            continue;
        d.paragraph(line.trimmed());
        anyProblem = true;
    }
    if (!anyProblem)
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "[No problems recorded.]")));

    // 二、主要工作任务: mandatory, then optional.
    d.heading(w.common().section(2, w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Main tasks"))));
    const QString noTasks = w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "[No tasks recorded.]"));
    for (const TaskKind kind : { TaskKind::Mandatory, TaskKind::Optional }) {
        Document::Table table;
        table.columns = { { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Task")), 34 },
            { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Indicator")), 26 },
            { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Baseline → target")), 0 } };
        for (const PlanTask &t : plan.tasks) {
            if (t.kind == kind)
                table.rows << QStringList { title(t), orDash(t.indicator), orDash(t.baseline) + QStringLiteral(" → ") + orDash(t.target) };
        }
        d.subheading(kind == TaskKind::Mandatory ? w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Mandatory tasks"))
                                                 : w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Optional tasks")));
        if (table.rows.isEmpty())
            d.paragraph(noTasks);
        else
            d.table(table);
    }

    const auto perTask = [&](int number, const QString &part, const QString &column, auto value) {
        d.heading(w.common().section(number, part));
        if (plan.tasks.isEmpty()) {
            d.paragraph(noTasks);
            return;
        }
        Document::Table table;
        table.columns = { { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Task")), 40 }, { column, 0 } };
        for (const PlanTask &t : plan.tasks)
            table.rows << QStringList { title(t), orDash(value(t)) };
        d.table(table);
    };
    // 三、工作步骤 四、完成时限 五、责任人
    perTask(3, w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Work steps")), w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Steps")),
        [](const PlanTask &t) { return t.steps; });
    perTask(4, w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Deadlines")), w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Deadline and status")),
        [&](const PlanTask &t) {
            return w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "%1 (%2)"))
                .arg(t.deadline.isValid() ? w.common().date(t.deadline) : QStringLiteral("—"), w.status(t.status));
        });
    perTask(5, w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Persons responsible")), w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Owner")),
        [](const PlanTask &t) { return t.owner; });

    // 进度: task × month — ✓ an entry, "—" a month ended without one; then every entry with its
    // value, note and evidence (free text does not fit a month's column).
    d.heading(w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Monthly progress")));
    const plan::ProgressGrid grid = ReformPlanStore::progressGrid(plan, options.generatedOn.isValid() ? options.generatedOn : QDate(plan.year, 12, 31));
    if (grid.tasks.isEmpty()) {
        d.paragraph(noTasks);
    } else {
        d.leadIn(w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "✓ progress recorded for the month; — a month ended with nothing recorded.")));
        Document::Table table;
        table.columns << Document::Column { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Task")), 16 };
        for (const QString &m : grid.months)
            // The plan covers one year, so a month is enough: 3月, or Mar.
            table.columns << Document::Column { w.isChinese() ? QStringLiteral("%1月").arg(m.mid(5).toInt())
                                                              : QLocale(QLocale::English).monthName(m.mid(5).toInt(), QLocale::ShortFormat),
                0, Document::Align::Center };
        QList<QStringList> notes;
        for (int r = 0; r < grid.tasks.size(); ++r) {
            QStringList row { grid.tasks.at(r) };
            for (int c = 0; c < grid.months.size(); ++c) {
                const plan::GridCell &cell = grid.cell(r, c);
                row << (cell.state == plan::CellState::Entered ? QStringLiteral("✓") : cell.state == plan::CellState::Missing ? QStringLiteral("—") : QString());
            }
            table.rows << row;
            const PlanTask *t = plan.task(grid.taskIds.at(r));
            for (const plan::ProgressEntry &e : t->progress)
                notes << QStringList { t->task, e.month, e.value, e.note, e.evidenceName };
        }
        d.table(table);
        if (!notes.isEmpty()) {
            Document::Table n;
            n.columns = { { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Task")), 16 },
                { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Month")), 12 },
                { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Value")), 16 },
                { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Note")), 0 },
                { w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "Evidence")), 24 } };
            n.rows = notes;
            d.leadIn(w.t(QT_TRANSLATE_NOOP("sd::reports::ReformPlan", "The progress recorded:")));
            d.table(n);
        }
    }
    return d;
}

bool isReformPlanPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1StringView("pdf") || suffix == QLatin1StringView("odt");
}

bool saveReformPlan(const ReformPlan &plan, const QString &path, const ReformPlanOptions &options, QString *error)
{
    if (!isReformPlanPath(path)) {
        if (error)
            *error = ReformPlanWords::tr("%1: a reform plan is written as a .pdf or .odt file.").arg(path);
        return false;
    }
    const Document document = reformPlanDocument(plan, options);
    if (QFileInfo(path).suffix().toLower() == QLatin1StringView("pdf"))
        return document.writePdf(path, error);
    return document.writeOdt(path, error);
}

} // namespace sd::reports
