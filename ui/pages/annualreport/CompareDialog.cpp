#include "pages/annualreport/CompareDialog.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd::ui {

using annual::AnnualReportStore;
using annual::DiffSpan;
using annual::ReportContent;
using annual::SectionComparison;

namespace {

/// A run of escaped text marked as its kind: removed struck through on red, added underlined
/// on green.
QString spanHtml(DiffSpan::Kind kind, const QString &escaped)
{
    switch (kind) {
    case DiffSpan::Kind::Removed:
        return QStringLiteral("<span style=\"background:#fde0dc; color:#a50e0e; text-decoration:line-through\">%1</span>")
            .arg(escaped);
    case DiffSpan::Kind::Added:
        return QStringLiteral("<span style=\"background:#d7f5dd; color:#0b6623; text-decoration:underline\">%1</span>")
            .arg(escaped);
    case DiffSpan::Kind::Same:
        break;
    }
    return escaped;
}

} // namespace

CompareDialog::CompareDialog(storage::Database &db, int year, int from, int to, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_versions(AnnualReportStore(db).versions(year))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_sections(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("dialog.compareVersions"));
    setWindowTitle(tr("Compare Versions of the %1 Report").arg(year));
    m_from->setObjectName(QStringLiteral("compare.from"));
    m_to->setObjectName(QStringLiteral("compare.to"));
    m_summary->setObjectName(QStringLiteral("compare.summary"));
    m_sections->setObjectName(QStringLiteral("compare.sections"));
    m_diff->setObjectName(QStringLiteral("compare.diff"));
    m_summary->setWordWrap(true);
    m_diff->setOpenLinks(false);
    m_diff->setAccessibleName(tr("Text changes"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setMinimumWidth(240);
    m_sections->setSpacing(3);

    fillCombos(from, to);
    connect(m_from, &QComboBox::currentIndexChanged, this, &CompareDialog::onChoice);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CompareDialog::onChoice);
    connect(m_sections, &QListWidget::currentRowChanged, this, &CompareDialog::showSection);

    auto *choice = new QFormLayout;
    choice->addRow(tr("&From:"), m_from);
    choice->addRow(tr("&To:"), m_to);
    auto *legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("compare.legend"));
    legend->setText(QStringLiteral("%1 %2&nbsp;&nbsp;%3")
                        .arg(tr("Legend:").toHtmlEscaped(), spanHtml(DiffSpan::Kind::Removed, tr("removed").toHtmlEscaped()),
                            spanHtml(DiffSpan::Kind::Added, tr("added").toHtmlEscaped())));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    resize(860, 560);
    compare(m_from->currentData().toInt(), m_to->currentData().toInt());
}

void CompareDialog::fillCombos(int from, int to)
{
    for (QComboBox *combo : { m_from, m_to }) {
        combo->clear();
        for (const annual::ReportVersion &v : std::as_const(m_versions)) {
            QString text = tr("Version %1 · %2 · %3")
                               .arg(v.version)
                               .arg(QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat),
                                   AnnualReportStore::statusName(v.status));
            if (!v.note.isEmpty())
                text = tr("%1 · %2").arg(text, v.note);
            combo->addItem(text, v.version);
        }
        combo->addItem(tr("Working copy"), 0);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
}

ReportContent CompareDialog::content(int version) const
{
    if (version == 0) {
        const std::optional<annual::AnnualReport> report = AnnualReportStore(m_db).report(m_year);
        return report ? report->content : ReportContent();
    }
    for (const annual::ReportVersion &v : m_versions) {
        if (v.version == version)
            return v.content;
    }
    return {};
}

void CompareDialog::onChoice()
{
    compare(m_from->currentData().toInt(), m_to->currentData().toInt());
}

void CompareDialog::compare(int from, int to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
        m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    }
    const int keep = std::max(0, m_sections->currentRow());
    m_comparison = AnnualReportStore::compare(content(from), content(to));
    const QSignalBlocker block(m_sections);
    m_sections->clear();
    int changed = 0;
    int firstChanged = -1;
    for (const SectionComparison &c : std::as_const(m_comparison)) {
        QStringList what;
        if (c.narrativeChanged)
            what << tr("text changed");
        if (c.figuresChanged)
            what << tr("figures changed");
        if (what.isEmpty())
            what << tr("unchanged");
        else if (firstChanged < 0)
            firstChanged = m_sections->count();
        if (c.narrativeChanged || c.figuresChanged)
            ++changed;
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(AnnualReportStore::sectionTitle(c.section), what.join(tr(", "))),
            m_sections);
        item->setData(Qt::UserRole, c.section);
        if (c.narrativeChanged || c.figuresChanged) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_summary->setText(from == to ? tr("The same version is chosen twice.")
                                  : tr("%n section(s) of 5 changed.", nullptr, changed));
    m_sections->setCurrentRow(from == to || firstChanged < 0 ? keep : firstChanged);
    showSection();
}

void CompareDialog::showSection()
{
    const int row = m_sections->currentRow();
    if (row < 0 || row >= m_comparison.size()) {
        m_diff->clear();
        return;
    }
    const SectionComparison &c = m_comparison.at(row);
    QString html;
    if (c.figuresChanged)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("The section's figures differ: the records were taken again between "
                                                         "the two.")
                                                          .toHtmlEscaped());
    if (c.narrativeChanged)
        html += diffHtml(c.diff);
    else
        html += QStringLiteral("<p>%1</p>").arg(tr("The text is the same in both.").toHtmlEscaped());
    m_diff->setHtml(html);
}

QString CompareDialog::diffHtml(const QList<DiffSpan> &spans)
{
    QString html = QStringLiteral("<p style=\"white-space: pre-wrap\">");
    for (const DiffSpan &span : spans) {
        QString text = span.text.toHtmlEscaped();
        text.replace(u'\n', QStringLiteral("<br>"));
        html += spanHtml(span.kind, text);
    }
    return html + QStringLiteral("</p>");
}

} // namespace sd::ui
