#pragma once

#include "rules/Engine.h"

#include <QAbstractItemModel>
#include <QSet>

namespace sd::ui {

/// The findings of one evaluation as a tree: a row per requirement (in pack order, showing its
/// checks' most pressing status) with a row per check under it — status, check id, measured,
/// threshold, hint. A status filter keeps only the checks with the statuses chosen and the
/// requirements that still have one; the order is always the packs'.
class FindingModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, CheckColumn, MeasuredColumn, ThresholdColumn, HintColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int (rules::Status): the check's, or the requirement's most pressing
        CheckRole,                     ///< QString: "<requirement>.<check>" (the column shows "<check>"); empty on a requirement row
        RequirementRole,               ///< QString: the requirement id
    };
    /// Which checks are listed.
    enum class Filter { All, FailingAndWarnings, NeedingAttention, FailingOnly };

    explicit FindingModel(QObject *parent = nullptr);

    /// Shows `run` (its packs name the requirements' titles).
    void setRun(const rules::ComplianceRun &run);
    void clear();
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const { return m_filter; }
    [[nodiscard]] static QSet<rules::Status> statuses(Filter filter);

    /// The finding of a check row; null on a requirement row or an invalid index.
    [[nodiscard]] const rules::Finding *finding(const QModelIndex &index) const;
    /// The requirement of a row (a check row's parent's), if known.
    [[nodiscard]] const rules::Requirement *requirement(const QModelIndex &index) const;
    /// The pack a row's requirement comes from.
    [[nodiscard]] const rules::RulePack *pack(const QModelIndex &index) const;
    /// The row (column 0) of a check id, or invalid when it is not listed.
    [[nodiscard]] QModelIndex indexOfCheck(const QString &check) const;
    /// Check rows listed (all of them with Filter::All).
    [[nodiscard]] int checkCount() const;
    /// The requirement's title in the current language.
    [[nodiscard]] static QString title(const rules::Requirement &requirement);
    [[nodiscard]] static QString title(const rules::RulePack &pack);
    /// The check's own id, under its requirement's row ("minutes" of "CAST17-01.minutes").
    [[nodiscard]] static QString shortCheck(const rules::Finding &finding);

    /// Header and status labels follow the language.
    void retranslate();

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        int pack = -1;        ///< into m_run.packs
        int requirement = -1; ///< into that pack's requirements
        QString requirementId;
        QList<int> findings;  ///< into m_run.findings, the ones the filter keeps
        rules::Status worst = rules::Status::NotApplicable;
    };
    void rebuild();
    [[nodiscard]] const Group *groupOf(const QModelIndex &index) const;
    [[nodiscard]] QVariant groupData(const Group &group, int column, int role) const;
    [[nodiscard]] QVariant findingData(const rules::Finding &finding, int column, int role) const;

    rules::ComplianceRun m_run;
    QList<Group> m_groups;
    Filter m_filter = Filter::All;
};

} // namespace sd::ui
