#include "pages/members/MembersPage.h"

#include "pages/members/BatchDialogs.h"
#include "pages/members/DuesReviewDialog.h"
#include "pages/members/GradesDialog.h"
#include "pages/members/MemberBatch.h"
#include "pages/members/MemberDialog.h"
#include "pages/members/MemberFilterBar.h"
#include "pages/members/MemberTableModel.h"
#include "members/DuesReview.h"
#include "members/GradeStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QtConcurrent>
#include <QPointer>
#include <QFutureWatcher>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace sd::ui {

MembersPage::MembersPage(QWidget *parent)
    : Page(parent)
    , m_model(new MemberTableModel(this))
    , m_filters(new MemberFilterBar(this))
    , m_view(new QTableView(this))
    , m_toolBar(new QToolBar(this))
    , m_heading(new QLabel(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_countingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("page.members"));
    m_model->setObjectName(QStringLiteral("members.model"));
    m_view->setObjectName(QStringLiteral("members.table"));
    m_toolBar->setObjectName(QStringLiteral("members.toolbar"));
    m_heading->setObjectName(QStringLiteral("members.heading"));
    m_count->setObjectName(QStringLiteral("members.count"));
    m_message->setObjectName(QStringLiteral("members.message"));
    m_empty->setObjectName(QStringLiteral("members.empty"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont countFont = m_count->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.1);
    m_count->setFont(countFont);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    // Actions: the toolbar shows them; the page holds them so their shortcuts work on it.
    const auto makeAction = [this](Action which, const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(name));
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(which, action);
        return action;
    };
    makeAction(Action::Add, "action.members.add", &MembersPage::addMember)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    makeAction(Action::Edit, "action.members.edit", &MembersPage::editCurrentMember);
    makeAction(Action::Approve, "action.members.approve", &MembersPage::approveSelected);
    makeAction(Action::Status, "action.members.status", &MembersPage::changeStatusOfSelected);
    makeAction(Action::Grade, "action.members.grade", &MembersPage::changeGradeOfSelected);
    makeAction(Action::Dues, "action.members.dues", &MembersPage::recordDuesForSelected);
    makeAction(Action::DuesReview, "action.members.duesReview", &MembersPage::reviewDues);
    makeAction(Action::Import, "action.members.import", &MembersPage::importRequested);
    makeAction(Action::Export, "action.members.export", &MembersPage::exportRequested);
    makeAction(Action::Template, "action.members.template", &MembersPage::templateRequested);
    makeAction(Action::Grades, "action.members.grades", &MembersPage::editGrades);
    QAction *find = makeAction(Action::Find, "action.members.find", [this] {
        m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    for (QAction *a : std::as_const(m_actions)) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        Page::addAction(a);
    }
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_actions.value(Action::Add));
    m_toolBar->addAction(m_actions.value(Action::Edit));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.value(Action::Approve));
    m_toolBar->addAction(m_actions.value(Action::Status));
    m_toolBar->addAction(m_actions.value(Action::Grade));
    m_toolBar->addAction(m_actions.value(Action::Dues));
    m_toolBar->addAction(m_actions.value(Action::DuesReview));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.value(Action::Import));
    m_toolBar->addAction(m_actions.value(Action::Export));
    m_toolBar->addAction(m_actions.value(Action::Template));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.value(Action::Grades));

    // The table: rows of uniform height, no editing in place, sorting by the header.
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Columns without a sort in the store keep the indicator where it was.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (MemberTableModel::sortFor(column))
            return;
        const members::MemberQuery q = m_model->query();
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(
            MemberTableModel::columnFor(q.sort), q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(m_view, &QAbstractItemView::activated, this, &MembersPage::editCurrentMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MembersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateActions);
    connect(m_model, &MemberTableModel::countChanged, this, &MembersPage::updateCount);
    connect(m_model, &MemberTableModel::queryStarted, this, &MembersPage::updateCount);
    connect(m_model, &MemberTableModel::idsArrived, this, &MembersPage::updateActions);
    connect(m_model, &MemberTableModel::refreshed, this, &MembersPage::restoreAfterRefresh);
    connect(m_model, &MemberTableModel::firstRowsShown, this, &MembersPage::selectShownMember);
    connect(m_model, &MemberTableModel::idsArrived, this, &MembersPage::selectShownMember);
    m_countingDelay->setSingleShot(true);
    m_countingDelay->setInterval(250);
    connect(m_countingDelay, &QTimer::timeout, this, [this] { m_count->setText(tr("Counting…")); });

    connect(m_filters, &MemberFilterBar::queryChanged, this, &MembersPage::applyFilters);
    m_filters->searchEdit()->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_message);

    retranslateUi();
    setDatabase(nullptr);
}

