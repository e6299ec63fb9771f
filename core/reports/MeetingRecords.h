#pragma once

#include "reports/MeetingDocuments.h"

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::reports {

/// Everything a meeting's documents show, read from the society file: the profile's name, the
/// meeting with its agenda, roll, quorum, latest minutes, resolutions with their checks, their
/// follow-ups and those carried over. None when the meeting is not recorded.
[[nodiscard]] std::optional<MeetingRecord> meetingRecord(storage::Database &db, qint64 meetingId);

} // namespace sd::reports
