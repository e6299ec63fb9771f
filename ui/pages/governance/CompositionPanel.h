#pragma once

#include "governance/Composition.h"
#include "governance/GovernanceStore.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QFormLayout;
class QLabel;

namespace sd::ui {

/// Beside a body's seat table: its make-up on the page's date, each share as an exact fraction
/// with its percent and, where the reform sets one, pass or fail against the threshold (front
/// line 3/4 on the council and 2/3 on the standing council, how many more it needs; the
/// standing council at most 1/3 of the council; young members 1/3). Unknowns are counted as
/// unknown, never as no. The supervisory board lists CA-06's conflicts. An age-band chart below.
class CompositionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CompositionPanel(governance::Body body, QWidget *parent = nullptr);

    /// Shows `c`; `council` is the council's on the same date (for the standing council's
    /// ratio); `conflicts` for the supervisory board.
    void setComposition(const governance::Composition &c, const std::optional<governance::Composition> &council,
        const QList<governance::SeatConflict> &conflicts);
    /// The body's other thresholds (size cap, leaders' age, supervisory board size), one line each:
    /// ✓ passed, ⚠ a warning (soft wording), ✗ failed.
    void setChecks(const QList<governance::CompositionCheck> &checks);
    /// Nothing to show (no term).
    void clear();
    /// Every value line, one per line (for tests and copying).
    [[nodiscard]] QString text() const;

    /// What the chart below shows.
    enum class Chart { AgeBands, AffiliationTypes };
    void showChart(Chart chart);
    [[nodiscard]] Chart chart() const;
    /// The chart's bars, top to bottom: category and seats (for tests).
    [[nodiscard]] QList<QPair<QString, qint64>> chartBars() const { return m_bars; }

    /// The front-line threshold of a body, if it has one (3/4 council, 2/3 standing council).
    static std::optional<Fraction> frontLineThreshold(governance::Body body);
    /// "9/12 (75.0%)".
    static QString share(qint64 part, qint64 whole);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void renderChart();
    QLabel *addRow(const char *objectName, QLabel **caption);
    static void setVerdict(QLabel *label, const QString &text, std::optional<bool> pass);

    governance::Body m_body;
    std::optional<governance::Composition> m_composition;
    std::optional<governance::Composition> m_council;
    QList<governance::SeatConflict> m_conflicts;

    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_seatsCaption, *m_seats;
    QLabel *m_frontLineCaption, *m_frontLine, *m_frontLineVerdict;
    QLabel *m_ratioCaption, *m_ratio;
    QLabel *m_youngCaption, *m_young;
    QLabel *m_partyCaption, *m_party;
    QLabel *m_womenCaption, *m_women;
    QLabel *m_conflictsCaption, *m_conflictsText;
    QLabel *m_checks;
    QList<governance::CompositionCheck> m_checkList;
    QComboBox *m_chartKind;
    QChart *m_chart;
    QList<QPair<QString, qint64>> m_bars;
    QChartView *m_chartView;
};

} // namespace sd::ui
