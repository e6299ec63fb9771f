#pragma once

#include "meetings/Meeting.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// 决议: the resolutions of the meeting chosen with their votes, rule and recorded outcome,
/// and the outcome computed live against the roll as marked (MeetingStore::check), warnings
/// marked. Add, edit and remove through ResolutionDialog.
class ResolutionsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        TextColumn,
        KindColumn,
        ForColumn,
        AgainstColumn,
        AbstainColumn,
        RuleColumn,
        SecretColumn,
        RecordedColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit ResolutionsPanel(QWidget *parent = nullptr);

    void load(storage::Database *db, const std::optional<meetings::Meeting> &meeting, const meetings::Quorum &quorum);
    /// The roll changed: outcomes are computed again.
    void setQuorum(const meetings::Quorum &quorum);
    [[nodiscard]] const QList<meetings::Resolution> &resolutions() const { return m_list; }
    [[nodiscard]] std::optional<meetings::Resolution> currentResolution() const;
    void selectResolution(qint64 id);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *detailLabel() const { return m_detail; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

public slots:
    void addResolution();
    void editResolution();
    void removeResolution();

signals:
    void resolutionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload(qint64 selectId);
    void fill();
    void updateDetail();
    void updateButtons();
    [[nodiscard]] bool writable() const;

    storage::Database *m_db = nullptr;
    std::optional<meetings::Meeting> m_meeting;
    meetings::Quorum m_quorum;
    QList<meetings::Resolution> m_list;
    QTableWidget *m_table;
    QLabel *m_detail;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace sd::ui
