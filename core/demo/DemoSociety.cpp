#include "demo/DemoSociety.h"

#include "demo/DemoAnnualReport.h"
#include "demo/DemoReformPlan.h"

#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"
#include "validation/CreditCode.h"

#include <QRandomGenerator>

namespace sd::demo {

namespace {

struct Province
{
    const char16_t *name;
    const char16_t *nameEn;
    const char16_t *capital;
    const char16_t *regionCode; ///< GB/T 2260, six digits
    const char *pack;           ///< the provincial rule pack, or nullptr
};

constexpr Province kProvinces[] = {
    { u"湖北省", u"Hubei", u"武汉市", u"420000", "hubei-2017" },
    { u"重庆市", u"Chongqing", u"重庆市", u"500000", "chongqing-2022" },
    { u"福建省", u"Fujian", u"福州市", u"350000", "fujian-2015" },
    { u"辽宁省大连市", u"Dalian", u"大连市", u"210200", "dalian-2018" },
};

struct Discipline
{
    const char16_t *name;
    const char16_t *nameEn;
};

constexpr Discipline kDisciplines[] = {
    { u"机械工程学会", u"Mechanical Engineering Society" },
    { u"生物医学工程学会", u"Society of Biomedical Engineering" },
    { u"土木建筑学会", u"Society of Civil Engineering and Architecture" },
    { u"计算机学会", u"Computer Federation" },
    { u"农学会", u"Society of Agronomy" },
    { u"地理学会", u"Geographical Society" },
    { u"化工学会", u"Chemical Industry and Engineering Society" },
    { u"图书馆学会", u"Library Society" },
};

constexpr const char16_t *kStreets[] = { u"人民路", u"中山路", u"解放路", u"建设路", u"学府路" };

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

QString creditCodeFor(QRandomGenerator &rng, QStringView regionCode)
{
    // 5 = registered by civil affairs, 1 = social group (社会团体); then the region, then a
    // nine-character organisation code and the GB 32100 check character.
    static constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString code = QStringLiteral("51") + regionCode.toString();
    code += QStringLiteral("MJ");
    for (int i = 0; i < 7; ++i)
        code += kAlphabet[rng.bounded(static_cast<quint32>(kAlphabet.size()))];
    return code + validation::creditCodeCheckCharacter(code);
}

} // namespace

DemoSociety generate(quint32 seed)
{
    QRandomGenerator rng(seed);
    const Province &province = pick(rng, kProvinces);
    const Discipline &discipline = pick(rng, kDisciplines);

    DemoSociety society;
    SocietyProfile &p = society.profile;
    const QString provinceName = QString::fromUtf16(province.name);
    p.name = provinceName + QString::fromUtf16(discipline.name);
    p.nameEn = QString::fromUtf16(province.nameEn) + u' ' + QString::fromUtf16(discipline.nameEn);
    p.creditCode = creditCodeFor(rng, province.regionCode);
    p.registrationAuthority = provinceName + QStringLiteral("民政厅");
    p.supervisor = provinceName + QStringLiteral("科学技术协会");
    p.address = QString::fromUtf16(province.capital) + QString::fromUtf16(pick(rng, kStreets))
        + QString::number(rng.bounded(1, 400)) + QStringLiteral("号");
    p.founded = QDate(1950 + rng.bounded(0, 45), 1 + rng.bounded(0, 12), 1 + rng.bounded(0, 28));

    QStringList packs { QStringLiteral("cast-2017"), QString::fromLatin1(province.pack), QStringLiteral("civil-affairs") };
    society.settings.setList(SocietySetting::RulePacks, packs);
    society.settings.setFlag(SocietySetting::PilotSociety, rng.bounded(2) == 1);
    return society;
}

bool write(storage::Database &db, const DemoSociety &society, storage::StorageError *error)
{
    storage::ProfileStore store(db);
    return store.saveProfile(society.profile, error) && store.saveSettings(society.settings, error);
}

bool writeAll(storage::Database &db, DemoMembersOptions members, storage::StorageError *error)
{
    if (!members.today.isValid())
        members.today = db.clock().today();
    return write(db, generate(members.seed), error) && writeMembers(db, members, error)
        && writeGovernance(db, members.seed, members.today, error) && writeBranches(db, members.seed, members.today, error)
        && writeMeetings(db, members.seed, members.today, error) && writeAnnualReports(db, members.today, error)
        && writeReformPlans(db, members.today, error);
}

} // namespace sd::demo
