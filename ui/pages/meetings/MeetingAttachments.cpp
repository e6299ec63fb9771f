#include "pages/meetings/MeetingAttachments.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace sd::ui {

using governance::Attachment;
using governance::GovernanceStore;
using meetings::MeetingStore;

namespace {

Q_GLOBAL_STATIC(QTemporaryDir, g_openedDocuments)

} // namespace

QString MeetingAttachments::label(const Attachment &a)
{
    return tr("%1 (%2)").arg(a.fileName, size(a.size));
}

QString MeetingAttachments::size(qint64 bytes)
{
    // A document is at most 20 MB. (QLocale's traditional format writes "kB".)
    const QLocale locale;
    if (bytes < 1024)
        return QString(locale.toString(bytes) + QStringLiteral(" B"));
    if (bytes < 1024 * 1024)
        return QString(locale.toString(static_cast<double>(bytes) / 1024, 'f', 1) + QStringLiteral(" KB"));
    return QString(locale.toString(static_cast<double>(bytes) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB"));
}

QString MeetingAttachments::openExternally(storage::Database &db, qint64 attachmentId)
{
    if (attachmentId <= 0 || !g_openedDocuments->isValid())
        return {};
    // A folder per attachment: two documents of the same name do not overwrite each other.
    const QString folder = g_openedDocuments->filePath(QString::number(attachmentId));
    if (!QDir().mkpath(folder))
        return {};
    const QString path = GovernanceStore(db).exportAttachment(attachmentId, folder);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

MeetingAttachments::MeetingAttachments(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_saveCopy(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("meetings.attachments"));
    m_list->setObjectName(QStringLiteral("meetings.attachments.list"));
    m_add->setObjectName(QStringLiteral("meetings.attachments.add"));
    m_open->setObjectName(QStringLiteral("meetings.attachments.open"));
    m_saveCopy->setObjectName(QStringLiteral("meetings.attachments.saveCopy"));
    m_remove->setObjectName(QStringLiteral("meetings.attachments.remove"));
    m_message->setObjectName(QStringLiteral("meetings.attachments.message"));
    m_caption->setBuddy(m_list);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    // As tall as its buttons beside it (three documents at least); more scroll. The agenda above
    // takes the rest of the tab.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 3 + 2 * m_list->frameWidth() + 6);
    m_list->setUniformItemSizes(true);

    connect(m_list, &QListWidget::currentRowChanged, this, &MeetingAttachments::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &MeetingAttachments::openDocument);
    connect(m_add, &QPushButton::clicked, this, &MeetingAttachments::addDocument);
    connect(m_open, &QPushButton::clicked, this, &MeetingAttachments::openDocument);
    connect(m_saveCopy, &QPushButton::clicked, this, &MeetingAttachments::saveCopy);
    connect(m_remove, &QPushButton::clicked, this, &MeetingAttachments::removeDocument);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveCopy);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addLayout(row);
    layout->addWidget(m_message);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_open);
    setTabOrder(m_open, m_saveCopy);
    setTabOrder(m_saveCopy, m_remove);
    retranslateUi();
}

bool MeetingAttachments::writable() const
{
    return m_db && !m_db->isReadOnly() && m_meeting;
}

void MeetingAttachments::load(storage::Database *db, const std::optional<meetings::Meeting> &meeting)
{
    m_db = db;
    m_meeting = db ? meeting : std::nullopt;
    m_message->hide();
    reload(0);
}

void MeetingAttachments::reload(qint64 selectId)
{
    m_list->clear();
    if (m_db && m_meeting) {
        GovernanceStore store(*m_db);
        const QList<qint64> ids = MeetingStore(*m_db).meetingAttachments(m_meeting->id);
        for (qint64 id : ids) {
            const std::optional<Attachment> a = store.attachment(id);
            auto *item = new QListWidgetItem(a ? label(*a) : tr("Document %1 (missing)").arg(id), m_list);
            item->setData(Qt::UserRole, id);
            if (a)
                item->setToolTip(QStringList { a->fileName, a->mediaType, tr("%1 bytes").arg(QLocale().toString(a->size)),
                    tr("SHA-256: %1").arg(a->sha256) }
                                     .join(u'\n'));
            if (id == selectId)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    m_caption->setText(m_meeting ? tr("&Attachments (%1):").arg(m_list->count()) : tr("&Attachments:"));
    updateButtons();
}

QList<qint64> MeetingAttachments::attachmentIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

qint64 MeetingAttachments::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MeetingAttachments::updateButtons()
{
    const bool chosen = m_db && m_meeting && currentId() > 0;
    m_add->setEnabled(writable());
    m_add->setToolTip(m_db && m_db->isReadOnly() ? tr("The society file is open read-only.") : QString());
    m_open->setEnabled(chosen);
    m_saveCopy->setEnabled(chosen);
    m_remove->setEnabled(writable() && chosen);
}

void MeetingAttachments::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString MeetingAttachments::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MeetingAttachments::addDocument()
{
    if (!writable())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Attach a Document to %1").arg(m_meeting->number),
        QString(), tr("Documents (*.pdf *.doc *.docx *.odt *.ofd *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    Attachment attachment;
    storage::StorageError error;
    if (!GovernanceStore(*m_db).addAttachment(path, &attachment, &error)) {
        showMessage(error.message.isEmpty() ? tr("%1 was not stored.").arg(QFileInfo(path).fileName()) : error.message,
            true);
        return;
    }
    if (!MeetingStore(*m_db).attachToMeeting(m_meeting->id, attachment.id, &error)) {
        // The bytes are in the society file, but no meeting lists them: say exactly that.
        showMessage(tr("%1 was stored in the society file, but it could not be attached to %2: %3 "
                       "It is not listed here; add it again once the problem is solved.")
                        .arg(attachment.fileName, m_meeting->number, error.message),
            true);
        return;
    }
    reload(attachment.id);
    showMessage(tr("%1 is attached to %2.").arg(label(attachment), m_meeting->number), false);
    emit attachmentsChanged();
}

void MeetingAttachments::openDocument()
{
    const qint64 id = currentId();
    if (!m_db || id <= 0)
        return;
    const QString path = openExternally(*m_db, id);
    if (path.isEmpty()) {
        showMessage(tr("The document could not be written out: it is missing or damaged."), true);
        return;
    }
    m_message->hide();
    emit documentExported(path);
}

void MeetingAttachments::saveCopy()
{
    const qint64 id = currentId();
    if (!m_db || id <= 0)
        return;
    GovernanceStore store(*m_db);
    const std::optional<Attachment> a = store.attachment(id);
    QByteArray content;
    if (!a || !store.attachmentContent(id, &content)) {
        showMessage(tr("The document could not be written out: it is missing or damaged."), true);
        return;
    }
    const QString name = QFileInfo(a->fileName).fileName();
    const QString suffix = QFileInfo(name).suffix();
    const QString path = FileDialog::getSaveFileName(this, tr("Save a Copy of %1").arg(name),
        QDir::home().filePath(name), tr("All files (*)"), suffix.isEmpty() ? QString() : QString(u'.' + suffix));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        showMessage(tr("%1 could not be written (%2).").arg(QDir::toNativeSeparators(path), out.errorString()), true);
        return;
    }
    showMessage(tr("A copy of %1 was saved as %2.").arg(name, QDir::toNativeSeparators(path)), false);
    emit documentExported(path);
}

void MeetingAttachments::removeDocument()
{
    const qint64 id = currentId();
    if (!writable() || id <= 0)
        return;
    const QString name = m_list->currentItem()->text();
    if (MessageBox::question(this, tr("Remove Attachment"),
            tr("Take %1 off %2? The document stays in the society file's records (and its audit log) but is no longer "
               "listed with the meeting.")
                .arg(name, m_meeting->number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!MeetingStore(*m_db).detachFromMeeting(m_meeting->id, id, &error)) {
        showMessage(error.message.isEmpty() ? tr("%1 was not taken off.").arg(name) : error.message, true);
        return;
    }
    reload(0);
    showMessage(tr("%1 was taken off %2.").arg(name, m_meeting->number), false);
    emit attachmentsChanged();
}

void MeetingAttachments::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MeetingAttachments::retranslateUi()
{
    m_add->setText(tr("A&dd…"));
    m_open->setText(tr("&Open…"));
    m_saveCopy->setText(tr("Save a &Copy…"));
    m_remove->setText(tr("Re&move…"));
    reload(currentId());
}

} // namespace sd::ui
