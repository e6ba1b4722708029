#include "messages/SettingsFormTab.h"

#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "common/Style.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int ColumnWidth = 820;
}

SettingsFormTab::SettingsFormTab(const QString& prefix, QWidget* parent)
    : ScheduleSetupTab(parent)
    , m_column(new QVBoxLayout)
    , m_message(new InlineMessage)
    , m_readOnlyNote(new QLabel)
    , m_discard(new QPushButton)
    , m_save(new QPushButton)
{
    m_message->setObjectName(prefix + QStringLiteral("Message"));
    m_readOnlyNote->setObjectName(prefix + QStringLiteral("ReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    Style::setRole(m_readOnlyNote, "hint");
    m_discard->setObjectName(prefix + QStringLiteral("DiscardButton"));
    m_save->setObjectName(prefix + QStringLiteral("SaveButton"));
    m_save->setProperty("primary", true);
    for (QPushButton* b : {m_discard, m_save})
        b->setAutoDefault(false);

    auto* column = new QWidget;
    column->setMaximumWidth(ColumnWidth);
    column->setLayout(m_column);
    m_column->setContentsMargins(0, 0, 8, 0);
    m_column->setSpacing(16);
    m_column->addStretch();
    auto* holder = new QWidget;
    auto* holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(column, 1);
    holderLayout->addStretch(0);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(prefix + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);
    Style::setRole(scroll, "plain");

    auto* footer = new QWidget;
    footer->setMaximumWidth(ColumnWidth);
    auto* footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(0, 0, 8, 0);
    footerLayout->setSpacing(8);
    footerLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readOnlyNote, 1);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    footerLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(scroll, 1);
    layout->addWidget(footer);

    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, &SettingsFormTab::save);
    connect(m_save, &QPushButton::clicked, this, &SettingsFormTab::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_message->clear();
        discard();
    });
}

QFrame* SettingsFormTab::addCard(QLabel* title)
{
    auto* card = new QFrame;
    Style::setRole(card, "card");
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(12);
    Style::setRole(title, "sectionTitle");
    layout->addWidget(title);
    // Before the stretch that keeps the cards at the top.
    m_column->insertWidget(m_column->count() - 1, card);
    return card;
}

QFormLayout* SettingsFormTab::addForm(QFrame* card)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    static_cast<QVBoxLayout*>(card->layout())->addLayout(form);
    return form;
}

void SettingsFormTab::bind(const QString& key, QWidget* widget, std::function<QString()> read,
                           std::function<void(const QString&)> write)
{
    m_bindings.append(Binding{key, widget, std::move(read), std::move(write), false});
}

void SettingsFormTab::bind(const QString& key, QLineEdit* edit)
{
    bind(key, edit, [edit] { return edit->text().trimmed(); }, [edit](const QString& v) { edit->setText(v); });
    connect(edit, &QLineEdit::textChanged, this, &SettingsFormTab::fieldEdited);
}

void SettingsFormTab::bind(const QString& key, QPlainTextEdit* edit)
{
    bind(key, edit, [edit] { return edit->toPlainText().trimmed(); },
         [edit](const QString& v) { edit->setPlainText(v); });
    connect(edit, &QPlainTextEdit::textChanged, this, &SettingsFormTab::fieldEdited);
}

void SettingsFormTab::bind(const QString& key, QComboBox* combo)
{
    bind(
        key, combo,
        [combo] {
            if (combo->isEditable())
                return combo->currentText().trimmed();
            return combo->currentData().toString();
        },
        [combo](const QString& v) {
            const int i = combo->findData(v);
            if (i >= 0)
                combo->setCurrentIndex(i);
            else if (combo->isEditable())
                combo->setEditText(v);
            else
                combo->setCurrentIndex(-1);
        });
    connect(combo, &QComboBox::currentIndexChanged, this, &SettingsFormTab::fieldEdited);
    if (combo->isEditable())
        connect(combo, &QComboBox::editTextChanged, this, &SettingsFormTab::fieldEdited);
}

void SettingsFormTab::bind(const QString& key, QSpinBox* spin)
{
    bind(key, spin, [spin] { return QString::number(spin->value()); },
         [spin](const QString& v) { spin->setValue(v.toInt()); });
    connect(spin, &QSpinBox::valueChanged, this, &SettingsFormTab::fieldEdited);
}

