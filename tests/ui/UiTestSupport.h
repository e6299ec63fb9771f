#pragma once

// Helpers shared by the ui tests (header-only: each test is its own executable).

#include "domain/SocietyProfile.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <memory>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace sd::test {

/// Translates every string of the ui's contexts to ⟦source⟧, so a test can see which visible
/// strings were retranslated without depending on the real catalogue.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("sd::ui::"))
            return {};
        return u'⟦' + QString::fromUtf8(source) + u'⟧';
    }
    bool isEmpty() const override { return false; }
};

/// A valid unified social credit code (GB 32100) and the same code with one character changed.
inline const QString kValidCreditCode = QStringLiteral("91350100M000100Y43");
inline const QString kCorruptedCreditCode = QStringLiteral("91350100M000100Y44");

inline SocietyProfile sampleProfile()
{
    SocietyProfile p;
    p.name = QString::fromUtf16(u"湖北省机械工程学会");
    p.nameEn = QStringLiteral("Hubei Society of Mechanical Engineering");
    p.creditCode = kValidCreditCode;
    p.supervisor = QString::fromUtf16(u"湖北省科学技术协会");
    p.registrationAuthority = QString::fromUtf16(u"湖北省民政厅");
    p.address = QString::fromUtf16(u"武汉市洪山路88号");
    p.founded = QDate(1979, 5, 4);
    return p;
}

/// Creates `<dir>/<name>` holding `profile` and closes it again; returns its path.
inline QString makeSociety(
    const QTemporaryDir &dir, const QString &name, const SocietyProfile &profile = sampleProfile())
{
    const QString path = dir.filePath(name);
    storage::StorageError error;
    storage::Database::Options options;
    options.mode = storage::OpenMode::CreateNew;
    auto db = storage::Database::open(path, options, &error);
    if (!db) {
        qWarning() << error.message;
        return {};
    }
    if (!storage::ProfileStore(*db).saveProfile(profile, &error)) {
        qWarning() << error.message;
        return {};
    }
    return path;
}

/// Marks a closed society file as written by a newer SocietyDesk (schema latest + 1).
inline bool makeTooNew(const QString &path)
{
    storage::StorageError error;
    QSqlDatabase db = storage::Database::openWorkerConnection(path, false, &error);
    if (!db.isValid())
        return false;
    bool ok = false;
    {
        QSqlQuery q(db);
        ok = q.exec(
            QStringLiteral("PRAGMA user_version=%1").arg(storage::Database::latestSchemaVersion() + 1));
    }
    storage::Database::closeConnection(db);
    return ok;
}

/// Preferences kept in a file of the test's temporary folder.
inline std::unique_ptr<Preferences> temporaryPreferences(const QTemporaryDir &dir)
{
    return std::make_unique<Preferences>(
        new QSettings(dir.filePath(QStringLiteral("preferences.ini")), QSettings::IniFormat));
}

/// Replaces the text of `edit` the way a user does: select all, then commit `text` as an input
/// method would (QTest::keyClicks knows only ASCII, and Chinese is typed through an IME).
/// Emits textEdited like real typing.
inline void typeText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (text.isEmpty())
        return;
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(edit, &event);
}

/// Waits until the session's worker check has reported.
inline bool waitForCheck(const ui::Session &session, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return !session.isChecking() && !session.isBackingUp(); }, timeoutMs);
}

} // namespace sd::test
