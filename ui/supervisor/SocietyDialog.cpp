#include "supervisor/SocietyDialog.h"

#include "pages/compliance/StatusStyle.h"
#include "supervisor/OverviewModel.h"
#include "supervisor/SupervisorStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

using rules::Status;

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

SocietyDialog::SocietyDialog(supervisor::SupervisorStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_findings(makeTable(this, QStringLiteral("society.findings")))
    , m_missing(new QListWidget(this))
    , m_figures(makeTable(this, QStringLiteral("society.figures")))
    , m_history(makeTable(this, QStringLiteral("society.history")))
{
    setObjectName(QStringLiteral("societyDialog"));
    m_heading->setObjectName(QStringLiteral("society.heading"));
    m_details->setObjectName(QStringLiteral("society.details"));
    m_missing->setObjectName(QStringLiteral("society.missing"));
    m_tabs->setObjectName(QStringLiteral("society.tabs"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_missing->setWordWrap(true);

    m_findings->setColumnCount(4);
    m_figures->setColumnCount(2);
    m_history->setColumnCount(6);
    m_tabs->addTab(m_findings, QString());
    m_tabs->addTab(m_missing, QString());
    m_tabs->addTab(m_figures, QString());
    m_tabs->addTab(m_history, QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    retranslateUi();
}

bool SocietyDialog::showSubmission(qint64 submissionId)
{
    if (!m_store.submission(submissionId))
        return false;
    m_submissionId = submissionId;
    fill();
    m_tabs->setCurrentIndex(0);
    m_findings->setFocus();
    return true;
}

void SocietyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SocietyDialog::retranslateUi()
{
    m_findings->setHorizontalHeaderLabels({ tr("Check"), tr("Requirement"), tr("Status"), tr("Measured") });
    m_figures->setHorizontalHeaderLabels({ tr("Figure"), tr("Value") });
    m_history->setHorizontalHeaderLabels(
        { tr("Year"), tr("Bagging date"), tr("File"), tr("Signature"), tr("Imported"), tr("State") });
    if (m_submissionId > 0)
        fill();
    else
        setWindowTitle(tr("Society"));
}

void SocietyDialog::fill()
{
    const std::optional<supervisor::Submission> s = m_store.submission(m_submissionId);
    if (!s)
        return;
    const QLocale locale;
    setWindowTitle(tr("%1 — %2").arg(s->society, QString::number(s->year)));
    m_heading->setText(s->society);

    QString signature;
    if (s->signature == u"valid")
        signature = tr("valid signature (pinned key)");
    else if (s->signature == u"unchecked")
        signature = tr("signature not checked (no pinned key)");
    else
        signature = tr("not signed");
    const QList<supervisor::SubmittedFinding> findings = m_store.findings(s->id);
    int failing = 0;
    for (const supervisor::SubmittedFinding &f : findings)
        failing += f.status == Status::Fail ? 1 : 0;
    m_details->setText(tr("Credit code %1 · report year %2 · bagged %3 · packs %4 · %5 · %n failing check(s)", nullptr, failing)
                           .arg(s->creditCode, QString::number(s->year), locale.toString(s->baggingDate, QLocale::ShortFormat),
                               s->packs.join(QStringLiteral(", ")), signature));

    // Findings: the store's order (check id), the status as icon, colour and word.
    m_findings->setRowCount(int(findings.size()));
    for (int r = 0; r < findings.size(); ++r) {
        const supervisor::SubmittedFinding &f = findings.at(r);
        m_findings->setItem(r, 0, item(f.check));
        m_findings->setItem(r, 1, item(f.requirement));
        auto *status = item(rules::FindingText::label(f.status));
        status->setIcon(StatusStyle::icon(f.status));
        status->setBackground(OverviewModel::statusBackground(f.status));
        status->setForeground(QColor(0x20, 0x20, 0x20));
        status->setData(Qt::UserRole, int(f.status));
        m_findings->setItem(r, 2, status);
        m_findings->setItem(r, 3, item(f.measured));
        m_findings->item(r, 3)->setToolTip(f.measured);
    }
    m_findings->resizeColumnsToContents();
    m_findings->horizontalHeader()->setStretchLastSection(true);

    m_missing->clear();
    for (const QString &part : s->missingParts)
        m_missing->addItem(part);
    if (s->missingParts.isEmpty()) {
        auto *none = new QListWidgetItem(tr("The package holds every part."), m_missing);
        none->setFlags(Qt::ItemIsEnabled);
    }

    const QMap<QString, qint64> figures = m_store.figures(s->id);
    QStringList labels;
    for (const QString &label : supervisor::SupervisorStore::figureLabels())
        if (figures.contains(label))
            labels << label;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        if (!labels.contains(it.key()))
            labels << it.key();
    m_figures->setRowCount(int(labels.size()));
    for (int r = 0; r < labels.size(); ++r) {
        auto *name = item(OverviewModel::figureName(labels.at(r)));
        name->setToolTip(labels.at(r));
        m_figures->setItem(r, 0, name);
        auto *value = item(locale.toString(figures.value(labels.at(r))));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(r, 1, value);
    }
    m_figures->resizeColumnsToContents();
    m_figures->horizontalHeader()->setStretchLastSection(true);

    // Every package of the society, superseded ones included and marked.
    QList<supervisor::Submission> history;
    for (const supervisor::Submission &h : m_store.submissions(false))
        if (h.societyId == s->societyId)
            history << h;
    m_history->setRowCount(int(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const supervisor::Submission &h = history.at(r);
        m_history->setItem(r, 0, item(QString::number(h.year)));
        m_history->setItem(r, 1, item(locale.toString(h.baggingDate, QLocale::ShortFormat)));
        m_history->setItem(r, 2, item(h.fileName));
        m_history->item(r, 2)->setToolTip(tr("SHA-256 %1").arg(QString::fromLatin1(h.sha256)));
        QString sig = h.signature == u"valid" ? tr("valid") : h.signature == u"unchecked" ? tr("unchecked") : tr("none");
        m_history->setItem(r, 3, item(sig));
        m_history->setItem(r, 4, item(locale.toString(h.importedAt.toLocalTime(), QLocale::ShortFormat)));
        auto *state = item(h.supersededBy ? tr("superseded") : tr("current"));
        state->setData(Qt::UserRole, h.supersededBy);
        if (h.supersededBy) {
            for (int c = 0; c < 5; ++c)
                m_history->item(r, c)->setForeground(StatusStyle::color(Status::NotApplicable));
            state->setForeground(StatusStyle::color(Status::NotApplicable));
        } else {
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        }
        if (h.id == s->id)
            for (int c = 0; c < 5; ++c) {
                QFont f = m_history->item(r, c)->font();
                f.setBold(true);
                m_history->item(r, c)->setFont(f);
            }
        m_history->setItem(r, 5, state);
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setStretchLastSection(true);

    m_tabs->setTabText(0, tr("Findings (%1)").arg(findings.size()));
    m_tabs->setTabText(1, tr("Missing parts (%1)").arg(s->missingParts.size()));
    m_tabs->setTabText(2, tr("Figures"));
    m_tabs->setTabText(3, tr("Submission history (%1)").arg(history.size()));
}

} // namespace sd::ui
