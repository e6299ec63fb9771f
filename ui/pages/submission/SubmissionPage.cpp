#include "pages/submission/SubmissionPage.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "package/PackageVerifier.h"
#include "package/Signature.h"
#include "pages/compliance/PackSelector.h"
#include "settings/Preferences.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sd::ui {

namespace {

const QColor kAmber(0x8a, 0x5a, 0x00);
const QColor kIncluded(0x1e, 0x6b, 0x30);

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// What a preview worker hands back.
struct PreviewOutcome
{
    std::optional<package::PackagePreview> preview;
    QString problem;
};

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

/// What the export's worker hands back.
struct SubmissionPage::BuildOutcome
{
    std::optional<package::PackageResult> result;
    package::PackageError error;
};

SubmissionPage::SubmissionPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_formTitle(sectionTitle(this))
    , m_contentsTitle(sectionTitle(this))
    , m_resultTitle(sectionTitle(this))
    , m_yearLabel(new QLabel(this))
    , m_packsLabel(new QLabel(this))
    , m_addresseeCaption(new QLabel(this))
    , m_referenceLabel(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_letterLabel(new QLabel(this))
    , m_outputLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_packs(new QListWidget(this))
    , m_addressee(new QLabel(this))
    , m_addresseeHint(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_letterDate(new QDateEdit(this))
    , m_letterFile(new QLabel(this))
    , m_attach(new QPushButton(this))
    , m_removeLetter(new QPushButton(this))
    , m_output(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_sign(new QPushButton(this))
    , m_generateKeys(new QPushButton(this))
    , m_contents(new QTreeWidget(this))
    , m_contentsNote(new QLabel(this))
    , m_resultText(new QLabel(this))
    , m_sha(new QLineEdit(this))
    , m_copySha(new QPushButton(this))
    , m_resultWarnings(new QLabel(this))
    , m_signatureText(new QLabel(this))
    , m_message(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("page.submission"));
    m_year->setObjectName(QStringLiteral("submission.year"));
    m_packs->setObjectName(QStringLiteral("submission.packs"));
    m_addressee->setObjectName(QStringLiteral("submission.addressee"));
    m_addresseeHint->setObjectName(QStringLiteral("submission.addresseeHint"));
    m_reference->setObjectName(QStringLiteral("submission.reference"));
    m_letterDate->setObjectName(QStringLiteral("submission.letterDate"));
    m_letterFile->setObjectName(QStringLiteral("submission.letterFile"));
    m_attach->setObjectName(QStringLiteral("submission.attachLetter"));
    m_removeLetter->setObjectName(QStringLiteral("submission.removeLetter"));
    m_output->setObjectName(QStringLiteral("submission.output"));
    m_browse->setObjectName(QStringLiteral("submission.browse"));
    m_export->setObjectName(QStringLiteral("submission.export"));
    m_sign->setObjectName(QStringLiteral("submission.sign"));
    m_generateKeys->setObjectName(QStringLiteral("submission.generateKeys"));
    m_contents->setObjectName(QStringLiteral("submission.contents"));
    m_sha->setObjectName(QStringLiteral("submission.sha256"));
    m_copySha->setObjectName(QStringLiteral("submission.copySha256"));
    m_resultText->setObjectName(QStringLiteral("submission.result"));
    m_resultWarnings->setObjectName(QStringLiteral("submission.resultWarnings"));
    m_message->setObjectName(QStringLiteral("submission.message"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    const int thisYear = QDate::currentDate().year();
    m_year->setRange(1990, 9999);
    m_year->setValue(thisYear - 1); // a year's package goes out early in the next one
    m_year->setGroupSeparatorShown(false);
    m_year->setMaximumWidth(110);
    m_packs->setFixedHeight(112);
    m_packs->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_packs->setTextElideMode(Qt::ElideRight);
    m_packs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_addressee->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressee->setWordWrap(true);
    m_addresseeHint->setWordWrap(true);
    m_addresseeHint->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_letterDate->setCalendarPopup(true);
    m_letterDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_letterDate->setDate(QDate::currentDate());
    m_letterFile->setWordWrap(true);
    m_letterFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contents->setColumnCount(2);
    m_contents->setRootIsDecorated(true);
    m_contents->setUniformRowHeights(true);
    m_contents->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_contents->header()->setStretchLastSection(true);
    m_contentsNote->setWordWrap(true);
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_sha->setFont(mono);
    // The whole hash in view: 64 digits.
    m_sha->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(64, QLatin1Char('0'))) + 10);
    m_resultWarnings->setWordWrap(true);
    m_resultWarnings->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_signatureText->setWordWrap(true);
    m_signatureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();
    m_export->setDefault(true);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &SubmissionPage::startPreview);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        updateDefaultOutput();
        schedulePreview();
    });
    connect(m_packs, &QListWidget::itemChanged, this, &SubmissionPage::schedulePreview);
    connect(m_attach, &QPushButton::clicked, this, &SubmissionPage::attachLetter);
    connect(m_removeLetter, &QPushButton::clicked, this, &SubmissionPage::removeLetter);
    connect(m_browse, &QPushButton::clicked, this, &SubmissionPage::browseOutput);
    connect(m_output, &QLineEdit::textEdited, this, [this] {
        m_outputChosen = true;
        updateButtons();
    });
    connect(m_export, &QPushButton::clicked, this, &SubmissionPage::exportPackage);
    connect(m_sign, &QPushButton::clicked, this, &SubmissionPage::signPackage);
    connect(m_generateKeys, &QPushButton::clicked, this, &SubmissionPage::generateKeys);
    connect(m_copySha, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_sha->text());
        showMessage(tr("The SHA-256 was copied."), false);
    });

    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &SubmissionPage::exportPackage);
    addAction(exportAction);

    buildLayout();
    retranslateUi();
    loadForm();
}

