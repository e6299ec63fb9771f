#pragma once

#include "storage/StorageError.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// The demo society's meetings over the three calendar years up to `today` (call after
/// writeGovernance and writeBranches):
/// - the electing congress on the current term's first day (election, the change of dues by
///   secret ballot, the work report) and the new council's first meeting the day after
///   (the secretary-general's appointment, the twelve regulations adopted — linked to them);
/// - a council meeting each spring (plan and budget), two standing-council meetings a year (one
///   of them deciding the dissolved branch, linked to its filing), quarterly chair's office and
///   secretary-general's meetings, a supervisory board meeting a year;
/// - realistic rolls (most present, some excused or by proxy) with one councillor absent without
///   leave at two consecutive council meetings of the current term;
/// - follow-ups, most completed, a few past due; signed minutes, the latest a draft.
/// Deterministic for a seed; one transaction. Does nothing when meetings exist or the society has
/// no current term.
bool writeMeetings(storage::Database &db, quint32 seed, QDate today, storage::StorageError *error);

} // namespace sd::demo
