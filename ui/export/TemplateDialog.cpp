#include "export/TemplateDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "exchange/Exporter.h"
#include "import/ExchangeText.h"
#include "members/MemberLayouts.h"
#include "registers/Registers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sd::ui {

TemplateDialog::TemplateDialog(const QString &kind, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_registerLabel(new QLabel(this))
    , m_register(new QComboBox(this))
    , m_xlsx(new QRadioButton(this))
    , m_csv(new QRadioButton(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("templateDialog"));
    m_register->setObjectName(QStringLiteral("template.register"));
    m_xlsx->setObjectName(QStringLiteral("template.format.xlsx"));
    m_csv->setObjectName(QStringLiteral("template.format.csv"));
    m_file->setObjectName(QStringLiteral("template.file"));
    m_result->setObjectName(QStringLiteral("template.result"));
    for (const QString &k : registers::kinds())
        m_register->addItem(QString(), k);
    m_register->setCurrentIndex(std::max(0, m_register->findData(kind)));
    m_registerLabel->setBuddy(m_register);
    m_fileLabel->setBuddy(m_file);
    m_xlsx->setChecked(true);
    m_hint->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("template.save"));
    m_save->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &TemplateDialog::save);
    connect(m_close, &QPushButton::clicked, this, &TemplateDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &TemplateDialog::browse);
    const auto suggest = [this] {
        m_file->setText(QDir::toNativeSeparators(suggestedPath()));
        m_result->clear();
    };
    connect(m_register, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_register, &QComboBox::currentIndexChanged, this, &TemplateDialog::updateHint);
    connect(m_csv, &QRadioButton::toggled, this, suggest);
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!m_file->text().trimmed().isEmpty()); });

    auto *format = new QHBoxLayout;
    format->addWidget(m_xlsx);
    format->addWidget(m_csv);
    format->addStretch(1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_registerLabel, m_register);
    form->addRow(QString(), format);
    form->addRow(m_fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslateUi();
    suggest();
}

bool TemplateDialog::writeTemplate(const QString &kind, const QString &path, QString *error)
{
    const auto source = registers::exportSource(kind);
    if (!source) {
        if (error)
            *error = tr("There is no register \"%1\".").arg(kind);
        return false;
    }
    exchange::WriteError writeError;
    if (!exchange::Exporter::writeTemplate(*source, path, {}, &writeError)) {
        if (error)
            *error = writeError.message;
        return false;
    }
    return true;
}

QString TemplateDialog::suggestedPath() const
{
    const QString kind = m_register->currentData().toString();
    const QString suffix = m_csv->isChecked() ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return ExchangeText::unusedPath(
        m_folder + u'/' + tr("%1 import template", "file name").arg(ExchangeText::fileBaseName(kind)) + suffix);
}

void TemplateDialog::browse()
{
    const bool xlsx = !m_csv->isChecked();
    const QString path = FileDialog::getSaveFileName(this, tr("Save the Import Template"),
        QDir::fromNativeSeparators(m_file->text().trimmed()), ExchangeText::saveFilter(xlsx), QString());
    if (path.isEmpty())
        return;
    const QString chosen = ExchangeText::withSpreadsheetSuffix(path, xlsx);
    {
        const QSignalBlocker block(m_csv);
        (ExchangeText::isXlsxName(chosen) ? m_xlsx : m_csv)->setChecked(true);
    }
    m_file->setText(QDir::toNativeSeparators(chosen));
}

void TemplateDialog::save()
{
    const QString path = ExchangeText::withSpreadsheetSuffix(
        QDir::fromNativeSeparators(m_file->text().trimmed()), !m_csv->isChecked());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)
        && MessageBox::question(this, tr("Download Template"),
               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!writeTemplate(m_register->currentData().toString(), path, &error)) {
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_result->setText(error);
        return;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(tr("The template was saved to %1. Fill in one row per record below the headers and import "
                         "it from the Members page.")
                          .arg(QDir::toNativeSeparators(path)));
}

void TemplateDialog::updateHint()
{
    QStringList required;
    if (const auto layout = registers::importLayout(m_register->currentData().toString())) {
        for (const exchange::ColumnSpec &column : layout->columns()) {
            if (column.required)
                required << column.header;
        }
    }
    m_hint->setText(tr("An empty spreadsheet with the register's column headers and one example row; replace the "
                       "example with your rows. Every row needs %1.")
                        .arg(required.join(tr(", "))));
}

void TemplateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplateDialog::retranslateUi()
{
    setWindowTitle(tr("Download Import Template"));
    updateHint();
    m_registerLabel->setText(tr("&Register:"));
    for (int i = 0; i < m_register->count(); ++i)
        m_register->setItemText(i, ExchangeText::registerLabel(m_register->itemData(i).toString()));
    m_xlsx->setText(tr("E&xcel workbook (.xlsx)"));
    m_csv->setText(tr("&CSV (.csv)"));
    m_fileLabel->setText(tr("&Save as:"));
    m_browse->setText(tr("&Browse…"));
    m_save->setText(tr("&Save"));
}

} // namespace sd::ui
