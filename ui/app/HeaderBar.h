#pragma once

#include <QToolBar>

class QLabel;

namespace rapport {

// The bar across the top of the main window: the clinic's name, the patient search, who
// is signed in and the Lock button. The window says what to show in it.
class HeaderBar : public QToolBar
{
    Q_OBJECT

public:
    HeaderBar(QWidget* search, QAction* lockAction, QWidget* parent = nullptr);

    void setClinicName(const QString& name);
    // avatar: initials, or "!" for the recovery key, which also colours it.
    void setIdentity(const QString& name, const QString& role, const QString& avatar, bool recovery);
    void setAvatarToolTip(const QString& text);
    [[nodiscard]] QString userName() const;

    [[nodiscard]] static QString initials(const QString& name);

private:
    QLabel* m_clinicLabel;
    QLabel* m_avatar;
    QLabel* m_userName;
    QLabel* m_userRole;
};

} // namespace rapport
