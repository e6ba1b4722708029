#pragma once

#include "scheduling/Waitlist.h"
#include "scheduling/WorkingCalendar.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport {

struct Error;
class InlineMessage;

// Time was freed (a cancellation or a move): the waitlist entries that fit, best first,
// with phone, the proposed time and why each fits. "Book" books the chosen one in one
// step. It does not block the book: the receptionist can call while looking at it.
class WaitlistOffersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WaitlistOffersDialog(QWidget* parent = nullptr);

    void setOffers(const QList<WaitlistOffer>& offers, const WorkingCalendar& calendar);
    void showError(const Error& error);
    [[nodiscard]] const QList<WaitlistOffer>& offers() const { return m_offers; }
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* bookButton() const { return m_book; }

Q_SIGNALS:
    void bookRequested(const rapport::WaitlistOffer& offer);

private:
    void bookCurrent();

    QList<WaitlistOffer> m_offers;
    QLabel* m_intro;
    QTreeWidget* m_list;
    InlineMessage* m_message;
    QPushButton* m_book;
};

} // namespace rapport