SubmissionPage::~SubmissionPage()
{
    // Workers read with connections of their own: let them finish (their results are dropped).
    ++m_previewGeneration;
    ++m_exportGeneration;
    if (m_cancel)
        m_cancel->store(true);
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

void SubmissionPage::buildLayout()
{
    // Left: the form.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_packsLabel, m_packs);
    auto *addressee = new QVBoxLayout;
    addressee->setContentsMargins(0, 0, 0, 0);
    addressee->addWidget(m_addressee);
    addressee->addWidget(m_addresseeHint);
    form->addRow(m_addresseeCaption, addressee);
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(m_dateLabel, m_letterDate);
    auto *letter = new QVBoxLayout;
    letter->setContentsMargins(0, 0, 0, 0);
    letter->addWidget(m_letterFile);
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addWidget(m_attach);
    letterButtons->addWidget(m_removeLetter);
    letterButtons->addStretch(1);
    letter->addLayout(letterButtons);
    form->addRow(m_letterLabel, letter);
    auto *output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(m_browse);
    form->addRow(m_outputLabel, output);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_sign);
    actions->addStretch(1);
    actions->addWidget(m_generateKeys);

    auto *leftColumn = new QWidget(this);
    leftColumn->setMaximumWidth(640);
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_formTitle);
    left->addLayout(form);
    left->addSpacing(8);
    left->addLayout(actions);
    left->addSpacing(12);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    left->addWidget(line);
    left->addWidget(m_resultTitle);
    left->addWidget(m_resultText);
    auto *sha = new QHBoxLayout;
    sha->addWidget(m_sha, 1);
    sha->addWidget(m_copySha);
    left->addLayout(sha);
    left->addWidget(m_resultWarnings);
    left->addWidget(m_signatureText);
    left->addStretch(1);

    // Right: the contents.
    auto *right = new QVBoxLayout;
    right->addWidget(m_contentsTitle);
    right->addWidget(m_contents, 1);
    right->addWidget(m_contentsNote);

    auto *columns = new QHBoxLayout;
    columns->addWidget(leftColumn, 0);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(20, 16, 20, 12);
    page->addWidget(m_heading);
    page->addLayout(columns, 1);
    page->addWidget(m_message);

    const QList<QWidget *> order { m_year, m_packs, m_reference, m_letterDate, m_attach, m_removeLetter, m_output,
        m_browse, m_export, m_sign, m_generateKeys, m_sha, m_copySha, m_contents };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void SubmissionPage::retranslateUi()
{
    m_heading->setText(tr("Submission package (报送包)"));
    m_formTitle->setText(tr("Package"));
    m_contentsTitle->setText(tr("Contents"));
    m_resultTitle->setText(tr("Last export"));
    m_yearLabel->setText(tr("&Year:"));
    m_yearLabel->setBuddy(m_year);
    m_packsLabel->setText(tr("Rule &packs:"));
    m_packsLabel->setBuddy(m_packs);
    m_addresseeCaption->setText(tr("Addressee:"));
    m_referenceLabel->setText(tr("&Reference (文号):"));
    m_referenceLabel->setBuddy(m_reference);
    m_reference->setPlaceholderText(tr("e.g. 鄂机学〔2026〕3号"));
    m_dateLabel->setText(tr("Letter &date:"));
    m_dateLabel->setBuddy(m_letterDate);
    m_letterLabel->setText(tr("Cover letter:"));
    m_attach->setText(tr("&Attach Signed Letter (Scan)…"));
    m_removeLetter->setText(tr("Re&move"));
    m_outputLabel->setText(tr("&Output file:"));
    m_outputLabel->setBuddy(m_output);
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export Package"));
    m_export->setToolTip(tr("Build the package and write it (Ctrl+E)"));
    m_sign->setText(tr("&Sign…"));
    m_sign->setToolTip(tr("Sign the written package with the society's secret key: writes FILE.zip.sig"));
    m_generateKeys->setText(tr("&Generate Key Pair…"));
    m_copySha->setText(tr("&Copy"));
    m_copySha->setToolTip(tr("Copy the SHA-256 to the clipboard"));
    m_contents->setHeaderLabels({ tr("File"), tr("Note") });
    // The packs' titles follow the language.
    for (int i = 0; i < m_packs->count(); ++i) {
        QListWidgetItem *item = m_packs->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        if (const rules::RulePack *pack = PackSelector::builtin(id)) {
            const QString name = i18n::current() == i18n::Language::Chinese ? pack->titleZh : pack->titleEn;
            item->setText(QStringLiteral("%1  %2").arg(id, name));
            item->setToolTip(name);
        }
    }
    loadForm();
    showPreview();
    showResult();
}

void SubmissionPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // The profile (addressee, credit code) or the records may have changed elsewhere.
    if (database() && !m_exporting) {
        loadForm();
        schedulePreview();
    }
}

void SubmissionPage::setDatabase(storage::Database *database)
{
    Page::setDatabase(database);
    ++m_previewGeneration;
    m_previewing = false;
    m_preview.reset();
    m_previewProblem.clear();
    m_result.reset();
    m_resultPath.clear();
    m_signaturePath.clear();
    m_scannedLetter.clear();
    m_outputChosen = false;
    m_output->clear();
    m_reference->clear();
    m_letterDate->setDate(database ? database->clock().today() : QDate::currentDate());
    showMessage(QString(), false);

    // The packs: the shipped ones, the society's checked.
    const QSignalBlocker blocker(m_packs);
    m_packs->clear();
    const QStringList wanted = database ? storage::ProfileStore(*database).settings().list(SocietySetting::RulePacks)
                                        : QStringList();
    // The society's in its order (the first with a reform plan gives the package's), then the rest.
    const QStringList shipped = rules::PackLoader::builtinIds();
    QStringList ids;
    for (const QString &id : wanted) {
        if (shipped.contains(id) && !ids.contains(id))
            ids << id;
    }
    for (const QString &id : shipped) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const QString &id : std::as_const(ids)) {
        auto *item = new QListWidgetItem(m_packs);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setText(id);
    }
    retranslateUi();
    if (database)
        schedulePreview();
}

void SubmissionPage::loadForm()
{
    QString supervisor;
    m_creditCode.clear();
    if (storage::Database *db = database()) {
        const SocietyProfile profile = storage::ProfileStore(*db).profile();
        supervisor = profile.supervisor.trimmed();
        m_creditCode = profile.creditCode.trimmed();
    }
    m_addressee->setText(supervisor.isEmpty() ? tr("(none)") : supervisor);
    m_addresseeHint->setText(tr("The profile names no supervising association: enter it under File ▸ Society Profile…"));
    m_addresseeHint->setVisible(database() && supervisor.isEmpty());
    if (m_scannedLetter.isEmpty()) {
        m_letterFile->setText(tr("The generated letter (with the 文号 and date above)."));
    } else {
        m_letterFile->setText(tr("Signed scan: %1").arg(native(m_scannedLetter)));
    }
    m_letterDate->setEnabled(m_scannedLetter.isEmpty());
    m_reference->setEnabled(m_scannedLetter.isEmpty());
    updateDefaultOutput();
    updateButtons();
}

