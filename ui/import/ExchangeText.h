#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sd::ui {

/// Words the import wizard, the export dialog and the template dialog share: the registers'
/// names on screen and the spreadsheet file filters.
class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::ExchangeText)

public:
    /// "members" -> "Individual members"; the register's name for screens.
    [[nodiscard]] static QString registerLabel(QStringView kind);
    /// What a file name of the register starts with ("members" -> "Members").
    [[nodiscard]] static QString fileBaseName(QStringView kind);
    /// "Spreadsheets (*.xlsx *.csv)" and friends, for opening a file.
    [[nodiscard]] static QString openFilter();
    /// "Excel workbook (*.xlsx)" then "CSV (*.csv)", or the other way round.
    [[nodiscard]] static QString saveFilter(bool xlsxFirst);
    /// `name` with ".xlsx" or ".csv" appended when it ends in neither.
    [[nodiscard]] static QString withSpreadsheetSuffix(const QString &name, bool xlsx);
    [[nodiscard]] static bool isXlsxName(const QString &name);
    /// `path`, or `path` with -2, -3… before its suffix, whichever does not exist yet.
    [[nodiscard]] static QString unusedPath(const QString &path);
    /// A register's folder for files: the society file's folder, else the home folder.
    [[nodiscard]] static QString defaultFolder(const QString &databasePath);
};

} // namespace sd::ui
