#include "registers/Registers.h"

#include "branches/BranchLayouts.h"
#include "governance/GovernanceLayouts.h"
#include "meetings/MeetingLayouts.h"
#include "members/MemberLayouts.h"

namespace sd::registers {

QStringList kinds()
{
    return members::registerKinds() + governance::registerKinds() + branches::registerKinds() + meetings::registerKinds();
}

std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind)
{
    if (auto layout = members::importLayout(kind))
        return layout;
    if (auto layout = governance::importLayout(kind))
        return layout;
    if (auto layout = branches::importLayout(kind))
        return layout;
    return meetings::importLayout(kind);
}

std::unique_ptr<exchange::ExportSource> exportSource(
    QStringView kind, const std::optional<members::MemberQuery> &members)
{
    if (auto source = members::exportSource(kind, members))
        return source;
    if (auto source = governance::exportSource(kind))
        return source;
    if (auto source = branches::exportSource(kind))
        return source;
    return meetings::exportSource(kind);
}

} // namespace sd::registers