void SubmissionPage::updateDefaultOutput()
{
    // A name the user typed or chose stays; the default follows the year and the credit code.
    if (m_outputChosen || (!m_output->text().isEmpty() && m_output->text() != m_defaultOutput))
        return;
    const QString name = m_creditCode.isEmpty()
        ? QStringLiteral("package-%1.zip").arg(m_year->value())
        : package::SubmissionPackage::bagName(m_creditCode, m_year->value()) + QStringLiteral(".zip");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_defaultOutput = native(QDir(folder).filePath(name));
    m_output->setText(m_defaultOutput);
}

void SubmissionPage::updateButtons()
{
    const bool open = database() != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *> { m_year, m_packs, m_attach, m_output, m_browse })
        w->setEnabled(open && !m_exporting);
    m_removeLetter->setEnabled(open && !m_exporting && !m_scannedLetter.isEmpty());
    m_export->setEnabled(open && !m_exporting && !m_output->text().trimmed().isEmpty());
    m_sign->setEnabled(!m_exporting && QFileInfo::exists(outputPath()));
    m_generateKeys->setEnabled(!m_exporting);
    m_copySha->setEnabled(!m_sha->text().isEmpty());
}

void SubmissionPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString SubmissionPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

int SubmissionPage::year() const
{
    return m_year->value();
}

void SubmissionPage::setYear(int year)
{
    m_year->setValue(year);
}

QString SubmissionPage::outputPath() const
{
    return QDir::fromNativeSeparators(m_output->text().trimmed());
}

package::PackageOptions SubmissionPage::options() const
{
    package::PackageOptions o;
    o.year = m_year->value();
    for (int i = 0; i < m_packs->count(); ++i) {
        if (m_packs->item(i)->checkState() == Qt::Checked)
            o.packs << m_packs->item(i)->data(Qt::UserRole).toString();
    }
    if (m_scannedLetter.isEmpty()) {
        o.cover.reference = m_reference->text().trimmed();
        o.cover.date = m_letterDate->date();
    }
    o.scannedCoverLetter = m_scannedLetter;
    return o;
}

// --- the contents

bool SubmissionPage::isPreviewing() const
{
    return m_previewing || m_previewTimer->isActive();
}

void SubmissionPage::schedulePreview()
{
    if (database())
        m_previewTimer->start();
}

void SubmissionPage::startPreview()
{
    storage::Database *db = database();
    if (!db)
        return;
    const int generation = ++m_previewGeneration;
    m_previewing = true;
    auto *watcher = new QFutureWatcher<PreviewOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return; // another file, or a newer form
        m_previewing = false;
        const PreviewOutcome outcome = watcher->result();
        m_preview = outcome.preview;
        m_previewProblem = outcome.problem;
        showPreview();
        emit previewUpdated();
    });
    watcher->setFuture(QtConcurrent::run([file = db->path(), clock = &db->clock(), options = options()] {
        PreviewOutcome outcome;
        storage::StorageError error;
        const std::unique_ptr<storage::Database> reader = storage::Database::openReader(file, clock, &error);
        if (!reader) {
            outcome.problem = error.message;
            return outcome;
        }
        package::PackageError problem;
        outcome.preview = package::SubmissionPackage::preview(*reader, options, &problem);
        if (!outcome.preview)
            outcome.problem = problem.message;
        return outcome;
    }));
}

