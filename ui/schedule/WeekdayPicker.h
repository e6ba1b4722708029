#pragma once

#include <QWidget>

class QCheckBox;

namespace rapport {

// Seven check boxes, Monday first, as the weekday mask of SlotQuery and WaitlistEntry
// (bit 0 = Monday). None ticked reads as every day.
class WeekdayPicker : public QWidget
{
    Q_OBJECT

public:
    explicit WeekdayPicker(QWidget* parent = nullptr);

    [[nodiscard]] int mask() const;
    void setMask(int mask);
    [[nodiscard]] QCheckBox* box(int weekday) const { return m_boxes.value(weekday - 1); }

Q_SIGNALS:
    void changed();

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace rapport
