#pragma once

#include "storage/StorageError.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// The demo society's annual reports (call after the records are written, so their generated
/// parts are those of the demo's records): the previous year's, every section written, taken
/// through review and approval and published on 31 March of `today`'s year (today, when that is
/// still ahead); the current year's a draft with three of its five sections written and a first
/// version saved. Does nothing when the society has any report.
bool writeAnnualReports(storage::Database &db, QDate today, storage::StorageError *error);

} // namespace sd::demo
