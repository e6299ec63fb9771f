#include "supervisor/OverviewXlsx.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace sd::supervisor {

namespace {

/// Fill colours of the statuses (ARGB without alpha), readable in print as well.
lxw_color_t colourOf(rules::Status status)
{
    switch (status) {
    case rules::Status::Pass: return 0xC6EFCE;
    case rules::Status::Fail: return 0xFFC7CE;
    case rules::Status::Warning: return 0xFFEB9C;
    case rules::Status::Pending: return 0xDDEBF7;
    case rules::Status::MissingData: return 0xD9D9D9;
    case rules::Status::NotApplicable: return 0xF2F2F2;
    }
    return 0xFFFFFF;
}

} // namespace

QStringList OverviewXlsx::fixedHeaders()
{
    return { tr("Society"), tr("Credit code"), tr("Year"), tr("Bagging date"), tr("Signature"), tr("Missing parts") };
}

bool OverviewXlsx::save(const Overview &overview, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo target(path);
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        return fail(tr("%1 cannot be written (%2).").arg(QDir::toNativeSeparators(path), temp.errorString()));
    temp.close();
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    lxw_workbook *workbook = workbook_new(tempName.constData());
    lxw_worksheet *sheet = workbook ? workbook_add_worksheet(workbook, "overview") : nullptr;
    if (!sheet) {
        if (workbook)
            lxw_workbook_free(workbook);
        return fail(tr("%1 cannot be written: the spreadsheet library could not start.").arg(QDir::toNativeSeparators(path)));
    }
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    QMap<rules::Status, lxw_format *> statusFormats;
    for (const rules::Status s : rules::FindingText::allStatuses()) {
        lxw_format *f = workbook_add_format(workbook);
        format_set_bg_color(f, colourOf(s));
        format_set_pattern(f, LXW_PATTERN_SOLID);
        statusFormats.insert(s, f);
    }

    QStringList headers = fixedHeaders();
    const int firstFigure = int(headers.size());
    headers += overview.figures;
    const int firstCheck = int(headers.size());
    headers += overview.checks;
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header);

    lxw_row_t r = 1;
    for (const OverviewRow &row : overview.rows) {
        const Submission &s = row.submission;
        worksheet_write_string(sheet, r, 0, s.society.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, r, 1, s.creditCode.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, r, 2, s.year, nullptr);
        worksheet_write_string(sheet, r, 3, s.baggingDate.toString(Qt::ISODate).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, r, 4, s.signature.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, r, 5, double(s.missingParts.size()), nullptr);
        for (int i = 0; i < overview.figures.size(); ++i) {
            const auto it = row.figures.constFind(overview.figures.at(i));
            if (it != row.figures.cend())
                worksheet_write_number(sheet, r, lxw_col_t(firstFigure + i), double(*it), nullptr);
        }
        for (int i = 0; i < overview.checks.size(); ++i) {
            const auto it = row.statuses.constFind(overview.checks.at(i));
            if (it != row.statuses.cend())
                worksheet_write_string(sheet, r, lxw_col_t(firstCheck + i),
                    rules::FindingText::code(*it).toUtf8().constData(), statusFormats.value(*it));
        }
        ++r;
    }
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, 1, 22, nullptr);
    worksheet_set_column(sheet, 3, 3, 12, nullptr);
    if (headers.size() > firstCheck)
        worksheet_set_column(sheet, lxw_col_t(firstCheck), lxw_col_t(headers.size() - 1), 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 2);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(overview.rows.size()), lxw_col_t(headers.size() - 1));

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR)
        return fail(tr("%1 cannot be written (%2).").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result))));
    QFile::setPermissions(temp.fileName(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0)
        return fail(tr("%1 cannot be written: the finished file could not be moved into place.").arg(QDir::toNativeSeparators(path)));
    temp.setAutoRemove(false);
    return true;
}

} // namespace sd::supervisor
