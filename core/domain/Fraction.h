#pragma once

#include <QMetaType>
#include <QString>

#include <compare>

namespace sd {

/// An exact non-negative fraction for thresholds such as "at least 2/3 present".
/// Ratios are decided on integers (4 × front_line ≥ 3 × seats), never on rounded floats.
class Fraction
{
public:
    constexpr Fraction() = default;
    constexpr Fraction(qint64 numerator, qint64 denominator) : m_num(numerator), m_den(denominator) { }

    [[nodiscard]] constexpr qint64 numerator() const { return m_num; }
    [[nodiscard]] constexpr qint64 denominator() const { return m_den; }
    [[nodiscard]] constexpr bool isValid() const { return m_den > 0 && m_num >= 0; }

    /// Parses "2/3", "1/2" or a whole number "1". Returns an invalid fraction otherwise.
    static Fraction parse(QStringView text);
    [[nodiscard]] QString toString() const;
    /// Percentage with one decimal, for display only ("66.7%").
    [[nodiscard]] QString toPercent() const;

    /// Exact comparison by cross-multiplication.
    friend std::strong_ordering operator<=>(const Fraction &a, const Fraction &b)
    {
        return a.m_num * b.m_den <=> b.m_num * a.m_den;
    }
    friend bool operator==(const Fraction &a, const Fraction &b) { return (a <=> b) == 0; }

    /// True when part/whole reaches this fraction (part/whole ≥ this).
    [[nodiscard]] bool isReachedBy(qint64 part, qint64 whole) const
    {
        return whole > 0 && part * m_den >= m_num * whole;
    }

private:
    qint64 m_num = 0;
    qint64 m_den = 1;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::Fraction)
