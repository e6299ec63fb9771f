// The rule commands: `packs list`, `packs validate FILE` (0 valid, 3 refused naming file,
// requirement and field) and `check` — its JSON field names exactly as documented, the
// reference date, the pack selection and the exit codes (1 when any finding fails); --out writes
// the compliance report (PDF or ODT) without changing the output or the exit code.

#include "TestSupport.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList keysOf(const QJsonValue &v)
{
    QStringList keys = v.toObject().keys();
    keys.sort();
    return keys;
}

const QByteArray kAttestationPack = R"({"id": "extra", "title": {"zh": "附加", "en": "Extra"}, "requirements": [
    {"id": "X-1", "title": {"zh": "场所", "en": "Premises"}, "source": {"file": "seed.txt", "wording": "办公有场所"},
     "applicability": "every_year", "checks": [{"id": "premises", "function": "attestation", "params": {"kind": "premises"}}]}]})";

/// What reform-requirements.md names, per pack: for each requirement of a pack table, the names
/// of its checks column (`code` spans, `CA-01.quorum` taken as quorum, and the word
/// informational); for a pack described in prose, every `code` span of its section.
struct Catalogue
{
    QHash<QString, QHash<QString, QSet<QString>>> rows;
    QHash<QString, QSet<QString>> sections;
    /// The checks each requirement must have: the names that open each "·"-separated part of its
    /// checks column (`meeting_rules`: … · `minutes`: …; `hr_rules`, `finance_rules` …;
    /// `CA-01.quorum` (…), `CA-01.votes` (…)), or "informational" for a part that says so.
    QHash<QString, QHash<QString, QSet<QString>>> required;
};

/// The check names a part of a checks cell opens with: code spans separated by commas, each
/// optionally followed by a parenthesised remark.
QSet<QString> leadingNames(const QString &part)
{
    QSet<QString> out;
    qsizetype i = 0;
    const auto skip = [&] {
        while (i < part.size() && (part.at(i).isSpace() || part.at(i) == u','))
            ++i;
    };
    for (;;) {
        skip();
        if (i >= part.size() || part.at(i) != u'`')
            break;
        const qsizetype end = part.indexOf(u'`', i + 1);
        if (end < 0)
            break;
        QString token = part.mid(i + 1, end - i - 1);
        out.insert(token.mid(token.lastIndexOf(u'.') + 1));
        i = end + 1;
        skip();
        if (i < part.size() && part.at(i) == u'(') {
            int depth = 0;
            for (; i < part.size(); ++i) {
                depth += part.at(i) == u'(' ? 1 : part.at(i) == u')' ? -1 : 0;
                if (depth == 0) {
                    ++i;
                    break;
                }
            }
        }
    }
    if (out.isEmpty() && part.trimmed().startsWith(u"informational"))
        out.insert(QStringLiteral("informational"));
    return out;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path;
        return c;
    }
    static const QRegularExpression heading(QStringLiteral("^## Pack `([a-z0-9-]+)`"));
    static const QRegularExpression otherHeading(QStringLiteral("^#{1,2} "));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression requirement(QStringLiteral("^[A-Z][A-Z0-9]*-[A-Z0-9]+$"));
    const auto names = [&](const QString &text) {
        QSet<QString> out;
        for (QRegularExpressionMatchIterator it = code.globalMatch(text); it.hasNext();) {
            QString token = it.next().captured(1);
            token = token.mid(token.lastIndexOf(u'.') + 1);
            if (name.match(token).hasMatch())
                out.insert(token);
        }
        if (text.contains(u"informational"))
            out.insert(QStringLiteral("informational"));
        return out;
    };
    QString pack;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            pack = m.captured(1);
            c.sections[pack];
            continue;
        }
        if (otherHeading.match(line).hasMatch()) {
            pack.clear();
            continue;
        }
        if (pack.isEmpty())
            continue;
        c.sections[pack] += names(line);
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 4 || !requirement.match(cells.at(1).trimmed()).hasMatch())
            continue;
        c.rows[pack][cells.at(1).trimmed()] += names(cells.mid(3).join(u'|'));
        const QStringList parts = cells.mid(3).join(u'|').split(QStringLiteral(" · "));
        for (const QString &part : parts)
            c.required[pack][cells.at(1).trimmed()] += leadingNames(part);
    }
    return c;
}

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CliRun run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args);
    }

