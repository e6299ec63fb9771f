// The Annual report page in the main window over a society file: a draft created with the
// generated parts computed in a worker; a narrative saved after the typing pause and at once on
// a switch of section; the workflow buttons enabled per status and a refused step showing the
// store's message with nothing changed; publication locking the editor and a correction saved
// only with a note; a version saved (Ctrl+S) and compared with the working copy, the changed
// section and its diff; a restore (a draft only); the export to PDF in a worker (the section
// title and the narrative in pdftotext), a name of another kind refused, a cancelled export
// leaving nothing; the banner that says the records changed since the snapshot, also after the
// finance summary is entered from the finances section (a published report too); and what was
// typed written before the file closes.

#include "annual/AnnualReportStore.h"
#include "annual/Finance.h"
#include "common/DocumentView.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/RichTextEditor.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "pages/annualreport/AnnualReportPage.h"
#include "pages/annualreport/CompareDialog.h"
#include "pages/annualreport/ReportDialogs.h"
#include "pages/annualreport/SectionPanel.h"
#include "pages/annualreport/VersionsPanel.h"
#include "reports/AnnualReportDocument.h"
#include "session/Session.h"
#include "SocietyBuilder.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>

using namespace sd;
using annual::AnnualReportStore;
using annual::ReportStatus;
using ui::AnnualReportPage;
using ui::MainWindow;

class TestAnnualReportPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noReport_createDraft_takesTheFiguresInAWorker();
    void narrative_savedAfterThePause_andAtOnceOnSwitch();
    void workflow_buttonsFollowTheStatus_refusalShowsStoreMessage();
    void published_locksEditor_correctionNeedsNote();
    void saveVersion_thenCompare_showsChangedSection();
    void restore_draftOnly_confirmed();
    void export_pdfWritten_badSuffixRefused_cancelWritesNothing();
    void recordsChanged_bannerShown_refreshTakesThemAgain();
    void financeSummary_onTheFinancesSection_savedShowsTheBanner();
    void keyboard_arrowsMoveSections_ctrlSSavesVersion();
    void closed_showsEmptyState();

private:
    [[nodiscard]] AnnualReportPage *page() const
    {
        return static_cast<AnnualReportPage *>(m_window->page(MainWindow::AnnualReport));
    }
    [[nodiscard]] storage::Database &db() const { return *m_window->session().database(); }
    [[nodiscard]] AnnualReportStore store() const { return AnnualReportStore(db()); }
    [[nodiscard]] QTextEdit *editor() const { return page()->sectionPanel()->narrativeEditor()->editor(); }
    /// Shows the page and waits for its computation of the figures.
    bool showAndWait();
    bool waitForComputation();
    /// Creates the year's draft through the page.
    bool createDraft();
    /// Types `text` at the end of the narrative shown, as an input method commits it.
    void type(const QString &text);
    /// The visible dialog of type D (null when none).
    template<class D>
    D *dialog() const
    {
        const auto dialogs = m_window->findChildren<D *>();
        for (D *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }
    /// Every narrative written, through the store.
    void writeAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_year = 0;
};

