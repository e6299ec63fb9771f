#include "settings/SocietySettings.h"

#include <QCoreApplication>

#include <array>

namespace sd {

namespace {

using T = SocietySettings::Type;

// The civil-affairs defaults (MCA model charter, 民发〔2014〕166号); see
// shared/domain/civil-affairs-sources.md. A charter that says otherwise changes them here.
constexpr std::array kSpecs = {
    SocietySettings::Spec { SocietySetting::CongressQuorum, "congress_quorum", T::Fraction, "2/3" },
    SocietySettings::Spec { SocietySetting::CouncilQuorum, "council_quorum", T::Fraction, "2/3" },
    SocietySettings::Spec { SocietySetting::StandingCouncilQuorum, "standing_council_quorum", T::Fraction, "2/3" },
    SocietySettings::Spec { SocietySetting::CongressMajority, "congress_majority", T::Fraction, "1/2" },
    SocietySettings::Spec { SocietySetting::CouncilMajority, "council_majority", T::Fraction, "2/3" },
    SocietySettings::Spec { SocietySetting::StandingCouncilMajority, "standing_council_majority", T::Fraction, "2/3" },
    SocietySettings::Spec { SocietySetting::YoungAgeThreshold, "young_age_threshold", T::Int, "45", 18, 100 },
    SocietySettings::Spec { SocietySetting::AbsenceThreshold, "absence_threshold", T::Int, "2", 1, 20 },
    SocietySettings::Spec { SocietySetting::PilotSociety, "pilot_society", T::Bool, "false" },
    SocietySettings::Spec { SocietySetting::RulePacks, "rule_packs", T::StringList, "cast-2017,civil-affairs" },
    SocietySettings::Spec { SocietySetting::DocumentLanguage, "document_language", T::String, "zh_CN" },
    SocietySettings::Spec { SocietySetting::BackupsToKeep, "backups_to_keep", T::Int, "10", 1, 1000 },
    SocietySettings::Spec { SocietySetting::DuesLapseYears, "dues_lapse_years", T::Int, "1", 1, 10 },
    SocietySettings::Spec { SocietySetting::WithdrawalReviewYears, "withdrawal_review_years", T::Int, "2", 1, 10 },
    SocietySettings::Spec { SocietySetting::ElectionThreshold, "election_threshold", T::Fraction, "1/2" },
    SocietySettings::Spec { SocietySetting::SupervisoryQuorum, "supervisory_quorum", T::Fraction, "2/3" },
    SocietySettings::Spec { SocietySetting::SupervisoryMajority, "supervisory_majority", T::Fraction, "1/2" },
    SocietySettings::Spec { SocietySetting::ProxyCountsForQuorum, "proxy_counts_for_quorum", T::Bool, "false" },
    SocietySettings::Spec { SocietySetting::TermYears, "term_years", T::Int, "5", 1, 10 },
    SocietySettings::Spec { SocietySetting::LeaderMaxAge, "leader_max_age", T::Int, "70", 40, 100 },
    SocietySettings::Spec { SocietySetting::LeaderMaxTerms, "leader_max_terms", T::Int, "2", 1, 10 },
    SocietySettings::Spec { SocietySetting::SupervisoryMinSize, "supervisory_min_size", T::Int, "3", 1, 99 },
    SocietySettings::Spec { SocietySetting::SupervisoryMaxSize, "supervisory_max_size", T::Int, "9", 1, 99 },
};

} // namespace

std::span<const SocietySettings::Spec> SocietySettings::specs()
{
    return kSpecs;
}

const SocietySettings::Spec &SocietySettings::spec(SocietySetting key)
{
    return kSpecs[static_cast<size_t>(key)];
}

bool SocietySettings::keyFromName(QStringView name, SocietySetting *key)
{
    for (const Spec &s : kSpecs) {
        if (name == QLatin1StringView(s.name)) {
            *key = s.key;
            return true;
        }
    }
    return false;
}

QStringList SocietySettings::knownRulePacks()
{
    return { QStringLiteral("cast-2017"), QStringLiteral("hubei-2017"), QStringLiteral("chongqing-2022"),
        QStringLiteral("dalian-2018"), QStringLiteral("fujian-2015"), QStringLiteral("civil-affairs") };
}

QString SocietySettings::rulePackTitle(const QString &id)
{
    if (id == QLatin1StringView("cast-2017"))
        return tr("CAST 2017 work points for society reform");
    if (id == QLatin1StringView("hubei-2017"))
        return tr("Hubei 2017 implementing opinions on society reform");
    if (id == QLatin1StringView("chongqing-2022"))
        return tr("Chongqing 2022 opinions on science and technology societies");
    if (id == QLatin1StringView("dalian-2018"))
        return tr("Dalian 2018 reform implementation plan");
    if (id == QLatin1StringView("fujian-2015"))
        return tr("Fujian 2015 society innovation and service capacity programme");
    if (id == QLatin1StringView("civil-affairs"))
        return tr("Civil affairs rules for social organisations");
    return id;
}

QString SocietySettings::label(SocietySetting key)
{
    switch (key) {
    case SocietySetting::CongressQuorum:
        return tr("Congress quorum (share of representatives present)");
    case SocietySetting::CouncilQuorum:
        return tr("Council quorum (share of councillors present)");
    case SocietySetting::StandingCouncilQuorum:
        return tr("Standing council quorum (share of members present)");
    case SocietySetting::CongressMajority:
        return tr("Congress majority (share of those present in favour)");
    case SocietySetting::CouncilMajority:
        return tr("Council majority (share of those present in favour)");
    case SocietySetting::StandingCouncilMajority:
        return tr("Standing council majority (share of those present in favour)");
    case SocietySetting::YoungAgeThreshold:
        return tr("Young and middle-aged: at most this age");
    case SocietySetting::AbsenceThreshold:
        return tr("Consecutive unexcused absences flagged");
    case SocietySetting::PilotSociety:
        return tr("Pilot society of the reform");
    case SocietySetting::RulePacks:
        return tr("Rule packs that apply");
    case SocietySetting::DocumentLanguage:
        return tr("Language of generated documents");
    case SocietySetting::BackupsToKeep:
        return tr("Automatic backups kept");
    case SocietySetting::DuesLapseYears:
        return tr("Years of unpaid dues before a member is lapsed");
    case SocietySetting::WithdrawalReviewYears:
        return tr("Years of unpaid dues before withdrawal is proposed");
    case SocietySetting::ElectionThreshold:
        return tr("Share of the ballots cast a candidate must exceed to be elected");
    case SocietySetting::SupervisoryQuorum:
        return tr("Supervisory board quorum (share of supervisors present)");
    case SocietySetting::SupervisoryMajority:
        return tr("Supervisory board majority (share of those present in favour)");
    case SocietySetting::ProxyCountsForQuorum:
        return tr("A member represented by proxy counts as present");
    case SocietySetting::TermYears:
        return tr("A term lasts at most this many years");
    case SocietySetting::LeaderMaxAge:
        return tr("Chair, vice-chairs and secretary-general at most this age in office");
    case SocietySetting::LeaderMaxTerms:
        return tr("Chair and vice-chairs at most this many consecutive terms in the same role");
    case SocietySetting::SupervisoryMinSize:
        return tr("Supervisory board: at least this many members");
    case SocietySetting::SupervisoryMaxSize:
        return tr("Supervisory board: at most this many members (an odd number)");
    }
    return QString::fromLatin1(spec(key).name);
}

QString SocietySettings::stored(SocietySetting key) const
{
    return m_values.value(key, QLatin1StringView(spec(key).defaultValue));
}

bool SocietySettings::setStored(SocietySetting key, const QString &value, QString *error)
{
    const Spec &s = spec(key);
    QString problem;
    // Full-width digits and slashes (２／３) come from Chinese input methods: NFKC folds them.
    QString normalized = value.normalized(QString::NormalizationForm_KC).trimmed();
    switch (s.type) {
    case Type::Fraction: {
        const Fraction f = Fraction::parse(normalized);
        if (!f.isValid() || f.numerator() > f.denominator() || f.numerator() == 0)
            problem = tr("%1 must be a fraction between 0 and 1 such as 2/3.");
        else
            normalized = f.toString();
        break;
    }
    case Type::Int: {
        bool ok = false;
        const int v = normalized.toInt(&ok);
        if (!ok || v < s.minimum || v > s.maximum)
            problem = tr("%1 must be a whole number from %2 to %3.");
        break;
    }
    case Type::Bool:
        if (normalized == QLatin1StringView("1") || normalized.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
            normalized = QStringLiteral("true");
        else if (normalized == QLatin1StringView("0") || normalized.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0)
            normalized = QStringLiteral("false");
        else
            problem = tr("%1 must be true or false.");
        break;
    case Type::StringList: {
        QStringList items = normalized.split(u',', Qt::SkipEmptyParts);
        for (QString &item : items)
            item = item.trimmed();
        if (key == SocietySetting::RulePacks) {
            const QStringList known = knownRulePacks();
            for (const QString &item : std::as_const(items)) {
                if (!known.contains(item)) {
                    problem = tr("%1 names an unknown rule pack.");
                    break;
                }
            }
        }
        normalized = items.join(u',');
        break;
    }
    case Type::String:
        if (key == SocietySetting::DocumentLanguage && normalized != QLatin1StringView("zh_CN")
            && normalized != QLatin1StringView("en"))
            problem = tr("%1 must be zh_CN or en.");
        break;
    }
    if (!problem.isEmpty()) {
        if (error) {
            // Named by its label, as screens show it; the CLI puts the key in front itself.
            *error = s.type == Type::Int ? problem.arg(label(key)).arg(s.minimum).arg(s.maximum)
                                         : problem.arg(label(key));
        }
        return false;
    }
    if (normalized == QLatin1StringView(s.defaultValue))
        m_values.remove(key);
    else
        m_values.insert(key, normalized);
    return true;
}

Fraction SocietySettings::fraction(SocietySetting key) const
{
    return Fraction::parse(stored(key));
}

int SocietySettings::integer(SocietySetting key) const
{
    return stored(key).toInt();
}

bool SocietySettings::flag(SocietySetting key) const
{
    return stored(key) == QLatin1StringView("true");
}

QStringList SocietySettings::list(SocietySetting key) const
{
    return stored(key).split(u',', Qt::SkipEmptyParts);
}

QString SocietySettings::text(SocietySetting key) const
{
    return stored(key);
}

void SocietySettings::setFraction(SocietySetting key, Fraction value)
{
    setStored(key, value.toString());
}

void SocietySettings::setInteger(SocietySetting key, int value)
{
    setStored(key, QString::number(value));
}

void SocietySettings::setFlag(SocietySetting key, bool value)
{
    setStored(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void SocietySettings::setList(SocietySetting key, const QStringList &value)
{
    setStored(key, value.join(u','));
}

void SocietySettings::setText(SocietySetting key, const QString &value)
{
    setStored(key, value);
}

} // namespace sd
