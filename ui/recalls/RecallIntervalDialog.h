#pragma once

#include <QDialog>

class QRadioButton;
class QSpinBox;

namespace rapport {

class InlineMessage;

// The patient's own recall interval (every 3 months instead of 6), or back to the
// recall type's.
class RecallIntervalDialog : public QDialog
{
    Q_OBJECT

public:
    // typeInterval: "6 months"; overrideMonths/Days -1 when the type's interval applies.
    // moves: the due date follows the new interval from the last visit.
    RecallIntervalDialog(const QString& recall, const QString& typeInterval, int overrideMonths, int overrideDays,
                         bool moves, QWidget* parent = nullptr);

    [[nodiscard]] bool typeInterval() const;
    [[nodiscard]] int months() const;
    [[nodiscard]] int days() const;

    [[nodiscard]] QRadioButton* typeRadio() const { return m_type; }
    [[nodiscard]] QRadioButton* ownRadio() const { return m_own; }
    [[nodiscard]] QSpinBox* monthsSpin() const { return m_months; }
    [[nodiscard]] QSpinBox* daysSpin() const { return m_days; }

public Q_SLOTS:
    void accept() override;

private:
    QRadioButton* m_type;
    QRadioButton* m_own;
    QSpinBox* m_months;
    QSpinBox* m_days;
    InlineMessage* m_error;
};

} // namespace rapport
