#pragma once

#include "meetings/Meeting.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// A follow-up (落实) of a resolution: who, by when, how far, and its evidence (佐证材料: one
/// document, stored in the society file when the follow-up is saved). Completing it sets the
/// completion date (MeetingStore does).
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
    [[nodiscard]] QLabel *evidenceLabel() const { return m_evidence; }
    [[nodiscard]] QPushButton *chooseEvidenceButton() const { return m_chooseEvidence; }
    [[nodiscard]] QPushButton *openEvidenceButton() const { return m_openEvidence; }
    [[nodiscard]] QPushButton *clearEvidenceButton() const { return m_clearEvidence; }
    void save();

public slots:
    /// A file through the file dialog; stored when the follow-up is saved.
    void chooseEvidence();
    /// The stored document (or the file just chosen) in the desktop's application.
    void openEvidence();
    /// No evidence once saved (the stored document itself stays).
    void clearEvidence();

signals:
    void saved(qint64 id);

private:
    void showEvidence();

    storage::Database &m_db;
    std::optional<meetings::FollowUp> m_editing;
    QComboBox *m_resolution;
    QLineEdit *m_owner;
    QLineEdit *m_due;
    QComboBox *m_status;
    QLabel *m_evidence;
    QPushButton *m_chooseEvidence;
    QPushButton *m_openEvidence;
    QPushButton *m_clearEvidence;
    QLabel *m_problem;
    /// The stored evidence kept (0: none), and a file chosen to replace it.
    qint64 m_evidenceId = 0;
    QString m_evidencePath;
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
