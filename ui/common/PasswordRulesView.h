#pragma once

#include <QWidget>

class QLabel;

namespace rapport {

// AccountRules' password rules as a checklist that ticks itself off while someone types,
// so they know what is wanted before they press the button.
class PasswordRulesView : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordRulesView(QWidget* parent = nullptr);

    void update(const QString& password, const QString& username, const QString& confirmation);
    [[nodiscard]] bool allMet() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Rule
    {
        QLabel* icon = nullptr;
        QLabel* text = nullptr;
        bool met = false;
    };
    void setMet(Rule& rule, bool met);
    void retranslateUi();

    Rule m_length;
    Rule m_noUsername;
    Rule m_matches;
};

} // namespace rapport
