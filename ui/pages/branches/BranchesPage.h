#pragma once

#include "branches/BranchStore.h"
#include "pages/Page.h"

#include <QHash>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTemporaryDir;

namespace sd::ui {

class BranchTableModel;

/// 分支机构: the society's branches with their last activity (a branch without one for over
/// twelve months, or without its establishment filing, is marked), the chosen branch's
/// lifecycle, filings, activities and roster, and the activity log across all branches with
/// its year and kind filters. Everything goes through BranchStore; a refused change is
/// explained in its dialog and writes nothing. Dates are judged on the clock's today.
class BranchesPage : public Page
{
    Q_OBJECT
public:
    explicit BranchesPage(QWidget *parent = nullptr);
    ~BranchesPage() override;

    [[nodiscard]] QString title() const override { return tr("Branches"); }
    void setDatabase(storage::Database *database) override;

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTabWidget *detailTabs() const { return m_detail; }
    [[nodiscard]] BranchTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QPushButton *addBranchButton() const { return m_addBranch; }
    /// The Import…, Export… and Download Template… buttons, each with a menu of the registers.
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QPushButton *setLeaderButton() const { return m_setLeader; }
    [[nodiscard]] QPushButton *editBranchButton() const { return m_editBranch; }
    [[nodiscard]] QPushButton *setSecretaryButton() const { return m_setSecretary; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPushButton *templateButton() const { return m_template; }
    /// The lifecycle step buttons: to 正常, 暂停 and 撤销.
    [[nodiscard]] QPushButton *statusButton(branches::BranchStatus to) const;
    [[nodiscard]] QTableWidget *filingsTable() const { return m_filings; }
    [[nodiscard]] QTableWidget *branchActivitiesTable() const { return m_branchActivities; }
    [[nodiscard]] QTableWidget *rosterTable() const { return m_roster; }
    [[nodiscard]] QTableWidget *activityTable() const { return m_activities; }
    [[nodiscard]] QComboBox *yearFilter() const { return m_year; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    /// The branch selected, if any.
    [[nodiscard]] std::optional<branches::Branch> currentBranch() const;
    /// Selects the branch `id`.
    void selectBranch(qint64 id);
    /// A branch, a filing (its branch with the filings tab) or an activity (in the activity log).
    bool showRecord(rules::RecordKind kind, const QString &id) override;
    /// The inline message of the branch detail (a refusal, a document not written), or empty.
    [[nodiscard]] QString detailMessage() const;

public slots:
    void reload();
    void addBranch();
    /// Edits the selected branch's name, kind, date of establishment and notes.
    void editBranch();
    /// Asks the date and resolution of the step to `to` for the branch selected.
    void changeStatus(branches::BranchStatus to);
    void addFiling();
    /// Asks for the selected branch's new leader ("leader") or secretary ("secretary").
    void setOfficer(const QString &role);
    /// Writes the current filing's document to a temporary folder and opens it.
    void openFilingDocument();
    void addActivity();

signals:
    void branchesChanged();
    /// Import, export or a template of a branch register: "branches", "filings" or "activities".
    void importRequested(const QString &kind);
    void exportRequested(const QString &kind);
    void templateRequested(const QString &kind);
    /// A document was written to `path` for opening (tests read it here).
    void documentExported(const QString &path);

protected:
    void retranslateUi() override;

private:
    /// A button whose menu offers the three registers; `chosen` is emitted with the kind.
    QPushButton *registerButton(const char *name, void (BranchesPage::*chosen)(const QString &));
    QPushButton *m_editBranch = nullptr;
    QPushButton *m_setLeader = nullptr;
    QPushButton *m_setSecretary = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_template = nullptr;

    void reloadBranches(qint64 selectId);
    void reloadDetail();
    void reloadActivities();
    void reloadYears();
    void updateButtons();
    void showDetailMessage(const QString &text, bool problem);
    [[nodiscard]] bool writable() const;

    QLabel *m_heading;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    // Branches tab
    QPushButton *m_addBranch;
    QLabel *m_summary;
    BranchTableModel *m_model;
    QTableView *m_view;
    QTabWidget *m_detail;
    QLabel *m_lifecycle;
    QHash<int, QPushButton *> m_statusButtons;
    QLabel *m_detailMessage;
    QPushButton *m_addFiling;
    QPushButton *m_openFiling;
    QTableWidget *m_filings;
    QTableWidget *m_branchActivities;
    QTableWidget *m_roster;
    // Activity log tab
    QLabel *m_yearCaption;
    QComboBox *m_year;
    QLabel *m_kindCaption;
    QComboBox *m_kind;
    QPushButton *m_addActivity;
    QLabel *m_activityCount;
    QTableWidget *m_activities;
    std::unique_ptr<QTemporaryDir> m_exportDir;
};

} // namespace sd::ui
