#include "annual/TextDiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace sd::annual {

namespace {

constexpr qsizetype kMaxPairs = 4'000'000;

/// Lines with their line breaks kept, so the pieces join back to the text.
QStringList lines(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            out << text.mid(start, i - start + 1);
            start = i + 1;
        }
    }
    if (start < text.size())
        out << text.mid(start);
    return out;
}

QStringList tokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isHighSurrogate() && j < text.size()) {
            ++j; // one character outside the BMP
        } else if (c.isLetterOrNumber() && c.unicode() < 0x2E80) { // a word or number; CJK splits
            while (j < text.size() && text.at(j).isLetterOrNumber() && text.at(j).unicode() < 0x2E80)
                ++j;
        } else if (c.isSpace() && c != QLatin1Char('\n')) {
            while (j < text.size() && text.at(j).isSpace() && text.at(j) != QLatin1Char('\n'))
                ++j;
        }
        out << text.mid(i, j - i);
        i = j;
    }
    return out;
}

void append(QList<DiffSpan> &spans, DiffSpan::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.last().kind == kind)
        spans.last().text += text;
    else
        spans.append({ kind, text });
}

/// The diff of two token lists by a longest common subsequence; `refine` diffs each changed run
/// again (lines → tokens), or null to report it whole.
void diffLists(const QStringList &a, const QStringList &b, QList<DiffSpan> &spans, bool refine);

void changed(const QStringList &removed, const QStringList &added, QList<DiffSpan> &spans, bool refine)
{
    if (refine && !removed.isEmpty() && !added.isEmpty()) {
        diffLists(tokens(removed.join(QString())), tokens(added.join(QString())), spans, false);
        return;
    }
    append(spans, DiffSpan::Kind::Removed, removed.join(QString()));
    append(spans, DiffSpan::Kind::Added, added.join(QString()));
}

void diffLists(const QStringList &a, const QStringList &b, QList<DiffSpan> &spans, bool refine)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    append(spans, DiffSpan::Kind::Same, a.mid(0, prefix).join(QString()));
    const QStringList x = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList y = b.mid(prefix, b.size() - prefix - suffix);
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    if (n == 0 || m == 0 || n * m > kMaxPairs) {
        if (n * m > kMaxPairs)
            refine = false;
        changed(x, y, spans, refine);
    } else {
        // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
        std::vector<quint32> lcs(std::size_t((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[std::size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = x.at(i) == y.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        QStringList removed;
        QStringList added;
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.at(i) == y.at(j)) {
                changed(removed, added, spans, refine);
                removed.clear();
                added.clear();
                append(spans, DiffSpan::Kind::Same, x.at(i));
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                added << y.at(j++);
            } else {
                removed << x.at(i++);
            }
        }
        changed(removed, added, spans, refine);
    }
    append(spans, DiffSpan::Kind::Same, a.mid(a.size() - suffix).join(QString()));
}

} // namespace

QList<DiffSpan> diffText(const QString &before, const QString &after)
{
    QList<DiffSpan> spans;
    diffLists(lines(before), lines(after), spans, true);
    return spans;
}

} // namespace sd::annual
