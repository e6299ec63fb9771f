#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sd::reports {
class Document;
}

namespace sd::test {

/// The committed test data folder (tests/data).
QString dataDir();
/// The societydesk-cli executable under test.
QString cliPath();
/// A copy of tests/data/<name> in `dir`, writable; returns its path.
QString copyTestData(const QTemporaryDir &dir, const QString &name);
/// The project's shared documents (domain/, seeds/, guide/): $SOCIETYDESK_SHARED_DIR, else
/// ../shared next to the source tree. Empty when there is none (a source tarball without it).
QString sharedDir();

} // namespace sd::test

#include <QProcess>
#include <memory>

namespace sd {
class Clock;
}

namespace sd::storage {
class Database;
}

namespace sd::test {

/// Starts the test worker process in `mode` ("hold" or "write") on `path` and waits until it
/// prints `readyLine`. Returns null when it did not get there within 20 s.
std::unique_ptr<QProcess> startWorker(const QStringList &arguments, const QByteArray &readyLine);
/// A new, empty society file `<dir>/<name>` open for writing, on `clock` when given (null on
/// failure, with a warning).
std::unique_ptr<storage::Database> createDatabase(const QTemporaryDir &dir, const QString &name, const Clock *clock = nullptr);
/// Kills a process with SIGKILL, as a power cut or a crash would end it, and reaps it.
void killHard(QProcess &process);
/// What a run of societydesk-cli gave.
struct CliRun
{
    int code = -1; ///< -1: it crashed or did not finish within two minutes
    QString out;
    QString err;
};
/// Runs societydesk-cli with `arguments` and without a display (the CLI must pick the offscreen
/// platform itself), in `environment`.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
/// SHA-256 of a file's bytes, hex.
QByteArray sha256(const QString &path);

/// How pdftotext lays the text out: `Layout` keeps lines as printed; `Reading` gives a table
/// cell's lines together.
enum class PdfTextMode { Layout, Reading };
/// pdftotext of the PDF file at `path` (UTF-8); empty, with `failure` saying why when given,
/// when it cannot run.
QString pdfText(const QString &path, QString *failure = nullptr, PdfTextMode mode = PdfTextMode::Layout);
/// The same for a PDF in memory.
QString pdfText(const QByteArray &pdf, QString *failure, PdfTextMode mode = PdfTextMode::Layout);
/// Without any white space: what a reader sees, whatever the layout spaced.
QString squeezed(QString text);

/// The document as PDF bytes (empty when it cannot be written); `pages` receives its page count.
QByteArray pdfOf(const reports::Document &document, int *pages = nullptr);

/// Keeps a copy of a generated document in $SOCIETYDESK_REPORT_SAMPLES (when set), to look at.
void keepSample(const QString &name, const QByteArray &bytes);

/// The entry `name` of a zip in memory (an ODT, an XLSX); empty when it has none.
QByteArray zipEntry(const QByteArray &zip, const QString &name);
/// The entries' names of a zip in memory.
QStringList zipNames(const QByteArray &zip);
/// What Debian's `tidy -errors -q -utf8` says of `html` (empty: valid); `ran` false when tidy
/// could not run.
QString tidyReport(const QString &html, bool *ran);

} // namespace sd::test
