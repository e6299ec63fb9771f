#include "export/ExportDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "import/ExchangeText.h"
#include "members/MemberLayouts.h"
#include "registers/Registers.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <limits>

namespace sd::ui {

using exchange::ExportResult;

namespace {

const QString kRed = QStringLiteral("#b00020");

/// Writes the register in the calling (worker) thread, on a read-only connection of its own.
ExportResult writeInWorker(
    const QString &databasePath, const exchange::ExportSource &source, const QString &path, exchange::ExportOptions options)
{
    storage::StorageError error;
    QSqlDatabase connection = storage::Database::openWorkerConnection(databasePath, true, &error);
    if (!connection.isValid()) {
        ExportResult failed;
        failed.file = QFileInfo(path).absoluteFilePath();
        failed.failure = error.message;
        failed.storageError = error;
        return failed;
    }
    ExportResult result = exchange::Exporter::write(source, connection, path, options);
    storage::Database::closeConnection(connection);
    return result;
}

} // namespace

ExportDialog::ExportDialog(storage::Database &db, const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_db(&db)
    , m_registerLabel(new QLabel(this))
    , m_register(new QComboBox(this))
    , m_formatGroup(new QGroupBox(this))
    , m_xlsx(new QRadioButton(m_formatGroup))
    , m_csv(new QRadioButton(m_formatGroup))
    , m_encodingLabel(new QLabel(m_formatGroup))
    , m_encoding(new QComboBox(m_formatGroup))
    , m_statusGroup(new QGroupBox(this))
    , m_duesNote(new QLabel(m_statusGroup))
    , m_shownOnly(new QCheckBox(m_statusGroup))
    , m_privacyGroup(new QGroupBox(this))
    , m_masked(new QLabel(m_privacyGroup))
    , m_unmasked(new QCheckBox(m_privacyGroup))
    , m_warning(new QLabel(m_privacyGroup))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_register->setObjectName(QStringLiteral("export.register"));
    m_xlsx->setObjectName(QStringLiteral("export.format.xlsx"));
    m_csv->setObjectName(QStringLiteral("export.format.csv"));
    m_encoding->setObjectName(QStringLiteral("export.encoding"));
    m_unmasked->setObjectName(QStringLiteral("export.unmasked"));
    m_warning->setObjectName(QStringLiteral("export.unmaskedWarning"));
    m_file->setObjectName(QStringLiteral("export.file"));
    m_browse->setObjectName(QStringLiteral("export.browse"));
    m_progress->setObjectName(QStringLiteral("export.progress"));
    m_result->setObjectName(QStringLiteral("export.result"));

    for (const QString &k : registers::kinds())
        m_register->addItem(QString(), k);
    m_register->setCurrentIndex(std::max(0, m_register->findData(kind)));
    m_registerLabel->setBuddy(m_register);

    m_xlsx->setChecked(true);
    m_encoding->addItem(QString(), static_cast<int>(exchange::WriteOptions::Encoding::Utf8Bom));
    m_encoding->addItem(QString(), static_cast<int>(exchange::WriteOptions::Encoding::Gb18030));
    m_encodingLabel->setBuddy(m_encoding);
    auto *formatLayout = new QGridLayout(m_formatGroup);
    formatLayout->addWidget(m_xlsx, 0, 0, 1, 2);
    formatLayout->addWidget(m_csv, 1, 0, 1, 2);
    formatLayout->addWidget(m_encodingLabel, 2, 0);
    formatLayout->addWidget(m_encoding, 2, 1);
    formatLayout->setColumnMinimumWidth(0, 60);
    formatLayout->setColumnStretch(1, 1);

    auto *statusLayout = new QGridLayout(m_statusGroup);
    const QList<MemberStatus> statuses = MemberText::allStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        auto *box = new QCheckBox(m_statusGroup);
        box->setObjectName(QStringLiteral("export.status.") + MemberText::code(statuses.at(i)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
        statusLayout->addWidget(box, i / 3, i % 3);
        m_statuses.insert(statuses.at(i), box);
    }
    m_duesNote->setWordWrap(true);
    statusLayout->addWidget(m_duesNote, 2, 0, 1, 3);
    m_shownOnly->setObjectName(QStringLiteral("export.shownOnly"));
    m_shownOnly->hide();
    connect(m_shownOnly, &QCheckBox::toggled, this, &ExportDialog::updateState);
    statusLayout->addWidget(m_shownOnly, 3, 0, 1, 3);

    m_masked->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(kRed));
    // Room for the warning from the start: ticking the box must not squeeze the dialog.
    QSizePolicy keep = m_warning->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_warning->setSizePolicy(keep);
    m_warning->hide();
    auto *privacyLayout = new QVBoxLayout(m_privacyGroup);
    privacyLayout->addWidget(m_masked);
    privacyLayout->addWidget(m_unmasked);
    privacyLayout->addWidget(m_warning);
    if (m_db->isReadOnly()) {
        m_unmasked->setEnabled(false);
        m_unmasked->setToolTip(m_db->readOnlyReason());
    }

    m_fileLabel->setBuddy(m_file);
    m_file->setText(QDir::toNativeSeparators(suggestedPath()));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_progress->setRange(0, 100);
    m_progress->hide();
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export.start"));
    m_export->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    connect(m_register, &QComboBox::currentIndexChanged, this, [this] {
        m_file->setText(QDir::toNativeSeparators(suggestedPath()));
        updateState();
    });
    connect(m_csv, &QRadioButton::toggled, this, [this] {
        updateSuffix();
        updateState();
    });
    connect(m_unmasked, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = m_total.load();
        if (total > 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(static_cast<int>(std::min<qint64>(m_done.load() * 100 / total, 100)));
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::onFinished);

    auto *top = new QFormLayout;
    top->addRow(m_registerLabel, m_register);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_formatGroup, 1);
    middle->addWidget(m_statusGroup, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addWidget(m_privacyGroup);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(720);
    retranslateUi();
    updateState();
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

ExportDialog::~ExportDialog()
{
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

void ExportDialog::setStatuses(const QList<MemberStatus> &statuses)
{
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        it.value()->setChecked(statuses.isEmpty() || statuses.contains(it.key()));
}

void ExportDialog::setMemberQuery(const std::optional<members::MemberQuery> &query)
{
    m_query = query && members::narrows(*query) ? query : std::nullopt;
    m_shownCount = m_query && m_db ? members::MemberStore(*m_db).count(*m_query) : 0;
    m_shownOnly->setChecked(m_query.has_value());
    retranslateUi();
    updateState();
}

exchange::ExportOptions ExportDialog::options() const
{
    exchange::ExportOptions o;
    o.encoding = static_cast<exchange::WriteOptions::Encoding>(m_encoding->currentData().toInt());
    o.unmasked = m_unmasked->isChecked();
    const QList<MemberStatus> all = MemberText::allStatuses();
    QStringList codes;
    for (MemberStatus s : all) {
        if (m_statuses.value(s)->isChecked())
            codes << MemberText::code(s);
    }
    if (codes.size() < all.size())
        o.statuses = codes; // every status ticked: no filter at all
    return o;
}

QString ExportDialog::suggestedPath() const
{
    const QString kind = m_register->currentData().toString();
    const QString date = m_db->clock().today().toString(QStringLiteral("yyyyMMdd"));
    const QString suffix = m_csv->isChecked() ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return ExchangeText::unusedPath(ExchangeText::defaultFolder(m_db->path()) + u'/'
        + ExchangeText::fileBaseName(kind) + u'-' + date + suffix);
}

void ExportDialog::updateSuffix()
{
    QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return;
    const bool xlsx = !m_csv->isChecked();
    if (xlsx && path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path.chop(4);
    else if (!xlsx && ExchangeText::isXlsxName(path))
        path.chop(5);
    m_file->setText(ExchangeText::withSpreadsheetSuffix(path, xlsx));
}

void ExportDialog::browse()
{
    const bool xlsx = !m_csv->isChecked();
    const QString path = FileDialog::getSaveFileName(this, tr("Export To"),
        QDir::fromNativeSeparators(m_file->text().trimmed()), ExchangeText::saveFilter(xlsx), QString());
    if (path.isEmpty())
        return;
    const QString chosen = ExchangeText::withSpreadsheetSuffix(path, xlsx);
    {
        const QSignalBlocker block(m_csv);
        (ExchangeText::isXlsxName(chosen) ? m_xlsx : m_csv)->setChecked(true);
    }
    m_file->setText(QDir::toNativeSeparators(chosen));
    updateState();
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    const bool anyStatus = std::any_of(m_statuses.cbegin(), m_statuses.cend(), [](QCheckBox *b) { return b->isChecked(); });
    m_export->setEnabled(!running && m_db && anyStatus && !m_file->text().trimmed().isEmpty());
    m_encoding->setEnabled(!running && m_csv->isChecked());
    m_encodingLabel->setEnabled(m_csv->isChecked());
    m_warning->setVisible(m_unmasked->isChecked());
    m_duesNote->setVisible(m_register->currentData().toString() == QStringLiteral("dues"));
    // Units are not members: the page's query does not apply to them.
    m_shownOnly->setVisible(m_query.has_value() && m_register->currentData().toString() != QStringLiteral("units"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_register, m_formatGroup, m_statusGroup, m_file, m_browse })
        w->setEnabled(!running);
    m_unmasked->setEnabled(!running && m_db && !m_db->isReadOnly());
    m_close->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (isRunning() || !m_db)
        return;
    const QString path = ExchangeText::withSpreadsheetSuffix(
        QDir::fromNativeSeparators(m_file->text().trimmed()), !m_csv->isChecked());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).isDir()) {
        showResult(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)), true);
        return;
    }
    if (QFileInfo::exists(path)
        && MessageBox::question(this, tr("Export"),
               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes) {
        return;
    }
    const exchange::ExportOptions chosen = options();
    if (chosen.unmasked && m_db->isReadOnly()) {
        showResult(tr("An unmasked export is recorded in the audit log, which this file does not allow: %1")
                       .arg(m_db->readOnlyReason()),
            true);
        return;
    }
    const bool shownOnly = m_shownOnly->isVisible() && m_shownOnly->isChecked();
    m_source = registers::exportSource(m_register->currentData().toString(), shownOnly ? m_query : std::nullopt);
    if (!m_source)
        return;
    m_unmaskedRun = chosen.unmasked;
    m_cancel.store(false);
    m_done.store(0);
    m_total.store(0);
    exchange::ExportOptions worker = chosen;
    worker.cancel = &m_cancel;
    worker.progress = [this](qint64 done, qint64 total) {
        m_total.store(total);
        m_done.store(done);
    };
    m_result->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_running = true;
    m_poll.start();
    updateState();
    const exchange::ExportSource *source = m_source.get();
    m_watcher.setFuture(QtConcurrent::run(
        [databasePath = m_db->path(), source, path, worker] { return writeInWorker(databasePath, *source, path, worker); }));
}

void ExportDialog::onFinished()
{
    m_poll.stop();
    m_running = false;
    m_lastResult = m_watcher.result();
    ExportResult &result = m_lastResult;
    if (result.outcome == ExportResult::Outcome::Written && m_unmaskedRun) {
        storage::StorageError error;
        if (!m_db || !exchange::Exporter::recordAudit(*m_db, *m_source, result, &error)) {
            result.outcome = ExportResult::Outcome::Failed;
            result.failure = tr("The file was removed because the audit log could not record the unmasked export: %1")
                                 .arg(m_db ? error.message : tr("the society file was closed"));
            result.rows = 0;
        }
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(result.outcome == ExportResult::Outcome::Written ? 100 : 0);
    switch (result.outcome) {
    case ExportResult::Outcome::Written: {
        QString text = tr("%n row(s) written to %1.", nullptr, static_cast<int>(result.rows))
                           .arg(QDir::toNativeSeparators(result.file));
        if (m_unmaskedRun)
            text += u' ' + tr("The export was recorded in the audit log.");
        showResult(text, false);
        emit exported(result);
        break;
    }
    case ExportResult::Outcome::Cancelled:
    case ExportResult::Outcome::Rejected:
    case ExportResult::Outcome::Failed:
        showResult(result.failure, result.outcome != ExportResult::Outcome::Cancelled);
        break;
    }
    updateState();
}

void ExportDialog::showResult(const QString &text, bool bad)
{
    m_result->setText(text);
    m_result->setStyleSheet(bad ? QStringLiteral("QLabel { color: %1; }").arg(kRed) : QString());
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_cancel.store(true); // the worker stops within a thousand rows; onFinished says so
        return;
    }
    QDialog::reject();
}

void ExportDialog::databaseClosed()
{
    m_cancel.store(true);
    m_watcher.waitForFinished();
    m_db = nullptr;
    m_running = false;
    QDialog::reject();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export a Register"));
    m_registerLabel->setText(tr("&Register:"));
    for (int i = 0; i < m_register->count(); ++i)
        m_register->setItemText(i, ExchangeText::registerLabel(m_register->itemData(i).toString()));
    m_formatGroup->setTitle(tr("Format"));
    m_xlsx->setText(tr("E&xcel workbook (.xlsx)"));
    m_csv->setText(tr("&CSV (.csv)"));
    m_encodingLabel->setText(tr("E&ncoding:"));
    m_encoding->setItemText(0, tr("UTF-8 with BOM (Excel, WPS)"));
    m_encoding->setItemText(1, tr("GB18030 (older Excel and WPS)"));
    m_statusGroup->setTitle(tr("Statuses"));
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        it.value()->setText(MemberText::label(it.key()));
    m_duesNote->setText(tr("Dues follow their member's status."));
    m_shownOnly->setText(tr("&Only the %n member(s) the Members page shows (its search and filters)", nullptr,
        static_cast<int>(std::min<qint64>(m_shownCount, std::numeric_limits<int>::max()))));
    m_privacyGroup->setTitle(tr("Personal data"));
    m_masked->setText(tr("By default ID numbers, mobile phones and e-mail addresses are masked, as the register "
                         "shows them (1101**********0016)."));
    m_unmasked->setText(tr("Export &full ID numbers, phones and e-mail addresses (unmasked)"));
    m_warning->setText(tr("The file will contain full ID numbers and phone numbers. Keep it safe and delete it when "
                          "it is no longer needed. The export is recorded in the audit log."));
    m_fileLabel->setText(tr("&Save as:"));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
    updateState();
}

} // namespace sd::ui
