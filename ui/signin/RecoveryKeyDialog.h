#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rapport {

class Clinic;
class Clock;
class InlineMessage;

// The emergency way in: the recovery key from the printed sheet opens the clinic with an
// administrator's rights, and core records it in the audit trail.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(QString databasePath, const Clock& clock, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    [[nodiscard]] std::unique_ptr<Clinic> takeClinic();
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);

    QString m_path;
    const Clock& m_clock;
    std::unique_ptr<Clinic> m_clinic;
    QLabel* m_intro;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QLabel* m_auditNote;
    InlineMessage* m_error;
    QProgressBar* m_busyBar;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace rapport
