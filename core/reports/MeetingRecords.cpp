#include "reports/MeetingRecords.h"

#include "i18n/Language.h"
#include "meetings/MeetingStore.h"
#include "storage/ProfileStore.h"

namespace sd::reports {

std::optional<MeetingRecord> meetingRecord(storage::Database &db, qint64 meetingId)
{
    const meetings::MeetingStore store(db);
    const std::optional<meetings::Meeting> meeting = store.meeting(meetingId);
    if (!meeting)
        return std::nullopt;
    MeetingRecord record;
    record.society = storage::ProfileStore(db).profile().name;
    record.meeting = *meeting;
    record.title = meeting->title; // empty: the documents name the body in their own language
    record.roll = store.roll(meetingId);
    record.quorum = store.quorum(meeting->body, record.roll);
    record.minutes = store.minutes(meetingId);
    const SocietySettings settings = storage::ProfileStore(db).settings();
    for (const meetings::Resolution &r : store.resolutions(meetingId)) {
        record.resolutions.append({ r, meetings::MeetingStore::check(r, meeting->body, record.quorum, settings) });
        record.followUps += store.followUps(r.id);
    }
    record.carriedOver = store.carriedOver(meetingId);
    return record;
}

std::optional<Document> meetingDocument(storage::Database &db, MeetingDocumentKind kind, qint64 meetingId)
{
    const std::optional<MeetingRecord> record = meetingRecord(db, meetingId);
    if (!record)
        return std::nullopt;
    const i18n::DocumentTranslator language(
        i18n::fromCode(storage::ProfileStore(db).settings().text(SocietySetting::DocumentLanguage)));
    switch (kind) {
    case MeetingDocumentKind::Minutes:
        return meetingdocs::minutes(*record, language);
    case MeetingDocumentKind::SignInSheet:
        return meetingdocs::signInSheet(*record, language);
    case MeetingDocumentKind::Notice:
        return meetingdocs::notice(*record, language);
    }
    return std::nullopt;
}

} // namespace sd::reports
