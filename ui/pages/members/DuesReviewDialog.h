#pragma once

#include "members/DuesReview.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sd::ui {

/// The rows of one list of a dues review (a few, or tens of thousands at a million members):
/// member no., name, grade, affiliation, joined, last paid. Qt::UserRole holds the member id.
class DuesReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MemberNoColumn, NameColumn, GradeColumn, AffiliationColumn, JoinDateColumn, LastPaidColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<members::DuesReviewRow> &rows);
    [[nodiscard]] const QList<members::DuesReviewRow> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<members::DuesReviewRow> m_rows;
};

/// The charter's lapse rule, shown and applied on the secretariat's request (never behind its
/// back): the active members a review proposes for 欠费, which one button marks with who
/// decided, and the lapsed members to consider for 退会, which the secretariat selects and
/// withdraws through the ordinary status change — one decision at a time, never in bulk by rule.
///
/// The dialog only shows and asks; the page does the changes (`lapseRequested`,
/// `withdrawalRequested`) and gives it the new review with `setReview`.
class DuesReviewDialog : public QDialog
{
    Q_OBJECT
public:
    DuesReviewDialog(const members::DuesReview &review, bool writable, const QString &decidedBy,
        QWidget *parent = nullptr);

    void setReview(const members::DuesReview &review);

    [[nodiscard]] QTableView *lapseTable() const { return m_lapseTable; }
    [[nodiscard]] QTableView *reviewTable() const { return m_reviewTable; }
    [[nodiscard]] DuesReviewModel *lapseModel() const { return m_lapseModel; }
    [[nodiscard]] DuesReviewModel *reviewModel() const { return m_reviewModel; }
    [[nodiscard]] QPushButton *lapseButton() const { return m_lapseButton; }
    [[nodiscard]] QPushButton *withdrawButton() const { return m_withdrawButton; }
    [[nodiscard]] QLineEdit *decidedByEdit() const { return m_decidedBy; }

signals:
    /// Mark these members 欠费, decided by `decidedBy`.
    void lapseRequested(const QList<qint64> &ids, const QString &decidedBy);
    /// Open the status change (退会) for these members.
    void withdrawalRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QTableView *makeTable(DuesReviewModel *model, const char *name);

    members::DuesReview m_review;
    bool m_writable;
    DuesReviewModel *m_lapseModel;
    DuesReviewModel *m_reviewModel;
    QLabel *m_summary;
    QLabel *m_lapseHeading;
    QTableView *m_lapseTable;
    QLabel *m_decidedByLabel;
    QLineEdit *m_decidedBy;
    QLabel *m_decidedByProblem;
    QPushButton *m_lapseButton;
    QLabel *m_reviewHeading;
    QTableView *m_reviewTable;
    QPushButton *m_withdrawButton;
};

} // namespace sd::ui
