#pragma once

#include "domain/SocietyProfile.h"
#include "settings/SocietySettings.h"
#include "storage/StorageError.h"

#include <QList>
#include <QPair>

namespace sd::storage {

class Database;

/// The society's profile (one row) and its typed settings. Every change is audited.
class ProfileStore
{
public:
    explicit ProfileStore(Database &db) : m_db(db) { }

    [[nodiscard]] bool hasProfile() const;
    [[nodiscard]] SocietyProfile profile() const;
    /// Validates and stores the profile in one transaction with its audit entry.
    /// Invalid input is refused with the first problem's message and nothing is written.
    bool saveProfile(const SocietyProfile &profile, StorageError *error);

    [[nodiscard]] SocietySettings settings() const;
    bool saveSettings(const SocietySettings &settings, StorageError *error);

    /// Profile and settings together, in one transaction (the profile dialog's Save).
    bool save(const SocietyProfile &profile, const SocietySettings &settings, StorageError *error);

    /// Rows per table of the society's records (for `info` and the home page).
    [[nodiscard]] QList<QPair<QString, qint64>> recordCounts() const;

private:
    /// The writes themselves, inside a transaction the caller runs.
    bool writeProfile(const SocietyProfile &profile, StorageError *error);
    bool writeSettings(const SocietySettings &settings, StorageError *error);

    Database &m_db;
};

} // namespace sd::storage
