#include "pages/annualreport/SectionPanel.h"

#include "common/DocumentView.h"
#include "common/RichTextEditor.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QTextEdit>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

using annual::AnnualReportStore;
using annual::ReportStatus;

SectionPanel::SectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_generatedCaption(new QLabel(this))
    , m_takenAt(new QLabel(this))
    , m_finance(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_banner(new QLabel(this))
    , m_generated(new DocumentView(this))
    , m_narrativeCaption(new QLabel(this))
    , m_note(new QLabel(this))
    , m_editor(new RichTextEditor(this))
    , m_saveState(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    m_title->setObjectName(QStringLiteral("annualReport.sectionTitle"));
    m_takenAt->setObjectName(QStringLiteral("annualReport.takenAt"));
    m_finance->setObjectName(QStringLiteral("annualReport.finance"));
    m_finance->hide();
    m_refresh->setObjectName(QStringLiteral("annualReport.refresh"));
    m_banner->setObjectName(QStringLiteral("annualReport.recordsBanner"));
    m_generated->setObjectName(QStringLiteral("annualReport.generated"));
    m_note->setObjectName(QStringLiteral("annualReport.editorNote"));
    m_editor->setObjectName(QStringLiteral("annualReport.narrative"));
    m_editor->editor()->setObjectName(QStringLiteral("annualReport.narrativeEdit"));
    m_saveState->setObjectName(QStringLiteral("annualReport.saveState"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont captionFont = m_generatedCaption->font();
    captionFont.setBold(true);
    m_generatedCaption->setFont(captionFont);
    m_narrativeCaption->setFont(captionFont);
    m_takenAt->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_takenAt->setWordWrap(true);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; border-radius: 3px; padding: 4px 6px; }"));
    m_banner->hide();
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_saveState->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_generated->setMinimumHeight(80);
    m_narrativeCaption->setBuddy(m_editor->editor());

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { flush(); });
    connect(m_editor, &RichTextEditor::textEdited, this, &SectionPanel::onEdited);
    connect(m_refresh, &QPushButton::clicked, this, &SectionPanel::refreshRequested);
    connect(m_finance, &QPushButton::clicked, this, &SectionPanel::financeRequested);

    auto *generated = new QWidget(this);
    auto *captionRow = new QHBoxLayout;
    captionRow->setSpacing(6);
    captionRow->addWidget(m_generatedCaption);
    captionRow->addWidget(m_takenAt, 1);
    captionRow->addWidget(m_finance);
    captionRow->addWidget(m_refresh);
    auto *generatedLayout = new QVBoxLayout(generated);
    generatedLayout->setContentsMargins(0, 0, 0, 0);
    generatedLayout->setSpacing(4);
    generatedLayout->addLayout(captionRow);
    generatedLayout->addWidget(m_banner);
    generatedLayout->addWidget(m_generated, 1);

    auto *narrative = new QWidget(this);
    auto *noteRow = new QHBoxLayout;
    noteRow->setSpacing(6);
    noteRow->addWidget(m_narrativeCaption);
    noteRow->addWidget(m_note, 1);
    auto *narrativeLayout = new QVBoxLayout(narrative);
    narrativeLayout->setContentsMargins(0, 0, 0, 0);
    narrativeLayout->setSpacing(4);
    narrativeLayout->addLayout(noteRow);
    narrativeLayout->addWidget(m_editor, 1);
    narrativeLayout->addWidget(m_saveState);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("annualReport.sectionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(generated);
    splitter->addWidget(narrative);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    setTabOrder(m_finance, m_refresh);
    setTabOrder(m_refresh, m_editor->editor());
    retranslateUi();
}

QString SectionPanel::stored(const QString &section) const
{
    return m_report ? m_report->content.narrative(section) : QString();
}

bool SectionPanel::draftEditable() const
{
    return m_db && !m_db->isReadOnly() && m_report && m_report->status == ReportStatus::Draft;
}

void SectionPanel::load(storage::Database *db, int year, const std::optional<annual::AnnualReport> &report,
    const QString &section)
{
    if (m_pending)
        flush(); // a refusal is said by refused(); the move goes on
    stash();
    const bool sameReport = db == m_db && year == m_year && report && report->isLocked();
    if (!sameReport) {
        m_correcting = false;
        m_corrections.clear();
    }
    if (db != m_db || year != m_year)
        m_lastSaved.clear();
    m_db = db;
    m_year = year;
    m_report = db ? report : std::nullopt;
    m_section = db ? section : QString();
    m_pending = false;
    m_autosave->stop();
    m_editor->setText(m_correcting && m_corrections.contains(m_section) ? m_corrections.value(m_section) : stored(m_section));
    updateState();
}

void SectionPanel::setGenerated(std::unique_ptr<QTextDocument> document)
{
    m_generated->setBuiltDocument(std::move(document), true);
}

void SectionPanel::setRecordsNote(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void SectionPanel::setRefreshEnabled(bool enabled)
{
    m_refresh->setEnabled(enabled);
}

void SectionPanel::setFinanceEnabled(bool enabled)
{
    m_finance->setEnabled(enabled);
}

void SectionPanel::onEdited()
{
    if (m_correcting) {
        stash();
        emit edited();
        return;
    }
    if (!draftEditable())
        return;
    m_pending = true;
    m_autosave->start();
    showSaveState(tr("Not saved yet…"));
    emit edited();
}

bool SectionPanel::flush()
{
    m_autosave->stop();
    if (!m_pending)
        return true;
    if (!draftEditable() || m_section.isEmpty()) {
        m_pending = false;
        return true;
    }
    const QString text = m_editor->text();
    storage::StorageError error;
    if (!AnnualReportStore(*m_db).setNarratives(m_year, { { m_section, text } }, &error)) {
        showSaveState(tr("Not saved."));
        emit refused(error.message.isEmpty() ? tr("The narrative was not saved.") : error.message);
        return false;
    }
    m_pending = false;
    m_editor->setModified(false);
    if (m_report)
        m_report->content.narratives.insert(m_section, text);
    m_lastSaved = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    showSaveState(tr("Saved at %1.").arg(m_lastSaved));
    emit saved();
    return true;
}

void SectionPanel::discardPending()
{
    m_autosave->stop();
    m_pending = false;
}

QMap<QString, QString> SectionPanel::unsaved() const
{
    if (m_correcting)
        return corrections();
    if (m_pending && !m_section.isEmpty())
        return { { m_section, m_editor->text() } };
    return {};
}

void SectionPanel::stash()
{
    if (!m_correcting || m_section.isEmpty())
        return;
    const QString text = m_editor->text();
    if (m_editor->isModified() || m_corrections.contains(m_section))
        m_corrections.insert(m_section, text);
}

QMap<QString, QString> SectionPanel::corrections() const
{
    QMap<QString, QString> changed;
    if (!m_correcting)
        return changed;
    QMap<QString, QString> all = m_corrections;
    if (!m_section.isEmpty() && (m_editor->isModified() || all.contains(m_section)))
        all.insert(m_section, m_editor->text());
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        // Only what reads differently: formatting the same text again is no correction.
        if (AnnualReportStore::plainText(it.value()) != AnnualReportStore::plainText(stored(it.key()))
            || (AnnualReportStore::isBlank(stored(it.key())) != AnnualReportStore::isBlank(it.value())))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

void SectionPanel::startCorrection()
{
    if (!m_db || m_db->isReadOnly() || !m_report || !m_report->isLocked() || m_correcting)
        return;
    m_correcting = true;
    m_corrections.clear();
    m_editor->setText(stored(m_section));
    updateState();
    m_editor->setFocus();
}

void SectionPanel::cancelCorrection()
{
    if (!m_correcting)
        return;
    m_correcting = false;
    m_corrections.clear();
    m_editor->setText(stored(m_section));
    updateState();
    emit edited();
}

void SectionPanel::updateState()
{
    m_title->setText(m_section.isEmpty() ? QString() : AnnualReportStore::sectionTitle(m_section));
    m_finance->setVisible(m_section == QLatin1StringView("finances"));
    const bool editable = draftEditable() || m_correcting;
    m_editor->setReadOnly(!editable);
    QString note;
    if (!m_db)
        note.clear();
    else if (m_db->isReadOnly())
        note = tr("Read-only: the file was written by a newer SocietyDesk.");
    else if (!m_report)
        note = tr("Create the draft to write the narratives.");
    else if (m_correcting)
        note = tr("Correcting: edit the sections to correct, then Save Correction… with a note. Nothing is saved before.");
    else {
        switch (m_report->status) {
        case ReportStatus::Draft:
            note = tr("Saved automatically as you type.");
            break;
        case ReportStatus::Review:
        case ReportStatus::Approved:
            note = tr("Read-only: the report is %1. Return it to draft to edit it.")
                       .arg(AnnualReportStore::statusName(m_report->status));
            break;
        case ReportStatus::Published:
            note = tr("Read-only: the report is published and locked. A change is a correction (Correct…).");
            break;
        }
    }
    m_note->setText(note);
    showSaveState(m_lastSaved.isEmpty() || m_correcting ? QString() : tr("Saved at %1.").arg(m_lastSaved));

    QString taken;
    if (m_report && m_report->figuresTakenAt.isValid())
        taken = tr("taken from the records %1")
                    .arg(QLocale().toString(m_report->figuresTakenAt.toLocalTime(), QLocale::ShortFormat));
    else if (m_report)
        taken = tr("not taken from the records yet");
    else if (m_db)
        taken = tr("computed from the records now");
    m_takenAt->setText(taken);
}

void SectionPanel::showSaveState(const QString &text)
{
    m_saveState->setText(text);
    m_saveState->setVisible(!text.isEmpty());
}

void SectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SectionPanel::retranslateUi()
{
    m_generatedCaption->setText(tr("Generated part"));
    m_refresh->setText(tr("&Refresh from Records"));
    m_refresh->setToolTip(tr("Take the section's figures from the records again (a draft only)."));
    m_finance->setText(tr("Finance Su&mmary…"));
    m_finance->setToolTip(tr("Enter the year's income, expenses and net assets as the activity statement "
                             "(业务活动表) gives them. The report takes them with the figures."));
    m_narrativeCaption->setText(tr("&Narrative"));
    m_editor->editor()->setAccessibleName(tr("Narrative"));
    m_editor->editor()->setPlaceholderText(tr("What the secretariat writes for this section: the year's work, its results, "
                                              "what comes next."));
    m_generated->setAccessibleName(tr("Generated part"));
    m_generated->setPlaceholderText(tr("The section's figures, tables and charts, as the report prints them, appear here."));
    updateState();
}

} // namespace sd::ui
