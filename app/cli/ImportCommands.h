#pragma once

#include "Commands.h"

namespace sd::cli {

/// `import KIND FILE …`: a spreadsheet into a register (members, units, dues), all or nothing
/// unless --skip-invalid; the report as text or JSON, and as a file with --report.
ExitCode runImport(Context &ctx);
/// `export KIND --out FILE …`: a register to XLSX or CSV in the import layout, masked by default.
ExitCode runExport(Context &ctx);
/// `template KIND --out FILE`: the layout's headers and one example row.
ExitCode runTemplate(Context &ctx);

} // namespace sd::cli
