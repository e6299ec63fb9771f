#include "pages/members/GradesDialog.h"

#include "common/MessageBox.h"
#include "pages/members/BatchDialogs.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

using members::DuesStandard;
using members::GradeInfo;
using members::GradeStore;

namespace {

constexpr int kGradeIdRole = Qt::UserRole;
constexpr int kOwnRole = Qt::UserRole + 1; ///< the cell holds the year's own standard

QLabel *problemLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

QString yuan(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

void setProblem(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

GradesDialog::GradesDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_store(db)
    , m_gradeBox(new QGroupBox(this))
    , m_grades(new QTableWidget(this))
    , m_gradeProblem(problemLabel(this, "grades.problem"))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_default(new QPushButton(this))
    , m_standardBox(new QGroupBox(this))
    , m_standards(new QTableWidget(this))
    , m_standardHint(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_gradeLabel(new QLabel(this))
    , m_grade(new QComboBox(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_amountProblem(problemLabel(this, "standards.problem.amount"))
    , m_set(new QPushButton(this))
    , m_unset(new QPushButton(this))
    , m_readOnly(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("members.gradesDialog"));
    m_grades->setObjectName(QStringLiteral("grades.table"));
    m_add->setObjectName(QStringLiteral("grades.add"));
    m_rename->setObjectName(QStringLiteral("grades.rename"));
    m_remove->setObjectName(QStringLiteral("grades.remove"));
    m_up->setObjectName(QStringLiteral("grades.up"));
    m_down->setObjectName(QStringLiteral("grades.down"));
    m_default->setObjectName(QStringLiteral("grades.default"));
    m_standards->setObjectName(QStringLiteral("standards.table"));
    m_year->setObjectName(QStringLiteral("standards.year"));
    m_grade->setObjectName(QStringLiteral("standards.grade"));
    m_amount->setObjectName(QStringLiteral("standards.amount"));
    m_set->setObjectName(QStringLiteral("standards.set"));
    m_unset->setObjectName(QStringLiteral("standards.remove"));
    m_readOnly->setObjectName(QStringLiteral("grades.readOnly"));

    // The grade list: name and member count, one row selected at a time.
    for (QTableWidget *table : { m_grades, m_standards }) {
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setTabKeyNavigation(false);
        table->setWordWrap(false);
        table->setCornerButtonEnabled(false);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
        table->horizontalHeader()->setHighlightSections(false);
    }
    m_grades->setColumnCount(2);
    m_grades->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grades->verticalHeader()->hide();
    m_grades->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_grades->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_standards->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_standards->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_standards->horizontalHeader()->setMinimumSectionSize(80);

    m_standardHint->setWordWrap(true);
    m_readOnly->setWordWrap(true);
    m_year->setRange(GradeStore::kFirstYear, GradeStore::kLastYear);
    m_year->setValue(db.clock().today().year());
    m_amount->setMaxLength(15);
    m_yearLabel->setBuddy(m_year);
    m_gradeLabel->setBuddy(m_grade);
    m_amountLabel->setBuddy(m_amount);

    auto *gradeButtons = new QGridLayout;
    gradeButtons->setSpacing(6);
    gradeButtons->addWidget(m_add, 0, 0);
    gradeButtons->addWidget(m_rename, 0, 1);
    gradeButtons->addWidget(m_remove, 0, 2);
    gradeButtons->addWidget(m_up, 1, 0);
    gradeButtons->addWidget(m_down, 1, 1);
    gradeButtons->addWidget(m_default, 1, 2);
    auto *gradeLayout = new QVBoxLayout(m_gradeBox);
    gradeLayout->addWidget(m_grades, 1);
    gradeLayout->addWidget(m_gradeProblem);
    gradeLayout->addLayout(gradeButtons);

    auto *edit = new QGridLayout;
    edit->setHorizontalSpacing(8);
    edit->setVerticalSpacing(2);
    edit->addWidget(m_yearLabel, 0, 0);
    edit->addWidget(m_gradeLabel, 0, 1);
    edit->addWidget(m_amountLabel, 0, 2);
    edit->addWidget(m_year, 1, 0);
    edit->addWidget(m_grade, 1, 1);
    edit->addWidget(m_amount, 1, 2);
    edit->addWidget(m_set, 1, 3);
    edit->addWidget(m_unset, 1, 4);
    edit->addWidget(m_amountProblem, 2, 0, 1, 5);
    edit->setColumnStretch(1, 1);
    edit->setColumnStretch(2, 1);
    auto *standardLayout = new QVBoxLayout(m_standardBox);
    standardLayout->addWidget(m_standards, 1);
    standardLayout->addWidget(m_standardHint);
    standardLayout->addLayout(edit);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(m_gradeBox, 2);
    columns->addWidget(m_standardBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addWidget(m_readOnly);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &GradesDialog::addGrade);
    connect(m_rename, &QPushButton::clicked, this, &GradesDialog::renameGrade);
    connect(m_remove, &QPushButton::clicked, this, &GradesDialog::removeGrade);
    connect(m_up, &QPushButton::clicked, this, [this] { moveGrade(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveGrade(+1); });
    connect(m_default, &QPushButton::clicked, this, &GradesDialog::setDefaultGrade);
    connect(m_grades, &QTableWidget::itemSelectionChanged, this, [this] {
        showGradeProblem({});
        updateButtons();
    });
    connect(m_grades, &QTableWidget::cellDoubleClicked, this, &GradesDialog::renameGrade);
    connect(m_standards, &QTableWidget::currentCellChanged, this, [this](int row, int column) { pickCell(row, column); });
    connect(m_year, &QSpinBox::valueChanged, this, &GradesDialog::revalidateStandard);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &GradesDialog::revalidateStandard);
    connect(m_amount, &QLineEdit::textChanged, this, &GradesDialog::revalidateStandard);
    connect(m_amount, &QLineEdit::returnPressed, this, &GradesDialog::setStandard);
    connect(m_set, &QPushButton::clicked, this, &GradesDialog::setStandard);
    connect(m_unset, &QPushButton::clicked, this, &GradesDialog::removeStandard);
    // No default button: Enter in the amount sets the standard and must not close the dialog
    // (Esc and the Close button do).
    for (QPushButton *button : { m_add, m_rename, m_remove, m_up, m_down, m_default, m_set, m_unset,
             m_buttons->button(QDialogButtonBox::Close) })
        button->setAutoDefault(false);

    retranslateUi();
    reloadGrades();
    resize(920, 540);
}

bool GradesDialog::writable() const
{
    return !m_db.isReadOnly();
}

qint64 GradesDialog::currentGradeId() const
{
    const QList<QTableWidgetItem *> selected = m_grades->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(kGradeIdRole).toLongLong();
}

qint64 GradesDialog::editedGradeId() const
{
    return m_grade->currentData().toLongLong();
}

void GradesDialog::showGradeProblem(const QString &message)
{
    setProblem(m_gradeProblem, message);
}

void GradesDialog::reloadGrades(qint64 select)
{
    if (select == 0)
        select = currentGradeId();
    m_gradeList = m_store.grades();
    {
        const QSignalBlocker block(m_grades);
        m_grades->clearContents();
        m_grades->setRowCount(static_cast<int>(m_gradeList.size()));
        const QLocale locale;
        for (int row = 0; row < m_gradeList.size(); ++row) {
            const GradeInfo &g = m_gradeList.at(row);
            auto *name = readOnlyItem(g.isDefault ? tr("%1 (default)").arg(g.name) : g.name);
            name->setData(kGradeIdRole, g.id);
            if (g.isDefault) {
                QFont font = name->font();
                font.setBold(true);
                name->setFont(font);
                name->setToolTip(tr("New members get this grade."));
            }
            auto *count = readOnlyItem(locale.toString(g.members));
            count->setData(kGradeIdRole, g.id);
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grades->setItem(row, 0, name);
            m_grades->setItem(row, 1, count);
            if (g.id == select)
                m_grades->selectRow(row);
        }
    }
    if (m_grades->selectedItems().isEmpty() && !m_gradeList.isEmpty())
        m_grades->selectRow(0); // not blocked: the buttons follow
    if (!m_gradeList.isEmpty() && m_grades->currentRow() >= 0)
        m_grades->setCurrentCell(m_grades->currentRow(), 0, QItemSelectionModel::NoUpdate);

    // The grade chooser of the standards follows the list.
    {
        const qint64 chosen = editedGradeId();
        const QSignalBlocker block(m_grade);
        m_grade->clear();
        for (const GradeInfo &g : std::as_const(m_gradeList)) {
            m_grade->addItem(g.name, g.id);
            if (g.id == chosen)
                m_grade->setCurrentIndex(m_grade->count() - 1);
        }
    }
    reloadStandards();
    updateButtons();
}

void GradesDialog::reloadStandards()
{
    m_standardList = m_store.standards();
    QList<int> years;
    for (const DuesStandard &s : std::as_const(m_standardList)) {
        if (!years.contains(s.year))
            years.append(s.year);
    }
    std::sort(years.begin(), years.end());

    const int currentRow = m_standards->currentRow();
    const int currentColumn = m_standards->currentColumn();
    const QSignalBlocker block(m_standards);
    m_standards->clear();
    m_standards->setColumnCount(static_cast<int>(m_gradeList.size()));
    m_standards->setRowCount(static_cast<int>(years.size()));
    QStringList headers;
    for (const GradeInfo &g : std::as_const(m_gradeList))
        headers << g.name;
    m_standards->setHorizontalHeaderLabels(headers);
    QStringList yearLabels;
    for (int year : std::as_const(years))
        yearLabels << QString::number(year);
    m_standards->setVerticalHeaderLabels(yearLabels);

    for (int column = 0; column < m_gradeList.size(); ++column) {
        const qint64 gradeId = m_gradeList.at(column).id;
        std::optional<DuesStandard> carried;
        for (int row = 0; row < years.size(); ++row) {
            const auto own = std::find_if(m_standardList.cbegin(), m_standardList.cend(),
                [&](const DuesStandard &s) { return s.gradeId == gradeId && s.year == years.at(row); });
            QTableWidgetItem *item = nullptr;
            if (own != m_standardList.cend()) {
                item = readOnlyItem(yuan(own->amountCents));
                item->setData(kOwnRole, true);
                carried = *own;
            } else if (carried) {
                item = readOnlyItem(yuan(carried->amountCents));
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Carried over from %1").arg(carried->year));
                item->setData(kOwnRole, false);
            } else {
                item = readOnlyItem(QString());
                item->setData(kOwnRole, false);
            }
            item->setData(kGradeIdRole, gradeId);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_standards->setItem(row, column, item);
        }
    }
    if (currentRow >= 0 && currentRow < m_standards->rowCount() && currentColumn >= 0
        && currentColumn < m_standards->columnCount())
        m_standards->setCurrentCell(currentRow, currentColumn);
    revalidateStandard();
}

void GradesDialog::updateButtons()
{
    const bool canWrite = writable();
    const qint64 id = currentGradeId();
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_gradeList.size(); ++i) {
        if (m_gradeList.at(i).id == id)
            at = i;
    }
    const bool chosen = at >= 0;
    m_add->setEnabled(canWrite);
    m_rename->setEnabled(canWrite && chosen);
    m_remove->setEnabled(canWrite && chosen);
    m_up->setEnabled(canWrite && chosen && at > 0);
    m_down->setEnabled(canWrite && chosen && at + 1 < m_gradeList.size());
    m_default->setEnabled(canWrite && chosen && !m_gradeList.at(at).isDefault);
    revalidateStandard();
}

// ---- Grades -----------------------------------------------------------------------------------

void GradesDialog::askName(const QString &title, const QString &initial, qint64 exceptId,
    const std::function<QString(const QString &)> &commit)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("grades.nameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *label = new QLabel(tr("&Name:"), dialog);
    auto *edit = new QLineEdit(initial, dialog);
    edit->setObjectName(QStringLiteral("grades.name"));
    edit->setMaxLength(GradeStore::kMaxNameLength + 10); // a few over, so the message can say so
    edit->selectAll();
    label->setBuddy(edit);
    QLabel *problem = problemLabel(dialog, "grades.name.problem");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(edit, 1);
    layout->addLayout(row);
    layout->addWidget(problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(400);

    const auto revalidate = [this, edit, problem, ok, exceptId, initial] {
        const QString trimmed = edit->text().trimmed();
        // Unchanged or still empty: nothing to say yet, nothing to do.
        const QString message = trimmed.isEmpty() || trimmed == initial.trimmed() ? QString()
                                                                                  : m_store.nameProblem(trimmed, exceptId);
        setProblem(problem, message);
        ok->setEnabled(message.isEmpty() && !trimmed.isEmpty() && trimmed != initial.trimmed());
    };
    connect(edit, &QLineEdit::textChanged, dialog, revalidate);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, edit, problem, ok, commit] {
        if (!ok->isEnabled())
            return;
        // A refused change keeps the dialog and what was typed, with the reason under it.
        const QString message = commit(edit->text());
        setProblem(problem, message);
        if (message.isEmpty())
            dialog->accept();
    });
    revalidate();
    dialog->open();
}

void GradesDialog::addGrade()
{
    if (!writable())
        return;
    askName(tr("Add Grade"), QString(), 0, [this](const QString &name) {
        storage::StorageError error;
        const std::optional<qint64> id = m_store.addGrade(name, &error);
        if (!id)
            return error.message;
        reloadGrades(*id);
        emit gradesChanged();
        return QString();
    });
}

void GradesDialog::renameGrade()
{
    const qint64 id = currentGradeId();
    if (!writable() || id == 0)
        return;
    const auto g = std::find_if(m_gradeList.cbegin(), m_gradeList.cend(), [id](const GradeInfo &i) { return i.id == id; });
    if (g == m_gradeList.cend())
        return;
    askName(tr("Rename Grade"), g->name, id, [this, id](const QString &name) {
        storage::StorageError error;
        if (!m_store.renameGrade(id, name, &error))
            return error.message;
        reloadGrades(id);
        emit gradesChanged();
        return QString();
    });
}

void GradesDialog::removeGrade()
{
    const qint64 id = currentGradeId();
    if (!writable() || id == 0)
        return;
    if (const QString problem = m_store.removeProblem(id); !problem.isEmpty()) {
        showGradeProblem(problem);
        return;
    }
    const auto g = std::find_if(m_gradeList.cbegin(), m_gradeList.cend(), [id](const GradeInfo &i) { return i.id == id; });
    const auto standards = std::count_if(m_standardList.cbegin(), m_standardList.cend(),
        [id](const DuesStandard &s) { return s.gradeId == id; });
    if (standards > 0 && g != m_gradeList.cend()
        && MessageBox::question(this, tr("Remove Grade"),
               tr("Remove the grade \"%1\" and its %n dues standard(s)?", nullptr, static_cast<int>(standards)).arg(g->name))
            != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!m_store.removeGrade(id, &error)) {
        showGradeProblem(error.message);
        return;
    }
    reloadGrades();
    emit gradesChanged();
    if (standards > 0)
        emit standardsChanged();
}

void GradesDialog::moveGrade(int step)
{
    const qint64 id = currentGradeId();
    if (!writable() || id == 0)
        return;
    storage::StorageError error;
    const bool ok = step < 0 ? m_store.moveGradeUp(id, &error) : m_store.moveGradeDown(id, &error);
    if (!ok) {
        showGradeProblem(error.message);
        return;
    }
    reloadGrades(id);
    // The button may have become disabled at the end; keep the keyboard in the list then.
    if (!m_up->isEnabled() || !m_down->isEnabled())
        m_grades->setFocus();
    emit gradesChanged();
}

void GradesDialog::setDefaultGrade()
{
    const qint64 id = currentGradeId();
    if (!writable() || id == 0)
        return;
    storage::StorageError error;
    if (!m_store.setDefaultGrade(id, &error)) {
        showGradeProblem(error.message);
        return;
    }
    reloadGrades(id);
    m_grades->setFocus();
    emit gradesChanged();
}

// ---- Dues standards ---------------------------------------------------------------------------

void GradesDialog::pickCell(int row, int column)
{
    const QTableWidgetItem *item = m_standards->item(row, column);
    if (!item)
        return;
    m_year->setValue(m_standards->verticalHeaderItem(row)->text().toInt());
    const int index = m_grade->findData(item->data(kGradeIdRole));
    if (index >= 0)
        m_grade->setCurrentIndex(index);
    // A carried-over amount is a suggestion for the year's own standard.
    m_amount->setText(item->text());
    revalidateStandard();
}

void GradesDialog::revalidateStandard()
{
    const QString text = m_amount->text().trimmed();
    QString problem;
    std::optional<qint64> cents;
    if (!text.isEmpty()) {
        cents = DuesDialog::parseYuan(text);
        if (!cents)
            problem = tr("\"%1\" is not an amount in yuan; write it like 200 or 200.50.").arg(text);
        else
            problem = GradeStore::amountProblem(*cents);
    }
    setProblem(m_amountProblem, problem);
    const qint64 gradeId = editedGradeId();
    const int year = m_year->value();
    const bool own = std::any_of(m_standardList.cbegin(), m_standardList.cend(),
        [&](const DuesStandard &s) { return s.gradeId == gradeId && s.year == year; });
    m_set->setEnabled(writable() && gradeId > 0 && cents && problem.isEmpty());
    m_unset->setEnabled(writable() && own);
}

void GradesDialog::setStandard()
{
    if (!m_set->isEnabled())
        return;
    const std::optional<qint64> cents = DuesDialog::parseYuan(m_amount->text());
    storage::StorageError error;
    if (!cents || !m_store.setStandard(editedGradeId(), m_year->value(), *cents, &error)) {
        setProblem(m_amountProblem, error.message);
        return;
    }
    reloadStandards();
    // Show the cell just set.
    for (int row = 0; row < m_standards->rowCount(); ++row) {
        if (m_standards->verticalHeaderItem(row)->text().toInt() != m_year->value())
            continue;
        const int column = m_grade->currentIndex();
        const QSignalBlocker block(m_standards);
        m_standards->setCurrentCell(row, column);
        m_standards->scrollToItem(m_standards->item(row, column));
    }
    emit standardsChanged();
}

void GradesDialog::removeStandard()
{
    if (!m_unset->isEnabled())
        return;
    storage::StorageError error;
    if (!m_store.removeStandard(editedGradeId(), m_year->value(), &error)) {
        setProblem(m_amountProblem, error.message);
        return;
    }
    reloadStandards();
    emit standardsChanged();
}

// ---- Language ---------------------------------------------------------------------------------

void GradesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reloadGrades();
    }
    QDialog::changeEvent(event);
}

void GradesDialog::retranslateUi()
{
    setWindowTitle(tr("Grades and Dues Standards"));
    m_gradeBox->setTitle(tr("Member grades"));
    m_grades->setHorizontalHeaderLabels({ tr("Grade"), tr("Members") });
    m_add->setText(tr("&Add…"));
    m_rename->setText(tr("Re&name…"));
    m_remove->setText(tr("Remo&ve"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_default->setText(tr("Set as De&fault"));
    m_default->setToolTip(tr("New members get the default grade."));
    m_remove->setToolTip(tr("Only a grade that no member holds and that is not the default can be removed."));
    m_standardBox->setTitle(tr("Dues standards (yuan per member per year)"));
    m_standardHint->setText(tr("A standard stays in force in later years until it is changed; carried-over amounts "
                               "are grey. Choose a cell to change it."));
    m_yearLabel->setText(tr("&Year:"));
    m_gradeLabel->setText(tr("&Grade:"));
    m_amountLabel->setText(tr("A&mount (yuan):"));
    m_amount->setPlaceholderText(tr("e.g. 200.00"));
    m_set->setText(tr("&Set"));
    m_set->setToolTip(tr("Set the standard of this grade and year (Enter)"));
    m_unset->setText(tr("&Clear"));
    m_unset->setToolTip(tr("Remove the standard of this grade and year"));
    m_readOnly->setText(writable() ? QString() : tr("The society file is read-only: %1").arg(m_db.readOnlyReason()));
    m_readOnly->setVisible(!writable());
}

} // namespace sd::ui
