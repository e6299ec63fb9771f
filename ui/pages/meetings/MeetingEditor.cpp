#include "pages/meetings/MeetingEditor.h"

#include "common/MessageBox.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpPanel.h"
#include "pages/meetings/MeetingAttachments.h"
#include "pages/meetings/MeetingDialogs.h"
#include "pages/meetings/MeetingSupport.h"
#include "pages/meetings/MinutesPanel.h"
#include "pages/meetings/ResolutionsPanel.h"
#include "pages/meetings/RollPanel.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::Meeting;
using meetings::MeetingStore;
using meetings::MeetingText;

MeetingEditor::MeetingEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_printMinutes(new QPushButton(this))
    , m_printSignIn(new QPushButton(this))
    , m_printNotice(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QTextBrowser(this))
    , m_attachments(new MeetingAttachments(this))
    , m_roll(new RollPanel(this))
    , m_minutes(new MinutesPanel(this))
    , m_resolutions(new ResolutionsPanel(this))
    , m_followUps(new FollowUpPanel(this))
{
    setObjectName(QStringLiteral("meetings.editor"));
    m_title->setObjectName(QStringLiteral("meetings.editor.title"));
    m_facts->setObjectName(QStringLiteral("meetings.editor.facts"));
    m_edit->setObjectName(QStringLiteral("meetings.edit"));
    m_delete->setObjectName(QStringLiteral("meetings.delete"));
    m_printMinutes->setObjectName(QStringLiteral("meetings.print.minutes"));
    m_printSignIn->setObjectName(QStringLiteral("meetings.print.signIn"));
    m_printNotice->setObjectName(QStringLiteral("meetings.print.notice"));
    m_tabs->setObjectName(QStringLiteral("meetings.editor.tabs"));
    m_overview->setObjectName(QStringLiteral("meetings.overview"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_overview->setOpenLinks(false);

    // The overview: the facts, notice and agenda above, the meeting's documents below.
    auto *overviewTab = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overviewTab);
    overviewLayout->setContentsMargins(6, 6, 6, 6);
    overviewLayout->addWidget(m_overview, 1);
    overviewLayout->addWidget(m_attachments);
    m_tabs->addTab(overviewTab, QString());
    m_tabs->addTab(m_roll, QString());
    m_tabs->addTab(m_minutes, QString());
    m_tabs->addTab(m_resolutions, QString());
    m_tabs->addTab(m_followUps, QString());

    connect(m_edit, &QPushButton::clicked, this, &MeetingEditor::editMeeting);
    connect(m_delete, &QPushButton::clicked, this, &MeetingEditor::deleteMeeting);
    const std::pair<QPushButton *, MeetingDocument> prints[] = { { m_printMinutes, MeetingDocument::Minutes },
        { m_printSignIn, MeetingDocument::SignInSheet }, { m_printNotice, MeetingDocument::Notice } };
    for (const auto &[button, document] : prints) {
        connect(button, &QPushButton::clicked, this, [this, document = document] {
            if (m_printer && m_meeting)
                m_printer(document, m_meeting->id, window());
        });
    }
    // The roll as marked drives the resolutions' outcomes at once.
    connect(m_roll, &RollPanel::quorumChanged, this, [this] {
        m_resolutions->setQuorum(m_roll->quorum());
        updateTabTitles();
    });
    connect(m_roll, &RollPanel::rollSaved, this, [this] {
        if (m_meeting)
            emit meetingChanged(m_meeting->id);
    });
    connect(m_minutes, &MinutesPanel::minutesChanged, this, [this] {
        if (m_meeting)
            emit meetingChanged(m_meeting->id);
    });
    connect(m_resolutions, &ResolutionsPanel::resolutionsChanged, this, [this] {
        m_followUps->load(m_db, m_meeting, m_resolutions->resolutions());
        updateTabTitles();
        if (m_meeting)
            emit meetingChanged(m_meeting->id);
        emit followUpsChanged();
    });
    connect(m_resolutions->table(), &QTableWidget::currentCellChanged, this, [this] {
        const auto r = m_resolutions->currentResolution();
        m_followUps->setCurrentResolution(r ? r->id : 0);
    });
    connect(m_followUps, &FollowUpPanel::followUpsChanged, this, &MeetingEditor::followUpsChanged);

    // Two header lines: the title with the meeting's own actions, the facts with the documents.
    m_title->setWordWrap(true);
    m_facts->setWordWrap(true);
    auto *titleLine = new QHBoxLayout;
    titleLine->addWidget(m_title, 1);
    titleLine->addWidget(m_edit);
    titleLine->addWidget(m_delete);
    auto *factsLine = new QHBoxLayout;
    factsLine->addWidget(m_facts, 1);
    factsLine->addWidget(m_printMinutes);
    factsLine->addWidget(m_printSignIn);
    factsLine->addWidget(m_printNotice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleLine);
    layout->addLayout(factsLine);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
    load(nullptr, std::nullopt);
}

bool MeetingEditor::writable() const
{
    return m_db && !m_db->isReadOnly() && m_meeting;
}

QPushButton *MeetingEditor::printButton(MeetingDocument document) const
{
    switch (document) {
    case MeetingDocument::Minutes:
        return m_printMinutes;
    case MeetingDocument::SignInSheet:
        return m_printSignIn;
    case MeetingDocument::Notice:
        return m_printNotice;
    }
    return nullptr;
}

void MeetingEditor::load(storage::Database *db, const std::optional<Meeting> &meeting)
{
    m_db = db;
    m_meeting = db && meeting ? MeetingStore(*db).meeting(meeting->id) : std::nullopt;
    m_roll->load(m_db, m_meeting);
    m_minutes->load(m_db, m_meeting);
    m_attachments->load(m_db, m_meeting);
    m_resolutions->load(m_db, m_meeting, m_roll->quorum());
    m_followUps->load(m_db, m_meeting, m_resolutions->resolutions());
    m_tabs->setEnabled(m_meeting.has_value());
    fillOverview();
    updateTabTitles();
    updateButtons();
}

bool MeetingEditor::isDirty() const
{
    return m_roll->isDirty() || m_minutes->isDirty();
}

bool MeetingEditor::saveAll()
{
    if (m_roll->isDirty() && !m_roll->save()) {
        m_tabs->setCurrentIndex(RollTab);
        return false;
    }
    if (m_minutes->isDirty() && !m_minutes->saveDraft()) {
        m_tabs->setCurrentIndex(MinutesTab);
        return false;
    }
    return true;
}

void MeetingEditor::setPrinter(const MeetingPrinter &printer)
{
    m_printer = printer;
    updateButtons();
}

void MeetingEditor::fillOverview()
{
    if (!m_meeting) {
        m_title->setText(m_db ? tr("No meeting chosen") : QString());
        m_facts->clear();
        m_overview->clear();
        return;
    }
    const Meeting &m = *m_meeting;
    m_title->setText(MeetingStore::displayTitle(m));
    QString when = mtg::isoDate(m.date);
    if (m.startTime.isValid())
        when = QString(when + u' ' + m.startTime.toString(QStringLiteral("HH:mm")));
    m_facts->setText(tr("%1 · %2 · %3 · %4").arg(m.number, MeetingText::label(m.body), when, MeetingText::label(m.mode)));
    const auto row = [](const QString &label, const QString &value) {
        return QString(QStringLiteral("<tr><td style=\"padding-right:16px\"><b>") + label.toHtmlEscaped()
            + QStringLiteral("</b></td><td>") + (value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped())
            + QStringLiteral("</td></tr>"));
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Number"), m.number);
    html += row(tr("Body"), MeetingText::label(m.body));
    html += row(tr("Date and time"), when);
    html += row(tr("Mode"), MeetingText::label(m.mode));
    html += row(tr("Place"), m.place);
    html += row(tr("Chair"), m.chair);
    html += row(tr("Record keeper"), m.recordKeeper);
    html += row(tr("Notice issued"), mtg::isoDate(m.noticeIssuedOn));
    html += row(tr("Replies due"), mtg::isoDate(m.replyBy));
    html += QStringLiteral("</table>");
    if (!m.noticeText.isEmpty())
        html += QString(QStringLiteral("<h4>") + tr("Notice").toHtmlEscaped() + QStringLiteral("</h4><p>")
            + m.noticeText.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>"));
    html += QString(QStringLiteral("<h4>") + tr("Agenda").toHtmlEscaped() + QStringLiteral("</h4>"));
    if (m.agenda.isEmpty()) {
        html += QString(QStringLiteral("<p>") + tr("No agenda items recorded.").toHtmlEscaped() + QStringLiteral("</p>"));
    } else {
        html += QStringLiteral("<ol>");
        for (const meetings::AgendaItem &item : m.agenda) {
            html += QString(QStringLiteral("<li>") + item.title.toHtmlEscaped());
            if (!item.presenter.isEmpty())
                html += QString(QStringLiteral(" <i>（") + item.presenter.toHtmlEscaped() + QStringLiteral("）</i>"));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    m_overview->setHtml(html);
}

void MeetingEditor::updateTabTitles()
{
    m_tabs->setTabText(OverviewTab, tr("&Overview"));
    const meetings::Quorum &q = m_roll->quorum();
    m_tabs->setTabText(RollTab, m_meeting ? tr("&Roll (%1/%2)").arg(q.present).arg(q.seats) : tr("&Roll"));
    m_tabs->setTabText(MinutesTab, tr("&Minutes"));
    m_tabs->setTabText(ResolutionsTab,
        m_meeting ? tr("Reso&lutions (%1)").arg(m_resolutions->resolutions().size()) : tr("Reso&lutions"));
    m_tabs->setTabText(FollowUpTab, tr("&Follow-up"));
}

void MeetingEditor::updateButtons()
{
    m_edit->setEnabled(writable());
    m_delete->setEnabled(writable());
    const QString missing = tr("Printing comes with the document renderers, which are not in this build yet.");
    for (QPushButton *button : { m_printMinutes, m_printSignIn, m_printNotice }) {
        button->setEnabled(m_printer && m_meeting);
        button->setToolTip(m_printer ? QString() : missing);
    }
}

void MeetingEditor::editMeeting()
{
    if (!writable())
        return;
    auto *dialog = new MeetingDialog(*m_db, *m_meeting, this);
    connect(dialog, &MeetingDialog::saved, this, [this](qint64 id) {
        // The editor's unsaved marks and text are kept by the page's question before.
        load(m_db, m_meeting);
        emit meetingChanged(id);
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeetingEditor::deleteMeeting()
{
    if (!writable())
        return;
    const Meeting m = *m_meeting;
    if (MessageBox::question(this, tr("Delete Meeting"),
            tr("Delete %1 (%2) with its roll, minutes, resolutions and follow-up? This cannot be undone.")
                .arg(MeetingStore::displayTitle(m), m.number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!MeetingStore(*m_db).removeMeeting(m.id, &error)) {
        MessageBox::warning(this, tr("Delete Meeting"), error.message);
        return;
    }
    load(m_db, std::nullopt);
    emit meetingRemoved(m.id);
}

void MeetingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MeetingEditor::retranslateUi()
{
    m_edit->setText(tr("Edit Mee&ting…"));
    m_delete->setText(tr("&Delete…"));
    m_printMinutes->setText(tr("Print Min&utes…"));
    m_printSignIn->setText(tr("Print Sign-in S&heet…"));
    m_printNotice->setText(tr("Print Noti&ce…"));
    fillOverview();
    updateTabTitles();
    updateButtons();
}

} // namespace sd::ui
