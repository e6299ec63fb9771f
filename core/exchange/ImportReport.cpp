#include "exchange/ImportReport.h"

#include "validation/Masking.h"

#include <QRegularExpression>

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

/// The report is a file that leaves the program: ID numbers, mobiles and emails in its values
/// and reasons are masked (the line number finds the row in the user's own file).
QString masked(QString text)
{
    static const QRegularExpression id(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"));
    // Any long run of digits: a phone with a typo is still somebody's phone.
    static const QRegularExpression mobile(QStringLiteral("(?<![0-9])[0-9]{7,16}(?![0-9])"));
    static const QRegularExpression email(QStringLiteral("[^\\s@\"“”,;]+@[^\\s@\"“”,;]+"));
    for (const auto &[pattern, mask] : { std::pair { &id, &validation::maskIdNumber },
             std::pair { &mobile, &validation::maskPhone }, std::pair { &email, &validation::maskEmail } }) {
        QString out;
        qsizetype last = 0;
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last) + mask(m.capturedView());
            last = m.capturedEnd();
        }
        text = out + QStringView(text).mid(last);
    }
    return text;
}

QJsonArray toJson(const QList<ImportIssue> &issues)
{
    QJsonArray array;
    for (const ImportIssue &i : issues) {
        array.append(QJsonObject { { QStringLiteral("line"), i.line }, { QStringLiteral("column"), i.column },
            { QStringLiteral("value"), masked(i.value) }, { QStringLiteral("reason"), masked(i.reason) } });
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
