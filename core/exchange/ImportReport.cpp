#include "exchange/ImportReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace sd::exchange {

/// The translation context of the report's messages.
class ImportReportText
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::ImportReportText)
};

namespace {

QJsonArray toJson(const QList<ImportIssue> &issues)
{
    QJsonArray array;
    for (const ImportIssue &i : issues) {
        array.append(QJsonObject { { QStringLiteral("line"), i.line }, { QStringLiteral("column"), i.column },
            { QStringLiteral("value"), i.value }, { QStringLiteral("reason"), i.reason } });
    }
    return array;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    return QJsonObject {
        { QStringLiteral("file"), file },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("encoding"), encoding },
        { QStringLiteral("rows_read"), rowsRead },
        { QStringLiteral("rows_valid"), rowsValid },
        { QStringLiteral("rows_written"), rowsWritten },
        { QStringLiteral("errors"), exchange::toJson(errors) },
        { QStringLiteral("warnings"), exchange::toJson(warnings) },
    };
}

bool ImportReport::writeJson(const QString &path, QString *error) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        if (error) {
            *error = ImportReportText::tr("The report %1 could not be written (%2).")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
        }
        return false;
    }
    return true;
}

void ImportReport::sortIssues()
{
    const auto byLine = [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; };
    std::stable_sort(errors.begin(), errors.end(), byLine);
    std::stable_sort(warnings.begin(), warnings.end(), byLine);
}

} // namespace sd::exchange
