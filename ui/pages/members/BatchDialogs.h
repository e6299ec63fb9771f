#pragma once

#include "domain/Member.h"
#include "pages/members/MemberBatch.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sd::ui {

/// The small dialogs of the register's batch changes. Each shows how many members it applies to,
/// validates inline (a red label under the field, OK disabled) and hands back its input; the page
/// does the change (MemberBatch.h).
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    [[nodiscard]] QPushButton *okButton() const;

protected:
    BatchDialog(int count, QWidget *parent);
    /// Adds a row with a problem label under the editor; returns the problem label.
    QLabel *addRow(QLabel *label, QWidget *editor, const QString &problemName = {});
    void setProblem(QLabel *problem, const QString &message);
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    virtual void revalidate() = 0;

    int m_count;
    QLabel *m_summary;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

/// Approves the applicants of a selection as of today.
class ApproveDialog : public BatchDialog
{
    Q_OBJECT
public:
    ApproveDialog(int count, QDate today, QWidget *parent = nullptr);
    [[nodiscard]] QString decidedBy() const;

private:
    void retranslateUi() override;
    void revalidate() override { }
    QDate m_today;
    QLabel *m_decidedByLabel;
    QLineEdit *m_decidedBy;
};

/// A new status with its date and who decided it.
class StatusDialog : public BatchDialog
{
    Q_OBJECT
public:
    StatusDialog(int count, QDate today, QWidget *parent = nullptr);
    [[nodiscard]] StatusDecision decision() const;
    void setStatus(MemberStatus status);

private:
    void retranslateUi() override;
    void revalidate() override;
    QDate m_today;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_dateLabel;
    QLineEdit *m_date;
    QLabel *m_dateProblem;
    QLabel *m_decidedByLabel;
    QLineEdit *m_decidedBy;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
};

class GradeDialog : public BatchDialog
{
    Q_OBJECT
public:
    GradeDialog(int count, const QList<MemberGrade> &grades, QWidget *parent = nullptr);
    [[nodiscard]] qint64 gradeId() const;
    void setGradeId(qint64 gradeId);

private:
    void retranslateUi() override;
    void revalidate() override { }
    QLabel *m_gradeLabel;
    QComboBox *m_grade;
};

/// A dues payment for each member of a selection.
class DuesDialog : public BatchDialog
{
    Q_OBJECT
public:
    DuesDialog(int count, QDate today, QWidget *parent = nullptr);
    [[nodiscard]] DuesInput input() const;
    /// The dues standard of a year (nullopt: none). The amount starts as the chosen year's
    /// standard and follows the year until the user changes it.
    void setStandardLookup(std::function<std::optional<qint64>(int year)> lookup);

    /// "200", "200.5", "200.50", "２００" → cents; nullopt when not an amount in yuan.
    [[nodiscard]] static std::optional<qint64> parseYuan(const QString &text);

private:
    void retranslateUi() override;
    void revalidate() override;
    QDate m_today;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_amountProblem;
    QLabel *m_paidOnLabel;
    QLineEdit *m_paidOn;
    QLabel *m_paidOnProblem;
    QLabel *m_receiptLabel;
    QLineEdit *m_receipt;
    QLabel *m_receiptProblem;
    std::function<std::optional<qint64>(int year)> m_standardLookup;
    QString m_prefilled; ///< the amount last filled in from a standard
};

} // namespace sd::ui