void SubmissionPage::showPreview()
{
    m_contents->clear();
    if (!database()) {
        m_contentsNote->setText(tr("Open a society file to prepare its package."));
        m_contentsNote->setStyleSheet(QString());
        return;
    }
    if (!m_preview) {
        m_contentsNote->setText(m_previewProblem);
        m_contentsNote->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        return;
    }
    // The parts' descriptions (file names are the package's, untranslated).
    const auto describe = [this](const QString &path) -> QString {
        if (path.startsWith(u"data/reform-plan"))
            return tr("Reform plan");
        if (path.startsWith(u"data/compliance"))
            return tr("Compliance report");
        if (path.startsWith(u"data/annual-report"))
            return tr("Annual report");
        if (path == u"data/statistics.xlsx")
            return tr("Statistics (members, bodies, branches, meetings, activities)");
        if (path.startsWith(u"data/regulations/"))
            return tr("Regulation adopted in %1").arg(m_preview->bag.section(QLatin1Char('-'), -1));
        if (path.startsWith(u"data/minutes/"))
            return tr("Minutes");
        if (path == u"data/cover-letter.pdf")
            return m_scannedLetter.isEmpty() ? tr("Cover letter (generated)") : tr("Cover letter (signed scan)");
        return {};
    };
    auto *included = new QTreeWidgetItem(m_contents);
    included->setText(0, tr("Included (%n file(s))", nullptr, int(m_preview->parts.size())));
    included->setForeground(0, kIncluded);
    QFont bold = included->font(0);
    bold.setBold(true);
    included->setFont(0, bold);
    for (const QString &part : m_preview->parts) {
        auto *item = new QTreeWidgetItem(included);
        item->setText(0, part.mid(5)); // without "data/"
        item->setText(1, describe(part));
        item->setToolTip(0, m_preview->bag + QLatin1Char('/') + part);
    }
    if (!m_preview->missing.isEmpty()) {
        auto *left = new QTreeWidgetItem(m_contents);
        left->setText(0, tr("Left out (%n file(s))", nullptr, int(m_preview->missing.size())));
        left->setForeground(0, kAmber);
        left->setFont(0, bold);
        for (const QString &m : m_preview->missing) {
            const qsizetype colon = m.indexOf(QStringLiteral(": "));
            auto *item = new QTreeWidgetItem(left);
            item->setText(0, m.left(colon).mid(5));
            item->setText(1, m.mid(colon + 2));
            item->setToolTip(1, m.mid(colon + 2));
            item->setForeground(0, kAmber);
            item->setForeground(1, kAmber);
        }
    }
    m_contents->expandAll();
    m_contentsNote->setText(m_preview->missing.isEmpty()
            ? tr("Bag %1; packs: %2.").arg(m_preview->bag, m_preview->packs.join(QStringLiteral(", ")))
            : tr("Bag %1; packs: %2. The parts left out are named in bag-info.txt and the cover letter; the "
                 "package can still be sent.")
                  .arg(m_preview->bag, m_preview->packs.join(QStringLiteral(", "))));
    m_contentsNote->setStyleSheet(m_preview->missing.isEmpty() ? QString() : QStringLiteral("QLabel { color: #8a5a00; }"));
}

// --- the letter and the file

void SubmissionPage::attachLetter()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach Signed Letter"),
        m_scannedLetter.isEmpty() ? QDir::homePath() : QFileInfo(m_scannedLetter).absolutePath(),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setScannedLetter(path);
}

bool SubmissionPage::setScannedLetter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("The letter %1 cannot be read (%2).").arg(native(path), file.errorString()), true);
        return false;
    }
    if (!file.read(5).startsWith("%PDF-")) {
        showMessage(tr("%1 is not a PDF file: scan the signed and stamped letter to PDF.").arg(native(path)), true);
        return false;
    }
    m_scannedLetter = QFileInfo(path).absoluteFilePath();
    showMessage(QString(), false);
    loadForm();
    schedulePreview();
    return true;
}

void SubmissionPage::removeLetter()
{
    m_scannedLetter.clear();
    loadForm();
    schedulePreview();
    m_attach->setFocus();
}

void SubmissionPage::browseOutput()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Submission Package"), outputPath(), tr("ZIP archives (*.zip)"), QStringLiteral(".zip"));
    if (path.isEmpty())
        return;
    m_output->setText(native(path));
    m_outputChosen = true;
    updateButtons();
}

// --- the export

