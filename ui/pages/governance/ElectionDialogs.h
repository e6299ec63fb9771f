#pragma once

#include "domain/Fraction.h"
#include "governance/Governance.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// 换届筹备: opens the draft of the next term, starting on a planned date.
class PrepareTermDialog : public QDialog
{
    Q_OBJECT
public:
    PrepareTermDialog(storage::Database &db, int number, QDate suggestedStart, QWidget *parent = nullptr);

signals:
    void saved(qint64 draftId);

private:
    void revalidate();
    void save();

    storage::Database &m_db;
    int m_number;
    QLineEdit *m_start;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// 计票: the ballots cast and each candidate's votes, for every body of the draft term; shows
/// live who is elected (more than half of the ballots cast) and refuses votes outside
/// 0…ballots cast inline.
class RecordCountDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { BodyColumn, RoleColumn, NameColumn, VotesColumn, ResultColumn, ColumnCount };

    RecordCountDialog(storage::Database &db, const governance::Term &draft, QWidget *parent = nullptr);

    [[nodiscard]] QSpinBox *ballotsEdit() const { return m_ballots; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    /// The row of the seat, -1 when it is not listed.
    [[nodiscard]] int rowOf(qint64 seatId) const;
    [[nodiscard]] QString problem() const;

signals:
    void saved(qint64 termId);

private:
    void revalidate();
    void save();

    storage::Database &m_db;
    governance::Term m_draft;
    Fraction m_threshold; ///< the charter's: elected with more than this share
    QList<governance::Seat> m_seats;
    QSpinBox *m_ballots;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_filling = false;
};

} // namespace sd::ui
