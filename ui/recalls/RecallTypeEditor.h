#pragma once

#include "recalls/Recalls.h"
#include "scheduling/Scheduling.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace rapport {

class RecallChainEditor;

// One recall type's settings: name, interval, the appointment types that reset it, the
// type booked for it, the age switch, attempts, the contact chain and whether it is in use.
class RecallTypeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecallTypeEditor(QWidget* parent = nullptr);

    void setAppointmentTypes(const QList<AppointmentType>& types);
    // Every recall type, for "then" of the age switch (the edited one is left out).
    void setRecallTypes(const QList<RecallType>& types);
    void setType(const RecallType& type);
    // What the form holds, with the id of the type shown.
    [[nodiscard]] RecallType type() const;
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty) { m_dirty = dirty; }

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QSpinBox* monthsSpin() const { return m_months; }
    [[nodiscard]] QSpinBox* daysSpin() const { return m_days; }
    [[nodiscard]] QListWidget* resetList() const { return m_reset; }
    [[nodiscard]] QComboBox* bookingBox() const { return m_booking; }
    [[nodiscard]] QCheckBox* ageCheck() const { return m_ageSwitch; }
    [[nodiscard]] QSpinBox* untilAgeSpin() const { return m_untilAge; }
    [[nodiscard]] QComboBox* thenBox() const { return m_then; }
    [[nodiscard]] QSpinBox* attemptsSpin() const { return m_attempts; }
    [[nodiscard]] RecallChainEditor* chainEditor() const { return m_chain; }
    [[nodiscard]] QCheckBox* activeCheck() const { return m_active; }

Q_SIGNALS:
    void edited();

private:
    void markEdited();
    void updateFields();
    void fillThen();

    RecallType m_type;
    QList<RecallType> m_recallTypes;
    bool m_dirty = false;
    bool m_loading = false;
    QLineEdit* m_name;
    QSpinBox* m_months;
    QSpinBox* m_days;
    QListWidget* m_reset;
    QComboBox* m_booking;
    QCheckBox* m_ageSwitch;
    QSpinBox* m_untilAge;
    QLabel* m_thenLabel;
    QComboBox* m_then;
    QSpinBox* m_attempts;
    RecallChainEditor* m_chain;
    QCheckBox* m_active;
};

} // namespace rapport