MembersPage::~MembersPage() = default;

QAction *MembersPage::action(Action which) const
{
    return m_actions.value(which);
}

void MembersPage::setColumnWidths()
{
    // Wide enough for the header (with its sort arrow) and for the longest usual value; the
    // affiliation takes what is left.
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    const auto fit = [&](int column, QStringList samples) {
        samples << m_model->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString &sample : std::as_const(samples))
            width = std::max(width, fm.horizontalAdvance(sample));
        header->resizeSection(column, width + 28);
    };
    QStringList statuses;
    for (MemberStatus status : MemberText::allStatuses())
        statuses << MemberText::label(status);
    fit(MemberTableModel::MemberNoColumn, { QStringLiteral("M0000000") });
    fit(MemberTableModel::NameColumn, { QStringLiteral("欧阳晓东东") });
    fit(MemberTableModel::GenderColumn, { MemberText::label(Gender::Male), MemberText::label(Gender::Female) });
    fit(MemberTableModel::BirthDateColumn, { QStringLiteral("0000-00-00") });
    fit(MemberTableModel::IdNumberColumn, { QStringLiteral("0000**********000X") });
    fit(MemberTableModel::MobileColumn, { QStringLiteral("000****0000") });
    fit(MemberTableModel::GradeColumn, { QStringLiteral("高级会员") });
    fit(MemberTableModel::StatusColumn, statuses);
    fit(MemberTableModel::FrontLineColumn, { tr("Unknown") });
    fit(MemberTableModel::JoinDateColumn, { QStringLiteral("0000-00-00") });
    header->resizeSection(MemberTableModel::AffiliationColumn, fm.horizontalAdvance(QStringLiteral("中国科学院武汉岩土力学研究所")));
    header->setSectionResizeMode(MemberTableModel::AffiliationColumn, QHeaderView::Stretch);
}

void MembersPage::setDatabase(storage::Database *database)
{
    Page::setDatabase(database);
    // Dialogs of the previous file close with it.
    const auto dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_model->setDatabasePath(database ? database->path() : QString());
    m_view->setVisible(database != nullptr);
    m_filters->setVisible(database != nullptr);
    m_toolBar->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    m_message->clear();
    m_message->hide();
    if (database) {
        members::MemberStore store(*database);
        m_filters->setGrades(store.grades());
        m_filters->setCurrentYear(database->clock().today().year());
        applyFilters();
    }
    updateCount();
    updateActions();
}

void MembersPage::reload()
{
    if (!database())
        return;
    m_filters->setGrades(members::MemberStore(*database()).grades());
    afterChange();
}

members::MemberQuery MembersPage::currentQuery() const
{
    members::MemberQuery q = m_filters->query();
    q.sort = m_model->query().sort;
    q.descending = m_model->query().descending;
    return q;
}

void MembersPage::applyFilters()
{
    if (!database())
        return;
    m_model->setQuery(currentQuery());
}

QList<qint64> MembersPage::selectedMemberIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_view->selectionModel()->selection();
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection)
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    int done = -1; // rows up to here are taken (ranges of several columns can overlap)
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        for (int row = std::max(top, done + 1); row <= bottom; ++row) {
            if (const qint64 id = m_model->memberId(row))
                ids.append(id);
        }
        done = std::max(done, bottom);
    }
    return ids;
}

bool MembersPage::writable() const
{
    return database() && !database()->isReadOnly();
}

void MembersPage::updateActions()
{
    const bool open = database() != nullptr;
    const bool canWrite = writable();
    const bool selected = open && m_view->selectionModel()->hasSelection();
    const QModelIndex current = m_view->currentIndex();
    m_actions.value(Action::Edit)->setEnabled(open && current.isValid() && m_model->memberId(current.row()) > 0);
    for (Action a : { Action::Approve, Action::Status, Action::Grade, Action::Dues })
        m_actions.value(a)->setEnabled(canWrite && selected && !m_busy);
    m_actions.value(Action::Add)->setEnabled(canWrite && !m_busy);
    m_actions.value(Action::Import)->setEnabled(canWrite && !m_busy);
    m_actions.value(Action::Export)->setEnabled(open);
    m_actions.value(Action::DuesReview)->setEnabled(open && !m_busy && !m_reviewing); // read-only: shown
    m_actions.value(Action::Template)->setEnabled(true);
    m_actions.value(Action::Find)->setEnabled(open);
    m_actions.value(Action::Grades)->setEnabled(open && !m_busy);
}

