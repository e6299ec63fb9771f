// Screenshots of the supervisor window (File → Open Supervisor Database) for review: the
// overview of three societies, the failing-check filter, a society's drill-down and the import
// results. Run under Xvfb at 1366×768:
//   screenshots_supervisor OUTDIR [zh_CN|en]
// The first society's packages are real exports of the demo society; the other two are the same
// payload re-bagged under another name and credit code with some findings changed.

#include "ScreenshotSupport.h"

#include "PackageFixture.h"
#include "package/BagCheck.h"
#include "package/SubmissionPackage.h"
#include "storage/ProfileStore.h"
#include "supervisor/OverviewModel.h"
#include "supervisor/SocietyDialog.h"
#include "supervisor/SupervisorDialogs.h"
#include "supervisor/SupervisorWindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace sd;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The real package re-bagged as another society: its name, credit code, Bagging-Date, and each
/// finding's status passed through `change`.
QByteArray rebag(const package::BagFiles &bag, const QString &name, const QString &code, const QString &date,
    const std::function<QString(const QString &check, const QString &status)> &change)
{
    test::PackageFixture f;
    f.bag = code + QStringLiteral("-2025");
    for (auto it = bag.files.cbegin(); it != bag.files.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("data/")))
            f.data.insert(it.key().mid(5), it.value());
    }
    QJsonObject json = QJsonDocument::fromJson(f.data.value(QStringLiteral("compliance.json"))).object();
    QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QJsonObject o = findings.at(i).toObject();
        o.insert(QStringLiteral("status"),
            change(o.value(QStringLiteral("check")).toString(), o.value(QStringLiteral("status")).toString()));
        findings.replace(i, o);
    }
    json.insert(QStringLiteral("findings"), findings);
    f.data.insert(QStringLiteral("compliance.json"), QJsonDocument(json).toJson(QJsonDocument::Compact));
    for (const QString &line : QString::fromUtf8(bag.files.value(QStringLiteral("bag-info.txt"))).split(u'\n')) {
        const QString label = line.section(QStringLiteral(": "), 0, 0);
        QString value = line.section(QStringLiteral(": "), 1, -1);
        if (label.isEmpty() || label == u"Payload-Oxum")
            continue;
        if (label == u"Source-Organization")
            value = name;
        else if (label == u"External-Identifier")
            value = code;
        else if (label == u"Bagging-Date")
            value = date;
        else if (label == u"Individual-Members")
            value = QString::number(value.toLongLong() * 3 / 7);
        f.info.append({ label, value });
    }
    return f.build();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::DemoScreen screen(app);
    if (!screen.open())
        return 1;
    storage::Database &db = *screen.window().session().database();

    // Two real exports of the demo: an early one and the one that supersedes it.
    QStringList first;
    QStringList batch;
    std::optional<package::BagFiles> bag;
    for (const QDate date : { QDate(2025, 12, 10), QDate(2025, 12, 26) }) {
        package::PackageOptions options;
        options.year = 2025;
        options.baggingDate = date;
        package::PackageError error;
        const auto result = package::SubmissionPackage::build(db, options, {}, &error);
        if (!result) {
            std::printf("package not made: %s\n", qPrintable(error.message));
            return 1;
        }
        const QString path = screen.scratch(QStringLiteral("%1-%2.zip").arg(result->bag, date.toString(Qt::ISODate)));
        writeFile(path, result->zip);
        (first.isEmpty() ? first : batch) << path;
        QString why;
        bag = package::BagCheck::read(result->zip, &why);
        if (!bag) {
            std::printf("package not read: %s\n", qPrintable(why));
            return 1;
        }
    }
    int n = 0;
    const QString b = screen.scratch(QStringLiteral("51420100MJH5566778-2025.zip"));
    writeFile(b, rebag(*bag, QString::fromUtf16(u"武汉市机械工程学会"), QStringLiteral("51420100MJH5566778"),
                     QStringLiteral("2026-01-08"), [&](const QString &, const QString &status) {
                         return status == u"pass" && ++n % 3 == 0 ? QStringLiteral("fail") : status;
                     }));
    const QString c = screen.scratch(QStringLiteral("51420500MJY1234560-2025.zip"));
    writeFile(c, rebag(*bag, QString::fromUtf16(u"宜昌市科技工作者学会"), QStringLiteral("51420500MJY1234560"),
                     QStringLiteral("2025-12-18"), [](const QString &, const QString &status) {
                         return status == u"fail" ? QStringLiteral("pass") : status;
                     }));
    // A package changed after it was made: refused, nothing imported.
    QByteArray tampered = rebag(*bag, QString::fromUtf16(u"襄阳市某学会"), QStringLiteral("51420600MJX0000011"),
        QStringLiteral("2025-12-20"), [](const QString &, const QString &status) { return status; });
    const test::ZipRecord record = test::zipRecords(tampered).constLast();
    tampered[record.data + record.packed / 2] = char(tampered.at(record.data + record.packed / 2) ^ 0x10);
    const QString d = screen.scratch(QStringLiteral("51420600MJX0000011-2025.zip"));
    writeFile(d, tampered);
    batch << b << c << d << first;

    QString error;
    ui::SupervisorWindow *window = ui::SupervisorWindow::open(screen.scratch(QStringLiteral("hubei-cast.sdsupervisor")),
        storage::OpenMode::CreateNew, Clock::system(), &error, &screen.window());
    if (!window) {
        std::printf("supervisor database not made: %s\n", qPrintable(error));
        return 1;
    }
    window->resize(1366, 768);
    window->move(0, 0);
    window->show();
    QSignalSpy finished(window, &ui::SupervisorWindow::importFinished);
    window->importPackages(first);
    if (!finished.wait(60000))
        return 1;
    window->importResults()->close();
    window->importPackages(batch);
    if (!finished.wait(60000))
        return 1;
    window->importResults()->move(200, 160);
    screen.shoot(QStringLiteral("supervisor-import-results"));
    window->importResults()->close();

    window->table()->setFocus();
    window->table()->setCurrentIndex(window->table()->model()->index(0, 0));
    screen.shoot(QStringLiteral("supervisor-overview"));

    // The failing check most societies fail.
    QComboBox *failing = window->checkBox();
    const ui::OverviewModel *overview = window->model();
    QString worst;
    int worstCount = 0;
    for (const QString &check : overview->overview().checks) {
        int count = 0;
        for (int r = 0; r < overview->rowCount(); ++r)
            count += overview->fails(r, check) ? 1 : 0;
        if (count > worstCount) {
            worst = check;
            worstCount = count;
        }
    }
    failing->setCurrentIndex(failing->findData(worst));
    screen.shoot(QStringLiteral("supervisor-filtered"));
    failing->setCurrentIndex(0);

    // The demo's row: its findings, then its history with the superseded package.
    QAbstractItemModel *model = window->table()->model();
    const QString demoCode = storage::ProfileStore(db).profile().creditCode;
    int demoRow = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ui::OverviewModel::CreditCode).data().toString() == demoCode)
            demoRow = r;
    window->table()->setCurrentIndex(model->index(demoRow, 0));
    window->showSociety(demoRow);
    window->societyDialog()->move(180, 110);
    screen.shoot(QStringLiteral("supervisor-drilldown"));
    window->societyDialog()->tabs()->setCurrentIndex(3);
    screen.shoot(QStringLiteral("supervisor-history"));
    window->societyDialog()->close();
    delete window;
    return 0;
}
