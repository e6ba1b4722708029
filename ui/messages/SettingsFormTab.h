#pragma once

#include "schedule/ScheduleSetupTab.h"

#include <QMap>
#include <QSet>

#include <functional>

class QComboBox;
class QFormLayout;
class QFrame;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace rapport {

class InlineMessage;
class PasswordEdit;

// A tab of messaging settings that edits clinic settings (SettingsService keys) in cards,
// saved together with Save (Ctrl+S) and put back with Discard. Each field is bound to a
// key; a field is editable only with the permission its setting asks for. Secrets
// (passwords, tokens) are never shown back: their field stays empty, reads "unchanged"
// when one is stored, and only what is typed is saved.
class SettingsFormTab : public ScheduleSetupTab
{
    Q_OBJECT

public:
    SettingsFormTab(const QString& prefix, QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void reload() override;
    void retranslateUi() override;

    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    // Whether a secret is stored for the key (its value is never read into the window).
    [[nodiscard]] bool secretIsSet(const QString& key) const { return m_secretsSet.contains(key); }

public Q_SLOTS:
    bool save();
    void discard();
    // A field changed (the bound widgets call it; custom-bound ones are connected to it).
    void fieldEdited();

protected:
    // A new card at the end of the tab's column.
    QFrame* addCard(QLabel* title);
    [[nodiscard]] static QFormLayout* addForm(QFrame* card);
    [[nodiscard]] QVBoxLayout* column() const { return m_column; }

    void bind(const QString& key, QLineEdit* edit);
    void bind(const QString& key, QPlainTextEdit* edit);
    void bind(const QString& key, QComboBox* combo); // the item data is stored; editable combos store their text
    void bind(const QString& key, QSpinBox* spin);
    void bindSecret(const QString& key, PasswordEdit* edit);
    // Any other widget: read() gives the text to store, write() shows a stored one.
    void bind(const QString& key, QWidget* widget, std::function<QString()> read,
              std::function<void(const QString&)> write);

    // After the stored values are shown, and after each edit.
    virtual void valuesShown() {}
    virtual void stateChanged() {}
    [[nodiscard]] bool canEditAny() const;
    [[nodiscard]] bool canEdit(const QString& key) const;
    virtual void retranslateTab() = 0;

private:
    struct Binding
    {
        QString key;
        QWidget* widget = nullptr;
        std::function<QString()> read;
        std::function<void(const QString&)> write;
        bool secret = false;
    };

    void load();
    void updateState();

    QList<Binding> m_bindings;
    QMap<QString, QString> m_loaded;
    QSet<QString> m_secretsSet;
    bool m_loading = false;
    QVBoxLayout* m_column;
    InlineMessage* m_message;
    QLabel* m_readOnlyNote;
    QPushButton* m_discard;
    QPushButton* m_save;
};

} // namespace rapport
