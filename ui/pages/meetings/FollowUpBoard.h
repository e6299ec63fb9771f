#pragma once

#include "meetings/Meeting.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// The follow-up board across meetings (MeetingStore::allFollowUps): by due date, overdue on
/// the clock's today in red, filtered by who is responsible and to the open or overdue ones;
/// the status changed and progress noted in place; "有" where a follow-up has its evidence.
class FollowUpBoard : public QWidget
{
    Q_OBJECT
public:
    enum Column { DueColumn, OwnerColumn, StatusColumn, EvidenceColumn, MeetingColumn, BodyColumn, ResolutionColumn, NoteColumn, ColumnCount };

    explicit FollowUpBoard(QWidget *parent = nullptr);

    void setDatabase(storage::Database *db);
    [[nodiscard]] std::optional<meetings::FollowUp> currentFollowUp() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *ownerFilter() const { return m_owner; }
    [[nodiscard]] QCheckBox *openOnly() const { return m_open; }
    [[nodiscard]] QCheckBox *overdueOnly() const { return m_overdue; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QPushButton *statusButton() const { return m_status; }

public slots:
    void reload();
    void setStatus(meetings::FollowUpStatus status);
    void addNote();
    void editFollowUp();

signals:
    void followUpsChanged();
    /// Go to the meeting numbered `number`.
    void meetingRequested(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void reloadOwners();
    void updateButtons();
    [[nodiscard]] bool writable() const;

    storage::Database *m_db = nullptr;
    QList<meetings::FollowUp> m_list;
    QLabel *m_ownerCaption;
    QComboBox *m_owner;
    QCheckBox *m_open;
    QCheckBox *m_overdue;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_status;
    QPushButton *m_note;
    QPushButton *m_edit;
    QPushButton *m_goTo;
    QLabel *m_problem;
};

/// Council members whose run of consecutive unexcused absences in the current term reaches the
/// charter's threshold (MeetingStore::absences on the clock's today), with the meetings missed.
class AbsencesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AbsencesPanel(QWidget *parent = nullptr);

    void setDatabase(storage::Database *db);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *caption() const { return m_caption; }

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    storage::Database *m_db = nullptr;
    QLabel *m_caption;
    QTableWidget *m_table;
};

} // namespace sd::ui
