#include "recalls/CallOutcomeDialog.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "messaging/CallList.h"
#include "recalls/RecallText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

CallOutcomeDialog::CallOutcomeDialog(const QString& who, const QString& phone, QWidget* parent)
    : QDialog(parent)
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("callOutcomeDialog"));
    setWindowTitle(tr("Record a call"));
    setModal(true);
    setMinimumWidth(500);
    auto* intro = new QLabel(who, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QFont bold = intro->font();
    bold.setWeight(QFont::DemiBold);
    intro->setFont(bold);
    auto* number = new QLabel(phone.isEmpty() ? tr("No phone number on record") : phone, this);
    number->setObjectName(QStringLiteral("callOutcomePhone"));
    number->setTextFormat(Qt::PlainText);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::setRole(number, "hint");

    m_note->setObjectName(QStringLiteral("callOutcomeNote"));
    m_note->setMaxLength(2000);
    m_note->setPlaceholderText(tr("Note, optional (Ctrl+N)"));
    m_note->setAccessibleName(tr("Note about the call"));
    m_note->setClearButtonEnabled(true);
    auto* noteAction = new QAction(this);
    noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(noteAction, &QAction::triggered, m_note, [this] { m_note->setFocus(Qt::ShortcutFocusReason); });
    addAction(noteAction);

    auto* hint = new QLabel(tr("Press the letter of the outcome, or click it."), this);
    Style::setRole(hint, "hint");
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    const QList<CallOutcome> outcomes = RecallText::outcomes();
    for (int i = 0; i < outcomes.size(); ++i) {
        const CallOutcome o = outcomes.at(i);
        auto* button = new QPushButton(Icons::icon(RecallText::outcomeIcon(o)),
                                       tr("%1   %2").arg(RecallText::outcomeKeyText(o), CallList::outcomeName(o)), this);
        button->setObjectName(QStringLiteral("callOutcome_") + CallList::outcomeKey(o));
        button->setAutoDefault(false);
        button->setToolTip(o == CallOutcome::Booked ? tr("Find a free slot and book the patient")
                                                    : tr("Record: %1").arg(RecallText::outcomeWords(o)));
        button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
        connect(button, &QPushButton::clicked, this, [this, o] { choose(o); });
        grid->addWidget(button, i / 3, i % 3);
        m_buttons.insert(int(o), button);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(number);
    layout->addSpacing(4);
    layout->addWidget(m_note);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    m_buttons.value(int(CallOutcome::Reached))->setFocus();
    Style::growToFit(this);
}

QString CallOutcomeDialog::note() const
{
    return m_note->text().trimmed();
}

void CallOutcomeDialog::choose(CallOutcome outcome)
{
    m_outcome = outcome;
    accept();
}

void CallOutcomeDialog::keyPressEvent(QKeyEvent* event)
{
    // Letters are the note's while it has the keyboard; Enter there goes on to the outcomes.
    if (m_note->hasFocus()) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            m_buttons.value(int(CallOutcome::Reached))->setFocus();
            return;
        }
        QDialog::keyPressEvent(event);
        return;
    }
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::ShiftModifier)
        if (const auto o = RecallText::outcomeForKey(event->key())) {
            choose(*o);
            return;
        }
    QDialog::keyPressEvent(event);
}

} // namespace rapport
