#include "messages/TemplatesTab.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/LanguageManager.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "messages/MessageText.h"
#include "messages/TemplatePreview.h"
#include "messaging/MessageTemplates.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
QFrame* makeCard(QLabel* title, QWidget* trailing = nullptr)
{
    auto* card = new QFrame;
    Style::setRole(card, "card");
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(10);
    Style::setRole(title, "sectionTitle");
    auto* row = new QHBoxLayout;
    row->addWidget(title, 1);
    if (trailing)
        row->addWidget(trailing, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(row);
    return card;
}

QVBoxLayout* labelled(QLabel* label, QWidget* field)
{
    auto* box = new QVBoxLayout;
    box->setSpacing(3);
    Style::setRole(label, "hint");
    label->setBuddy(field);
    box->addWidget(label);
    box->addWidget(field);
    return box;
}
} // namespace

TemplatesTab::TemplatesTab(QWidget* parent)
    : ScheduleSetupTab(parent)
    , m_kindLabel(new QLabel)
    , m_kind(new QComboBox)
    , m_channelLabel(new QLabel)
    , m_channel(new QComboBox)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_editorTitle(new QLabel)
    , m_origin(new QLabel)
    , m_subjectLabel(new QLabel)
    , m_subject(new QLineEdit)
    , m_bodies(new QTabWidget)
    , m_text(new QPlainTextEdit)
    , m_html(new QPlainTextEdit)
    , m_htmlHint(new QLabel)
    , m_placeholdersLabel(new QLabel)
    , m_placeholders(new QListWidget)
    , m_message(new InlineMessage)
    , m_readOnlyNote(new QLabel)
    , m_reset(new QPushButton)
    , m_discard(new QPushButton)
    , m_save(new QPushButton)
    , m_previewTitle(new QLabel)
    , m_preview(new TemplatePreview)
{
    setObjectName(QStringLiteral("templatesTab"));
    m_kind->setObjectName(QStringLiteral("templateKindCombo"));
    m_kind->addItem(QString(), int(MessageKind::Reminder));
    m_kind->addItem(QString(), int(MessageKind::Recall));
    m_channel->setObjectName(QStringLiteral("templateChannelCombo"));
    for (ContactChannel c : {ContactChannel::Email, ContactChannel::Sms, ContactChannel::Letter})
        m_channel->addItem(Icons::icon(MessageText::channelIcon(c)), QString(), int(c));
    m_language->setObjectName(QStringLiteral("templateLanguageCombo"));
    // Named as the interface languages are, each in its own words.
    for (const QString& code : MessageTemplates::languages()) {
        QString name = code;
        for (const LanguageManager::Language& l : LanguageManager::languages())
            if (l.code == code)
                name = l.name;
        m_language->addItem(name, code);
    }
    m_origin->setObjectName(QStringLiteral("templateOriginLabel"));
    Style::setRole(m_origin, "hint");
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_subject->setMaxLength(200);
    m_text->setObjectName(QStringLiteral("templateTextEdit"));
    m_html->setObjectName(QStringLiteral("templateHtmlEdit"));
    m_html->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_html->setLineWrapMode(QPlainTextEdit::NoWrap);
    for (QPlainTextEdit* e : {m_text, m_html})
        e->setTabChangesFocus(true);
    m_bodies->setObjectName(QStringLiteral("templateBodies"));
    m_bodies->setDocumentMode(true);
    auto* htmlPage = new QWidget;
    auto* htmlLayout = new QVBoxLayout(htmlPage);
    htmlLayout->setContentsMargins(0, 6, 0, 0);
    htmlLayout->setSpacing(4);
    htmlLayout->addWidget(m_html, 1);
    m_htmlHint->setWordWrap(true);
    Style::setRole(m_htmlHint, "hint");
    htmlLayout->addWidget(m_htmlHint);
    auto* textPage = new QWidget;
    auto* textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 6, 0, 0);
    textLayout->addWidget(m_text);
    m_bodies->addTab(textPage, QString());
    m_bodies->addTab(htmlPage, QString());
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholderList"));
    m_placeholders->setFixedWidth(170);
    m_placeholders->setCursor(Qt::PointingHandCursor);
    for (const QString& p : MessagingSetup::placeholders())
        new QListWidgetItem(p, m_placeholders);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_readOnlyNote->setObjectName(QStringLiteral("templateReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    Style::setRole(m_readOnlyNote, "hint");
    m_reset->setObjectName(QStringLiteral("templateResetButton"));
    m_reset->setIcon(Icons::icon(QStringLiteral("undo")));
    m_discard->setObjectName(QStringLiteral("templateDiscardButton"));
    m_save->setObjectName(QStringLiteral("templateSaveButton"));
    m_save->setProperty("primary", true);
    for (QPushButton* b : {m_reset, m_discard, m_save})
        b->setAutoDefault(false);
    for (QWidget* editor : std::initializer_list<QWidget*>{m_subject, m_text, m_html})
        editor->installEventFilter(this);

    auto* choice = new QHBoxLayout;
    choice->setSpacing(12);
    choice->addLayout(labelled(m_kindLabel, m_kind));
    choice->addLayout(labelled(m_channelLabel, m_channel));
    choice->addLayout(labelled(m_languageLabel, m_language));
    choice->addStretch();

    QFrame* editor = makeCard(m_editorTitle, m_origin);
    auto* editorLayout = static_cast<QVBoxLayout*>(editor->layout());
    editorLayout->addLayout(labelled(m_subjectLabel, m_subject));
    auto* bodyRow = new QHBoxLayout;
    bodyRow->setSpacing(12);
    bodyRow->addWidget(m_bodies, 1);
    auto* placeholders = new QVBoxLayout;
    placeholders->setSpacing(3);
    placeholders->addSpacing(6);
    placeholders->addLayout(labelled(m_placeholdersLabel, m_placeholders), 1);
    bodyRow->addLayout(placeholders);
    editorLayout->addLayout(bodyRow, 1);
    editorLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addWidget(m_readOnlyNote, 1);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    editorLayout->addLayout(buttons);

    QFrame* previewCard = makeCard(m_previewTitle);
    static_cast<QVBoxLayout*>(previewCard->layout())->addWidget(m_preview, 1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(editor, 3);
    cards->addWidget(previewCard, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(choice);
    layout->addLayout(cards, 1);

    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);

    for (QComboBox* combo : {m_kind, m_channel, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &TemplatesTab::selectionChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplatesTab::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplatesTab::edited);
    connect(m_html, &QPlainTextEdit::textChanged, this, &TemplatesTab::edited);
    connect(m_placeholders, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { insertPlaceholder(item->text()); });
    connect(m_placeholders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { insertPlaceholder(item->text()); });
    connect(m_save, &QPushButton::clicked, this, &TemplatesTab::save);
    connect(saveShortcut, &QAction::triggered, this, &TemplatesTab::save);
    connect(m_discard, &QPushButton::clicked, this, &TemplatesTab::discard);
    connect(m_reset, &QPushButton::clicked, this, &TemplatesTab::resetToBuiltIn);
    retranslateUi();
    updateState();
}

QString TemplatesTab::title() const
{
    return tr("Templates");
}

bool TemplatesTab::canEdit() const
{
    return m_clinic && m_clinic->session().can(Permission::ConfigureMessaging);
}

void TemplatesTab::setClinic(Clinic* clinic)
{
    ScheduleSetupTab::setClinic(clinic);
    m_preview->setClinic(clinic);
    m_message->clear();
    m_haveLoaded = false;
    if (!clinic) {
        const QSignalBlocker b1(m_subject), b2(m_text), b3(m_html);
        m_subject->clear();
        m_text->clear();
        m_html->clear();
        updateState();
        return;
    }
    // The clinic's own language first: that is what most patients get.
    const QString language = SettingsService(*clinic).get(QStringLiteral("clinic.language")).value_or(QString());
    if (const int i = m_language->findData(language); i >= 0) {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(i);
    }
    // Read when the tab is first shown: the preview opens a patient's record, which is
    // audited, and nobody should be recorded as opening one by merely unlocking.
    if (isVisible())
        load();
}

void TemplatesTab::showEvent(QShowEvent* event)
{
    ScheduleSetupTab::showEvent(event);
    if (m_clinic && !m_haveLoaded)
        load();
    else if (m_previewStale && m_haveLoaded)
        edited();
}

void TemplatesTab::reload()
{
    if (!m_clinic || !isVisible())
        return;
    if (!hasUnsavedChanges())
        load();
    m_preview->reloadSubjects();
}

void TemplatesTab::choose(MessageKind kind, ContactChannel channel, const QString& language)
{
    const QSignalBlocker b1(m_kind), b2(m_channel), b3(m_language);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(channel))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    load();
}

void TemplatesTab::selectionChanged()
{
    if (m_loading)
        return;
    if (hasUnsavedChanges() &&
        MessageBox::question(this, tr("Templates"), tr("Discard your changes to this template?"),
                             tr("You changed the text and did not save it."), tr("Discard changes"),
                             tr("Keep editing")) != QMessageBox::Yes) {
        // Back to the template being edited.
        const QSignalBlocker b1(m_kind), b2(m_channel), b3(m_language);
        m_kind->setCurrentIndex(m_kindIndex);
        m_channel->setCurrentIndex(m_channelIndex);
        m_language->setCurrentIndex(m_languageIndex);
        return;
    }
    load();
}

void TemplatesTab::load()
{
    m_kindIndex = m_kind->currentIndex();
    m_channelIndex = m_channel->currentIndex();
    m_languageIndex = m_language->currentIndex();
    if (!m_clinic || !m_clinic->isOpen())
        return;
    auto t = MessagingSetup(*m_clinic).messageTemplate(MessageKind(m_kind->currentData().toInt()),
                                                       ContactChannel(m_channel->currentData().toInt()),
                                                       m_language->currentData().toString());
    if (!t) {
        m_haveLoaded = false;
        m_message->showError(t.error());
        updateState();
        return;
    }
    m_loaded = *t;
    m_haveLoaded = true;
    m_message->clear();
    discard();
}

void TemplatesTab::discard()
{
    if (!m_haveLoaded)
        return;
    m_loading = true;
    m_subject->setText(m_loaded.subject);
    m_text->setPlainText(m_loaded.body);
    m_html->setPlainText(m_loaded.html);
    m_loading = false;
    edited();
}

MessageTemplate TemplatesTab::edits() const
{
    MessageTemplate t = m_loaded;
    t.subject = m_subject->text();
    t.body = m_text->toPlainText();
    t.html = t.channel == ContactChannel::Email ? m_html->toPlainText() : QString();
    return t;
}

bool TemplatesTab::hasUnsavedChanges() const
{
    if (!m_haveLoaded || !canEdit())
        return false;
    const MessageTemplate t = edits();
    return t.subject != m_loaded.subject || t.body != m_loaded.body || t.html != m_loaded.html;
}

void TemplatesTab::edited()
{
    if (m_loading)
        return;
    if (m_haveLoaded) {
        m_previewStale = !isVisible();
        if (!m_previewStale)
            m_preview->setTemplate(edits());
    }
    if (hasUnsavedChanges())
        m_message->clear();
    updateState();
}

bool TemplatesTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        m_lastEditor = qobject_cast<QWidget*>(watched);
    return ScheduleSetupTab::eventFilter(watched, event);
}

void TemplatesTab::insertPlaceholder(const QString& placeholder)
{
    if (!canEdit())
        return;
    QWidget* target = m_lastEditor && m_lastEditor->isVisible() ? m_lastEditor : m_text;
    if (target == m_html && m_bodies->currentIndex() != 1)
        target = m_text;
    if (auto* line = qobject_cast<QLineEdit*>(target))
        line->insert(placeholder);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(target))
        text->insertPlainText(placeholder);
    target->setFocus(Qt::OtherFocusReason);
}

