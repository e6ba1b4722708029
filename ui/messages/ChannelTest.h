#pragma once

#include "patients/Patient.h"

#include <QDialog>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rapport {

class Clinic;
class InlineMessage;
class PhoneEdit;

// Asks where a test message should go: an e-mail address or a mobile number.
class TestMessageDialog : public QDialog
{
    Q_OBJECT

public:
    TestMessageDialog(ContactChannel channel, const QString& region, QWidget* parent = nullptr);

    [[nodiscard]] QString recipient() const;
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }

    void accept() override;

private:
    ContactChannel m_channel;
    QLineEdit* m_edit;
    PhoneEdit* m_phone = nullptr;
    InlineMessage* m_error;
};

// "Send a test message…" for one channel: asks for the recipient, sends through
// Dispatcher::sendTest off the UI thread with a busy indicator, and says in plain words
// what came of it. The test uses the saved settings: prepare() runs first (the tab saves
// its changes there) and may stop it.
class ChannelTest : public QWidget
{
    Q_OBJECT

public:
    ChannelTest(ContactChannel channel, const QString& objectPrefix, QWidget* parent = nullptr);

    void setClinic(Clinic* clinic);
    void setPrepare(std::function<bool()> prepare) { m_prepare = std::move(prepare); }
    void retranslateUi();
    void setEnabledByPermission(bool enabled);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] InlineMessage* result() const { return m_result; }
    // Sends to this recipient at once (the dialog's answer).
    void send(const QString& to);

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void finished();

private:
    void setBusy(bool busy, const QString& to = {});

    ContactChannel m_channel;
    Clinic* m_clinic = nullptr;
    std::function<bool()> m_prepare;
    bool m_busy = false;
    bool m_allowed = false;
    quint64 m_generation = 0;
    QPushButton* m_button;
    QLabel* m_busyText;
    QProgressBar* m_busyBar;
    InlineMessage* m_result;
};

} // namespace rapport
