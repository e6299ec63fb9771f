#pragma once

#include "governance/Governance.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QList>

namespace sd::storage {
class Database;
}

namespace sd::governance {

/// Who a new seat is for: matched to a member of the register by member number or ID number,
/// else to a person already seated by ID number or by name and birth date, else a new person.
struct PersonRef
{
    qint64 personId = 0; ///< a person already recorded (picked from a list): used as is
    QString name;
    QString memberNo;
    QString idNumber;
    QDate birthDate;
    Gender gender = Gender::Unknown;
};

/// A seat the rules do not forbid but a reviewer should see (CA-06: a supervisor who is also a
/// leader, a councillor, a branch head, or finance staff — staff by name, as they are not
/// linked to people).
struct SeatConflict
{
    qint64 seatId = 0;
    QString name;
    QString reason; ///< translated
};

/// Terms, seats, staff, regulations, attestations and attachments. Every change is one
/// transaction with one audit entry; a refused change writes nothing and says why (translated).
class GovernanceStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::governance::GovernanceStore)

public:
    /// Documents larger than this are refused (the society file is also its backup).
    static constexpr qint64 kMaxAttachmentBytes = qint64(20) << 20;

    explicit GovernanceStore(storage::Database &db) : m_db(db) { }

    // --- terms
    [[nodiscard]] QList<Term> terms() const; ///< by number
    [[nodiscard]] std::optional<Term> term(qint64 id) const;
    [[nodiscard]] std::optional<Term> termByNumber(int number) const;
    /// The current (or past) term that had started on `date`: the latest non-draft term whose
    /// start is on or before it.
    [[nodiscard]] std::optional<Term> termOn(QDate date) const;
    /// The term before `term` (by number), if recorded.
    [[nodiscard]] std::optional<Term> previousTerm(const Term &term) const;
    bool addTerm(Term &term, storage::StorageError *error);
    bool updateTerm(const Term &term, storage::StorageError *error);

    // --- seats
    [[nodiscard]] QList<Seat> seats(qint64 termId, std::optional<Body> body = std::nullopt) const;
    [[nodiscard]] std::optional<Seat> seat(qint64 id) const;
    /// Adds a seat for `who` (the person is found or created). Refused with a message: a role
    /// the body does not have, a standing councillor without a council seat in the same term, a
    /// second seat of the person on the body in the term, an end before the start.
    bool addSeat(Seat &seat, const PersonRef &who, storage::StorageError *error);
    /// Changes a seat's facts, role and dates (not its person, body or term).
    bool updateSeat(const Seat &seat, storage::StorageError *error);
    /// Ends a seat on `date` (not before its start).
    bool endSeat(qint64 seatId, QDate date, storage::StorageError *error);
    /// Removes a seat; a council seat whose holder still sits on the standing council is refused.
    bool removeSeat(qint64 seatId, storage::StorageError *error);
    /// CA-06's conflicts in a term, flagged for review.
    [[nodiscard]] QList<SeatConflict> conflicts(qint64 termId, QDate date) const;

    /// The checks of addSeat without writing: empty when the seat could be added (inside an
    /// import's transaction, after the earlier rows were written).
    [[nodiscard]] QString seatProblem(const Seat &seat, qint64 personId) const;
    /// Finds or creates the person (inside the caller's transaction); 0 on a storage error.
    qint64 personFor(const PersonRef &who, storage::StorageError *error);
    /// The person personFor would find, without creating one; 0 when there is none.
    [[nodiscard]] qint64 findPerson(const PersonRef &who) const;
    /// Inserts without its own transaction (an import's).
    bool insertSeat(Seat &seat, storage::StorageError *error);
    /// The people recorded (seated, or linked to a member) whose member number is `memberNoOrName`,
    /// else whose name it is — several when a name is shared; by id.
    [[nodiscard]] QList<Person> peopleMatching(const QString &memberNoOrName) const;

    // --- staff, regulations, attestations
    [[nodiscard]] QList<StaffMember> staff() const;
    bool addStaff(StaffMember &member, storage::StorageError *error);
    [[nodiscard]] QList<Regulation> regulations() const;
    bool addRegulation(Regulation &regulation, storage::StorageError *error);
    /// Replaces the regulation's document with the stored attachment `attachmentId` (the old
    /// attachment stays stored). Refused when either is not recorded.
    bool setRegulationAttachment(qint64 regulationId, qint64 attachmentId, storage::StorageError *error);
    [[nodiscard]] QList<Attestation> attestations() const;
    bool addAttestation(Attestation &attestation, storage::StorageError *error);

    // --- attachments
    /// Stores the file's bytes (refused over kMaxAttachmentBytes or when unreadable); the id in
    /// `attachment`.
    bool addAttachment(const QString &path, Attachment *attachment, storage::StorageError *error);
    bool addAttachment(const QString &fileName, const QByteArray &content, Attachment *attachment,
        storage::StorageError *error);
    [[nodiscard]] std::optional<Attachment> attachment(qint64 id) const;
    /// The bytes, checked against the stored SHA-256 (empty and false when they differ).
    bool attachmentContent(qint64 id, QByteArray *content) const;
    /// Writes the attachment to `folder` under its own name; the path, or empty.
    [[nodiscard]] QString exportAttachment(qint64 id, const QString &folder) const;

private:
    bool refuse(storage::StorageError *error, const QString &message) const;
    bool failed(storage::StorageError *error, const QString &detail) const;

    storage::Database &m_db;
};

} // namespace sd::governance
