#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sd::test {

/// The committed test data folder (tests/data).
QString dataDir();
/// The societydesk-cli executable under test.
QString cliPath();
/// A copy of tests/data/<name> in `dir`, writable; returns its path.
QString copyTestData(const QTemporaryDir &dir, const QString &name);

} // namespace sd::test
