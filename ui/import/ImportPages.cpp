#include "import/ImportPages.h"

#include "common/FileDialog.h"
#include "import/ExchangeText.h"
#include "import/ImportWizard.h"
#include "members/MemberLayouts.h"
#include "registers/Registers.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

using State = ImportPreview::FileColumn::State;

void styleError(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
}

QIcon icon(QStyle::StandardPixmap which)
{
    return QApplication::style()->standardIcon(which);
}

/// A read-only table that fits its rows without measuring them.
void setUpTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
}

QString columnTitle(const exchange::ColumnSpec &spec)
{
    return QStringLiteral("%1 (%2)").arg(spec.header, spec.alias);
}

} // namespace

// --- 1. the file ------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_registerLabel(new QLabel(this))
    , m_register(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("import.page.file"));
    m_register->setObjectName(QStringLiteral("import.register"));
    m_file->setObjectName(QStringLiteral("import.file"));
    m_browse->setObjectName(QStringLiteral("import.browse"));
    m_error->setObjectName(QStringLiteral("import.fileError"));
    m_hint->setObjectName(QStringLiteral("import.fileHint"));

    for (const QString &kind : registers::kinds())
        m_register->addItem(QString(), kind);
    m_registerLabel->setBuddy(m_register);
    m_fileLabel->setBuddy(m_file);
    m_file->setClearButtonEnabled(true);
    styleError(m_error);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));

    connect(m_register, &QComboBox::currentIndexChanged, this, [this] { m_error->hide(); });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_registerLabel, m_register);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    m_register->setCurrentIndex(std::max(0, m_register->findData(m_wizard.choices().kind)));
    retranslateUi();
    if (storage::Database *db = m_wizard.database(); db && db->isReadOnly())
        showError(tr("This society file is open read-only, so nothing can be imported into it: %1")
                      .arg(db->readOnlyReason()));
}

bool ImportFilePage::isComplete() const
{
    const storage::Database *db = m_wizard.database();
    return db && !db->isReadOnly() && !m_file->text().trimmed().isEmpty();
}

void ImportFilePage::browse()
{
    QString folder = QFileInfo(m_file->text().trimmed()).absolutePath();
    if (m_file->text().trimmed().isEmpty() || !QFileInfo(folder).isDir())
        folder = ExchangeText::defaultFolder(m_wizard.database() ? m_wizard.database()->path() : QString());
    const QString path = FileDialog::getOpenFileName(
        this, tr("Choose the Spreadsheet to Import"), folder, ExchangeText::openFilter());
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setFocus();
}

bool ImportFilePage::validatePage()
{
    if (!isComplete())
        return false;
    ImportChoices &choices = m_wizard.choices();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString kind = m_register->currentData().toString();
    if (path != choices.path || kind != choices.kind) {
        // Another file or register: its own encoding, sheet and rejects file.
        choices.encoding = QStringLiteral("auto");
        choices.sheet.clear();
        choices.rejectsPath.clear();
        choices.skipInvalid = false;
    }
    choices.path = path;
    choices.kind = kind;
    m_wizard.loadPreview();
    if (!m_wizard.preview().readable()) {
        showError(m_wizard.preview().error.message);
        return false;
    }
    m_error->hide();
    return true;
}

void ImportFilePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("The register to import into and the spreadsheet that holds its rows."));
    m_registerLabel->setText(tr("&Register:"));
    for (int i = 0; i < m_register->count(); ++i)
        m_register->setItemText(i, ExchangeText::registerLabel(m_register->itemData(i).toString()));
    m_fileLabel->setText(tr("&File:"));
    m_file->setPlaceholderText(tr("An .xlsx workbook or a .csv file"));
    m_browse->setText(tr("&Browse…"));
    m_hint->setText(
        tr("Excel and WPS workbooks (.xlsx) are read from their first sheet unless you choose another; CSV files "
           "in UTF-8 or GB18030 (what Excel and WPS save on Chinese Windows) are recognised by themselves. The "
           "first row holds the column headers, in Chinese or as the English aliases, in any order. Nothing is "
           "written until you have seen the check's report and chosen to import."));
}

