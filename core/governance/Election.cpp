#include "governance/Election.h"

#include "governance/GovernanceStore.h"
#include "i18n/Language.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

namespace sd::governance::election {

/// The translation context of the election's messages.
class ElectionText
{
    Q_DECLARE_TR_FUNCTIONS(sd::governance::ElectionText)
};

namespace {

bool refuse(const storage::Database &db, storage::StorageError *error, const QString &message)
{
    if (error) {
        error->kind = storage::StorageError::Kind::Invalid;
        error->file = db.path();
        error->message = message;
    }
    return false;
}

bool sqlFailed(const storage::Database &db, storage::StorageError *error, const QSqlQuery &q)
{
    if (error && !error->isError()) {
        error->kind = storage::StorageError::Kind::Sql;
        error->file = db.path();
        error->message = q.lastError().text();
    }
    return false;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

bool createDraft(storage::Database &db, int number, QDate plannedStart, Term *draft, storage::StorageError *error)
{
    GovernanceStore store(db);
    for (const Term &t : store.terms()) {
        if (t.status == TermStatus::Draft)
            return refuse(db, error, ElectionText::tr("%1 is already being prepared; elect it or remove it first.")
                                         .arg(GovernanceText::termLabel(t.number)));
    }
    Term t;
    t.number = number;
    t.startDate = plannedStart;
    t.endDate = plannedStart.isValid() ? plannedStart.addYears(5).addDays(-1) : QDate();
    t.status = TermStatus::Draft;
    if (!store.addTerm(t, error))
        return false;
    if (draft)
        *draft = t;
    return true;
}

QByteArray ballotPdf(storage::Database &db, const Term &term, Body body, storage::StorageError *error)
{
    const QList<Seat> candidates = GovernanceStore(db).seats(term.id, body);
    if (candidates.isEmpty()) {
        refuse(db, error, ElectionText::tr("%1 has no candidates for the %2 yet.")
                              .arg(GovernanceText::termLabel(term.number), GovernanceText::sheetValue(body)));
        return {};
    }
    const storage::ProfileStore profiles(db);
    const QString society = profiles.profile().name;
    // The ballot is the society's document: in its document language, whatever the screen's.
    const i18n::DocumentTranslator doc(i18n::fromCode(profiles.settings().text(SocietySetting::DocumentLanguage)));
    const auto t = [&doc](const char *source) { return doc.translate("sd::governance::Ballot", source); };
    QString html = QStringLiteral("<h2 align=\"center\">%1</h2><h3 align=\"center\">%2</h3><p>%3</p>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">"
                                  "<tr><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
                       .arg(escaped(society),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "Ballot: election of the %1, %2"))
                               .arg(GovernanceText::sheetValue(body), GovernanceText::termLabel(term.number)),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot",
                               "Mark ○ in the box after a name to vote for, × to vote against; leave it empty to "
                               "abstain. A mark that cannot be read counts as an abstention.")),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "No.")),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "Name")),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "Affiliation")),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "Proposed role")),
                           t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "Vote")));
    int index = 0;
    for (const Seat &s : candidates) {
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td align=\"center\">□</td></tr>")
                    .arg(++index)
                    .arg(escaped(s.name), escaped(s.affiliation), GovernanceText::sheetValue(s.role));
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(t(QT_TRANSLATE_NOOP("sd::governance::Ballot", "Candidates: %1")).arg(candidates.size()));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(GovernanceText::termLabel(term.number) + GovernanceText::sheetValue(body));
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    QFont font = document.defaultFont();
    font.setPointSizeF(11 * writer.resolution() / 72.0);
    document.setDefaultFont(font);
    document.print(&writer);
    return bytes;
}

