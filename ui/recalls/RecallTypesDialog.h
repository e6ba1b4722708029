#pragma once

#include "recalls/Recalls.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace rapport {

class Clinic;
class InlineMessage;
class RecallTypeEditor;

// "Recall types…": the clinic's recall types on the left, the chosen one's settings on
// the right. Saved through RecallService (ConfigureMessaging, audited). "Create from
// appointment types" makes a type for each appointment type's recall text that has none.
class RecallTypesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecallTypesDialog(Clinic& clinic, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* typeList() const { return m_list; }
    [[nodiscard]] RecallTypeEditor* editor() const { return m_editor; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* newButton() const { return m_new; }
    [[nodiscard]] QPushButton* createButton() const { return m_create; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] const QList<RecallType>& types() const { return m_types; }

public Q_SLOTS:
    // true when saved (or nothing to save).
    bool save();
    void newType();
    void createFromAppointmentTypes();
    void reject() override;

private:
    void load(const QString& selectId);
    void showType(int row);
    // Unsaved changes: save them, drop them, or stay. false to stay.
    [[nodiscard]] bool leaveEdits();
    void updateTitle();

    Clinic& m_clinic;
    QList<RecallType> m_types;
    int m_shown = -1; // row of m_types in the editor; -1 for a new type
    bool m_switching = false;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_create;
    QLabel* m_title;
    RecallTypeEditor* m_editor;
    InlineMessage* m_message;
    QPushButton* m_save;
};

} // namespace rapport
