#pragma once

#include <QString>

namespace sd::storage {

/// Why a society file could not be opened, read or written. `message` is one translated
/// sentence naming the file and the reason; the UI and CLI show it as is.
struct StorageError
{
    enum class Kind {
        None,
        NotFound,      ///< no such file
        AlreadyExists, ///< asked to create a file that exists
        Locked,        ///< another process holds the writer lock
        Busy,          ///< this process is writing the file from another thread (an import); try later
        Foreign,       ///< not a SocietyDesk file (other SQLite file or not SQLite at all)
        TooNew,        ///< made by a newer SocietyDesk; opened read-only (not an error by itself)
        Corrupt,       ///< failed an integrity check or could not be read
        Io,            ///< the file system refused (permissions, disk full)
        Sql,           ///< a statement failed
        Invalid,       ///< input refused by validation; nothing was written
    };

    Kind kind = Kind::None;
    QString file;
    QString message;
    QString newestBackup; ///< for Corrupt: the newest backup that passed its check, if any

    [[nodiscard]] bool isError() const { return kind != Kind::None && kind != Kind::TooNew; }
    explicit operator bool() const { return isError(); }
};

} // namespace sd::storage
