#include "pages/branches/BranchDialogs.h"

#include "common/FileDialog.h"
#include "governance/GovernanceStore.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using branches::Branch;
using branches::BranchStatus;
using branches::BranchStore;
using branches::BranchText;

namespace {

QDialogButtonBox *makeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString shownProblem(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

} // namespace

QString activityKindLabel(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("academic_conference"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Academic conference") },
        { QStringLiteral("science_popularization"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Science popularisation") },
        { QStringLiteral("training"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Training") },
        { QStringLiteral("consulting"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Policy consulting") },
        { QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "S&T evaluation") },
        { QStringLiteral("group_standard"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Group standard") },
        { QStringLiteral("award_nomination"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Award nomination") },
        { QStringLiteral("international"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "International exchange") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("sd::ui::ActivityDialog", "Other") },
    };
    const char *label = labels.value(code);
    return label ? QCoreApplication::translate("sd::ui::ActivityDialog", label) : code;
}

// --- BranchDialog

BranchDialog::BranchDialog(storage::Database &db, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_established(gov::makeDateEdit(this, QStringLiteral("branch.established"), today))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_warnings(new QLabel(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("branch.problem")))
{
    setObjectName(QStringLiteral("dialog.branch"));
    setWindowTitle(tr("Add Branch"));
    m_name->setObjectName(QStringLiteral("branch.name"));
    m_name->setPlaceholderText(tr("e.g. 青年工作委员会"));
    m_kind->setObjectName(QStringLiteral("branch.kind"));
    m_kind->addItems(BranchText::branchKinds());
    m_status->setObjectName(QStringLiteral("branch.status"));
    for (BranchStatus s : { BranchStatus::Proposed, BranchStatus::Active })
        m_status->addItem(BranchText::label(s), static_cast<int>(s));
    m_status->setCurrentIndex(1);
    m_notes->setObjectName(QStringLiteral("branch.notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    m_warnings->setObjectName(QStringLiteral("branch.warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; }"));
    m_warnings->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Established:"), m_established);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BranchDialog::save);
    connect(m_name, &QLineEdit::textChanged, this, &BranchDialog::updateWarnings);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BranchDialog::updateWarnings);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_name->setFocus();
}

BranchDialog::BranchDialog(storage::Database &db, const Branch &branch, QWidget *parent)
    : BranchDialog(db, branch.establishedOn.isValid() ? branch.establishedOn : QDate(), parent)
{
    m_editing = branch;
    setWindowTitle(tr("Edit %1").arg(branch.name));
    m_name->setText(branch.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findText(branch.kind)));
    if (!branch.establishedOn.isValid())
        m_established->clear();
    m_notes->setPlainText(branch.notes);
    // The status changes through the lifecycle's steps, not here.
    if (auto *form = findChild<QFormLayout *>())
        form->setRowVisible(m_status, false);
    updateWarnings();
}

QString BranchDialog::warnings() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

QString BranchDialog::problem() const
{
    return shownProblem(m_problem);
}

void BranchDialog::updateWarnings()
{
    const QString name = m_name->text().trimmed();
    const QStringList warnings = name.isEmpty() ? QStringList() : BranchText::nameWarnings(name, m_kind->currentText());
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    gov::showProblem(m_problem, {});
}

void BranchDialog::save()
{
    const auto established = gov::dateOf(m_established);
    if (m_name->text().trimmed().isEmpty())
        return gov::showProblem(m_problem, tr("Enter the branch's name."));
    if (!established)
        return gov::showProblem(m_problem, tr("Enter the date of establishment as YYYY-MM-DD, or leave it empty."));
    Branch b;
    b.name = m_name->text().trimmed();
    b.kind = m_kind->currentText();
    b.establishedOn = *established;
    b.status = static_cast<BranchStatus>(m_status->currentData().toInt());
    b.notes = m_notes->toPlainText().trimmed();
    QStringList warnings;
    storage::StorageError error;
    if (m_editing) {
        b.id = m_editing->id;
        b.status = m_editing->status;
        if (!BranchStore(m_db).updateBranch(b, &warnings, &error))
            return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    } else if (!BranchStore(m_db).addBranch(b, &warnings, &error)) {
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    }
    emit saved(b.id);
    accept();
}

// --- BranchStatusDialog

BranchStatusDialog::BranchStatusDialog(storage::Database &db, const Branch &branch, BranchStatus to, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_branchId(branch.id)
    , m_to(to)
    , m_date(gov::makeDateEdit(this, QStringLiteral("status.date"), today))
    , m_resolution(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("status.problem")))
{
    setObjectName(QStringLiteral("dialog.branchStatus"));
    setWindowTitle(tr("%1: %2 → %3").arg(branch.name, BranchText::label(branch.status), BranchText::label(to)));
    m_resolution->setObjectName(QStringLiteral("status.resolution"));
    m_resolution->setPlaceholderText(tr("e.g. 七届三次常务理事会决议"));
    auto *intro = new QLabel(tr("%1 becomes “%2”.").arg(branch.name, BranchText::label(to)), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Resolution:"), m_resolution);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BranchStatusDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString BranchStatusDialog::problem() const
{
    return shownProblem(m_problem);
}

void BranchStatusDialog::save()
{
    const auto date = gov::dateOf(m_date);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
    storage::StorageError error;
    if (!BranchStore(m_db).changeStatus(m_branchId, m_to, *date, m_resolution->text().trimmed(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved();
    accept();
}

// --- OfficerDialog

OfficerDialog::OfficerDialog(storage::Database &db, const Branch &branch, const QString &role, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_branchId(branch.id)
    , m_role(role)
    , m_name(new QLineEdit(this))
    , m_memberNo(new QLineEdit(this))
    , m_date(gov::makeDateEdit(this, QStringLiteral("officer.date"), today))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("officer.problem")))
{
    setObjectName(QStringLiteral("dialog.branchOfficer"));
    const bool leader = role == u"leader";
    setWindowTitle(leader ? tr("%1: New Leader").arg(branch.name) : tr("%1: New Secretary").arg(branch.name));
    m_name->setObjectName(QStringLiteral("officer.name"));
    m_name->setMaxLength(50);
    m_memberNo->setObjectName(QStringLiteral("officer.memberNo"));
    m_memberNo->setMaxLength(30);
    m_memberNo->setPlaceholderText(tr("optional: links the officer to the member"));
    auto *intro = new QLabel(leader ? tr("The current leader's term ends on the date the new one starts.")
                                    : tr("The current secretary's term ends on the date the new one starts."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Member No.:"), m_memberNo);
    form->addRow(tr("&From:"), m_date);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficerDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_name->setFocus();
}

QString OfficerDialog::problem() const
{
    return shownProblem(m_problem);
}

void OfficerDialog::save()
{
    const auto date = gov::dateOf(m_date);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
    governance::PersonRef who;
    who.name = m_name->text().trimmed();
    who.memberNo = m_memberNo->text().trimmed();
    if (who.name.isEmpty())
        return gov::showProblem(m_problem, tr("Enter the officer's name."));
    storage::StorageError error;
    if (!BranchStore(m_db).setOfficer(m_branchId, m_role, who, *date, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved();
    accept();
}

// --- FilingDialog

FilingDialog::FilingDialog(storage::Database &db, const Branch &branch, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_branchId(branch.id)
    , m_kind(new QComboBox(this))
    , m_date(gov::makeDateEdit(this, QStringLiteral("filing.date"), today))
    , m_reference(new QLineEdit(this))
    , m_resolution(new QLineEdit(this))
    , m_document(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("filing.problem")))
{
    setObjectName(QStringLiteral("dialog.filing"));
    setWindowTitle(tr("Add Filing of %1").arg(branch.name));
    m_kind->setObjectName(QStringLiteral("filing.kind"));
    for (auto k : { branches::FilingKind::Establish, branches::FilingKind::Change, branches::FilingKind::Dissolve })
        m_kind->addItem(BranchText::sheetValue(k), static_cast<int>(k));
    m_reference->setObjectName(QStringLiteral("filing.reference"));
    m_reference->setPlaceholderText(tr("e.g. the registration authority's reference number"));
    m_resolution->setObjectName(QStringLiteral("filing.resolution"));
    m_document->setObjectName(QStringLiteral("filing.document"));
    m_document->setText(tr("No document"));
    m_choose->setObjectName(QStringLiteral("filing.choose"));
    m_choose->setText(tr("C&hoose…"));
    connect(m_choose, &QPushButton::clicked, this, &FilingDialog::chooseDocument);
    auto *document = new QHBoxLayout;
    document->addWidget(m_document, 1);
    document->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Re&ference:"), m_reference);
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("Document:"), document);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FilingDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString FilingDialog::problem() const
{
    return shownProblem(m_problem);
}

void FilingDialog::chooseDocument()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose a Document"), QString(),
        tr("Documents (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path = path;
    m_document->setText(QFileInfo(path).fileName());
}

void FilingDialog::save()
{
    const auto date = gov::dateOf(m_date);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
    branches::Filing filing;
    filing.branchId = m_branchId;
    filing.kind = static_cast<branches::FilingKind>(m_kind->currentData().toInt());
    filing.date = *date;
    filing.reference = m_reference->text().trimmed();
    filing.resolution = m_resolution->text().trimmed();
    storage::StorageError error;
    if (!m_path.isEmpty()) {
        governance::Attachment attachment;
        if (!governance::GovernanceStore(m_db).addAttachment(m_path, &attachment, &error))
            return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The document could not be stored.") : error.message);
        filing.attachmentId = attachment.id;
    }
    if (!BranchStore(m_db).addFiling(filing, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(filing.id);
    accept();
}

// --- ActivityDialog

ActivityDialog::ActivityDialog(storage::Database &db, QDate today, qint64 branchId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_start(gov::makeDateEdit(this, QStringLiteral("activity.start"), today))
    , m_end(gov::makeDateEdit(this, QStringLiteral("activity.end")))
    , m_organiser(new QComboBox(this))
    , m_participants(new QLineEdit(this))
    , m_brand(new QCheckBox(this))
    , m_task(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("activity.problem")))
    , m_buttons(makeButtons(this))
{
    setObjectName(QStringLiteral("dialog.activity"));
    setWindowTitle(tr("Add Activity"));
    m_name->setObjectName(QStringLiteral("activity.name"));
    m_kind->setObjectName(QStringLiteral("activity.kind"));
    const QStringList kinds = BranchText::activityKinds();
    for (const QString &kind : kinds)
        m_kind->addItem(activityKindLabel(kind), kind);
    m_organiser->setObjectName(QStringLiteral("activity.organiser"));
    m_organiser->addItem(tr("The society itself"), qint64(0));
    const QList<Branch> branches = BranchStore(db).branches();
    for (const Branch &b : branches) {
        if (b.status != BranchStatus::Dissolved || b.id == branchId)
            m_organiser->addItem(b.name, b.id);
    }
    m_organiser->setCurrentIndex(std::max(0, m_organiser->findData(branchId)));
    m_participants->setObjectName(QStringLiteral("activity.participants"));
    m_participants->setPlaceholderText(tr("Unknown"));
    m_brand->setObjectName(QStringLiteral("activity.brand"));
    m_brand->setText(tr("A &brand activity (品牌活动)"));
    m_task->setObjectName(QStringLiteral("activity.task"));
    m_task->setPlaceholderText(tr("e.g. the reform plan's task id"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(QString(), m_brand);
    form->addRow(tr("Reform &task:"), m_task);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::save);
    for (QLineEdit *edit : { m_name, m_start, m_end, m_participants })
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_problem->isHidden())
                gov::showProblem(m_problem, check());
        });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    m_name->setFocus();
}

QString ActivityDialog::problem() const
{
    return shownProblem(m_problem);
}

QString ActivityDialog::check() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the activity's name.");
    const auto start = gov::dateOf(m_start);
    const auto end = gov::dateOf(m_end);
    if (!start || !start->isValid())
        return tr("Enter the start date as YYYY-MM-DD.");
    if (!end)
        return tr("Enter the end date as YYYY-MM-DD, or leave it empty for a one-day activity.");
    if (end->isValid() && *end < *start)
        return tr("The activity cannot end before it starts.");
    const QString participants = m_participants->text().trimmed();
    if (!participants.isEmpty()) {
        bool ok = false;
        const int n = participants.toInt(&ok);
        if (!ok || n < 0)
            return tr("Enter the number of participants as a whole number, or leave it empty.");
    }
    return {};
}

void ActivityDialog::save()
{
    if (const QString problem = check(); !problem.isEmpty())
        return gov::showProblem(m_problem, problem);
    branches::Activity a;
    a.name = m_name->text().trimmed();
    a.kind = m_kind->currentData().toString();
    a.startDate = *gov::dateOf(m_start);
    a.endDate = *gov::dateOf(m_end);
    a.branchId = m_organiser->currentData().toLongLong();
    if (const QString p = m_participants->text().trimmed(); !p.isEmpty())
        a.participants = p.toInt();
    a.brand = m_brand->isChecked();
    a.task = m_task->text().trimmed();
    storage::StorageError error;
    if (!BranchStore(m_db).addActivity(a, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(a.id);
    accept();
}

} // namespace sd::ui