void TestAnnualReportPage::init()
{
    // Any warning fails, but the offscreen platform's note that it cannot resize a window to fit.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = test::makeSociety(*m_dir, QStringLiteral("hubei.societydesk"));
    QVERIFY(!m_path.isEmpty());
    m_year = QDate::currentDate().year(); // the session's file runs on the system clock
    {
        storage::StorageError error;
        auto file = storage::Database::open(m_path, storage::Database::Options(), &error);
        QVERIFY2(file, qPrintable(error.message));
        test::SocietyBuilder build(*file);
        build.member(QStringLiteral("张三"), QDate(2020, 3, 1));
    }
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    storage::StorageError error;
    QVERIFY2(m_window->session().open(m_path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(m_window->session()));
}

void TestAnnualReportPage::cleanup()
{
    m_window.reset();
    m_preferences.reset();
    m_dir.reset();
}

bool TestAnnualReportPage::waitForComputation()
{
    return QTest::qWaitFor([this] { return !page()->isComputing(); }, 20000);
}

bool TestAnnualReportPage::showAndWait()
{
    m_window->showPage(MainWindow::AnnualReport);
    return waitForComputation();
}

bool TestAnnualReportPage::createDraft()
{
    if (!showAndWait())
        return false;
    page()->createButton()->click();
    return waitForComputation() && store().report(m_year).has_value();
}

void TestAnnualReportPage::type(const QString &text)
{
    editor()->setFocus();
    editor()->moveCursor(QTextCursor::End);
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(editor(), &event);
}

void TestAnnualReportPage::writeAll()
{
    QMap<QString, QString> narratives;
    for (const QString &code : AnnualReportStore::sectionCodes())
        narratives.insert(code, QStringLiteral("<p>本年度%1工作稳步推进。</p>").arg(code));
    storage::StorageError error;
    QVERIFY2(store().setNarratives(m_year, narratives, &error), qPrintable(error.message));
}

void TestAnnualReportPage::noReport_createDraft_takesTheFiguresInAWorker()
{
    QCOMPARE(page()->computationCount(), 0); // nothing is computed while the page is hidden
    QVERIFY(showAndWait());
    QCOMPARE(page()->computationCount(), 1);
    QCOMPARE(page()->year(), m_year);
    // The years offered: the current and the previous one.
    QCOMPARE(page()->yearCombo()->count(), 2);
    QCOMPARE(page()->yearCombo()->itemData(0).toInt(), m_year);
    QCOMPARE(page()->yearCombo()->itemData(1).toInt(), m_year - 1);

    // No report: Create Draft, no workflow, a read-only editor saying why.
    QVERIFY(!page()->report());
    QVERIFY(page()->createButton()->isVisible());
    QVERIFY(page()->createButton()->isEnabled());
    QVERIFY(!page()->submitButton()->isVisible());
    QVERIFY(!page()->publishButton()->isVisible());
    QVERIFY(editor()->isReadOnly());
    QVERIFY(!page()->sectionPanel()->editorNote()->text().isEmpty());
    QVERIFY(page()->exportButton()->isEnabled());
    QCOMPARE(page()->sectionList()->count(), 5);
    QCOMPARE(page()->sectionList()->currentRow(), 0);

    page()->createButton()->click();
    QVERIFY(page()->isComputing()); // in a worker: the window goes on
    QVERIFY(!page()->createButton()->isEnabled());
    QVERIFY(waitForComputation());
    QCOMPARE(page()->computationCount(), 2);
    const std::optional<annual::AnnualReport> report = store().report(m_year);
    QVERIFY(report);
    QCOMPARE(report->status, ReportStatus::Draft);
    QCOMPARE(report->content.figures, reports::annualFiguresSnapshot(db(), m_year));
    QVERIFY(report->figuresTakenAt.isValid());

    QVERIFY(page()->report());
    QVERIFY(!page()->createButton()->isVisible());
    QVERIFY(page()->submitButton()->isVisible());
    QVERIFY(page()->submitButton()->isEnabled());
    QVERIFY(!page()->approveButton()->isEnabled());
    QVERIFY(!editor()->isReadOnly());
    QCOMPARE(page()->statusBadge()->text(), AnnualReportStore::statusName(ReportStatus::Draft));
    QVERIFY(page()->yearCombo()->currentText().contains(AnnualReportStore::statusName(ReportStatus::Draft)));
    QVERIFY(!page()->recordsChanged());
    QVERIFY(page()->sectionPanel()->recordsBanner()->isHidden());
    // A second draft of the same year is not offered.
    QVERIFY(!page()->createButton()->isVisible());
}

void TestAnnualReportPage::narrative_savedAfterThePause_andAtOnceOnSwitch()
{
    QVERIFY(createDraft());
    QCOMPARE(page()->currentSection(), QStringLiteral("development"));
    QVERIFY(!page()->sectionList()->item(0)->data(AnnualReportPage::WrittenRole).toBool());
    const int previews = page()->previewView()->shownCount();

    type(QStringLiteral("学会全年发展会员一百二十人。"));
    // Not at once: after the pause.
    QVERIFY(AnnualReportStore::isBlank(store().report(m_year)->content.narrative(QStringLiteral("development"))));
    QTRY_VERIFY_WITH_TIMEOUT(AnnualReportStore::plainText(store().report(m_year)->content.narrative(QStringLiteral("development")))
                                 .contains(QStringLiteral("学会全年发展会员一百二十人。")),
        5000);
    QVERIFY(page()->sectionList()->item(0)->data(AnnualReportPage::WrittenRole).toBool());
    // The preview follows the edit.
    QTRY_VERIFY(page()->previewView()->shownCount() > previews);
    QTRY_VERIFY(page()->previewView()->document()->toPlainText().contains(QStringLiteral("学会全年发展会员一百二十人。")));

    // Another section: what was typed is saved at the switch, without waiting.
    page()->selectSection(QStringLiteral("governance"));
    type(QStringLiteral("理事会按期换届。"));
    page()->selectSection(QStringLiteral("finances"));
    QVERIFY(AnnualReportStore::plainText(store().report(m_year)->content.narrative(QStringLiteral("governance")))
                .contains(QStringLiteral("理事会按期换届。")));
    QVERIFY(editor()->toPlainText().isEmpty());
    page()->selectSection(QStringLiteral("governance"));
    QCOMPARE(editor()->toPlainText(), QStringLiteral("理事会按期换届。"));

    // Bold from the bar is kept in the rich text.
    editor()->selectAll();
    page()->sectionPanel()->narrativeEditor()->formatButton(ui::RichTextEditor::Bold)->click();
    page()->selectSection(QStringLiteral("development"));
    QVERIFY(store().report(m_year)->content.narrative(QStringLiteral("governance")).contains(QStringLiteral("font-weight")));

    // A switch of year saves too.
    type(QStringLiteral("又及。"));
    page()->setYear(m_year - 1);
    QVERIFY(AnnualReportStore::plainText(store().report(m_year)->content.narrative(QStringLiteral("development")))
                .contains(QStringLiteral("又及。")));
    QVERIFY(!page()->report());
    QVERIFY(waitForComputation());
}

void TestAnnualReportPage::workflow_buttonsFollowTheStatus_refusalShowsStoreMessage()
{
    QVERIFY(createDraft());
    // Review needs every section written: the store refuses, the page says why, nothing changes.
    storage::StorageError expected;
    QVERIFY(!store().setStatus(m_year, ReportStatus::Review, {}, &expected));
    const qint64 audit = db().audit().count();
    page()->submitButton()->click();
    QCOMPARE(page()->message(), expected.message);
    QCOMPARE(store().report(m_year)->status, ReportStatus::Draft);
    QCOMPARE(db().audit().count(), audit);

    writeAll();
    page()->submitButton()->click();
    QCOMPARE(store().report(m_year)->status, ReportStatus::Review);
    QVERIFY(!page()->submitButton()->isEnabled());
    QVERIFY(page()->approveButton()->isEnabled());
    QVERIFY(!page()->publishButton()->isEnabled());
    QVERIFY(page()->returnButton()->isEnabled());
    QVERIFY(!page()->correctButton()->isEnabled());
    QVERIFY(editor()->isReadOnly());
    QVERIFY(page()->sectionPanel()->editorNote()->text().contains(AnnualReportStore::statusName(ReportStatus::Review)));
    QVERIFY(!page()->sectionPanel()->refreshButton()->isEnabled());
    QCOMPARE(page()->statusBadge()->text(), AnnualReportStore::statusName(ReportStatus::Review));
    for (int row = 0; row < 5; ++row)
        QVERIFY(page()->sectionList()->item(row)->data(AnnualReportPage::WrittenRole).toBool());

    page()->returnButton()->click();
    QCOMPARE(store().report(m_year)->status, ReportStatus::Draft);
    QVERIFY(!editor()->isReadOnly());
    page()->submitButton()->click();
    page()->approveButton()->click();
    QCOMPARE(store().report(m_year)->status, ReportStatus::Approved);
    QVERIFY(page()->publishButton()->isEnabled());
    QVERIFY(!page()->approveButton()->isEnabled());
    QVERIFY(page()->statusBadge()->text().contains(QStringLiteral("v1"))); // approval keeps a version

    // Publication: a date in the future is refused in the dialog, with the store's message.
    page()->publishButton()->click();
    auto *publish = dialog<ui::PublishDialog>();
    QVERIFY(publish);
    QCOMPARE(publish->dateEdit()->date(), QDate::currentDate());
    publish->dateEdit()->setDate(QDate::currentDate().addDays(3));
    publish->save();
    QVERIFY(!publish->problem().isEmpty());
    QCOMPARE(store().report(m_year)->status, ReportStatus::Approved);
    publish->dateEdit()->setDate(QDate::currentDate());
    publish->save();
    QCOMPARE(store().report(m_year)->status, ReportStatus::Published);
    QCOMPARE(store().report(m_year)->publishedOn, QDate::currentDate());
    QVERIFY(page()->statusBadge()->text().contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(!page()->returnButton()->isEnabled());
    QVERIFY(page()->correctButton()->isEnabled());
}

void TestAnnualReportPage::published_locksEditor_correctionNeedsNote()
{
    QVERIFY(createDraft());
    writeAll();
    storage::StorageError error;
    for (ReportStatus s : { ReportStatus::Review, ReportStatus::Approved, ReportStatus::Published })
        QVERIFY2(store().setStatus(m_year, s, QDate::currentDate(), &error), qPrintable(error.message));
    m_window->showPage(MainWindow::Home);
    QVERIFY(showAndWait());
    QCOMPARE(page()->report()->status, ReportStatus::Published);

    // Locked: typing changes nothing; no version can be saved.
    QVERIFY(editor()->isReadOnly());
    const QString before = editor()->toPlainText();
    QTest::keyClicks(editor(), QStringLiteral("xyz"));
    QCOMPARE(editor()->toPlainText(), before);
    QVERIFY(!page()->versionsPanel()->saveButton()->isEnabled());
    QVERIFY(!page()->sectionPanel()->refreshButton()->isEnabled());

    // A correction: editable, kept here until saved with a note.
    const int versions = int(store().versions(m_year).size());
    page()->correctButton()->click();
    QVERIFY(page()->sectionPanel()->isCorrecting());
    QVERIFY(!editor()->isReadOnly());
    QVERIFY(page()->cancelCorrectionButton()->isVisible());
    type(QStringLiteral("（更正）"));
    page()->selectSection(QStringLiteral("members"));
    type(QStringLiteral("会员人数更正为一百二十一人。"));
    QCOMPARE(store().report(m_year)->content.narrative(QStringLiteral("development")),
        QStringLiteral("<p>本年度development工作稳步推进。</p>")); // nothing written yet
    page()->correctButton()->click(); // Save Correction…
    auto *correction = dialog<ui::ReportCorrectionDialog>();
    QVERIFY(correction);
    QCOMPARE(correction->sectionList()->count(), 2);
    correction->save(); // no note: the store's refusal
    storage::StorageError expected;
    QVERIFY(!store().correct(m_year, { { QStringLiteral("members"), QStringLiteral("x") } }, QString(), &expected));
    QCOMPARE(correction->problem(), expected.message);
    QCOMPARE(store().versions(m_year).size(), versions);
    // Only the members section, with a note.
    correction->sectionList()->item(0)->setCheckState(Qt::Unchecked);
    test::typeText(correction->noteEdit(), QStringLiteral("更正会员人数"));
    correction->save();
    const QList<annual::ReportVersion> list = store().versions(m_year);
    QCOMPARE(list.size(), versions + 1);
    QCOMPARE(list.constLast().note, QStringLiteral("更正会员人数"));
    const annual::AnnualReport corrected = *store().report(m_year);
    QCOMPARE(corrected.status, ReportStatus::Published);
    QVERIFY(AnnualReportStore::plainText(corrected.content.narrative(QStringLiteral("members")))
                .contains(QStringLiteral("会员人数更正为一百二十一人。")));
    QCOMPARE(corrected.content.narrative(QStringLiteral("development")), QStringLiteral("<p>本年度development工作稳步推进。</p>"));
    QVERIFY(!page()->sectionPanel()->isCorrecting());
    QVERIFY(editor()->isReadOnly());

    // A correction cancelled leaves the published text.
    page()->correctButton()->click();
    type(QStringLiteral("草稿"));
    page()->cancelCorrectionButton()->click();
    QVERIFY(editor()->isReadOnly());
    QVERIFY(!editor()->toPlainText().contains(QStringLiteral("草稿")));
    QCOMPARE(store().versions(m_year).size(), versions + 1);
}

void TestAnnualReportPage::saveVersion_thenCompare_showsChangedSection()
{
    QVERIFY(createDraft());
    type(QStringLiteral("第一稿。"));
    page()->versionsPanel()->saveButton()->click();
    auto *save = dialog<ui::SaveVersionDialog>();
    QVERIFY(save);
    test::typeText(save->noteEdit(), QStringLiteral("初稿"));
    save->save(); // what was typed was saved before the version
    QCOMPARE(store().versions(m_year).size(), 1);
    QVERIFY(store().versions(m_year).constFirst().content.narrative(QStringLiteral("development")).contains(QStringLiteral("第一稿。")));
    QCOMPARE(page()->versionsPanel()->list()->topLevelItemCount(), 1);
    QCOMPARE(page()->versionsPanel()->list()->topLevelItem(0)->text(3), QStringLiteral("初稿"));
    QCOMPARE(page()->versionsPanel()->currentVersion(), 1);

    page()->selectSection(QStringLiteral("members"));
    type(QStringLiteral("新增会员八十人。"));
    page()->versionsPanel()->compareButton()->click();
    auto *compare = dialog<ui::CompareDialog>();
    QVERIFY(compare);
    QCOMPARE(compare->fromCombo()->currentData().toInt(), 1);
    QCOMPARE(compare->toCombo()->currentData().toInt(), 0); // the working copy, with what was typed
    const QList<annual::SectionComparison> &c = compare->comparison();
    QCOMPARE(c.size(), 5);
    for (const annual::SectionComparison &s : c) {
        QCOMPARE(s.narrativeChanged, s.section == QLatin1StringView("members"));
        QVERIFY(!s.figuresChanged);
    }
    QCOMPARE(compare->sectionList()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("members"));
    const QString html = compare->diffView()->toHtml();
    QVERIFY(compare->diffView()->toPlainText().contains(QStringLiteral("新增会员八十人。")));
    QVERIFY2(html.contains(QStringLiteral("underline")), qPrintable(html));
    // The same version twice: nothing changed.
    compare->compare(1, 1);
    for (const annual::SectionComparison &s : compare->comparison())
        QVERIFY(!s.narrativeChanged && !s.figuresChanged);
    compare->close();

    // The diff's markup: removed struck through, added underlined, text escaped.
    const QString diff = ui::CompareDialog::diffHtml({ { annual::DiffSpan::Kind::Same, QStringLiteral("a<b") },
        { annual::DiffSpan::Kind::Removed, QStringLiteral("旧") }, { annual::DiffSpan::Kind::Added, QStringLiteral("新\n") } });
    QVERIFY(diff.contains(QStringLiteral("a&lt;b")));
    QVERIFY(diff.contains(QStringLiteral("line-through\">旧</span>")));
    QVERIFY(diff.contains(QStringLiteral("underline\">新<br></span>")));
}

void TestAnnualReportPage::restore_draftOnly_confirmed()
{
    QVERIFY(createDraft());
    type(QStringLiteral("第一稿。"));
    QVERIFY(page()->sectionPanel()->flush());
    int v = 0;
    storage::StorageError error;
    QVERIFY(store().saveVersion(m_year, QStringLiteral("初稿"), &error, &v));
    type(QStringLiteral("第二稿。"));
    m_window->showPage(MainWindow::Home); // hidden: what was typed is saved
    QVERIFY(store().report(m_year)->content.narrative(QStringLiteral("development")).contains(QStringLiteral("第二稿。")));
    QVERIFY(showAndWait());
    page()->sideTabs()->setCurrentWidget(page()->versionsPanel());
    page()->versionsPanel()->selectVersion(v);
    QVERIFY(page()->versionsPanel()->restoreButton()->isEnabled());

    // Not confirmed: nothing.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    page()->versionsPanel()->restoreButton()->click();
    QVERIFY(store().report(m_year)->content.narrative(QStringLiteral("development")).contains(QStringLiteral("第二稿。")));
    // Confirmed: the working copy is version 1's, kept as version 2.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page()->versionsPanel()->restoreButton()->click();
    const QString restored = store().report(m_year)->content.narrative(QStringLiteral("development"));
    QVERIFY(restored.contains(QStringLiteral("第一稿。")));
    QVERIFY(!restored.contains(QStringLiteral("第二稿。")));
    QCOMPARE(store().versions(m_year).size(), 2);
    QVERIFY(editor()->toPlainText().contains(QStringLiteral("第一稿。")));
    QVERIFY(!editor()->toPlainText().contains(QStringLiteral("第二稿。")));
    QCOMPARE(page()->versionsPanel()->list()->topLevelItemCount(), 2);

    // Not a draft: no restore.
    writeAll();
    page()->submitButton()->click();
    QCOMPARE(store().report(m_year)->status, ReportStatus::Review);
    page()->versionsPanel()->selectVersion(1);
    QVERIFY(!page()->versionsPanel()->restoreButton()->isEnabled());
    QVERIFY(page()->versionsPanel()->compareButton()->isEnabled());
}

void TestAnnualReportPage::export_pdfWritten_badSuffixRefused_cancelWritesNothing()
{
    QVERIFY(createDraft());
    type(QStringLiteral("Members grew by a fifth."));
    QSignalSpy exported(page(), &AnnualReportPage::reportExported);
    QSignalSpy ended(page(), &AnnualReportPage::exportEnded);

    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY(page()->exportTo(pdf));
    QVERIFY(page()->isExporting());
    QVERIFY(page()->exportProgress());
    QVERIFY(!page()->exportButton()->isEnabled());
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.constFirst().constFirst().toString(), pdf);
    QVERIFY(!page()->isExporting());
    QVERIFY(!page()->exportProgress());
    QString failure;
    const QString text = test::squeezed(test::pdfText(pdf, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const i18n::DocumentTranslator words(reports::annualReportOptions(db()).language);
    QVERIFY2(text.contains(test::squeezed(words.translate("sd::annual::AnnualReportStore", "Development overview"))), qPrintable(text));
    QVERIFY2(text.contains(test::squeezed(QStringLiteral("Members grew by a fifth."))), qPrintable(text));
    QVERIFY(page()->message().contains(QStringLiteral("report.pdf")));

    // The web page, rendered off the GUI thread too: one file with its charts inline.
    const QString html = m_dir->filePath(QStringLiteral("report.html"));
    QVERIFY(page()->exportTo(html));
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.constLast().constFirst().toString(), html);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY(written.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(written.contains(u"Members grew by a fifth."));
    QVERIFY(written.contains(u"<svg"));
    exported.clear();

    // A name of another kind: refused at once, nothing written.
    const QString txt = m_dir->filePath(QStringLiteral("report.txt"));
    QVERIFY(!page()->exportTo(txt));
    QVERIFY(!page()->message().isEmpty());
    QVERIFY(!QFile::exists(txt));
    QCOMPARE(ended.size(), 1);

    // Cancelled: the result is dropped, nothing is written.
    const QString odt = m_dir->filePath(QStringLiteral("cancelled.odt"));
    QVERIFY(page()->exportTo(odt));
    auto *cancel = page()->exportProgress()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!page()->isExporting());
    QCOMPARE(ended.size(), 2);
    QTRY_VERIFY(page()->findChildren<QFutureWatcherBase *>().isEmpty());
    QTest::qWait(50);
    QVERIFY(!QFile::exists(odt));
    QCOMPARE(exported.size(), 0);

    // Through the file dialog: a name without a suffix is a PDF.
    ui::FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("chosen")));
    page()->exportButton()->click();
    QVERIFY(exported.wait(30000));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("chosen.pdf"))));
}

