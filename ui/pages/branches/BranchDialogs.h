#pragma once

#include "branches/BranchStore.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// The screen label of an activity kind code (BranchText::activityKinds()); the code itself
/// when it is not one of them.
QString activityKindLabel(const QString &code);

/// A new branch: its name (the naming rule's warnings shown while typing, never blocking),
/// kind, date of establishment, status (设立 or 正常) and notes. BranchStore's refusals (a
/// duplicate, a branch under a branch) are shown in the dialog and nothing is written.
class BranchDialog : public QDialog
{
    Q_OBJECT
public:
    BranchDialog(storage::Database &db, QDate today, QWidget *parent = nullptr);
    /// Edits `branch`: its name, kind, date of establishment and notes (the status changes through
    /// the lifecycle's steps).
    BranchDialog(storage::Database &db, const branches::Branch &branch, QWidget *parent = nullptr);

    [[nodiscard]] QString warnings() const;
    [[nodiscard]] QString problem() const;

signals:
    void saved(qint64 id);

private:
    void updateWarnings();
    void save();

    storage::Database &m_db;
    std::optional<branches::Branch> m_editing;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_established;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QLabel *m_warnings;
    QLabel *m_problem;
};

/// A lifecycle step of a branch (启用 / 暂停 / 撤销): its date and the resolution deciding it.
class BranchStatusDialog : public QDialog
{
    Q_OBJECT
public:
    BranchStatusDialog(storage::Database &db, const branches::Branch &branch, branches::BranchStatus to, QDate today,
        QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;

signals:
    void saved();

private:
    void save();

    storage::Database &m_db;
    qint64 m_branchId;
    branches::BranchStatus m_to;
    QLineEdit *m_date;
    QLineEdit *m_resolution;
    QLabel *m_problem;
};

/// A branch's new leader (负责人) or secretary (秘书) from a date: a member of the register by
/// member number, or anyone by name. The previous holder's term ends on that date.
class OfficerDialog : public QDialog
{
    Q_OBJECT
public:
    OfficerDialog(storage::Database &db, const branches::Branch &branch, const QString &role, QDate today,
        QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *memberNoEdit() const { return m_memberNo; }

signals:
    void saved();

private:
    void save();

    storage::Database &m_db;
    qint64 m_branchId;
    QString m_role;
    QLineEdit *m_name;
    QLineEdit *m_memberNo;
    QLineEdit *m_date;
    QLabel *m_problem;
};

/// A filing (备案) of a branch with its optional document.
class FilingDialog : public QDialog
{
    Q_OBJECT
public:
    FilingDialog(storage::Database &db, const branches::Branch &branch, QDate today, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;

signals:
    void saved(qint64 id);

private:
    void chooseDocument();
    void save();

    storage::Database &m_db;
    qint64 m_branchId;
    QComboBox *m_kind;
    QLineEdit *m_date;
    QLineEdit *m_reference;
    QLineEdit *m_resolution;
    QLabel *m_document;
    QPushButton *m_choose;
    QString m_path;
    QLabel *m_problem;
};

/// An activity held by a branch or by the society itself.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    /// `branchId`: the organiser chosen first (0: the society itself).
    ActivityDialog(storage::Database &db, QDate today, qint64 branchId, QWidget *parent = nullptr);

    [[nodiscard]] QString problem() const;

signals:
    void saved(qint64 id);

private:
    /// The first problem of the fields as typed, or empty.
    [[nodiscard]] QString check() const;
    void save();

    storage::Database &m_db;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QComboBox *m_organiser;
    QLineEdit *m_participants;
    QCheckBox *m_brand;
    QLineEdit *m_task;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
