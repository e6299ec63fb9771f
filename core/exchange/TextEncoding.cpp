#include "exchange/TextEncoding.h"

#include <algorithm>
#include <cstring>

namespace sd::exchange {

namespace {

bool isContinuation(quint8 b)
{
    return (b & 0xC0) == 0x80;
}

qsizetype utf8Sequence(const quint8 *p, qsizetype n)
{
    const quint8 b = p[0];
    if (b < 0x80)
        return b == 0 ? 0 : 1;
    qsizetype len = 0;
    quint8 lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0)
            lo = 0xA0; // overlong
        else if (b == 0xED)
            hi = 0x9F; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    for (qsizetype i = 1; i < len; ++i) {
        if (i >= n)
            return -1;
        if (i == 1 ? (p[1] < lo || p[1] > hi) : !isContinuation(p[i]))
            return 0;
    }
    return len;
}

qsizetype gb18030Sequence(const quint8 *p, qsizetype n)
{
    const quint8 b = p[0];
    if (b < 0x80)
        return b == 0 ? 0 : 1;
    if (b == 0x80 || b == 0xFF)
        return 0;
    if (n < 2)
        return -1;
    const quint8 b2 = p[1];
    if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE))
        return 2;
    if (b2 < 0x30 || b2 > 0x39)
        return 0;
    if (n < 3)
        return -1;
    if (p[2] < 0x81 || p[2] > 0xFE)
        return 0;
    if (n < 4)
        return -1;
    return p[3] >= 0x30 && p[3] <= 0x39 ? 4 : 0;
}

qsizetype utf16Sequence(const quint8 *p, qsizetype n, bool bigEndian)
{
    if (n < 2)
        return -1;
    const auto unit = [&](qsizetype i) {
        return bigEndian ? quint16((p[i] << 8) | p[i + 1]) : quint16((p[i + 1] << 8) | p[i]);
    };
    const quint16 u = unit(0);
    if (u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
        return 0;
    if (u < 0xD800 || u > 0xDBFF)
        return 2;
    if (n < 4)
        return -1;
    const quint16 low = unit(2);
    return low >= 0xDC00 && low <= 0xDFFF ? 4 : 0;
}

} // namespace

qsizetype EncodingValidator::sequence(const quint8 *p, qsizetype n) const
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return utf8Sequence(p, n);
    case TextEncoding::Gb18030:
        return gb18030Sequence(p, n);
    case TextEncoding::Utf16LE:
        return utf16Sequence(p, n, false);
    case TextEncoding::Utf16BE:
        return utf16Sequence(p, n, true);
    }
    return 0;
}

bool EncodingValidator::feed(const char *data, qsizetype size, bool atEnd)
{
    if (!ok())
        return false;
    const auto *bytes = reinterpret_cast<const quint8 *>(data);
    const qint64 chunkStart = m_consumed; // stream offset of bytes[0]
    m_consumed += size;
    qsizetype i = 0;

    if (m_carrySize > 0) {
        // A sequence cut by the previous chunk's end: complete it from this chunk first.
        quint8 joined[8];
        const qsizetype take = std::min<qsizetype>(size, 4);
        std::memcpy(joined, m_carry, size_t(m_carrySize));
        std::memcpy(joined + m_carrySize, bytes, size_t(take));
        const qsizetype len = sequence(joined, m_carrySize + take);
        if (len < 0 && !atEnd && take == size) { // a tiny chunk: still incomplete
            std::memcpy(m_carry + m_carrySize, bytes, size_t(size));
            m_carrySize += size;
            return true;
        }
        if (len <= 0) {
            m_invalidAt = chunkStart - m_carrySize;
            m_invalidByte = joined[0];
            return false;
        }
        i = len - m_carrySize;
        m_carrySize = 0;
    }

    const bool asciiFastPath = m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Gb18030;
    while (i < size) {
        if (asciiFastPath && bytes[i] != 0 && bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype len = sequence(bytes + i, size - i);
        if (len > 0) {
            i += len;
            continue;
        }
        if (len < 0 && !atEnd) {
            m_carrySize = size - i;
            std::memcpy(m_carry, bytes + i, size_t(m_carrySize));
            return true;
        }
        m_invalidAt = chunkStart + i;
        m_invalidByte = bytes[i];
        return false;
    }
    return true;
}

} // namespace sd::exchange
