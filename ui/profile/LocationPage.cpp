#include "profile/LocationPage.h"

#include "common/FileDialog.h"
#include "util/AppIdentity.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sd::ui {

namespace {

const QString kSuffix = QStringLiteral(".societydesk");

} // namespace

LocationPage::LocationPage(QWidget *parent)
    : QWizardPage(parent)
    , m_label(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("wizard.location"));
    m_path->setObjectName(QStringLiteral("location.path"));
    m_browse->setObjectName(QStringLiteral("location.browse"));
    m_problem->setObjectName(QStringLiteral("problem.location"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_label->setBuddy(m_path);
    m_label->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_path, 1, 0);
    layout->addWidget(m_browse, 1, 1);
    layout->addWidget(m_problem, 2, 0, 1, 2);
    layout->setRowStretch(3, 1);

    connect(m_path, &QLineEdit::textChanged, this, &LocationPage::refreshProblem);
    connect(m_browse, &QPushButton::clicked, this, &LocationPage::browse);
    m_path->setText(QDir::toNativeSeparators(defaultPath()));
    retranslateUi();
}

QString LocationPage::defaultPath()
{
    const QString folder = dataFolder();
    QString candidate = folder + QStringLiteral("/society") + kSuffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder + QStringLiteral("/society-%1").arg(n) + kSuffix;
    return candidate;
}

QString LocationPage::savePath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(kSuffix, Qt::CaseInsensitive))
        path += kSuffix;
    return path.isEmpty() ? path : QDir::cleanPath(path);
}

void LocationPage::setSavePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString LocationPage::problem() const
{
    const QString path = savePath();
    if (path.isEmpty())
        return tr("Choose where to save the society file.");
    if (!QDir::isAbsolutePath(path))
        return tr("Enter the full path of the file, including its folder.");
    const QFileInfo info(path);
    if (info.exists())
        return tr("%1 already exists; choose another name, or open that file instead.")
            .arg(QDir::toNativeSeparators(path));
    // The folder is created when missing: the nearest folder that exists must be writable.
    QFileInfo folder(info.absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return tr("The folder %1 cannot be written to.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

bool LocationPage::isComplete() const
{
    return problem().isEmpty();
}

void LocationPage::refreshProblem()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    emit completeChanged();
}

void LocationPage::browse()
{
    const QString chosen = FileDialog::getSaveFileName(
        this, tr("Save Society File As"), savePath(), tr("Society files (*.societydesk)"), kSuffix);
    if (!chosen.isEmpty())
        setSavePath(chosen);
}

void LocationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void LocationPage::retranslateUi()
{
    setTitle(tr("Where to keep the file"));
    setSubTitle(
        tr("All of the society's records are kept in this one file. Keep it in a folder that is backed up."));
    m_label->setText(tr("Society &file:"));
    m_browse->setText(tr("&Browse…"));
    refreshProblem();
}

} // namespace sd::ui
