#include "annual/AnnualReportStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

namespace sd::annual {

using storage::StorageError;

namespace {

constexpr const char *kStatusCodes[] = { "draft", "review", "approved", "published" };

QString timestamp(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QByteArray json(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

QString sectionColumns()
{
    return AnnualReportStore::sectionCodes().join(QStringLiteral(", "));
}

} // namespace

AnnualReportStore::AnnualReportStore(storage::Database &db)
    : m_db(db)
{
}

QStringList AnnualReportStore::sectionCodes()
{
    return { QStringLiteral("development"), QStringLiteral("governance"), QStringLiteral("activities"),
        QStringLiteral("members"), QStringLiteral("finances") };
}

QString AnnualReportStore::sectionTitle(const QString &code)
{
    if (code == QLatin1StringView("development"))
        return tr("Development overview");
    if (code == QLatin1StringView("governance"))
        return tr("Internal governance");
    if (code == QLatin1StringView("activities"))
        return tr("Main activities");
    if (code == QLatin1StringView("members"))
        return tr("Member development and services");
    if (code == QLatin1StringView("finances"))
        return tr("Finances");
    return code;
}

QString AnnualReportStore::statusCode(ReportStatus status)
{
    return QLatin1StringView(kStatusCodes[int(status)]);
}

std::optional<ReportStatus> AnnualReportStore::statusFromCode(QStringView code)
{
    for (int i = 0; i < 4; ++i) {
        if (code.trimmed().compare(QLatin1StringView(kStatusCodes[i]), Qt::CaseInsensitive) == 0)
            return ReportStatus(i);
    }
    return std::nullopt;
}

QString AnnualReportStore::statusName(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft:
        return tr("Draft");
    case ReportStatus::Review:
        return tr("In review");
    case ReportStatus::Approved:
        return tr("Approved");
    case ReportStatus::Published:
        return tr("Published");
    }
    return {};
}

QStringList AnnualReportStore::figureKeys(const QString &section)
{
    // The overview draws on every part; the activities section shows the branches' too.
    if (section == QLatin1StringView("development"))
        return { QStringLiteral("members"), QStringLiteral("governance"), QStringLiteral("branches"), QStringLiteral("activities"),
            QStringLiteral("finances") };
    if (section == QLatin1StringView("activities"))
        return { QStringLiteral("activities"), QStringLiteral("branches") };
    return { section };
}

QString AnnualReportStore::plainText(const QString &narrative)
{
    if (!Qt::mightBeRichText(narrative))
        return narrative;
    QTextDocument document;
    document.setHtml(narrative);
    return document.toPlainText();
}

bool AnnualReportStore::isBlank(const QString &narrative)
{
    return plainText(narrative).trimmed().isEmpty();
}

bool AnnualReportStore::refuse(StorageError *error, const QString &message) const
{
    if (error) {
        error->kind = StorageError::Kind::Invalid;
        error->file = m_db.path();
        error->message = message;
    }
    return false;
}

bool AnnualReportStore::failed(StorageError *error, const QString &detail) const
{
    if (error) {
        error->kind = StorageError::Kind::Sql;
        error->file = m_db.path();
        error->message = tr("The annual report could not be written (%1).").arg(detail);
    }
    return false;
}

std::optional<AnnualReport> AnnualReportStore::report(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, status, published_on, figures, figures_taken_at, updated_at, ")
        + sectionColumns()
        + QStringLiteral(", (SELECT max(version) FROM annual_report_version v WHERE v.report_id = r.id) "
                         "FROM annual_report r WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AnnualReport r;
    r.id = q.value(0).toLongLong();
    r.year = year;
    r.status = statusFromCode(q.value(1).toString()).value_or(ReportStatus::Draft);
    r.publishedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.content.figures = object(q.value(3));
    r.figuresTakenAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    const QStringList codes = sectionCodes();
    for (int i = 0; i < codes.size(); ++i)
        r.content.narratives.insert(codes.at(i), q.value(6 + i).toString());
    r.latestVersion = q.value(6 + int(codes.size())).toInt();
    return r;
}

QList<int> AnnualReportStore::years() const
{
    QList<int> list;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT year FROM annual_report ORDER BY year DESC"))) {
        while (q.next())
            list << q.value(0).toInt();
    }
    return list;
}

bool AnnualReportStore::create(int year, const QJsonObject &figures, StorageError *error)
{
    if (year < 1900 || year > 2999)
        return refuse(error, tr("%1 is not a year a report can cover.").arg(year));
    if (report(year))
        return refuse(error, tr("The %1 report already exists.").arg(year));
    const QString now = timestamp(m_db.clock().now());
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO annual_report (year, figures, figures_taken_at, updated_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(year);
            q.addBindValue(figures.isEmpty() ? QVariant() : QVariant(json(figures)));
            q.addBindValue(figures.isEmpty() ? QVariant() : QVariant(now));
            q.addBindValue(now);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("annual_report"), q.lastInsertId().toLongLong(),
                QStringLiteral("create"), {}, QJsonObject { { QStringLiteral("year"), year } }, error);
        },
        error);
}

