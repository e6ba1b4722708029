#pragma once

#include "app/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rapport {

class AuditTableModel;
class InlineMessage;
struct Error;

// Administration > Audit trail: every sign-in and change, newest first, with filters and
// a check of the hash chain.
class AuditPage : public Page
{
    Q_OBJECT

public:
    enum class Period
    {
        AnyTime,
        Today,
        Last7Days,
        Last30Days,
        Custom
    };

    explicit AuditPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] AuditTableModel* model() const { return m_model; }

public Q_SLOTS:
    void applyFilters();
    void clearFilters();
    void verifyChain();

protected:
    void retranslateUi() override;

private:
    void fillStaffCombo();
    void fillActionCombo();
    void fillPeriodCombo();
    void updatePeriodFields();
    void updateCount();
    void showLoadError(const Error& error);
    void showContextMenu(const QPoint& pos);

    Clinic* m_clinic = nullptr;
    AuditTableModel* m_model;
    QTableView* m_table;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_staffLabel;
    QComboBox* m_staff;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLabel* m_entityLabel;
    QLineEdit* m_entity;
    QPushButton* m_clear;
    QPushButton* m_refresh;
    QLabel* m_count;
    QPushButton* m_verify;
    InlineMessage* m_message;
    QTimer* m_entityDelay;
    bool m_updating = false;
};

} // namespace rapport
