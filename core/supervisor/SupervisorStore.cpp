#include "supervisor/SupervisorStore.h"

#include "package/PackageLayout.h"
#include "package/PackageVerifier.h"
#include "package/Signature.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sd::supervisor {

namespace layout = package::layout;
using package::PackageVerifier;
using package::Signature;
using storage::StorageError;

namespace {

constexpr qint64 kMaxSignatureFileBytes = 4096;
const QLatin1StringView kHubeiPack { "hubei-2017" };
const QLatin1StringView kSubmittedRequirement { "HB17-01" };

StorageError sqlError(const QSqlQuery &q, const QString &path)
{
    StorageError e;
    e.kind = StorageError::Kind::Sql;
    e.file = path;
    e.message = q.lastError().text();
    return e;
}

Submission submissionFrom(const QSqlQuery &q)
{
    // Columns: see kSubmissionColumns.
    Submission s;
    s.id = q.value(0).toLongLong();
    s.societyId = q.value(1).toLongLong();
    s.creditCode = q.value(2).toString();
    s.society = q.value(3).toString();
    s.year = q.value(4).toInt();
    s.packs = q.value(5).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    s.baggingDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.sha256 = q.value(7).toString().toLatin1();
    s.fileName = q.value(8).toString();
    s.signature = q.value(9).toString();
    s.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    s.supersededBy = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    return s;
}

const QString kSubmissionColumns = QStringLiteral(
    "s.id, s.society_id, c.credit_code, c.name, s.year, s.packs, s.bagging_date, s.sha256, s.file_name, s.signature, "
    "s.imported_at, s.superseded_by FROM submission s JOIN society c ON c.id = s.society_id");

/// What import() takes from a verified package.
struct Parsed
{
    QString creditCode;
    QString name;
    int year = 0;
    QDate baggingDate;
    QStringList packs;
    QList<SubmittedFinding> findings;
    QMap<QString, qint64> figures;
    QStringList missingParts;
};

} // namespace

QStringList SupervisorStore::figureLabels()
{
    return { layout::kIndividualMembers, layout::kUnitMembers, layout::kCouncilSeats, layout::kStandingCouncilSeats,
        layout::kBranches, layout::kMeetings, layout::kActivities };
}

SupervisorStore::SupervisorStore(std::unique_ptr<storage::Database> db)
    : m_db(std::move(db))
{ }

