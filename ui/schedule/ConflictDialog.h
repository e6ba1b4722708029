#pragma once

#include "scheduling/Scheduling.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport {

// Says why a booking or a move cannot simply go ahead, and lets someone who may override
// conflicts go ahead anyway with a reason (kept with the appointment and audited).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString& what, const QList<ScheduleConflict>& conflicts, QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton* overrideButton() const { return m_override; }

    // The conflicts as a list a person reads, one a line.
    [[nodiscard]] static QString describe(const QList<ScheduleConflict>& conflicts);

private:
    QLabel* m_intro;
    QLabel* m_list;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_override;
};

} // namespace rapport
