#include "pages/meetings/FollowUpDialogs.h"

#include "common/FileDialog.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "pages/governance/DialogSupport.h"
#include "pages/meetings/MeetingAttachments.h"
#include "pages/meetings/MeetingSupport.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::FollowUp;
using meetings::FollowUpStatus;
using meetings::MeetingStore;
using meetings::MeetingText;

namespace {

QDialogButtonBox *makeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString shownProblem(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

QString elided(const QString &text, int length = 40)
{
    const QString line = text.simplified();
    return line.size() > length ? QString(line.left(length - 1) + u'…') : line;
}

const QList<FollowUpStatus> kStatuses { FollowUpStatus::NotStarted, FollowUpStatus::InProgress, FollowUpStatus::Completed };

} // namespace

// --- FollowUpDialog

FollowUpDialog::FollowUpDialog(
    storage::Database &db, const QList<meetings::Resolution> &resolutions, qint64 resolutionId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_resolution(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_due(gov::makeDateEdit(this, QStringLiteral("followUp.due")))
    , m_status(new QComboBox(this))
    , m_evidence(new QLabel(this))
    , m_chooseEvidence(new QPushButton(tr("C&hoose…"), this))
    , m_openEvidence(new QPushButton(tr("&Open…"), this))
    , m_clearEvidence(new QPushButton(tr("C&lear"), this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("followUp.problem")))
{
    setObjectName(QStringLiteral("dialog.followUp"));
    setWindowTitle(tr("New Follow-up"));
    m_resolution->setObjectName(QStringLiteral("followUp.resolution"));
    for (const meetings::Resolution &r : resolutions)
        m_resolution->addItem(tr("%1. %2").arg(r.position).arg(elided(r.text)), r.id);
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(resolutionId)));
    m_owner->setObjectName(QStringLiteral("followUp.owner"));
    m_owner->setPlaceholderText(tr("e.g. the secretariat, or a name"));
    m_status->setObjectName(QStringLiteral("followUp.status"));
    for (FollowUpStatus s : kStatuses)
        m_status->addItem(MeetingText::label(s), static_cast<int>(s));
    m_evidence->setObjectName(QStringLiteral("followUp.evidence"));
    m_chooseEvidence->setObjectName(QStringLiteral("followUp.evidence.choose"));
    m_openEvidence->setObjectName(QStringLiteral("followUp.evidence.open"));
    m_clearEvidence->setObjectName(QStringLiteral("followUp.evidence.clear"));
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setMinimumWidth(160);
    connect(m_chooseEvidence, &QPushButton::clicked, this, &FollowUpDialog::chooseEvidence);
    connect(m_openEvidence, &QPushButton::clicked, this, &FollowUpDialog::openEvidence);
    connect(m_clearEvidence, &QPushButton::clicked, this, &FollowUpDialog::clearEvidence);
    auto *evidence = new QHBoxLayout;
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(m_chooseEvidence);
    evidence->addWidget(m_openEvidence);
    evidence->addWidget(m_clearEvidence);
    auto *form = new QFormLayout;
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("&Responsible:"), m_owner);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Status:"), m_status);
    auto *evidenceCaption = new QLabel(tr("E&vidence:"), this);
    evidenceCaption->setBuddy(m_chooseEvidence);
    form->addRow(evidenceCaption, evidence);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    showEvidence();
    m_owner->setFocus();
}

FollowUpDialog::FollowUpDialog(storage::Database &db, const FollowUp &followUp, QWidget *parent)
    : FollowUpDialog(db, {}, 0, parent)
{
    m_editing = followUp;
    setWindowTitle(tr("Edit Follow-up"));
    m_resolution->addItem(elided(followUp.resolutionText), followUp.resolutionId);
    m_resolution->setEnabled(false);
    m_owner->setText(followUp.owner);
    m_due->setText(mtg::isoDate(followUp.due));
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(followUp.status))));
    m_evidenceId = followUp.attachmentId;
    showEvidence();
}

void FollowUpDialog::showEvidence()
{
    QString text = tr("No evidence");
    QString tip;
    if (!m_evidencePath.isEmpty()) {
        const QFileInfo file(m_evidencePath);
        text = tr("%1 (%2) — stored when saved").arg(file.fileName(), MeetingAttachments::size(file.size()));
        tip = QDir::toNativeSeparators(m_evidencePath);
    } else if (m_evidenceId > 0) {
        const std::optional<governance::Attachment> a = governance::GovernanceStore(m_db).attachment(m_evidenceId);
        text = a ? MeetingAttachments::label(*a) : tr("Document %1 (missing)").arg(m_evidenceId);
    }
    m_evidence->setText(text);
    m_evidence->setToolTip(tip);
    const bool any = !m_evidencePath.isEmpty() || m_evidenceId > 0;
    m_openEvidence->setEnabled(any);
    m_clearEvidence->setEnabled(any);
}

