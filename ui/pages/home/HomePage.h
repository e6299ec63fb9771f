#pragma once

#include "pages/Page.h"

#include <QDate>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTabWidget;

namespace sd::ui {

class ComplianceSummary;
class DueList;
class RecentChanges;

/// The page a secretariat opens the day with: what is due (rules::dueItems — a term ending,
/// the annual work reports, the packs' deadlines, overdue follow-ups, meetings a body owes,
/// unpaid dues), each item opening the records behind it; the compliance summary of the applied
/// packs for the current year (a click opens the Compliance page); and, in tabs, the society's
/// identity, the file (path, schema, last automatic backup) and charter (rule packs, document
/// language), how many records each register holds and the newest changes from the audit log.
/// A banner says when the file is read-only or was recovered after an unclean shutdown.
///
/// The due list and the findings are computed in a worker on a read-only connection of its own
/// (a million-member register takes a while); a newer request supersedes an older one, whose
/// result is dropped. `refresh()` re-reads everything after a change; showing the page again
/// recomputes when the file has changed since (its audit log has a newer entry) or the day has.
class HomePage : public Page
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);
    ~HomePage() override;

    [[nodiscard]] QString title() const override { return tr("Home"); }
    void setDatabase(storage::Database *database) override;
    void refresh();

    [[nodiscard]] DueList *dueList() const { return m_due; }
    [[nodiscard]] ComplianceSummary *complianceSummary() const { return m_compliance; }
    /// A computation is running (tests wait for dashboardUpdated()).
    [[nodiscard]] bool isUpdating() const;

signals:
    /// The summary was clicked: the main window shows the Compliance page.
    void complianceRequested();
    /// A due item without a record to open: the main window shows the page that holds records
    /// of `kind` (the Compliance page for None).
    void pageRequested(sd::rules::RecordKind kind);
    /// The due list and the summary show the file as it is now.
    void dashboardUpdated();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };
    Row addRow(QFormLayout *form, const char *objectName);
    void fillRecordCounts();
    [[nodiscard]] QString tableLabel(const QString &table) const;
    [[nodiscard]] qint64 fileStamp() const;
    void startDashboard();
    void launchDashboard();
    void dashboardFinished();

    QLabel *m_banner;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_name;
    QLabel *m_nameEn;
    DueList *m_due;
    ComplianceSummary *m_compliance;
    QTabWidget *m_tabs;
    QWidget *m_societyTab;
    QWidget *m_fileTab;
    QGroupBox *m_fileBox;
    QGroupBox *m_charterBox;
    QWidget *m_recordsBox;
    RecentChanges *m_recent;
    QFormLayout *m_recordsForm = nullptr;
    Row m_creditCode;
    Row m_supervisor;
    Row m_authority;
    Row m_address;
    Row m_founded;
    Row m_path;
    Row m_schema;
    Row m_lastBackup;
    Row m_rulePacks;
    Row m_documentLanguage;

    class Worker;
    Worker *m_worker;
    quint64 m_generation = 0;  ///< of the newest request
    bool m_rerun = false;      ///< a request came while the worker was busy
    qint64 m_shownStamp = -1;  ///< fileStamp() when the newest request was made
    QDate m_shownDay;
};

} // namespace sd::ui
