#pragma once

#include "messaging/MessageRenderer.h"
#include "messaging/Messaging.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace rapport {

class Clinic;
class InlineMessage;

// The template editor's preview: the template filled in for a real coming appointment
// (reminders) or a recall coming due (recalls), exactly as the patient would get it, with
// unknown placeholders flagged and, for SMS, the length in characters and messages.
// Choosing the appointment opens the patient's record through MessagingSetup::preview,
// which audits it; edits are then rendered again from the same facts.
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic);
    // The template being edited; re-rendered at once.
    void setTemplate(const MessageTemplate& messageTemplate);
    // Reads the coming appointments or recalls again.
    void reloadSubjects();
    void retranslateUi();

    [[nodiscard]] QComboBox* subjectCombo() const { return m_subjects; }
    [[nodiscard]] const RenderedMessage& rendered() const { return m_rendered; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void subjectChosen();
    void render();
    void clearPreview(const QString& hint);

    Clinic* m_clinic = nullptr;
    MessageTemplate m_template;
    bool m_haveTemplate = false;
    std::optional<MessageFacts> m_facts;
    QString m_factsKey; // kind/channel/language/subject the facts were read for
    RenderedMessage m_rendered;
    MessageKind m_subjectsKind = MessageKind::Test;

    QLabel* m_subjectsLabel;
    QComboBox* m_subjects;
    QLabel* m_subjectLine;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_text;
    QTextBrowser* m_html;
    QLabel* m_smsLength;
    QLabel* m_hint;
    InlineMessage* m_unknown;
};

} // namespace rapport
