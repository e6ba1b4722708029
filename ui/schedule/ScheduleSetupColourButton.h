#pragma once

#include <QColor>
#include <QPushButton>

namespace rapport {

// Picks a colour for a provider or an appointment type: a menu of calm colours that read
// well behind dark text in the book, and "Other colour…" for any other.
class ScheduleSetupColourButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ScheduleSetupColourButton(QWidget* parent = nullptr);

    // "#rrggbb"; empty when none is chosen.
    [[nodiscard]] QString colour() const;
    void setColour(const QString& colour);
    [[nodiscard]] static QList<QColor> presets();
    // A small rounded square of the colour, for lists.
    [[nodiscard]] static QIcon swatch(const QString& colour);

Q_SIGNALS:
    void colourChanged(const QString& colour);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildMenu();
    void updateLook();

    QColor m_colour;
};

} // namespace rapport
