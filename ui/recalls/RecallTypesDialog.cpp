#include "recalls/RecallTypesDialog.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "recalls/RecallRows.h"
#include "recalls/RecallService.h"
#include "recalls/RecallText.h"
#include "recalls/RecallTypeEditor.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport {

RecallTypesDialog::RecallTypesDialog(Clinic& clinic, QWidget* parent)
    : QDialog(parent)
    , m_clinic(clinic)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New type"), this))
    , m_create(new QPushButton(tr("Create from &appointment types"), this))
    , m_title(new QLabel(this))
    , m_editor(new RecallTypeEditor(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("recallTypesDialog"));
    setWindowTitle(tr("Recall types"));
    setModal(true);
    resize(940, 680);

    m_list->setObjectName(QStringLiteral("recallTypeList"));
    m_list->setAccessibleName(tr("Recall types"));
    m_list->setMinimumWidth(230);
    m_new->setObjectName(QStringLiteral("recallTypeNewButton"));
    m_new->setIcon(Icons::icon(QStringLiteral("plus")));
    m_create->setObjectName(QStringLiteral("recallTypeCreateButton"));
    m_create->setToolTip(tr("A recall type for each “recall type” text of the appointment types that has none yet, "
                            "with the interval read from it (“Hygiene, 6 months”)"));
    m_title->setObjectName(QStringLiteral("recallTypeTitle"));
    m_title->setTextFormat(Qt::PlainText);
    Style::setRole(m_title, "sectionTitle");
    m_message->setObjectName(QStringLiteral("recallTypesMessage"));
    m_save->setObjectName(QStringLiteral("recallTypeSaveButton"));
    Style::makePrimary(m_save);
    for (QPushButton* b : {m_new, m_create, m_save})
        b->setAutoDefault(false);

    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    left->addWidget(m_create);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(m_title);
    right->addWidget(scroll, 1);
    right->addWidget(m_message);
    right->addLayout(saveRow);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(12);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &RecallTypesDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_new, &QPushButton::clicked, this, &RecallTypesDialog::newType);
    connect(m_create, &QPushButton::clicked, this, &RecallTypesDialog::createFromAppointmentTypes);
    connect(m_editor, &RecallTypeEditor::edited, m_message, &InlineMessage::clear);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_switching || row == m_shown || row < 0 || row >= m_types.size())
            return;
        const QString wanted = m_types.at(row).id;
        if (!leaveEdits()) {
            // Stay on the type being edited.
            m_switching = true;
            m_list->setCurrentRow(m_shown);
            m_switching = false;
            return;
        }
        // Saving may have read the list again: find the chosen type by its id.
        for (int i = 0; i < m_types.size(); ++i)
            if (m_types.at(i).id == wanted) {
                m_switching = true;
                m_list->setCurrentRow(i);
                m_switching = false;
                showType(i);
            }
    });

    if (auto types = ScheduleSetup(clinic).types(true))
        m_editor->setAppointmentTypes(*types);
    else
        m_message->showError(types.error());
    load({});
}

void RecallTypesDialog::load(const QString& selectId)
{
    auto types = RecallService(m_clinic).types(true);
    if (!types) {
        m_message->showError(types.error());
        return;
    }
    m_types = *types;
    m_editor->setRecallTypes(m_types);
    m_switching = true;
    m_list->clear();
    int select = m_types.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_types.size(); ++i) {
        const RecallType& t = m_types.at(i);
        auto* item = new QListWidgetItem(t.active ? t.name : tr("%1 (not in use)").arg(t.name), m_list);
        item->setToolTip(RecallText::interval(t.intervalMonths, t.intervalDays));
        if (!t.active)
            item->setForeground(Style::mutedText());
        if (t.id == selectId)
            select = i;
    }
    m_switching = false;
    if (select >= 0) {
        m_switching = true;
        m_list->setCurrentRow(select);
        m_switching = false;
        showType(select);
    } else {
        newType();
    }
}

void RecallTypesDialog::showType(int row)
{
    m_shown = row;
    if (row >= 0 && row < m_types.size())
        m_editor->setType(m_types.at(row));
    updateTitle();
}

void RecallTypesDialog::updateTitle()
{
    m_title->setText(m_shown >= 0 && m_shown < m_types.size() ? m_types.at(m_shown).name : tr("New recall type"));
}

void RecallTypesDialog::newType()
{
    if (!leaveEdits())
        return;
    RecallType fresh;
    fresh.chain = recallrows::defaultChain();
    m_switching = true;
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_switching = false;
    m_shown = -1;
    m_editor->setType(fresh);
    m_message->clear();
    updateTitle();
    m_editor->nameEdit()->setFocus();
}

bool RecallTypesDialog::leaveEdits()
{
    if (!m_editor->isDirty())
        return true;
    const QString name = m_editor->type().name.isEmpty() ? tr("the new recall type") : m_editor->type().name;
    const auto answer = MessageBox::question(this, tr("Recall types"), tr("Save the changes to %1?").arg(name), {},
                                             tr("Save"), tr("Discard"));
    if (answer == QMessageBox::Yes)
        return save();
    m_editor->setDirty(false);
    return true;
}

bool RecallTypesDialog::save()
{
    if (!m_editor->isDirty() && m_shown >= 0)
        return true;
    auto saved = RecallService(m_clinic).saveType(m_editor->type());
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    m_editor->setDirty(false);
    load(saved->id);
    m_message->showMessage(InlineMessage::Kind::Success, tr("“%1” was saved.").arg(saved->name));
    return true;
}

void RecallTypesDialog::createFromAppointmentTypes()
{
    if (!leaveEdits())
        return;
    auto made = RecallService(m_clinic).createTypesFromAppointmentTypes();
    if (!made) {
        m_message->showError(made.error());
        return;
    }
    const QString keep = m_shown >= 0 && m_shown < m_types.size() ? m_types.at(m_shown).id : QString();
    load(keep);
    if (*made == 0)
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("Every recall text of the appointment types has a recall type already."));
    else
        m_message->showMessage(InlineMessage::Kind::Success,
                               *made == 1 ? tr("One recall type made from the appointment types. Check its "
                                               "interval and contact chain.")
                                          : tr("%n recall types made from the appointment types. Check their "
                                               "intervals and contact chains.",
                                               nullptr, *made));
}

void RecallTypesDialog::reject()
{
    if (!leaveEdits())
        return;
    QDialog::reject();
}

} // namespace rapport
