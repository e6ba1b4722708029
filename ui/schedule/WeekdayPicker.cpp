#include "schedule/WeekdayPicker.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLocale>

namespace rapport {

WeekdayPicker::WeekdayPicker(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("weekday%1").arg(d));
        box->setAccessibleName(locale.dayName(d, QLocale::LongFormat));
        box->setChecked(true);
        layout->addWidget(box);
        m_boxes << box;
        connect(box, &QCheckBox::toggled, this, &WeekdayPicker::changed);
    }
    layout->addStretch();
}

int WeekdayPicker::mask() const
{
    int mask = 0;
    for (int i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i]->isChecked())
            mask |= 1 << i;
    return mask == 0 ? 0x7F : mask;
}

void WeekdayPicker::setMask(int mask)
{
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setChecked(mask & (1 << i));
}

} // namespace rapport
