// societydesk-cli: the command-line front end. Parses the global options, picks the language
// and the society file, and hands the rest to a command in Commands.cpp.

#include "Commands.h"

#include "i18n/Language.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <unistd.h>

using namespace sd;

/// The translation context of this file's messages.
class CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

namespace {

void printHelp(QTextStream &out)
{
    out << CliMain::tr("Usage: societydesk-cli [--db FILE] [--lang zh_CN|en] COMMAND [options]") << "\n\n"
        << CliMain::tr("SocietyDesk (学会工作台) on the command line: the society file's records, checks and documents.")
        << "\n\n"
        << CliMain::tr("Global options:") << '\n'
        << "  --db FILE          " << CliMain::tr("The society file (default: %1).").arg(storage::Database::defaultPath()) << '\n'
        << "  --lang zh_CN|en    " << CliMain::tr("Language of messages (default: the preference, else the system's).") << '\n'
        << "  -h, --help         " << CliMain::tr("Show this help; COMMAND --help shows a command's options.") << '\n'
        << "  -v, --version      " << CliMain::tr("Show the version.") << "\n\n"
        << CliMain::tr("Commands:") << '\n';
    for (const cli::Command &c : cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(18) << ' '
            << QCoreApplication::translate("sd::cli::Commands", c.summary) << '\n';
    out << '\n'
        << CliMain::tr("Exit codes: 0 ok; 1 a failure was found; 2 usage error; 3 input rejected, nothing written; "
              "4 storage problem (locked, damaged, foreign, too new).")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // Documents are drawn with QtGui; without a display the offscreen platform does it.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // What Qt would pick itself, minus its warning on every call.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(::getuid());
            if (QDir().mkpath(QFile::decodeName(runtime))) {
                QFile::setPermissions(QFile::decodeName(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime);
            }
        }
    }
    QGuiApplication app(argc, argv);
    setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath;
    bool dbGiven = false;
    QString lang;
    bool langGiven = false;
    bool help = false;
    bool showVersion = false;
    QString usageError;

    // Global options come before the command; everything after the command belongs to it.
    while (!args.isEmpty() && args.constFirst().startsWith(u'-')) {
        const QString a = args.takeFirst();
        const auto valueOf = [&](QStringView name, QString *value, bool *given) {
            if (a.startsWith(name.toString() + u'=')) {
                *value = a.mid(name.size() + 1);
            } else if (!args.isEmpty()) {
                *value = args.takeFirst();
            } else {
                usageError = CliMain::tr("%1 needs a value.").arg(name.toString());
                return;
            }
            *given = true;
        };
        if (a == QLatin1StringView("--db") || a.startsWith(QLatin1StringView("--db=")))
            valueOf(u"--db", &dbPath, &dbGiven);
        else if (a == QLatin1StringView("--lang") || a.startsWith(QLatin1StringView("--lang=")))
            valueOf(u"--lang", &lang, &langGiven);
        else if (a == QLatin1StringView("-h") || a == QLatin1StringView("--help"))
            help = true;
        else if (a == QLatin1StringView("-v") || a == QLatin1StringView("--version"))
            showVersion = true;
        else
            usageError = CliMain::tr("Unknown option %1.").arg(a);
        if (!usageError.isEmpty())
            break;
    }

    Preferences preferences;
    if (langGiven && (lang.isEmpty() || !i18n::isKnownCode(lang)))
        usageError = CliMain::tr("--lang must be zh_CN or en.");
    i18n::install(i18n::fromCode(langGiven ? lang : preferences.value(Preferences::UiLanguage).toString()));
    if (!usageError.isEmpty()) {
        err << "societydesk-cli: " << usageError << ' ' << CliMain::tr("See societydesk-cli --help.") << '\n';
        return cli::Usage;
    }
    if (showVersion) {
        out << "societydesk-cli " << version() << '\n';
        return cli::Ok;
    }
    if (help || args.isEmpty()) {
        printHelp(help ? out : err);
        return help ? cli::Ok : cli::Usage;
    }

    const QString name = args.constFirst();
    for (const cli::Command &c : cli::commands()) {
        if (name == QLatin1StringView(c.name)) {
            cli::Context ctx { dbGiven ? dbPath : storage::Database::defaultPath(), dbGiven,
                preferences.operatorName(), args, out, err };
            return c.run(ctx);
        }
    }
    err << "societydesk-cli: " << CliMain::tr("Unknown command \"%1\".").arg(name) << ' ' << CliMain::tr("See societydesk-cli --help.")
        << '\n';
    return cli::Usage;
}
