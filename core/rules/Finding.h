#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sd::rules {

/// A finding's outcome (reform-requirements.md): pending is "not yet due"; missing-data is
/// distinct from fail — the records needed to decide are absent.
enum class Status { Pass, Fail, Warning, Pending, NotApplicable, MissingData };

/// What kind of record a piece of evidence is, so a screen can open it on its page.
enum class RecordKind {
    None,
    Member,      ///< id: the member number
    Person,      ///< id: person.id (someone who holds or held a seat)
    Seat,        ///< id: seat.id
    Term,        ///< id: term.number
    Staff,       ///< id: staff.id
    Regulation,  ///< id: regulation.id
    Attestation, ///< id: attestation.id
    Branch,      ///< id: branch.id
    Filing,      ///< id: filing.id
    Activity,    ///< id: activity.id
    Meeting,     ///< id: the meeting number
    Resolution,  ///< id: resolution.id
    FollowUp,    ///< id: follow_up.id
};

/// A record a finding was computed from: its id (see RecordKind) and a display name.
struct Evidence
{
    QString id;
    QString name;
    RecordKind kind = RecordKind::None; ///< not in the JSON, whose evidence is {id, name}
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

struct Finding
{
    QString check;       ///< "<requirement>.<check>", e.g. "CAST17-01.minutes"
    QString requirement; ///< "CAST17-01"
    QString pack;        ///< the pack the requirement came from
    Status status = Status::MissingData;
    QString measured;    ///< exact count or fraction ("3 of 4 bodies")
    QString threshold;
    QList<Evidence> evidence;
    QString hint;        ///< what would make it pass; empty when it passes
    QString citation;    ///< "<seed file>: <wording in Chinese>"
    QStringList settings; ///< "name=value" of the society settings it used (young_age_threshold=45)
};

/// The finding as the check command's JSON writes it (the field names: check,
/// requirement, status, measured, threshold, evidence [{id, name}], hint, citation; and settings).
[[nodiscard]] QJsonObject toJson(const Finding &finding);

class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(sd::rules::FindingText)

public:
    /// "pass", "fail", "warning", "pending", "not-applicable", "missing-data" (JSON, tests).
    static QString code(Status status);
    static std::optional<Status> statusFromCode(QStringView code);
    /// For people, in the current language.
    static QString label(Status status);
    /// The English source of label() in this class's translation context, for a translator
    /// other than the installed one (a document in the society's document language).
    static const char *labelSource(Status status);
    static QList<Status> allStatuses();
};

} // namespace sd::rules
