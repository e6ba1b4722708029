#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace rapport {

// Line icons from :/icons/<name>.svg, drawn in "currentColor" and tinted here, so one
// file serves every state and stays sharp at any screen scale.
class Icons
{
public:
    // The usual grey-blue, grey when disabled.
    [[nodiscard]] static QIcon icon(const QString& name);
    // A fixed colour; checkedColor (if valid) for the checked state, as in the rail.
    [[nodiscard]] static QIcon icon(const QString& name, const QColor& color,
                                    const QColor& checkedColor = {});
    [[nodiscard]] static QIcon appIcon();
    [[nodiscard]] static QPixmap pixmap(const QString& name, int size, const QColor& color,
                                        qreal devicePixelRatio);
    [[nodiscard]] static QPixmap appPixmap(int size, qreal devicePixelRatio);
};

} // namespace rapport
