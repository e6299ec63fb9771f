#pragma once

#include "members/DuesReview.h"
#include "members/MemberStore.h"
#include "pages/Page.h"

#include <QHash>

#include <functional>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolBar;

namespace sd::ui {

struct BatchOutcome;
class MemberFilterBar;
class MemberTableModel;

/// The member register: a table that stays fluid at a million members (MemberTableModel), a
/// search box and filters, the add/edit dialog with inline validation, and batch changes for a
/// selection (approve applicants, status, grade, dues) — each one transaction, audited.
///
/// Import, export and the import template are announced, not done here: whoever owns the
/// exchange (FileActions) connects to importRequested/exportRequested/templateRequested, reads
/// `currentQuery()`/`selectedMemberIds()` if it needs them, and calls `reload()` after an import.
class MembersPage : public Page
{
    Q_OBJECT
public:
    explicit MembersPage(QWidget *parent = nullptr);
    ~MembersPage() override;

    [[nodiscard]] QString title() const override { return tr("Members"); }
    void setDatabase(storage::Database *database) override;

    [[nodiscard]] MemberTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] MemberFilterBar *filterBar() const { return m_filters; }
    /// The query on screen: search, filters and sort.
    [[nodiscard]] members::MemberQuery currentQuery() const;
    /// Ids of the selected rows whose ids are known, in display order.
    [[nodiscard]] QList<qint64> selectedMemberIds() const;
    /// The row count line ("1,000,000 members").
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    /// The outcome of the last change ("3 applicants approved.").
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

    enum class Action { Add, Edit, Approve, Status, Grade, Dues, DuesReview, Import, Export, Template, Find, Grades };
    [[nodiscard]] QAction *action(Action which) const;

    /// A member (by member number): the register is narrowed to that number (filters cleared)
    /// and the member's row chosen once it arrives. False when there is no such member.
    bool showRecord(rules::RecordKind kind, const QString &id) override;

public slots:
    /// Re-reads grades and the register (after an import or another change made elsewhere).
    void reload();
    void addMember();
    /// Opens the member of the current row (Enter, double-click, Edit…).
    void editCurrentMember();
    void approveSelected();
    void changeStatusOfSelected();
    void changeGradeOfSelected();
    void recordDuesForSelected();
    /// The charter's lapse rule on today's date: proposes 欠费 and lists members to consider
    /// for 退会 (DuesReviewDialog); changes only what the user confirms there.
    void reviewDues();
    /// Opens the grades and dues standards dialog; the grade filter follows its changes.
    void editGrades();

signals:
    void importRequested();
    void exportRequested();
    void templateRequested();
    /// Members were added or changed through this page.
    void membersChanged();

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void updateActions();
    void updateCount();
    void showOutcome(const QString &done, const BatchOutcome &outcome);
    /// Reads the dues review in a worker and hands it to `done` on this thread.
    void runReview(const std::function<void(const members::DuesReview &)> &done);
    /// The status dialog for `ids`, starting at `status` when given.
    void changeStatusOf(const QList<qint64> &ids, std::optional<MemberStatus> status, QWidget *parent);
    void afterChange();
    void restoreAfterRefresh();
    /// Chooses the member showRecord() asked for, once its row is loaded.
    void selectShownMember();
    void setColumnWidths();
    [[nodiscard]] bool writable() const;
    BatchOutcome runBusy(const std::function<BatchOutcome()> &batch);

    MemberTableModel *m_model;
    MemberFilterBar *m_filters;
    QTableView *m_view;
    QToolBar *m_toolBar;
    QLabel *m_heading;
    QLabel *m_count;
    QLabel *m_message;
    QLabel *m_empty;
    QTimer *m_countingDelay;
    QHash<Action, QAction *> m_actions;
    bool m_busy = false;      ///< a batch change is running
    bool m_reviewing = false; ///< a dues review is being read
    // Restored after a refresh: the current member and the scroll position.
    qint64 m_restoreId = 0;
    qint64 m_showId = 0; ///< asked for by showRecord(), chosen when its row arrives
    int m_restoreScroll = 0;
};

} // namespace sd::ui
