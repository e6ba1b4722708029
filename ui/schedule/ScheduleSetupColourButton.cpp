#include "schedule/ScheduleSetupColourButton.h"

#include <QColorDialog>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace rapport {

namespace {
QIcon swatchOf(const QColor& colour, int size = 16)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.isValid() ? colour.darker(130) : QColor(0x9a, 0xa6, 0xab), 1));
    p.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return QIcon(pixmap);
}
} // namespace

ScheduleSetupColourButton::ScheduleSetupColourButton(QWidget* parent)
    : QPushButton(parent)
{
    setAutoDefault(false);
    setProperty("menuButton", true);
    setStyleSheet(QStringLiteral("text-align: left;"));
    setMenu(new QMenu(this));
    rebuildMenu();
    updateLook();
}

QIcon ScheduleSetupColourButton::swatch(const QString& colour)
{
    return swatchOf(QColor::isValidColorName(colour) ? QColor(colour) : QColor());
}

QList<QColor> ScheduleSetupColourButton::presets()
{
    // The colours core hands out in turn, and two more.
    return {QColor(0x3b, 0x82, 0xc4), QColor(0x2f, 0x9e, 0x77), QColor(0xc2, 0x76, 0x1b), QColor(0x8e, 0x5c, 0xc2),
            QColor(0xc2, 0x45, 0x5a), QColor(0x1f, 0x9b, 0xb0), QColor(0x7a, 0x8b, 0x2e), QColor(0xb5, 0x54, 0x8f),
            QColor(0x5b, 0x69, 0x70), QColor(0x9a, 0x6b, 0x3f)};
}

QString ScheduleSetupColourButton::colour() const
{
    return m_colour.isValid() ? m_colour.name() : QString();
}

void ScheduleSetupColourButton::setColour(const QString& colour)
{
    const QColor c = QColor::isValidColorName(colour) ? QColor(colour) : QColor();
    if (c == m_colour)
        return;
    m_colour = c;
    updateLook();
    Q_EMIT colourChanged(this->colour());
}

void ScheduleSetupColourButton::rebuildMenu()
{
    QMenu* m = menu();
    m->clear();
    const QStringList names{tr("Blue"), tr("Green"),  tr("Amber"),   tr("Violet"), tr("Red"),
                            tr("Cyan"), tr("Olive"), tr("Magenta"), tr("Slate"),  tr("Brown")};
    const QList<QColor> colours = presets();
    for (int i = 0; i < colours.size(); ++i) {
        const QColor c = colours.at(i);
        m->addAction(swatchOf(c), names.value(i), this, [this, c] { setColour(c.name()); });
    }
    m->addSeparator();
    m->addAction(tr("Other colour…"), this, [this] {
        const QColor c = QColorDialog::getColor(m_colour.isValid() ? m_colour : presets().constFirst(), window(),
                                                tr("Choose a colour"));
        if (c.isValid())
            setColour(c.name());
    });
}

void ScheduleSetupColourButton::updateLook()
{
    setIcon(swatchOf(m_colour));
    // Core gives a new provider or type a colour of its own when none is chosen.
    setText(m_colour.isValid() ? m_colour.name() : tr("Automatic"));
    setToolTip(m_colour.isValid() ? QString() : tr("A colour is chosen when you save."));
    setAccessibleName(tr("Colour: %1").arg(text()));
}

void ScheduleSetupColourButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildMenu();
        updateLook();
    }
    QPushButton::changeEvent(event);
}

} // namespace rapport
