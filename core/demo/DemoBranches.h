#pragma once

#include "storage/StorageError.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// The demo society's branches: 15 of them — a 科普专业委员会 among them — one with no activity
/// for over a year, one dissolved with its filings, leaders and secretaries from the register,
/// establishment filings (one missing), members on the rosters, and a few hundred activities
/// over the five years before `today`, some brand activities linked to reform tasks.
/// Deterministic for a seed; one transaction and one audit entry; nothing when branches exist
/// with a lifecycle already (any filing or activity).
bool writeBranches(storage::Database &db, quint32 seed, QDate today, storage::StorageError *error);

} // namespace sd::demo
