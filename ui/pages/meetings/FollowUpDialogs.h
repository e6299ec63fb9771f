#pragma once

#include "meetings/Meeting.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// A follow-up (落实) of a resolution: who, by when, how far. Completing it sets the completion
/// date (MeetingStore does).
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new follow-up of one of `resolutions` (`resolutionId` chosen first).
    FollowUpDialog(storage::Database &db, const QList<meetings::Resolution> &resolutions, qint64 resolutionId,
        QWidget *parent = nullptr);
    /// Edits `followUp` (its resolution stays).
    FollowUpDialog(storage::Database &db, const meetings::FollowUp &followUp, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLineEdit *ownerEdit() const { return m_owner; }
    [[nodiscard]] QLineEdit *dueEdit() const { return m_due; }
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }
    void save();

signals:
    void saved(qint64 id);

private:
    storage::Database &m_db;
    std::optional<meetings::FollowUp> m_editing;
    QComboBox *m_resolution;
    QLineEdit *m_owner;
    QLineEdit *m_due;
    QComboBox *m_status;
    QLabel *m_problem;
};

/// A dated progress note on a follow-up.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(storage::Database &db, const meetings::FollowUp &followUp, QDate today, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    void save();

signals:
    void saved();

private:
    storage::Database &m_db;
    qint64 m_followUpId;
    QLineEdit *m_date;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

/// 签发: the chair signs the latest minutes off on a date; they are locked from then on.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(storage::Database &db, const meetings::Meeting &meeting, QDate today, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLineEdit *chairEdit() const { return m_chair; }
    [[nodiscard]] QLineEdit *dateEdit() const { return m_date; }
    void save();

signals:
    void saved();

private:
    storage::Database &m_db;
    qint64 m_meetingId;
    QLineEdit *m_chair;
    QLineEdit *m_date;
    QLabel *m_problem;
};

/// A correction of signed minutes: a new version with a note saying what it corrects (required).
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionDialog(storage::Database &db, qint64 meetingId, const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    void save();

signals:
    void saved();

private:
    storage::Database &m_db;
    qint64 m_meetingId;
    QString m_text;
    QLineEdit *m_note;
    QLabel *m_problem;
};

} // namespace sd::ui
