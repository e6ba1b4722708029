#pragma once

#include "app/Page.h"

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rapport {

class InlineMessage;
class StaffTableModel;
struct StaffMember;

// Administration > Staff: who can sign in, and the administrator's actions on their
// accounts. Every action goes through StaffService, which checks the permission and
// writes the audit trail.
class StaffPage : public Page
{
    Q_OBJECT

public:
    explicit StaffPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    void reload();
    [[nodiscard]] StaffTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }

public Q_SLOTS:
    void addStaff();
    void changeRole();
    void resetPassword();
    void deactivate();
    void reactivate();

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] const StaffMember* selectedMember() const;
    void selectMember(const QString& userId);
    void updateActions();
    void showContextMenu(const QPoint& pos);

    Clinic* m_clinic = nullptr;
    StaffTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    InlineMessage* m_error;
    QLabel* m_summary;
    QPushButton* m_add;
    QPushButton* m_changeRole;
    QPushButton* m_resetPassword;
    QPushButton* m_deactivate;
    QPushButton* m_reactivate;
    QAction* m_changeRoleAction;
    QAction* m_resetPasswordAction;
    QAction* m_deactivateAction;
    QAction* m_reactivateAction;
};

} // namespace rapport
