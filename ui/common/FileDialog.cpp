#include "common/FileDialog.h"

#include <QFileDialog>
#include <QPointer>

namespace rapport {

namespace {
QQueue<QString>& answers()
{
    static QQueue<QString> queue;
    return queue;
}
} // namespace

void FileDialog::setNextAnswer(const QString& path)
{
    answers().enqueue(path);
}

int FileDialog::pendingAnswers()
{
    return static_cast<int>(answers().size());
}

void FileDialog::clearAnswers()
{
    answers().clear();
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter, const QString& defaultSuffix)
{
    if (!answers().isEmpty())
        return answers().dequeue();
    QPointer<QFileDialog> dialog = new QFileDialog(parent, caption, suggestedPath, filter);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    if (!defaultSuffix.isEmpty())
        dialog->setDefaultSuffix(defaultSuffix);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return {};
    const QString chosen =
        accepted && !dialog->selectedFiles().isEmpty() ? dialog->selectedFiles().constFirst() : QString();
    delete dialog;
    return chosen;
}

} // namespace rapport
