#pragma once

#include "rules/DueItems.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd::ui {

/// The Home page's list of what is due (rules::dueItems): overdue first, then by date, an icon
/// and colour per severity. Selecting an item shows its rule and its records below; activating
/// it opens its first record, or the page that owns it when it has none (or too many).
/// Activating a record opens that record.
class DueList : public QGroupBox
{
    Q_OBJECT
public:
    explicit DueList(QWidget *parent = nullptr);

    void setItems(const QList<rules::DueItem> &items);
    void setBusy(bool busy);
    /// Forgets the items (another file): nothing is shown until the next setItems().
    void clear();
    [[nodiscard]] const QList<rules::DueItem> &items() const { return m_items; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QListWidget *records() const { return m_records; }
    /// Activates item `row` as a double-click or Enter would.
    void activate(int row);

signals:
    void openRecordRequested(sd::rules::RecordKind kind, const QString &id);
    /// The page that holds records of `kind` (None: the Compliance page).
    void pageRequested(sd::rules::RecordKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void showDetail();

    QTreeWidget *m_list;
    QLabel *m_detail;
    QListWidget *m_records;
    QLabel *m_empty;
    QList<rules::DueItem> m_items;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace sd::ui
