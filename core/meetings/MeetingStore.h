#pragma once

#include "meetings/Meeting.h"
#include "settings/SocietySettings.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace sd::storage {
class Database;
}

namespace sd::meetings {

/// Meetings, their roll, minutes, resolutions and follow-up. Every change is one transaction with
/// one audit entry; a refused change writes nothing and says why (translated).
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::meetings::MeetingStore)

public:
    explicit MeetingStore(storage::Database &db) : m_db(db) { }

    // --- meetings
    /// Meetings of a year (0: all) and a body (none: all), by date then number.
    [[nodiscard]] QList<Meeting> meetings(int year = 0, std::optional<MeetingBody> body = std::nullopt) const;
    [[nodiscard]] std::optional<Meeting> meeting(qint64 id) const;        ///< with its agenda
    [[nodiscard]] std::optional<Meeting> meetingByNumber(const QString &number) const;
    /// The refusals of a meeting (no number, a number taken by another meeting, no date, an
    /// agenda item without a title), or empty.
    [[nodiscard]] QString meetingProblem(const Meeting &meeting) const;
    /// Adds a meeting with its agenda and generates its roll.
    bool addMeeting(Meeting &meeting, storage::StorageError *error);
    /// Changes the meeting and replaces its agenda. A changed body or date regenerates the roll
    /// (marks of people still on it are kept).
    bool updateMeeting(const Meeting &meeting, storage::StorageError *error);
    /// Removes the meeting with its roll, minutes, resolutions and follow-up.
    bool removeMeeting(qint64 meetingId, storage::StorageError *error);
    /// The title for lists and documents: the meeting's own, else "理事会会议（2025-03-18）".
    [[nodiscard]] static QString displayTitle(const Meeting &meeting);

    // --- the roll
    [[nodiscard]] QList<AttendanceLine> roll(qint64 meetingId) const;
    /// Rebuilds the roll from the body's seats in the term current on the meeting date (the
    /// chair's office: leaders' council seats; the secretary-general's meeting: the secretary-
    /// general's seat and the staff employed then). Existing marks of people still on it stay.
    bool generateRoll(qint64 meetingId, storage::StorageError *error);
    /// Marks a line; a proxy needs whom (`proxyTo`).
    bool setAttendance(qint64 lineId, std::optional<AttendanceStatus> status, const QString &proxyTo,
        storage::StorageError *error);
    /// Marks many lines in one transaction (the editor's save, an import).
    bool setAttendance(const QList<AttendanceLine> &lines, storage::StorageError *error);
    bool setReply(qint64 lineId, std::optional<Reply> reply, storage::StorageError *error);
    /// The quorum from the roll and the charter settings.
    [[nodiscard]] Quorum quorum(qint64 meetingId) const;
    /// The same from lines being edited (the live indicator).
    [[nodiscard]] Quorum quorum(MeetingBody body, const QList<AttendanceLine> &lines) const;

    // --- minutes
    [[nodiscard]] QList<MinutesVersion> minutesVersions(qint64 meetingId) const; ///< oldest first
    /// The latest version, if any.
    [[nodiscard]] std::optional<MinutesVersion> minutes(qint64 meetingId) const;
    /// Saves the draft (replaces the latest version while it is unsigned, else refused: a signed
    /// version is locked).
    bool saveMinutes(qint64 meetingId, const QString &text, storage::StorageError *error);
    /// Signs off the latest version (签发) by `chair` on `date`.
    bool signMinutes(qint64 meetingId, const QString &chair, QDate date, storage::StorageError *error);
    /// A correction of signed minutes: a new unsigned version with its note (required).
    bool correctMinutes(qint64 meetingId, const QString &text, const QString &note, storage::StorageError *error);

    // --- resolutions
    [[nodiscard]] QList<Resolution> resolutions(qint64 meetingId) const;
    [[nodiscard]] std::optional<Resolution> resolution(qint64 id) const;
    /// Resolutions of a kind across meetings, oldest first.
    [[nodiscard]] QList<Resolution> resolutionsOfKind(ResolutionKind kind) const;
    /// Refusals: empty text, negative votes. (Votes over those present are a warning, not a refusal.)
    [[nodiscard]] QString resolutionProblem(const Resolution &resolution) const;
    /// Adds at the end of the meeting's list (position set).
    bool addResolution(Resolution &resolution, storage::StorageError *error);
    bool updateResolution(const Resolution &resolution, storage::StorageError *error);
    bool removeResolution(qint64 resolutionId, storage::StorageError *error);
    /// The outcome and warnings of a resolution at its meeting.
    [[nodiscard]] ResolutionCheck check(const Resolution &resolution) const;
    /// The same for a resolution being edited, against a known quorum.
    [[nodiscard]] static ResolutionCheck check(const Resolution &resolution, MeetingBody body, const Quorum &quorum);
    /// That, and a warning when the rule is weaker than the charter's default for the body and kind.
    [[nodiscard]] static ResolutionCheck check(
        const Resolution &resolution, MeetingBody body, const Quorum &quorum, const SocietySettings &settings);
    /// Links the regulation a resolution adopted (regulation.resolution_id).
    bool linkRegulation(qint64 resolutionId, qint64 regulationId, storage::StorageError *error);
    /// Links a branch filing to the resolution that decided it (filing.resolution_id).
    bool linkFiling(qint64 resolutionId, qint64 filingId, storage::StorageError *error);

    // --- follow-up
    [[nodiscard]] QList<FollowUp> followUps(qint64 resolutionId) const;
    /// Every follow-up across meetings (with meeting and resolution), by due date; with `owner`,
    /// only theirs.
    [[nodiscard]] QList<FollowUp> allFollowUps(const QString &owner = {}) const;
    /// Follow-ups past due on `date` and not completed.
    [[nodiscard]] QList<FollowUp> overdueFollowUps(QDate date) const;
    /// Carry-over: open follow-ups of earlier meetings of the same body, shown on this one.
    [[nodiscard]] QList<FollowUp> carriedOver(qint64 meetingId) const;
    bool addFollowUp(FollowUp &followUp, storage::StorageError *error);
    /// Changes owner, due date, status (completing sets the completion date) and evidence.
    bool updateFollowUp(const FollowUp &followUp, storage::StorageError *error);
    bool addFollowUpNote(qint64 followUpId, QDate date, const QString &text, storage::StorageError *error);

    // --- absences and frequency
    /// Council members of the term current on `date` whose longest run of unexcused absences at
    /// the term's council meetings up to `date` reaches `threshold` (0: the charter setting).
    [[nodiscard]] QList<AbsenceRun> absences(QDate date, int threshold = 0) const;
    [[nodiscard]] Frequency frequency(int year) const;

    // --- attachments
    bool attachToMeeting(qint64 meetingId, qint64 attachmentId, storage::StorageError *error);
    /// Takes the document off the meeting (the stored attachment itself stays, as a replaced
    /// regulation's does). Refused when it is not the meeting's.
    bool detachFromMeeting(qint64 meetingId, qint64 attachmentId, storage::StorageError *error);
    [[nodiscard]] QList<qint64> meetingAttachments(qint64 meetingId) const;

    // --- inside an import's transaction
    /// Inserts a meeting without a transaction of its own (roll included).
    bool insertMeeting(Meeting &meeting, storage::StorageError *error);
    bool insertResolution(Resolution &resolution, storage::StorageError *error);
    bool insertFollowUp(FollowUp &followUp, storage::StorageError *error);
    /// Writes a minutes draft without a transaction of its own.
    bool insertMinutes(qint64 meetingId, const QString &text, storage::StorageError *error);
    bool writeRoll(qint64 meetingId, storage::StorageError *error);
    bool writeAttendance(const QList<AttendanceLine> &lines, storage::StorageError *error);

private:
    bool refuse(storage::StorageError *error, const QString &message) const;
    bool failed(storage::StorageError *error, const QString &detail) const;

    storage::Database &m_db;
};

} // namespace sd::meetings
