#include "pages/meetings/MeetingsPage.h"

#include "common/RegisterMenu.h"
#include "common/MessageBox.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpBoard.h"
#include "pages/meetings/MeetingDialogs.h"
#include "pages/meetings/MeetingListModel.h"
#include "pages/meetings/MeetingSupport.h"
#include "pages/meetings/YearView.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

using meetings::Meeting;
using meetings::MeetingBody;
using meetings::MeetingStore;
using meetings::MeetingText;
using meetings::MinutesVersion;

MeetingsPage::MeetingsPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_yearCaption(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_bodyCaption(new QLabel(this))
    , m_body(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_model(new MeetingListModel(this))
    , m_view(new QTableView(this))
    , m_yearView(new YearView(this))
    , m_editor(new MeetingEditor(this))
    , m_board(new FollowUpBoard(this))
    , m_absences(new AbsencesPanel(this))
{
    setObjectName(QStringLiteral("page.meetings"));
    m_heading->setObjectName(QStringLiteral("meetings.heading"));
    m_tabs->setObjectName(QStringLiteral("meetings.tabs"));
    m_empty->setObjectName(QStringLiteral("meetings.empty"));
    m_new->setObjectName(QStringLiteral("meetings.new"));
    m_year->setObjectName(QStringLiteral("meetings.year"));
    m_body->setObjectName(QStringLiteral("meetings.body"));
    m_summary->setObjectName(QStringLiteral("meetings.summary"));
    m_views->setObjectName(QStringLiteral("meetings.views"));
    m_model->setObjectName(QStringLiteral("meetings.model"));
    m_view->setObjectName(QStringLiteral("meetings.list"));
    m_yearView->setObjectName(QStringLiteral("meetings.yearView"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);

    // The list.
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsPage::onCurrentChanged);
    connect(m_yearView, &YearView::meetingActivated, this, [this](qint64 id) {
        if (!selectMeeting(id) && m_editor->meeting())
            m_yearView->setCurrentMeeting(m_editor->meeting()->id);
    });
    connect(m_yearView, &YearView::yearRequested, this, [this](int year) {
        if (m_year->currentData().toInt() == 0) {
            m_yearView->setYear(year); // all years are listed: only the view moves
            return;
        }
        if (const int index = m_year->findData(year); index > 0)
            m_year->setCurrentIndex(index); // the list follows; reloadMeetings sets the view's year
    });
    m_views->addTab(m_view, QString());
    m_views->addTab(m_yearView, QString());

    // Filters.
    m_yearCaption->setBuddy(m_year);
    m_bodyCaption->setBuddy(m_body);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_body->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { reloadMeetings(m_editor->meeting() ? m_editor->meeting()->id : 0); });
    connect(m_body, &QComboBox::currentIndexChanged, this, [this] { reloadMeetings(m_editor->meeting() ? m_editor->meeting()->id : 0); });
    connect(m_new, &QPushButton::clicked, this, &MeetingsPage::newMeeting);

    // The editor tells what it wrote.
    connect(m_editor, &MeetingEditor::meetingChanged, this, &MeetingsPage::afterChange);
    connect(m_editor, &MeetingEditor::meetingRemoved, this, [this] {
        reloadYears();
        reloadMeetings(0);
        m_boardStale = m_absencesStale = true;
        emit meetingsChanged();
    });
    connect(m_editor, &MeetingEditor::followUpsChanged, this, [this] { m_boardStale = true; });
    connect(m_board, &FollowUpBoard::followUpsChanged, this, [this] {
        if (m_editor->meeting() && !m_editor->isDirty())
            m_editor->load(database(), m_editor->meeting());
    });
    connect(m_board, &FollowUpBoard::meetingRequested, this, [this](const QString &number) {
        if (!database())
            return;
        if (const auto m = MeetingStore(*database()).meetingByNumber(number)) {
            m_tabs->setCurrentIndex(MeetingsTab);
            selectMeeting(m->id);
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MeetingsPage::onTabChanged);

    auto *meetingsTab = new QWidget(m_tabs);
    meetingsTab->setObjectName(QStringLiteral("meetings.meetingsTab"));
    m_import = registerButton("meetings.import", &MeetingsPage::importRequested);
    m_export = registerButton("meetings.export", &MeetingsPage::exportRequested);
    m_template = registerButton("meetings.template", &MeetingsPage::templateRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_new);
    top->addSpacing(12);
    top->addWidget(m_yearCaption);
    top->addWidget(m_year);
    top->addWidget(m_bodyCaption);
    top->addWidget(m_body);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_import);
    top->addWidget(m_export);
    top->addWidget(m_template);
    auto *splitter = new QSplitter(Qt::Horizontal, meetingsTab);
    splitter->setObjectName(QStringLiteral("meetings.splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_views);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 600, 540 }); // every list column at 1366×768 in Chinese
    auto *meetingsLayout = new QVBoxLayout(meetingsTab);
    meetingsLayout->setContentsMargins(0, 8, 0, 0);
    meetingsLayout->addLayout(top);
    meetingsLayout->addWidget(splitter, 1);
    m_tabs->addTab(meetingsTab, QString());
    m_tabs->addTab(m_board, QString());
    m_tabs->addTab(m_absences, QString());
    setTabOrder(m_new, m_year);
    setTabOrder(m_year, m_body);
    setTabOrder(m_body, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_template);
    setTabOrder(m_template, m_views);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    retranslateUi();
    setDatabase(nullptr);
}

void MeetingsPage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setText(tr("Open or create a society file to record its meetings, attendance, minutes and resolutions."));
    m_tabs->setTabText(MeetingsTab, tr("Meetings"));
    m_tabs->setTabText(BoardTab, tr("Follow-up Board"));
    m_tabs->setTabText(AbsencesTab, tr("Absences"));
    m_views->setTabText(0, tr("List"));
    m_views->setTabText(1, tr("Year at a Glance"));
    m_new->setText(tr("&New Meeting…"));
    m_yearCaption->setText(tr("&Year:"));
    m_bodyCaption->setText(tr("&Body:"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    m_template->setText(tr("Download T&emplate…"));
    for (QPushButton *button : { m_import, m_export, m_template }) {
        for (QAction *action : button->menu()->actions()) {
            const QString kind = action->data().toString();
            action->setText(kind == u"meetings" ? tr("Meetings") : kind == u"attendance" ? tr("Attendance") : tr("Resolutions"));
        }
    }
    {
        const QSignalBlocker block(m_body);
        const QVariant body = m_body->currentData();
        m_body->clear();
        m_body->addItem(tr("All bodies"), -1);
        for (MeetingBody b : MeetingText::allBodies())
            m_body->addItem(MeetingText::label(b), static_cast<int>(b));
        m_body->setCurrentIndex(std::max(0, m_body->findData(body)));
    }
    if (m_year->count() > 0)
        m_year->setItemText(0, tr("All years"));
    if (database())
        reloadMeetings(m_editor->meeting() ? m_editor->meeting()->id : 0);
}

bool MeetingsPage::writable() const
{
    return database() && !database()->isReadOnly();
}

void MeetingsPage::setDatabase(storage::Database *database)
{
    Page::setDatabase(database);
    const auto dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_tabs->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    m_editor->load(nullptr, std::nullopt); // unsaved marks of a file being closed are dropped
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
    }
    reloadYears();
    if (database) {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(std::max(0, m_year->findData(database->clock().today().year())));
        m_yearView->setYear(database->clock().today().year());
    }
    m_boardStale = m_absencesStale = true;
    m_board->setDatabase(m_tabs->currentIndex() == BoardTab ? database : nullptr);
    m_absences->setDatabase(m_tabs->currentIndex() == AbsencesTab ? database : nullptr);
    onTabChanged(m_tabs->currentIndex());
    reloadMeetings(0);
}

void MeetingsPage::setPrinter(const MeetingPrinter &printer)
{
    m_editor->setPrinter(printer);
}

void MeetingsPage::reload()
{
    if (!database())
        return;
    reloadYears();
    reloadMeetings(m_editor->meeting() ? m_editor->meeting()->id : 0);
    m_boardStale = m_absencesStale = true;
    onTabChanged(m_tabs->currentIndex());
}

void MeetingsPage::reloadYears()
{
    const QSignalBlocker block(m_year);
    const QVariant year = m_year->currentData();
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    if (!database())
        return;
    QSet<int> years { database()->clock().today().year() };
    const QList<Meeting> all = MeetingStore(*database()).meetings();
    for (const Meeting &m : all)
        years.insert(m.date.year());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int y : sorted)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

void MeetingsPage::reloadMeetings(qint64 selectId)
{
    QList<MeetingListModel::Row> rows;
    const int year = m_year->currentData().toInt();
    const int bodyIndex = m_body->currentData().toInt();
    const std::optional<MeetingBody> body = bodyIndex >= 0 ? std::optional(static_cast<MeetingBody>(bodyIndex)) : std::nullopt;
    if (database()) {
        const QList<Meeting> list = MeetingStore(*database()).meetings(year, body);
        for (const Meeting &m : list)
            rows << summaryRow(m);
    }
    {
        const QScopedValueRollback guard(m_reverting, true);
        m_model->setRows(rows);
    }
    m_view->resizeColumnsToContents();
    for (int column = 0; column < MeetingListModel::MinutesColumn; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + 4, 180));

    // The meeting to show: the one asked for, else the latest listed.
    int row = m_model->rowOf(selectId);
    if (row < 0)
        row = static_cast<int>(rows.size()) - 1;
    const qint64 editing = m_editor->meeting() ? m_editor->meeting()->id : 0;
    const qint64 chosen = row >= 0 ? rows.at(row).meeting.id : 0;
    bool keep = false;
    if (chosen != editing && !settleEditor()) {
        // The meeting with unsaved changes stays in the editor (and chosen, when listed).
        keep = true;
        row = m_model->rowOf(editing);
    }
    {
        const QScopedValueRollback guard(m_reverting, true);
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_view->selectionModel()->clear();
    }
    const std::optional<Meeting> current = currentMeeting();
    const qint64 now = current ? current->id : 0;
    if (!keep && (now != editing || !m_editor->isDirty()))
        m_editor->load(database(), current);

    QList<YearView::Mark> marks;
    for (const MeetingListModel::Row &r : std::as_const(rows))
        marks << YearView::Mark { r.meeting.id, r.meeting.date, r.meeting.body, r.meeting.number, MeetingStore::displayTitle(r.meeting) };
    m_yearView->setMarks(marks);
    if (year > 0)
        m_yearView->setYear(year);
    else if (current)
        m_yearView->setYear(current->date.year());
    m_yearView->setCurrentMeeting(now);

    QString summary;
    if (database()) {
        summary = tr("%1 meetings").arg(rows.size());
        if (year > 0) {
            const meetings::Frequency f = MeetingStore(*database()).frequency(year);
            summary = tr("%1 · council met %2 times · standing council %3 (Jan–Jun) and %4 (Jul–Dec)")
                          .arg(summary)
                          .arg(f.meetings.value(MeetingBody::Council))
                          .arg(f.standingFirstHalf)
                          .arg(f.standingSecondHalf);
        }
    }
    m_summary->setText(summary);
    updateButtons();
}

MeetingListModel::Row MeetingsPage::summaryRow(const Meeting &m) const
{
    MeetingStore store(*database());
    MeetingListModel::Row row;
    row.meeting = m;
    row.quorum = store.quorum(m.body, store.roll(m.id));
    row.resolutions = static_cast<int>(store.resolutions(m.id).size());
    const QList<MinutesVersion> versions = store.minutesVersions(m.id);
    if (!versions.isEmpty()) {
        const MinutesVersion &v = versions.constLast();
        row.minutesVersion = v.version;
        row.minutes = v.isSigned() ? MeetingListModel::MinutesState::Signed
            : v.version > 1        ? MeetingListModel::MinutesState::Correction
                                   : MeetingListModel::MinutesState::Draft;
    }
    return row;
}

std::optional<Meeting> MeetingsPage::currentMeeting() const
{
    const MeetingListModel::Row *row = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    if (!row)
        return std::nullopt;
    return row->meeting;
}

bool MeetingsPage::selectMeeting(qint64 id)
{
    if (!database())
        return false;
    if (m_model->rowOf(id) < 0) {
        const std::optional<Meeting> m = MeetingStore(*database()).meeting(id);
        if (!m)
            return false;
        if (!settleEditor())
            return false;
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockBody(m_body);
        m_year->setCurrentIndex(std::max(0, m_year->findData(m->date.year())));
        m_body->setCurrentIndex(0);
        reloadMeetings(id);
        return currentMeeting() && currentMeeting()->id == id;
    }
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(m_model->rowOf(id), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return currentMeeting() && currentMeeting()->id == id;
}

bool MeetingsPage::showRecord(rules::RecordKind kind, const QString &id)
{
    if (!database())
        return false;
    const MeetingStore store(*database());
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    qint64 meetingId = 0;
    std::optional<MeetingEditor::Tab> tab;
    switch (kind) {
    case rules::RecordKind::Meeting:
        if (const std::optional<Meeting> m = store.meetingByNumber(id))
            meetingId = m->id;
        break;
    case rules::RecordKind::Resolution:
        if (const std::optional<meetings::Resolution> r = ok ? store.resolution(number) : std::nullopt) {
            meetingId = r->meetingId;
            tab = MeetingEditor::ResolutionsTab;
        }
        break;
    case rules::RecordKind::FollowUp:
        if (!ok)
            break;
        for (const meetings::FollowUp &f : store.allFollowUps()) {
            if (f.id != number)
                continue;
            if (const std::optional<meetings::Resolution> r = store.resolution(f.resolutionId)) {
                meetingId = r->meetingId;
                tab = MeetingEditor::FollowUpTab;
            }
            break;
        }
        break;
    default:
        return false;
    }
    if (meetingId == 0)
        return false;
    m_tabs->setCurrentIndex(MeetingsTab);
    if (!selectMeeting(meetingId))
        return false;
    m_view->scrollTo(m_view->currentIndex());
    if (tab)
        m_editor->tabs()->setCurrentIndex(*tab);
    return true;
}

bool MeetingsPage::settleEditor()
{
    if (!m_editor->isDirty())
        return true;
    const QString name = m_editor->meeting() ? MeetingStore::displayTitle(*m_editor->meeting()) : QString();
    const auto answer = MessageBox::question(this, tr("Unsaved Changes"),
        tr("The attendance or the minutes of %1 have changes that are not saved.").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        // What the editor writes now only refreshes its row: the list may be mid-change.
        const QScopedValueRollback guard(m_settling, true);
        return m_editor->saveAll();
    }
    return answer == QMessageBox::Discard;
}

void MeetingsPage::onCurrentChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_reverting)
        return;
    const MeetingListModel::Row *row = m_model->rowAt(current.row());
    const qint64 wanted = row ? row->meeting.id : 0;
    const qint64 editing = m_editor->meeting() ? m_editor->meeting()->id : 0;
    if (wanted == editing)
        return;
    if (!settleEditor()) {
        const QScopedValueRollback guard(m_reverting, true);
        const int back = m_model->rowOf(editing);
        if (back >= 0)
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(back, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    const MeetingListModel::Row *chosen = m_model->rowAt(m_model->rowOf(wanted));
    const std::optional<Meeting> m = chosen ? std::optional(chosen->meeting) : std::nullopt;
    m_editor->load(database(), m);
    if (m && m_year->currentData().toInt() == 0)
        m_yearView->setYear(m->date.year());
    m_yearView->setCurrentMeeting(m ? m->id : 0);
    updateButtons();
}

void MeetingsPage::onTabChanged(int index)
{
    if (index == BoardTab && m_boardStale && database()) {
        m_board->setDatabase(database());
        m_boardStale = false;
    } else if (index == AbsencesTab && m_absencesStale && database()) {
        m_absences->setDatabase(database());
        m_absencesStale = false;
    }
}

void MeetingsPage::afterChange(qint64 id)
{
    if (m_settling) {
        const int row = m_model->rowOf(id);
        if (const MeetingListModel::Row *old = m_model->rowAt(row))
            m_model->setRow(row, summaryRow(old->meeting));
        m_boardStale = m_absencesStale = true;
        emit meetingsChanged();
        return;
    }
    reloadYears();
    reloadMeetings(id);
    m_boardStale = m_absencesStale = true;
    emit meetingsChanged();
}

QPushButton *MeetingsPage::registerButton(const char *name, void (MeetingsPage::*chosen)(const QString &))
{
    return registerMenuButton(this, name, { QStringLiteral("meetings"), QStringLiteral("attendance"), QStringLiteral("resolutions") },
        [this, chosen](const QString &kind) { emit(this->*chosen)(kind); });
}

void MeetingsPage::updateButtons()
{
    m_new->setEnabled(writable());
    m_import->setEnabled(writable());
    m_export->setEnabled(database() != nullptr);
    m_template->setEnabled(true);
}

void MeetingsPage::newMeeting()
{
    if (!writable() || !settleEditor())
        return;
    const int bodyIndex = m_body->currentData().toInt();
    const MeetingBody body = bodyIndex >= 0 ? static_cast<MeetingBody>(bodyIndex) : MeetingBody::Council;
    auto *dialog = new MeetingDialog(*database(), database()->clock().today(), body, this);
    connect(dialog, &MeetingDialog::saved, this, [this](qint64 id) {
        reloadYears();
        if (m_model->rowOf(id) < 0) {
            const QSignalBlocker blockYear(m_year);
            const QSignalBlocker blockBody(m_body);
            if (const auto m = MeetingStore(*database()).meeting(id)) {
                if (m_year->currentData().toInt() != 0)
                    m_year->setCurrentIndex(std::max(0, m_year->findData(m->date.year())));
                if (m_body->currentData().toInt() >= 0 && m_body->currentData().toInt() != static_cast<int>(m->body))
                    m_body->setCurrentIndex(0);
            }
        }
        reloadMeetings(id);
        m_editor->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        m_boardStale = m_absencesStale = true;
        emit meetingsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd::ui