// --- 2. the preview ---------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_detected(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_sheetLabel(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_mappingLabel(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("import.page.preview"));
    m_encoding->setObjectName(QStringLiteral("import.encoding"));
    m_sheet->setObjectName(QStringLiteral("import.sheet"));
    m_error->setObjectName(QStringLiteral("import.previewError"));
    m_rows->setObjectName(QStringLiteral("import.preview.table"));
    m_mapping->setObjectName(QStringLiteral("import.preview.mapping"));
    m_summary->setObjectName(QStringLiteral("import.preview.summary"));
    m_detected->setObjectName(QStringLiteral("import.preview.detected"));

    m_encoding->addItem(QString(), QStringLiteral("auto"));
    m_encoding->addItem(QString(), QStringLiteral("utf-8"));
    m_encoding->addItem(QString(), QStringLiteral("gb18030"));
    m_encodingLabel->setBuddy(m_encoding);
    m_sheetLabel->setBuddy(m_sheet);
    m_rowsLabel->setBuddy(m_rows);
    m_mappingLabel->setBuddy(m_mapping);
    styleError(m_error);
    m_summary->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUpTable(m_rows);
    setUpTable(m_mapping);
    m_mapping->setColumnCount(3);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->resizeSection(0, 200);
    m_mapping->horizontalHeader()->resizeSection(1, 280);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard.choices().encoding = m_encoding->currentData().toString();
        reread();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard.choices().sheet = m_sheet->currentData().toString();
        reread();
    });

    auto *options = new QHBoxLayout;
    options->addWidget(m_detected, 1);
    options->addWidget(m_encodingLabel);
    options->addWidget(m_encoding);
    options->addWidget(m_sheetLabel);
    options->addWidget(m_sheet);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_error);
    layout->addWidget(m_rowsLabel);
    layout->addWidget(m_rows, 3);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_summary);
    retranslateUi();
}

void ImportPreviewPage::initializePage()
{
    fill();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard.preview().acceptable();
}

bool ImportPreviewPage::validatePage()
{
    return isComplete();
}

void ImportPreviewPage::reread()
{
    m_wizard.loadPreview();
    fill();
}

void ImportPreviewPage::fill()
{
    const ImportPreview &preview = m_wizard.preview();
    const ImportChoices &choices = m_wizard.choices();
    const bool csv = !preview.isXlsx() && !ExchangeText::isXlsxName(choices.path);
    {
        const QSignalBlocker blockEncoding(m_encoding);
        const QSignalBlocker blockSheet(m_sheet);
        m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(choices.encoding)));
        m_sheet->clear();
        m_sheet->addItem(tr("First visible sheet"), QString());
        for (const QString &name : preview.sheets)
            m_sheet->addItem(name, name);
        m_sheet->setCurrentIndex(std::max(0, m_sheet->findData(choices.sheet)));
    }
    m_encodingLabel->setVisible(csv);
    m_encoding->setVisible(csv);
    m_sheetLabel->setVisible(!csv);
    m_sheet->setVisible(!csv);

    const QString file = QFileInfo(choices.path).fileName();
    if (!preview.readable())
        m_detected->setText(file);
    else if (preview.isXlsx())
        m_detected->setText(tr("%1 — an Excel workbook").arg(file));
    else if (choices.encoding == QStringLiteral("auto"))
        m_detected->setText(tr("%1 — read as %2 (detected)").arg(file, preview.encoding));
    else
        m_detected->setText(tr("%1 — read as %2 (chosen)").arg(file, preview.encoding));

    if (preview.error.isError()) {
        m_error->setText(preview.error.message);
        m_error->show();
    } else {
        m_error->hide();
    }
    fillRows();
    fillMapping();
    emit completeChanged();
}

