#pragma once

#include "annual/AnnualFigures.h"
#include "i18n/Language.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace sd::package {

/// statistics.xlsx of the submission package: the year's figures (annual::AnnualFigures) as five
/// sheets — members, bodies, branches, meetings, activities — for the supervising association to
/// add up. Aggregates only, and the leaders' names: no member is listed, so no ID number, phone
/// or e-mail can be in it. Headers and row labels are in the document language; codes of bodies,
/// roles and statuses are written as the interchange format's sheet values (理事会, 正常 …).
///
/// Reproducible: libxlsxwriter 1.1.4 stamps every zip entry with the fixed DOS time 1980-01-01
/// 00:00 and the workbook's created and modified properties are set to `created` at 00:00 UTC,
/// so the same figures and date give the same bytes (checked by tst_package_export).
class StatisticsWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::StatisticsWorkbook)

public:
    /// The sheets' names, in their order.
    [[nodiscard]] static QStringList sheetNames();

    /// The workbook's bytes; empty with a translated `error` when libxlsxwriter fails (a temporary
    /// file cannot be written).
    [[nodiscard]] static QByteArray write(
        const annual::AnnualFigures &figures, QDate created, i18n::Language language, QString *error);
};

} // namespace sd::package
