#pragma once

#include "storage/StorageError.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// The demo society's reform plans (call after the other demo records): a cast-2017 plan for
/// `today`'s year, started in January, with its problems from the findings, the mandatory
/// tasks and six optional ones (CAST17-12, 13, 16, 20, 21, 23) all with indicator, baseline,
/// target, steps, deadline and owner, and progress for every month ended before `today` except
/// two cells (left missing so the grid shows them), one entry with an evidence file; and a
/// hubei-2017 plan the same way when the society's rule packs include it. Does nothing for a
/// pack whose plan for the year exists.
bool writeReformPlans(storage::Database &db, QDate today, storage::StorageError *error);

} // namespace sd::demo