private slots:
    void initTestCase()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("rules.societydesk"));
        QVERIFY(db);
        m_db = db->path();
        storage::StorageError error;
        // One council meeting in 2025 without minutes; no standing council meeting.
        meetings::Meeting m;
        m.number = QStringLiteral("C-2025-1");
        m.date = QDate(2025, 4, 1);
        m.body = meetings::MeetingBody::Council;
        QVERIFY2(meetings::MeetingStore(*db).addMeeting(m, &error), qPrintable(error.message));
    }

    void packsList()
    {
        const test::CliRun r = test::runCli({ QStringLiteral("packs"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList ids;
        for (const QJsonValue &p : list)
            ids << p[QLatin1StringView("id")].toString();
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        for (const char *id : { "cast-2017", "chongqing-2022", "civil-affairs", "dalian-2018", "fujian-2015", "hubei-2017" })
            QVERIFY2(ids.contains(QLatin1StringView(id)), id);
        QCOMPARE(list.at(0).toObject().value(QLatin1StringView("id")).toString(), QStringLiteral("cast-2017"));
        QCOMPARE(list.at(0).toObject().value(QLatin1StringView("partial")).toBool(), false); // every shipped pack is complete
    }

    void packsValidate()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QVERIFY(write(good, kAttestationPack));
        test::CliRun r = test::runCli({ QStringLiteral("packs"), QStringLiteral("validate"), good });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"extra"), qPrintable(r.out));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QByteArray json = kAttestationPack;
        json.replace("\"premises\"}", "\"premises\", \"size\": 3}");
        QVERIFY(write(bad, json));
        r = test::runCli({ QStringLiteral("packs"), QStringLiteral("validate"), bad });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"bad.json") && r.err.contains(u"X-1") && r.err.contains(u"checks[0].params.size"),
            qPrintable(r.err));

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(write(broken, "{ not json"));
        r = test::runCli({ QStringLiteral("packs"), QStringLiteral("validate"), broken });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"broken.json"));
        r = test::runCli({ QStringLiteral("packs"), QStringLiteral("validate") });
        QCOMPARE(r.code, 2);
    }

    void checkJson_shapeAndExitCode()
    {
        const test::CliRun r = run({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 1); // meeting rules and minutes fail
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(keysOf(doc), (QStringList { QStringLiteral("findings"), QStringLiteral("packs"),
                                  QStringLiteral("reference_date"), QStringLiteral("society"), QStringLiteral("year") }));
        QCOMPARE(doc.value(QLatin1StringView("year")).toInt(), 2025);
        QCOMPARE(doc.value(QLatin1StringView("reference_date")).toString(), QStringLiteral("2025-12-31")); // the year is over
        QCOMPARE(doc.value(QLatin1StringView("packs")).toArray(),
            (QJsonArray { QStringLiteral("cast-2017"), QStringLiteral("civil-affairs") }));
        const QJsonArray findings = doc.value(QLatin1StringView("findings")).toArray();
        QCOMPARE(findings.size(), 48);
        QHash<QString, QString> status;
        for (const QJsonValue &f : findings) {
            QCOMPARE(keysOf(f), (QStringList { QStringLiteral("check"), QStringLiteral("citation"), QStringLiteral("evidence"),
                                    QStringLiteral("hint"), QStringLiteral("measured"), QStringLiteral("requirement"),
                                    QStringLiteral("settings"), QStringLiteral("status"), QStringLiteral("threshold") }));
            status.insert(f[QLatin1StringView("check")].toString(), f[QLatin1StringView("status")].toString());
            QVERIFY(f[QLatin1StringView("check")].toString().startsWith(f[QLatin1StringView("requirement")].toString() + u'.'));
        }
        QCOMPARE(status.value(QStringLiteral("CAST17-01.meeting_rules")), QStringLiteral("fail"));
        QCOMPARE(status.value(QStringLiteral("CAST17-01.minutes")), QStringLiteral("fail"));
        QCOMPARE(status.value(QStringLiteral("CAST17-05.party_organisation")), QStringLiteral("missing-data"));
        QCOMPARE(status.value(QStringLiteral("CAST17-08.secretary_general_appointment")), QStringLiteral("not-applicable"));
        QCOMPARE(status.value(QStringLiteral("CAST17-10.council_front_line")), QStringLiteral("not-applicable"));
        QCOMPARE(status.value(QStringLiteral("CA-02.council_frequency")), QStringLiteral("pass"));
        QCOMPARE(status.value(QStringLiteral("CA-02.standing_frequency")), QStringLiteral("fail"));
        QCOMPARE(status.value(QStringLiteral("CAST17-06.annual_report")), QStringLiteral("pending")); // due 2026-03-31
        QCOMPARE(status.value(QStringLiteral("CAST17-OPT.selected")), QStringLiteral("missing-data"));
        QCOMPARE(status.value(QStringLiteral("CA-01.quorum")), QStringLiteral("missing-data")); // no roll
        QCOMPARE(status.value(QStringLiteral("CA-01.votes")), QStringLiteral("not-applicable"));
        QCOMPARE(status.value(QStringLiteral("CA-09.annual_work_report")), QStringLiteral("fail"));
        QCOMPARE(status.value(QStringLiteral("CAST17-07.full_time_secretary")), QStringLiteral("missing-data")); // no staff recorded
        QCOMPARE(status.value(QStringLiteral("CAST17-09.council_size_cap")), QStringLiteral("not-applicable"));
        QCOMPARE(status.value(QStringLiteral("CA-03.term_length")), QStringLiteral("missing-data")); // no term
        const QJsonObject minutes = findings.at(1).toObject();
        QCOMPARE(minutes.value(QLatin1StringView("check")).toString(), QStringLiteral("CAST17-01.minutes"));
        const QJsonArray evidence = minutes.value(QLatin1StringView("evidence")).toArray();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(keysOf(evidence.at(0)), (QStringList { QStringLiteral("id"), QStringLiteral("name") }));
        QCOMPARE(evidence.at(0)[QLatin1StringView("id")].toString(), QStringLiteral("C-2025-1"));
        QVERIFY(minutes.value(QLatin1StringView("citation")).toString().startsWith(u"004_bea18b518c6ff087.txt: "));
    }

    /// Every shipped pack loads and evaluates through the CLI, and every finding's check id is one
    /// the catalogue (shared/domain/reform-requirements.md) names for its requirement — a guard
    /// against typos in the packs' check ids.
    /// The other direction: every requirement of the catalogue's pack tables is in its pack, with
    /// every check the catalogue names for it ("every requirement id and check id there is
    /// implemented"); the Fujian pack, described in prose, has FJ15-01…08 with `activities`.
    void shippedPacks_implementEveryCatalogueCheck()
    {
        const QString shared = test::sharedDir();
        if (shared.isEmpty())
            QSKIP("no ../shared next to the source tree");
        const Catalogue catalogue = readCatalogue(shared + QStringLiteral("/domain/reform-requirements.md"));
        QCOMPARE(leadingNames(QStringLiteral("`CA-01.quorum` (every meeting), `CA-01.votes` (every resolution: passed)")),
            (QSet<QString> { QStringLiteral("quorum"), QStringLiteral("votes") }));
        QCOMPARE(leadingNames(QStringLiteral("`hr_rules`, `finance_rules` (one regulation each)")),
            (QSet<QString> { QStringLiteral("hr_rules"), QStringLiteral("finance_rules") }));
        QCOMPARE(leadingNames(QStringLiteral("`grades` (as CAST17-02)")), QSet<QString> { QStringLiteral("grades") });
        QCOMPARE(catalogue.required.size(), 5); // the five packs with tables
        QStringList missing;
        int required = 0;
        for (auto pack = catalogue.required.cbegin(); pack != catalogue.required.cend(); ++pack) {
            const test::CliRun r = run({ QStringLiteral("check"), QStringLiteral("--pack"), pack.key(), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
            QVERIFY2(r.code == 0 || r.code == 1, qPrintable(pack.key() + u": " + r.err));
            QSet<QString> checks;
            const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1StringView("findings")).toArray();
            for (const QJsonValue &f : findings)
                checks.insert(f[QLatin1StringView("check")].toString());
            for (auto req = pack.value().cbegin(); req != pack.value().cend(); ++req) {
                for (const QString &check : req.value()) {
                    ++required;
                    if (!checks.contains(req.key() + u'.' + check))
                        missing << pack.key() + u' ' + req.key() + u'.' + check;
                }
            }
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        QVERIFY(required > 90);
        const test::CliRun fujian = run({ QStringLiteral("check"), QStringLiteral("--pack"), QStringLiteral("fujian-2015"),
            QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        QStringList fj;
        const QJsonArray findings = QJsonDocument::fromJson(fujian.out.toUtf8()).object().value(QLatin1StringView("findings")).toArray();
        for (const QJsonValue &f : findings)
            fj << f[QLatin1StringView("check")].toString();
        QStringList expected;
        for (int i = 1; i <= 8; ++i)
            expected << QStringLiteral("FJ15-%1.activities").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(fj, expected);
    }

    void shippedPacks_checkIdsAreTheCatalogues()
    {
        const QString shared = test::sharedDir();
        if (shared.isEmpty())
            QSKIP("no ../shared next to the source tree");
        const Catalogue catalogue = readCatalogue(shared + QStringLiteral("/domain/reform-requirements.md"));
        QVERIFY(catalogue.rows.size() >= 5);
        QVERIFY(catalogue.rows.value(QStringLiteral("cast-2017")).value(QStringLiteral("CAST17-01")).contains(QStringLiteral("minutes")));
        QVERIFY(catalogue.rows.value(QStringLiteral("civil-affairs")).value(QStringLiteral("CA-01")).contains(QStringLiteral("votes")));
        QVERIFY(!catalogue.rows.value(QStringLiteral("civil-affairs")).value(QStringLiteral("CA-01")).contains(QStringLiteral("minutes")));

        const test::CliRun list = test::runCli({ QStringLiteral("packs"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(list.code, 0);
        const QJsonArray packs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(packs.size() >= 5);
        for (const QJsonValue &p : packs) {
            const QString pack = p[QLatin1StringView("id")].toString();
            QVERIFY2(catalogue.rows.contains(pack) || catalogue.sections.contains(pack), qPrintable(pack));
            const test::CliRun r = run({ QStringLiteral("check"), QStringLiteral("--pack"), pack, QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
            QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
            const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1StringView("findings")).toArray();
            QCOMPARE(findings.size(), p[QLatin1StringView("checks")].toInt());
            const QHash<QString, QSet<QString>> rows = catalogue.rows.value(pack);
            for (const QJsonValue &f : findings) {
                const QString requirement = f[QLatin1StringView("requirement")].toString();
                const QString check = f[QLatin1StringView("check")].toString().mid(requirement.size() + 1);
                const QString where = pack + u' ' + requirement + u'.' + check;
                if (rows.isEmpty()) { // a pack the catalogue describes in prose (fujian-2015)
                    QVERIFY2(catalogue.sections.value(pack).contains(check), qPrintable(where));
                    continue;
                }
                QVERIFY2(rows.contains(requirement), qPrintable(QString(where + QStringLiteral(": no such requirement"))));
                const QString known = QStringList(rows.value(requirement).values()).join(u',');
                QVERIFY2(rows.value(requirement).contains(check), qPrintable(QString(where + QStringLiteral(": not one of ") + known)));
            }
        }
    }

    void check_packSelectionDateAndExitZero()
    {
        // Only civil-affairs, on 2025-03-30: nothing is due yet (the council meeting is on 04-01, the
        // work report to the supervisor on 03-31).
        test::CliRun r = run({ QStringLiteral("check"), QStringLiteral("--pack"), QStringLiteral("civil-affairs"),
            QStringLiteral("--on"), QStringLiteral("2025-03-30"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0); // council, standing council and work report: pending
        QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QLatin1StringView("reference_date")).toString(), QStringLiteral("2025-03-30"));
        QCOMPARE(doc.value(QLatin1StringView("year")).toInt(), 2025);
        const QJsonArray civil = doc.value(QLatin1StringView("findings")).toArray();
        QHash<QString, QString> civilStatus;
        for (const QJsonValue &f : civil)
            civilStatus.insert(f[QLatin1StringView("check")].toString(), f[QLatin1StringView("status")].toString());
        QCOMPARE(civilStatus.size(), civil.size());
        QCOMPARE(civilStatus.value(QStringLiteral("CA-02.council_frequency")), QStringLiteral("pending"));
        QVERIFY(civilStatus.contains(QStringLiteral("CA-05.standing_ratio")));
        QCOMPARE(civilStatus.value(QStringLiteral("CA-09.annual_work_report")), QStringLiteral("pending"));

        // An extra pack from disk: missing-data is not a failure.
        const QString extra = m_dir.filePath(QStringLiteral("extra.json"));
        QVERIFY(write(extra, kAttestationPack));
        r = run({ QStringLiteral("check"), QStringLiteral("--pack"), extra, QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QLatin1StringView("packs")).toArray(), QJsonArray { QStringLiteral("extra") });
        QCOMPARE(doc.value(QLatin1StringView("findings")).toArray().at(0)[QLatin1StringView("status")].toString(),
            QStringLiteral("missing-data"));

        // Text output, same exit code rule.
        r = run({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"CAST17-01.minutes"));

        r = run({ QStringLiteral("check"), QStringLiteral("--pack"), QStringLiteral("nowhere-2030") });
        QCOMPARE(r.code, 3);
        r = run({ QStringLiteral("check"), QStringLiteral("--on"), QStringLiteral("2025-13") });
        QCOMPARE(r.code, 2);
    }

    void checkOut_writesTheReport_outputAndExitCodeUnchanged()
    {
        // Text on stdout in the messages' language (English here), the report in the society's
        // document language (Chinese, the default): the checks run again for it.
        const QString pdf = m_dir.filePath(QStringLiteral("compliance.pdf"));
        test::CliRun r = run({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), pdf });
        QCOMPARE(r.code, 1); // as without --out
        QVERIFY2(r.out.contains(u"CAST17-01.minutes") && r.out.contains(u"48 finding"), qPrintable(r.out));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(pdf)), qPrintable(r.err));
        QCOMPARE(head(pdf, 4), QByteArray("%PDF"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = test::squeezed(test::pdfText(pdf, nullptr, test::PdfTextMode::Reading));
            QVERIFY2(text.contains(QStringLiteral("合规检查报告")), qPrintable(text.left(300)));
            QVERIFY(text.contains(QStringLiteral("CAST17-01.minutes")));
            QVERIFY(text.contains(QStringLiteral("C-2025-1")));
            QVERIFY(text.contains(QStringLiteral("第1页/共")));
            QVERIFY2(text.contains(QStringLiteral("撰写1次会议的纪要")), qPrintable(text)); // the hint, in Chinese
        }

        // JSON stays alone on stdout; an ODT; exit 0 when nothing fails.
        const QString odt = m_dir.filePath(QStringLiteral("compliance.odt"));
        r = run({ QStringLiteral("check"), QStringLiteral("--pack"), QStringLiteral("civil-affairs"), QStringLiteral("--on"),
            QStringLiteral("2025-03-30"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), odt });
        QCOMPARE(r.code, 0);
        QJsonParseError parse;
        QJsonDocument::fromJson(r.out.toUtf8(), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(head(odt, 2), QByteArray("PK"));
    }

    void checkOut_badSuffixOrUnwritable_exit2Or4_nothingLeft()
    {
        QTemporaryDir dir;
        const QString docx = dir.filePath(QStringLiteral("report.docx"));
        test::CliRun r = run({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), docx });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u".pdf"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        // Under a path that is a file: exit 4, the findings printed all the same, nothing written.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(write(blocker, "x"));
        r = run({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"),
            blocker + QStringLiteral("/report.pdf") });
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.contains(u"CAST17-01.minutes"));
        QVERIFY2(r.err.contains(u"report.pdf"), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { QStringLiteral("blocker") });
        r = run({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"),
            QStringLiteral("/nonexistent-dir/report.odt") });
        QCOMPARE(r.code, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
