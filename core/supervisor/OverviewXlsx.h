#pragma once

#include "supervisor/SupervisorStore.h"

#include <QCoreApplication>
#include <QString>

namespace sd::supervisor {

/// The supervisor's overview as a spreadsheet (`supervisor overview --out FILE.xlsx`): one row
/// per society — name, credit code, year, Bagging-Date, signature, the key figures — and one
/// column per check id holding its status, coloured (pass green, fail red, warning amber,
/// pending and missing-data grey); a frozen header row and an autofilter to sort and filter
/// by failing checks. Written to a temporary file beside the target and moved into place.
class OverviewXlsx
{
    Q_DECLARE_TR_FUNCTIONS(sd::supervisor::OverviewXlsx)

public:
    /// The header of the fixed columns, in order (translated).
    [[nodiscard]] static QStringList fixedHeaders();
    /// Writes `overview` to `path`; false with a translated reason when it cannot.
    static bool save(const Overview &overview, const QString &path, QString *error);
};

} // namespace sd::supervisor
