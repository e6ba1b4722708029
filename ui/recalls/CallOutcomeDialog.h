#pragma once

#include "messaging/Messaging.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QPushButton;

namespace rapport {

// "Record a call…" from the Recalls page: how the call went, in one keystroke (R, M, N,
// W, D, B) or a click, with an optional note (Ctrl+N).
class CallOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // who: the patient and the recall; phone: the number to dial, formatted.
    CallOutcomeDialog(const QString& who, const QString& phone, QWidget* parent = nullptr);

    [[nodiscard]] CallOutcome outcome() const { return m_outcome; }
    [[nodiscard]] QString note() const;
    [[nodiscard]] QPushButton* outcomeButton(CallOutcome outcome) const { return m_buttons.value(int(outcome)); }
    [[nodiscard]] QLineEdit* noteEdit() const { return m_note; }

public Q_SLOTS:
    void choose(CallOutcome outcome);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    CallOutcome m_outcome = CallOutcome::Reached;
    QHash<int, QPushButton*> m_buttons;
    QLineEdit* m_note;
};

} // namespace rapport