void SettingsFormTab::bindSecret(const QString& key, PasswordEdit* edit)
{
    m_bindings.append(Binding{key, edit, [edit] { return edit->text(); }, [edit](const QString&) { edit->clear(); },
                              true});
    connect(edit, &QLineEdit::textChanged, this, &SettingsFormTab::fieldEdited);
}

void SettingsFormTab::setClinic(Clinic* clinic)
{
    ScheduleSetupTab::setClinic(clinic);
    m_message->clear();
    m_loaded.clear();
    m_secretsSet.clear();
    if (!clinic) {
        m_loading = true;
        for (const Binding& b : std::as_const(m_bindings))
            b.write(QString());
        m_loading = false;
        updateState();
        return;
    }
    load();
}

void SettingsFormTab::reload()
{
    if (m_clinic && !hasUnsavedChanges())
        load();
}

void SettingsFormTab::load()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    SettingsService settings(*m_clinic);
    m_loaded.clear();
    m_secretsSet.clear();
    for (const Binding& b : std::as_const(m_bindings)) {
        // A secret is read only by those who may change it; otherwise "unknown" is fine.
        if (b.secret && !canEdit(b.key))
            continue;
        auto value = settings.get(b.key);
        if (!value) {
            m_message->showError(value.error());
            continue;
        }
        if (b.secret) {
            if (!value->isEmpty())
                m_secretsSet.insert(b.key);
            continue; // never kept in the window
        }
        m_loaded.insert(b.key, *value);
    }
    discard();
}

void SettingsFormTab::discard()
{
    m_loading = true;
    for (const Binding& b : std::as_const(m_bindings))
        b.write(b.secret ? QString() : m_loaded.value(b.key));
    m_loading = false;
    valuesShown();
    updateState();
}

bool SettingsFormTab::hasUnsavedChanges() const
{
    if (!m_clinic)
        return false;
    for (const Binding& b : m_bindings) {
        if (!canEdit(b.key))
            continue;
        const QString value = b.read();
        if (b.secret ? !value.isEmpty() : value != m_loaded.value(b.key))
            return true;
    }
    return false;
}

void SettingsFormTab::fieldEdited()
{
    if (m_loading)
        return;
    if (hasUnsavedChanges())
        m_message->clear();
    updateState();
}

bool SettingsFormTab::canEdit(const QString& key) const
{
    if (!m_clinic)
        return false;
    const SettingDefinition* def = SettingsService::definition(key);
    return def && !def->readOnly && m_clinic->session().can(def->writePermission);
}

bool SettingsFormTab::canEditAny() const
{
    for (const Binding& b : m_bindings)
        if (canEdit(b.key))
            return true;
    return false;
}

void SettingsFormTab::updateState()
{
    for (const Binding& b : std::as_const(m_bindings)) {
        b.widget->setEnabled(canEdit(b.key));
        if (b.secret)
            if (auto* edit = qobject_cast<QLineEdit*>(b.widget))
                edit->setPlaceholderText(m_secretsSet.contains(b.key) ? tr("unchanged") : tr("not set"));
    }
    const bool any = canEditAny();
    m_readOnlyNote->setVisible(m_clinic && !any);
    m_save->setVisible(any);
    m_discard->setVisible(any);
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
    stateChanged();
}

bool SettingsFormTab::save()
{
    if (!m_clinic || !hasUnsavedChanges())
        return false;
    SettingsService settings(*m_clinic);
    bool savedAny = false;
    for (const Binding& b : std::as_const(m_bindings)) {
        if (!canEdit(b.key))
            continue;
        const QString value = b.read();
        if (b.secret ? value.isEmpty() : value == m_loaded.value(b.key))
            continue;
        if (Status s = settings.set(b.key, value); !s) {
            m_message->showError(s.error());
            b.widget->setFocus(Qt::OtherFocusReason);
            if (savedAny)
                Q_EMIT changed();
            updateState();
            return false;
        }
        savedAny = true;
        if (b.secret) {
            m_secretsSet.insert(b.key);
            m_loading = true;
            b.write(QString());
            m_loading = false;
        } else {
            m_loaded.insert(b.key, value);
        }
    }
    updateState();
    m_message->showMessage(InlineMessage::Kind::Success, tr("Saved. The next sending run uses these settings."));
    Q_EMIT statusMessage(tr("Messaging settings saved."));
    Q_EMIT changed();
    return true;
}

void SettingsFormTab::retranslateUi()
{
    m_readOnlyNote->setText(tr("Only a practice manager or an administrator can change these settings."));
    m_discard->setText(tr("Discard changes"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    retranslateTab();
    updateState();
}

} // namespace rapport
