#include "pages/home/HomePage.h"

#include "pages/home/ComplianceSummary.h"
#include "pages/home/DueList.h"
#include "pages/home/RecordNames.h"
#include "pages/home/RecentChanges.h"
#include "rules/DueItems.h"
#include "rules/Engine.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sd::ui {

/// What the worker hands back: the findings of the applied packs for the year and what is due.
struct HomeDashboard
{
    quint64 generation = 0;
    bool ok = false;
    int year = 0;
    QStringList packTitles;
    QStringList unavailable; ///< packs the settings name that this version does not ship
    QList<rules::Finding> findings;
    QList<rules::DueItem> due;
};

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFormLayout *formFor(QWidget *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    return form;
}

/// Runs in a worker thread, on a read-only Database of its own.
HomeDashboard computeDashboard(const QString &path, const Clock *clock, QDate today, quint64 generation)
{
    HomeDashboard d;
    d.generation = generation;
    d.year = today.year();
    storage::StorageError error;
    const std::unique_ptr<storage::Database> db = storage::Database::openReader(path, clock, &error);
    if (!db)
        return d;
    const QStringList ids = storage::ProfileStore(*db).settings().list(SocietySetting::RulePacks);
    const QStringList shipped = rules::PackLoader::builtinIds();
    QList<rules::RulePack> packs;
    for (const QString &id : ids) {
        rules::PackError packError;
        std::optional<rules::RulePack> pack;
        if (shipped.contains(id))
            pack = rules::PackLoader::builtin(id, &packError);
        if (pack) {
            packs << *pack;
            d.packTitles << SocietySettings::rulePackTitle(id);
        } else {
            d.unavailable << SocietySettings::rulePackTitle(id);
        }
    }
    d.findings = rules::Engine::evaluate(*db, packs, d.year, today);
    d.due = rules::dueItems(*db, today, packs);
    d.ok = true;
    return d;
}

} // namespace

class HomePage::Worker : public QFutureWatcher<HomeDashboard>
{
public:
    using QFutureWatcher<HomeDashboard>::QFutureWatcher;
};

