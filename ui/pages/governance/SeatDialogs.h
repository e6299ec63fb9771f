#pragma once

#include "governance/Governance.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// A new term: number, start, planned end, the electing meeting. Checked as typed; the store's
/// refusal stays in the dialog with everything typed.
class TermDialog : public QDialog
{
    Q_OBJECT
public:
    TermDialog(storage::Database &db, int suggestedNumber, QDate suggestedStart, QWidget *parent = nullptr);

signals:
    void saved(qint64 termId);

private:
    void revalidate();
    void save();

    storage::Database &m_db;
    QSpinBox *m_number;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_meeting;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// Adds a seat to a body in a term, or edits one. The person is typed (a name or a member
/// number) and picked from the register, which fills the facts as seated; or left unlinked,
/// an outside person. The role is one of the body's. A refusal of the store (常务理事须为理事)
/// is shown under the form and nothing is written.
class SeatDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing`: edit that seat (its person, body and term stay).
    SeatDialog(storage::Database &db, const governance::Term &term, governance::Body body,
        const std::optional<governance::Seat> &existing, QWidget *parent = nullptr);

    /// The member linked (0: an outside person).
    [[nodiscard]] qint64 linkedMemberId() const { return m_memberId; }

signals:
    void saved(qint64 seatId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void pick(qint64 memberId);
    void unlink();
    void updateLink();
    void revalidate();
    void save();

    storage::Database &m_db;
    governance::Term m_term;
    governance::Body m_body;
    std::optional<governance::Seat> m_existing;
    qint64 m_memberId = 0;
    QString m_memberNo;
    QString m_idNumber;
    QString m_affiliationType;

    QLineEdit *m_name;
    QListWidget *m_matches;
    QLabel *m_link;
    QComboBox *m_role;
    QComboBox *m_gender;
    QLineEdit *m_birth;
    QComboBox *m_frontLine;
    QComboBox *m_political;
    QLineEdit *m_affiliation;
    QComboBox *m_fullTime;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QTimer *m_searchDelay;
};

/// Ends a seat on a date (today by default).
class EndSeatDialog : public QDialog
{
    Q_OBJECT
public:
    EndSeatDialog(storage::Database &db, const governance::Seat &seat, QDate today, QWidget *parent = nullptr);

signals:
    void saved(qint64 seatId);

private:
    void save();

    storage::Database &m_db;
    qint64 m_seatId;
    QLineEdit *m_date;
    QLabel *m_problem;
};

} // namespace sd::ui
