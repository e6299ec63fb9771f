#pragma once

#include "storage/StorageError.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// The demo society's annual reports (call after the other demo records): the previous year's
/// finance summary (its dues income as the register shows it received) and its report, written,
/// approved and published on 20 March of `today`'s year (or `today` when that is earlier), with
/// its versions; and the current year's report as a draft with three sections written and one
/// version saved. The generated parts are the records' own. Does nothing when a report exists.
bool writeAnnualReports(storage::Database &db, QDate today, storage::StorageError *error);

} // namespace sd::demo
