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

/// 落实 of one meeting: the follow-ups of its resolutions (who, by when, how far, the latest
/// note; overdue in red) and, carried over, the open follow-ups of earlier meetings of the same
/// body.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { ResolutionColumn, OwnerColumn, DueColumn, StatusColumn, EvidenceColumn, NoteColumn, ColumnCount };

    explicit FollowUpPanel(QWidget *parent = nullptr);

    void load(storage::Database *db, const std::optional<meetings::Meeting> &meeting,
        const QList<meetings::Resolution> &resolutions);
    /// The resolution new follow-ups go to first.
    void setCurrentResolution(qint64 id) { m_resolutionId = id; }
    [[nodiscard]] std::optional<meetings::FollowUp> currentFollowUp() const;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QTableWidget *carriedTable() const { return m_carried; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }

public slots:
    void addFollowUp();
    void editFollowUp();
    void addNote();

signals:
    void followUpsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload(qint64 selectId);
    void updateButtons();
    [[nodiscard]] bool writable() const;

    storage::Database *m_db = nullptr;
    std::optional<meetings::Meeting> m_meeting;
    QList<meetings::Resolution> m_resolutions;
    QList<meetings::FollowUp> m_list;
    QList<meetings::FollowUp> m_carriedList;
    qint64 m_resolutionId = 0;
    QLabel *m_caption;
    QTableWidget *m_table;
    QLabel *m_carriedCaption;
    QTableWidget *m_carried;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_note;
};

/// Fills a row's cells for a follow-up: overdue on `today` in red, the latest note shown with
/// every note in the tooltip. Shared by the meeting's panel and the board.
void decorateFollowUpRow(QTableWidget *table, int row, const meetings::FollowUp &followUp, QDate today);
/// Fills the evidence cell of a row: "有" with the document's name and size in its tooltip when
/// the follow-up has evidence, else empty. Call after decorateFollowUpRow (it sets tooltips).
void markEvidence(QTableWidget *table, int row, int column, storage::Database &db, const meetings::FollowUp &followUp);
/// The latest progress note as "2025-04-02 text", or empty.
[[nodiscard]] QString latestNote(const meetings::FollowUp &followUp);

} // namespace sd::ui