bool recordCount(storage::Database &db, qint64 termId, int ballotsCast, const QHash<qint64, int> &votes,
    storage::StorageError *error)
{
    const std::optional<Term> term = GovernanceStore(db).term(termId);
    if (!term || term->status != TermStatus::Draft)
        return refuse(db, error, ElectionText::tr("Votes are counted for a term being prepared, not for a sitting one."));
    if (ballotsCast <= 0)
        return refuse(db, error, ElectionText::tr("The number of ballots cast must be more than 0."));
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() < 0 || it.value() > ballotsCast)
            return refuse(db, error, ElectionText::tr("A candidate's votes (%1) must lie between 0 and the ballots cast (%2).")
                                         .arg(it.value())
                                         .arg(ballotsCast));
    }
    return db.transaction(
        [&] {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("UPDATE term SET ballots_cast = ? WHERE id = ?"));
            q.addBindValue(ballotsCast);
            q.addBindValue(termId);
            if (!q.exec())
                return sqlFailed(db, error, q);
            QSqlQuery v(db.connection());
            v.prepare(QStringLiteral("UPDATE seat SET votes = ? WHERE id = ? AND term_id = ?"));
            QJsonObject counted;
            for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
                v.addBindValue(it.value());
                v.addBindValue(it.key());
                v.addBindValue(termId);
                if (!v.exec())
                    return sqlFailed(db, error, v);
                counted.insert(QString::number(it.key()), it.value());
            }
            return db.audit().record(QStringLiteral("term"), termId, QStringLiteral("count"), {},
                QJsonObject { { QStringLiteral("ballots_cast"), ballotsCast }, { QStringLiteral("votes"), counted } }, error);
        },
        error);
}

ElectionResult result(storage::Database &db, const Term &draft, Fraction threshold)
{
    ElectionResult r;
    const int cast = draft.ballotsCast.value_or(0);
    for (const Seat &s : GovernanceStore(db).seats(draft.id)) {
        if (s.votes && isElected(*s.votes, cast, threshold))
            r.elected.append(s);
        else
            r.notElected.append(s);
    }
    return r;
}

bool elect(storage::Database &db, qint64 draftId, QDate date, Fraction threshold, storage::StorageError *error)
{
    GovernanceStore store(db);
    const std::optional<Term> draft = store.term(draftId);
    if (!draft || draft->status != TermStatus::Draft)
        return refuse(db, error, ElectionText::tr("Only a term being prepared can be elected."));
    if (!draft->ballotsCast)
        return refuse(db, error, ElectionText::tr("Record the count (ballots cast and votes) before the election."));
    const ElectionResult r = result(db, *draft, threshold);
    // A standing councillor must be an elected councillor.
    QSet<qint64> councillors;
    for (const Seat &s : r.elected) {
        if (s.body == Body::Council)
            councillors.insert(s.personId);
    }
    for (const Seat &s : r.elected) {
        if (s.body == Body::StandingCouncil && !councillors.contains(s.personId))
            return refuse(db, error, ElectionText::tr("%1 would be elected to the standing council but not to the council "
                                                      "(常务理事须为理事); correct the count first.")
                                         .arg(s.name));
    }
    return db.transaction(
        [&] {
            QSqlQuery q(db.connection());
            // The sitting term ends; its open seats end on the day.
            q.prepare(QStringLiteral("UPDATE seat SET end_date = ? WHERE end_date IS NULL AND term_id IN "
                                     "(SELECT id FROM term WHERE status = 'current')"));
            q.addBindValue(date.toString(Qt::ISODate));
            if (!q.exec())
                return sqlFailed(db, error, q);
            q.prepare(QStringLiteral("UPDATE term SET status = 'past', end_date = ? WHERE status = 'current'"));
            q.addBindValue(date.addDays(-1).toString(Qt::ISODate));
            if (!q.exec())
                return sqlFailed(db, error, q);
            QSqlQuery remove(db.connection());
            remove.prepare(QStringLiteral("DELETE FROM seat WHERE id = ?"));
            QJsonArray notElected;
            for (const Seat &s : r.notElected) {
                remove.addBindValue(s.id);
                if (!remove.exec())
                    return sqlFailed(db, error, remove);
                notElected.append(s.name);
            }
            QSqlQuery seated(db.connection());
            seated.prepare(QStringLiteral("UPDATE seat SET elected = 1, start_date = ? WHERE term_id = ?"));
            seated.addBindValue(date.toString(Qt::ISODate));
            seated.addBindValue(draftId);
            if (!seated.exec())
                return sqlFailed(db, error, seated);
            q.prepare(QStringLiteral("UPDATE term SET status = 'current', start_date = ?, end_date = ? WHERE id = ?"));
            q.addBindValue(date.toString(Qt::ISODate));
            q.addBindValue(date.addYears(5).addDays(-1).toString(Qt::ISODate));
            q.addBindValue(draftId);
            if (!q.exec())
                return sqlFailed(db, error, q);
            return db.audit().record(QStringLiteral("term"), draftId, QStringLiteral("elect"), {},
                QJsonObject { { QStringLiteral("on"), date.toString(Qt::ISODate) },
                    { QStringLiteral("elected"), static_cast<qint64>(r.elected.size()) },
                    { QStringLiteral("not_elected"), notElected } },
                error);
        },
        error);
}

} // namespace sd::governance::election
