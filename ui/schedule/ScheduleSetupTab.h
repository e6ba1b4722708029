#pragma once

#include "common/Error.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

class Clinic;
class InlineMessage;

// One tab of Administration > Schedule set-up. Each tab reads and writes through
// ScheduleSetup, which checks ManageScheduleSetup and audits every change.
class ScheduleSetupTab : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleSetupTab(QWidget* parent = nullptr);

    virtual void setClinic(Clinic* clinic);
    // Reads again from core (the tab came to the front, or another tab changed something).
    virtual void reload() = 0;
    virtual void retranslateUi() = 0;
    [[nodiscard]] virtual QString title() const = 0;

Q_SIGNALS:
    // Something was saved: the other tabs' choices (providers, chairs) may have changed.
    void changed();
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

    Clinic* m_clinic = nullptr;
};

// A tab with a list on the left (with "Show inactive" and "New") and a form for the
// selected entry on the right, saved with Save (Ctrl+S) and put back with Discard.
class ScheduleSetupListTab : public ScheduleSetupTab
{
    Q_OBJECT

public:
    ScheduleSetupListTab(const QString& prefix, QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void reload() override;
    void retranslateUi() override;

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    // Selects the entry with this id (false when it is not listed).
    bool select(const QString& id);
    // Starts a new entry in the form.
    void startNew();
    // Saves the form; true when core accepted it.
    bool save();

protected:
    // Filled by the subclass: headers, rows for the entries, the form.
    [[nodiscard]] virtual QStringList headers() const = 0;
    // Reads the entries from core and fills the table (one row per entry, in order).
    [[nodiscard]] virtual Status loadEntries(bool includeInactive) = 0;
    [[nodiscard]] virtual QString entryId(int row) const = 0;
    // Shows an entry in the form; row -1 for a new one.
    virtual void showEntry(int row) = 0;
    // Saves the form through core; returns the saved id.
    [[nodiscard]] virtual Result<QString> saveEntry(const QString& id) = 0;
    [[nodiscard]] virtual QString newText() const = 0;
    [[nodiscard]] virtual QString savedText() const = 0;
    virtual void retranslateForm() = 0;

    [[nodiscard]] QFormLayout* form() const { return m_form; }
    [[nodiscard]] QLabel* formTitle() const { return m_formTitle; }
    // A label for a form row, with a buddy so Alt+letter reaches the field.
    static void setLabel(QFormLayout* form, QWidget* field, const QString& text);
    // Tab goes New, Show inactive, the list, the form's fields top to bottom, Discard, Save.
    // Called by each subclass once its form is built.
    void setUpTabOrder();

private:
    void selectionChanged();
    void clearForm();

    QString m_prefix;
    QString m_currentId; // empty while a new entry is in the form
    QTableWidget* m_table;
    QCheckBox* m_showInactive;
    QPushButton* m_new;
    QLabel* m_formTitle;
    QFormLayout* m_form;
    InlineMessage* m_message;
    QPushButton* m_save;
    QPushButton* m_discard;
    bool m_loading = false;
};

} // namespace rapport
