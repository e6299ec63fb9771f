#include "util/Collation.h"

#include <QString>

#include <unicode/ucol.h>

#include <memory>
#include <vector>

namespace sd {

namespace {

struct CollatorCloser
{
    void operator()(UCollator *c) const { ucol_close(c); }
};

UCollator *collator()
{
    thread_local std::unique_ptr<UCollator, CollatorCloser> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UCollator, CollatorCloser> c(ucol_open("zh", &status));
        if (U_FAILURE(status))
            c.reset();
        return c;
    }();
    return instance.get();
}

} // namespace

QByteArray pinyinSortKey(QStringView text)
{
    UCollator *c = collator();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    if (!c) // no ICU data: code point order, still a valid key
        return text.toString().toUtf8();
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(c, chars, length, reinterpret_cast<uint8_t *>(key.data()),
        static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(c, chars, length, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    key.resize(needed > 0 ? needed - 1 : 0); // drop the terminating zero byte
    return key;
}

} // namespace sd
