#pragma once

#include "patients/PatientDirectory.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace rapport {

// The patient list's filters: which statuses, a tag, an age range and a consent that must
// be granted. Tells the page when they change; the age fields wait for a pause in typing.
class PatientFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PatientFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] PatientFilter filter() const;
    void setTags(const QStringList& tags);
    void clear();
    [[nodiscard]] QCheckBox* statusCheck(PatientStatus status) const { return m_status.value(status); }
    // The status boxes go in the row above the table; the rest stay in this bar.
    [[nodiscard]] QWidget* statusBoxes() const { return m_statusBoxes; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillConsentCombos();
    void updateConsentFields();
    void retranslateUi();

    QWidget* m_statusBoxes;
    QLabel* m_statusLabel;
    QHash<PatientStatus, QCheckBox*> m_status;
    QLabel* m_tagLabel;
    QComboBox* m_tag;
    QLabel* m_ageLabel;
    QSpinBox* m_minAge;
    QLabel* m_ageTo;
    QSpinBox* m_maxAge;
    QLabel* m_consentLabel;
    QComboBox* m_consentChannel;
    QLabel* m_consentFor;
    QComboBox* m_consentPurpose;
    QPushButton* m_clear;
    QTimer* m_ageDelay;
    bool m_updating = false;
};

} // namespace rapport