void TestAnnualReportPage::recordsChanged_bannerShown_refreshTakesThemAgain()
{
    QVERIFY(createDraft());
    QVERIFY(!page()->recordsChanged());
    QVERIFY(page()->sectionPanel()->recordsBanner()->isHidden());
    const int computations = page()->computationCount();

    // Shown again with no record changed (the report's own writes do not count): no computation.
    type(QStringLiteral("本节。"));
    m_window->showPage(MainWindow::Home);
    QVERIFY(showAndWait());
    QCOMPARE(page()->computationCount(), computations);

    // A snapshot that the records no longer give (the members' figures differ).
    QJsonObject figures = reports::annualFiguresSnapshot(db(), m_year);
    figures.insert(QStringLiteral("members"), QJsonObject { { QStringLiteral("individual"), 999 } });
    storage::StorageError error;
    QVERIFY2(store().setFigures(m_year, figures, &error), qPrintable(error.message));
    m_window->showPage(MainWindow::Home);
    QVERIFY(showAndWait());
    QVERIFY(page()->recordsChanged());
    QVERIFY(page()->sectionPanel()->recordsBanner()->isVisible());
    QVERIFY2(page()->sectionPanel()->recordsBanner()->text().contains(AnnualReportStore::sectionTitle(QStringLiteral("members"))),
        qPrintable(page()->sectionPanel()->recordsBanner()->text()));

    // A record changed while the page was hidden: computed again when shown.
    m_window->showPage(MainWindow::Home);
    test::SocietyBuilder(db()).member(QStringLiteral("李四"), QDate(m_year, 1, 2));
    QVERIFY(showAndWait());
    QCOMPARE(page()->computationCount(), computations + 1);
    QVERIFY(page()->recordsChanged());

    // Refresh: the records' figures are the snapshot again; the banner goes.
    QVERIFY(page()->sectionPanel()->refreshButton()->isEnabled());
    page()->sectionPanel()->refreshButton()->click();
    QVERIFY(waitForComputation());
    QCOMPARE(store().report(m_year)->content.figures, reports::annualFiguresSnapshot(db(), m_year));
    QVERIFY(!page()->recordsChanged());
    QVERIFY(page()->sectionPanel()->recordsBanner()->isHidden());
}