bool TemplatesTab::save()
{
    if (!m_clinic || !hasUnsavedChanges())
        return false;
    const MessageTemplate t = edits();
    if (Status saved = MessagingSetup(*m_clinic).saveTemplate(t); !saved) {
        m_message->showError(saved.error());
        return false;
    }
    load();
    m_message->showMessage(InlineMessage::Kind::Success, tr("Template saved. Messages from now on use it."));
    Q_EMIT statusMessage(tr("Template saved."));
    Q_EMIT changed();
    return true;
}

void TemplatesTab::resetToBuiltIn()
{
    if (!m_clinic || !canEdit() || !m_haveLoaded || m_loaded.builtIn)
        return;
    if (MessageBox::question(this, tr("Templates"), tr("Use Rapport's built-in text again?"),
                             tr("The clinic's own text for this message is switched off, and messages from now on "
                                "use the text that comes with Rapport."),
                             tr("Use the built-in text"), tr("Keep the clinic's text")) != QMessageBox::Yes)
        return;
    if (Status reset = MessagingSetup(*m_clinic).resetTemplate(m_loaded.kind, m_loaded.channel, m_loaded.language);
        !reset) {
        m_message->showError(reset.error());
        return;
    }
    load();
    m_message->showMessage(InlineMessage::Kind::Success, tr("This message uses Rapport's built-in text again."));
    Q_EMIT statusMessage(tr("Template reset to the built-in text."));
}

