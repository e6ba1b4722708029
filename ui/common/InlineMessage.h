#pragma once

#include "common/Error.h"

#include <QFrame>

class QLabel;

namespace rapport {

// A message inside a window, next to what it is about: an error under a sign-in form, a
// warning above a table. Hidden while empty.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Info,
        Success
    };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    // Error::message for the person; the technical detail goes into the tool tip.
    void showError(const Error& error);
    void clear();

    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    void updateIcon();
    void growWindowToFit();

    QLabel* m_icon;
    QLabel* m_text;
    Kind m_kind = Kind::Info;
};

} // namespace rapport
