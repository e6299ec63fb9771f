#pragma once

#include <QCoreApplication>
#include <QString>

namespace sd::ui {

/// The names screens give the stored tables and the audit log's actions: "个人会员" for
/// `member`, "导入" for `import`. A table or action not named here shows as stored, so a later
/// schema is never hidden.
class RecordNames
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::RecordNames)

public:
    /// The register a table holds ("Individual members"); the table's name when unknown.
    static QString table(QStringView table);
    /// Tables that only serve others (search grams, link tables, distinct affiliations).
    static bool isInternal(QStringView table);
    /// What an audit entry did ("imported"); the action's code when unknown.
    static QString action(QStringView action);
};

} // namespace sd::ui