std::unique_ptr<SupervisorStore> SupervisorStore::open(const QString &path, storage::OpenMode mode,
    StorageError *error, const Clock *clock)
{
    storage::Database::Options options;
    options.mode = mode;
    options.kind = storage::FileKind::Supervisor;
    options.clock = clock;
    auto db = storage::Database::open(path, options, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<SupervisorStore>(new SupervisorStore(std::move(db)));
}

std::unique_ptr<SupervisorStore> SupervisorStore::openShared(
    const storage::Database::WriterShare &share, StorageError *error)
{
    auto db = storage::Database::openShared(share, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<SupervisorStore>(new SupervisorStore(std::move(db)));
}

QList<ImportOutcome> SupervisorStore::import(const QStringList &paths)
{
    QList<ImportOutcome> outcomes;
    for (const QString &path : paths)
        outcomes.append(importPackage(path));
    return outcomes;
}

ImportOutcome SupervisorStore::importPackage(const QString &path)
{
    ImportOutcome outcome;
    outcome.path = path;
    const QString fileName = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &message, const QString &entry = {}) {
        outcome.result = ImportOutcome::Result::Refused;
        outcome.message = message;
        outcome.entry = entry;
        return outcome;
    };
    if (m_db->isReadOnly())
        return refuse(m_db->readOnlyReason());

    // The detached signature beside the ZIP, when there is one.
    std::optional<QByteArray> signature;
    const QString signaturePath = path + QStringLiteral(".sig");
    if (QFileInfo::exists(signaturePath)) {
        QFile file(signaturePath);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(tr("The signature %1 cannot be read.").arg(QFileInfo(signaturePath).fileName()));
        QString why;
        signature = Signature::parseSignature(file.read(kMaxSignatureFileBytes), &why);
        if (!signature)
            return refuse(tr("The signature %1 is damaged: %2").arg(QFileInfo(signaturePath).fileName(), why));
    }

    package::VerifyOptions options;
    options.signature = signature;
    PackageVerifier verifier(options);
    const package::VerifyReport &report = verifier.verify(path);
    if (!report.ok)
        return refuse(tr("The package is invalid and was not imported: %1").arg(report.describe()), report.entry);

    // What bag-info.txt says.
    Parsed p;
    const QString bagInfo = report.bag + QStringLiteral("/") + layout::kBagInfo;
    p.creditCode = report.info(layout::kExternalIdentifier).trimmed();
    p.name = report.info(layout::kSourceOrganization).trimmed();
    bool yearOk = false;
    p.year = report.info(layout::kReportYear).toInt(&yearOk);
    p.baggingDate = QDate::fromString(report.info(layout::kBaggingDate), Qt::ISODate);
    for (const QString &pack : report.info(layout::kRulePacks).split(u',', Qt::SkipEmptyParts)) {
        if (!pack.trimmed().isEmpty())
            p.packs << pack.trimmed();
    }
    if (p.creditCode.isEmpty())
        return refuse(tr("bag-info.txt has no %1 (the society's credit code).").arg(layout::kExternalIdentifier), bagInfo);
    if (p.name.isEmpty())
        return refuse(tr("bag-info.txt has no %1 (the society's name).").arg(layout::kSourceOrganization), bagInfo);
    if (!yearOk || p.year < 1900 || p.year > 9999)
        return refuse(tr("bag-info.txt has no valid %1.").arg(layout::kReportYear), bagInfo);
    if (!p.baggingDate.isValid())
        return refuse(tr("bag-info.txt has no valid %1 (yyyy-MM-dd).").arg(layout::kBaggingDate), bagInfo);
    if (report.bag != p.creditCode + u'-' + QString::number(p.year))
        return refuse(tr("The bag is named %1, but its bag-info.txt says %2 for %3.")
                          .arg(report.bag, p.creditCode)
                          .arg(p.year),
            report.bag);
    for (const QString &label : figureLabels()) {
        const QString value = report.info(QLatin1StringView(label.toLatin1()));
        if (value.isEmpty())
            continue;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return refuse(tr("bag-info.txt: %1 is not a whole number (%2).").arg(label, value), bagInfo);
        p.figures.insert(label, n);
    }
    p.missingParts = report.infoValues(layout::kMissingPart);

    // The pinned key, when the society has one: its packages must be signed with it.
    QString signatureState = signature ? QStringLiteral("unchecked") : QStringLiteral("absent");
    if (const auto key = pinnedKey(p.creditCode)) {
        if (!signature)
            return refuse(tr("%1 has a pinned key, but the package has no signature (%2).")
                              .arg(p.creditCode, QFileInfo(signaturePath).fileName()),
                report.bag + QStringLiteral("/") + layout::kTagManifest);
        if (!Signature::verify(verifier.tagManifest(), *signature, *key))
            return refuse(tr("The signature does not match the key pinned for %1: the package was changed or signed "
                             "with another key.")
                              .arg(p.creditCode),
                report.bag + QStringLiteral("/") + layout::kTagManifest);
        signatureState = QStringLiteral("valid");
    }

    // compliance.json: every finding's check id and status.
    const bool hasCompliance = std::any_of(report.files.cbegin(), report.files.cend(),
        [](const package::PayloadFile &f) { return f.path == layout::kComplianceJson; });
    if (hasCompliance) {
        const QString entry = report.bag + u'/' + layout::kComplianceJson;
        QString why;
        const auto bytes = verifier.readEntry(layout::kComplianceJson, &why);
        if (!bytes)
            return refuse(why, entry);
        QJsonParseError parseError {};
        const QJsonDocument json = QJsonDocument::fromJson(*bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject() || !json.object().value(QStringLiteral("findings")).isArray())
            return refuse(tr("compliance.json is not the check command's JSON."), entry);
        QSet<QString> seen;
        for (const QJsonValue &value : json.object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = value.toObject();
            SubmittedFinding f;
            f.check = o.value(QStringLiteral("check")).toString();
            f.requirement = o.value(QStringLiteral("requirement")).toString();
            f.measured = o.value(QStringLiteral("measured")).toString();
            const auto status = rules::FindingText::statusFromCode(o.value(QStringLiteral("status")).toString());
            if (f.check.isEmpty() || !status)
                return refuse(tr("compliance.json has a finding without a check id or a known status."), entry);
            if (seen.contains(f.check))
                return refuse(tr("compliance.json lists %1 twice.").arg(f.check), entry);
            seen.insert(f.check);
            if (f.requirement.isEmpty())
                f.requirement = f.check.section(u'.', 0, 0);
            f.status = *status;
            p.findings.append(f);
        }
    }

    // HB17-01.submitted: the package was bagged by the plan's deadline (31 Dec of the year).
    if (p.packs.contains(kHubeiPack)) {
        const QDate deadline(p.year, 12, 31);
        SubmittedFinding f;
        f.check = kSubmittedCheck;
        f.requirement = kSubmittedRequirement;
        f.status = p.baggingDate <= deadline ? rules::Status::Pass : rules::Status::Fail;
        f.measured = tr("bagged %1, deadline %2").arg(p.baggingDate.toString(Qt::ISODate), deadline.toString(Qt::ISODate));
        p.findings.removeIf([](const SubmittedFinding &g) { return g.check == kSubmittedCheck; });
        p.findings.append(f);
    }

    // Record it, all or nothing.
    enum class Verdict { Imported, Superseded, Already, Older } verdict = Verdict::Imported;
    QString olderThan;
    StorageError error;
    const bool committed = m_db->transaction([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM submission WHERE sha256 = ?"));
        q.addBindValue(QString::fromLatin1(report.zipSha256));
        if (!q.exec())
            return error = sqlError(q, m_db->path()), false;
        if (q.next()) {
            verdict = Verdict::Already;
            outcome.submissionId = q.value(0).toLongLong();
            return false; // nothing to write
        }
        q.prepare(QStringLiteral("INSERT INTO society (credit_code, name) VALUES (?, ?) "
                                 "ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name"));
        q.addBindValue(p.creditCode);
        q.addBindValue(p.name);
        if (!q.exec())
            return error = sqlError(q, m_db->path()), false;
        q.prepare(QStringLiteral("SELECT id FROM society WHERE credit_code = ?"));
        q.addBindValue(p.creditCode);
        if (!q.exec() || !q.next())
            return error = sqlError(q, m_db->path()), false;
        const qint64 societyId = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT id, bagging_date FROM submission WHERE society_id = ? AND year = ? "
                                 "AND superseded_by IS NULL"));
        q.addBindValue(societyId);
        q.addBindValue(p.year);
        if (!q.exec())
            return error = sqlError(q, m_db->path()), false;
        qint64 current = 0;
        if (q.next()) {
            current = q.value(0).toLongLong();
            const QDate currentDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (p.baggingDate < currentDate) {
                verdict = Verdict::Older;
                olderThan = currentDate.toString(Qt::ISODate);
                return false;
            }
            verdict = Verdict::Superseded;
        }
        q.prepare(QStringLiteral("INSERT INTO submission (society_id, year, packs, bagging_date, sha256, file_name, "
                                 "signature, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(societyId);
        q.addBindValue(p.year);
        q.addBindValue(p.packs.join(QStringLiteral(", ")));
        q.addBindValue(p.baggingDate.toString(Qt::ISODate));
        q.addBindValue(QString::fromLatin1(report.zipSha256));
        q.addBindValue(fileName);
        q.addBindValue(signatureState);
        q.addBindValue(m_db->clock().now().toUTC().toString(Qt::ISODate));
        if (!q.exec())
            return error = sqlError(q, m_db->path()), false;
        const qint64 id = q.lastInsertId().toLongLong();
        outcome.submissionId = id;
        if (current) {
            q.prepare(QStringLiteral("UPDATE submission SET superseded_by = ? WHERE id = ?"));
            q.addBindValue(id);
            q.addBindValue(current);
            if (!q.exec())
                return error = sqlError(q, m_db->path()), false;
        }
        q.prepare(QStringLiteral("INSERT INTO finding (submission_id, check_id, requirement, status, measured) "
                                 "VALUES (?, ?, ?, ?, coalesce(?, ''))"));
        for (const SubmittedFinding &f : std::as_const(p.findings)) {
            q.addBindValue(id);
            q.addBindValue(f.check);
            q.addBindValue(f.requirement);
            q.addBindValue(rules::FindingText::code(f.status));
            q.addBindValue(f.measured);
            if (!q.exec())
                return error = sqlError(q, m_db->path()), false;
        }
        q.prepare(QStringLiteral("INSERT INTO figure (submission_id, key, value) VALUES (?, ?, ?)"));
        for (auto it = p.figures.cbegin(); it != p.figures.cend(); ++it) {
            q.addBindValue(id);
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec())
                return error = sqlError(q, m_db->path()), false;
        }
        q.prepare(QStringLiteral("INSERT INTO missing_part (submission_id, position, part) VALUES (?, ?, ?)"));
        for (int i = 0; i < p.missingParts.size(); ++i) {
            q.addBindValue(id);
            q.addBindValue(i);
            q.addBindValue(p.missingParts.at(i));
            if (!q.exec())
                return error = sqlError(q, m_db->path()), false;
        }
        return true;
    }, &error);

    switch (verdict) {
    case Verdict::Already:
        outcome.result = ImportOutcome::Result::AlreadyImported;
        outcome.message = tr("%1 (%2, %3) was imported before; nothing changed.").arg(fileName, p.name).arg(p.year);
        return outcome;
    case Verdict::Older:
        outcome.submissionId = 0;
        return refuse(tr("%1 is older (bagged %2) than the package of %3 for %4 already imported (bagged %5); it was "
                         "not imported.")
                          .arg(fileName, p.baggingDate.toString(Qt::ISODate), p.name)
                          .arg(p.year)
                          .arg(olderThan));
    case Verdict::Imported:
    case Verdict::Superseded:
        break;
    }
    if (!committed) {
        outcome.submissionId = 0;
        return refuse(tr("%1 could not be recorded: %2").arg(fileName, error.message));
    }
    outcome.result = verdict == Verdict::Superseded ? ImportOutcome::Result::Superseded : ImportOutcome::Result::Imported;
    outcome.message = verdict == Verdict::Superseded
        ? tr("Imported %1 (%2, %3); it supersedes the package imported before.").arg(fileName, p.name).arg(p.year)
        : tr("Imported %1 (%2, %3).").arg(fileName, p.name).arg(p.year);
    return outcome;
}

