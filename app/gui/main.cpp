// The GUI's entry point: the command line, the application's identity, language and font,
// then the main window and what to open first. Everything else lives in ui/ and core/.

#include "i18n/Language.h"
#include "MainWindow.h"
#include "session/FileActions.h"
#include "settings/Preferences.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/Screenshot.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QIcon>

namespace {

/// The translation context of this file's messages.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

struct Options
{
    QCommandLineOption db { QStringList { QStringLiteral("db") }, QString(), QStringLiteral("file") };
    QCommandLineOption demo { QStringList { QStringLiteral("demo") } };
    QCommandLineOption lang { QStringList { QStringLiteral("lang") }, QString(), QStringLiteral("code") };
    QCommandLineOption newSociety { QStringList { QStringLiteral("new") } };
    /// Hidden: grab the screen a moment after start-up, save it as PNG and quit.
    QCommandLineOption screenshot { QStringList { QStringLiteral("screenshot") }, QString(),
        QStringLiteral("file") };
};

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

/// The language of this run: --lang, else the saved preference, else the system locale.
sd::i18n::Language startupLanguage(const QStringList &arguments, const sd::Preferences &preferences)
{
    // A lenient first pass reads --lang alone, so that even --help speaks that language.
    QCommandLineParser pre;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    pre.addOption(lang);
    pre.parse(arguments);
    const QString code
        = pre.isSet(lang) ? pre.value(lang) : preferences.value(sd::Preferences::UiLanguage).toString();
    return sd::i18n::fromCode(code);
}

void describe(QCommandLineParser &parser, Options &o)
{
    parser.setApplicationDescription(
        Main::tr("SocietyDesk — the secretariat workbench of a scientific society."));
    parser.addHelpOption();
    parser.addVersionOption();
    o.db.setDescription(Main::tr("Open the society file <file>."));
    o.demo.setDescription(Main::tr("Open the demo society (created the first time)."));
    o.lang.setDescription(Main::tr("Show SocietyDesk in <code>, zh_CN or en, for this run only."));
    o.newSociety.setDescription(Main::tr("Start with the wizard for a new society."));
    o.screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ o.db, o.demo, o.lang, o.newSociety, o.screenshot });
    parser.addPositionalArgument(
        QStringLiteral("file"), Main::tr("A society file to open, as with --db."), QStringLiteral("[file]"));
}

/// Parses the command line like QCommandLineParser::process(), but a usage error exits with 2,
/// the code the CLI uses for it too. Returns -1 to go on.
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u' ' + Main::tr("See societydesk --help."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("societydesk %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return -1;
}

/// QApplication aborts when it finds no display: say what to do instead, in the user's
/// language (a QCoreApplication needs no display and can load the translators).
int runWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sd::setApplicationIdentity();
    const sd::Preferences preferences;
    sd::i18n::install(startupLanguage(app.arguments(), preferences));
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    if (const int code = parseCommandLine(parser, app.arguments()); code >= 0) // --help, --version
        return code;
    // The same command as typed, under a virtual X server of the size screens are designed for.
    QStringList command = app.arguments();
    command[0] = QString::fromLocal8Bit(argv[0]);
    printError(Main::tr("No display was found; to run SocietyDesk without one, start it under a virtual "
                        "display: %1")
                   .arg(QStringLiteral("xvfb-run -a -s \"-screen 0 1366x768x24\" ") + command.join(u' ')));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return runWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    sd::setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(sd::kApplicationId));
    if (const QString icon = QStringLiteral(":/icons/org.societydesk.SocietyDesk.svg"); QFile::exists(icon))
        QApplication::setWindowIcon(QIcon(icon));

    sd::Preferences preferences;
    sd::i18n::install(startupLanguage(QApplication::arguments(), preferences));

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    if (const int code = parseCommandLine(parser, QApplication::arguments()); code >= 0)
        return code;
    if (parser.isSet(options.lang) && !sd::i18n::isKnownCode(parser.value(options.lang))) {
        printError(Main::tr("Unknown language %1; use zh_CN or en.").arg(parser.value(options.lang)));
        return 2;
    }
    QString file = parser.value(options.db);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    if (int(!file.isEmpty()) + int(parser.isSet(options.demo)) + int(parser.isSet(options.newSociety)) > 1) {
        printError(Main::tr("Give only one of a file, --demo and --new."));
        return 2;
    }

    // Chinese needs a font with its glyphs: name the usual CJK families, in order of preference.
    QFont font = QApplication::font();
    font.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
        QStringLiteral("PingFang SC") });
    font.setPointSizeF(10);
    QApplication::setFont(font);

    sd::ui::MainWindow window(preferences, sd::Clock::system());
    const QString screenshot = parser.value(options.screenshot);
    if (screenshot.isEmpty())
        window.resize(1280, 720); // fits a 1366×768 screen with its panels
    else
        window.setGeometry(0, 0, 1366, 768);
    window.show();
    window.fileActions().start({ file, parser.isSet(options.demo), parser.isSet(options.newSociety) });
    if (!screenshot.isEmpty())
        sd::ui::scheduleScreenshot(screenshot, 2500);
    return QApplication::exec();
}