void ImportPreviewPage::fillRows()
{
    const ImportPreview &preview = m_wizard.preview();
    m_rows->clear();
    qsizetype width = preview.columns.size();
    for (const QStringList &row : preview.rows)
        width = std::max(width, row.size());
    m_rows->setColumnCount(static_cast<int>(width));
    m_rows->setRowCount(static_cast<int>(preview.rows.size()));
    for (int c = 0; c < width; ++c) {
        auto *item = new QTableWidgetItem;
        const ImportPreview::FileColumn column = preview.columns.value(c);
        item->setText(column.header.isEmpty() ? QString(u'(' + QString::number(c + 1) + u')') : column.header);
        switch (column.state) {
        case State::Matched:
            item->setToolTip(tr("Read as %1").arg(columnTitle(m_wizard.layoutColumns().at(column.layoutColumn))));
            break;
        case State::Unknown:
            item->setIcon(icon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("Not part of the layout: ignored"));
            break;
        case State::Duplicate:
            item->setIcon(icon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(tr("A second column for the same field"));
            break;
        case State::Ignored:
            break;
        }
        m_rows->setHorizontalHeaderItem(c, item);
    }
    for (int r = 0; r < preview.rows.size(); ++r) {
        m_rows->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(preview.lines.at(r))));
        const QStringList &cells = preview.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_rows->setItem(r, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < width; ++c)
        m_rows->setColumnWidth(c, std::min(m_rows->columnWidth(c), 220));
}

void ImportPreviewPage::fillMapping()
{
    const ImportPreview &preview = m_wizard.preview();
    const QList<exchange::ColumnSpec> &layout = m_wizard.layoutColumns();
    m_mapping->clearContents();
    m_mapping->setRowCount(0);
    if (!preview.readable()) {
        m_summary->clear();
        return;
    }
    const auto addRow = [this](const QString &file, const QString &as, QStyle::StandardPixmap which,
                            const QString &status) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(file));
        m_mapping->setItem(row, 1, new QTableWidgetItem(as));
        auto *item = new QTableWidgetItem(icon(which), status);
        item->setToolTip(status);
        m_mapping->setItem(row, 2, item);
    };
    // What stops the import first, then what is ignored, then what is read.
    QStringList missing;
    for (int c : preview.missingRequired) {
        missing << columnTitle(layout.at(c));
        addRow(tr("(none)"), columnTitle(layout.at(c)), QStyle::SP_MessageBoxCritical,
            tr("Required, missing from the file: no row can be read"));
    }
    for (const ImportPreview::FileColumn &column : preview.columns) {
        if (column.state == State::Duplicate) {
            addRow(column.header, columnTitle(layout.at(column.layoutColumn)), QStyle::SP_MessageBoxCritical,
                tr("Appears twice: keep one of the columns"));
        }
    }
    for (const ImportPreview::FileColumn &column : preview.columns) {
        if (column.state == State::Unknown) {
            addRow(column.header, tr("—"), QStyle::SP_MessageBoxWarning,
                tr("Not part of the layout: ignored, with a warning"));
        }
    }
    for (const ImportPreview::FileColumn &column : preview.columns) {
        if (column.state == State::Matched)
            addRow(column.header, columnTitle(layout.at(column.layoutColumn)), QStyle::SP_DialogApplyButton,
                tr("Matched"));
    }

    const int matched = preview.count(State::Matched);
    const int unknown = preview.count(State::Unknown);
    QString text = tr("%n column(s) will be read", nullptr, matched);
    if (unknown > 0)
        text += tr("; %n column(s) are not part of the layout and will be ignored", nullptr, unknown);
    text += tr(".", "full stop ending the column summary");
    if (!missing.isEmpty()) {
        text += u' '
            + tr("The file lacks the required column(s) %1, so no row could be read. Add the column to the file and "
                 "choose the file again.",
                nullptr, static_cast<int>(missing.size()))
                  .arg(missing.join(tr(", ")));
    } else if (preview.count(State::Duplicate) > 0) {
        text += u' ' + tr("A column appears twice; keep one of them and choose the file again.");
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(preview.acceptable() ? QString() : QStringLiteral("QLabel { color: #b00020; }"));
}

void ImportPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_wizard.currentPage() == this)
            fill();
    }
    QWizardPage::changeEvent(event);
}

void ImportPreviewPage::retranslateUi()
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as read, and how each column of the file is read into the register."));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setItemText(0, tr("Automatic"));
    m_encoding->setItemText(1, tr("UTF-8"));
    m_encoding->setItemText(2, tr("GB18030 (GBK)"));
    m_sheetLabel->setText(tr("&Sheet:"));
    if (m_sheet->count() > 0)
        m_sheet->setItemText(0, tr("First visible sheet"));
    m_rowsLabel->setText(tr("First &rows (the numbers are the spreadsheet's lines):"));
    m_mappingLabel->setText(tr("&Columns:"));
    m_mapping->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Read as"), tr("Status") });
}

} // namespace sd::ui