HomePage::HomePage(QWidget *parent)
    : Page(parent)
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_content(new QWidget(this))
    , m_name(new QLabel(m_content))
    , m_nameEn(new QLabel(m_content))
    , m_due(new DueList(m_content))
    , m_compliance(new ComplianceSummary(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_societyTab(new QWidget(m_tabs))
    , m_fileTab(new QWidget(m_tabs))
    , m_fileBox(new QGroupBox(m_fileTab))
    , m_charterBox(new QGroupBox(m_fileTab))
    , m_recordsBox(new QWidget)
    , m_recent(new RecentChanges(m_tabs))
    , m_worker(new Worker(this))
{
    setObjectName(QStringLiteral("page.home"));
    m_banner->setObjectName(QStringLiteral("home.banner"));
    m_empty->setObjectName(QStringLiteral("home.empty"));
    m_name->setObjectName(QStringLiteral("home.name"));
    m_nameEn->setObjectName(QStringLiteral("home.nameEn"));
    m_tabs->setObjectName(QStringLiteral("home.details"));

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid "
                                           "#e0b000; border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameEn->setWordWrap(true);
    m_nameEn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameEn->setForegroundRole(QPalette::PlaceholderText);

    QFormLayout *society = formFor(m_societyTab);
    m_creditCode = addRow(society, "home.creditCode");
    m_supervisor = addRow(society, "home.supervisor");
    m_authority = addRow(society, "home.registrationAuthority");
    m_address = addRow(society, "home.address");
    m_founded = addRow(society, "home.founded");

    QFormLayout *file = formFor(m_fileBox);
    m_path = addRow(file, "home.path");
    m_schema = addRow(file, "home.schema");
    m_lastBackup = addRow(file, "home.lastBackup");
    QFormLayout *charter = formFor(m_charterBox);
    m_charterBox->setObjectName(QStringLiteral("home.charter"));
    m_rulePacks = addRow(charter, "home.rulePacks");
    m_documentLanguage = addRow(charter, "home.documentLanguage");
    auto *fileLayout = new QVBoxLayout(m_fileTab);
    fileLayout->addWidget(m_fileBox);
    fileLayout->addWidget(m_charterBox);
    fileLayout->addStretch(1);

    m_recordsForm = formFor(m_recordsBox);
    m_recordsBox->setObjectName(QStringLiteral("home.records"));
    auto *recordsScroll = new QScrollArea(m_tabs);
    recordsScroll->setWidgetResizable(true);
    recordsScroll->setFrameShape(QFrame::NoFrame);
    recordsScroll->setWidget(m_recordsBox);
    m_recent->setFlat(true);
    m_recent->setHeadingShown(false);
    auto *recentTab = new QWidget(m_tabs);
    auto *recentLayout = new QVBoxLayout(recentTab);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(m_recent);
    recentLayout->addStretch(1);

    m_tabs->addTab(m_societyTab, QString());
    m_tabs->addTab(m_fileTab, QString());
    m_tabs->addTab(recordsScroll, QString());
    m_tabs->addTab(recentTab, QString());

    connect(m_compliance, &ComplianceSummary::activated, this, &HomePage::complianceRequested);
    connect(m_due, &DueList::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_due, &DueList::pageRequested, this, &HomePage::pageRequested);
    connect(m_worker, &Worker::finished, this, &HomePage::dashboardFinished);

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_compliance);
    right->addWidget(m_tabs, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(m_due, 3);
    columns->addLayout(right, 2);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addWidget(m_name);
    contentLayout->addWidget(m_nameEn);
    contentLayout->addSpacing(10);
    contentLayout->addLayout(columns, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);

    retranslateUi();
}

HomePage::~HomePage()
{
    // The worker reads the file on a connection of its own; let it finish before the page goes.
    m_worker->waitForFinished();
}

HomePage::Row HomePage::addRow(QFormLayout *form, const char *objectName)
{
    Row row { new QLabel(form->parentWidget()), valueLabel(form->parentWidget()) };
    row.value->setObjectName(QLatin1StringView(objectName));
    form->addRow(row.label, row.value);
    return row;
}

void HomePage::setDatabase(storage::Database *database)
{
    if (database != this->database()) {
        m_due->clear();
        m_compliance->clear();
    }
    Page::setDatabase(database);
    refresh();
}

bool HomePage::isUpdating() const
{
    return m_worker->isRunning();
}

void HomePage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Society"));
    m_tabs->setTabText(1, tr("File"));
    m_tabs->setTabText(2, tr("Records"));
    m_tabs->setTabText(3, RecentChanges::heading());
    m_fileBox->setTitle(tr("File"));
    m_charterBox->setTitle(tr("Charter"));
    m_creditCode.label->setText(tr("Unified social credit code"));
    m_supervisor.label->setText(tr("Supervising unit"));
    m_authority.label->setText(tr("Registration authority"));
    m_address.label->setText(tr("Address"));
    m_founded.label->setText(tr("Founded"));
    m_path.label->setText(tr("File"));
    m_schema.label->setText(tr("Schema version"));
    m_lastBackup.label->setText(tr("Last automatic backup"));
    m_rulePacks.label->setText(tr("Rule packs"));
    m_documentLanguage.label->setText(tr("Document language"));
    m_empty->setText(tr("No society file is open.\nCreate a new society or open a file from the File menu."));
    refresh(); // the due items and findings are worded by the core: computed again
}

void HomePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Records changed on other pages since: what is due may have changed too.
    if (database() && (fileStamp() != m_shownStamp || database()->clock().today() != m_shownDay))
        startDashboard();
}

