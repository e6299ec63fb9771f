#pragma once

#include "rules/Finding.h"

#include <QMap>
#include <QWidget>

namespace sd::ui {

/// The Compliance page's summary: for each pack evaluated, one stacked bar of its findings by
/// status (in StatusStyle's colours, each segment with its count), bars on one scale so packs
/// compare; a legend with the total of each status below. Painted with QPainter; its text for
/// screen readers (accessibleDescription) and its tool tip say the same in words.
class ComplianceChart : public QWidget
{
    Q_OBJECT
public:
    struct PackCounts
    {
        QString title;
        QMap<rules::Status, int> counts;
        [[nodiscard]] int total() const;
    };

    explicit ComplianceChart(QWidget *parent = nullptr);

    void setPacks(const QList<PackCounts> &packs);
    [[nodiscard]] const QList<PackCounts> &packs() const { return m_packs; }
    /// "Fail 2 · Warning 1 · …"; statuses with no finding are left out.
    [[nodiscard]] static QString describe(const QMap<rules::Status, int> &counts);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int labelWidth() const;

    QList<PackCounts> m_packs;
};

} // namespace sd::ui
