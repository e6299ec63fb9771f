#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace sd::supervisor {
class SupervisorStore;
}

namespace sd::ui {

/// The drill-down of the supervisor's overview: one society's submission — its findings
/// (check id, requirement, status, measured), the parts its package left out, its key figures,
/// and its submission history (every package imported for it, superseded ones marked). Reads the
/// store only; shows what the store holds, nothing computed again.
class SocietyDialog : public QDialog
{
    Q_OBJECT
public:
    SocietyDialog(supervisor::SupervisorStore &store, QWidget *parent = nullptr);

    /// Shows submission `submissionId`; false when the store has none with that id.
    bool showSubmission(qint64 submissionId);
    [[nodiscard]] qint64 submissionId() const { return m_submissionId; }

    [[nodiscard]] QTableWidget *findingsTable() const { return m_findings; }
    [[nodiscard]] QListWidget *missingList() const { return m_missing; }
    [[nodiscard]] QTableWidget *figuresTable() const { return m_figures; }
    [[nodiscard]] QTableWidget *historyTable() const { return m_history; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    supervisor::SupervisorStore &m_store;
    qint64 m_submissionId = 0;
    QLabel *m_heading;
    QLabel *m_details;
    QTabWidget *m_tabs;
    QTableWidget *m_findings;
    QListWidget *m_missing;
    QTableWidget *m_figures;
    QTableWidget *m_history;
};

} // namespace sd::ui
