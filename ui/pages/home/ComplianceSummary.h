#pragma once

#include "rules/Finding.h"

#include <QGroupBox>
#include <QMap>

class QLabel;
class QPushButton;

namespace sd::ui {

class StatusBarChart;

/// What the Home page says of compliance: the findings of the applied packs for the year,
/// counted by status (a bar and a legend), the failing checks by name, and a button to the
/// Compliance page. A click anywhere on it asks for that page too.
class ComplianceSummary : public QGroupBox
{
    Q_OBJECT
public:
    explicit ComplianceSummary(QWidget *parent = nullptr);

    /// Shown while the findings are computed.
    void setBusy(int year);
    /// The findings of `packTitles` for `year`; `unavailable`: packs the settings name that this
    /// version does not ship.
    void setFindings(int year, const QStringList &packTitles, const QStringList &unavailable,
        const QList<rules::Finding> &findings);
    void clear();
    /// Findings by status in the last setFindings (tests).
    [[nodiscard]] QMap<rules::Status, int> counts() const { return m_counts; }

signals:
    void activated();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();

    StatusBarChart *m_bar;
    QLabel *m_legend;
    QLabel *m_failing;
    QLabel *m_packs;
    QPushButton *m_open;
    QMap<rules::Status, int> m_counts;
    QList<rules::Finding> m_failed;
    QStringList m_packTitles;
    QStringList m_unavailable;
    int m_year = 0;
    bool m_busy = false;
    bool m_empty = true;
};

} // namespace sd::ui
