#pragma once

#include "members/GradeStore.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// The society's member grades and their dues standards (Members ▸ Grades and Dues Standards…).
///
/// Left, the grades in their order with how many members hold each: add and rename (a small
/// dialog that validates as you type), remove (refused, with the reason under the list, while
/// members hold the grade or it is the default), move up/down, set the default. Right, the
/// standards as a table of years × grades (carried-over amounts in grey) and a row to set or
/// remove the standard of a grade and year; choosing a cell fills that row. Every change goes
/// through GradeStore at once (one audited transaction each); a read-only file is shown only.
class GradesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GradesDialog(storage::Database &db, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *gradeTable() const { return m_grades; }
    [[nodiscard]] QTableWidget *standardsTable() const { return m_standards; }

signals:
    /// A grade was added, renamed, removed, moved, or made the default.
    void gradesChanged();
    void standardsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadGrades(qint64 select = 0);
    void reloadStandards();
    void updateButtons();
    [[nodiscard]] qint64 currentGradeId() const;
    [[nodiscard]] bool writable() const;
    void showGradeProblem(const QString &message);

    void addGrade();
    void renameGrade();
    void removeGrade();
    void moveGrade(int step);
    void setDefaultGrade();
    /// Opens the name dialog; `commit` gets the name and returns an error message (empty: done).
    void askName(const QString &title, const QString &initial, qint64 exceptId,
        const std::function<QString(const QString &)> &commit);

    void pickCell(int row, int column);
    void revalidateStandard();
    void setStandard();
    void removeStandard();
    [[nodiscard]] qint64 editedGradeId() const;

    storage::Database &m_db;
    members::GradeStore m_store;
    QList<members::GradeInfo> m_gradeList;
    QList<members::DuesStandard> m_standardList;

    QGroupBox *m_gradeBox;
    QTableWidget *m_grades;
    QLabel *m_gradeProblem;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_default;

    QGroupBox *m_standardBox;
    QTableWidget *m_standards;
    QLabel *m_standardHint;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_gradeLabel;
    QComboBox *m_grade;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_amountProblem;
    QPushButton *m_set;
    QPushButton *m_unset;

    QLabel *m_readOnly;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
