#pragma once

#include "meetings/Meeting.h"
#include "reports/Document.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sd::i18n {
class DocumentTranslator;
}

namespace sd::reports {

/// Everything a meeting document shows, already loaded (the store fills it; tests build it by
/// hand). No ID numbers or phone numbers: the documents never print them.
struct MeetingRecord
{
    QString society;                       ///< the society's name (ProfileStore)
    meetings::Meeting meeting;             ///< with its agenda
    QString title;                         ///< display title (MeetingStore::displayTitle)
    QList<meetings::AttendanceLine> roll;
    meetings::Quorum quorum;
    std::optional<meetings::MinutesVersion> minutes;
    QList<QPair<meetings::Resolution, meetings::ResolutionCheck>> resolutions;
    QList<meetings::FollowUp> followUps;   ///< of this meeting's resolutions
    QList<meetings::FollowUp> carriedOver; ///< open ones from earlier meetings of the body
};

/// The meeting's documents in the society's document language (pass a DocumentTranslator made
/// from SocietySetting::DocumentLanguage): write them with Document::writePdf()/writeOdt().
namespace meetingdocs {

/// 会议纪要: the meeting's particulars, attendance (counts and names) with the quorum statement,
/// the agenda, the minutes text, each resolution with its votes, rule and outcome (and the
/// check's warnings), follow-ups, carried-over follow-ups, and the lines to sign. Marked as a
/// draft (草稿) on every page until the minutes are signed off.
[[nodiscard]] Document minutes(const MeetingRecord &record, const i18n::DocumentTranslator &language);

/// 签到表: the particulars and the roll — number, name, role, an empty cell tall enough to sign,
/// a remark (proxy or leave from the reply slips) — with the header row on every page.
[[nodiscard]] Document signInSheet(const MeetingRecord &record, const i18n::DocumentTranslator &language);

/// 会议通知: addressee, time, place and mode, the agenda, the reply-by date, the issuing society
/// and date, then the reply slip (回执): name, post, attending / proxy (to whom) / excused.
[[nodiscard]] Document notice(const MeetingRecord &record, const i18n::DocumentTranslator &language);

} // namespace meetingdocs

} // namespace sd::reports
