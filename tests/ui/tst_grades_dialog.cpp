// The grades and dues standards dialog: the grade list with member counts, add/rename with
// inline validation, removal refused while members hold a grade, reordering, the default, the
// years × grades table of standards with carried-over amounts, and the Members page around it
// (its grade filter follows, and Record Dues starts from the grade's standard).

#include "common/MessageBox.h"
#include "members/GradeStore.h"
#include "members/MemberStore.h"
#include "pages/members/BatchDialogs.h"
#include "pages/members/GradesDialog.h"
#include "pages/members/MemberFilterBar.h"
#include "pages/members/MembersPage.h"
#include "pages/members/MemberTableModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace sd;
using members::GradeStore;

class TestGradesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void list_showsGradesInOrder_withMemberCountsAndTheDefault();
    void add_validatesInline_thenAddsWithOneAuditEntry();
    void rename_keepsTypedTextWhenRefused();
    void remove_gradeInUse_isRefusedWithTheCount();
    void remove_unusedGrade_removesIt();
    void upDownAndDefault_reorderAndMark();
    void standards_setCarryOverAndClear_byKeyboard();
    void readOnlyFile_showsOnly();
    void page_gradeFilterFollows_andDuesStartFromTheStandard();

private:
    [[nodiscard]] qint64 gradeId(const QString &name) const { return GradeStore(*m_db).gradeIdByName(name).value_or(0); }
    [[nodiscard]] QStringList shownGrades() const;
    void selectGrade(const QString &name) const;
    [[nodiscard]] QDialog *nameDialog() const;
    template <typename T> T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ui::GradesDialog> m_dialog;
};

void TestGradesDialog::init()
{
    m_db = test::createDatabase(m_dir, QStringLiteral("g%1.societydesk").arg(++m_files));
    QVERIFY(m_db);
    members::MemberStore store(*m_db);
    storage::StorageError error;
    // Two fellows and one member.
    const QList<std::pair<QString, QString>> people { { QStringLiteral("王伟"), QStringLiteral("会士") },
        { QStringLiteral("李娜"), QStringLiteral("会士") }, { QStringLiteral("张敏"), QStringLiteral("会员") } };
    for (const auto &[name, grade] : people) {
        Member m;
        m.name = name;
        m.joinDate = QDate(2020, 1, 1);
        m.gradeId = gradeId(grade);
        QVERIFY2(store.addMember(m, &error), qPrintable(error.message));
    }
    m_dialog = std::make_unique<ui::GradesDialog>(*m_db);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestGradesDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

QStringList TestGradesDialog::shownGrades() const
{
    QStringList names;
    for (int row = 0; row < m_dialog->gradeTable()->rowCount(); ++row)
        names << m_dialog->gradeTable()->item(row, 0)->text();
    return names;
}

void TestGradesDialog::selectGrade(const QString &name) const
{
    const qint64 id = gradeId(name);
    for (int row = 0; row < m_dialog->gradeTable()->rowCount(); ++row) {
        if (m_dialog->gradeTable()->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_dialog->gradeTable()->selectRow(row);
    }
}

QDialog *TestGradesDialog::nameDialog() const
{
    QDialog *found = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (found = m_dialog->findChild<QDialog *>(QStringLiteral("grades.nameDialog"))) != nullptr; }, 2000))
        qWarning() << "no name dialog";
    return found;
}

void TestGradesDialog::list_showsGradesInOrder_withMemberCountsAndTheDefault()
{
    QTableWidget *table = m_dialog->gradeTable();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("学生会员"));
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("会员")));
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("default"))); // marked
    QVERIFY(table->item(1, 0)->font().bold());
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(3, 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0"));
    // The standards table has a column per grade.
    QCOMPARE(m_dialog->standardsTable()->columnCount(), 4);
}