void TestAnnualReportPage::financeSummary_onTheFinancesSection_savedShowsTheBanner()
{
    QVERIFY(createDraft());
    QPushButton *finance = page()->sectionPanel()->financeButton();
    page()->selectSection(QStringLiteral("development"));
    QVERIFY(finance->isHidden()); // the finances section's only
    page()->selectSection(QStringLiteral("finances"));
    QVERIFY(finance->isVisible());
    QVERIFY(finance->isEnabled());
    QVERIFY(!page()->recordsChanged());
    const int computations = page()->computationCount();

    // Cancelled: nothing written, nothing computed again.
    finance->click();
    auto *dialog = this->dialog<ui::FinanceDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->field(QStringLiteral("dues"))->text(), QString());
    dialog->reject();
    QCOMPARE(page()->computationCount(), computations);

    // Saved: the figures are computed again, and the draft's snapshot no longer matches them.
    finance->click();
    dialog = this->dialog<ui::FinanceDialog>();
    QVERIFY(dialog);
    dialog->field(QStringLiteral("dues"))->setText(QStringLiteral("100"));
    dialog->field(QStringLiteral("program_costs"))->setText(QStringLiteral("40"));
    dialog->save();
    QVERIFY(waitForComputation());
    QCOMPARE(page()->computationCount(), computations + 1);
    QCOMPARE(annual::Finance(db()).summary(m_year).cents,
        (QMap<QString, qint64> { { QStringLiteral("dues"), 10000 }, { QStringLiteral("program_costs"), 4000 } }));
    QVERIFY(page()->message().contains(QStringLiteral("finance summary")));
    QVERIFY(page()->recordsChanged());
    QLabel *banner = page()->sectionPanel()->recordsBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(AnnualReportStore::sectionTitle(QStringLiteral("finances"))), qPrintable(banner->text()));

    // Refresh takes the summary into the snapshot; the banner goes.
    page()->sectionPanel()->refreshButton()->click();
    QVERIFY(waitForComputation());
    QVERIFY(!page()->recordsChanged());
    QVERIFY(banner->isHidden());
    const QJsonObject finances = store().report(m_year)->content.figures.value(QStringLiteral("finances")).toObject();
    QCOMPARE(finances.value(QStringLiteral("dues_entered")).toInteger(), qint64(10000));

    // Published: the summary is a record, entered still; the report keeps its snapshot.
    writeAll();
    storage::StorageError error;
    for (ReportStatus s : { ReportStatus::Review, ReportStatus::Approved, ReportStatus::Published })
        QVERIFY2(store().setStatus(m_year, s, QDate::currentDate(), &error), qPrintable(error.message));
    m_window->showPage(MainWindow::Home);
    QVERIFY(showAndWait());
    page()->selectSection(QStringLiteral("finances"));
    QVERIFY(finance->isVisible());
    QVERIFY(finance->isEnabled());
    const QJsonObject published = store().report(m_year)->content.figures;
    finance->click();
    dialog = this->dialog<ui::FinanceDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->field(QStringLiteral("dues"))->text(), QStringLiteral("100.00"));
    dialog->field(QStringLiteral("program_costs"))->clear();
    dialog->save();
    QVERIFY(waitForComputation());
    QVERIFY(!annual::Finance(db()).summary(m_year).amount(QStringLiteral("program_costs")));
    QVERIFY(page()->recordsChanged());
    QVERIFY(banner->isVisible());
    QCOMPARE(store().report(m_year)->content.figures, published);
}