bool SubmissionPage::exportPackage()
{
    storage::Database *db = database();
    if (!db || m_exporting)
        return false;
    const QString path = outputPath();
    if (path.isEmpty() || !path.endsWith(QLatin1StringView(".zip"), Qt::CaseInsensitive)) {
        showMessage(tr("The package is written as a .zip file; choose a file name ending in .zip."), true);
        return false;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        showMessage(tr("The folder %1 does not exist.").arg(native(QFileInfo(path).absolutePath())), true);
        return false;
    }
    const package::PackageOptions opts = options();
    const int generation = ++m_exportGeneration;
    m_exporting = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    showMessage(QString(), false);
    updateButtons();

    m_progress = new QProgressDialog(tr("Preparing the %1 package…").arg(opts.year), tr("Cancel"), 0, 8, this);
    m_progress->setObjectName(QStringLiteral("submission.exportProgress"));
    m_progress->setWindowTitle(tr("Export Submission Package"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(420);
    connect(m_progress, &QProgressDialog::canceled, this, &SubmissionPage::cancelExport);
    m_progress->open();

    const auto showStep = [this, year = opts.year](const QString &step, int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Building the %1 package: %2…").arg(year).arg(step));
    };

    const i18n::Language documentLanguage
        = i18n::fromCode(storage::ProfileStore(*db).settings().text(SocietySetting::DocumentLanguage));
    if (documentLanguage != i18n::current()) {
        // The checks run with the document language installed, which only this thread may do:
        // build here, keeping the dialog (and its Cancel) alive between the steps.
        const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
        BuildOutcome outcome;
        outcome.result = package::SubmissionPackage::build(*db, opts,
            [&](const QString &step, int done, int total) {
                showStep(step, done, total);
                QCoreApplication::processEvents();
                return !cancel->load();
            },
            &outcome.error);
        if (generation == m_exportGeneration)
            finishExport(outcome, path);
        return true;
    }

    auto *watcher = new QFutureWatcher<BuildOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_exportGeneration)
            return; // cancelled
        finishExport(watcher->result(), path);
    });
    watcher->setFuture(QtConcurrent::run(
        [this, file = db->path(), clock = &db->clock(), opts, cancel = m_cancel, showStep] {
            BuildOutcome outcome;
            storage::StorageError error;
            const std::unique_ptr<storage::Database> reader = storage::Database::openReader(file, clock, &error);
            if (!reader) {
                outcome.error = { package::PackageError::Kind::Failed, error.message };
                return outcome;
            }
            outcome.result = package::SubmissionPackage::build(*reader, opts,
                [this, cancel, showStep](const QString &step, int done, int total) {
                    // Shown by the GUI thread; dropped with the page.
                    QMetaObject::invokeMethod(
                        this, [showStep, step, done, total] { showStep(step, done, total); }, Qt::QueuedConnection);
                    return !cancel->load();
                },
                &outcome.error);
            return outcome;
        }));
    return true;
}

QProgressDialog *SubmissionPage::progressDialog() const
{
    return m_progress;
}

void SubmissionPage::cancelExport()
{
    if (!m_exporting)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_exportGeneration;
    m_exporting = false;
    closeProgress();
    showMessage(tr("The export was cancelled; nothing was written."), false);
    updateButtons();
    emit exportEnded();
}

void SubmissionPage::closeProgress()
{
    if (!m_progress)
        return;
    // Closing a progress dialog says "canceled": it is let go without.
    disconnect(m_progress, &QProgressDialog::canceled, this, &SubmissionPage::cancelExport);
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}

void SubmissionPage::finishExport(const BuildOutcome &outcome, const QString &path)
{
    if (m_progress)
        m_progress->setLabelText(tr("Writing and verifying %1…").arg(QFileInfo(path).fileName()));
    QString problem;
    if (!outcome.result) {
        problem = outcome.error.kind == package::PackageError::Kind::Cancelled
            ? QString()
            : tr("The package was not written: %1").arg(outcome.error.message);
    } else if (!package::SubmissionPackage::write(*outcome.result, path, &problem)) {
        problem = tr("The package was not written: %1").arg(problem);
    }
    m_exporting = false;
    closeProgress();
    if (!outcome.result && problem.isEmpty()) {
        showMessage(tr("The export was cancelled; nothing was written."), false);
    } else if (!problem.isEmpty()) {
        showMessage(problem, true);
    } else {
        m_result = outcome.result;
        m_resultPath = path;
        m_signaturePath.clear();
        showResult();
        showMessage(tr("The package was written to %1 and verified.").arg(native(path)), false);
        schedulePreview();
    }
    updateButtons();
    if (m_result && m_resultPath == path && problem.isEmpty())
        emit packageExported(path);
    emit exportEnded();
}

void SubmissionPage::showResult()
{
    if (!m_result) {
        m_resultText->setText(tr("No package exported yet in this session."));
        m_sha->clear();
        m_sha->setPlaceholderText(tr("SHA-256 of the package"));
        m_resultWarnings->clear();
        m_resultWarnings->hide();
        m_signatureText->hide();
        updateButtons();
        return;
    }
    m_resultText->setText(tr("%1\n%n file(s) in bag %2, %3 bytes. SHA-256:", nullptr, int(m_result->parts.size()))
            .arg(native(m_resultPath), m_result->bag, QLocale().toString(qlonglong(m_result->zip.size()))));
    m_sha->setText(m_result->sha256);
    m_sha->setCursorPosition(0);
    QStringList warnings;
    for (const QString &w : m_result->warnings)
        warnings << QStringLiteral("⚠ ") + w;
    m_resultWarnings->setText(warnings.join(QLatin1Char('\n')));
    m_resultWarnings->setVisible(!warnings.isEmpty());
    m_signatureText->setText(m_signaturePath.isEmpty() ? tr("Not signed.") : tr("Signed: %1").arg(native(m_signaturePath)));
    m_signatureText->show();
    updateButtons();
}

