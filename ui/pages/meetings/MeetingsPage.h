#pragma once

#include "meetings/Meeting.h"
#include "pages/Page.h"
#include "pages/meetings/MeetingEditor.h"
#include "pages/meetings/MeetingListModel.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sd::ui {

class AbsencesPanel;
class FollowUpBoard;
class YearView;

/// 会议: the meetings of every body — a list filtered by year and body beside a year at a
/// glance, and the meeting chosen with its roll (marked by click or key, the quorum live), its
/// minutes (drafted, signed off, corrected), its resolutions (the outcome computed live) and
/// their follow-up; the follow-up board across meetings and the council's absence runs. The
/// chosen meeting is loaded when chosen; unsaved marks or minutes are asked about before
/// another is. Everything goes through MeetingStore; dates are judged on the clock's today.
class MeetingsPage : public Page
{
    Q_OBJECT
public:
    enum Tab { MeetingsTab, BoardTab, AbsencesTab };

    explicit MeetingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override { return tr("Meetings"); }
    void setDatabase(storage::Database *database) override;
    /// Installs what prints a meeting's minutes, sign-in sheet and notice. Without one the print
    /// buttons stay disabled and say why.
    void setPrinter(const MeetingPrinter &printer);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTabWidget *views() const { return m_views; }
    [[nodiscard]] MeetingListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] YearView *yearView() const { return m_yearView; }
    [[nodiscard]] MeetingEditor *editor() const { return m_editor; }
    [[nodiscard]] FollowUpBoard *board() const { return m_board; }
    [[nodiscard]] AbsencesPanel *absences() const { return m_absences; }
    [[nodiscard]] QComboBox *yearFilter() const { return m_year; }
    [[nodiscard]] QComboBox *bodyFilter() const { return m_body; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QPushButton *newMeetingButton() const { return m_new; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPushButton *templateButton() const { return m_template; }
    /// The meeting in the list's current row, if any.
    [[nodiscard]] std::optional<meetings::Meeting> currentMeeting() const;
    /// Chooses the meeting `id`, widening the filters when it is not listed; false when the
    /// user kept unsaved changes or there is no such meeting.
    bool selectMeeting(qint64 id);
    /// A meeting (by number), a resolution or a follow-up (by id): its meeting is chosen, with
    /// the editor's resolutions or follow-up tab for the latter two.
    bool showRecord(rules::RecordKind kind, const QString &id) override;

public slots:
    void reload();
    void newMeeting();

signals:
    void meetingsChanged();
    /// Import, export or a template of a meetings register: "meetings", "attendance" or
    /// "resolutions".
    void importRequested(const QString &kind);
    void exportRequested(const QString &kind);
    void templateRequested(const QString &kind);

protected:
    void retranslateUi() override;

private:
    QPushButton *registerButton(const char *name, void (MeetingsPage::*chosen)(const QString &));
    void reloadYears();
    void reloadMeetings(qint64 selectId);
    /// The list's row of a meeting as stored now (its roll, resolutions and minutes).
    [[nodiscard]] MeetingListModel::Row summaryRow(const meetings::Meeting &meeting) const;
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    /// Asks about unsaved marks or minutes: true when the editor may move on.
    bool settleEditor();
    void onTabChanged(int index);
    void afterChange(qint64 id);
    void updateButtons();
    [[nodiscard]] bool writable() const;

    QLabel *m_heading;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    QPushButton *m_new;
    QLabel *m_yearCaption;
    QComboBox *m_year;
    QLabel *m_bodyCaption;
    QComboBox *m_body;
    QLabel *m_summary;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_template = nullptr;
    QTabWidget *m_views;
    MeetingListModel *m_model;
    QTableView *m_view;
    YearView *m_yearView;
    MeetingEditor *m_editor;
    FollowUpBoard *m_board;
    AbsencesPanel *m_absences;
    bool m_boardStale = true;
    bool m_absencesStale = true;
    bool m_reverting = false;
    bool m_settling = false;
};

} // namespace sd::ui
