#pragma once

#include "supervisor/SupervisorStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>

namespace sd::ui {

/// The supervisor's overview as a table: one row per society (its current package for the
/// chosen year), the fixed columns — name, credit code, year, Bagging-Date, the count of failing
/// checks — then a column per key figure and a column per check id holding its status,
/// coloured like the overview spreadsheet (pass green, fail red, warning amber, pending and
/// missing data grey). Holds a copy of SupervisorStore::overview(); no store access of its own.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Society, CreditCode, Year, BaggingDate, Failing, kFixedColumns };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers as numbers, statuses by severity, dates as dates
        SubmissionIdRole,            ///< the row's submission id (qint64), on every column
        StatusRole,                  ///< a check column's rules::Status as int; invalid when absent
    };

    explicit OverviewModel(QObject *parent = nullptr);

    /// Replaces the rows and columns with `overview`.
    void setOverview(const supervisor::Overview &overview);
    [[nodiscard]] const supervisor::Overview &overview() const { return m_overview; }

    /// The check id of a column; empty for the other columns.
    [[nodiscard]] QString checkOf(int column) const;
    /// The column of a check id; -1 when the overview has no such check.
    [[nodiscard]] int columnOf(const QString &check) const;
    /// The column of a key figure (bag-info label); -1 when absent.
    [[nodiscard]] int figureColumn(const QString &label) const;
    /// How many checks of `row` fail.
    [[nodiscard]] int failingCount(int row) const;
    /// Whether `row` fails `check`.
    [[nodiscard]] bool fails(int row, const QString &check) const;

    /// A key figure's name for people (Individual-Members → "Individual members").
    [[nodiscard]] static QString figureName(const QString &label);
    /// The background of a status cell: the spreadsheet's colours.
    [[nodiscard]] static QColor statusBackground(rules::Status status);

    /// The headers are translated: call on QEvent::LanguageChange.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    supervisor::Overview m_overview;
    QList<int> m_failing; ///< per row
};

/// The overview's filter and sort: a text matched against the society's name and credit code,
/// and a failing check (only the societies failing it, or failing any check).
class OverviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// The value of checkFilter() that keeps the societies failing any check.
    static QString anyFailing() { return QStringLiteral("*"); }

    explicit OverviewFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Empty: every society; anyFailing(): those failing at least one check; a check id: those
    /// failing that check.
    void setCheckFilter(const QString &check);
    [[nodiscard]] QString checkFilter() const { return m_check; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_check;
};

} // namespace sd::ui
