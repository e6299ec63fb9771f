#pragma once

#include <QList>
#include <QString>

namespace sd::annual {

/// A run of text that two versions share, or that one of them alone has.
struct DiffSpan
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSpan &) const = default;
};

/// What changed from `before` to `after`, as the spans of a longest common subsequence: lines
/// first, then, inside a changed run of lines, tokens — a Chinese character or punctuation mark
/// each (Chinese has no spaces to split words at), a run of letters or digits, a run of spaces.
/// Concatenating the Same and Removed spans gives `before`; Same and Added, `after`. Adjacent
/// spans of one kind are merged. A changed run too large for an exact token diff (over four
/// million token pairs) is reported as removed and added whole.
[[nodiscard]] QList<DiffSpan> diffText(const QString &before, const QString &after);

} // namespace sd::annual