// --- signatures

QString SubmissionPage::rememberedKeyDir() const
{
    const QString key = m_preferences ? m_preferences->value(Preferences::SigningKeyFile).toString() : QString();
    return key.isEmpty() ? QDir::homePath() : QFileInfo(key).absolutePath();
}

void SubmissionPage::signPackage()
{
    const QString remembered = m_preferences ? m_preferences->value(Preferences::SigningKeyFile).toString() : QString();
    const QString key = FileDialog::getOpenFileName(this, tr("Choose the Society's Secret Key"),
        remembered.isEmpty() ? rememberedKeyDir() : remembered,
        tr("Secret keys (*.key);;All files (*)"));
    if (!key.isEmpty())
        signWith(key);
}

bool SubmissionPage::signWith(const QString &keyFile)
{
    const QString zipPath = outputPath();
    QString problem;
    const std::optional<QByteArray> secret = package::Signature::readSecretKey(keyFile, &problem);
    if (!secret) {
        showMessage(tr("Not signed: %1").arg(problem), true);
        return false;
    }
    // Read through the supervisor's own reader, so that only a package it would accept is signed.
    package::PackageVerifier verifier;
    const package::VerifyReport &report = verifier.verify(zipPath);
    if (!report.ok) {
        showMessage(tr("Not signed: %1 is not a valid package: %2").arg(native(zipPath), report.describe()), true);
        return false;
    }
    const QByteArray signature = package::Signature::sign(verifier.tagManifest(), *secret);
    const QString sigPath = zipPath + QStringLiteral(".sig");
    QSaveFile sig(sigPath);
    if (signature.isEmpty() || !sig.open(QIODevice::WriteOnly) || sig.write(package::Signature::signatureText(signature)) < 0
        || !sig.commit()) {
        showMessage(tr("Not signed: %1 cannot be written (%2).").arg(native(sigPath), sig.errorString()), true);
        return false;
    }
    if (m_preferences)
        m_preferences->setValue(Preferences::SigningKeyFile, QFileInfo(keyFile).absoluteFilePath());
    const QString fingerprint = package::Signature::fingerprint(secret->right(package::Signature::kPublicKeyBytes));
    if (m_resultPath == zipPath)
        m_signaturePath = sigPath;
    showResult();
    showMessage(tr("Wrote the signature %1 (key fingerprint %2).").arg(native(sigPath), fingerprint), false);
    emit packageSigned(sigPath);
    return true;
}

void SubmissionPage::generateKeys()
{
    const QString dir = FileDialog::getExistingDirectory(this, tr("Folder for the New Key Pair"), rememberedKeyDir());
    if (!dir.isEmpty())
        generateKeysInto(dir);
}

bool SubmissionPage::generateKeysInto(const QString &dir)
{
    const package::Signature::KeyPair pair = package::Signature::generate();
    QString problem;
    if (!package::Signature::writeKeyPair(dir, pair, &problem)) {
        showMessage(tr("No key pair was written: %1").arg(problem), true);
        return false;
    }
    const QString secretPath = QDir(dir).filePath(package::Signature::secretKeyFileName());
    const QString publicPath = QDir(dir).filePath(package::Signature::publicKeyFileName());
    if (m_preferences)
        m_preferences->setValue(Preferences::SigningKeyFile, QFileInfo(secretPath).absoluteFilePath());
    const QString fingerprint = package::Signature::fingerprint(pair.publicKey);
    showMessage(tr("Wrote the key pair %1 and %2 (fingerprint %3).").arg(native(secretPath), native(publicPath), fingerprint),
        false);
    MessageBox::information(this, tr("Key Pair Generated"),
        tr("The secret key %1 signs the society's packages. Keep it safe and private: whoever holds it can sign in "
           "the society's name. It is not stored in the society file; keep a copy where you keep the seal.\n\n"
           "Give the public key %2 to the supervising association, and confirm its fingerprint with them by "
           "telephone:\n\n%3")
            .arg(native(secretPath), native(publicPath), fingerprint));
    return true;
}

} // namespace sd::ui
