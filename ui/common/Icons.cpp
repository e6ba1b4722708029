#include "common/Icons.h"

#include "common/Style.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>

namespace rapport {

namespace {

QByteArray loadSvg(const QString& name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    const QByteArray svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (svg.isEmpty())
        qWarning("rapport: icon %s is missing", qPrintable(name));
    cache.insert(name, svg);
    return svg;
}

QByteArray tinted(const QByteArray& svg, const QColor& color)
{
    QByteArray out = svg;
    return out.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
}

QPixmap render(const QByteArray& svg, const QSize& size, qreal scale)
{
    QPixmap pm(size * scale);
    pm.fill(Qt::transparent);
    if (!svg.isEmpty()) {
        QSvgRenderer renderer(svg);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pm.size())));
    }
    pm.setDevicePixelRatio(scale);
    return pm;
}

class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, QColor normal, QColor disabled, QColor checked)
        : m_svg(std::move(svg))
        , m_normal(std::move(normal))
        , m_disabled(std::move(disabled))
        , m_checked(std::move(checked))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        QSvgRenderer renderer(svgFor(mode, state));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QString key = QStringLiteral("%1x%2@%3/%4/%5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(int(mode))
                                .arg(int(state));
        auto it = m_pixmaps.constFind(key);
        if (it != m_pixmaps.constEnd())
            return *it;
        QPixmap pm = render(svgFor(mode, state), size, scale);
        m_pixmaps.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override
    {
        return new TintedSvgEngine(m_svg, m_normal, m_disabled, m_checked);
    }
    QString key() const override { return QStringLiteral("rapport-tinted-svg"); }

private:
    QByteArray svgFor(QIcon::Mode mode, QIcon::State state) const
    {
        if (mode == QIcon::Disabled)
            return tinted(m_svg, m_disabled);
        if (state == QIcon::On && m_checked.isValid())
            return tinted(m_svg, m_checked);
        return tinted(m_svg, m_normal);
    }

    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
    QColor m_checked;
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace

QIcon Icons::icon(const QString& name)
{
    return icon(name, QColor(0x3d, 0x4c, 0x53));
}

QIcon Icons::icon(const QString& name, const QColor& color, const QColor& checkedColor)
{
    return QIcon(new TintedSvgEngine(loadSvg(name), color, QColor(0xa9, 0xb4, 0xb7), checkedColor));
}

QPixmap Icons::pixmap(const QString& name, int size, const QColor& color, qreal devicePixelRatio)
{
    return render(tinted(loadSvg(name), color), QSize(size, size), devicePixelRatio);
}

QIcon Icons::appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(appPixmap(size, 1.0));
    return icon;
}

QPixmap Icons::appPixmap(int size, qreal devicePixelRatio)
{
    return render(loadSvg(QStringLiteral("rapport")), QSize(size, size), devicePixelRatio);
}

} // namespace rapport