bool AnnualReportStore::editableDraft(int year, StorageError *error, AnnualReport *out) const
{
    const std::optional<AnnualReport> r = report(year);
    if (!r)
        return refuse(error, tr("There is no %1 report yet.").arg(year));
    switch (r->status) {
    case ReportStatus::Draft:
        break;
    case ReportStatus::Published:
        return refuse(error,
            tr("The %1 report is published and locked; a correction is a new version with a note.").arg(year));
    case ReportStatus::Review:
    case ReportStatus::Approved:
        return refuse(error, tr("The %1 report is %2; return it to draft to edit it.").arg(year).arg(statusName(r->status)));
    }
    if (out)
        *out = *r;
    return true;
}

bool AnnualReportStore::writeWorkingCopy(qint64 id, const QMap<QString, QString> &narratives, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    for (auto it = narratives.cbegin(); it != narratives.cend(); ++it) {
        // The column name is one of sectionCodes(), checked by the callers.
        q.prepare(QStringLiteral("UPDATE annual_report SET %1 = ?, updated_at = ? WHERE id = ?").arg(it.key()));
        q.addBindValue(it.value());
        q.addBindValue(timestamp(m_db.clock().now()));
        q.addBindValue(id);
        if (!q.exec())
            return failed(error, q.lastError().text());
    }
    return true;
}

