#include "pages/compliance/EvidencePanel.h"

#include "pages/compliance/FindingModel.h"
#include "pages/compliance/StatusStyle.h"
#include "settings/SocietySettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd::ui {

using rules::RecordKind;

namespace {

enum EvidenceColumn { NameColumn, KindColumn, EvidenceColumnCount };
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QString row(const QString &label, const QString &valueHtml)
{
    return QString(QStringLiteral("<tr><td style=\"padding-right:12px; color:#555; white-space:nowrap\">") + label.toHtmlEscaped()
        + QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>"));
}

/// "young_age_threshold=45" as the profile names the setting: "中青年年龄上限: 45".
QString settingText(const QString &entry)
{
    const qsizetype eq = entry.indexOf(u'=');
    const QString name = eq < 0 ? entry : entry.left(eq);
    const QString value = eq < 0 ? QString() : entry.mid(eq + 1);
    SocietySetting key {};
    if (!SocietySettings::keyFromName(name, &key))
        return entry;
    return EvidencePanel::tr("%1: %2").arg(SocietySettings::label(key), value);
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_details(new QTextBrowser(this))
    , m_evidenceCaption(new QLabel(this))
    , m_evidence(new QTableWidget(this))
{
    m_details->setObjectName(QStringLiteral("compliance.details"));
    m_evidenceCaption->setObjectName(QStringLiteral("compliance.evidenceCaption"));
    m_evidence->setObjectName(QStringLiteral("compliance.evidence"));

    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->document()->setDocumentMargin(8);

    m_evidenceCaption->setWordWrap(true);
    m_evidenceCaption->setBuddy(m_evidence);
    m_evidence->setColumnCount(EvidenceColumnCount);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidence->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setWordWrap(false);
    m_evidence->setTabKeyNavigation(false);
    m_evidence->verticalHeader()->hide();
    m_evidence->verticalHeader()->setDefaultSectionSize(m_evidence->fontMetrics().height() + 8);
    m_evidence->horizontalHeader()->setHighlightSections(false);
    m_evidence->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_evidence->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    // Double-click and Enter both activate (QAbstractItemView::activated).
    connect(m_evidence, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    lowerLayout->setSpacing(4);
    lowerLayout->addWidget(m_evidenceCaption);
    lowerLayout->addWidget(m_evidence, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("compliance.detailSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_details);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setFocusProxy(m_evidence);
    retranslateUi();
}

QString EvidencePanel::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Member:
        return tr("Member");
    case RecordKind::Person:
        return tr("Person");
    case RecordKind::Seat:
        return tr("Seat");
    case RecordKind::Term:
        return tr("Term");
    case RecordKind::Staff:
        return tr("Staff");
    case RecordKind::Regulation:
        return tr("Regulation");
    case RecordKind::Attestation:
        return tr("Attestation");
    case RecordKind::Branch:
        return tr("Branch");
    case RecordKind::Filing:
        return tr("Filing");
    case RecordKind::Activity:
        return tr("Activity");
    case RecordKind::Meeting:
        return tr("Meeting");
    case RecordKind::Resolution:
        return tr("Resolution");
    case RecordKind::FollowUp:
        return tr("Follow-up");
    case RecordKind::None:
        break;
    }
    return tr("Record");
}

void EvidencePanel::showFinding(const rules::Finding &finding, const rules::Requirement *requirement, const rules::RulePack *pack)
{
    m_finding = finding;
    m_requirement = requirement ? std::optional(*requirement) : std::nullopt;
    m_pack = pack ? std::optional(*pack) : std::nullopt;
    if (m_pack)
        m_pack->requirements.clear();
    render();
}

void EvidencePanel::showRequirement(const rules::Requirement &requirement, const rules::RulePack *pack)
{
    m_finding.reset();
    m_requirement = requirement;
    m_pack = pack ? std::optional(*pack) : std::nullopt;
    if (m_pack)
        m_pack->requirements.clear();
    render();
}

void EvidencePanel::clear()
{
    m_finding.reset();
    m_requirement.reset();
    m_pack.reset();
    render();
}

void EvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EvidencePanel::retranslateUi()
{
    m_evidence->setHorizontalHeaderLabels({ tr("Record"), tr("Kind") });
    render();
}

void EvidencePanel::render()
{
    m_evidence->setRowCount(0);
    if (!m_finding && !m_requirement) {
        m_details->setHtml(QString(QStringLiteral("<p style=\"color:#666\">")
            + tr("Choose a finding to see what was measured, the rule it cites and the records it counted.").toHtmlEscaped()
            + QStringLiteral("</p>")));
        m_evidenceCaption->setText(tr("Evidence"));
        m_evidence->setEnabled(false);
        return;
    }

    QString html;
    // The check (or requirement) and where it comes from.
    const QString requirementTitle = m_requirement ? FindingModel::title(*m_requirement) : QString();
    const QString heading = m_finding ? m_finding->check : (m_requirement ? m_requirement->id : QString());
    html += QStringLiteral("<p><b>") + heading.toHtmlEscaped() + QStringLiteral("</b>");
    if (!requirementTitle.isEmpty())
        html += QStringLiteral(" · ") + requirementTitle.toHtmlEscaped();
    if (m_pack)
        html += QStringLiteral("<br><span style=\"color:#666\">") + FindingModel::title(*m_pack).toHtmlEscaped()
            + QStringLiteral("</span>");
    html += QStringLiteral("</p>");

    if (m_finding) {
        const rules::Finding &f = *m_finding;
        QString rows;
        rows += row(tr("Status"),
            QStringLiteral("<span style=\"color:%1\">&#9679;</span> <b>%2</b>")
                .arg(StatusStyle::color(f.status).name(), rules::FindingText::label(f.status).toHtmlEscaped()));
        if (!f.measured.isEmpty())
            rows += row(tr("Measured"), f.measured.toHtmlEscaped());
        if (!f.threshold.isEmpty())
            rows += row(tr("Threshold"), f.threshold.toHtmlEscaped());
        if (!f.hint.isEmpty())
            rows += row(tr("What to do"), f.hint.toHtmlEscaped());
        if (!f.settings.isEmpty()) {
            QStringList settings;
            for (const QString &entry : f.settings)
                settings << settingText(entry).toHtmlEscaped();
            rows += row(tr("Settings used"), settings.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("<table cellspacing=\"2\">") + rows + QStringLiteral("</table>");
    }

    // The rule's own words, then its source file.
    QString wording;
    QString file;
    if (m_requirement) {
        wording = m_requirement->sourceWording;
        file = m_requirement->sourceFile;
    } else if (m_finding) {
        wording = m_finding->citation;
    }
    if (!wording.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Source").toHtmlEscaped() + QStringLiteral("</b><br>")
            + wording.toHtmlEscaped();
        if (!file.isEmpty())
            html += QStringLiteral("<br><span style=\"color:#666\">") + file.toHtmlEscaped() + QStringLiteral("</span>");
        html += QStringLiteral("</p>");
    }
    m_details->setHtml(html);

    if (!m_finding) {
        m_evidenceCaption->setText(tr("Choose one of the requirement's checks to see its evidence."));
        m_evidence->setEnabled(false);
        return;
    }
    const QList<rules::Evidence> &evidence = m_finding->evidence;
    m_evidence->setEnabled(!evidence.isEmpty());
    m_evidenceCaption->setText(evidence.isEmpty()
            ? tr("Evidence: none listed for this finding.")
            : tr("Evidence (%1) — double-click a record or press Enter to open it on its page.").arg(evidence.size()));
    m_evidence->setRowCount(static_cast<int>(evidence.size()));
    for (int i = 0; i < evidence.size(); ++i) {
        const rules::Evidence &e = evidence.at(i);
        auto *name = new QTableWidgetItem(e.name.isEmpty() ? e.id : e.name);
        auto *kind = new QTableWidgetItem(kindLabel(e.kind));
        for (QTableWidgetItem *item : { name, kind }) {
            item->setData(KindRole, static_cast<int>(e.kind));
            item->setData(IdRole, e.id);
            if (e.kind == RecordKind::None) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("This record cannot be opened from here."));
            } else {
                item->setToolTip(tr("Open %1 on its page").arg(e.name.isEmpty() ? e.id : e.name));
            }
        }
        m_evidence->setItem(i, NameColumn, name);
        m_evidence->setItem(i, KindColumn, kind);
    }
    if (!evidence.isEmpty())
        m_evidence->setCurrentCell(0, NameColumn);
}

void EvidencePanel::activateRow(int row)
{
    const QTableWidgetItem *item = m_evidence->item(row, NameColumn);
    if (!item)
        return;
    const auto kind = static_cast<RecordKind>(item->data(KindRole).toInt());
    if (kind == RecordKind::None)
        return;
    emit openRequested(kind, item->data(IdRole).toString());
}

} // namespace sd::ui
