#include "TestSupport.h"

#include <QProcess>

#include <QTemporaryDir>

#include <QRegularExpression>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QtGlobal>

namespace sd::test {

QString dataDir()
{
    return qEnvironmentVariable("SOCIETYDESK_TEST_DATA");
}

QString cliPath()
{
    return qEnvironmentVariable("SOCIETYDESK_CLI");
}

QString sharedDir()
{
    QString dir = qEnvironmentVariable("SOCIETYDESK_SHARED_DIR");
    if (dir.isEmpty() && !qEnvironmentVariableIsEmpty("SOCIETYDESK_SOURCE_DIR"))
        dir = qEnvironmentVariable("SOCIETYDESK_SOURCE_DIR") + QStringLiteral("/../shared");
    dir = QDir::cleanPath(dir);
    return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/domain/reform-requirements.md")).isFile() ? dir : QString();
}

QString copyTestData(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(dataDir() + u'/' + name, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace sd::test

#include "exchange/ZipArchive.h"
#include "reports/Document.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDebug>

#include <csignal>

namespace sd::test {

std::unique_ptr<QProcess> startWorker(const QStringList &arguments, const QByteArray &readyLine)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(qEnvironmentVariable("SOCIETYDESK_TEST_WORKER"));
    p->setArguments(arguments);
    p->start();
    if (!p->waitForStarted(20000))
        return nullptr;
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (p->canReadLine() || p->waitForReadyRead(100)) {
            while (p->canReadLine()) {
                if (p->readLine().trimmed() == readyLine)
                    return p;
            }
        }
        if (p->state() == QProcess::NotRunning)
            return nullptr;
    }
    return nullptr;
}

std::unique_ptr<storage::Database> createDatabase(const QTemporaryDir &dir, const QString &name, const Clock *clock)
{
    storage::StorageError error;
    storage::Database::Options options;
    options.mode = storage::OpenMode::CreateNew;
    options.clock = clock;
    auto db = storage::Database::open(dir.filePath(name), options, &error);
    if (!db)
        qWarning() << error.message;
    return db;
}

void killHard(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished(10000);
    }
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return hash.result().toHex();
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess p;
    QProcessEnvironment e = environment;
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("QT_QPA_PLATFORM"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(e);
    p.start(cliPath(), arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

QString pdfText(const QString &path, QString *failure, PdfTextMode mode)
{
    QProcess p;
    QStringList arguments { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") };
    if (mode == PdfTextMode::Layout)
        arguments.prepend(QStringLiteral("-layout"));
    p.start(QStringLiteral("pdftotext"), arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (failure)
            *failure = QStringLiteral("pdftotext failed: %1").arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QByteArray &pdf, QString *failure, PdfTextMode mode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        if (failure)
            *failure = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    file.close();
    return pdfText(path, failure, mode);
}

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QByteArray pdfOf(const reports::Document &document, int *pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!document.writePdf(&buffer, nullptr, pages))
        return {};
    return pdf;
}

void keepSample(const QString &name, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("SOCIETYDESK_REPORT_SAMPLES");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QByteArray zipEntry(const QByteArray &zip, const QString &name)
{
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    exchange::ZipArchive archive(&buffer);
    if (!archive.open() || archive.locate(name).isEmpty() || !archive.openCurrent())
        return {};
    QByteArray bytes;
    char chunk[8192];
    for (qint64 n; (n = archive.read(chunk, sizeof chunk)) > 0;)
        bytes.append(chunk, n);
    archive.closeCurrent();
    return bytes;
}

QStringList zipNames(const QByteArray &zip)
{
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    exchange::ZipArchive archive(&buffer);
    return archive.open() ? archive.entryNames() : QStringList();
}

QString tidyReport(const QString &html, bool *ran)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.html"));
    QFile file(path);
    *ran = false;
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    file.write(html.toUtf8());
    file.close();
    QProcess p;
    p.start(QStringLiteral("tidy"), { QStringLiteral("-errors"), QStringLiteral("-q"), QStringLiteral("-utf8"), path });
    if (!p.waitForFinished(60000))
        return QStringLiteral("tidy did not finish");
    *ran = p.exitStatus() == QProcess::NormalExit;
    const QString report = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).trimmed();
    if (p.exitCode() != 0 && report.isEmpty())
        return QStringLiteral("tidy exited with %1").arg(p.exitCode());
    return report;
}

} // namespace sd::test
