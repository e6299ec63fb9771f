#pragma once

#include "plan/ReformPlanStore.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// 新建改革方案: starts the year's plan for a pack (plan::ReformPlanStore::create) on a start
/// date (or none: the plan's months begin in January); says that the problems are pre-filled
/// from the failing and missing-data findings and the mandatory tasks added. A refusal stays in
/// the dialog with the store's message.
class CreatePlanDialog : public QDialog
{
    Q_OBJECT
public:
    CreatePlanDialog(storage::Database &db, int year, const QString &pack, const QString &packTitle, QWidget *parent = nullptr);

    [[nodiscard]] QCheckBox *startCheck() const { return m_hasStart; }
    [[nodiscard]] QDateEdit *startEdit() const { return m_start; }
    [[nodiscard]] QString problem() const;
    void save();

signals:
    /// The plan was created with the id `planId`.
    void created(qint64 planId);

private:
    storage::Database &m_db;
    int m_year;
    QString m_pack;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QLabel *m_problem;
};

/// 选择可选任务: the pack's optional tasks, each checkable with its id and title, the count
/// chosen against the pack's minimum shown as it changes ("已选 4 项，至少 5 项"); OK stays
/// disabled below the minimum, and the store's refusal (plan::ReformPlanStore::chooseOptional)
/// is shown should it refuse anyway. Nothing is written until OK.
class ChooseTasksDialog : public QDialog
{
    Q_OBJECT
public:
    ChooseTasksDialog(storage::Database &db, const plan::ReformPlan &plan, const plan::TaskCatalogue &catalogue,
        QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }
    /// The ids checked, in the pack's order.
    [[nodiscard]] QStringList checkedTasks() const;
    /// Checks exactly `tasks` (ids).
    void setChecked(const QStringList &tasks);
    [[nodiscard]] QString problem() const;
    /// Writes the choice; on refusal the dialog stays with the store's message and nothing changes.
    void save();

    static constexpr int TaskRole = Qt::UserRole;

signals:
    void saved();

private:
    void updateCount();

    storage::Database &m_db;
    qint64 m_planId;
    int m_minimum;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_ok;
    QLabel *m_problem;
};

/// 编辑任务: a task's indicator, baseline, target, steps, deadline (a date or none), owner and
/// status, written together through plan::ReformPlanStore::setTask; a refusal (a deadline out of
/// range…) stays in the dialog with the store's message and writes nothing.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(storage::Database &db, const plan::PlanTask &task, int year, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *indicatorEdit() const { return m_indicator; }
    [[nodiscard]] QLineEdit *baselineEdit() const { return m_baseline; }
    [[nodiscard]] QLineEdit *targetEdit() const { return m_target; }
    [[nodiscard]] QPlainTextEdit *stepsEdit() const { return m_steps; }
    [[nodiscard]] QCheckBox *deadlineCheck() const { return m_hasDeadline; }
    [[nodiscard]] QDateEdit *deadlineEdit() const { return m_deadline; }
    [[nodiscard]] QLineEdit *ownerEdit() const { return m_owner; }
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }
    [[nodiscard]] QString problem() const;
    void save();

signals:
    void saved();

private:
    storage::Database &m_db;
    qint64 m_taskId;
    QLineEdit *m_indicator;
    QLineEdit *m_baseline;
    QLineEdit *m_target;
    QPlainTextEdit *m_steps;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QLineEdit *m_owner;
    QComboBox *m_status;
    QLabel *m_problem;
};

/// 月度进展: a task's progress for one month — the value reached (required), a note and an
/// evidence file (chosen with a file dialog; none keeps the entry's evidence) — written through
/// plan::ReformPlanStore::setProgress; Remove Entry takes an entry away (asked first). A refusal
/// stays in the dialog with the store's message and writes nothing.
class ProgressEntryDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressEntryDialog(storage::Database &db, const plan::PlanTask &task, const QString &month, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *valueEdit() const { return m_value; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QLineEdit *evidenceEdit() const { return m_evidence; }
    [[nodiscard]] QPushButton *browseButton() const { return m_browse; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QString problem() const;
    void save();
    /// Removes the month's entry (after asking).
    void removeEntry();
    /// Asks for the evidence file.
    void chooseEvidence();

signals:
    void saved();

private:
    storage::Database &m_db;
    qint64 m_taskId;
    QString m_month;
    QLineEdit *m_value;
    QLineEdit *m_note;
    QLineEdit *m_evidence;
    QPushButton *m_browse;
    QPushButton *m_remove;
    QLabel *m_problem;
};

} // namespace sd::ui
