#include "import/ImportReportView.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sd::ui {

ImportReportModel::ImportReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportReportModel::setReport(const exchange::ImportReport &report)
{
    beginResetModel();
    m_errors = report.errors;
    m_warnings = report.warnings;
    endResetModel();
}

void ImportReportModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    endResetModel();
}

qsizetype ImportReportModel::errorRows() const
{
    return m_show == Show::Warnings ? 0 : m_errors.size();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const qsizetype warnings = m_show == Show::Errors ? 0 : m_warnings.size();
    return static_cast<int>(std::min<qsizetype>(errorRows() + warnings, std::numeric_limits<int>::max()));
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ImportReportModel::isError(int row) const
{
    return row < errorRows();
}

const exchange::ImportIssue &ImportReportModel::issue(int row) const
{
    return isError(row) ? m_errors.at(row) : m_warnings.at(row - errorRows());
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const exchange::ImportIssue &i = issue(index.row());
    const bool error = isError(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return error ? tr("Error") : tr("Warning");
        case LineColumn:
            return i.line > 0 ? QLocale().toString(i.line) : tr("File");
        case ColumnColumn:
            return i.column;
        case ValueColumn:
            return i.value;
        case ReasonColumn:
            return i.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == ValueColumn)
            return index.column() == ReasonColumn ? i.reason : i.value;
        return {};
    case Qt::DecorationRole:
        if (index.column() == KindColumn) {
            return QApplication::style()->standardIcon(
                error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsErrorRole:
        return error;
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void ImportReportModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, KindColumn), index(rowCount() - 1, LineColumn));
}

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImportReportModel(this))
    , m_showLabel(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
{
    m_show->setObjectName(QStringLiteral("import.report.show"));
    m_view->setObjectName(QStringLiteral("import.report.table"));
    m_detail->setObjectName(QStringLiteral("import.report.detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_show->addItem(QString(), static_cast<int>(ImportReportModel::Show::All));
    m_show->addItem(QString(), static_cast<int>(ImportReportModel::Show::Errors));
    m_show->addItem(QString(), static_cast<int>(ImportReportModel::Show::Warnings));
    m_showLabel->setBuddy(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(static_cast<ImportReportModel::Show>(m_show->currentData().toInt()));
        m_view->setCurrentIndex(m_model->index(0, 0));
        showDetail();
    });

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a hundred thousand rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(ImportReportModel::KindColumn, 80);
    header->resizeSection(ImportReportModel::LineColumn, 56);
    header->resizeSection(ImportReportModel::ColumnColumn, 100);
    header->resizeSection(ImportReportModel::ValueColumn, 170);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImportReportView::showDetail);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_showLabel);
    top->addWidget(m_show);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    retranslateUi();
}

void ImportReportView::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const exchange::ImportIssue &issue = m_model->issue(current.row());
    QString where;
    if (issue.line <= 0)
        where = tr("The file");
    else if (issue.column.isEmpty())
        where = tr("Line %1").arg(issue.line);
    else if (issue.value.isEmpty())
        where = tr("Line %1, %2").arg(issue.line).arg(issue.column);
    else
        where = tr("Line %1, %2 \"%3\"").arg(issue.line).arg(issue.column, issue.value);
    m_detail->setText(tr("%1: %2").arg(where, issue.reason));
}

void ImportReportView::setReport(const exchange::ImportReport &report)
{
    m_model->setReport(report);
    m_show->setCurrentIndex(0); // errors come first: they are what stops the import
    m_view->setCurrentIndex(m_model->index(0, 0));
    showDetail();
}

void ImportReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImportReportView::retranslateUi()
{
    m_showLabel->setText(tr("&Show:"));
    m_show->setItemText(0, tr("Errors and warnings"));
    m_show->setItemText(1, tr("Errors only"));
    m_show->setItemText(2, tr("Warnings only"));
    m_model->retranslate();
    showDetail();
}

} // namespace sd::ui