void TestGradesDialog::add_validatesInline_thenAddsWithOneAuditEntry()
{
    QSignalSpy changed(m_dialog.get(), &ui::GradesDialog::gradesChanged);
    const qint64 audits = m_db->audit().count();
    child<QPushButton>("grades.add")->click();
    QDialog *dialog = nameDialog();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("grades.name"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("grades.name.problem"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QVERIFY(!problem->isVisibleTo(dialog));
    test::typeText(edit, QStringLiteral("会士"));
    QVERIFY(problem->isVisibleTo(dialog));
    QVERIFY2(problem->text().contains(QStringLiteral("会士")), qPrintable(problem->text()));
    QVERIFY(!ok->isEnabled());
    test::typeText(edit, QString(21, u'会'));
    QVERIFY(problem->text().contains(QStringLiteral("20")));
    QVERIFY(!ok->isEnabled());
    test::typeText(edit, QStringLiteral(" 名誉会员 "));
    QVERIFY(!problem->isVisibleTo(dialog));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->findChild<QDialog *>(QStringLiteral("grades.nameDialog")));

    QCOMPARE(shownGrades().size(), 5);
    QCOMPARE(shownGrades().last(), QStringLiteral("名誉会员"));
    QCOMPARE(m_dialog->gradeTable()->selectedItems().constFirst()->text(), QStringLiteral("名誉会员"));
    QCOMPARE(m_dialog->standardsTable()->columnCount(), 5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_db->audit().count(), audits + 1);
    QCOMPARE(m_db->audit().latest(1).constFirst().entity, QStringLiteral("member_grade"));
}

void TestGradesDialog::rename_keepsTypedTextWhenRefused()
{
    selectGrade(QStringLiteral("会士"));
    child<QPushButton>("grades.rename")->click();
    QDialog *dialog = nameDialog();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("grades.name"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(edit->text(), QStringLiteral("会士"));
    QVERIFY(!ok->isEnabled()); // unchanged
    test::typeText(edit, QStringLiteral("资深会员"));
    QVERIFY(ok->isEnabled());
    // Someone else takes the name meanwhile: the refusal shows under the field, the text stays.
    storage::StorageError error;
    QVERIFY(GradeStore(*m_db).addGrade(QStringLiteral("资深会员"), &error));
    ok->click();
    QVERIFY(m_dialog->findChild<QDialog *>(QStringLiteral("grades.nameDialog")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("grades.name.problem"))->isVisibleTo(dialog));
    QCOMPARE(edit->text(), QStringLiteral("资深会员"));
    test::typeText(edit, QStringLiteral("杰出会员"));
    ok->click();
    QTRY_VERIFY(!m_dialog->findChild<QDialog *>(QStringLiteral("grades.nameDialog")));
    QVERIFY(shownGrades().contains(QStringLiteral("杰出会员")));
    QVERIFY(gradeId(QStringLiteral("杰出会员")) > 0);
}

void TestGradesDialog::remove_gradeInUse_isRefusedWithTheCount()
{
    const qint64 audits = m_db->audit().count();
    selectGrade(QStringLiteral("会士"));
    auto *problem = child<QLabel>("grades.problem");
    QVERIFY(!problem->isVisibleTo(m_dialog.get()));
    child<QPushButton>("grades.remove")->click();
    QVERIFY(problem->isVisibleTo(m_dialog.get()));
    QVERIFY2(problem->text().contains(QStringLiteral("2 member")), qPrintable(problem->text()));
    QCOMPARE(shownGrades().size(), 4);
    // The default grade is refused too.
    selectGrade(QStringLiteral("会员"));
    QVERIFY(!problem->isVisibleTo(m_dialog.get())); // a new choice clears the old reason
    child<QPushButton>("grades.remove")->click();
    QVERIFY(problem->text().contains(QStringLiteral("default")));
    QCOMPARE(m_db->audit().count(), audits);
}

void TestGradesDialog::remove_unusedGrade_removesIt()
{
    storage::StorageError error;
    QVERIFY(GradeStore(*m_db).setStandard(gradeId(QStringLiteral("高级会员")), 2025, 30000, &error));
    m_dialog = std::make_unique<ui::GradesDialog>(*m_db);
    m_dialog->show();
    QSignalSpy changed(m_dialog.get(), &ui::GradesDialog::gradesChanged);
    selectGrade(QStringLiteral("高级会员"));
    ui::MessageBox::setNextAnswer(QMessageBox::No); // it has a standard: asked first
    child<QPushButton>("grades.remove")->click();
    QCOMPARE(shownGrades().size(), 4);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>("grades.remove")->click();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("高级会员")));
    QCOMPARE(shownGrades().size(), 3);
    QVERIFY(!shownGrades().contains(QStringLiteral("高级会员")));
    QCOMPARE(m_dialog->standardsTable()->rowCount(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestGradesDialog::upDownAndDefault_reorderAndMark()
{
    auto *up = child<QPushButton>("grades.up");
    auto *down = child<QPushButton>("grades.down");
    auto *makeDefault = child<QPushButton>("grades.default");
    selectGrade(QStringLiteral("学生会员"));
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    down->click();
    QCOMPARE(shownGrades().at(1), QStringLiteral("学生会员")); // moved and still selected
    QVERIFY(up->isEnabled());
    down->click();
    down->click();
    QCOMPARE(shownGrades().last(), QStringLiteral("学生会员"));
    QVERIFY(!down->isEnabled());
    QCOMPARE(members::MemberStore(*m_db).grades().last().name, QStringLiteral("学生会员"));
    // The standards' columns follow the order.
    QCOMPARE(m_dialog->standardsTable()->horizontalHeaderItem(3)->text(), QStringLiteral("学生会员"));

    QVERIFY(makeDefault->isEnabled());
    makeDefault->click();
    QVERIFY(!makeDefault->isEnabled());
    QCOMPARE(members::MemberStore(*m_db).defaultGradeId(), gradeId(QStringLiteral("学生会员")));
    int bold = 0;
    for (int row = 0; row < m_dialog->gradeTable()->rowCount(); ++row)
        bold += m_dialog->gradeTable()->item(row, 0)->font().bold() ? 1 : 0;
    QCOMPARE(bold, 1);
}

void TestGradesDialog::standards_setCarryOverAndClear_byKeyboard()
{
    auto *year = child<QSpinBox>("standards.year");
    auto *grade = child<QComboBox>("standards.grade");
    auto *amount = child<QLineEdit>("standards.amount");
    auto *set = child<QPushButton>("standards.set");
    auto *clear = child<QPushButton>("standards.remove");
    auto *problem = child<QLabel>("standards.problem.amount");
    QTableWidget *table = m_dialog->standardsTable();
    QSignalSpy changed(m_dialog.get(), &ui::GradesDialog::standardsChanged);

    year->setValue(2023);
    grade->setCurrentIndex(grade->findText(QStringLiteral("会员")));
    QVERIFY(!set->isEnabled()); // no amount yet
    test::typeText(amount, QStringLiteral("2x0"));
    QVERIFY(problem->isVisibleTo(m_dialog.get()));
    QVERIFY(!set->isEnabled());
    test::typeText(amount, QStringLiteral("２００")); // full-width digits from a Chinese IME
    QVERIFY(!problem->isVisibleTo(m_dialog.get()));
    QVERIFY(set->isEnabled());
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible()); // Enter set the standard, it did not close the dialog
    QCOMPARE(GradeStore(*m_db).standardFor(gradeId(QStringLiteral("会员")), 2023), qint64(20000));
    QCOMPARE(changed.count(), 1);

    year->setValue(2025);
    test::typeText(amount, QStringLiteral("250.5"));
    set->click();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2023"));
    const int column = grade->findText(QStringLiteral("会员"));
    QCOMPARE(table->item(0, column)->text(), QStringLiteral("200.00"));
    QCOMPARE(table->item(1, column)->text(), QStringLiteral("250.50"));

    // Rows are the years that have a standard; 会士 has none yet, so its cells are empty.
    const int fellow = grade->findText(QStringLiteral("会士"));
    QVERIFY(table->item(0, fellow)->text().isEmpty());
    year->setValue(2024);
    grade->setCurrentIndex(fellow);
    test::typeText(amount, QStringLiteral("500"));
    set->click();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, column)->text(), QStringLiteral("200.00")); // 会员 in 2024: carried over
    QVERIFY(!table->item(1, column)->toolTip().isEmpty());
    QCOMPARE(table->item(2, fellow)->text(), QStringLiteral("500.00")); // 会士 in 2025: carried over

    // Choosing a cell with the keyboard fills the row; Clear removes that year's own standard.
    table->setFocus();
    table->setCurrentCell(0, column);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(year->value(), 2025);
    QCOMPARE(grade->currentText(), QStringLiteral("会员"));
    QCOMPARE(amount->text(), QStringLiteral("250.50"));
    QVERIFY(clear->isEnabled());
    const qint64 audits = m_db->audit().count();
    clear->click();
    QCOMPARE(m_db->audit().count(), audits + 1);
    QCOMPARE(GradeStore(*m_db).standardFor(gradeId(QStringLiteral("会员")), 2025), qint64(20000));
    QCOMPARE(table->rowCount(), 2); // 2025 has no standard left
    QVERIFY(!clear->isEnabled());
}

