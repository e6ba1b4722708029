#pragma once

#include "patients/PatientSearch.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace rapport {

class Clinic;
class PatientSearchModel;

// Chooses one patient of the clinic: type, see the matches under the field, Up/Down and
// Enter (or a click) to pick. The choice then shows as a card with "Change". Used for a
// guardian, a family link and the other record of a merge.
class PatientPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PatientPicker(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic);
    // Records that cannot be chosen (the patient themselves).
    void setExcluded(const QStringList& patientIds) { m_excluded = patientIds; }
    void setIncludeArchived(bool include) { m_includeArchived = include; }
    // Only people at least this old on today (a guardian is an adult); -1 for anyone.
    void setMinimumAge(int years) { m_minimumAge = years; }
    void setPlaceholderText(const QString& text);

    [[nodiscard]] const std::optional<PatientSearchHit>& chosen() const { return m_chosen; }
    void choose(const PatientSearchHit& hit);
    void clear();

    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] QListView* results() const { return m_results; }
    [[nodiscard]] QPushButton* changeButton() const { return m_change; }

Q_SIGNALS:
    void chosenChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void search();
    void pick(int row);
    void updateState();
    void retranslateUi();

    Clinic* m_clinic = nullptr;
    QStringList m_excluded;
    bool m_includeArchived = false;
    int m_minimumAge = -1;
    std::optional<PatientSearchHit> m_chosen;
    QLineEdit* m_edit;
    QListView* m_results;
    PatientSearchModel* m_model;
    QLabel* m_empty;
    QWidget* m_chosenCard;
    QLabel* m_chosenName;
    QLabel* m_chosenDetail;
    QPushButton* m_change;
    QTimer* m_debounce;
    QDate m_today;
    QString m_region;
};

} // namespace rapport
