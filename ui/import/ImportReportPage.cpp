#include "import/ImportReportPage.h"

#include "common/FileDialog.h"
#include "import/ExchangeText.h"
#include "import/ImportJob.h"
#include "import/ImportReportView.h"
#include "import/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

using exchange::ImportOutcome;
using exchange::OnDuplicate;

const QString kRed = QStringLiteral("#b00020");
const QString kAmber = QStringLiteral("#8a5a00");

} // namespace

ImportReportPage::ImportReportPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_message(new QLabel(this))
    , m_view(new ImportReportView(this))
    , m_options(new QGroupBox(this))
    , m_duplicatesLabel(new QLabel(m_options))
    , m_duplicates(new QComboBox(m_options))
    , m_skipInvalid(new QCheckBox(m_options))
    , m_saveRejects(new QPushButton(m_options))
    , m_rejects(new QLabel(m_options))
{
    setObjectName(QStringLiteral("import.page.report"));
    setCommitPage(true);
    m_message->setObjectName(QStringLiteral("import.report.message"));
    m_duplicates->setObjectName(QStringLiteral("import.onDuplicate"));
    m_skipInvalid->setObjectName(QStringLiteral("import.skipInvalid"));
    m_saveRejects->setObjectName(QStringLiteral("import.saveRejects"));
    m_rejects->setObjectName(QStringLiteral("import.rejectsFile"));

    // The four counts, each a large number over its name.
    auto *counts = new QFrame(this);
    counts->setFrameShape(QFrame::StyledPanel);
    auto *countsLayout = new QGridLayout(counts);
    countsLayout->setContentsMargins(12, 6, 12, 6);
    countsLayout->setVerticalSpacing(0);
    const char *names[] = { "import.count.read", "import.count.valid", "import.count.rejected", "import.count.warnings" };
    for (int i = 0; i < CountCount; ++i) {
        auto *number = new QLabel(counts);
        number->setObjectName(QString::fromLatin1(names[i]));
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        number->setFont(big);
        auto *name = new QLabel(counts);
        countsLayout->addWidget(number, 0, i, Qt::AlignLeft);
        countsLayout->addWidget(name, 1, i, Qt::AlignLeft);
        countsLayout->setColumnStretch(i, 1);
        m_counts.append(number);
        m_countNames.append(name);
    }

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_duplicates->addItem(QString(), static_cast<int>(OnDuplicate::Error));
    m_duplicates->addItem(QString(), static_cast<int>(OnDuplicate::Skip));
    m_duplicates->addItem(QString(), static_cast<int>(OnDuplicate::Update));
    m_duplicatesLabel->setBuddy(m_duplicates);
    m_rejects->setWordWrap(true);
    m_rejects->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_duplicates, &QComboBox::activated, this, [this] {
        const auto policy = static_cast<OnDuplicate>(m_duplicates->currentData().toInt());
        if (policy == m_wizard.choices().onDuplicate)
            return;
        m_wizard.choices().onDuplicate = policy;
        m_wizard.recheck(); // the counts and the findings depend on it
    });
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.choices().skipInvalid = on;
        updateRejects();
        updateMessage();
        emit completeChanged();
    });
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportReportPage::chooseRejectsFile);

    auto *duplicatesRow = new QHBoxLayout;
    duplicatesRow->addWidget(m_duplicatesLabel);
    duplicatesRow->addWidget(m_duplicates);
    duplicatesRow->addStretch(1);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addSpacing(20);
    rejectsRow->addWidget(m_saveRejects, 0, Qt::AlignTop);
    rejectsRow->addWidget(m_rejects, 1);
    auto *optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->setSpacing(4);
    optionsLayout->addLayout(duplicatesRow);
    optionsLayout->addWidget(m_skipInvalid);
    optionsLayout->addLayout(rejectsRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(counts);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_options);
    retranslateUi();
}

void ImportReportPage::initializePage()
{
    ImportJob *job = m_wizard.checkJob();
    if (!job)
        return;
    const exchange::ImportReport &report = job->report();
    const QLocale locale;
    const qint64 rejected = report.rowsRead - report.rowsValid;
    const qint64 values[] = { report.rowsRead, report.rowsValid, rejected, report.warnings.size() };
    for (int i = 0; i < CountCount; ++i)
        m_counts[i]->setText(locale.toString(values[i]));
    m_counts[Rejected]->setStyleSheet(rejected > 0 ? QStringLiteral("QLabel { color: %1; }").arg(kRed) : QString());
    m_counts[Warnings]->setStyleSheet(
        report.warnings.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(kAmber));
    m_view->setReport(report);

    const bool checked = report.outcome == ImportOutcome::Validated;
    m_options->setEnabled(checked);
    {
        const QSignalBlocker block(m_duplicates);
        m_duplicates->setCurrentIndex(
            std::max(0, m_duplicates->findData(static_cast<int>(m_wizard.choices().onDuplicate))));
    }
    {
        const QSignalBlocker block(m_skipInvalid);
        m_skipInvalid->setChecked(m_wizard.choices().skipInvalid && hasErrors());
        m_wizard.choices().skipInvalid = m_skipInvalid->isChecked();
    }
    m_skipInvalid->setEnabled(checked && hasErrors() && rowsToWrite() > 0);
    updateRejects();
    updateMessage();
    emit completeChanged();
}