void TestGradesDialog::readOnlyFile_showsOnly()
{
    const QString path = m_db->path();
    m_dialog.reset();
    m_db.reset();
    QVERIFY(test::makeTooNew(path));
    storage::Database::Options options;
    storage::StorageError error;
    m_db = storage::Database::open(path, options, &error);
    QVERIFY(m_db);
    QVERIFY(m_db->isReadOnly());
    m_dialog = std::make_unique<ui::GradesDialog>(*m_db);
    m_dialog->show();
    QCOMPARE(shownGrades().size(), 4);
    QVERIFY(child<QLabel>("grades.readOnly")->isVisibleTo(m_dialog.get()));
    for (const char *name : { "grades.add", "grades.rename", "grades.remove", "grades.up", "grades.down",
             "grades.default", "standards.set", "standards.remove" })
        QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
}

void TestGradesDialog::page_gradeFilterFollows_andDuesStartFromTheStandard()
{
    m_dialog.reset();
    storage::StorageError error;
    GradeStore grades(*m_db);
    const qint64 fellow = gradeId(QStringLiteral("会士"));
    const int thisYear = m_db->clock().today().year();
    QVERIFY(grades.setStandard(fellow, 2020, 80000, &error));
    QVERIFY(grades.setStandard(fellow, thisYear - 1, 100000, &error));

    ui::MembersPage page;
    page.resize(1200, 700);
    page.setDatabase(m_db.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *filter = page.findChild<QComboBox *>(QStringLiteral("members.filter.grade"));
    filter->setCurrentIndex(filter->findData(fellow));
    QTRY_VERIFY(!page.model()->isLoading() && page.model()->idsLoaded() && page.model()->rowCount() == 2);

    // Both selected members are fellows: the amount starts as this year's standard (carried over).
    page.view()->selectAll();
    page.action(ui::MembersPage::Action::Dues)->trigger();
    ui::DuesDialog *dues = nullptr;
    QTRY_VERIFY((dues = page.findChild<ui::DuesDialog *>()) != nullptr);
    auto *amount = dues->findChild<QLineEdit *>(QStringLiteral("batch.amount"));
    auto *year = dues->findChild<QSpinBox *>(QStringLiteral("batch.year"));
    QCOMPARE(amount->text(), QStringLiteral("1000.00"));
    year->setValue(2021);
    QCOMPARE(amount->text(), QStringLiteral("800.00"));
    year->setValue(2019);
    QVERIFY(amount->text().isEmpty()); // no standard yet
    year->setValue(2020);
    test::typeText(amount, QStringLiteral("750")); // the user's own amount stays
    year->setValue(thisYear);
    QCOMPARE(amount->text(), QStringLiteral("750"));
    dues->reject();
    QTRY_VERIFY(!page.findChild<ui::DuesDialog *>());

    // The grades dialog opens from the page; a rename shows in the filter at once.
    QVERIFY(page.action(ui::MembersPage::Action::Grades)->isEnabled());
    page.action(ui::MembersPage::Action::Grades)->trigger();
    ui::GradesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<ui::GradesDialog *>()) != nullptr);
    QVERIFY(GradeStore(*m_db).renameGrade(fellow, QStringLiteral("院士会员"), &error)); // as the dialog would
    emit dialog->gradesChanged();
    QCOMPARE(filter->currentText(), QStringLiteral("院士会员"));
    QCOMPARE(filter->currentData().toLongLong(), fellow);

    // Removing the grade the filter shows falls back to any grade.
    filter->setCurrentIndex(filter->findText(QStringLiteral("学生会员")));
    QVERIFY(GradeStore(*m_db).removeGrade(gradeId(QStringLiteral("学生会员")), &error));
    emit dialog->gradesChanged();
    QCOMPARE(filter->currentData().toLongLong(), qint64(0));
    QCOMPARE(filter->findText(QStringLiteral("学生会员")), -1);
    QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() == 3);
    dialog->reject();
}

QTEST_MAIN(TestGradesDialog)
#include "tst_grades_dialog.moc"
