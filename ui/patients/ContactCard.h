#pragma once

#include "common/Card.h"
#include "patients/Consent.h"
#include "patients/PatientService.h"

#include <QHash>
#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;

namespace rapport {

// How to reach the patient, channel by channel (SMS, e-mail, phone, letter): the number
// or address used, the consent in force for each purpose (granted, withdrawn, not asked),
// and "Consent…" to record a decision. The consent history is one click away.
class ContactCard : public Card
{
    Q_OBJECT

public:
    explicit ContactCard(QWidget* parent = nullptr);

    // via: for a channel the patient has no own address for, who they are reached through.
    void setContact(const Patient& patient, const QList<ConsentRecord>& current,
                    const QHash<ContactChannel, ContactPoint>& via, const QString& region);
    void setEditable(bool editable);
    void clear();

    [[nodiscard]] QString valueText(ContactChannel channel) const;
    [[nodiscard]] QString consentText(ContactChannel channel) const;
    [[nodiscard]] QPushButton* consentButton(ContactChannel channel) const;

Q_SIGNALS:
    void consentRequested(rapport::ContactChannel channel);
    void historyRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* icon = nullptr;
        QLabel* name = nullptr;
        QLabel* value = nullptr;
        QLabel* consent = nullptr;
        QPushButton* button = nullptr;
    };
    void render();
    void retranslateUi();

    Patient m_patient;
    QList<ConsentRecord> m_current;
    QHash<ContactChannel, ContactPoint> m_via;
    QString m_region;
    QHash<ContactChannel, Row> m_rows;
    QLabel* m_extra;
    QPushButton* m_history;
};

} // namespace rapport
