#pragma once

#include "members/DuesReview.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::ui {

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
    DuesReviewDialog(const members::DuesReview &review, const QList<members::DuesReviewRow> &toLapse,
        const QList<members::DuesReviewRow> &toReview, bool writable, const QString &decidedBy,
        QWidget *parent = nullptr);

    void setReview(const members::DuesReview &review, const QList<members::DuesReviewRow> &toLapse,
        const QList<members::DuesReviewRow> &toReview);

    [[nodiscard]] QTableWidget *lapseTable() const { return m_lapseTable; }
    [[nodiscard]] QTableWidget *reviewTable() const { return m_reviewTable; }
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
    static void fill(QTableWidget *table, const QList<members::DuesReviewRow> &rows);
    void setupTable(QTableWidget *table);

    members::DuesReview m_review;
    QList<members::DuesReviewRow> m_toLapse;
    QList<members::DuesReviewRow> m_toReview;
    bool m_writable;
    QLabel *m_summary;
    QLabel *m_lapseHeading;
    QTableWidget *m_lapseTable;
    QLabel *m_decidedByLabel;
    QLineEdit *m_decidedBy;
    QLabel *m_decidedByProblem;
    QPushButton *m_lapseButton;
    QLabel *m_reviewHeading;
    QTableWidget *m_reviewTable;
    QPushButton *m_withdrawButton;
    QPushButton *m_closeButton;
};

} // namespace sd::ui
