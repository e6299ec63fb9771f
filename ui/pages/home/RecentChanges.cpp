#include "pages/home/RecentChanges.h"

#include "pages/home/RecordNames.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

RecentChanges::RecentChanges(QWidget *parent)
    : QGroupBox(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("home.recentChanges"));
    m_list->setObjectName(QStringLiteral("home.recentChanges.list"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(true);
    // As tall as its rows: the group ends where the changes end.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    retranslateUi();
}

void RecentChanges::refresh(storage::Database *database)
{
    m_database = database;
    m_list->clear();
    if (!database)
        return;
    const storage::AuditLog &log = database->audit();
    const QList<storage::AuditEntry> entries = log.latest(kShown);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, it->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, it->actor);
        item->setText(2, describe(it->entity, it->action));
    }
    if (entries.isEmpty())
        (new QTreeWidgetItem(m_list))->setText(2, tr("No changes yet"));
}

QString RecentChanges::describe(const QString &entity, const QString &action) const
{
    if (entity == u"society_profile")
        return action == u"create" ? tr("Society profile entered") : tr("Society profile changed");
    if (entity == u"society_setting")
        return tr("Society settings changed");
    return tr("%1: %2").arg(RecordNames::table(entity), RecordNames::action(action));
}

void RecentChanges::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

QString RecentChanges::heading()
{
    return tr("Recent changes");
}

void RecentChanges::setHeadingShown(bool shown)
{
    m_headingShown = shown;
    setTitle(shown ? heading() : QString());
}

void RecentChanges::retranslateUi()
{
    setTitle(m_headingShown ? heading() : QString());
    m_list->setHeaderLabels({ tr("When"), tr("By"), tr("Change") });
    refresh(m_database);
}

} // namespace sd::ui
