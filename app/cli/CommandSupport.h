#pragma once

#include "Commands.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

/// What every CLI command shares: option parsing with --help, the --format option, opening
/// the society file, and turning storage errors into messages and exit codes.
namespace sd::cli {

/// Parses a command's own options; handles --help. Returns false with `code` set when the
/// command should stop (help shown = Ok, bad usage = Usage).
/// With `positional` (name, meaning for --help), exactly that many arguments are required and
/// go to `values`; a negative number among them ("-5") is an argument, not an option.
bool parseCommand(Context &ctx, QCommandLineParser &parser, const QString &description, ExitCode *code,
    const QList<std::pair<QString, QString>> &positional = {}, QStringList *values = nullptr);

/// The `--format text|json` option of the reporting commands.
struct FormatOption
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::FormatOption)

public:
    QCommandLineOption option { QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"),
        QStringLiteral("text") };
    bool json = false;

    /// Reads the parsed value; false, with the usage error printed, when it is neither.
    bool read(Context &ctx, const QCommandLineParser &parser);
};

/// Reads a full-date option ("2026-06-30"; default: today); false with the usage error printed.
bool readDateOption(Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date);

/// Prints the error's message and returns its exit code.
ExitCode fail(Context &ctx, const storage::StorageError &error);

/// Opens the society file for a command (no check; a too-new file is read with a note).
std::unique_ptr<storage::Database> openExisting(Context &ctx, storage::StorageError *error);

/// A path for messages, with the platform's separators.
QString native(const QString &path);

} // namespace sd::cli
