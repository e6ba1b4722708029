#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace rapport {

class InlineMessage;
class RecoverySheet;

// First-run wizard, page 3: the recovery key, shown once, with a printable sheet. Finish
// waits until the administrator confirms the key is stored safely.
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

public Q_SLOTS:
    void printSheet();
    void saveSheetAsPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] RecoverySheet sheet() const;
    void recordAudit(const QString& action);
    void retranslateUi();

    QLabel* m_intro;
    QLabel* m_key;
    QPushButton* m_print;
    QPushButton* m_savePdf;
    InlineMessage* m_message;
    QLabel* m_advice;
    QCheckBox* m_confirm;
};

} // namespace rapport
