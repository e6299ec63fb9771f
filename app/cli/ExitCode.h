#pragma once

#include "storage/StorageError.h"

namespace sd::cli {

/// The CLI's exit codes; every command keeps them (scripts and the supervisor's tools rely on them).
enum ExitCode : int {
    Ok = 0,
    FailureFound = 1, ///< the command ran and found a failure (failed check, invalid package)
    Usage = 2,
    InputRejected = 3, ///< nothing was written
    StorageProblem = 4, ///< locked, corrupt, foreign, too new, not found, I/O
};

inline ExitCode exitCodeFor(const storage::StorageError &error)
{
    using K = storage::StorageError::Kind;
    switch (error.kind) {
    case K::None:
        return Ok;
    case K::Invalid:
    case K::AlreadyExists:
        return InputRejected;
    case K::NotFound:
    case K::Locked:
    case K::Busy:
    case K::Foreign:
    case K::TooNew:
    case K::Corrupt:
    case K::Io:
    case K::Sql:
        return StorageProblem;
    }
    return StorageProblem;
}

} // namespace sd::cli
