#pragma once

#include "governance/Governance.h"
#include "meetings/Meeting.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// A meeting's documents (附件: the notice as sent, signed sign-in sheets, slides, photos) on the
/// editor's Overview tab: each by name and size; added through the file dialog (stored, then
/// attached), opened, saved as a copy, taken off again. Reading works on a read-only file too.
class MeetingAttachments : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingAttachments(QWidget *parent = nullptr);

    void load(storage::Database *db, const std::optional<meetings::Meeting> &meeting);
    /// The attachment ids in the order shown.
    [[nodiscard]] QList<qint64> attachmentIds() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *saveCopyButton() const { return m_saveCopy; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    /// The message under the list (a problem or what was done), or empty.
    [[nodiscard]] QString message() const;

    /// "会议通知.pdf (1.2 KB)".
    [[nodiscard]] static QString label(const governance::Attachment &attachment);
    /// "850.0 KB", "6.3 MB" (the units the secretariat knows).
    [[nodiscard]] static QString size(qint64 bytes);
    /// Writes the attachment to a folder of its own under a temporary folder kept until the
    /// program ends (a viewer may still be reading it after a dialog closed) and asks the
    /// desktop to open it. The path written, or empty when the document is missing or damaged.
    static QString openExternally(storage::Database &db, qint64 attachmentId);

public slots:
    void addDocument();
    void openDocument();
    void saveCopy();
    void removeDocument();

signals:
    /// The meeting's documents changed (added or taken off).
    void attachmentsChanged();
    /// A document was written out to be opened.
    void documentExported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload(qint64 selectId);
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    [[nodiscard]] qint64 currentId() const;
    [[nodiscard]] bool writable() const;

    storage::Database *m_db = nullptr;
    std::optional<meetings::Meeting> m_meeting;
    QLabel *m_caption;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_saveCopy;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace sd::ui