void MembersPage::updateCount()
{
    const qint64 n = m_model->totalCount();
    if (!database()) {
        m_countingDelay->stop();
        m_count->clear();
        return;
    }
    if (m_model->isCounting()) {
        // The previous count stays until this one is late: a quick count does not flash.
        if (!m_countingDelay->isActive())
            m_countingDelay->start();
        return;
    }
    m_countingDelay->stop();
    const members::MemberQuery q = m_model->query();
    const bool filtered = !q.search.trimmed().isEmpty() || q.gradeId > 0 || q.status.has_value()
        || q.frontLine != members::MemberQuery::FrontLine::Any || q.joinYear > 0 || q.duesPaidYear > 0;
    // %Ln: the count with the language's digit grouping (1,000,000).
    const int shown = static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
    m_count->setText(filtered ? tr("%Ln member(s) match", nullptr, shown) : tr("%Ln member(s)", nullptr, shown));
}

void MembersPage::afterChange()
{
    // Keep the current member and the scroll position over the reload.
    const QModelIndex current = m_view->currentIndex();
    m_restoreId = current.isValid() ? m_model->memberId(current.row()) : 0;
    m_restoreScroll = m_view->verticalScrollBar()->value();
    m_model->refresh();
    emit membersChanged();
}

bool MembersPage::showRecord(rules::RecordKind kind, const QString &id)
{
    if (kind != rules::RecordKind::Member || !database() || id.trimmed().isEmpty())
        return false;
    const std::optional<qint64> memberId = members::MemberStore(*database()).idByMemberNo(id);
    if (!memberId)
        return false;
    m_showId = *memberId;
    {
        // One query, not one per filter cleared.
        const QSignalBlocker blockFilters(m_filters);
        const QSignalBlocker blockSearch(m_filters->searchEdit());
        m_filters->clear();
        m_filters->searchEdit()->setText(id);
    }
    m_filters->announceNow();
    return true;
}

void MembersPage::selectShownMember()
{
    if (m_showId <= 0)
        return;
    const int row = m_model->rowOf(m_showId);
    if (row < 0)
        return; // not among the rows loaded yet: the ids follow
    m_showId = 0;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    updateActions();
}

