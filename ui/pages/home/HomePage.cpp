#include "pages/home/HomePage.h"

#include "pages/home/RecordNames.h"
#include "pages/home/RecentChanges.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFormLayout *formFor(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace

HomePage::HomePage(QWidget *parent)
    : Page(parent)
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_content(new QWidget(this))
    , m_name(new QLabel(m_content))
    , m_nameEn(new QLabel(m_content))
    , m_societyBox(new QGroupBox(m_content))
    , m_fileBox(new QGroupBox(m_content))
    , m_recordsBox(new QGroupBox(m_content))
    , m_charterBox(new QGroupBox(m_content))
    , m_recent(new RecentChanges(m_content))
{
    setObjectName(QStringLiteral("page.home"));
    m_banner->setObjectName(QStringLiteral("home.banner"));
    m_empty->setObjectName(QStringLiteral("home.empty"));
    m_name->setObjectName(QStringLiteral("home.name"));
    m_nameEn->setObjectName(QStringLiteral("home.nameEn"));

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid "
                                           "#e0b000; border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 2.0);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameEnFont = m_nameEn->font();
    nameEnFont.setPointSizeF(nameEnFont.pointSizeF() * 1.2);
    m_nameEn->setFont(nameEnFont);
    m_nameEn->setWordWrap(true);
    m_nameEn->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFormLayout *society = formFor(m_societyBox);
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

    m_recordsForm = formFor(m_recordsBox);
    m_recordsBox->setObjectName(QStringLiteral("home.records"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(m_societyBox);
    left->addWidget(m_recent);
    left->addStretch(1);
    columns->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(m_fileBox);
    right->addWidget(m_charterBox);
    right->addWidget(m_recordsBox);
    right->addStretch(1);
    columns->addLayout(right, 2);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_name);
    contentLayout->addWidget(m_nameEn);
    contentLayout->addSpacing(16);
    contentLayout->addLayout(columns, 1);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(32, 24, 32, 24);
    innerLayout->setSpacing(16);
    innerLayout->addWidget(m_banner);
    innerLayout->addWidget(m_empty, 1);
    innerLayout->addWidget(m_content, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslateUi();
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
    Page::setDatabase(database);
    refresh();
}

void HomePage::retranslateUi()
{
    m_societyBox->setTitle(tr("Society"));
    m_fileBox->setTitle(tr("File"));
    m_recordsBox->setTitle(tr("Records"));
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
    refresh();
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
    if (!db)
        return;

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