void TestAnnualReportPage::keyboard_arrowsMoveSections_ctrlSSavesVersion()
{
    QVERIFY(createDraft());
    page()->sectionList()->setFocus();
    QTest::keyClick(page()->sectionList(), Qt::Key_Down);
    QCOMPARE(page()->currentSection(), QStringLiteral("governance"));
    QTest::keyClick(page()->sectionList(), Qt::Key_End);
    QCOMPARE(page()->currentSection(), QStringLiteral("finances"));
    QCOMPARE(page()->sectionPanel()->section(), QStringLiteral("finances"));

    QTest::keyClick(page()->sectionList(), Qt::Key_S, Qt::ControlModifier);
    auto *save = dialog<ui::SaveVersionDialog>();
    QVERIFY(save);
    QCOMPARE(page()->sideTabs()->currentWidget(), page()->versionsPanel());
    save->save();
    QCOMPARE(store().versions(m_year).size(), 1);

    ui::FileDialog::setNextFileName(QString()); // Ctrl+E asks where; cancelled
    QTest::keyClick(page()->sectionList(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!page()->isExporting());
}

void TestAnnualReportPage::closed_showsEmptyState()
{
    QVERIFY(createDraft());
    // Typed just before the file closes: written before it goes.
    type(QStringLiteral("最后一句。"));
    m_window->session().close();
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("annualReport.empty"))->isVisible());
    QVERIFY(!page()->yearCombo()->isVisible());
    QVERIFY(!page()->report());
    QVERIFY(page()->sectionPanel()->narrativeEditor()->isReadOnly());
    storage::StorageError error;
    auto file = storage::Database::open(m_path, storage::Database::Options(), &error);
    QVERIFY2(file, qPrintable(error.message));
    QVERIFY(AnnualReportStore(*file).report(m_year)->content.narrative(QStringLiteral("development")).contains(QStringLiteral("最后一句。")));
}

QTEST_MAIN(TestAnnualReportPage)
#include "tst_annualreport_page.moc"
