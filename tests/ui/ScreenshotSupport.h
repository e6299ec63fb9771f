#pragma once

// What the screenshot harnesses (EXCLUDE_FROM_ALL, run under Xvfb at 1366×768) share: the
// arguments OUTDIR and LANGUAGE, the screens' language (and, for review, a .qm of strings not yet
// in the catalogue from $SD_EXTRA_QM), the demo society in a temporary file, the main window at
// 1366×768 on it, and a grab of the whole screen.

#include "MainWindow.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "i18n/Language.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace sd::test {

class DemoScreen
{
public:
    /// Reads OUTDIR (default ".") and LANGUAGE (default zh_CN) and installs the language.
    explicit DemoScreen(const QApplication &app)
        : m_out(QDir(app.arguments().value(1, QStringLiteral("."))).absolutePath())
        , m_language(app.arguments().value(2, QStringLiteral("zh_CN")))
    {
        QDir().mkpath(m_out);
        if (m_language == u"zh_CN")
            i18n::install(i18n::Language::Chinese);
        if (const QString qm = qEnvironmentVariable("SD_EXTRA_QM"); !qm.isEmpty() && m_extra.load(qm))
            QCoreApplication::installTranslator(&m_extra);
    }

    /// Writes the demo society (`members`), shows the main window at 1366×768 and opens the
    /// file in it; false, with the reason printed, when it cannot.
    bool open(demo::DemoMembersOptions members = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.societydesk"));
        {
            storage::Database::Options options;
            options.mode = storage::OpenMode::CreateNew;
            storage::StorageError error;
            auto db = storage::Database::open(path, options, &error);
            if (!db || !demo::writeAll(*db, members, &error)) {
                std::printf("demo not written: %s\n", qPrintable(error.message));
                return false;
            }
        }
        m_preferences = std::make_unique<Preferences>(
            new QSettings(m_dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
        m_window = std::make_unique<ui::MainWindow>(*m_preferences, Clock::system());
        m_window->resize(1366, 768);
        m_window->move(0, 0);
        m_window->show();
        if (m_beforeOpen)
            m_beforeOpen(*m_window);
        storage::StorageError error;
        if (!m_window->session().open(m_dir.filePath(QStringLiteral("demo.societydesk")), &error)) {
            std::printf("demo not opened: %s\n", qPrintable(error.message));
            return false;
        }
        return true;
    }
    /// Called with the window after it is shown and before the file opens (a signal spy on a
    /// page that updates when the file opens).
    void beforeOpen(std::function<void(ui::MainWindow &)> call) { m_beforeOpen = std::move(call); }

    [[nodiscard]] ui::MainWindow &window() { return *m_window; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString outDir() const { return m_out; }
    [[nodiscard]] QString scratch(const QString &name) const { return m_dir.filePath(name); }
    /// OUTDIR/NAME-LANGUAGE.png
    [[nodiscard]] QString pathOf(const QString &name) const
    {
        return m_out + u'/' + name + u'-' + m_language + QStringLiteral(".png");
    }

    /// Waits `settleMs` for painting, then grabs the whole screen to OUTDIR/NAME-LANGUAGE.png.
    void shoot(const QString &name, int settleMs = 700) const
    {
        QTest::qWait(settleMs);
        const QString path = pathOf(name);
        const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
        std::printf("%s %s\n", qPrintable(path), screen.save(path) ? "saved" : "NOT SAVED");
    }

private:
    QString m_out;
    QString m_language;
    QTranslator m_extra;
    QTemporaryDir m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<ui::MainWindow> m_window;
    std::function<void(ui::MainWindow &)> m_beforeOpen;
};

} // namespace sd::test
