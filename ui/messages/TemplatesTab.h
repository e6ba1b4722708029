#pragma once

#include "messaging/Messaging.h"
#include "schedule/ScheduleSetupTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace rapport {

class InlineMessage;
class TemplatePreview;

// Messaging settings > Templates: the text of each message per purpose (reminder,
// recall), channel (e-mail, SMS, letter) and language, with the placeholders to insert by
// clicking, "Reset to built-in", and a live preview on a real appointment. Read-only
// without ConfigureMessaging.
class TemplatesTab : public ScheduleSetupTab
{
    Q_OBJECT

public:
    explicit TemplatesTab(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void reload() override;
    void retranslateUi() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] TemplatePreview* preview() const { return m_preview; }
    // Shows the template for this purpose, channel and language.
    void choose(MessageKind kind, ContactChannel channel, const QString& language);

public Q_SLOTS:
    bool save();
    void discard();
    void resetToBuiltIn();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void selectionChanged();
    void insertPlaceholder(const QString& placeholder);
    void edited();
    void updateState();
    [[nodiscard]] MessageTemplate edits() const;
    [[nodiscard]] bool canEdit() const;

    MessageTemplate m_loaded;
    bool m_haveLoaded = false;
    bool m_loading = false;
    bool m_previewStale = false;
    int m_kindIndex = 0;
    int m_channelIndex = 0;
    int m_languageIndex = 0;
    QWidget* m_lastEditor = nullptr;

    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_editorTitle;
    QLabel* m_origin;
    QLabel* m_subjectLabel;
    QLineEdit* m_subject;
    QTabWidget* m_bodies;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_html;
    QLabel* m_htmlHint;
    QLabel* m_placeholdersLabel;
    QListWidget* m_placeholders;
    InlineMessage* m_message;
    QLabel* m_readOnlyNote;
    QPushButton* m_reset;
    QPushButton* m_discard;
    QPushButton* m_save;
    QLabel* m_previewTitle;
    TemplatePreview* m_preview;
};

} // namespace rapport