void MembersPage::restoreAfterRefresh()
{
    m_view->verticalScrollBar()->setValue(m_restoreScroll);
    if (m_restoreId > 0) {
        const int row = m_model->rowOf(m_restoreId);
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_restoreId = 0;
    updateActions();
}

void MembersPage::showOutcome(const QString &done, const BatchOutcome &outcome)
{
    QStringList lines;
    if (outcome.cancelled)
        lines << tr("Cancelled: nothing was changed.");
    else if (!outcome.ok)
        lines << tr("Nothing was changed: %1").arg(outcome.error);
    else
        lines << done;
    if (outcome.ok && !outcome.problems.isEmpty()) {
        lines << tr("%n member(s) were left unchanged:", nullptr, static_cast<int>(outcome.problems.size()));
        lines << outcome.problems.mid(0, 5);
        if (outcome.problems.size() > 5)
            lines << tr("… and %n more.", nullptr, static_cast<int>(outcome.problems.size() - 5));
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setStyleSheet(outcome.ok ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->show();
    if (outcome.ok && outcome.changed > 0)
        afterChange();
}

BatchOutcome MembersPage::runBusy(const std::function<BatchOutcome()> &batch)
{
    // The batch processes events while it runs (its progress dialog): no second batch meanwhile.
    m_busy = true;
    updateActions();
    const BatchOutcome outcome = batch();
    m_busy = false;
    updateActions();
    return outcome;
}

void MembersPage::addMember()
{
    if (!writable())
        return;
    auto *dialog = new MemberDialog(*database(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, [this](qint64) {
        m_message->setText(tr("Member added."));
        m_message->setStyleSheet(QString());
        m_message->show();
        afterChange();
    });
    dialog->open();
}

void MembersPage::editCurrentMember()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->memberId(current.row()) : 0;
    if (!database() || id <= 0)
        return;
    auto *dialog = new MemberDialog(*database(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, [this](qint64) {
        m_message->setText(tr("Member saved."));
        m_message->setStyleSheet(QString());
        m_message->show();
        afterChange();
    });
    dialog->open();
}

void MembersPage::approveSelected()
{
    const QList<qint64> ids = selectedMemberIds();
    if (!writable() || ids.isEmpty() || m_busy)
        return;
    const QDate today = database()->clock().today();
    auto *dialog = new ApproveDialog(static_cast<int>(ids.size()), today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, today] {
        if (!writable() || m_busy)
            return;
        const BatchOutcome outcome = runBusy([&] { return approveApplicants(this, *database(), ids, today, dialog->decidedBy()); });
        showOutcome(tr("%n applicant(s) approved.", nullptr, outcome.changed), outcome);
    });
    dialog->open();
}

void MembersPage::changeStatusOfSelected()
{
    changeStatusOf(selectedMemberIds(), std::nullopt, this);
}

void MembersPage::changeStatusOf(const QList<qint64> &ids, std::optional<MemberStatus> status, QWidget *parent)
{
    if (!writable() || ids.isEmpty() || m_busy)
        return;
    auto *dialog = new StatusDialog(static_cast<int>(ids.size()), database()->clock().today(), parent);
    if (status)
        dialog->setStatus(*status);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        if (!writable() || m_busy)
            return;
        const StatusDecision decision = dialog->decision();
        const BatchOutcome outcome = runBusy([&] { return changeStatus(this, *database(), ids, decision); });
        showOutcome(tr("Status changed to %1 for %n member(s).", nullptr, outcome.changed)
                        .arg(MemberText::label(decision.status)),
            outcome);
    });
    dialog->open();
}

void MembersPage::changeGradeOfSelected()
{
    const QList<qint64> ids = selectedMemberIds();
    if (!writable() || ids.isEmpty() || m_busy)
        return;
    auto *dialog = new GradeDialog(static_cast<int>(ids.size()), members::MemberStore(*database()).grades(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        if (!writable() || m_busy)
            return;
        const BatchOutcome outcome = runBusy([&] { return changeGrade(this, *database(), ids, dialog->gradeId()); });
        showOutcome(tr("Grade changed for %n member(s).", nullptr, outcome.changed), outcome);
    });
    dialog->open();
}

void MembersPage::recordDuesForSelected()
{
    const QList<qint64> ids = selectedMemberIds();
    if (!writable() || ids.isEmpty() || m_busy)
        return;
    auto *dialog = new DuesDialog(static_cast<int>(ids.size()), database()->clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Members of one grade: the amount starts as that grade's standard for the chosen year.
    if (const std::optional<qint64> grade = members::GradeStore(*database()).sharedGrade(ids)) {
        storage::Database *db = database();
        dialog->setStandardLookup(
            [db, gradeId = *grade](int year) { return members::GradeStore(*db).standardFor(gradeId, year); });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        if (!writable() || m_busy)
            return;
        const DuesInput input = dialog->input();
        const BatchOutcome outcome = runBusy([&] { return recordDues(this, *database(), ids, input); });
        showOutcome(tr("Dues for %1 recorded for %n member(s).", nullptr, outcome.changed).arg(input.year), outcome);
    });
    dialog->open();
}

void MembersPage::reviewDues()
{
    if (!database() || m_busy || m_reviewing)
        return;
    m_reviewing = true;
    updateActions();
    // At a million members the review reads every active member's dues: a worker does it on a
    // connection of its own, and the dialog opens when it is done.
    runReview([this](const members::DuesReview &review) {
        m_reviewing = false;
        updateActions();
        if (!database())
            return;
        auto *dialog = new DuesReviewDialog(review, writable(), tr("Secretariat"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto refresh = [this, dialog = QPointer<DuesReviewDialog>(dialog)] {
            runReview([dialog](const members::DuesReview &again) {
                if (dialog)
                    dialog->setReview(again);
            });
        };
        connect(dialog, &DuesReviewDialog::lapseRequested, this,
            [this, date = review.date](const QList<qint64> &ids, const QString &decidedBy) {
                if (!writable() || m_busy)
                    return;
                const BatchOutcome outcome = runBusy([&] {
                    BatchOutcome o;
                    runInTransaction(this, *database(), tr("Marking members as lapsed…"), ids.size(),
                        [&](storage::Database &writer, const std::function<bool(qsizetype)> &progress) {
                            storage::StorageError error;
                            if (!members::applyLapseInTransaction(writer, ids, date, decidedBy, &error, progress)) {
                                o.error = error.message;
                                return false;
                            }
                            o.changed = static_cast<int>(ids.size());
                            return true;
                        },
                        o);
                    return o;
                });
                showOutcome(tr("%n member(s) marked as lapsed (欠费).", nullptr, outcome.changed), outcome);
            });
        connect(dialog, &DuesReviewDialog::withdrawalRequested, this, [this, dialog](const QList<qint64> &ids) {
            changeStatusOf(ids, MemberStatus::Withdrawn, dialog);
        });
        // A lapse, or a withdrawal decided through the status dialog, shows in the review at once.
        connect(this, &MembersPage::membersChanged, dialog, refresh);
        dialog->open();
    });
}

void MembersPage::runReview(const std::function<void(const members::DuesReview &)> &done)
{
    const SocietySettings settings = storage::ProfileStore(*database()).settings();
    const int lapseYears = settings.integer(SocietySetting::DuesLapseYears);
    const int withdrawalYears = settings.integer(SocietySetting::WithdrawalReviewYears);
    auto *watcher = new QFutureWatcher<members::DuesReview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path = database()->path(), today = database()->clock().today(), lapseYears,
                                             withdrawalYears] {
        storage::StorageError error;
        QSqlDatabase connection = storage::Database::openWorkerConnection(path, true, &error);
        members::DuesReview review;
        review.date = today;
        review.lapseYears = lapseYears;
        review.withdrawalYears = withdrawalYears;
        if (connection.isValid())
            review = members::reviewDues(connection, today, lapseYears, withdrawalYears);
        storage::Database::closeConnection(connection);
        return review;
    }));
}

