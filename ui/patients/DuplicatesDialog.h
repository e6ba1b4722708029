#pragma once

#include "patients/PatientService.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace rapport {

// "This may be a patient the clinic already has": each possible match with why it may be
// the same person, and three ways on: open the existing record (the form is dropped),
// save anyway (different people who happen to match), or back to the form.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        BackToForm,
        OpenExisting,
        SaveAnyway
    };
    enum class Mode
    {
        Create,
        Update
    };

    DuplicatesDialog(const QList<DuplicateMatch>& matches, Mode mode, const QDate& today,
                     QWidget* parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] QString selectedPatientId() const;
    [[nodiscard]] QListWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void finishWith(Choice choice);
    void retranslateUi();

    QList<DuplicateMatch> m_matches;
    Mode m_mode;
    QDate m_today;
    Choice m_choice = BackToForm;
    QLabel* m_title;
    QLabel* m_intro;
    QListWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_saveAnyway;
    QPushButton* m_back;
};

} // namespace rapport
