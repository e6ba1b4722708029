#include "common/InlineMessage.h"

#include "common/Icons.h"
#include "common/Style.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QTimer>

namespace rapport {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setProperty("inlineMessage", true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    m_icon->setFixedSize(18, 18);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    static const char* const kinds[] = {"error", "warning", "info", "success"};
    setProperty("kind", QString::fromLatin1(kinds[int(kind)]));
    m_text->setText(text);
    m_text->setToolTip({});
    setAccessibleName(text);
    updateIcon();
    Style::repolish(this);
    show();
    growWindowToFit();
}

void InlineMessage::growWindowToFit()
{
    // A dialog should grow for a message that wraps, rather than cut it off.
    if (auto* dialog = qobject_cast<QDialog*>(window()))
        Style::growToFit(dialog);
}

void InlineMessage::showError(const Error& error)
{
    showMessage(Kind::Error, error.message);
    m_text->setToolTip(error.detail);
    setAccessibleDescription(error.detail);
}

void InlineMessage::clear()
{
    m_text->clear();
    setAccessibleName({});
    setAccessibleDescription({});
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::updateIcon()
{
    QString name;
    QColor color;
    switch (m_kind) {
    case Kind::Error:
        name = QStringLiteral("alert-circle");
        color = Style::danger();
        break;
    case Kind::Warning:
        name = QStringLiteral("alert-triangle");
        color = Style::warning();
        break;
    case Kind::Info:
        name = QStringLiteral("info");
        color = Style::accent();
        break;
    case Kind::Success:
        name = QStringLiteral("check-circle");
        color = Style::success();
        break;
    }
    m_icon->setPixmap(Icons::pixmap(name, 18, color, devicePixelRatioF()));
}

} // namespace rapport
