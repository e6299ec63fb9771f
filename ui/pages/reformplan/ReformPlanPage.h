#pragma once

#include "pages/Page.h"
#include "plan/ReformPlanStore.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace sd::ui {

class DocumentExporter;

/// 改革方案: the year's reform plan for one of the society's rule packs (plan::ReformPlanStore).
/// Above, the year and the pack, Create Plan… when the pair has none (a start date; the problems
/// come pre-filled from the findings), Choose Optional Tasks… (the count against the pack's
/// minimum, live) and Export… (PDF or ODT, written in a worker by DocumentExporter). Left, the
/// problems found as plain text — Refill from Findings replaces them after asking; they are
/// saved with Save Problems or when the page is left or the file closes. Right, the tasks
/// (mandatory then optional, each with its indicator, baseline → target, deadline, owner and
/// status; a task whose indicator, baseline or target is not set is marked) — Enter or Edit
/// Task… opens the task's fields — and below them the monthly progress grid: a row per task, a
/// column per month of the plan, each cell the value entered; months that have ended with
/// nothing entered are amber, months to come grey. Enter or a double click on a cell records,
/// changes or removes its entry.
///
/// Every refusal of the store is shown with its message (on the page's message line, or in the
/// dialog that asked) and nothing is written. A read-only file shows the plan and exports it;
/// every change is disabled and the message line says why.
class ReformPlanPage : public Page
{
    Q_OBJECT
public:
    explicit ReformPlanPage(QWidget *parent = nullptr);
    ~ReformPlanPage() override;

    [[nodiscard]] QString title() const override { return tr("Reform plan"); }
    void setDatabase(storage::Database *database) override;

    /// The year and pack shown.
    [[nodiscard]] int year() const { return m_yearShown; }
    [[nodiscard]] QString pack() const { return m_packShown; }
    /// The plan as the page last read it (none: not created yet).
    [[nodiscard]] const std::optional<plan::ReformPlan> &plan() const { return m_plan; }
    /// The grid as shown.
    [[nodiscard]] const plan::ProgressGrid &grid() const { return m_grid; }
    /// The message line's text (empty when hidden).
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool isExporting() const;
    [[nodiscard]] QProgressDialog *exportProgress() const;

    [[nodiscard]] QComboBox *yearCombo() const { return m_year; }
    [[nodiscard]] QComboBox *packCombo() const { return m_pack; }
    [[nodiscard]] QPushButton *createButton() const { return m_create; }
    [[nodiscard]] QPushButton *chooseButton() const { return m_choose; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPlainTextEdit *problemsEdit() const { return m_problems; }
    [[nodiscard]] QPushButton *refillButton() const { return m_refill; }
    [[nodiscard]] QPushButton *saveProblemsButton() const { return m_saveProblems; }
    [[nodiscard]] QTableWidget *taskTable() const { return m_tasks; }
    [[nodiscard]] QPushButton *editTaskButton() const { return m_editTask; }
    [[nodiscard]] QTableWidget *gridTable() const { return m_gridTable; }

    /// The task table's columns.
    enum TaskColumn { TaskId, TaskTitle, TaskKindColumn, Indicator, Target, Deadline, Owner, Status, TaskColumnCount };
    /// Item data of the task table's first column and of the grid's cells: the task's id
    /// (reform_plan_task.id); of the grid's cells also their month and state.
    static constexpr int TaskIdRole = Qt::UserRole;
    static constexpr int MonthRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;   ///< int(plan::CellState)
    static constexpr int IncompleteRole = Qt::UserRole + 3; ///< a task whose targets are not all set

public slots:
    /// Writes the problems being typed (the file is about to close, the page is left).
    void saveNow();
    void setYear(int year);
    void setPack(const QString &pack);
    /// Reads the plan again and shows it.
    void reload();
    /// Opens Create Plan.
    void createPlan();
    /// Opens Choose Optional Tasks.
    void chooseTasks();
    /// Opens the selected task's fields.
    void editTask();
    /// Opens the entry of the grid's cell (row, column).
    void editProgress(int row, int column);
    /// Saves the problems typed; false (the store's message shown) when refused.
    bool saveProblems();
    /// Replaces the problems with those of the findings, after asking.
    void refillProblems();
    /// Asks where, then exports (Ctrl+E).
    void exportPlan();
    /// Writes the plan to `path` (.pdf or .odt) in a worker; false when refused at once.
    bool exportTo(const QString &path);

signals:
    void planExported(const QString &path);
    /// An export ended without a file: refused, failed or cancelled.
    void exportEnded();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void fillYears();
    void fillPacks();
    void fillTasks();
    void fillGrid();
    void fillLegend();
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    [[nodiscard]] bool writable() const;
    [[nodiscard]] QString packTitle(const QString &pack) const;
    [[nodiscard]] static QString monthHeader(const QString &month);

    QLabel *m_heading;
    QLabel *m_empty;
    QWidget *m_controls;
    QWidget *m_content;
    QLabel *m_yearCaption;
    QComboBox *m_year;
    QLabel *m_packCaption;
    QComboBox *m_pack;
    QPushButton *m_create;
    QPushButton *m_choose;
    QPushButton *m_export;
    QLabel *m_message;
    QLabel *m_noPlan;
    QSplitter *m_splitter;
    QGroupBox *m_problemsBox;
    QPlainTextEdit *m_problems;
    QPushButton *m_refill;
    QPushButton *m_saveProblems;
    QGroupBox *m_tasksBox;
    QTableWidget *m_tasks;
    QLabel *m_tasksNote;
    QPushButton *m_editTask;
    QGroupBox *m_gridBox;
    QTableWidget *m_gridTable;
    QWidget *m_legendRow;
    QLabel *m_legend;       ///< the missing cells' swatch is explained here
    QLabel *m_legendFuture;
    QLabel *m_legendHint;
    DocumentExporter *m_exporter;

    int m_yearShown = 0;
    QString m_packShown;
    std::optional<plan::ReformPlan> m_plan;
    plan::ProgressGrid m_grid;
    bool m_problemsDirty = false;
    bool m_filling = false;
};

} // namespace sd::ui