bool SupervisorStore::trust(const QString &creditCode, const QByteArray &publicKey, StorageError *error)
{
    if (creditCode.trimmed().isEmpty() || publicKey.size() != Signature::kPublicKeyBytes) {
        if (error) {
            error->kind = StorageError::Kind::Invalid;
            error->file = m_db->path();
            error->message = creditCode.trimmed().isEmpty() ? tr("A credit code is needed to pin a key.")
                                                            : tr("A public key is 32 bytes.");
        }
        return false;
    }
    return m_db->transaction([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO pinned_key (credit_code, public_key, fingerprint, pinned_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (credit_code) DO UPDATE SET public_key = excluded.public_key, "
                                 "fingerprint = excluded.fingerprint, pinned_at = excluded.pinned_at"));
        q.addBindValue(creditCode.trimmed());
        q.addBindValue(publicKey);
        q.addBindValue(Signature::fingerprint(publicKey));
        q.addBindValue(m_db->clock().now().toUTC().toString(Qt::ISODate));
        if (!q.exec()) {
            if (error)
                *error = sqlError(q, m_db->path());
            return false;
        }
        return true;
    }, error);
}

std::optional<QByteArray> SupervisorStore::pinnedKey(const QString &creditCode) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT public_key FROM pinned_key WHERE credit_code = ?"));
    q.addBindValue(creditCode.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return std::nullopt;
}

