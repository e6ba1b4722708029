#pragma once

#include "scheduling/Scheduling.h"
#include "schedule/ScheduleSetupTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace rapport {

// Leave, training and other absences of a provider, and closures of the whole clinic
// (public holidays), listed for a range of dates. Added with a date range and, for part of
// a day, times; removed ones are kept by core, marked removed.
class ScheduleSetupExceptionsTab : public ScheduleSetupTab
{
    Q_OBJECT

public:
    explicit ScheduleSetupExceptionsTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void reload() override;
    void retranslateUi() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] const QList<ScheduleException>& exceptions() const { return m_exceptions; }

public Q_SLOTS:
    bool add();
    void removeSelected();

private:
    void fillChoices();
    void kindChanged();
    void updateActions();
    [[nodiscard]] QString whenText(const ScheduleException& e) const;

    QList<ScheduleException> m_exceptions;
    QList<Provider> m_providers;
    QDate m_previousFirst; // moving the first day moves the last one along
    // The list
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_filterLabel;
    QComboBox* m_filter;
    QTableWidget* m_table;
    QPushButton* m_remove;
    InlineMessage* m_listMessage;
    // The form
    QLabel* m_formTitle;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QComboBox* m_provider;
    QDateEdit* m_first;
    QDateEdit* m_last;
    QCheckBox* m_wholeDay;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QWidget* m_times;
    QLineEdit* m_note;
    InlineMessage* m_message;
    QPushButton* m_add;
};

} // namespace rapport
