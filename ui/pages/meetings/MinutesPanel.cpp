#include "pages/meetings/MinutesPanel.h"

#include "common/RichTextEditor.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpDialogs.h"
#include "pages/meetings/MeetingSupport.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::MeetingStore;
using meetings::MinutesVersion;

MinutesPanel::MinutesPanel(QWidget *parent)
    : QWidget(parent)
    , m_versions(new QListWidget(this))
    , m_versionsCaption(new QLabel(this))
    , m_state(new QLabel(this))
    , m_text(new RichTextEditor(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_sign(new QPushButton(this))
    , m_correct(new QPushButton(this))
    , m_cancelCorrection(new QPushButton(this))
{
    setObjectName(QStringLiteral("meetings.minutes"));
    m_versions->setObjectName(QStringLiteral("meetings.minutes.versions"));
    m_state->setObjectName(QStringLiteral("meetings.minutes.state"));
    editor()->setObjectName(QStringLiteral("meetings.minutes.editor"));
    m_problem->setObjectName(QStringLiteral("meetings.minutes.problem"));
    m_save->setObjectName(QStringLiteral("meetings.minutes.save"));
    m_sign->setObjectName(QStringLiteral("meetings.minutes.sign"));
    m_correct->setObjectName(QStringLiteral("meetings.minutes.correct"));
    m_cancelCorrection->setObjectName(QStringLiteral("meetings.minutes.cancelCorrection"));

    m_versionsCaption->setBuddy(m_versions);
    m_versions->setMaximumWidth(210);
    m_versions->setWordWrap(true);
    m_versions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_problem->hide();

    connect(editor()->document(), &QTextDocument::modificationChanged, this, &MinutesPanel::updateButtons);
    connect(m_versions, &QListWidget::currentRowChanged, this, &MinutesPanel::showVersion);
    connect(m_save, &QPushButton::clicked, this, &MinutesPanel::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &MinutesPanel::signOff);
    connect(m_correct, &QPushButton::clicked, this, &MinutesPanel::startCorrection);
    connect(m_cancelCorrection, &QPushButton::clicked, this, &MinutesPanel::cancelCorrection);

    auto *left = new QVBoxLayout;
    left->addWidget(m_versionsCaption);
    left->addWidget(m_versions, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_state);
    right->addWidget(m_text, 1);
    right->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addStretch(1);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_cancelCorrection);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(right, 1);
    layout->addLayout(left);
    setTabOrder(editor(), m_save);
    setTabOrder(m_save, m_sign);
    setTabOrder(m_sign, m_correct);
    setTabOrder(m_correct, m_cancelCorrection);
    setTabOrder(m_cancelCorrection, m_versions);
    retranslateUi();
    load(nullptr, std::nullopt);
}

QTextEdit *MinutesPanel::editor() const
{
    return m_text->editor();
}

bool MinutesPanel::writable() const
{
    return m_db && !m_db->isReadOnly() && m_meeting;
}

bool MinutesPanel::latestSigned() const
{
    return !m_list.isEmpty() && m_list.constLast().isSigned();
}

bool MinutesPanel::viewingLatest() const
{
    return m_list.isEmpty() || m_versions->currentRow() == m_list.size() - 1;
}

void MinutesPanel::load(storage::Database *db, const std::optional<meetings::Meeting> &meeting)
{
    m_db = db;
    m_meeting = db ? meeting : std::nullopt;
    m_correcting = false;
    showProblem({});
    reload(0);
}

void MinutesPanel::reload(int selectVersion)
{
    m_list = m_meeting && m_db ? MeetingStore(*m_db).minutesVersions(m_meeting->id) : QList<MinutesVersion>();
    fillVersions(selectVersion);
    showVersion();
}

void MinutesPanel::fillVersions(int selectVersion)
{
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    int select = static_cast<int>(m_list.size()) - 1;
    for (int i = 0; i < m_list.size(); ++i) {
        const MinutesVersion &v = m_list.at(i);
        QString line = v.isSigned() ? tr("v%1 · signed %2 · %3").arg(v.version).arg(mtg::isoDate(v.signedOn), v.signedBy)
                                    : tr("v%1 · draft").arg(v.version);
        if (!v.note.isEmpty())
            line = tr("%1 · corrects: %2").arg(line, v.note);
        auto *item = new QListWidgetItem(line, m_versions);
        item->setToolTip(line);
        if (v.version == selectVersion)
            select = i;
    }
    m_versions->setCurrentRow(select);
}

void MinutesPanel::showVersion()
{
    const int row = m_versions->currentRow();
    const MinutesVersion *v = row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
    const QString text = v ? v->text : QString();
    m_text->setText(text);
    m_correcting = m_correcting && viewingLatest();
    updateState();
}

void MinutesPanel::updateState()
{
    const int row = m_versions->currentRow();
    const MinutesVersion *v = row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
    QString state;
    if (!m_meeting)
        state.clear();
    else if (!v)
        state = tr("No minutes yet: write the draft here and save it.");
    else if (!viewingLatest())
        state = tr("Version %1, superseded: read-only.").arg(v->version);
    else if (m_correcting)
        state = tr("Correcting version %1: edit the text, then Save Correction… with a note.").arg(v->version);
    else if (v->isSigned())
        state = tr("Version %1 signed off by %2 on %3 — locked. A change is a correction with a note.")
                    .arg(v->version)
                    .arg(v->signedBy, mtg::isoDate(v->signedOn));
    else if (v->version > 1)
        state = tr("Correction v%1 (%2): a draft until signed off.").arg(v->version).arg(v->note);
    else
        state = tr("Draft, last saved %1.").arg(QLocale().toString(v->savedAt.toLocalTime(), QLocale::ShortFormat));
    m_state->setText(state);
    updateButtons();
}

bool MinutesPanel::isDirty() const
{
    return m_meeting && m_text->isModified();
}

QString MinutesPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void MinutesPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void MinutesPanel::updateButtons()
{
    const bool latest = viewingLatest();
    const bool editable = writable() && latest && (!latestSigned() || m_correcting);
    m_text->setReadOnly(!editable);
    const bool dirty = isDirty();
    m_save->setText(m_correcting ? tr("Save &Correction…") : tr("&Save Draft"));
    m_save->setEnabled(editable && dirty);
    m_sign->setEnabled(writable() && latest && !latestSigned() && !m_correcting && (dirty || !m_list.isEmpty()));
    m_correct->setVisible(!m_correcting);
    m_correct->setEnabled(writable() && latest && latestSigned());
    m_cancelCorrection->setVisible(m_correcting);
}

bool MinutesPanel::saveDraft()
{
    if (!writable())
        return false;
    const QString text = m_text->text();
    if (m_correcting) {
        auto *dialog = new CorrectionDialog(*m_db, m_meeting->id, text, this);
        connect(dialog, &CorrectionDialog::saved, this, [this] {
            m_correcting = false;
            reload(0);
            emit minutesChanged();
        });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    storage::StorageError error;
    if (!MeetingStore(*m_db).saveMinutes(m_meeting->id, text, &error)) {
        showProblem(error.message.isEmpty() ? tr("The minutes were not saved.") : error.message);
        return false;
    }
    showProblem({});
    reload(0);
    emit minutesChanged();
    return true;
}

void MinutesPanel::signOff()
{
    if (!writable() || latestSigned())
        return;
    if (isDirty() && !saveDraft())
        return;
    auto *dialog = new SignDialog(*m_db, *m_meeting, m_db->clock().today(), this);
    connect(dialog, &SignDialog::saved, this, [this] {
        reload(0);
        emit minutesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MinutesPanel::startCorrection()
{
    if (!writable() || !latestSigned())
        return;
    m_correcting = true;
    m_versions->setCurrentRow(static_cast<int>(m_list.size()) - 1);
    showVersion();
    editor()->setFocus();
}

void MinutesPanel::cancelCorrection()
{
    m_correcting = false;
    showVersion();
}

void MinutesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MinutesPanel::retranslateUi()
{
    m_versionsCaption->setText(tr("&Versions:"));
    m_sign->setText(tr("Si&gn Off…"));
    m_correct->setText(tr("Corr&ect…"));
    m_cancelCorrection->setText(tr("Cancel Correctio&n"));
    editor()->setAccessibleName(tr("Minutes"));
    editor()->setPlaceholderText(tr("The minutes: the discussion of each agenda item and what was decided."));
    if (m_meeting) {
        const int row = m_versions->currentRow();
        fillVersions(row >= 0 && row < m_list.size() ? m_list.at(row).version : 0);
    }
    updateState();
}

} // namespace sd::ui