bool AnnualReportStore::setNarratives(int year, const QMap<QString, QString> &narratives, StorageError *error)
{
    for (auto it = narratives.cbegin(); it != narratives.cend(); ++it) {
        if (!sectionCodes().contains(it.key()))
            return refuse(error, tr("\"%1\" is not a section of the annual report.").arg(it.key()));
    }
    AnnualReport r;
    if (!editableDraft(year, error, &r))
        return false;
    QMap<QString, QString> changed;
    for (auto it = narratives.cbegin(); it != narratives.cend(); ++it) {
        if (r.content.narrative(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return true;
    return m_db.transaction(
        [&] {
            QJsonObject sizes;
            for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                sizes.insert(it.key(), plainText(it.value()).size());
            return writeWorkingCopy(r.id, changed, error)
                && m_db.audit().record(QStringLiteral("annual_report"), r.id, QStringLiteral("write"), {},
                    QJsonObject { { QStringLiteral("characters"), sizes } }, error);
        },
        error);
}

bool AnnualReportStore::setFigures(int year, const QJsonObject &figures, StorageError *error)
{
    AnnualReport r;
    if (!editableDraft(year, error, &r))
        return false;
    const QString now = timestamp(m_db.clock().now());
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE annual_report SET figures = ?, figures_taken_at = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(figures.isEmpty() ? QVariant() : QVariant(json(figures)));
            q.addBindValue(figures.isEmpty() ? QVariant() : QVariant(now));
            q.addBindValue(now);
            q.addBindValue(r.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("annual_report"), r.id, QStringLiteral("refresh"), {},
                QJsonObject { { QStringLiteral("figures_taken_at"), now } }, error);
        },
        error);
}

bool AnnualReportStore::insertVersion(const AnnualReport &r, const QString &note, StorageError *error, int *version)
{
    const int number = r.latestVersion + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO annual_report_version (report_id, version, saved_at, status, note, ")
        + sectionColumns() + QStringLiteral(", figures) VALUES (?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(number);
    q.addBindValue(timestamp(m_db.clock().now()));
    q.addBindValue(statusCode(r.status));
    q.addBindValue(note.trimmed());
    for (const QString &code : sectionCodes())
        q.addBindValue(r.content.narrative(code));
    q.addBindValue(r.content.figures.isEmpty() ? QVariant() : QVariant(json(r.content.figures)));
    if (!q.exec())
        return failed(error, q.lastError().text());
    if (version)
        *version = number;
    return m_db.audit().record(QStringLiteral("annual_report"), r.id, QStringLiteral("version"), {},
        QJsonObject { { QStringLiteral("version"), number }, { QStringLiteral("note"), note.trimmed() } }, error);
}

bool AnnualReportStore::saveVersion(int year, const QString &note, StorageError *error, int *version)
{
    const std::optional<AnnualReport> r = report(year);
    if (!r)
        return refuse(error, tr("There is no %1 report yet.").arg(year));
    if (r->isLocked())
        return refuse(error,
            tr("The %1 report is published and locked; a correction is a new version with a note.").arg(year));
    return m_db.transaction([&] { return insertVersion(*r, note, error, version); }, error);
}

QList<ReportVersion> AnnualReportStore::versions(int year) const
{
    QList<ReportVersion> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, saved_at, v.status, note, figures, ")
        + sectionColumns()
        + QStringLiteral(" FROM annual_report_version v WHERE report_id = (SELECT id FROM annual_report WHERE year = ?) "
                         "ORDER BY version"));
    q.addBindValue(year);
    if (!q.exec())
        return list;
    const QStringList codes = sectionCodes();
    while (q.next()) {
        ReportVersion v;
        v.version = q.value(0).toInt();
        v.savedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        v.status = statusFromCode(q.value(2).toString()).value_or(ReportStatus::Draft);
        v.note = q.value(3).toString();
        v.content.figures = object(q.value(4));
        for (int i = 0; i < codes.size(); ++i)
            v.content.narratives.insert(codes.at(i), q.value(5 + i).toString());
        list << v;
    }
    return list;
}

std::optional<ReportVersion> AnnualReportStore::version(int year, int number) const
{
    for (const ReportVersion &v : versions(year)) {
        if (v.version == number)
            return v;
    }
    return std::nullopt;
}

bool AnnualReportStore::restore(int year, int number, StorageError *error)
{
    AnnualReport r;
    if (!editableDraft(year, error, &r))
        return false;
    const std::optional<ReportVersion> v = version(year, number);
    if (!v)
        return refuse(error, tr("The %1 report has no version %2.").arg(year).arg(number));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE annual_report SET figures = ?, figures_taken_at = ?, updated_at = ? WHERE id = ?"));
            const QString now = timestamp(m_db.clock().now());
            q.addBindValue(v->content.figures.isEmpty() ? QVariant() : QVariant(json(v->content.figures)));
            q.addBindValue(v->content.figures.isEmpty() ? QVariant() : QVariant(now));
            q.addBindValue(now);
            q.addBindValue(r.id);
            if (!q.exec() || !writeWorkingCopy(r.id, v->content.narratives, error))
                return q.lastError().isValid() ? failed(error, q.lastError().text()) : false;
            r.content = v->content;
            return insertVersion(r, tr("Restored from version %1").arg(number), error, nullptr);
        },
        error);
}

