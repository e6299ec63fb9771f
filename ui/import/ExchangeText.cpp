#include "import/ExchangeText.h"

#include <QDir>
#include <QFileInfo>

namespace sd::ui {

QString ExchangeText::registerLabel(QStringView kind)
{
    if (kind == u"members")
        return tr("Individual members");
    if (kind == u"units")
        return tr("Unit members");
    if (kind == u"dues")
        return tr("Membership dues");
    if (kind == u"terms")
        return tr("Terms");
    if (kind == u"seats")
        return tr("Seats on the bodies");
    if (kind == u"staff")
        return tr("Secretariat staff");
    if (kind == u"regulations")
        return tr("Regulations");
    if (kind == u"branches")
        return tr("Branches");
    if (kind == u"filings")
        return tr("Branch filings");
    if (kind == u"activities")
        return tr("Activities");
    if (kind == u"meetings")
        return tr("Meetings");
    if (kind == u"attendance")
        return tr("Meeting attendance");
    if (kind == u"resolutions")
        return tr("Resolutions");
    return kind.toString();
}

QString ExchangeText::fileBaseName(QStringView kind)
{
    if (kind == u"members")
        return tr("Members", "file name");
    if (kind == u"units")
        return tr("Unit members", "file name");
    if (kind == u"dues")
        return tr("Dues", "file name");
    if (kind == u"terms")
        return tr("Terms", "file name");
    if (kind == u"seats")
        return tr("Seats", "file name");
    if (kind == u"staff")
        return tr("Staff", "file name");
    if (kind == u"regulations")
        return tr("Regulations", "file name");
    if (kind == u"branches")
        return tr("Branches", "file name");
    if (kind == u"filings")
        return tr("Filings", "file name");
    if (kind == u"activities")
        return tr("Activities", "file name");
    if (kind == u"meetings")
        return tr("Meetings", "file name");
    if (kind == u"attendance")
        return tr("Attendance", "file name");
    if (kind == u"resolutions")
        return tr("Resolutions", "file name");
    return kind.toString();
}

QString ExchangeText::openFilter()
{
    return tr("Spreadsheets (*.xlsx *.csv)") + QStringLiteral(";;") + tr("All files (*)");
}

QString ExchangeText::saveFilter(bool xlsxFirst)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV (*.csv)");
    return xlsxFirst ? xlsx + QStringLiteral(";;") + csv : csv + QStringLiteral(";;") + xlsx;
}

bool ExchangeText::isXlsxName(const QString &name)
{
    return name.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
}

QString ExchangeText::withSpreadsheetSuffix(const QString &name, bool xlsx)
{
    if (name.isEmpty() || isXlsxName(name) || name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return name;
    return name + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
}

QString ExchangeText::unusedPath(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString stem = info.absolutePath() + u'/' + info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n) + suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QString ExchangeText::defaultFolder(const QString &databasePath)
{
    if (!databasePath.isEmpty())
        return QFileInfo(databasePath).absolutePath();
    return QDir::homePath();
}

} // namespace sd::ui
