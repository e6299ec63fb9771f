#pragma once

#include "domain/Member.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <functional>

namespace sd::storage {
class Database;
}

namespace sd::demo {

/// Realistic members for the demo society: Chinese names, valid resident IDs (GB 11643) whose
/// birth date and sex match, affiliations of the society's province, grades, statuses with exit
/// dates, and dues history over the ten years before `today`. Deterministic for a seed.
class MemberGenerator
{
public:
    MemberGenerator(quint32 seed, QDate today);

    [[nodiscard]] Member next();
    [[nodiscard]] UnitMember nextUnit();

private:
    quint32 m_seed;
    QDate m_today;
    quint64 m_counter = 0;
    quint64 m_unitCounter = 0;
    /// Resident IDs handed out per (region, birth date, sex): keeps every ID unique.
    QHash<quint64, quint16> m_idSequence;
};

struct DemoMembersOptions
{
    qint64 members = 2000;
    qint64 units = 60;
    quint32 seed = 20171010;
    QDate today;
    /// Called after each batch with (written, total); return false to cancel (nothing is kept).
    std::function<bool(qint64, qint64)> progress;
};

/// Adds members, units and dues to `db` in one transaction with one audit entry.
bool writeMembers(storage::Database &db, const DemoMembersOptions &options, storage::StorageError *error);

} // namespace sd::demo
