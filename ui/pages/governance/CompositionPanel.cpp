#include "pages/governance/CompositionPanel.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

namespace sd::ui {

using governance::Body;
using governance::Composition;
using governance::YesNoUnknown;

namespace {

const Fraction kStandingLimit(1, 3);
const Fraction kYoungShare(1, 3);

} // namespace

CompositionPanel::CompositionPanel(Body body, QWidget *parent)
    : QWidget(parent)
    , m_body(body)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
    , m_chartKind(new QComboBox(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("composition"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_seats = addRow("composition.seats", &m_seatsCaption);
    m_frontLine = addRow("composition.frontLine", &m_frontLineCaption);
    m_frontLineVerdict = new QLabel(this);
    m_frontLineVerdict->setObjectName(QStringLiteral("composition.frontLineVerdict"));
    m_frontLineVerdict->setWordWrap(true);
    m_form->addRow(m_frontLineVerdict);
    m_ratio = addRow("composition.standingRatio", &m_ratioCaption);
    m_young = addRow("composition.young", &m_youngCaption);
    m_party = addRow("composition.party", &m_partyCaption);
    m_women = addRow("composition.women", &m_womenCaption);
    m_conflictsCaption = new QLabel(this);
    m_conflictsText = new QLabel(this);
    m_conflictsText->setObjectName(QStringLiteral("composition.conflicts"));
    m_conflictsText->setWordWrap(true);
    m_conflictsText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chartView->setObjectName(QStringLiteral("composition.ages"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(170);
    m_chartKind->setObjectName(QStringLiteral("composition.chartKind"));
    m_chartKind->addItem(QString(), QVariant::fromValue(static_cast<int>(Chart::AgeBands)));
    m_chartKind->addItem(QString(), QVariant::fromValue(static_cast<int>(Chart::AffiliationTypes)));
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &CompositionPanel::renderChart);

    const bool standing = body == Body::StandingCouncil;
    const bool supervisory = body == Body::SupervisoryBoard;
    m_ratioCaption->setVisible(standing);
    m_ratio->setVisible(standing);
    m_conflictsCaption->setVisible(supervisory);
    m_conflictsText->setVisible(supervisory);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_conflictsCaption);
    layout->addWidget(m_conflictsText);
    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("composition.checks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_checks);
    layout->addWidget(m_chartKind);
    layout->addWidget(m_chartView, 1);
    setMinimumWidth(300);
    setMaximumWidth(360);
    retranslateUi();
    clear();
}

QLabel *CompositionPanel::addRow(const char *objectName, QLabel **caption)
{
    *caption = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1StringView(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(*caption, value);
    return value;
}

std::optional<Fraction> CompositionPanel::frontLineThreshold(Body body)
{
    if (body == Body::Council)
        return Fraction(3, 4);
    if (body == Body::StandingCouncil)
        return Fraction(2, 3);
    return std::nullopt;
}

QString CompositionPanel::share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("%1/%2").arg(part).arg(whole);
    return QStringLiteral("%1/%2 (%3)").arg(part).arg(whole).arg(Fraction(part, whole).toPercent());
}

void CompositionPanel::setVerdict(QLabel *label, const QString &text, std::optional<bool> pass)
{
    label->setText(text);
    if (!pass)
        label->setStyleSheet(QString());
    else
        label->setStyleSheet(*pass ? QStringLiteral("QLabel { color: #1b6e20; }") : QStringLiteral("QLabel { color: #b3261e; }"));
}

void CompositionPanel::setComposition(const Composition &c, const std::optional<Composition> &council,
    const QList<governance::SeatConflict> &conflicts)
{
    m_composition = c;
    m_council = council;
    m_conflicts = conflicts;
    render();
}

void CompositionPanel::setChecks(const QList<governance::CompositionCheck> &checks)
{
    m_checkList = checks;
    QStringList lines;
    for (const governance::CompositionCheck &c : checks) {
        using Status = governance::CompositionCheck::Status;
        const QString mark = c.status == Status::Pass ? QStringLiteral("✓") : c.status == Status::Warning ? QStringLiteral("⚠") : QStringLiteral("✗");
        const QString color = c.status == Status::Pass ? QStringLiteral("#1b6e20") : c.status == Status::Warning ? QStringLiteral("#8a5a00") : QStringLiteral("#b3261e");
        lines << QStringLiteral("<span style=\"color:%1\">%2 %3</span>").arg(color, mark, c.text.toHtmlEscaped());
    }
    m_checks->setText(lines.join(QStringLiteral("<br>")));
    m_checks->setVisible(!lines.isEmpty());
}

void CompositionPanel::clear()
{
    setChecks({});
    m_composition.reset();
    m_council.reset();
    m_conflicts.clear();
    render();
}

void CompositionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompositionPanel::retranslateUi()
{
    m_title->setText(tr("Composition"));
    m_seatsCaption->setText(tr("Seats:"));
    m_frontLineCaption->setText(tr("Front-line:"));
    m_ratioCaption->setText(tr("Of the council:"));
    m_partyCaption->setText(tr("Party members:"));
    m_womenCaption->setText(tr("Women:"));
    m_conflictsCaption->setText(tr("Conflicts to review (CA-06):"));
    m_chartKind->setItemText(0, tr("Age bands"));
    m_chartKind->setItemText(1, tr("Affiliation types"));
    render();
}

void CompositionPanel::render()
{
    const std::optional<Composition> &c = m_composition;
    m_youngCaption->setText(tr("Aged %1 or under:").arg(c ? c->youngAge : 45));
    const QList<QLabel *> values { m_seats, m_frontLine, m_frontLineVerdict, m_ratio, m_young, m_party, m_women };
    if (!c) {
        for (QLabel *label : values)
            setVerdict(label, QString(), std::nullopt);
        m_seats->setText(tr("No term selected."));
        m_conflictsText->clear();
        renderChart();
        return;
    }
    // "9/12 (75.0%) · 1 unknown": the unknowns apart, never counted as no.
    const auto withUnknown = [](const YesNoUnknown &v, qint64 whole) {
        QString text = share(v.yes, whole);
        if (v.unknown > 0)
            text = QString(text + QStringLiteral(" · ") + tr("%n unknown", nullptr, static_cast<int>(v.unknown)));
        return text;
    };

    QString seats = QString::number(c->seats);
    if (c->previousTermSeats)
        seats = tr("%1 (previous term: %2)").arg(c->seats).arg(*c->previousTermSeats);
    setVerdict(m_seats, seats, std::nullopt);

    const std::optional<Fraction> threshold = frontLineThreshold(m_body);
    if (threshold && c->seats > 0) {
        const bool pass = threshold->isReachedBy(c->frontLine.yes, c->seats);
        setVerdict(m_frontLine, withUnknown(c->frontLine, c->seats), pass);
        const qint64 more = governance::moreNeeded(c->frontLine.yes, c->seats, *threshold);
        QString verdict = pass ? tr("✓ At least %1: met.").arg(threshold->toString())
                               : tr("✗ Below %1: %n more front-line seat(s) needed.", nullptr, static_cast<int>(more))
                                     .arg(threshold->toString());
        if (!pass && c->frontLine.unknown > 0)
            verdict = QString(verdict + u' ' + tr("Check the unknowns first."));
        setVerdict(m_frontLineVerdict, verdict, pass);
    } else {
        setVerdict(m_frontLine, withUnknown(c->frontLine, c->seats), std::nullopt);
        setVerdict(m_frontLineVerdict, QString(), std::nullopt);
    }
    m_frontLineVerdict->setVisible(!m_frontLineVerdict->text().isEmpty());

    if (m_body == Body::StandingCouncil && m_council) {
        const bool pass = governance::isAtMost(c->seats, m_council->seats, kStandingLimit) && m_council->seats > 0;
        const QString text = QString(share(c->seats, m_council->seats) + u' '
            + (pass ? tr("✓ at most %1").arg(kStandingLimit.toString()) : tr("✗ over %1").arg(kStandingLimit.toString())));
        setVerdict(m_ratio, text, pass);
    } else {
        setVerdict(m_ratio, QString(), std::nullopt);
    }

    if ((m_body == Body::Council || m_body == Body::StandingCouncil) && c->seats > 0) {
        const bool pass = kYoungShare.isReachedBy(c->young.yes, c->seats);
        const QString text = QString(withUnknown(c->young, c->seats) + u' '
            + (pass ? tr("✓ at least %1").arg(kYoungShare.toString()) : tr("✗ below %1").arg(kYoungShare.toString())));
        setVerdict(m_young, text, pass);
    } else {
        setVerdict(m_young, withUnknown(c->young, c->seats), std::nullopt);
    }
    setVerdict(m_party, withUnknown(c->party, c->seats), std::nullopt);
    setVerdict(m_women, withUnknown(c->women, c->seats), std::nullopt);

    if (m_body == Body::SupervisoryBoard) {
        QStringList lines;
        for (const governance::SeatConflict &conflict : std::as_const(m_conflicts))
            lines << QString(conflict.name + QStringLiteral("：") + conflict.reason);
        m_conflictsText->setText(lines.isEmpty() ? tr("None found.") : lines.join(u'\n'));
        m_conflictsText->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    }

    renderChart();
}

void CompositionPanel::showChart(Chart chart)
{
    m_chartKind->setCurrentIndex(chart == Chart::AgeBands ? 0 : 1);
}

CompositionPanel::Chart CompositionPanel::chart() const
{
    return m_chartKind->currentIndex() == 1 ? Chart::AffiliationTypes : Chart::AgeBands;
}

void CompositionPanel::renderChart()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_bars.clear();
    const std::optional<Composition> &c = m_composition;
    if (!c)
        return;
    if (chart() == Chart::AgeBands) {
        // Age bands in their natural order, the youngest on top; the unknowns last.
        m_chart->setTitle(tr("Age bands"));
        const QStringList bands { QStringLiteral("≤35"), QStringLiteral("36–45"), QStringLiteral("46–55"),
            QStringLiteral("56–65"), QStringLiteral("66–70"), QStringLiteral(">70"), QStringLiteral("unknown") };
        for (const QString &band : bands) {
            const qint64 n = c->ageBands.value(band);
            if (band == u"unknown" && n == 0)
                continue;
            m_bars.append({ band == u"unknown" ? tr("Unknown") : band, n });
        }
    } else {
        // Affiliation types by seats, the largest on top; beyond six, the rest as one bar; the
        // unrecorded last.
        m_chart->setTitle(tr("Affiliation types"));
        QList<QPair<QString, qint64>> types;
        for (auto it = c->affiliationTypes.cbegin(); it != c->affiliationTypes.cend(); ++it) {
            if (!it.key().isEmpty() && it.value() > 0)
                types.append({ it.key(), it.value() });
        }
        std::stable_sort(types.begin(), types.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        constexpr int kShown = 6;
        qint64 rest = 0;
        for (int i = 0; i < types.size(); ++i) {
            if (i < kShown || types.size() == kShown + 1)
                m_bars.append(types.at(i));
            else
                rest += types.at(i).second;
        }
        if (rest > 0)
            m_bars.append({ tr("Other"), rest });
        if (const qint64 unrecorded = c->affiliationTypes.value(QString()); unrecorded > 0)
            m_bars.append({ tr("Not recorded"), unrecorded });
    }
    // Horizontal bars: the names stay whole in a narrow panel; the first bar on top (a
    // horizontal bar series draws its first category at the bottom).
    auto *set = new QBarSet(tr("Seats"));
    QStringList categories;
    qint64 highest = 0;
    for (auto bar = m_bars.crbegin(); bar != m_bars.crend(); ++bar) {
        *set << static_cast<qreal>(bar->second);
        categories << bar->first;
        highest = std::max(highest, bar->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    m_chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *countAxis = new QValueAxis;
    // An even maximum with three ticks: whole numbers on the axis.
    countAxis->setRange(0, static_cast<qreal>((highest * 6 / 5 / 2 + 1) * 2));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTickCount(3);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(countAxis);
}

QString CompositionPanel::text() const
{
    QStringList lines;
    for (const QLabel *label : { m_seats, m_frontLine, m_frontLineVerdict, m_ratio, m_young, m_party, m_women, m_conflictsText }) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    for (const governance::CompositionCheck &c : m_checkList)
        lines << c.text;
    return lines.join(u'\n');
}

} // namespace sd::ui