QList<Society> SupervisorStore::societies() const
{
    QList<Society> list;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT c.id, c.credit_code, c.name, k.fingerprint FROM society c "
                          "LEFT JOIN pinned_key k ON k.credit_code = c.credit_code ORDER BY c.credit_code"));
    while (q.next())
        list.append(Society { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return list;
}

QList<Submission> SupervisorStore::submissions(bool currentOnly) const
{
    QList<Submission> list;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT ") + kSubmissionColumns
        + (currentOnly ? QStringLiteral(" WHERE s.superseded_by IS NULL") : QString())
        + QStringLiteral(" ORDER BY s.imported_at DESC, s.id DESC"));
    while (q.next())
        list.append(submissionFrom(q));
    for (Submission &s : list) {
        QSqlQuery parts(m_db->connection());
        parts.prepare(QStringLiteral("SELECT part FROM missing_part WHERE submission_id = ? ORDER BY position"));
        parts.addBindValue(s.id);
        parts.exec();
        while (parts.next())
            s.missingParts << parts.value(0).toString();
    }
    return list;
}

std::optional<Submission> SupervisorStore::submission(qint64 id) const
{
    const QList<Submission> all = submissions(false);
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Submission &s) { return s.id == id; });
    if (it == all.cend())
        return std::nullopt;
    return *it;
}

