#include "common/PasswordRulesView.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "security/AccountRules.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace rapport {

PasswordRulesView::PasswordRulesView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(3);
    int row = 0;
    for (Rule* rule : {&m_length, &m_noUsername, &m_matches}) {
        rule->icon = new QLabel(this);
        rule->icon->setFixedSize(16, 16);
        rule->text = new QLabel(this);
        Style::setRole(rule->text, "hint");
        layout->addWidget(rule->icon, row, 0);
        layout->addWidget(rule->text, row, 1);
        ++row;
        setMet(*rule, false);
    }
    layout->setColumnStretch(1, 1);
    retranslateUi();
}

void PasswordRulesView::update(const QString& password, const QString& username, const QString& confirmation)
{
    setMet(m_length, password.size() >= AccountRules::MinimumPasswordLength);
    setMet(m_noUsername,
           !password.isEmpty() &&
               (username.trimmed().isEmpty() || !password.contains(username.trimmed(), Qt::CaseInsensitive)));
    setMet(m_matches, !password.isEmpty() && password == confirmation);
}

bool PasswordRulesView::allMet() const
{
    return m_length.met && m_noUsername.met && m_matches.met;
}

void PasswordRulesView::setMet(Rule& rule, bool met)
{
    rule.met = met;
    rule.icon->setPixmap(
        met ? Icons::pixmap(QStringLiteral("check-circle"), 16, Style::success(), devicePixelRatioF())
            : Icons::pixmap(QStringLiteral("alert-circle"), 16, QColor(0xa3, 0xb0, 0xb3),
                            devicePixelRatioF()));
    rule.icon->setAccessibleName(met ? tr("met") : tr("not met yet"));
}

void PasswordRulesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PasswordRulesView::retranslateUi()
{
    m_length.text->setText(tr("At least %n characters — a short sentence is easy to remember", nullptr,
                              AccountRules::MinimumPasswordLength));
    m_noUsername.text->setText(tr("Does not contain the user name"));
    m_matches.text->setText(tr("Both entries match"));
}

} // namespace rapport
