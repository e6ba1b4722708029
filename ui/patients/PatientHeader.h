#pragma once

#include "patients/Patient.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;

namespace rapport {

// Under the patient's name: the status badge, the tags as chips, and the actions on the
// record (Edit, status, Merge, Archive or Restore) as far as the role allows them.
class PatientHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PatientHeader(QWidget* parent = nullptr);

    void setPatient(const Patient& patient);
    void setPermissions(bool canEdit, bool canMerge);
    void clear();

    [[nodiscard]] QLabel* statusBadge() const { return m_status; }
    [[nodiscard]] QStringList chipTexts() const;

Q_SIGNALS:
    void editRequested();
    void statusRequested(rapport::PatientStatus status);
    void mergeRequested();
    void archiveRequested();
    void restoreRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateActions();
    void retranslateUi();

    Patient m_patient;
    bool m_canEdit = false;
    bool m_canMerge = false;
    QLabel* m_status;
    QHBoxLayout* m_chips;
    QPushButton* m_edit;
    QPushButton* m_statusButton;
    QMenu* m_statusMenu;
    QPushButton* m_merge;
    QPushButton* m_archive;
    QPushButton* m_restore;
};

} // namespace rapport
