// The finance summary dialog of the Annual report page (issue 8): the amounts the store holds
// shown (an empty field for a category not entered, never 0), the totals following what is
// typed, a field that is not an amount named and focused with nothing saved, a save writing
// exactly the fields changed (an emptied field removes its amount) in one audit entry, the dues
// cross-check warning shown only while the dues typed differ from the register, and the
// keyboard: Tab down the fields, Enter saves, Esc cancels.

#include "annual/Finance.h"
#include "pages/annualreport/ReportDialogs.h"
#include "SocietyBuilder.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using annual::Finance;
using ui::FinanceDialog;

class TestFinanceDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shows_theStoredAmounts_emptyWhenNotEntered();
    void typing_updatesTheTotals_unreadFieldNotCounted();
    void badAmount_namedAndFocused_nothingSaved();
    void save_writesExactlyTheChanges_emptiedRemoves();
    void save_nothingChanged_writesNothing();
    void duesWarning_shownWhileTheDuesDiffer();
    void keyboard_tabDownTheFields_enterSaves_escCancels();

private:
    /// The dialog over the file as it is now, shown.
    FinanceDialog *open();
    [[nodiscard]] QLineEdit *field(const char *code) const { return m_dialog->field(QLatin1StringView(code)); }
    [[nodiscard]] annual::FinanceSummary stored() const { return Finance(*m_db).summary(kYear); }
    void enter(const QMap<QString, qint64> &cents)
    {
        storage::StorageError error;
        QVERIFY2(Finance(*m_db).set(kYear, cents, &error), qPrintable(error.message));
    }

    static constexpr int kYear = 2025;
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    int m_files = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<FinanceDialog> m_dialog;
};

void TestFinanceDialog::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)).*")));
    m_db = test::createDatabase(m_dir, QStringLiteral("f%1.societydesk").arg(++m_files), &m_clock);
    QVERIFY(m_db);
}

void TestFinanceDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

FinanceDialog *TestFinanceDialog::open()
{
    m_dialog = std::make_unique<FinanceDialog>(*m_db, kYear);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    if (!QTest::qWaitForWindowActive(m_dialog.get()))
        qWarning("the finance dialog was not activated");
    return m_dialog.get();
}

void TestFinanceDialog::shows_theStoredAmounts_emptyWhenNotEntered()
{
    enter({ { QStringLiteral("dues"), 5200000 }, { QStringLiteral("donations"), 123456789 },
        { QStringLiteral("net_assets"), -30050 } });
    open();
    for (const annual::FinanceCategory &c : Finance::categories()) {
        QLineEdit *edit = m_dialog->field(QLatin1StringView(c.code));
        QVERIFY2(edit, c.code);
        QVERIFY(edit->alignment() & Qt::AlignRight);
        // The statement's name is the field's caption; in English the category's own name too.
        const auto captions = m_dialog->findChildren<QLabel *>();
        const bool named = std::any_of(captions.cbegin(), captions.cend(),
            [&](const QLabel *l) { return l->buddy() == edit && l->text() == QString::fromUtf16(c.zh); });
        QVERIFY2(named, c.code);
        const bool own = std::any_of(captions.cbegin(), captions.cend(),
            [&](const QLabel *l) { return l->text() == QLatin1StringView(Finance::labelSource(c)); });
        QVERIFY2(own, c.code);
    }
    QCOMPARE(field("dues")->text(), QStringLiteral("52,000.00"));
    QCOMPARE(field("donations")->text(), QStringLiteral("1,234,567.89"));
    QCOMPARE(field("net_assets")->text(), QStringLiteral("-300.50"));
    // Not entered: empty, saying so — never 0.
    QCOMPARE(field("services")->text(), QString());
    QVERIFY(!field("services")->placeholderText().isEmpty());
    QCOMPARE(m_dialog->incomeTotal()->text(), QStringLiteral("1,286,567.89"));
    QCOMPARE(m_dialog->expenseTotal()->text(), QStringLiteral("—")); // nothing entered: no total
    QCOMPARE(m_dialog->surplus()->text(), QStringLiteral("—"));
    QVERIFY(m_dialog->problem().isEmpty());
    QVERIFY(m_dialog->windowTitle().contains(QString::number(kYear)));
}

