#pragma once

#include "messages/SettingsFormTab.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace rapport {

class WeekdayPicker;

// Messaging settings > Sending: when e-mail and SMS may go out (the sending window, the
// days and the quiet hours), how far ahead reminders are planned, the clinic's address,
// phone and e-mail that messages quote, and the sentences that tell patients how to
// confirm or cancel.
class SendingSettingsTab : public SettingsFormTab
{
    Q_OBJECT

public:
    explicit SendingSettingsTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    [[nodiscard]] QString title() const override;

    // "mon-sat" and the like, as messaging.sendingDays holds them (bit 0 = Monday).
    [[nodiscard]] static QString daysText(int mask);
    [[nodiscard]] static int daysMask(const QString& text);

protected:
    void retranslateTab() override;
    void stateChanged() override;

private:
    struct Hours
    {
        QCheckBox* on;
        QTimeEdit* from;
        QLabel* andLabel;
        QTimeEdit* to;
    };
    QWidget* makeHours(Hours& hours, const QString& prefix);
    void bindHours(const QString& key, const Hours& hours, QWidget* row);

    QLabel* m_whenTitle;
    QLabel* m_windowLabel;
    Hours m_window{};
    QLabel* m_daysLabel;
    WeekdayPicker* m_days;
    QLabel* m_quietLabel;
    Hours m_quiet{};
    QLabel* m_horizonLabel;
    QSpinBox* m_horizon;
    QLabel* m_whenHint;
    QLabel* m_clinicTitle;
    QLabel* m_clinicHint;
    QLabel* m_addressLabel;
    QPlainTextEdit* m_address;
    QLabel* m_phoneLabel;
    QLineEdit* m_phone;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_sentencesTitle;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_cancelLabel;
    QLineEdit* m_cancel;
    QLabel* m_sentencesHint;
};

} // namespace rapport
