#pragma once

#include "meetings/Meeting.h"
#include "reports/MeetingRecords.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class FollowUpPanel;
class MeetingAttachments;
class MinutesPanel;
class ResolutionsPanel;
class RollPanel;

/// The documents printed from a meeting: 会议纪要, 签到表, 会议通知.
using MeetingDocument = reports::MeetingDocumentKind;
/// Prints (or previews) a meeting's document; installed by the main window (previewMeetingDocument).
using MeetingPrinter = std::function<void(MeetingDocument document, qint64 meetingId, QWidget *parent)>;

/// The meeting chosen: its facts, notice, agenda and documents; the roll; the minutes; the resolutions;
/// their follow-up. It loads one meeting at a time, when chosen.
class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, RollTab, MinutesTab, ResolutionsTab, FollowUpTab };

    explicit MeetingEditor(QWidget *parent = nullptr);

    void load(storage::Database *db, const std::optional<meetings::Meeting> &meeting);
    [[nodiscard]] const std::optional<meetings::Meeting> &meeting() const { return m_meeting; }
    /// Marks or minutes typed and not saved.
    [[nodiscard]] bool isDirty() const;
    /// Saves the marks and the minutes draft; false when something was refused or needs an answer.
    bool saveAll();
    void setPrinter(const MeetingPrinter &printer);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] RollPanel *roll() const { return m_roll; }
    [[nodiscard]] MinutesPanel *minutes() const { return m_minutes; }
    [[nodiscard]] ResolutionsPanel *resolutions() const { return m_resolutions; }
    [[nodiscard]] FollowUpPanel *followUps() const { return m_followUps; }
    [[nodiscard]] QTextBrowser *overview() const { return m_overview; }
    [[nodiscard]] MeetingAttachments *attachments() const { return m_attachments; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QPushButton *printButton(MeetingDocument document) const;

public slots:
    void editMeeting();
    void deleteMeeting();

signals:
    /// The meeting's facts, roll, minutes, resolutions or follow-up were written.
    void meetingChanged(qint64 id);
    void meetingRemoved(qint64 id);
    void followUpsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillOverview();
    void updateTabTitles();
    void updateButtons();
    [[nodiscard]] bool writable() const;

    storage::Database *m_db = nullptr;
    std::optional<meetings::Meeting> m_meeting;
    MeetingPrinter m_printer;
    QLabel *m_title;
    QLabel *m_facts;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_printMinutes;
    QPushButton *m_printSignIn;
    QPushButton *m_printNotice;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    MeetingAttachments *m_attachments;
    RollPanel *m_roll;
    MinutesPanel *m_minutes;
    ResolutionsPanel *m_resolutions;
    FollowUpPanel *m_followUps;
};

} // namespace sd::ui
