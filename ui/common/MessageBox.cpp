#include "common/MessageBox.h"

#include "common/Icons.h"
#include "common/Style.h"

#include <QAbstractButton>
#include <QPointer>
#include <QQueue>

namespace rapport {

namespace {
QQueue<QMessageBox::StandardButton>& answers()
{
    static QQueue<QMessageBox::StandardButton> queue;
    return queue;
}
} // namespace

QStringList& MessageBox::shown()
{
    static QStringList texts;
    return texts;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().enqueue(answer);
}

int MessageBox::pendingAnswers()
{
    return static_cast<int>(answers().size());
}

void MessageBox::clearAnswers()
{
    answers().clear();
}

QMessageBox::StandardButton MessageBox::exec(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, const QString& informativeText,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString& yesText, const QString& noText, bool destructive)
{
    shown() << (informativeText.isEmpty() ? text : text + QLatin1Char('\n') + informativeText);
    if (!answers().isEmpty())
        return answers().dequeue();

    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setTextFormat(Qt::PlainText);
    // Rapport's own line icons, not the platform's dated ones.
    const QString iconName = icon == QMessageBox::Information ? QStringLiteral("info")
                             : icon == QMessageBox::Question && !destructive
                                 ? QStringLiteral("info")
                                 : QStringLiteral("alert-triangle");
    const QColor iconColor =
        icon == QMessageBox::Information || (icon == QMessageBox::Question && !destructive) ? Style::accent()
        : destructive                                                                       ? Style::danger()
                      : Style::warning();
    box->setIconPixmap(Icons::pixmap(iconName, 40, iconColor, box->devicePixelRatioF()));
    box->setInformativeText(informativeText);
    box->setDefaultButton(defaultButton);
    box->setEscapeButton(buttons.testFlag(QMessageBox::No) ? QMessageBox::No : defaultButton);
    if (QAbstractButton* yes = box->button(QMessageBox::Yes)) {
        if (!yesText.isEmpty())
            yes->setText(yesText);
        yes->setProperty(destructive ? "danger" : "primary", true);
        Style::repolish(yes);
    }
    if (QAbstractButton* no = box->button(QMessageBox::No); no && !noText.isEmpty())
        no->setText(noText);
    if (QAbstractButton* ok = box->button(QMessageBox::Ok)) {
        ok->setProperty("primary", true);
        Style::repolish(ok);
    }
    box->exec();
    if (!box)
        return QMessageBox::No;
    QAbstractButton* clicked = box->clickedButton();
    const QMessageBox::StandardButton answer = clicked ? box->standardButton(clicked) : QMessageBox::No;
    delete box;
    return answer == QMessageBox::NoButton ? QMessageBox::No : answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 const QString& informativeText, const QString& yesText,
                                                 const QString& noText, bool destructive)
{
    // A destructive question defaults to the safe answer.
    const auto answer =
        exec(QMessageBox::Question, parent, title, text, informativeText, QMessageBox::Yes | QMessageBox::No,
             destructive ? QMessageBox::No : QMessageBox::Yes, yesText, noText, destructive);
    return answer == QMessageBox::Yes || answer == QMessageBox::Ok ? QMessageBox::Yes : QMessageBox::No;
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                             const QString& informativeText)
{
    exec(QMessageBox::Information, parent, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok, {},
         {}, false);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                         const QString& informativeText)
{
    exec(QMessageBox::Warning, parent, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok, {}, {},
         false);
}

} // namespace rapport
