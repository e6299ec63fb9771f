#include "pages/home/ComplianceSummary.h"

#include "pages/compliance/StatusStyle.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using rules::FindingText;
using rules::Status;

/// One horizontal bar split by status, in proportion to the counts.
class StatusBarChart : public QWidget
{
public:
    explicit StatusBarChart(QWidget *parent) : QWidget(parent)
    {
        setMinimumHeight(18);
        setMaximumHeight(18);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setCounts(const QMap<Status, int> &counts)
    {
        m_counts = counts;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        int total = 0;
        for (const int n : std::as_const(m_counts))
            total += n;
        QPainterPath clip;
        clip.addRoundedRect(r, 4, 4);
        p.setClipPath(clip);
        p.fillRect(r, palette().color(QPalette::Midlight));
        if (total > 0) {
            qreal x = r.left();
            for (const Status s : FindingText::allStatuses()) {
                const int n = m_counts.value(s);
                if (n == 0)
                    continue;
                const qreal w = r.width() * n / total;
                p.fillRect(QRectF(x, r.top(), w, r.height()), StatusStyle::color(s));
                x += w;
            }
        }
        p.setClipping(false);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRoundedRect(r, 4, 4);
    }

private:
    QMap<Status, int> m_counts;
};

ComplianceSummary::ComplianceSummary(QWidget *parent)
    : QGroupBox(parent)
    , m_bar(new StatusBarChart(this))
    , m_legend(new QLabel(this))
    , m_failing(new QLabel(this))
    , m_packs(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("home.compliance"));
    m_legend->setObjectName(QStringLiteral("home.compliance.legend"));
    m_failing->setObjectName(QStringLiteral("home.compliance.failing"));
    m_packs->setObjectName(QStringLiteral("home.compliance.packs"));
    m_open->setObjectName(QStringLiteral("home.compliance.open"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_failing->setWordWrap(true);
    m_failing->setTextFormat(Qt::RichText);
    m_packs->setWordWrap(true);
    m_packs->setForegroundRole(QPalette::PlaceholderText);
    setCursor(Qt::PointingHandCursor);
    m_open->setCursor(Qt::PointingHandCursor);
    connect(m_open, &QPushButton::clicked, this, &ComplianceSummary::activated);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_legend);
    layout->addWidget(m_failing);
    layout->addWidget(m_packs);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    retranslateUi();
}

void ComplianceSummary::setBusy(int year)
{
    m_busy = true;
    m_year = year;
    updateTexts();
}

void ComplianceSummary::setFindings(int year, const QStringList &packTitles, const QStringList &unavailable,
    const QList<rules::Finding> &findings)
{
    m_busy = false;
    m_empty = false;
    m_year = year;
    m_packTitles = packTitles;
    m_unavailable = unavailable;
    m_counts.clear();
    m_failed.clear();
    for (const rules::Finding &f : findings) {
        ++m_counts[f.status];
        if (f.status == Status::Fail)
            m_failed << f;
    }
    m_bar->setCounts(m_counts);
    updateTexts();
}

void ComplianceSummary::clear()
{
    m_busy = false;
    m_empty = true;
    m_counts.clear();
    m_failed.clear();
    m_packTitles.clear();
    m_unavailable.clear();
    m_bar->setCounts({});
    updateTexts();
}

void ComplianceSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ComplianceSummary::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QGroupBox::mouseReleaseEvent(event);
}

void ComplianceSummary::retranslateUi()
{
    m_open->setText(tr("Open Compliance"));
    setToolTip(tr("Every finding, with its evidence and the rule it cites, is on the Compliance page."));
    updateTexts();
}

void ComplianceSummary::updateTexts()
{
    setTitle(m_year > 0 ? tr("Compliance in %1").arg(m_year) : tr("Compliance"));
    if (m_busy && m_empty) {
        m_legend->setText(tr("Checking the records against the rule packs…"));
        m_failing->clear();
        m_packs->clear();
        return;
    }
    if (m_empty) {
        m_legend->clear();
        m_failing->clear();
        m_packs->clear();
        return;
    }
    // A table of three columns: Chinese rich text would otherwise break inside a label (缺少数|据).
    QStringList cells;
    for (const Status s : FindingText::allStatuses()) {
        const int n = m_counts.value(s);
        if (n == 0)
            continue;
        cells << QStringLiteral("<td style=\"padding-right:12px\"><span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;<b>%3</b></td>")
                     .arg(StatusStyle::color(s).name(), FindingText::label(s).toHtmlEscaped(), QLocale().toString(n));
    }
    QString rows;
    for (qsizetype i = 0; i < cells.size(); i += 3)
        rows += QStringLiteral("<tr>") + cells.mid(i, 3).join(QString()) + QStringLiteral("</tr>");
    m_legend->setText(cells.isEmpty() ? tr("No findings: no rule pack applies.") : QStringLiteral("<table>") + rows + QStringLiteral("</table>"));
    if (m_failed.isEmpty()) {
        m_failing->setText(m_counts.isEmpty() ? QString() : tr("No check fails."));
    } else {
        constexpr int kShown = 4;
        QStringList lines;
        for (qsizetype i = 0; i < m_failed.size() && i < kShown; ++i) {
            const rules::Finding &f = m_failed.at(i);
            lines << QStringLiteral("<b>%1</b> %2").arg(f.check.toHtmlEscaped(), f.measured.toHtmlEscaped());
        }
        if (m_failed.size() > kShown)
            lines << tr("and %n more", nullptr, int(m_failed.size() - kShown));
        m_failing->setText(tr("Failing:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    }
    QString packs = m_packTitles.isEmpty() ? tr("No rule pack applies.") : tr("Packs: %1").arg(m_packTitles.join(QStringLiteral("; ")));
    if (!m_unavailable.isEmpty())
        packs += QLatin1Char('\n') + tr("Not in this version yet: %1").arg(m_unavailable.join(QStringLiteral("; ")));
    if (m_busy)
        packs += QLatin1Char('\n') + tr("Updating…");
    m_packs->setText(packs);
}

} // namespace sd::ui
