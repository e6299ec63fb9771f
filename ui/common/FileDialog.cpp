#include "common/FileDialog.h"

#include <optional>
#include <QFileDialog>
#include <QFileInfo>

namespace sd::ui {

namespace {

std::optional<QString> g_next;

} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_next)
        return false;
    *fileName = *g_next;
    g_next.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName;
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (!takeNext(&name))
        name = QFileDialog::getOpenFileName(parent, caption, dir, filter);
    return name;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
    const QString &filter, const QString &suffix)
{
    QString name;
    if (!takeNext(&name))
        name = QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
    if (!name.isEmpty() && !suffix.isEmpty() && !name.endsWith(suffix, Qt::CaseInsensitive))
        name += suffix;
    return name;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QString name;
    if (!takeNext(&name))
        name = QFileDialog::getExistingDirectory(parent, caption, dir);
    return name;
}

} // namespace sd::ui
