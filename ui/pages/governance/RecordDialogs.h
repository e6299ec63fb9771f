#pragma once

#include "governance/Governance.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// Screen labels of the stored kinds (Regulation::kinds(), Attestation::kinds()); the code
/// itself when it is not one of them.
QString regulationKindLabel(const QString &code);
QString attestationKindLabel(const QString &code);

/// A member of the secretariat's staff.
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StaffDialog(storage::Database &db, QWidget *parent = nullptr);

signals:
    void saved(qint64 id);

private:
    void save();

    storage::Database &m_db;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QComboBox *m_employment;
    QLineEdit *m_birth;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLabel *m_problem;
};

/// Picks a document for a record (through the FileDialog seam) and stores it with the record.
class AttachmentField;

/// A regulation (制度) with its adopted text as an attachment.
class RegulationDialog : public QDialog
{
    Q_OBJECT
public:
    RegulationDialog(storage::Database &db, QDate today, QWidget *parent = nullptr);

signals:
    void saved(qint64 id);

private:
    void save();

    storage::Database &m_db;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_adopted;
    QLineEdit *m_meeting;
    AttachmentField *m_file;
    QLabel *m_problem;
};

/// An attestation (证明): who attested what, when, with its document.
class AttestationDialog : public QDialog
{
    Q_OBJECT
public:
    AttestationDialog(storage::Database &db, QDate today, QWidget *parent = nullptr);

signals:
    void saved(qint64 id);

private:
    void save();

    storage::Database &m_db;
    QComboBox *m_kind;
    QLineEdit *m_date;
    QLineEdit *m_by;
    QPlainTextEdit *m_detail;
    AttachmentField *m_file;
    QLabel *m_problem;
};

} // namespace sd::ui
