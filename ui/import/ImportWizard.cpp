#include "import/ImportWizard.h"

#include "common/BusyCursor.h"
#include "import/ImportJob.h"
#include "import/ImportPages.h"
#include "import/ImportReportPage.h"
#include "import/ImportRunPages.h"
#include "members/MemberLayouts.h"
#include "registers/Registers.h"

#include <QEvent>
#include <QTimer>

namespace sd::ui {

ImportWizard::ImportWizard(storage::Database &db, const QString &kind, QWidget *parent)
    : QWizard(parent)
    , m_db(&db)
    , m_filePage(new ImportFilePage(*this))
    , m_previewPage(new ImportPreviewPage(*this))
    , m_checkPage(new ImportCheckPage(*this))
    , m_reportPage(new ImportReportPage(*this))
    , m_writePage(new ImportWritePage(*this))
    , m_donePage(new ImportDonePage(*this))
{
    setObjectName(QStringLiteral("importWizard"));
    if (registers::kinds().contains(kind))
        m_choices.kind = kind;
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Fits a 1366×768 screen with its task bar; the report table takes what is left.
    setMinimumSize(760, 540);
    resize(1000, 660);

    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(CheckPage, m_checkPage);
    setPage(ReportPage, m_reportPage);
    setPage(WritePage, m_writePage);
    setPage(DonePage, m_donePage);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::onCurrentIdChanged);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    // The jobs are children: their destructors cancel and wait for the worker.
    if (m_check)
        m_check->cancel();
    if (m_write)
        m_write->cancel();
}

exchange::ReadOptions ImportWizard::readOptions() const
{
    exchange::ReadOptions options;
    options.encoding = m_choices.encoding;
    options.sheet = m_choices.sheet;
    return options;
}

void ImportWizard::loadPreview()
{
    const BusyCursor busy; // an XLSX loads its shared strings before the first row
    if (const auto layout = registers::importLayout(m_choices.kind))
        m_columns = layout->columns();
    m_preview = ImportPreview::read(m_choices.path, readOptions(), m_columns);
}

ImportJob *ImportWizard::newJob(bool dryRun)
{
    exchange::ImportOptions options;
    options.read = readOptions();
    options.onDuplicate = m_choices.onDuplicate;
    options.dryRun = dryRun;
    if (!dryRun) {
        options.skipInvalid = m_choices.skipInvalid;
        if (m_choices.skipInvalid)
            options.rejectsPath = m_choices.rejectsPath;
    }
    auto *job = new ImportJob(m_choices.kind, m_choices.path, std::move(options), this);
    if (dryRun) {
        delete m_check;
        m_check = job;
    } else {
        delete m_write;
        m_write = job;
    }
    return job;
}

ImportJob *ImportWizard::checkJob() const
{
    return m_check;
}

ImportJob *ImportWizard::writeJob() const
{
    return m_write;
}

void ImportWizard::recheck()
{
    if (currentId() != ReportPage)
        return;
    // Started before going back, so the check page is busy when it shows and does not bounce.
    m_checkPage->start();
    back();
}

void ImportWizard::onCurrentIdChanged(int id)
{
    // Back from the report lands on the finished check: go on back to the preview.
    if (id == CheckPage && !m_checkPage->isRunning())
        QTimer::singleShot(0, this, [this] {
            if (currentId() == CheckPage && !m_checkPage->isRunning())
                back();
        });
}

void ImportWizard::reject()
{
    for (ImportJob *job : { m_check.data(), m_write.data() }) {
        if (job) {
            job->cancel();
            job->wait();
        }
    }
    QWizard::reject();
}

void ImportWizard::databaseClosed()
{
    m_db = nullptr;
    reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import from a Spreadsheet"));
}

} // namespace sd::ui
