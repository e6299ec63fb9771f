#include "pages/home/DueList.h"

#include <algorithm>

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

using rules::DueItems;
using rules::DueSeverity;

namespace {

enum Column { SeverityColumn, DueColumn, WhatColumn, CountColumn };
constexpr int kIndexRole = Qt::UserRole;

QColor severityColour(DueSeverity severity)
{
    switch (severity) {
    case DueSeverity::Overdue:
        return QColor(0xb7, 0x1c, 0x1c);
    case DueSeverity::DueSoon:
        return QColor(0x9a, 0x5b, 0x00);
    case DueSeverity::Upcoming:
        break;
    }
    return QColor(0x37, 0x47, 0x4f);
}

QIcon severityIcon(DueSeverity severity)
{
    const QStyle::StandardPixmap pixmap = severity == DueSeverity::Overdue ? QStyle::SP_MessageBoxCritical
        : severity == DueSeverity::DueSoon                                ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

DueList::DueList(QWidget *parent)
    : QGroupBox(parent)
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_records(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("home.due"));
    m_list->setObjectName(QStringLiteral("home.due.list"));
    m_detail->setObjectName(QStringLiteral("home.due.detail"));
    m_records->setObjectName(QStringLiteral("home.due.records"));
    m_empty->setObjectName(QStringLiteral("home.due.empty"));

    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_records->setUniformItemSizes(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    connect(m_list, &QTreeWidget::currentItemChanged, this, &DueList::showDetail);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { activate(m_list->indexOfTopLevelItem(item)); });
    connect(m_records, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0 || row >= m_items.size())
            return;
        const rules::Evidence &e = m_items.at(row).records.value(m_records->row(item));
        if (!e.id.isEmpty())
            emit openRecordRequested(e.kind, e.id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_empty, 3);
    layout->addWidget(m_detail);
    layout->addWidget(m_records, 2);
    retranslateUi();
}

void DueList::setItems(const QList<rules::DueItem> &items)
{
    m_items = items;
    m_loaded = true;
    m_busy = false;
    fill();
}

void DueList::setBusy(bool busy)
{
    m_busy = busy;
    if (!m_loaded)
        fill();
}

void DueList::clear()
{
    m_items.clear();
    m_loaded = false;
    fill();
}

void DueList::activate(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const rules::DueItem &item = m_items.at(row);
    if (item.opensPage || item.records.isEmpty())
        emit pageRequested(item.opens);
    else
        emit openRecordRequested(item.records.first().kind, item.records.first().id);
}

void DueList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void DueList::retranslateUi()
{
    setTitle(tr("What is due"));
    m_list->setHeaderLabels({ tr("Status"), tr("Due"), tr("What"), tr("Records") });
    m_list->setToolTip(tr("Double-click or press Enter to open the records behind an item."));
    m_records->setToolTip(tr("Double-click a record to open it on its page."));
    // The items' own texts come from the core in the language of the moment: the page
    // recomputes them on a language change.
    fill();
}

void DueList::fill()
{
    const int current = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_list->clear();
    const bool none = m_items.isEmpty();
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    m_empty->setText(!m_loaded ? (m_busy ? tr("Looking at what is due…") : QString()) : tr("Nothing is due. Well done."));
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const rules::DueItem &d = m_items.at(i);
        auto *row = new QTreeWidgetItem(m_list);
        row->setData(SeverityColumn, kIndexRole, int(i));
        row->setIcon(SeverityColumn, severityIcon(d.severity));
        row->setText(SeverityColumn, DueItems::label(d.severity));
        row->setForeground(SeverityColumn, severityColour(d.severity));
        row->setText(DueColumn, d.due.isValid() ? d.due.toString(Qt::ISODate) : QString());
        row->setText(WhatColumn, d.title);
        row->setText(CountColumn, d.count > 0 ? QLocale().toString(d.count) : QString());
        row->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        for (int c = 0; c < m_list->columnCount(); ++c)
            row->setToolTip(c, d.detail);
        if (d.severity == DueSeverity::Overdue) {
            QFont bold = row->font(SeverityColumn);
            bold.setBold(true);
            row->setFont(SeverityColumn, bold);
        }
    }
    if (!none)
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(current, 0, int(m_items.size()) - 1)));
    showDetail();
}

void DueList::showDetail()
{
    m_records->clear();
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_items.size()) {
        m_detail->clear();
        m_records->hide();
        m_detail->setVisible(false);
        return;
    }
    const rules::DueItem &d = m_items.at(row);
    QString text = d.detail;
    if (d.count > d.records.size())
        text = tr("%1 The first %2 of %3 are listed.").arg(text, QLocale().toString(d.records.size()), QLocale().toString(d.count));
    m_detail->setText(text);
    m_detail->setVisible(true);
    for (const rules::Evidence &e : d.records)
        m_records->addItem(e.name);
    m_records->setVisible(!d.records.isEmpty());
}

} // namespace sd::ui
