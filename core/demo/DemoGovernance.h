#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// The demo society's governance, made from its member register (call after writeMembers):
/// - nine terms of five years, the current one started in May two years before `today`;
/// - a council of 120 seats just short of one threshold — 88 front-line where 3/4 needs 90 —
///   and otherwise sound (young and middle-aged over 1/3, a standing council of 38 within 1/3
///   of the council and over 2/3 front-line); the previous term's council of 110;
/// - a chair, six vice-chairs and a secretary-general; a supervisory board of five; 150
///   congress representatives;
/// - six secretariat staff, a dozen regulations each with a small PDF, two attestations (party
///   organisation, premises) and the annual work reports (CA-09) sent on time for the two years
///   before last — of last year's, only the one to the supervising unit (from 20 March).
/// Deterministic for a seed; one transaction and one audit entry. Does nothing when the society
/// already has terms.
bool writeGovernance(storage::Database &db, quint32 seed, QDate today, storage::StorageError *error);

/// A one-page PDF showing `title` (ASCII) — the demo's stand-in for a scanned document.
[[nodiscard]] QByteArray tinyPdf(const QString &title);

} // namespace sd::demo
