#include "pages/reformplan/PlanDialogs.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using plan::ReformPlanStore;

namespace {

QString shown(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

/// The intro above, the fields, the problem line and the buttons (`accept` the default) below.
QPushButton *arrange(QDialog *dialog, const QString &intro, QLayout *middle, QLabel *problem, const QString &acceptText,
    const std::function<void()> &save, int minimumWidth, QDialogButtonBox **box = nullptr)
{
    auto *layout = new QVBoxLayout(dialog);
    if (!intro.isEmpty()) {
        auto *introLabel = new QLabel(intro, dialog);
        introLabel->setObjectName(QStringLiteral("dialog.intro"));
        introLabel->setWordWrap(true);
        layout->addWidget(introLabel);
    }
    layout->addLayout(middle, 1);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, save);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(minimumWidth);
    if (box)
        *box = buttons;
    return accept;
}

} // namespace

// --- CreatePlanDialog

CreatePlanDialog::CreatePlanDialog(
    storage::Database &db, int year, const QString &pack, const QString &packTitle, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_pack(pack)
    , m_hasStart(new QCheckBox(this))
    , m_start(new QDateEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("createPlan.problem")))
{
    setObjectName(QStringLiteral("dialog.createPlan"));
    setWindowTitle(tr("Create the %1 Reform Plan").arg(year));
    m_hasStart->setObjectName(QStringLiteral("createPlan.hasStart"));
    m_start->setObjectName(QStringLiteral("createPlan.start"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setCalendarPopup(true);
    m_start->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
    const QDate today = db.clock().today();
    m_start->setDate(today.year() == year ? today : QDate(year, 1, 1));
    m_hasStart->setChecked(true);
    m_hasStart->setText(tr("&Starts on:"));
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(m_hasStart, m_start);
    auto *none = new QLabel(tr("Unchecked: the plan's months begin in January."), this);
    none->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), none);
    arrange(this,
        tr("The %1 reform plan for %2. Its problems are pre-filled from the failing and missing-data findings "
           "(you can edit them), and the pack's mandatory tasks are added; you then choose the optional tasks.")
            .arg(year)
            .arg(packTitle),
        form, m_problem, tr("&Create"), [this] { save(); }, 480);
    m_start->setFocus();
}

QString CreatePlanDialog::problem() const
{
    return shown(m_problem);
}

void CreatePlanDialog::save()
{
    storage::StorageError error;
    qint64 id = 0;
    if (!ReformPlanStore(m_db).create(m_year, m_pack, m_hasStart->isChecked() ? m_start->date() : QDate(), &error, &id))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The plan was not created.") : error.message);
    emit created(id);
    accept();
}

// --- ChooseTasksDialog

