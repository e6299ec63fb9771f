#include "domain/Fraction.h"

#include <QLocale>

namespace sd {

Fraction Fraction::parse(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC); // ２／３ → 2/3
    const QStringView t = QStringView(folded).trimmed();
    const qsizetype slash = t.indexOf(u'/');
    bool okNum = false;
    bool okDen = true;
    qint64 num = 0;
    qint64 den = 1;
    if (slash < 0) {
        num = t.toLongLong(&okNum);
    } else {
        num = t.left(slash).trimmed().toLongLong(&okNum);
        den = t.mid(slash + 1).trimmed().toLongLong(&okDen);
    }
    if (!okNum || !okDen || den <= 0 || num < 0)
        return Fraction(0, 0);
    return Fraction(num, den);
}

QString Fraction::toString() const
{
    return QString::number(m_num) + u'/' + QString::number(m_den);
}

QString Fraction::toPercent() const
{
    if (m_den == 0)
        return QStringLiteral("—");
    const double pct = 100.0 * static_cast<double>(m_num) / static_cast<double>(m_den);
    return QString::number(pct, 'f', 1) + u'%';
}

} // namespace sd