void MembersPage::editGrades()
{
    if (!database() || m_busy)
        return;
    auto *dialog = new GradesDialog(*database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GradesDialog::gradesChanged, this, [this] {
        if (!database())
            return;
        // A removed grade that was the filter falls back to any grade; renamed grades show anew.
        const qint64 filtered = m_filters->query().gradeId;
        m_filters->setGrades(members::MemberStore(*database()).grades());
        if (m_filters->query().gradeId != filtered)
            applyFilters();
        else
            afterChange();
    });
    dialog->open();
}

bool MembersPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Return in the search box goes to the results.
    if (watched == m_filters->searchEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            if (key != Qt::Key_Down)
                m_filters->announceNow(); // no need to wait for the pause
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->selectionModel()->setCurrentIndex(
                    m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void MembersPage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setText(tr("No society file is open.\nCreate a new society or open a file from the File menu."));
    m_actions.value(Action::Add)->setText(tr("Add Member…"));
    m_actions.value(Action::Add)->setToolTip(tr("Add a member (Ctrl+Insert)"));
    m_actions.value(Action::Edit)->setText(tr("Edit…"));
    m_actions.value(Action::Edit)->setToolTip(tr("Open the selected member (Enter)"));
    m_actions.value(Action::Approve)->setText(tr("Approve"));
    m_actions.value(Action::Approve)->setToolTip(tr("Approve the selected applicants"));
    m_actions.value(Action::Status)->setText(tr("Change Status…"));
    m_actions.value(Action::Grade)->setText(tr("Change Grade…"));
    m_actions.value(Action::Dues)->setText(tr("Record Dues…"));
    m_actions.value(Action::DuesReview)->setText(tr("Review Dues…"));
    m_actions.value(Action::DuesReview)->setToolTip(
        tr("Apply the charter's lapse rule: members to mark 欠费, and lapsed members to consider for 退会"));
    m_actions.value(Action::Import)->setText(tr("Import…"));
    m_actions.value(Action::Import)->setToolTip(tr("Import members from a spreadsheet"));
    m_actions.value(Action::Export)->setText(tr("Export…"));
    m_actions.value(Action::Export)->setToolTip(tr("Export the members shown to a spreadsheet"));
    m_actions.value(Action::Template)->setText(tr("Download Template…"));
    m_actions.value(Action::Template)->setToolTip(tr("Save an empty spreadsheet with the columns an import reads"));
    m_actions.value(Action::Find)->setText(tr("Find"));
    m_actions.value(Action::Grades)->setText(tr("Grades and Dues Standards…"));
    m_actions.value(Action::Grades)->setToolTip(tr("Edit the member grades and the dues each grade pays per year"));
    m_filters->retranslateUi();
    m_model->retranslate();
    setColumnWidths();
    updateCount();
}

} // namespace sd::ui
