#pragma once

#include "meetings/Meeting.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// A meeting's facts, its notice (issued, replies due, text) and its agenda (an editable list).
/// MeetingStore's refusals (a number taken, a notice after the meeting…) are shown in the dialog
/// and nothing is written. A new meeting gets its roll from the seats at once.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new meeting on `date` of `body`.
    MeetingDialog(storage::Database &db, QDate date, meetings::MeetingBody body, QWidget *parent = nullptr);
    /// Edits `meeting`.
    MeetingDialog(storage::Database &db, const meetings::Meeting &meeting, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLineEdit *numberEdit() const { return m_number; }
    [[nodiscard]] QComboBox *bodyCombo() const { return m_body; }
    [[nodiscard]] QLineEdit *dateEdit() const { return m_date; }
    [[nodiscard]] QTableWidget *agendaTable() const { return m_agenda; }
    void save();

signals:
    void saved(qint64 id);

private:
    void addAgendaItem();
    void removeAgendaItem();
    void moveAgendaItem(int by);
    void updateTitlePlaceholder();
    void updateAgendaButtons();

    storage::Database &m_db;
    std::optional<meetings::Meeting> m_editing;
    QLineEdit *m_number;
    QComboBox *m_body;
    QLineEdit *m_date;
    QLineEdit *m_time;
    QComboBox *m_mode;
    QLineEdit *m_place;
    QLineEdit *m_chair;
    QLineEdit *m_recordKeeper;
    QLineEdit *m_title;
    QLineEdit *m_noticeIssued;
    QLineEdit *m_replyBy;
    QPlainTextEdit *m_noticeText;
    QTableWidget *m_agenda;
    QPushButton *m_addItem;
    QPushButton *m_removeItem;
    QPushButton *m_itemUp;
    QPushButton *m_itemDown;
    QLabel *m_problem;
};

/// A resolution with its votes: the outcome is computed while the votes are typed
/// (MeetingStore::check against the roll as marked), with its warnings; the rule and the secret
/// ballot follow the kind from the charter until the user sets them. Adopting a regulation or a
/// branch decision links the record.
class ResolutionDialog : public QDialog
{
    Q_OBJECT
public:
    ResolutionDialog(storage::Database &db, const meetings::Meeting &meeting, const meetings::Quorum &quorum,
        const std::optional<meetings::Resolution> &resolution, QWidget *parent = nullptr);

    /// The resolution as the fields say now.
    [[nodiscard]] meetings::Resolution resolution() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QComboBox *kindCombo() const { return m_kind; }
    [[nodiscard]] QGroupBox *votesBox() const { return m_votes; }
    [[nodiscard]] QSpinBox *forSpin() const { return m_for; }
    [[nodiscard]] QSpinBox *againstSpin() const { return m_against; }
    [[nodiscard]] QSpinBox *abstainSpin() const { return m_abstain; }
    [[nodiscard]] QComboBox *ruleCombo() const { return m_rule; }
    [[nodiscard]] QCheckBox *secretCheck() const { return m_secret; }
    [[nodiscard]] QComboBox *recordedCombo() const { return m_recorded; }
    [[nodiscard]] QLabel *outcomeLabel() const { return m_outcome; }
    [[nodiscard]] QLabel *warningsLabel() const { return m_warnings; }
    void save();

signals:
    void saved(qint64 id);

private:
    void kindChanged();
    void updateOutcome();

    storage::Database &m_db;
    meetings::Meeting m_meeting;
    meetings::Quorum m_quorum;
    std::optional<meetings::Resolution> m_editing;
    bool m_ruleTouched = false;
    QPlainTextEdit *m_text;
    QComboBox *m_kind;
    QGroupBox *m_votes;
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_abstain;
    QComboBox *m_rule;
    QCheckBox *m_secret;
    QComboBox *m_recorded;
    QComboBox *m_regulation;
    QComboBox *m_branch;
    QLabel *m_present;
    QLabel *m_outcome;
    QLabel *m_warnings;
    QLabel *m_problem;
};

} // namespace sd::ui
