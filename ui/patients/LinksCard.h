#pragma once

#include "common/Card.h"
#include "patients/PatientLink.h"

#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rapport {

// Family and care links in both directions: the people this patient names (a parent, a
// spouse, an emergency contact) and the patients who name them. A linked patient opens
// with a click; a link can be ended; "Add link…" adds one.
class LinksCard : public Card
{
    Q_OBJECT

public:
    explicit LinksCard(QWidget* parent = nullptr);

    void setLinks(const QString& patientId, const QList<PatientLink>& links, const QString& region);
    void setEditable(bool editable);
    void clear();
    [[nodiscard]] const QList<PatientLink>& links() const { return m_links; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);
    void addRequested();
    void endRequested(const rapport::PatientLink& link);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslateUi();

    QString m_patientId;
    QList<PatientLink> m_links;
    QString m_region;
    bool m_editable = true;
    QPushButton* m_add;
    QVBoxLayout* m_rows;
    QLabel* m_empty;
};

} // namespace rapport
