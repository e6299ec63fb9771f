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

enum class MeetingDocumentKind { Minutes, SignInSheet, Notice };

/// The meeting's minutes, sign-in sheet or notice in the society's document language; none when
/// the meeting is not recorded.
[[nodiscard]] std::optional<Document> meetingDocument(storage::Database &db, MeetingDocumentKind kind, qint64 meetingId);

} // namespace sd::reports