void FollowUpDialog::chooseEvidence()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the Evidence"), QString(),
        tr("Documents (*.pdf *.doc *.docx *.odt *.ofd *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    const QFileInfo file(path);
    if (!file.isFile())
        return gov::showProblem(m_problem, tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (file.size() > governance::GovernanceStore::kMaxAttachmentBytes)
        return gov::showProblem(m_problem, tr("%1 is %2 MB; a document kept in the society file may be at most %3 MB.")
                                                .arg(file.fileName())
                                                .arg(static_cast<double>(file.size()) / (1 << 20), 0, 'f', 1)
                                                .arg(governance::GovernanceStore::kMaxAttachmentBytes >> 20));
    gov::showProblem(m_problem, QString());
    m_evidencePath = path;
    showEvidence();
}

void FollowUpDialog::openEvidence()
{
    if (!m_evidencePath.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_evidencePath));
        return;
    }
    if (m_evidenceId > 0 && MeetingAttachments::openExternally(m_db, m_evidenceId).isEmpty())
        gov::showProblem(m_problem, tr("The document could not be written out: it is missing or damaged."));
}

void FollowUpDialog::clearEvidence()
{
    m_evidencePath.clear();
    m_evidenceId = 0;
    showEvidence();
}

QString FollowUpDialog::problem() const
{
    return shownProblem(m_problem);
}

void FollowUpDialog::save()
{
    const auto due = gov::dateOf(m_due);
    if (!due)
        return gov::showProblem(m_problem, tr("Enter the due date as YYYY-MM-DD, or leave it empty."));
    if (m_resolution->currentIndex() < 0)
        return gov::showProblem(m_problem, tr("Add a resolution first: a follow-up belongs to one."));
    FollowUp f = m_editing.value_or(FollowUp());
    f.resolutionId = m_resolution->currentData().toLongLong();
    f.owner = m_owner->text().trimmed();
    f.due = *due;
    const auto status = static_cast<FollowUpStatus>(m_status->currentData().toInt());
    if (status != f.status)
        f.completedOn = QDate(); // the store dates a completion itself
    f.status = status;
    storage::StorageError error;
    f.attachmentId = m_evidenceId;
    if (!m_evidencePath.isEmpty()) {
        governance::Attachment stored;
        if (!governance::GovernanceStore(m_db).addAttachment(m_evidencePath, &stored, &error))
            return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The evidence was not stored.") : error.message);
        // Kept, so a second Save after a refusal below does not store the file again.
        m_evidenceId = stored.id;
        m_evidencePath.clear();
        showEvidence();
        f.attachmentId = stored.id;
    }
    MeetingStore store(m_db);
    const bool ok = m_editing ? store.updateFollowUp(f, &error) : store.addFollowUp(f, &error);
    if (!ok)
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(f.id);
    accept();
}

// --- NoteDialog

NoteDialog::NoteDialog(storage::Database &db, const FollowUp &followUp, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_followUpId(followUp.id)
    , m_date(gov::makeDateEdit(this, QStringLiteral("note.date"), today))
    , m_text(new QPlainTextEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("note.problem")))
{
    setObjectName(QStringLiteral("dialog.followUpNote"));
    setWindowTitle(tr("Progress Note"));
    auto *intro = new QLabel(tr("%1 — %2").arg(followUp.owner, elided(followUp.resolutionText, 60)), this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("note.text"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().height() * 4 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Progress:"), m_text);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_text->setFocus();
}

QString NoteDialog::problem() const
{
    return shownProblem(m_problem);
}

void NoteDialog::save()
{
    const auto date = gov::dateOf(m_date);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
    storage::StorageError error;
    if (!MeetingStore(m_db).addFollowUpNote(m_followUpId, *date, m_text->toPlainText(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved();
    accept();
}

// --- SignDialog

SignDialog::SignDialog(storage::Database &db, const meetings::Meeting &meeting, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_meetingId(meeting.id)
    , m_chair(new QLineEdit(meeting.chair, this))
    , m_date(gov::makeDateEdit(this, QStringLiteral("sign.date"), std::max(today, meeting.date)))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("sign.problem")))
{
    setObjectName(QStringLiteral("dialog.signMinutes"));
    setWindowTitle(tr("Sign Off Minutes"));
    m_chair->setObjectName(QStringLiteral("sign.chair"));
    auto *intro = new QLabel(
        tr("Once signed off, the minutes of %1 are locked; a later change is a correction with a note.")
            .arg(MeetingStore::displayTitle(meeting)),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Signed by (&chair):"), m_chair);
    form->addRow(tr("&Date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Sign Off"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString SignDialog::problem() const
{
    return shownProblem(m_problem);
}

void SignDialog::save()
{
    const auto date = gov::dateOf(m_date);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
    storage::StorageError error;
    if (!MeetingStore(m_db).signMinutes(m_meetingId, m_chair->text(), *date, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not signed off.") : error.message);
    emit saved();
    accept();
}

// --- CorrectionDialog

CorrectionDialog::CorrectionDialog(storage::Database &db, qint64 meetingId, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_meetingId(meetingId)
    , m_text(text)
    , m_note(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("correction.problem")))
{
    setObjectName(QStringLiteral("dialog.correctMinutes"));
    setWindowTitle(tr("Correct Signed Minutes"));
    m_note->setObjectName(QStringLiteral("correction.note"));
    m_note->setPlaceholderText(tr("e.g. 更正第三项决议的表决票数"));
    auto *intro = new QLabel(tr("The correction is kept as a new version beside the signed one; it needs signing off again."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("What it &corrects:"), m_note);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_note->setFocus();
}

QString CorrectionDialog::problem() const
{
    return shownProblem(m_problem);
}

void CorrectionDialog::save()
{
    storage::StorageError error;
    if (!MeetingStore(m_db).correctMinutes(m_meetingId, m_text, m_note->text(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved();
    accept();
}

} // namespace sd::ui
