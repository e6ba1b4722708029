#include "signin/DemoAccountsBox.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "demo/DemoClinic.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

DemoAccountsBox::DemoAccountsBox(QWidget* parent)
    : QGroupBox(parent)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("demoAccountsBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 14, 8, 6);
    layout->setSpacing(2);
    m_hint->setWordWrap(true);
    Style::setRole(m_hint, "hint");
    layout->addWidget(m_hint);
    layout->addSpacing(4);
    const QString password = DemoClinic::password();
    for (const DemoClinic::Account& account : DemoClinic::accounts()) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("demoAccount_") + account.username);
        button->setProperty("demoAccount", true);
        button->setProperty("username", account.username);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(Icons::icon(QStringLiteral("user"), Style::accent()));
        button->setIconSize(QSize(18, 18));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this,
                [this, username = account.username, password] { Q_EMIT accountChosen(username, password); });
        layout->addWidget(button);
        m_buttons << button;
    }
    retranslateUi();
}

void DemoAccountsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void DemoAccountsBox::retranslateUi()
{
    setTitle(tr("Demo accounts"));
    m_hint->setText(tr("This clinic is a demo with made-up people. Every account's password is “%1”. "
                       "Choose an account to fill in the form.")
                        .arg(DemoClinic::password()));
    const QList<DemoClinic::Account> accounts = DemoClinic::accounts();
    for (qsizetype i = 0; i < m_buttons.size() && i < accounts.size(); ++i) {
        const DemoClinic::Account& a = accounts.at(i);
        m_buttons.at(i)->setText(
            tr("%1 — %2 (%3)").arg(a.displayName, Permissions::roleName(a.role), a.username));
        m_buttons.at(i)->setAccessibleName(
            tr("Sign in as %1, %2").arg(a.displayName, Permissions::roleName(a.role)));
    }
}

} // namespace rapport
