#pragma once

#include "recalls/Recalls.h"
#include "scheduling/Scheduling.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace rapport {

// The recall list's filters: which due dates (overdue, the next 30 days, the next three
// months or a range of one's own), provider, recall type, state (or "needs
// reactivation"), age, last contact and attempts. Tells the page when they change;
// number fields wait for a pause in typing.
class RecallFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Range
    {
        Overdue,
        Next30Days,
        Next3Months,
        Custom
    };
    enum class LastContact
    {
        Any,
        Never,
        NotRecently
    };

    explicit RecallFilterBar(QWidget* parent = nullptr);

    // The providers and recall types to choose from; the current choices stay when they can.
    void setChoices(const QList<Provider>& providers, const QList<RecallType>& types);
    // Which recalls by state: the open ones (to work on or booked), one state, the ones
    // whose attempts are used up, or all.
    enum class StateChoice
    {
        Open,
        NotContacted,
        Contacted,
        Scheduled,
        Declined,
        Inactive,
        NeedsReactivation,
        Any
    };

    [[nodiscard]] RecallQuery query(QDate today) const;
    void clear();
    void setRange(Range range);
    void setCustomRange(QDate from, QDate to);

    [[nodiscard]] QComboBox* rangeBox() const { return m_range; }
    [[nodiscard]] QComboBox* providerBox() const { return m_provider; }
    [[nodiscard]] QComboBox* typeBox() const { return m_type; }
    [[nodiscard]] QSpinBox* minAgeSpin() const { return m_minAge; }
    [[nodiscard]] QSpinBox* maxAgeSpin() const { return m_maxAge; }
    [[nodiscard]] QComboBox* lastContactBox() const { return m_contact; }
    [[nodiscard]] QSpinBox* contactDaysSpin() const { return m_contactDays; }
    [[nodiscard]] QSpinBox* minAttemptsSpin() const { return m_minAttempts; }
    [[nodiscard]] QSpinBox* maxAttemptsSpin() const { return m_maxAttempts; }
    [[nodiscard]] QComboBox* stateBox() const { return m_state; }
    void setStateChoice(StateChoice choice);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateFields();
    void emitChanged();
    void retranslateUi();

    QLabel* m_rangeLabel;
    QComboBox* m_range;
    QDateEdit* m_from;
    QLabel* m_rangeTo;
    QDateEdit* m_to;
    QCheckBox* m_withOverdue;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_ageLabel;
    QSpinBox* m_minAge;
    QLabel* m_ageTo;
    QSpinBox* m_maxAge;
    QLabel* m_contactLabel;
    QComboBox* m_contact;
    QSpinBox* m_contactDays;
    QLabel* m_attemptsLabel;
    QSpinBox* m_minAttempts;
    QLabel* m_attemptsTo;
    QSpinBox* m_maxAttempts;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QPushButton* m_clear;
    QTimer* m_delay;
    bool m_updating = false;
};

} // namespace rapport