QList<Submission> SupervisorStore::societySubmissions(qint64 societyId) const
{
    QList<Submission> list = submissions(true);
    list.removeIf([&](const Submission &s) { return s.societyId != societyId; });
    std::sort(list.begin(), list.end(), [](const Submission &a, const Submission &b) { return a.year > b.year; });
    return list;
}

QList<SubmittedFinding> SupervisorStore::findings(qint64 submissionId) const
{
    QList<SubmittedFinding> list;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT check_id, requirement, status, measured FROM finding WHERE submission_id = ? "
                             "ORDER BY check_id"));
    q.addBindValue(submissionId);
    q.exec();
    while (q.next()) {
        SubmittedFinding f;
        f.check = q.value(0).toString();
        f.requirement = q.value(1).toString();
        f.status = rules::FindingText::statusFromCode(q.value(2).toString()).value_or(rules::Status::MissingData);
        f.measured = q.value(3).toString();
        list.append(f);
    }
    return list;
}

QMap<QString, qint64> SupervisorStore::figures(qint64 submissionId) const
{
    QMap<QString, qint64> map;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT key, value FROM figure WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    q.exec();
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toLongLong());
    return map;
}

Overview SupervisorStore::overview(std::optional<int> year) const
{
    Overview overview;
    // Per society: its current package for the year, or for its latest year.
    QMap<qint64, Submission> chosen;
    for (const Submission &s : submissions(true)) {
        if (year && s.year != *year)
            continue;
        const auto it = chosen.constFind(s.societyId);
        if (it == chosen.cend() || s.year > it->year)
            chosen.insert(s.societyId, s);
    }
    QSet<QString> checks;
    QSet<QString> figureKeys;
    for (const Submission &s : std::as_const(chosen)) {
        OverviewRow row;
        row.submission = s;
        row.figures = figures(s.id);
        for (const SubmittedFinding &f : findings(s.id)) {
            row.statuses.insert(f.check, f.status);
            checks.insert(f.check);
        }
        for (auto it = row.figures.cbegin(); it != row.figures.cend(); ++it)
            figureKeys.insert(it.key());
        overview.rows.append(row);
    }
    std::sort(overview.rows.begin(), overview.rows.end(),
        [](const OverviewRow &a, const OverviewRow &b) { return a.submission.creditCode < b.submission.creditCode; });
    overview.checks = QStringList(checks.cbegin(), checks.cend());
    overview.checks.sort();
    for (const QString &label : figureLabels()) {
        if (figureKeys.contains(label))
            overview.figures << label;
    }
    return overview;
}

} // namespace sd::supervisor
