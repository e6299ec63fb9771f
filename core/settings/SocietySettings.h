#pragma once

#include "domain/Fraction.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <span>

namespace sd {

/// The society's own settings, stored in its file: the charter's numbers (quorum and vote
/// fractions, ages, thresholds), which rule packs apply, and how documents are written.
/// Keys are an enum with one table of (stored name, type, default); there are no string keys
/// anywhere else.
enum class SocietySetting {
    CongressQuorum,         ///< share of representatives present for a quorate congress
    CouncilQuorum,
    StandingCouncilQuorum,
    CongressMajority,       ///< share of those present needed to adopt (到会半数以上 = 1/2, inclusive)
    CouncilMajority,
    StandingCouncilMajority,
    YoungAgeThreshold,      ///< 中青年: at most this age in completed years (以下 includes it)
    AbsenceThreshold,       ///< consecutive unexcused council absences that are flagged
    PilotSociety,           ///< 试点学会 — some requirements apply only to pilots
    RulePacks,              ///< ids of the rule packs that apply
    DocumentLanguage,       ///< language of generated documents: "zh_CN" or "en"
    BackupsToKeep,          ///< rotating automatic backups kept next to the file
    DuesLapseYears,         ///< dues unpaid for this many completed years → 欠费 (on review)
    WithdrawalReviewYears,  ///< lapsed and unpaid this many years → the secretariat is asked about 退会
    ElectionThreshold,      ///< a candidate is elected with MORE than this share of the ballots cast (超过半数 = 1/2)
    SupervisoryQuorum,      ///< share of supervisors present for a quorate supervisory board meeting
    SupervisoryMajority,    ///< share of the supervisors present needed to adopt
    ProxyCountsForQuorum,   ///< a member represented by proxy (委托) counts as present
    TermYears,              ///< a term (届) lasts at most this many years (CA-03)
    LeaderMaxAge,           ///< chair, vice-chairs, secretary-general at most this age while in office (CA-04)
    LeaderMaxTerms,         ///< chair and vice-chairs at most this many consecutive terms in the same role (CA-04)
    SupervisoryMinSize,     ///< a supervisory board has at least this many members (CA-06)
    SupervisoryMaxSize,     ///< … and at most this many, an odd number (CA-06)
};

class SocietySettings
{
    Q_DECLARE_TR_FUNCTIONS(sd::SocietySettings)

public:
    enum class Type { Fraction, Int, Bool, StringList, String };

    struct Spec
    {
        SocietySetting key;
        const char *name; ///< stored name in the society_setting table
        Type type;
        const char *defaultValue; ///< in stored (text) form
        int minimum = 0;
        int maximum = 0;
    };

    static std::span<const Spec> specs();
    static const Spec &spec(SocietySetting key);
    /// The key stored under `name`, or false when there is none.
    static bool keyFromName(QStringView name, SocietySetting *key);
    /// Rule packs shipped with the application.
    static QStringList knownRulePacks();
    /// A rule pack's title in the current language ("CAST 2017 reform work points").
    static QString rulePackTitle(const QString &id);
    /// A setting's name for screens and the CLI, in the current language.
    static QString label(SocietySetting key);

    /// Typed accessors; unset keys return their default.
    [[nodiscard]] Fraction fraction(SocietySetting key) const;
    [[nodiscard]] int integer(SocietySetting key) const;
    [[nodiscard]] bool flag(SocietySetting key) const;
    [[nodiscard]] QStringList list(SocietySetting key) const;
    [[nodiscard]] QString text(SocietySetting key) const;

    /// Stored form of a value (what goes into the table).
    [[nodiscard]] QString stored(SocietySetting key) const;
    /// Sets from the stored form. Returns false, and changes nothing, when `value` is not valid
    /// for the key's type and range; `error` then says why (translated).
    bool setStored(SocietySetting key, const QString &value, QString *error = nullptr);

    void setFraction(SocietySetting key, Fraction value);
    void setInteger(SocietySetting key, int value);
    void setFlag(SocietySetting key, bool value);
    void setList(SocietySetting key, const QStringList &value);
    void setText(SocietySetting key, const QString &value);

    [[nodiscard]] bool isDefault(SocietySetting key) const { return !m_values.contains(key); }
    friend bool operator==(const SocietySettings &, const SocietySettings &) = default;

private:
    QHash<SocietySetting, QString> m_values; ///< stored form; absent = default
};

} // namespace sd
