#include "import/ImportRunPages.h"

#include "import/ExchangeText.h"
#include "import/ImportJob.h"
#include "import/ImportWizard.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

using exchange::ImportOutcome;
using exchange::ImportProgress;

// --- progress ---------------------------------------------------------------------------------

ImportProgressPage::ImportProgressPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_file(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_bar->setRange(0, 100);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_file);
    layout->addSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addStretch(2);
}

void ImportProgressPage::follow(ImportJob *job)
{
    m_running = true;
    emit completeChanged();
    m_file->setText(QDir::toNativeSeparators(m_wizard.choices().path));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    connect(job, &ImportJob::progressed, this, [this, job] { showProgress(*job); });
}

void ImportProgressPage::showProgress(const ImportJob &job)
{
    const int percent = job.percent();
    if (percent < 0) {
        showBusy();
        return;
    }
    m_bar->setRange(0, 100);
    m_bar->setValue(percent);
    if (job.progress().stage == ImportProgress::Stage::Reading)
        setStatus(tr("Reading and checking the rows…"));
}

void ImportProgressPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ImportProgressPage::showBusy()
{
    m_bar->setRange(0, 0);
}

void ImportProgressPage::commitSoon(ImportJob *job, const QString &status)
{
    setStatus(status);
    showBusy();
    // The commit runs in a worker on a writer the database lends it: the page keeps painting
    // its progress, and Cancel rolls the transaction back.
    storage::Database *db = m_wizard.database();
    if (!db || job->isCancelled())
        return;
    connect(job, &ImportJob::committed, this, [this, job] {
        if (job->isCancelled() && job->report().outcome != ImportOutcome::Written)
            return;
        committed(*job);
        finish();
    }, Qt::SingleShotConnection);
    job->commit(*db);
}

void ImportProgressPage::finish()
{
    m_running = false;
    m_bar->setRange(0, 100);
    m_bar->setValue(100);
    emit completeChanged();
    QTimer::singleShot(0, this, [this] {
        if (m_wizard.currentPage() == this)
            m_wizard.next();
    });
}

// --- 3. the check -----------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard &wizard)
    : ImportProgressPage(wizard)
{
    setObjectName(QStringLiteral("import.page.check"));
    m_bar->setObjectName(QStringLiteral("import.check.progress"));
    m_status->setObjectName(QStringLiteral("import.check.status"));
    retranslateUi();
}

void ImportCheckPage::initializePage()
{
    start();
}

void ImportCheckPage::cleanupPage()
{
    if (ImportJob *job = m_wizard.checkJob(); job && m_running) {
        job->cancel();
        job->wait();
    }
    m_running = false;
}

void ImportCheckPage::start()
{
    ImportJob *job = m_wizard.newJob(true);
    follow(job);
    setStatus(tr("Reading and checking the rows…"));
    connect(job, &ImportJob::validated, this, [this, job] {
        if (job->isCancelled())
            return;
        if (job->isFinished())
            finish();
        else
            commitSoon(job, tr("Comparing the rows with the register…"));
    });
    storage::Database *db = m_wizard.database();
    if (!db || !job->start(*db))
        finish();
}

void ImportCheckPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportCheckPage::retranslateUi()
{
    setTitle(tr("Checking"));
    setSubTitle(tr("Every row is read and checked, then compared with the register. Nothing is written; Cancel "
                   "stops the check."));
}

// --- 5. the import ----------------------------------------------------------------------------

ImportWritePage::ImportWritePage(ImportWizard &wizard)
    : ImportProgressPage(wizard)
{
    setObjectName(QStringLiteral("import.page.write"));
    m_bar->setObjectName(QStringLiteral("import.write.progress"));
    m_status->setObjectName(QStringLiteral("import.write.status"));
    retranslateUi();
}

void ImportWritePage::initializePage()
{
    m_failure.clear();
    ImportJob *job = m_wizard.newJob(false);
    follow(job);
    setStatus(tr("Reading the rows again…"));
    connect(job, &ImportJob::validated, this, [this, job] { onValidated(job); });
    storage::Database *db = m_wizard.database();
    if (!db || !job->start(*db))
        finish();
}