ChooseTasksDialog::ChooseTasksDialog(
    storage::Database &db, const plan::ReformPlan &plan, const plan::TaskCatalogue &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_planId(plan.id)
    , m_minimum(catalogue.minimum)
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_ok(nullptr)
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("chooseTasks.problem")))
{
    setObjectName(QStringLiteral("dialog.chooseTasks"));
    setWindowTitle(tr("Choose Optional Tasks"));
    m_list->setObjectName(QStringLiteral("chooseTasks.list"));
    m_count->setObjectName(QStringLiteral("chooseTasks.count"));
    m_list->setAccessibleName(tr("Optional tasks"));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    for (const plan::CatalogueTask &t : catalogue.optional) {
        auto *item = new QListWidgetItem(tr("%1  %2").arg(t.task, t.title), m_list);
        item->setData(TaskRole, t.task);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(plan.task(t.task) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    connect(m_list, &QListWidget::itemChanged, this, [this] { updateCount(); });
    // Enter toggles the current task as Space does (OK stays on the button).
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *middle = new QVBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addWidget(m_count);
    m_ok = arrange(this,
        tr("Check the optional tasks the society takes on this year (Space checks the current one). "
           "The pack asks for at least %n of them; tasks left out lose their targets and progress.",
            nullptr, m_minimum),
        middle, m_problem, tr("OK"), [this] { save(); }, 560);
    m_ok->setObjectName(QStringLiteral("chooseTasks.ok"));
    resize(600, 430);
    updateCount();
    m_list->setFocus();
}

QStringList ChooseTasksDialog::checkedTasks() const
{
    QStringList tasks;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            tasks << m_list->item(i)->data(TaskRole).toString();
    }
    return tasks;
}

void ChooseTasksDialog::setChecked(const QStringList &tasks)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(tasks.contains(m_list->item(i)->data(TaskRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void ChooseTasksDialog::updateCount()
{
    const int chosen = static_cast<int>(checkedTasks().size());
    const bool enough = chosen >= m_minimum;
    m_count->setText(tr("%1 chosen, at least %2").arg(chosen).arg(m_minimum));
    m_count->setStyleSheet(enough ? QStringLiteral("QLabel { color: #2e7d32; }") : QStringLiteral("QLabel { color: #b3261e; }"));
    if (m_ok) {
        m_ok->setEnabled(enough);
        m_ok->setToolTip(enough ? QString() : tr("Choose at least %n optional tasks.", nullptr, m_minimum));
    }
}

QString ChooseTasksDialog::problem() const
{
    return shown(m_problem);
}

void ChooseTasksDialog::save()
{
    storage::StorageError error;
    if (!ReformPlanStore(m_db).chooseOptional(m_planId, checkedTasks(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The optional tasks were not changed.") : error.message);
    emit saved();
    accept();
}

// --- TaskDialog

TaskDialog::TaskDialog(storage::Database &db, const plan::PlanTask &task, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_taskId(task.id)
    , m_indicator(new QLineEdit(task.indicator, this))
    , m_baseline(new QLineEdit(task.baseline, this))
    , m_target(new QLineEdit(task.target, this))
    , m_steps(new QPlainTextEdit(task.steps, this))
    , m_hasDeadline(new QCheckBox(this))
    , m_deadline(new QDateEdit(this))
    , m_owner(new QLineEdit(task.owner, this))
    , m_status(new QComboBox(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("task.problem")))
{
    setObjectName(QStringLiteral("dialog.task"));
    setWindowTitle(tr("Task %1").arg(task.task));
    m_indicator->setObjectName(QStringLiteral("task.indicator"));
    m_baseline->setObjectName(QStringLiteral("task.baseline"));
    m_target->setObjectName(QStringLiteral("task.target"));
    m_steps->setObjectName(QStringLiteral("task.steps"));
    m_hasDeadline->setObjectName(QStringLiteral("task.hasDeadline"));
    m_deadline->setObjectName(QStringLiteral("task.deadline"));
    m_owner->setObjectName(QStringLiteral("task.owner"));
    m_status->setObjectName(QStringLiteral("task.status"));
    m_steps->setTabChangesFocus(true);
    m_steps->setMinimumHeight(70);
    m_steps->setMaximumHeight(110);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setCalendarPopup(true);
    // The whole range the store takes, so that it (not the widget) says what is out of range.
    m_deadline->setDateRange(QDate(year - 1, 1, 1), QDate(year + 10, 12, 31));
    m_deadline->setDate(task.deadline.isValid() ? task.deadline : QDate(year, 12, 31));
    m_hasDeadline->setChecked(task.deadline.isValid());
    m_deadline->setEnabled(task.deadline.isValid());
    m_hasDeadline->setText(tr("&Deadline:"));
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    for (plan::TaskStatus s : ReformPlanStore::allStatuses())
        m_status->addItem(ReformPlanStore::statusName(s), ReformPlanStore::statusCode(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(ReformPlanStore::statusCode(task.status))));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("S&teps:"), m_steps);
    form->addRow(m_hasDeadline, m_deadline);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("St&atus:"), m_status);
    const QString kind = task.kind == plan::TaskKind::Mandatory ? tr("mandatory") : tr("optional");
    arrange(this, tr("%1 %2 (%3). Unchecked deadline: none set.").arg(task.task, task.title, kind), form, m_problem,
        tr("&Save"), [this] { save(); }, 560);
    m_indicator->setFocus();
}

QString TaskDialog::problem() const
{
    return shown(m_problem);
}

void TaskDialog::save()
{
    plan::TaskFields fields;
    fields.indicator = m_indicator->text().trimmed();
    fields.baseline = m_baseline->text().trimmed();
    fields.target = m_target->text().trimmed();
    fields.steps = m_steps->toPlainText().trimmed();
    fields.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    fields.owner = m_owner->text().trimmed();
    fields.status = ReformPlanStore::statusFromCode(m_status->currentData().toString());
    storage::StorageError error;
    if (!ReformPlanStore(m_db).setTask(m_taskId, fields, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The task was not saved.") : error.message);
    emit saved();
    accept();
}

// --- ProgressEntryDialog

ProgressEntryDialog::ProgressEntryDialog(
    storage::Database &db, const plan::PlanTask &task, const QString &month, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_taskId(task.id)
    , m_month(month)
    , m_value(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("progress.problem")))
{
    setObjectName(QStringLiteral("dialog.progress"));
    setWindowTitle(tr("Progress in %1").arg(month));
    m_value->setObjectName(QStringLiteral("progress.value"));
    m_note->setObjectName(QStringLiteral("progress.note"));
    m_evidence->setObjectName(QStringLiteral("progress.evidence"));
    m_browse->setObjectName(QStringLiteral("progress.browse"));
    m_remove->setObjectName(QStringLiteral("progress.remove"));
    m_evidence->setReadOnly(true);
    const plan::ProgressEntry *entry = task.entry(month);
    if (entry) {
        m_value->setText(entry->value);
        m_note->setText(entry->note);
    }
    m_evidence->setPlaceholderText(entry && !entry->evidenceName.isEmpty()
            ? tr("Kept: %1").arg(entry->evidenceName)
            : tr("None"));
    m_browse->setText(tr("&Choose File…"));
    m_remove->setText(tr("&Remove Entry"));
    connect(m_browse, &QPushButton::clicked, this, &ProgressEntryDialog::chooseEvidence);
    connect(m_remove, &QPushButton::clicked, this, &ProgressEntryDialog::removeEntry);

    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Value reached:"), m_value);
    form->addRow(tr("&Note:"), m_note);
    auto *evidenceLabel = new QLabel(tr("&Evidence:"), this);
    evidenceLabel->setBuddy(m_evidence);
    form->addRow(evidenceLabel, evidenceRow);
    QDialogButtonBox *box = nullptr;
    arrange(this,
        tr("%1 %2 — %3. Target: %4.")
            .arg(task.task, task.title, month, task.target.isEmpty() ? tr("not set") : task.target),
        form, m_problem, tr("&Save"), [this] { save(); }, 520, &box);
    box->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    m_remove->setVisible(entry != nullptr); // after the box, which shows what it is given
    setTabOrder(m_value, m_note);
    setTabOrder(m_note, m_browse);
    m_value->setFocus();
}

QString ProgressEntryDialog::problem() const
{
    return shown(m_problem);
}

void ProgressEntryDialog::chooseEvidence()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the Evidence"), QDir::homePath(), tr("All files (*)"));
    if (!path.isEmpty())
        m_evidence->setText(QDir::toNativeSeparators(path));
}

void ProgressEntryDialog::save()
{
    storage::StorageError error;
    if (!ReformPlanStore(m_db).setProgress(m_taskId, m_month, m_value->text().trimmed(), m_note->text().trimmed(),
            QDir::fromNativeSeparators(m_evidence->text()), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The progress was not recorded.") : error.message);
    emit saved();
    accept();
}

void ProgressEntryDialog::removeEntry()
{
    if (MessageBox::question(this, tr("Remove Entry"), tr("Remove the progress recorded for %1?").arg(m_month))
        != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!ReformPlanStore(m_db).removeProgress(m_taskId, m_month, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The entry was not removed.") : error.message);
    emit saved();
    accept();
}

} // namespace sd::ui
