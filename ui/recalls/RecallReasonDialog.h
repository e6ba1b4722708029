#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace rapport {

class InlineMessage;

// Why a recall is declined or marked inactive: a reason chosen from common ones or typed.
class RecallReasonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Decline,
        Deactivate
    };

    // recall: "Berg, Anna · Hygiene, 6 months", as a heading.
    RecallReasonDialog(Purpose purpose, const QString& recall, QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QComboBox* reasonBox() const { return m_reason; }
    [[nodiscard]] QPushButton* okButton() const { return m_ok; }

public Q_SLOTS:
    void accept() override;

private:
    QComboBox* m_reason;
    InlineMessage* m_error;
    QPushButton* m_ok;
};

} // namespace rapport
