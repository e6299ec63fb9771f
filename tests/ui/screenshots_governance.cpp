// Screenshots of the Governance page for review (not a test; built on demand):
//   cmake --build build --target screenshots_governance
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_governance OUTDIR [zh_CN|en]
// A demo society whose ninth term has 120 council seats (88 front-line: two short of 3/4), 35
// standing councillors and 5 supervisors (one also a councillor) opens in the main window at
// 1366×768 on the Governance page; each body's tab, the seat dialog and the records are saved.
#include "demo/DemoGovernance.h"
#include "demo/DemoSociety.h"
#include "governance/Election.h"
#include "governance/GovernanceStore.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "pages/governance/GovernancePage.h"
#include "pages/governance/CompositionPanel.h"
#include "pages/governance/ElectionDialogs.h"
#include "pages/governance/SeatDialogs.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace sd;
using namespace sd::governance;

namespace {

void shoot(const QString &path)
{
    QTest::qWait(600);
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    std::printf("%s %s\n", qPrintable(path), screen.save(path) ? "saved" : "NOT SAVED");
}

bool fill(storage::Database &db)
{
    GovernanceStore store(db);
    storage::StorageError error;
    Term term;
    term.number = 9;
    term.startDate = QDate(2024, 5, 1);
    term.endDate = QDate(2029, 4, 30);
    term.electedBy = QStringLiteral("第九次会员代表大会");
    if (!store.addTerm(term, &error))
        return false;
    const QStringList surnames { QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("周"),
        QStringLiteral("吴"), QStringLiteral("欧阳"), QStringLiteral("徐") };
    const QStringList given { QStringLiteral("建国"), QStringLiteral("晓东"), QStringLiteral("静怡"), QStringLiteral("志强"),
        QStringLiteral("海燕"), QStringLiteral("立新"), QStringLiteral("文博"), QStringLiteral("雪梅"), QStringLiteral("振华"),
        QStringLiteral("思远"), QStringLiteral("丽娟") };
    const QStringList affiliations { QStringLiteral("武汉理工大学"), QStringLiteral("华中科技大学机械学院"),
        QStringLiteral("东风汽车集团有限公司技术中心"), QStringLiteral("中国科学院武汉岩土力学研究所"),
        QStringLiteral("湖北省特种设备检验检测研究院"), QStringLiteral("武汉重型机床集团有限公司") };
    const QStringList political { QStringLiteral("中共党员"), QStringLiteral("群众"), QString(), QStringLiteral("九三学社") };
    const auto seat = [&](Body body, Role role, int i, bool frontLine) {
        Seat s;
        s.termId = term.id;
        s.body = body;
        s.role = role;
        s.startDate = term.startDate;
        s.birthDate = QDate(1958 + (i * 7) % 34, 1 + i % 12, 1 + i % 28);
        s.gender = i % 3 == 0 ? Gender::Female : Gender::Male;
        s.frontLine = i % 17 == 5 ? std::optional<bool>() : std::optional<bool>(frontLine);
        s.politicalStatus = political.at(i % political.size());
        s.affiliation = affiliations.at(i % affiliations.size());
        s.fullTime = i < 3;
        PersonRef who;
        who.name = QString(surnames.at(i % surnames.size()) + given.at((i / surnames.size()) % given.size()))
            + (i >= surnames.size() * given.size() ? QString::number(i) : QString());
        who.birthDate = s.birthDate;
        who.gender = s.gender;
        return store.addSeat(s, who, &error);
    };
    // 120 council seats: 88 front-line (two short of 90 = 3/4), the chair first.
    // Every 17th from the sixth is unknown (7 of them), never counted as no.
    int frontLine = 0;
    for (int i = 0; i < 120; ++i) {
        const Role role = i == 0 ? Role::Chair : i < 6 ? Role::ViceChair : i == 6 ? Role::SecretaryGeneral : Role::Councillor;
        const bool yes = i % 17 != 5 && frontLine < 88;
        frontLine += yes ? 1 : 0;
        if (!seat(Body::Council, role, i, yes))
            return false;
    }
    for (int i = 0; i < 35; ++i) {
        const Role role = i == 0 ? Role::Chair : i < 6 ? Role::ViceChair : i == 6 ? Role::SecretaryGeneral : Role::StandingCouncillor;
        if (!seat(Body::StandingCouncil, role, i, i % 17 != 5))
            return false;
    }
    for (int i = 0; i < 5; ++i) {
        // The last supervisor also holds a council seat: a conflict to review.
        if (!seat(Body::SupervisoryBoard, i == 0 ? Role::ChiefSupervisor : Role::Supervisor, i == 4 ? 50 : 200 + i, false))
            return false;
    }
    // Regulations with their documents, for the regulations tab.
    const QList<std::pair<QString, QString>> regulations { { QStringLiteral("理事会议事规则"), QStringLiteral("meeting_rules") },
        { QStringLiteral("会员管理办法"), QStringLiteral("member_rules") }, { QStringLiteral("财务管理制度"), QStringLiteral("finance_rules") },
        { QStringLiteral("监事会工作规则"), QStringLiteral("supervisory_rules") } };
    for (const auto &[title, kind] : regulations) {
        Attachment a;
        if (!store.addAttachment(kind + QStringLiteral(".pdf"), demo::tinyPdf(kind), &a, &error))
            return false;
        Regulation r;
        r.title = title;
        r.kind = kind;
        r.body = kind == u"meeting_rules" ? QStringLiteral("council") : QString();
        r.adoptedOn = QDate(2024, 5, 2);
        r.meeting = QStringLiteral("第九届一次理事会");
        r.attachmentId = a.id;
        if (!store.addRegulation(r, &error))
            return false;
    }
    return true;
}

/// The draft of term 10 (换届筹备): 15 council candidates, 3 for the supervisory board.
qint64 fillDraft(storage::Database &db)
{
    GovernanceStore store(db);
    storage::StorageError error;
    Term draft;
    if (!election::createDraft(db, 10, QDate(2029, 5, 1), &draft, &error))
        return 0;
    const QStringList names { QStringLiteral("欧阳振华"), QStringLiteral("李晓东"), QStringLiteral("张静怡"),
        QStringLiteral("刘志强"), QStringLiteral("陈海燕"), QStringLiteral("杨立新"), QStringLiteral("黄文博"),
        QStringLiteral("赵雪梅"), QStringLiteral("周思远"), QStringLiteral("吴丽娟"), QStringLiteral("徐建国"),
        QStringLiteral("王晓东"), QStringLiteral("李静怡"), QStringLiteral("张志强"), QStringLiteral("刘海燕"),
        QStringLiteral("陈立新"), QStringLiteral("杨文博"), QStringLiteral("黄雪梅") };
    for (int i = 0; i < names.size(); ++i) {
        Seat s;
        s.termId = draft.id;
        s.body = i < 15 ? Body::Council : Body::SupervisoryBoard;
        s.role = i == 0 ? Role::Chair : i < 3 ? Role::ViceChair : i == 3 ? Role::SecretaryGeneral
            : i < 15 ? Role::Councillor : i == 15 ? Role::ChiefSupervisor : Role::Supervisor;
        s.startDate = draft.startDate;
        s.birthDate = QDate(1965 + i, 1 + i % 12, 3);
        s.frontLine = i % 4 != 0;
        s.affiliation = QStringLiteral("武汉理工大学");
        const QStringList types { QStringLiteral("高等院校"), QStringLiteral("企业"), QStringLiteral("科研院所"),
            QStringLiteral("高等院校"), QString() };
        s.affiliationType = types.at(i % types.size());
        PersonRef who;
        who.name = names.at(i);
        who.birthDate = s.birthDate;
        if (!store.addSeat(s, who, &error))
            return 0;
    }
    return draft.id;
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
        if (!fill(*db)) {
            std::printf("governance not written\n");
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
    window.showPage(ui::MainWindow::Governance);
    auto *page = static_cast<ui::GovernancePage *>(window.page(ui::MainWindow::Governance));
    QTest::qWait(1000);

    const QString suffix = QString(u'-' + language + QStringLiteral(".png"));
    page->showBody(Body::Council);
    shoot(out + QStringLiteral("/council") + suffix);
    page->showBody(Body::StandingCouncil);
    shoot(out + QStringLiteral("/standing") + suffix);
    page->showBody(Body::SupervisoryBoard);
    shoot(out + QStringLiteral("/supervisory") + suffix);

    page->showBody(Body::StandingCouncil);
    page->action(ui::GovernancePage::Action::AddSeat)->trigger();
    QTest::qWait(300);
    if (auto *d = page->findChild<ui::SeatDialog *>()) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("seat.name"));
        name->setText(QStringLiteral("不在理事会"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        shoot(out + QStringLiteral("/seat-refused") + suffix);
        d->reject();
    }
    page->action(ui::GovernancePage::Action::NewTerm)->trigger();
    shoot(out + QStringLiteral("/new-term") + suffix);
    if (auto *d = page->findChild<ui::TermDialog *>())
        d->reject();
    page->tabs()->setCurrentIndex(5);
    shoot(out + QStringLiteral("/regulations") + suffix);

    // 换届筹备: the draft of term 10 with its candidates, then the count.
    const qint64 draftId = fillDraft(*window.session().database());
    if (draftId == 0) {
        std::printf("draft not written\n");
        return 4;
    }
    page->reload();
    page->termCombo()->setCurrentIndex(page->termCombo()->findData(draftId));
    page->showBody(Body::Council);
    shoot(out + QStringLiteral("/draft-term") + suffix);
    page->compositionPanel(Body::Council)->showChart(ui::CompositionPanel::Chart::AffiliationTypes);
    shoot(out + QStringLiteral("/draft-affiliation") + suffix);
    page->action(ui::GovernancePage::Action::RecordCount)->trigger();
    QTest::qWait(300);
    if (auto *d = page->findChild<ui::RecordCountDialog *>()) {
        d->ballotsEdit()->setValue(180);
        for (int row = 0; row < d->table()->rowCount(); ++row)
            d->table()->item(row, ui::RecordCountDialog::VotesColumn)->setData(Qt::EditRole, row == 6 ? 90 : row == 9 ? 200 : 170 - row * 3);
        shoot(out + QStringLiteral("/record-count") + suffix);
        d->reject();
    }
    return 0;
}
