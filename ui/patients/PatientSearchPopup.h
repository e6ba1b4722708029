#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QListView;

namespace rapport {

class PatientSearchModel;

// The results under the global search field: a summary line, the ranked list and a
// footer with "Include archived" and the keys. It never takes the keyboard focus, which
// stays in the search field; the field moves the selection.
class PatientSearchPopup : public QFrame
{
    Q_OBJECT

public:
    explicit PatientSearchPopup(PatientSearchModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QListView* list() const { return m_list; }
    [[nodiscard]] QCheckBox* includeArchived() const { return m_includeArchived; }
    [[nodiscard]] int currentRow() const;
    void setCurrentRow(int row);
    void moveCurrent(int delta);
    void setSummary(const QString& text);
    // Places the popup under anchor (a widget in the same window) and sizes it to the rows.
    void placeUnder(const QWidget* anchor);

Q_SIGNALS:
    void rowActivated(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    PatientSearchModel* m_model;
    QLabel* m_summary;
    QListView* m_list;
    QCheckBox* m_includeArchived;
    QLabel* m_keys;
};

} // namespace rapport