void HomePage::refresh()
{
    storage::Database *db = database();
    m_empty->setVisible(db == nullptr);
    m_content->setVisible(db != nullptr);
    QStringList notes;
    if (db && db->isReadOnly())
        notes << db->readOnlyReason();
    if (db && db->recoveredFromUncleanShutdown())
        notes << tr(
            "SocietyDesk was not closed properly last time; the file was checked in full and is fine.");
    m_banner->setText(notes.join(u'\n'));
    m_banner->setVisible(!notes.isEmpty());
    m_recent->refresh(db);
    if (!db) {
        ++m_generation; // a result still on its way is for a file no longer open
        m_due->setItems({});
        m_compliance->clear();
        return;
    }

    const storage::ProfileStore store(*db);
    const auto orDash
        = [](const QString &text) { return text.trimmed().isEmpty() ? QStringLiteral("—") : text; };
    if (store.hasProfile()) {
        const SocietyProfile profile = store.profile();
        m_name->setText(profile.name);
        m_nameEn->setText(profile.nameEn);
        m_nameEn->setVisible(!profile.nameEn.isEmpty());
        m_creditCode.value->setText(orDash(profile.creditCode));
        m_supervisor.value->setText(orDash(profile.supervisor));
        m_authority.value->setText(orDash(profile.registrationAuthority));
        m_address.value->setText(orDash(profile.address));
        m_founded.value->setText(
            profile.founded.isValid() ? profile.founded.toString(Qt::ISODate) : orDash({}));
    } else {
        m_name->setText(tr("No profile yet"));
        m_nameEn->setText(tr("Enter the society's name and details with Society Profile… in the File menu."));
        m_nameEn->setVisible(true);
        for (const Row *row : { &m_creditCode, &m_supervisor, &m_authority, &m_address, &m_founded })
            row->value->setText(orDash({}));
    }

    m_path.value->setText(QDir::toNativeSeparators(db->path()));
    m_schema.value->setText(QLocale().toString(db->schemaVersion()));
    const storage::AutomaticBackup backup = storage::newestAutomaticBackup(db->path());
    if (backup.path.isEmpty())
        m_lastBackup.value->setText(tr("None yet"));
    else if (backup.madeAt.isValid())
        m_lastBackup.value->setText(backup.madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    else
        m_lastBackup.value->setText(QFileInfo(backup.path).fileName());
    m_lastBackup.value->setToolTip(QDir::toNativeSeparators(backup.path));

    const SocietySettings settings = store.settings();
    QStringList packs;
    const QStringList ids = settings.list(SocietySetting::RulePacks);
    for (const QString &id : ids)
        packs << SocietySettings::rulePackTitle(id);
    m_rulePacks.value->setText(packs.isEmpty() ? tr("None") : packs.join(u'\n'));
    // Language names in their own language, as in the Language menu.
    m_documentLanguage.value->setText(settings.text(SocietySetting::DocumentLanguage) == u"en"
            ? QStringLiteral("English")
            : QString::fromUtf16(u"中文"));
    fillRecordCounts();
    startDashboard();
}

qint64 HomePage::fileStamp() const
{
    const QList<storage::AuditEntry> newest = database()->audit().latest(1);
    return newest.isEmpty() ? 0 : newest.first().id;
}

void HomePage::startDashboard()
{
    storage::Database *db = database();
    if (!db)
        return;
    ++m_generation;
    m_shownStamp = fileStamp();
    m_shownDay = db->clock().today();
    m_due->setBusy(true);
    m_compliance->setBusy(m_shownDay.year());
    if (m_worker->isRunning()) {
        m_rerun = true; // started when the running one ends; its result is dropped
        return;
    }
    launchDashboard();
}

void HomePage::launchDashboard()
{
    storage::Database *db = database();
    m_rerun = false;
    m_worker->setFuture(QtConcurrent::run(computeDashboard, db->path(), &db->clock(), db->clock().today(), m_generation));
}

void HomePage::dashboardFinished()
{
    const HomeDashboard d = m_worker->result();
    if (!database())
        return;
    if (m_rerun || d.generation != m_generation) {
        launchDashboard();
        return;
    }
    if (d.ok) {
        m_due->setItems(d.due);
        m_compliance->setFindings(d.year, d.packTitles, d.unavailable, d.findings);
    } else {
        m_due->setItems({});
        m_compliance->clear();
    }
    emit dashboardUpdated();
}

void HomePage::fillRecordCounts()
{
    while (m_recordsForm->rowCount() > 0)
        m_recordsForm->removeRow(0);
    const auto counts = storage::ProfileStore(*database()).recordCounts();
    for (const auto &[table, count] : counts) {
        if (RecordNames::isInternal(table))
            continue;
        auto *value = new QLabel(QLocale().toString(count), m_recordsBox);
        value->setObjectName(QStringLiteral("home.count.") + table);
        m_recordsForm->addRow(tableLabel(table), value);
    }
    if (counts.isEmpty())
        m_recordsForm->addRow(new QLabel(tr("No records yet"), m_recordsBox));
}

QString HomePage::tableLabel(const QString &table) const
{
    return RecordNames::table(table);
}

} // namespace sd::ui
