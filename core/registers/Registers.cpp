#include "registers/Registers.h"

#include "governance/GovernanceLayouts.h"
#include "members/MemberLayouts.h"

namespace sd::registers {

QStringList kinds()
{
    return members::registerKinds() + governance::registerKinds();
}

std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind)
{
    if (auto layout = members::importLayout(kind))
        return layout;
    return governance::importLayout(kind);
}

std::unique_ptr<exchange::ExportSource> exportSource(
    QStringView kind, const std::optional<members::MemberQuery> &members)
{
    if (auto source = members::exportSource(kind, members))
        return source;
    return governance::exportSource(kind);
}

} // namespace sd::registers