bool AnnualReportStore::setStatus(int year, ReportStatus status, QDate publishedOn, StorageError *error)
{
    std::optional<AnnualReport> r = report(year);
    if (!r)
        return refuse(error, tr("There is no %1 report yet.").arg(year));
    const ReportStatus from = r->status;
    if (from == status)
        return true;
    if (from == ReportStatus::Published)
        return refuse(error,
            tr("The %1 report is published and locked; a correction is a new version with a note.").arg(year));
    const bool forward = int(status) == int(from) + 1;
    const bool back = status == ReportStatus::Draft;
    if (!forward && !back) {
        return refuse(error,
            tr("A report goes draft → review → approved → published one step at a time; the %1 report is %2, "
               "its next step is %3.")
                .arg(year)
                .arg(statusName(from), statusName(ReportStatus(int(from) + 1))));
    }
    if (status == ReportStatus::Review) {
        QStringList blank;
        for (const QString &code : sectionCodes()) {
            if (isBlank(r->content.narrative(code)))
                blank << sectionTitle(code);
        }
        if (!blank.isEmpty())
            return refuse(error, tr("Write every section before review; not yet written: %1.").arg(blank.join(tr(", "))));
        if (r->content.figures.isEmpty())
            return refuse(error, tr("Take the generated parts from the records before review."));
    }
    if (status == ReportStatus::Published) {
        const QDate today = m_db.clock().today();
        if (!publishedOn.isValid() || publishedOn < QDate(year, 1, 1) || publishedOn > today) {
            return refuse(error,
                tr("The publication date must be from %1 to today (%2).")
                    .arg(QDate(year, 1, 1).toString(Qt::ISODate), today.toString(Qt::ISODate)));
        }
    }
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE annual_report SET status = ?, published_on = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(statusCode(status));
            q.addBindValue(status == ReportStatus::Published ? QVariant(publishedOn.toString(Qt::ISODate)) : QVariant());
            q.addBindValue(timestamp(m_db.clock().now()));
            q.addBindValue(r->id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            QJsonObject after { { QStringLiteral("status"), statusCode(status) } };
            if (status == ReportStatus::Published)
                after.insert(QStringLiteral("published_on"), publishedOn.toString(Qt::ISODate));
            if (!m_db.audit().record(QStringLiteral("annual_report"), r->id, QStringLiteral("status"),
                    QJsonObject { { QStringLiteral("status"), statusCode(from) } }, after, error))
                return false;
            if (status != ReportStatus::Approved && status != ReportStatus::Published)
                return true;
            r->status = status;
            return insertVersion(*r, QString(), error, nullptr);
        },
        error);
}

bool AnnualReportStore::correct(int year, const QMap<QString, QString> &narratives, const QString &note, StorageError *error)
{
    std::optional<AnnualReport> r = report(year);
    if (!r)
        return refuse(error, tr("There is no %1 report yet.").arg(year));
    if (!r->isLocked())
        return refuse(error, tr("Only a published report is corrected; edit the draft instead."));
    if (note.trimmed().isEmpty())
        return refuse(error, tr("A correction needs a note saying what it corrects."));
    for (auto it = narratives.cbegin(); it != narratives.cend(); ++it) {
        if (!sectionCodes().contains(it.key()))
            return refuse(error, tr("\"%1\" is not a section of the annual report.").arg(it.key()));
    }
    return m_db.transaction(
        [&] {
            if (!writeWorkingCopy(r->id, narratives, error))
                return false;
            for (auto it = narratives.cbegin(); it != narratives.cend(); ++it)
                r->content.narratives.insert(it.key(), it.value());
            return insertVersion(*r, note, error, nullptr);
        },
        error);
}

QList<SectionComparison> AnnualReportStore::compare(const ReportContent &from, const ReportContent &to)
{
    QList<SectionComparison> list;
    for (const QString &code : sectionCodes()) {
        SectionComparison c;
        c.section = code;
        const QString before = plainText(from.narrative(code));
        const QString after = plainText(to.narrative(code));
        c.narrativeChanged = before != after;
        if (c.narrativeChanged)
            c.diff = diffText(before, after);
        for (const QString &key : figureKeys(code)) {
            if (from.figures.value(key) != to.figures.value(key))
                c.figuresChanged = true;
        }
        list << c;
    }
    return list;
}

} // namespace sd::annual
