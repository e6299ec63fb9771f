// Screenshots of the Branches page for review (not a test; built on demand):
//   cmake --build build --target screenshots_branches
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_branches OUTDIR [zh_CN|en]
// A demo society with 15 branches (a 科普专业委员会 among them; one 正常 branch without
// activity for over a year, one dissolved with its filings, one still being established
// without a filing) and a few hundred activities over five years opens in the main window at
// 1366×768 on the Branches page; the list, each detail tab, the dialogs and the activity log
// are saved.
#include "branches/BranchStore.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoSociety.h"
#include "governance/GovernanceStore.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "pages/branches/BranchDialogs.h"
#include "pages/branches/BranchesPage.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace sd;
using namespace sd::branches;

namespace {

void shoot(const QString &path)
{
    QTest::qWait(600);
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    std::printf("%s %s\n", qPrintable(path), screen.save(path) ? "saved" : "NOT SAVED");
}

struct Plan
{
    const char16_t *name;
    const char16_t *kind;
    const char16_t *leader;
};

const Plan kPlans[] = {
    { u"青年工作委员会", u"工作委员会", u"李晓东" },
    { u"科普专业委员会", u"科普专业委员会", u"张静怡" },
    { u"摩擦学专业委员会", u"专业委员会", u"刘志强" },
    { u"机械传动专业委员会", u"专业委员会", u"陈海燕" },
    { u"智能制造专业委员会", u"专业委员会", u"杨立新" },
    { u"增材制造专业委员会", u"专业委员会", u"黄文博" },
    { u"工业设计专业委员会", u"专业委员会", u"赵雪梅" },
    { u"流体传动与控制专业委员会", u"专业委员会", u"周思远" },
    { u"设备维修专业委员会", u"专业委员会", u"吴丽娟" },
    { u"女科技工作者工作委员会", u"工作委员会", u"欧阳振华" },
    { u"标准化工作委员会", u"工作委员会", u"徐建国" },
    { u"专家咨询委员会", u"专家委员会", u"王晓东" },
    { u"宜昌代表处", u"代表处", u"李静怡" },
    { u"铸造专业委员会", u"专业委员会", u"张志强" },   // dissolved, with its filings
    { u"焊接专业委员会", u"专业委员会", u"刘海燕" },   // being established, no filing yet
};

bool fill(storage::Database &db, QDate today)
{
    BranchStore store(db);
    governance::GovernanceStore documents(db);
    storage::StorageError error;
    QList<Branch> added;
    int i = 0;
    for (const Plan &plan : kPlans) {
        Branch b;
        b.name = QString::fromUtf16(plan.name);
        b.kind = QString::fromUtf16(plan.kind);
        b.establishedOn = QDate(2008 + i % 12, 1 + i % 12, 10 + i % 15);
        b.status = i == 14 ? BranchStatus::Proposed : BranchStatus::Active;
        if (i == 14)
            b.establishedOn = today.addMonths(-1);
        if (!store.addBranch(b, nullptr, &error)) {
            std::printf("%s\n", qPrintable(error.message));
            return false;
        }
        governance::PersonRef leader;
        leader.name = QString::fromUtf16(plan.leader);
        if (i != 14 && !store.setOfficer(b.id, QStringLiteral("leader"), leader, b.establishedOn, &error))
            return false;
        governance::PersonRef secretary;
        secretary.name = QString(leader.name.left(1) + QStringLiteral("秘书"));
        if (i % 3 != 2 && i != 14 && !store.setOfficer(b.id, QStringLiteral("secretary"), secretary, b.establishedOn, &error))
            return false;
        if (i != 14) {
            governance::Attachment a;
            if (!documents.addAttachment(QStringLiteral("设立备案回执.pdf"), demo::tinyPdf(b.name), &a, &error))
                return false;
            Filing f;
            f.branchId = b.id;
            f.kind = FilingKind::Establish;
            f.date = b.establishedOn.addDays(30);
            f.reference = QStringLiteral("鄂民社备〔%1〕%2号").arg(f.date.year()).arg(10 + i);
            f.resolution = QStringLiteral("常务理事会决议");
            f.attachmentId = a.id;
            if (!store.addFiling(f, &error))
                return false;
        }
        added << b;
        ++i;
    }
    // Activities over five years: a few hundred, the society's own among them. The 摩擦学
    // committee (index 2) stops 14 months ago; the 铸造 committee (13) before it is dissolved.
    const QStringList kinds = BranchText::activityKinds();
    const QStringList titles { QStringLiteral("学术年会"), QStringLiteral("青年学者论坛"), QStringLiteral("科普进校园"),
        QStringLiteral("技术培训班"), QStringLiteral("专家咨询会"), QStringLiteral("成果评价会"), QStringLiteral("团体标准研讨会"),
        QStringLiteral("国际研讨会"), QStringLiteral("工作会议") };
    const QDate from = today.addYears(-5);
    int n = 0;
    for (QDate d = from; d <= today; d = d.addDays(6)) {
        const int which = n % 16; // 15 branches and the society itself
        ++n;
        const qint64 branchId = which == 15 ? 0 : added.at(which).id;
        if (which == 14)
            continue;
        if (which == 2 && d > today.addMonths(-14))
            continue;
        if (which == 13 && d > QDate(today.year() - 2, 6, 1))
            continue;
        Activity a;
        const int k = (n * 7) % kinds.size();
        a.kind = kinds.at(k);
        a.name = QString(QString::number(d.year()) + QStringLiteral("年")
            + (branchId ? added.at(which).name.left(4) : QStringLiteral("学会")) + titles.at(k));
        a.startDate = d;
        a.endDate = n % 3 == 0 ? d.addDays(1) : QDate();
        a.branchId = branchId;
        a.participants = 30 + (n * 37) % 400;
        a.brand = n % 11 == 0;
        a.task = n % 13 == 0 ? QStringLiteral("RT-%1").arg(n % 9 + 1) : QString();
        if (!store.addActivity(a, &error)) {
            std::printf("%s\n", qPrintable(error.message));
            return false;
        }
    }
    // The 铸造 committee: suspended, then dissolved, with the dissolution filing.
    const Branch &casting = added.at(13);
    if (!store.changeStatus(casting.id, BranchStatus::Suspended, QDate(today.year() - 2, 9, 1), QStringLiteral("八届五次常务理事会决议"), &error)
        || !store.changeStatus(casting.id, BranchStatus::Dissolved, QDate(today.year() - 1, 3, 1), QStringLiteral("八届七次常务理事会决议"), &error))
        return false;
    Filing dissolve;
    dissolve.branchId = casting.id;
    dissolve.kind = FilingKind::Dissolve;
    dissolve.date = QDate(today.year() - 1, 3, 20);
    dissolve.reference = QStringLiteral("鄂民社备〔%1〕3号").arg(dissolve.date.year());
    dissolve.resolution = QStringLiteral("八届七次常务理事会决议");
    if (!store.addFiling(dissolve, &error))
        return false;
    std::printf("%d activities\n", static_cast<int>(store.activities().size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("."));
    const QString language = app.arguments().value(2, QStringLiteral("zh_CN"));
    QDir().mkpath(out);
    if (language == u"zh_CN")
        i18n::install(i18n::Language::Chinese);
    // Strings not yet in the catalogue (a .qm built from a zh-additions file), for review.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("SD_EXTRA_QM"); !qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.societydesk"));
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        storage::StorageError error;
        auto db = storage::Database::open(path, options, &error);
        if (!db || !demo::write(*db, demo::generate(demo::kDefaultSeed), &error))
            return 4;
        if (!fill(*db, db->clock().today())) {
            std::printf("branches not written\n");
            return 4;
        }
    }
    Preferences preferences(new QSettings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
    ui::MainWindow window(preferences, Clock::system());
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    storage::StorageError error;
    if (!window.session().open(path, &error))
        return 4;
    window.showPage(ui::MainWindow::Branches);
    auto *page = static_cast<ui::BranchesPage *>(window.page(ui::MainWindow::Branches));
    QTest::qWait(1000);

    const QString suffix = QString(u'-' + language + QStringLiteral(".png"));
    const BranchStore store(*window.session().database());
    const auto select = [&](const char16_t *name) {
        if (const auto b = store.branchByName(QString::fromUtf16(name)))
            page->selectBranch(b->id);
    };
    select(u"摩擦学专业委员会");
    shoot(out + QStringLiteral("/list-inactive") + suffix);
    select(u"青年工作委员会");
    page->detailTabs()->setCurrentIndex(2);
    shoot(out + QStringLiteral("/branch-activities") + suffix);
    select(u"铸造专业委员会");
    page->detailTabs()->setCurrentIndex(1);
    shoot(out + QStringLiteral("/dissolved-filings") + suffix);
    page->detailTabs()->setCurrentIndex(0);
    shoot(out + QStringLiteral("/dissolved-lifecycle") + suffix);
    select(u"焊接专业委员会");
    shoot(out + QStringLiteral("/proposed-lifecycle") + suffix);

    page->addBranchButton()->click();
    QTest::qWait(300);
    if (auto *d = page->findChild<ui::BranchDialog *>()) {
        d->findChild<QLineEdit *>(QStringLiteral("branch.name"))->setText(QStringLiteral("智能制造研究中心"));
        shoot(out + QStringLiteral("/add-branch-warning") + suffix);
        d->findChild<QLineEdit *>(QStringLiteral("branch.name"))->setText(QStringLiteral("青年工作委员会青年分会"));
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("branch.kind"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("分会")));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        shoot(out + QStringLiteral("/add-branch-refused") + suffix);
        d->reject();
    }
    select(u"青年工作委员会");
    page->statusButton(BranchStatus::Suspended)->click();
    QTest::qWait(300);
    shoot(out + QStringLiteral("/suspend") + suffix);
    if (auto *d = page->findChild<ui::BranchStatusDialog *>())
        d->reject();
    page->findChild<QPushButton *>(QStringLiteral("branches.addFiling"))->click();
    QTest::qWait(300);
    shoot(out + QStringLiteral("/add-filing") + suffix);
    if (auto *d = page->findChild<ui::FilingDialog *>())
        d->reject();

    page->tabs()->setCurrentIndex(1);
    shoot(out + QStringLiteral("/activity-log") + suffix);
    page->yearFilter()->setCurrentIndex(0);
    page->kindFilter()->setCurrentIndex(2);
    shoot(out + QStringLiteral("/activity-log-filtered") + suffix);
    page->findChild<QPushButton *>(QStringLiteral("branches.addActivity"))->click();
    QTest::qWait(300);
    if (auto *d = page->findChild<ui::ActivityDialog *>()) {
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        shoot(out + QStringLiteral("/add-activity") + suffix);
        d->reject();
    }
    return 0;
}