bool ImportReportPage::hasErrors() const
{
    const ImportJob *job = m_wizard.checkJob();
    return job && job->report().hasErrors();
}

qint64 ImportReportPage::rowsToWrite() const
{
    const ImportJob *job = m_wizard.checkJob();
    if (!job || job->report().outcome != ImportOutcome::Validated)
        return 0;
    return job->report().rowsValid - job->report().rowsSkipped;
}

bool ImportReportPage::isComplete() const
{
    return m_wizard.database() && rowsToWrite() > 0 && (!hasErrors() || m_wizard.choices().skipInvalid);
}

bool ImportReportPage::validatePage()
{
    return isComplete();
}

void ImportReportPage::updateRejects()
{
    const bool on = m_wizard.choices().skipInvalid;
    ImportChoices &choices = m_wizard.choices();
    if (on && choices.rejectsPath.isEmpty()) {
        const QFileInfo input(choices.path);
        const QString suffix = ExchangeText::isXlsxName(choices.path) ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        choices.rejectsPath = ExchangeText::unusedPath(
            input.absolutePath() + u'/' + tr("%1-rejected", "file name").arg(input.completeBaseName()) + suffix);
    }
    m_saveRejects->setEnabled(on);
    m_saveRejects->setVisible(hasErrors());
    m_rejects->setVisible(hasErrors());
    if (on) {
        m_rejects->setText(tr("The rejected rows will be saved to %1, with an added 错误原因 column, ready to fix and "
                              "import again.")
                               .arg(QDir::toNativeSeparators(choices.rejectsPath)));
    } else {
        m_rejects->setText(tr("Rejected rows can be saved to a spreadsheet when the valid rows are imported."));
    }
}

void ImportReportPage::chooseRejectsFile()
{
    ImportChoices &choices = m_wizard.choices();
    const bool xlsx = ExchangeText::isXlsxName(choices.rejectsPath);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"), choices.rejectsPath, ExchangeText::saveFilter(xlsx), QString());
    if (path.isEmpty())
        return;
    const QString chosen = ExchangeText::withSpreadsheetSuffix(path, xlsx);
    if (QFileInfo(chosen).absoluteFilePath() == QFileInfo(choices.path).absoluteFilePath())
        return; // never over the file being imported
    choices.rejectsPath = chosen;
    updateRejects();
}

void ImportReportPage::updateMessage()
{
    const ImportJob *job = m_wizard.checkJob();
    if (!job)
        return;
    const exchange::ImportReport &report = job->report();
    QString text;
    bool bad = true;
    const qint64 toWrite = rowsToWrite();
    const int rejected = static_cast<int>(report.rowsRead - report.rowsValid);
    if (report.outcome != ImportOutcome::Validated) {
        if (!report.failure.isEmpty())
            text = report.failure;
        else
            text = tr("The file's columns do not fit the layout, so no row was read. Nothing will be imported.");
    } else if (toWrite == 0) {
        text = tr("No row can be imported: every row has an error or is already in the register.");
    } else if (!report.hasErrors()) {
        bad = false;
        text = tr("All %n row(s) can be imported.", nullptr, static_cast<int>(toWrite));
    } else if (!m_wizard.choices().skipInvalid) {
        text = tr("%n row(s) have errors, listed below with their line, column and reason. As it stands nothing "
                  "will be imported: fix the file and import it again, or import the valid rows and fix the "
                  "rejected ones later.",
            nullptr, rejected);
    } else {
        bad = false;
        text = tr("%n valid row(s) will be imported; the rows with errors will not.", nullptr, static_cast<int>(toWrite));
    }
    if (report.outcome == ImportOutcome::Validated && report.rowsSkipped > 0) {
        text += u' '
            + tr("%n row(s) already in the register will be skipped.", nullptr, static_cast<int>(report.rowsSkipped));
    }
    m_message->setText(text);
    m_message->setStyleSheet(bad ? QStringLiteral("QLabel { color: %1; }").arg(kRed) : QString());
}

void ImportReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_wizard.currentPage() == this) {
            updateRejects();
            updateMessage();
        }
    }
    QWizardPage::changeEvent(event);
}

void ImportReportPage::retranslateUi()
{
    setTitle(tr("Check report"));
    setSubTitle(tr("Every row was read and checked, and compared with the register. Nothing has been written yet."));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_countNames[Read]->setText(tr("rows read"));
    m_countNames[Valid]->setText(tr("valid"));
    m_countNames[Rejected]->setText(tr("with errors"));
    m_countNames[Warnings]->setText(tr("warnings"));
    m_options->setTitle(tr("How to import"));
    m_duplicatesLabel->setText(tr("Rows &already in the register:"));
    m_duplicates->setItemText(0, tr("Stop: report them as errors"));
    m_duplicates->setItemText(1, tr("Skip them"));
    m_duplicates->setItemText(2, tr("Update them from the file"));
    m_skipInvalid->setText(tr("Import all &valid rows (skip the bad ones)"));
    m_saveRejects->setText(tr("Save rejected &rows…"));
}

} // namespace sd::ui
