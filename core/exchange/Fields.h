#pragma once

#include "exchange/TabularReader.h"
#include "validation/Values.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sd::exchange {

/// A cell once read for its column: normalised, checked, typed.
struct Field
{
    enum class State { Empty, Valid, Invalid };
    State state = State::Empty;
    QString text; ///< the normalised value (dates ISO, money "12.50"); for Invalid, the input
    QDate date; ///< date columns
    qint64 number = 0; ///< whole-number columns; money in cents; gender as validation::Gender
    std::optional<bool> flag; ///< yes/no columns; empty stays unknown, never "no"

    [[nodiscard]] bool isEmpty() const { return state == State::Empty; }
    [[nodiscard]] bool isValid() const { return state == State::Valid; }
};

/// What a field parser has besides the cell: the import day and where its findings go (reasons
/// only; the importer adds the line, the column and the value).
struct FieldContext
{
    QDate today;
    bool dates1904 = false; ///< XLSX: the workbook counts date serials from 1904
    QStringList errors;
    QStringList warnings;
};

/// Reads one non-empty cell of a column. Returns the field; an error in `context` makes it Invalid.
using FieldParser = std::function<Field(const Cell &cell, FieldContext &context)>;

/// The parsers of the layouts' columns. Full-width characters become half-width before any
/// check; free text is only trimmed, as people write it.
namespace fields {
/// Free text (工作单位, 备注), trimmed; at most `maxLength` characters when > 0.
FieldParser text(int maxLength = 0);
/// A person's or unit's name: normalizeName (王　伟 -> 王伟, with a warning saying so), 1 to
/// `maxLength` characters.
FieldParser name(int maxLength);
/// An identifier (会员编号, 票据号): half-width, no whitespace, at most `maxLength` characters.
FieldParser code(int maxLength);
/// Every date spelling of interchange.md; in XLSX date serials, and numbers like 2017.6 as a
/// year and month (with a warning). Not in the future unless `futureAllowed`.
FieldParser date(bool futureAllowed = true);
FieldParser yesNo();
FieldParser gender();
/// One of `choices` (canonical value in `text`); empty gives `defaultValue`.
FieldParser choice(QList<validation::Choice> choices, QString defaultValue = {});
FieldParser mobile();
/// A mobile or a landline (区号-号码[-分机]).
FieldParser phone();
FieldParser email();
/// Yuan with at most two decimals, not negative; `number` holds cents.
FieldParser money();
FieldParser wholeNumber(qint64 min, qint64 max);
/// A unified social credit code (GB 32100).
FieldParser creditCode();
} // namespace fields

/// The value of a cell as a spreadsheet program shows it: its text; a date-formatted number as
/// its date (YYYY-MM-DD); another number as stored.
[[nodiscard]] QString shownValue(const Cell &cell, bool dates1904 = false);

} // namespace sd::exchange
