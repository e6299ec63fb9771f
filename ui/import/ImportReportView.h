#pragma once

#include "exchange/ImportReport.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace sd::ui {

/// The findings of an import as a table: one row per error or warning, with the line as the
/// spreadsheet shows it, the column, the value and the reason. Every finding is a row — a file
/// with 100 000 bad rows gives 100 000 rows (the view asks only for the visible ones).
class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, LineColumn, ColumnColumn, ValueColumn, ReasonColumn, ColumnCount };
    enum class Show { All, Errors, Warnings };
    /// Qt::UserRole: true for an error, false for a warning.
    static constexpr int IsErrorRole = Qt::UserRole;

    explicit ImportReportModel(QObject *parent = nullptr);

    void setReport(const exchange::ImportReport &report);
    void setShow(Show show);
    [[nodiscard]] Show show() const { return m_show; }
    [[nodiscard]] const exchange::ImportIssue &issue(int row) const;
    [[nodiscard]] bool isError(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The headers follow the language (QEvent::LanguageChange reaches widgets, not models).
    void retranslate();

private:
    [[nodiscard]] qsizetype errorRows() const;

    QList<exchange::ImportIssue> m_errors;
    QList<exchange::ImportIssue> m_warnings;
    Show m_show = Show::All;
};

/// The report table with a choice of what to show (all, errors, warnings), and under it the
/// current finding in full (a long reason is elided in its cell).
class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReportView(QWidget *parent = nullptr);

    void setReport(const exchange::ImportReport &report);
    [[nodiscard]] ImportReportModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QComboBox *showBox() const { return m_show; }
    [[nodiscard]] QLabel *detailLabel() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();
    void retranslateUi();

    ImportReportModel *m_model;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QTableView *m_view;
    QLabel *m_detail;
};

} // namespace sd::ui
