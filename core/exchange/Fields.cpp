#include "exchange/Fields.h"

#include "validation/Contact.h"
#include "validation/CreditCode.h"
#include "validation/Dates.h"
#include "validation/Normalize.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sd::exchange {

/// The translation context of the field parsers' messages.
class FieldMessages
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::FieldMessages)
};

namespace {

QString numberText(double v)
{
    if (std::isfinite(v) && std::abs(v) < 1e15 && v == std::trunc(v))
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

/// The cell as text for a text-like column: a number as the user typed it, not as a double.
QString cellText(const Cell &cell)
{
    if (cell.kind == Cell::Kind::Number && cell.text.isEmpty())
        return numberText(cell.number);
    return cell.text;
}

Field valid(QString text)
{
    Field f;
    f.state = Field::State::Valid;
    f.text = std::move(text);
    return f;
}

Field invalid(FieldContext &context, QString text, const QString &reason)
{
    context.errors.append(reason);
    Field f;
    f.state = Field::State::Invalid;
    f.text = std::move(text);
    return f;
}

/// Half-width, trimmed text; a note when full-width characters were folded.
QString halfWidth(const Cell &cell, FieldContext &context)
{
    const QString raw = cellText(cell).trimmed();
    const bool wide = std::any_of(raw.begin(), raw.end(), [](QChar c) { return c.unicode() >= 0x3000; });
    if (!wide)
        return raw; // the usual case: nothing to fold, no copy
    QString half = validation::toHalfWidth(raw).trimmed();
    if (half != raw) {
        context.warnings.append(
            FieldMessages::tr("Full-width characters in \"%1\" were read as \"%2\".").arg(raw, half));
    }
    return half;
}

/// YYYY-MM-DD exactly, the form of every export and most databases: skips the general parser.
QDate isoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    int parts[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const QChar c = s[starts[p] + i];
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c.unicode() - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

Field dateField(const validation::DateResult &r, const QString &input, FieldContext &context)
{
    if (!r.isValid())
        return invalid(context, input, r.message);
    if (!r.warningMessage.isEmpty())
        context.warnings.append(r.warningMessage);
    Field f = valid(r.value.toString(Qt::ISODate));
    f.date = r.value;
    return f;
}

} // namespace

// --- field parsers -------------------------------------------------------------------------

namespace fields {

FieldParser text(int maxLength)
{
    return [maxLength](const Cell &cell, FieldContext &context) {
        QString t = cellText(cell).trimmed();
        if (maxLength > 0 && t.size() > maxLength)
            return invalid(context, t,
                FieldMessages::tr("The text has %1 characters; at most %2 fit here.")
                    .arg(t.size())
                    .arg(maxLength));
        return valid(std::move(t));
    };
}

FieldParser name(int maxLength)
{
    return [maxLength](const Cell &cell, FieldContext &context) {
        const QString raw = cellText(cell);
        const validation::NormalizedName n = validation::normalizeName(raw);
        if (n.value.isEmpty())
            return Field {};
        if (n.changed && n.value != raw.trimmed()) {
            context.warnings.append(
                FieldMessages::tr("The name \"%1\" was normalised to \"%2\".").arg(raw, n.value));
        }
        const qsizetype length = n.value.size() > maxLength ? n.value.toUcs4().size() : n.value.size();
        if (length > maxLength)
            return invalid(context, n.value,
                FieldMessages::tr("The name \"%1\" has %2 characters; at most %3 are allowed.")
                    .arg(n.value)
                    .arg(length)
                    .arg(maxLength));
        return valid(n.value);
    };
}

FieldParser code(int maxLength)
{
    return [maxLength](const Cell &cell, FieldContext &context) {
        QString t = halfWidth(cell, context);
        t.removeIf([](QChar c) { return c.isSpace(); });
        if (t.size() > maxLength)
            return invalid(context, t,
                FieldMessages::tr("\"%1\" has %2 characters; at most %3 are allowed.")
                    .arg(t)
                    .arg(t.size())
                    .arg(maxLength));
        return valid(std::move(t));
    };
}

FieldParser date(bool futureAllowed)
{
    return [futureAllowed](const Cell &cell, FieldContext &context) {
        Field f;
        if (cell.kind == Cell::Kind::Number) {
            const double v = cell.number;
            // 20170601 typed into a number cell: a compact date, not a serial.
            if (v >= 18000101 && v <= 99991231 && v == std::trunc(v)) {
                f = dateField(validation::parseDate(numberText(v), context.today), numberText(v), context);
            } else {
                validation::DateResult r = validation::dateFromSpreadsheetNumber(v, context.today);
                if (context.dates1904 && r.warning != validation::DateResult::Warning::YearMonthNumber)
                    r = validation::dateFromExcelSerial(v + 1462, context.today);
                f = dateField(r, shownValue(cell, context.dates1904), context);
            }
        } else {
            const QString t = cellText(cell).trimmed();
            const QDate quick = isoDate(t);
            if (quick.isValid() && quick.year() >= 1800
                && (!context.today.isValid() || quick <= context.today.addYears(10))) {
                f = valid(t);
                f.date = quick;
            } else {
                f = dateField(validation::parseDate(t, context.today), t, context);
            }
        }
        if (f.isValid() && !futureAllowed && context.today.isValid() && f.date > context.today) {
            return invalid(context, f.text,
                FieldMessages::tr("The date %1 lies in the future.").arg(f.date.toString(Qt::ISODate)));
        }
        return f;
    };
}

FieldParser yesNo()
{
    return [](const Cell &cell, FieldContext &context) {
        const QString t = cellText(cell).trimmed();
        const validation::YesNoResult r = validation::parseYesNo(t);
        if (!r.isValid())
            return invalid(context, t, r.message);
        Field f = valid(t);
        f.flag = r.value;
        if (!r.value)
            f.state = Field::State::Empty;
        return f;
    };
}

FieldParser gender()
{
    return [](const Cell &cell, FieldContext &context) {
        const QString t = cellText(cell).trimmed();
        const validation::GenderResult r = validation::parseGender(t);
        if (!r.isValid())
            return invalid(context, t, r.message);
        Field f = valid(t);
        f.number = static_cast<qint64>(r.value);
        return f;
    };
}

FieldParser choice(QList<validation::Choice> choices, QString defaultValue)
{
    // Every accepted spelling, as typed and as compared (checkChoice's key: half-width, no
    // whitespace, case-folded), so a cell costs a lookup; checkChoice itself words the refusal.
    QHash<QString, QString> accepted;
    const auto key = [](QStringView s) {
        QString k = validation::toHalfWidth(s);
        k.removeIf([](QChar c) { return c.isSpace(); });
        return k.toCaseFolded();
    };
    for (const validation::Choice &c : std::as_const(choices)) {
        QStringList spellings = c.aliases;
        spellings << c.canonical;
        for (const QString &spelling : std::as_const(spellings)) {
            accepted.insert(spelling, c.canonical);
            accepted.insert(key(spelling), c.canonical);
        }
    }
    return [choices = std::move(choices), defaultValue = std::move(defaultValue),
               accepted = std::move(accepted), key](const Cell &cell, FieldContext &context) {
        const QString t = cellText(cell).trimmed();
        auto it = accepted.constFind(t);
        if (it == accepted.constEnd())
            it = accepted.constFind(key(t));
        if (it != accepted.constEnd())
            return valid(*it);
        const validation::ChoiceResult r = validation::checkChoice(t, choices, defaultValue);
        if (!r.isValid())
            return invalid(context, t, r.message);
        return valid(r.value);
    };
}

FieldParser mobile()
{
    return [](const Cell &cell, FieldContext &context) {
        const QString t = halfWidth(cell, context);
        const validation::PhoneResult r = validation::checkMobile(t);
        if (!r.isValid())
            return invalid(context, t, r.message);
        return valid(r.value);
    };
}

FieldParser phone()
{
    return [](const Cell &cell, FieldContext &context) {
        const QString t = halfWidth(cell, context);
        const validation::PhoneResult r = validation::checkPhone(t);
        if (!r.isValid())
            return invalid(context, t, r.message);
        return valid(r.value);
    };
}

FieldParser email()
{
    return [](const Cell &cell, FieldContext &context) {
        const QString t = halfWidth(cell, context);
        const validation::EmailResult r = validation::checkEmail(t);
        if (!r.isValid())
            return invalid(context, t, r.message);
        return valid(r.value);
    };
}

FieldParser money()
{
    return [](const Cell &cell, FieldContext &context) {
        const auto tooPrecise = [&](const QString &shown) {
            return invalid(context, shown,
                FieldMessages::tr(
                    "The amount %1 has more than two decimals; amounts are in yuan with at most "
                    "two decimals.")
                    .arg(shown));
        };
        const auto negative = [&](const QString &shown) {
            return invalid(context, shown, FieldMessages::tr("The amount %1 is negative.").arg(shown));
        };
        qint64 cents = 0;
        if (cell.kind == Cell::Kind::Number) {
            const double scaled = cell.number * 100;
            const double rounded = std::round(scaled);
            const QString shown = numberText(cell.number);
            if (!std::isfinite(scaled) || std::abs(rounded) > 9e15)
                return invalid(context, shown, FieldMessages::tr("%1 is not an amount of money.").arg(shown));
            if (std::abs(scaled - rounded) > 1e-6 * std::max(1.0, std::abs(scaled)))
                return tooPrecise(shown);
            cents = static_cast<qint64>(rounded);
            if (cents < 0)
                return negative(shown);
        } else {
            QString t = validation::toHalfWidth(cell.text).trimmed();
            const QString shown = t;
            t.removeIf([](QChar c) { return c.isSpace() || c == u',' || c == u'¥' || c == QChar(0xFFE5); });
            if (t.endsWith(u'元'))
                t.chop(1);
            static const QRegularExpression number(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d*))?$"));
            const QRegularExpressionMatch m = number.match(t);
            if (!m.hasMatch())
                return invalid(context, shown,
                    FieldMessages::tr("\"%1\" is not an amount of money; write it in yuan, such as 200.00.")
                        .arg(shown));
            QString decimals = m.captured(3);
            while (decimals.size() > 2 && decimals.endsWith(u'0'))
                decimals.chop(1);
            if (decimals.size() > 2)
                return tooPrecise(shown);
            decimals = decimals.leftJustified(2, u'0');
            cents = m.captured(2).toLongLong() * 100 + decimals.toLongLong();
            if (!m.captured(1).isEmpty() && cents != 0)
                return negative(shown);
        }
        Field f = valid(QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0')));
        f.number = cents;
        return f;
    };
}

FieldParser wholeNumber(qint64 min, qint64 max)
{
    return [min, max](const Cell &cell, FieldContext &context) {
        QString t = validation::toHalfWidth(cellText(cell)).trimmed();
        if (t.endsWith(u'年'))
            t.chop(1);
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok)
            return invalid(context, t, FieldMessages::tr("\"%1\" is not a whole number.").arg(t));
        if (n < min || n > max)
            return invalid(
                context, t, FieldMessages::tr("%1 is not between %2 and %3.").arg(n).arg(min).arg(max));
        Field f = valid(QString::number(n));
        f.number = n;
        return f;
    };
}

FieldParser creditCode()
{
    return [](const Cell &cell, FieldContext &context) {
        const QString t = halfWidth(cell, context);
        const validation::CreditCodeResult r = validation::checkCreditCode(t);
        using P = validation::CreditCodeResult::Problem;
        switch (r.problem) {
        case P::None:
        case P::Empty:
            return r.normalized.isEmpty() ? Field {} : valid(r.normalized);
        case P::WrongLength:
            return invalid(context, t,
                FieldMessages::tr("The credit code \"%1\" should have 18 characters but has %2.")
                    .arg(r.normalized)
                    .arg(r.normalized.size()));
        case P::BadCharacter:
            return invalid(context, t,
                FieldMessages::tr(
                    "The credit code \"%1\" may contain only digits and the capital letters A-Y "
                    "except I, O, S, V and Z.")
                    .arg(r.normalized));
        case P::BadCheckCharacter:
            break;
        }
        return invalid(context, t,
            FieldMessages::tr(
                "The check character of the credit code \"%1\" does not match; please look for a "
                "mistyped character.")
                .arg(r.normalized));
    };
}

} // namespace fields

QString shownValue(const Cell &cell, bool dates1904)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Number:
        if (cell.isDateFormatted) {
            const validation::DateResult r
                = validation::dateFromExcelSerial(cell.number + (dates1904 ? 1462 : 0));
            if (r.isValid())
                return r.value.toString(Qt::ISODate);
        }
        return cell.text.isEmpty() ? numberText(cell.number) : cell.text;
    case Cell::Kind::Text:
    case Cell::Kind::Bool:
    case Cell::Kind::Error:
        break;
    }
    return cell.text;
}

} // namespace sd::exchange