void TestFinanceDialog::typing_updatesTheTotals_unreadFieldNotCounted()
{
    open();
    QTest::keyClicks(field("donations"), QStringLiteral("1,000"));
    QCOMPARE(m_dialog->incomeTotal()->text(), QStringLiteral("1,000.00"));
    QCOMPARE(m_dialog->surplus()->text(), QStringLiteral("—"));
    field("dues")->setText(QStringLiteral("５００．５元")); // full-width, as an input method gives it
    QTest::keyClicks(field("program_costs"), QStringLiteral("300"));
    QTest::keyClicks(field("net_assets"), QStringLiteral("99999")); // neither income nor expense
    QCOMPARE(m_dialog->incomeTotal()->text(), QStringLiteral("1,500.50"));
    QCOMPARE(m_dialog->expenseTotal()->text(), QStringLiteral("300.00"));
    QCOMPARE(m_dialog->surplus()->text(), QStringLiteral("1,200.50"));
    QTest::keyClicks(field("administrative"), QStringLiteral("2000"));
    QCOMPARE(m_dialog->surplus()->text(), QStringLiteral("-799.50"));
    // Left, a field shows the amount as read.
    field("dues")->setFocus();
    QTest::keyClick(field("dues"), Qt::Key_Tab);
    QCOMPARE(field("dues")->text(), QStringLiteral("500.50"));
    QCOMPARE(QApplication::focusWidget(), field("services"));

    // A field that is not an amount is said, and left out of the totals.
    auto *unread = m_dialog->findChild<QLabel *>(QStringLiteral("finance.unread"));
    QVERIFY(unread->isHidden());
    QTest::keyClicks(field("services"), QStringLiteral("12a"));
    QTest::keyClick(field("services"), Qt::Key_Tab);
    QCOMPARE(field("services")->text(), QStringLiteral("12a")); // not an amount: left as typed
    QVERIFY(unread->isVisible());
    QVERIFY2(unread->text().contains(QStringLiteral("Services rendered")), qPrintable(unread->text()));
    QCOMPARE(m_dialog->incomeTotal()->text(), QStringLiteral("1,500.50"));
    field("services")->clear();
    QVERIFY(unread->isHidden());
    QVERIFY(stored().cents.isEmpty()); // typing writes nothing
}

void TestFinanceDialog::badAmount_namedAndFocused_nothingSaved()
{
    enter({ { QStringLiteral("dues"), 5200000 } });
    const annual::FinanceSummary before = stored();
    const qint64 audited = m_db->audit().count();
    open();
    QSignalSpy saved(m_dialog.get(), &FinanceDialog::saved);
    field("dues")->setText(QStringLiteral("53000"));         // a valid change …
    field("fundraising")->setText(QStringLiteral("1.234")); // … and a field that is not an amount
    field("donations")->setFocus();
    m_dialog->save();
    QVERIFY2(m_dialog->problem().contains(QStringLiteral("Fundraising expenses")), qPrintable(m_dialog->problem()));
    QVERIFY(m_dialog->problem().contains(QStringLiteral("1.234")));
    QCOMPARE(QApplication::focusWidget(), field("fundraising"));
    QCOMPARE(field("fundraising")->selectedText(), QStringLiteral("1.234"));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(stored(), before); // not even the valid change
    QCOMPARE(m_db->audit().count(), audited);

    // Corrected, it saves.
    field("fundraising")->setText(QStringLiteral("1.23"));
    m_dialog->save();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(stored().amount(QStringLiteral("fundraising")), std::optional<qint64>(123));
    QCOMPARE(stored().amount(QStringLiteral("dues")), std::optional<qint64>(5300000));
}

void TestFinanceDialog::save_writesExactlyTheChanges_emptiedRemoves()
{
    enter({ { QStringLiteral("dues"), 5200000 }, { QStringLiteral("services"), 100000 },
        { QStringLiteral("net_assets"), 30000 } });
    const qint64 audited = m_db->audit().count();
    open();
    QSignalSpy saved(m_dialog.get(), &FinanceDialog::saved);
    field("dues")->setText(QStringLiteral("５３０００元"));
    field("services")->clear(); // removed: not entered any more, not 0
    field("donations")->setText(QStringLiteral("1,234.56"));
    field("program_costs")->setText(QStringLiteral("-0.5")); // a negative amount is an amount
    m_dialog->save();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(stored().cents,
        (QMap<QString, qint64> { { QStringLiteral("dues"), 5300000 }, { QStringLiteral("donations"), 123456 },
            { QStringLiteral("program_costs"), -50 }, { QStringLiteral("net_assets"), 30000 } }));
    QCOMPARE(m_db->audit().count(), audited + 1); // the whole edit in one entry
}

