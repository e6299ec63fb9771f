#pragma once

#include <QByteArray>
#include <QStringView>

namespace sd {

/// Sort keys in the order Chinese readers expect: pinyin for Han characters (阿明, 白丽, 陈静 …
/// 张伟), from ICU's `zh` collation. The key's bytes compare with memcmp, so a BLOB column of
/// them sorts a million names inside SQLite (which alone sorts by code point). Thread-safe: each
/// thread has its own collator.
[[nodiscard]] QByteArray pinyinSortKey(QStringView text);

} // namespace sd
