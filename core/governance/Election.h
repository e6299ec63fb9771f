#pragma once

#include "domain/Fraction.h"
#include "governance/Governance.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QList>

namespace sd::storage {
class Database;
}

/// Election preparation (换届筹备): a draft next term whose bodies are filled with candidates
/// before the vote — the composition panel and every threshold apply to it as to a sitting
/// term, so a failing council is seen before it is elected — then ballots, the count, and the
/// election that makes the draft the current term.
namespace sd::governance::election {

/// Opens the draft of term `number` (the next after the current one), starting on `plannedStart`.
bool createDraft(storage::Database &db, int number, QDate plannedStart, Term *draft, storage::StorageError *error);

/// The ballot (选票) of `body` in the draft `term`: a PDF with the candidates in order and a box
/// for each, and how to mark it. Empty with `error` when the draft has no candidates there.
[[nodiscard]] QByteArray ballotPdf(storage::Database &db, const Term &term, Body body, storage::StorageError *error);

/// Records the count: ballots cast for the term, and each candidate's votes (seat id → votes).
bool recordCount(storage::Database &db, qint64 termId, int ballotsCast, const QHash<qint64, int> &votes,
    storage::StorageError *error);

/// Elected under the charter's threshold: more than `threshold` of the ballots cast (default
/// 超过半数 — more than half; exactly half is not elected).
[[nodiscard]] inline bool isElected(int votes, int ballotsCast, Fraction threshold = Fraction(1, 2))
{
    return ballotsCast > 0 && qint64(votes) * threshold.denominator() > threshold.numerator() * qint64(ballotsCast);
}

struct ElectionResult
{
    QList<Seat> elected;
    QList<Seat> notElected;
};

/// Who the count elects, without writing.
[[nodiscard]] ElectionResult result(storage::Database &db, const Term &draft, Fraction threshold = Fraction(1, 2));

/// Elects the draft on `date`: elected candidates keep their seats (from `date`), the others are
/// removed; the draft becomes the current term, the previous current term becomes past and its
/// open seats end on `date`. One transaction, audited. Refused when a standing councillor
/// would be elected without a council seat.
bool elect(storage::Database &db, qint64 draftId, QDate date, Fraction threshold, storage::StorageError *error);

} // namespace sd::governance::election
