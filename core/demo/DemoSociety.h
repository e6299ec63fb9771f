#pragma once

#include "domain/SocietyProfile.h"
#include "settings/SocietySettings.h"
#include "storage/StorageError.h"

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// A deterministic demo society: the same seed always gives the same society, so screenshots,
/// tests and benchmarks see the same records. Each capability extends it with its own records.
struct DemoSociety
{
    SocietyProfile profile;
    SocietySettings settings;
};

constexpr quint32 kDefaultSeed = 20171010;

[[nodiscard]] DemoSociety generate(quint32 seed = kDefaultSeed);

/// Writes a generated society into an empty database (profile, settings).
bool write(storage::Database &db, const DemoSociety &society, storage::StorageError *error);

struct DemoMembersOptions;
/// The whole demo society in an empty database, as the GUI's demo and the screenshots show it:
/// profile and settings of `members.seed`, then the register (`members`), governance, branches
/// meetings and annual reports, all on `members.today` (invalid: the database clock's today).
bool writeAll(storage::Database &db, DemoMembersOptions members, storage::StorageError *error);

} // namespace sd::demo