void TestFinanceDialog::save_nothingChanged_writesNothing()
{
    enter({ { QStringLiteral("dues"), 5200000 } });
    const qint64 audited = m_db->audit().count();
    open();
    QSignalSpy saved(m_dialog.get(), &FinanceDialog::saved);
    field("dues")->setText(QStringLiteral("52000")); // the same amount written otherwise
    m_dialog->save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_db->audit().count(), audited);
}

void TestFinanceDialog::duesWarning_shownWhileTheDuesDiffer()
{
    test::SocietyBuilder build(*m_db);
    build.dues(build.member(QStringLiteral("甲"), QDate(2020, 1, 1)).id, kYear); // 100 yuan each
    build.dues(build.member(QStringLiteral("乙"), QDate(2020, 1, 1)).id, kYear);
    build.dues(build.member(QStringLiteral("丙"), QDate(2020, 1, 1)).id, kYear + 1); // another year
    open();
    QCOMPARE(Finance(*m_db).duesCrossCheck(kYear).received, qint64(20000));
    QVERIFY2(m_dialog->duesCheck()->text().contains(QStringLiteral("200.00")), qPrintable(m_dialog->duesCheck()->text()));
    QVERIFY(m_dialog->duesCheck()->text().contains(QStringLiteral("2 payment")));
    QVERIFY(m_dialog->duesWarning()->isHidden()); // nothing entered: nothing to compare

    field("dues")->setText(QStringLiteral("150"));
    QVERIFY(m_dialog->duesWarning()->isVisible());
    QVERIFY2(m_dialog->duesWarning()->text().contains(QStringLiteral("50.00 yuan less")), qPrintable(m_dialog->duesWarning()->text()));
    field("dues")->setText(QStringLiteral("200.01"));
    QVERIFY(m_dialog->duesWarning()->text().contains(QStringLiteral("0.01 yuan more")));
    field("dues")->setText(QStringLiteral("200"));
    QVERIFY(m_dialog->duesWarning()->isHidden());
    field("dues")->setText(QStringLiteral("2oo")); // not an amount: compared with nothing
    QVERIFY(m_dialog->duesWarning()->isHidden());

    // A warning, not a refusal.
    field("dues")->setText(QStringLiteral("150"));
    m_dialog->save();
    QVERIFY(m_dialog->problem().isEmpty());
    QCOMPARE(stored().amount(QStringLiteral("dues")), std::optional<qint64>(15000));
    QVERIFY(Finance(*m_db).duesCrossCheck(kYear).differs());
}

void TestFinanceDialog::keyboard_tabDownTheFields_enterSaves_escCancels()
{
    enter({ { QStringLiteral("dues"), 100 } });
    open();
    QCOMPARE(QApplication::focusWidget(), field("donations")); // the first field
    QStringList order;
    for (int i = 0; i < int(Finance::categories().size()); ++i) {
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit);
        order << edit->objectName().mid(int(qstrlen("finance.")));
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    QStringList statement;
    for (const annual::FinanceCategory &c : Finance::categories())
        statement << QLatin1StringView(c.code);
    QCOMPARE(order, statement);

    // Esc cancels: nothing written.
    field("dues")->setText(QStringLiteral("999"));
    QTest::keyClick(field("dues"), Qt::Key_Escape);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(stored().amount(QStringLiteral("dues")), std::optional<qint64>(100));

    // Enter saves.
    open();
    field("dues")->setFocus();
    field("dues")->setText(QStringLiteral("999"));
    QTest::keyClick(field("dues"), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(stored().amount(QStringLiteral("dues")), std::optional<qint64>(99900));
}

QTEST_MAIN(TestFinanceDialog)
#include "tst_finance_dialog.moc"
