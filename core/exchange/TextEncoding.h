#pragma once

#include <QtGlobal>

namespace sd::exchange {

/// Encodings a CSV file may come in.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Gb18030 };

/// Checks bytes for validity in an encoding, chunk by chunk, and finds the offset of the first
/// invalid sequence — what QStringDecoder cannot tell. A NUL is invalid in every encoding here:
/// it means a binary file, never a spreadsheet's text.
class EncodingValidator
{
public:
    explicit EncodingValidator(TextEncoding encoding)
        : m_encoding(encoding)
    { }

    /// Checks the next `size` bytes; `atEnd` when they are the last. Returns false once an
    /// invalid sequence is found; offset() is then where it starts, from the first byte fed.
    bool feed(const char *data, qsizetype size, bool atEnd);
    [[nodiscard]] bool ok() const { return m_invalidAt < 0; }
    [[nodiscard]] qint64 offset() const { return m_invalidAt; }
    /// The byte at offset(), for messages.
    [[nodiscard]] quint8 invalidByte() const { return m_invalidByte; }

private:
    /// Length of the valid sequence starting at `p` (of `n` bytes available), 0 when invalid,
    /// -1 when it needs bytes beyond `n`.
    qsizetype sequence(const quint8 *p, qsizetype n) const;

    TextEncoding m_encoding;
    qint64 m_consumed = 0; ///< bytes fed so far
    qint64 m_invalidAt = -1;
    quint8 m_invalidByte = 0;
    quint8 m_carry[4] = {};
    qsizetype m_carrySize = 0;
};

} // namespace sd::exchange
