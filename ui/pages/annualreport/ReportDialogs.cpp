#include "pages/annualreport/ReportDialogs.h"

#include "annual/AnnualReportStore.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace sd::ui {

using annual::AnnualReportStore;
using annual::ReportStatus;

namespace {

QString shown(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

/// The dialogs' shape: a wrapped introduction, `middle` (the fields), the problem line, then
/// Cancel and the default `acceptText` button, which runs `save`.
void arrange(QDialog *dialog, const QString &intro, const std::function<void(QVBoxLayout *)> &middle, QLabel *problem,
    const QString &acceptText, const std::function<void()> &save, int minimumWidth)
{
    auto *introLabel = new QLabel(intro, dialog);
    introLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, save);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(introLabel);
    middle(layout);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(minimumWidth);
}

} // namespace

// --- PublishDialog

PublishDialog::PublishDialog(storage::Database &db, int year, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_date(new QDateEdit(today, this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("publish.problem")))
{
    setObjectName(QStringLiteral("dialog.publishReport"));
    setWindowTitle(tr("Publish the %1 Report").arg(year));
    m_date->setObjectName(QStringLiteral("publish.date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    arrange(
        this,
        tr("Once published, the %1 report is locked: a later change is a correction, kept as a new version with a note.")
            .arg(year),
        [&](QVBoxLayout *layout) {
            auto *form = new QFormLayout;
            form->addRow(tr("Publication &date:"), m_date);
            layout->addLayout(form);
        },
        m_problem, tr("&Publish"), [this] { save(); }, 460);
    m_date->setFocus();
}

QString PublishDialog::problem() const
{
    return shown(m_problem);
}

void PublishDialog::save()
{
    storage::StorageError error;
    if (!AnnualReportStore(m_db).setStatus(m_year, ReportStatus::Published, m_date->date(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The report was not published.") : error.message);
    emit saved();
    accept();
}

// --- SaveVersionDialog

SaveVersionDialog::SaveVersionDialog(storage::Database &db, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_note(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("saveVersion.problem")))
{
    setObjectName(QStringLiteral("dialog.saveVersion"));
    setWindowTitle(tr("Save Version"));
    m_note->setObjectName(QStringLiteral("saveVersion.note"));
    m_note->setPlaceholderText(tr("e.g. 提交秘书长审阅前"));
    arrange(
        this,
        tr("The working copy of the %1 report is kept as it is now: its narratives and its "
           "figures. A version can be compared and restored later.")
            .arg(year),
        [&](QVBoxLayout *layout) {
            auto *form = new QFormLayout;
            form->addRow(tr("&Note (optional):"), m_note);
            layout->addLayout(form);
        },
        m_problem, tr("&Save Version"), [this] { save(); }, 460);
    m_note->setFocus();
}

QString SaveVersionDialog::problem() const
{
    return shown(m_problem);
}

void SaveVersionDialog::save()
{
    storage::StorageError error;
    int version = 0;
    if (!AnnualReportStore(m_db).saveVersion(m_year, m_note->text(), &error, &version))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The version was not saved.") : error.message);
    emit saved(version);
    accept();
}

// --- ReportCorrectionDialog

ReportCorrectionDialog::ReportCorrectionDialog(
    storage::Database &db, int year, const QMap<QString, QString> &edited, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_edited(edited)
    , m_sections(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("correction.problem")))
{
    setObjectName(QStringLiteral("dialog.correctReport"));
    setWindowTitle(tr("Correct the Published %1 Report").arg(year));
    m_sections->setObjectName(QStringLiteral("correction.sections"));
    m_note->setObjectName(QStringLiteral("correction.note"));
    m_note->setPlaceholderText(tr("e.g. 更正第四部分的会员人数"));
    for (const QString &code : AnnualReportStore::sectionCodes()) {
        if (!edited.contains(code))
            continue;
        auto *item = new QListWidgetItem(AnnualReportStore::sectionTitle(code), m_sections);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_sections->setMaximumHeight(m_sections->sizeHintForRow(0) * 5 + 2 * m_sections->frameWidth() + 4);
    auto *sectionsCaption = new QLabel(tr("&Sections corrected:"), this);
    sectionsCaption->setBuddy(m_sections);
    arrange(
        this,
        tr("The sections checked take the text you edited; the report stays published, and the "
           "correction is kept as a new version with your note."),
        [&](QVBoxLayout *layout) {
            layout->addWidget(sectionsCaption);
            layout->addWidget(m_sections);
            auto *form = new QFormLayout;
            form->addRow(tr("What it &corrects:"), m_note);
            layout->addLayout(form);
        },
        m_problem, tr("Save &Correction"), [this] { save(); }, 500);
    m_note->setFocus();
}

QString ReportCorrectionDialog::problem() const
{
    return shown(m_problem);
}

void ReportCorrectionDialog::save()
{
    QMap<QString, QString> chosen;
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem *item = m_sections->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.insert(item->data(Qt::UserRole).toString(), m_edited.value(item->data(Qt::UserRole).toString()));
    }
    if (chosen.isEmpty())
        return gov::showProblem(m_problem, tr("Check at least one section to correct."));
    storage::StorageError error;
    if (!AnnualReportStore(m_db).correct(m_year, chosen, m_note->text(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The correction was not saved.") : error.message);
    emit saved();
    accept();
}

} // namespace sd::ui