void ImportWritePage::onValidated(ImportJob *job)
{
    if (job->isCancelled())
        return;
    if (job->isFinished()) {
        finish();
        return;
    }
    const ImportJob *check = m_wizard.checkJob();
    if (!check || check->report().sha256 != job->report().sha256) {
        m_failure = tr("%1 changed after it was checked, so nothing was written. Import it again to check the new "
                       "version.")
                        .arg(QDir::toNativeSeparators(m_wizard.choices().path));
        job->cancel();
        finish();
        return;
    }
    commitSoon(job, tr("Writing to the register in one transaction…"));
}

void ImportWritePage::committed(ImportJob &job)
{
    if (job.report().outcome == ImportOutcome::Written && job.report().rowsWritten > 0)
        emit m_wizard.imported(m_wizard.choices().kind);
}

void ImportWritePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportWritePage::retranslateUi()
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are written in one transaction: either all of them or none."));
}

// --- 6. done ----------------------------------------------------------------------------------

ImportDonePage::ImportDonePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_result(new QLabel(this))
    , m_audit(new QLabel(this))
{
    setObjectName(QStringLiteral("import.page.done"));
    setFinalPage(true);
    m_result->setObjectName(QStringLiteral("import.done.result"));
    m_audit->setObjectName(QStringLiteral("import.done.audit"));
    for (QLabel *label : { m_result, m_audit }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addSpacing(12);
    layout->addWidget(m_audit);
    layout->addStretch(1);
    retranslateUi();
}

void ImportDonePage::initializePage()
{
    const ImportJob *job = m_wizard.writeJob();
    if (!job)
        return;
    const exchange::ImportReport &report = job->report();
    const QString failure = m_wizard.importPage()->failure();
    m_audit->clear();
    if (!failure.isEmpty() || report.outcome != ImportOutcome::Written) {
        setTitle(tr("Nothing was imported"));
        setSubTitle(tr("The register is as it was before the import."));
        QString why = !failure.isEmpty() ? failure : report.failure;
        if (why.isEmpty())
            why = tr("The rows were rejected, so nothing was written.");
        m_result->setText(why);
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        return;
    }
    setTitle(tr("Import finished"));
    setSubTitle(tr("The rows were written in one transaction."));
    m_result->setStyleSheet(QString());
    const QLocale locale;
    QStringList lines;
    lines << tr("%n row(s) were written to the register (%1).", nullptr, static_cast<int>(report.rowsWritten))
                 .arg(ExchangeText::registerLabel(report.kind));
    if (report.rowsUpdated > 0) {
        lines << tr("%1 new, %2 updated from the file.")
                     .arg(locale.toString(report.rowsInserted), locale.toString(report.rowsUpdated));
    }
    if (report.rowsSkipped > 0) {
        lines << tr("%n row(s) already in the register were skipped.", nullptr, static_cast<int>(report.rowsSkipped));
    }
    const auto rejected = static_cast<int>(report.rowsRead - report.rowsValid);
    if (rejected > 0 && !report.rejectsFile.isEmpty()) {
        lines << tr("%n row(s) with errors were not imported; they were saved to %1 with an added 错误原因 column.",
            nullptr, rejected)
                     .arg(QDir::toNativeSeparators(report.rejectsFile));
    } else if (rejected > 0) {
        lines << tr("%n row(s) with errors were not imported.", nullptr, rejected);
    }
    if (!report.warnings.isEmpty())
        lines << tr("%n warning(s) were shown in the report.", nullptr, static_cast<int>(report.warnings.size()));
    m_result->setText(lines.join(u'\n'));

    if (const storage::Database *db = m_wizard.database()) {
        const QList<storage::AuditEntry> latest = db->audit().latest(1);
        if (!latest.isEmpty() && latest.first().action == QStringLiteral("import")) {
            const storage::AuditEntry &entry = latest.first();
            m_audit->setText(tr("The import was recorded in the audit log by %1 at %2: the file, its SHA-256 "
                                "fingerprint and these counts.")
                                 .arg(entry.actor, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
        }
    }
}

void ImportDonePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_wizard.currentPage() == this)
            initializePage();
    }
    QWizardPage::changeEvent(event);
}

void ImportDonePage::retranslateUi()
{
    setTitle(tr("Import finished"));
    setSubTitle(tr("The rows were written in one transaction."));
}

} // namespace sd::ui