void TemplatesTab::updateState()
{
    const bool edit = canEdit();
    const ContactChannel channel = ContactChannel(m_channel->currentData().toInt());
    const bool email = channel == ContactChannel::Email;
    const bool sms = channel == ContactChannel::Sms;
    m_subjectLabel->setVisible(!sms);
    m_subject->setVisible(!sms);
    m_bodies->setTabVisible(1, email);
    m_bodies->tabBar()->setVisible(email);
    if (!email)
        m_bodies->setCurrentIndex(0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_subject, m_text, m_html}) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setReadOnly(!edit);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->setReadOnly(!edit);
    }
    m_placeholders->setEnabled(edit);
    m_readOnlyNote->setVisible(m_clinic && !edit);
    const bool dirty = hasUnsavedChanges();
    m_save->setVisible(edit);
    m_discard->setVisible(edit);
    m_reset->setVisible(edit);
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
    m_reset->setEnabled(m_haveLoaded && !m_loaded.builtIn);
    m_origin->setText(!m_haveLoaded ? QString()
                      : m_loaded.builtIn ? tr("Rapport's built-in text")
                                         : tr("The clinic's own text"));
}

void TemplatesTab::retranslateUi()
{
    m_kindLabel->setText(tr("&Message"));
    m_kind->setItemText(0, tr("Appointment reminder"));
    m_kind->setItemText(1, tr("Recall"));
    m_channelLabel->setText(tr("C&hannel"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, MessageText::channelName(ContactChannel(m_channel->itemData(i).toInt())));
    m_languageLabel->setText(tr("&Language"));
    m_kind->setAccessibleName(tr("Message"));
    m_channel->setAccessibleName(tr("Channel"));
    m_language->setAccessibleName(tr("Language"));
    m_editorTitle->setText(tr("Template"));
    m_subjectLabel->setText(tr("&Subject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_bodies->setTabText(0, tr("Text"));
    m_bodies->setTabText(1, tr("HTML"));
    m_text->setAccessibleName(tr("Text"));
    m_html->setAccessibleName(tr("HTML part"));
    m_htmlHint->setText(tr("Leave the HTML empty to send the text alone, laid out by Rapport."));
    m_placeholdersLabel->setText(tr("Placeholders (click to insert)"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_readOnlyNote->setText(tr("Only a practice manager or an administrator can change the templates."));
    m_reset->setText(tr("Reset to built-in"));
    m_reset->setToolTip(tr("Use the text that comes with Rapport again"));
    m_discard->setText(tr("Discard changes"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_previewTitle->setText(tr("Preview"));
    m_preview->retranslateUi();
    updateState();
}

} // namespace rapport
