#include "app/HeaderBar.h"

#include "common/Icons.h"
#include "common/Style.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

HeaderBar::HeaderBar(QWidget* search, QAction* lockAction, QWidget* parent)
    : QToolBar(parent)
    , m_clinicLabel(new QLabel)
    , m_avatar(new QLabel)
    , m_userName(new QLabel)
    , m_userRole(new QLabel)
{
    setObjectName(QStringLiteral("headerBar"));
    setMovable(false);
    setFloatable(false);
    setContextMenuPolicy(Qt::PreventContextMenu);
    toggleViewAction()->setVisible(false);
    setIconSize(QSize(18, 18));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* logo = new QLabel;
    logo->setPixmap(Icons::appPixmap(30, devicePixelRatioF()));
    logo->setContentsMargins(4, 0, 6, 0);
    m_clinicLabel->setObjectName(QStringLiteral("headerClinicName"));
    QFont clinicFont = m_clinicLabel->font();
    clinicFont.setPointSizeF(clinicFont.pointSizeF() * 1.15);
    clinicFont.setWeight(QFont::DemiBold);
    m_clinicLabel->setFont(clinicFont);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_avatar->setObjectName(QStringLiteral("avatar"));
    m_avatar->setFixedSize(34, 34);
    m_avatar->setAlignment(Qt::AlignCenter);
    auto* who = new QWidget;
    auto* whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(2, 0, 10, 0);
    whoLayout->setSpacing(0);
    m_userName->setObjectName(QStringLiteral("signedInUserName"));
    QFont nameFont = m_userName->font();
    nameFont.setWeight(QFont::DemiBold);
    m_userName->setFont(nameFont);
    m_userRole->setObjectName(QStringLiteral("signedInUserRole"));
    Style::setRole(m_userRole, "hint");
    whoLayout->addWidget(m_userName);
    whoLayout->addWidget(m_userRole);

    addWidget(logo);
    addWidget(m_clinicLabel);
    addWidget(search);
    addWidget(spacer);
    addWidget(m_avatar);
    addWidget(who);
    addAction(lockAction);
    if (auto* lockButton = qobject_cast<QToolButton*>(widgetForAction(lockAction)))
        lockButton->setObjectName(QStringLiteral("lockButton"));
}

QString HeaderBar::initials(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = word.at(0);
        if (c.isLetter())
            out += c.toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

void HeaderBar::setClinicName(const QString& name)
{
    m_clinicLabel->setText(name);
}

void HeaderBar::setIdentity(const QString& name, const QString& role, const QString& avatar, bool recovery)
{
    m_avatar->setText(avatar);
    m_avatar->setProperty("recovery", recovery);
    Style::repolish(m_avatar);
    m_userName->setText(name);
    m_userRole->setText(role);
}

void HeaderBar::setAvatarToolTip(const QString& text)
{
    m_avatar->setToolTip(text);
}

QString HeaderBar::userName() const
{
    return m_userName->text();
}

} // namespace rapport
