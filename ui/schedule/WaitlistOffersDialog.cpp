#include "schedule/WaitlistOffersDialog.h"

#include "common/InlineMessage.h"
#include "common/Style.h"
#include "schedule/ScheduleText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

WaitlistOffersDialog::WaitlistOffersDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("waitlistOffersDialog"));
    setWindowTitle(tr("Offer the freed time"));
    setModal(false);
    setMinimumSize(640, 320);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("waitlistOffersList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Patient"), tr("Phone"), tr("Proposed time"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("waitlistOffersMessage"));

    auto* buttons = new QDialogButtonBox(this);
    m_book = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("waitlistOfferBookButton"));
    m_book->setToolTip(tr("Book the chosen patient into this time (Enter)"));
    Style::makePrimary(m_book);
    m_book->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Not now"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &WaitlistOffersDialog::bookCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_list, &QTreeWidget::itemActivated, this, &WaitlistOffersDialog::bookCurrent);
}

void WaitlistOffersDialog::setOffers(const QList<WaitlistOffer>& offers, const WorkingCalendar& calendar)
{
    m_offers = offers;
    m_message->clear();
    m_list->clear();
    m_intro->setText(offers.size() == 1
                         ? tr("Time has been freed. One patient on the waitlist can take it:")
                         : tr("Time has been freed. %n patients on the waitlist can take it, best match first:",
                              nullptr, int(offers.size())));
    for (const WaitlistOffer& o : offers) {
        const qint64 start = o.slot.start.toMSecsSinceEpoch();
        const int minute = calendar.localMinute(start);
        const int length = int(o.slot.start.secsTo(o.slot.end) / 60);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, o.patientName);
        item->setText(1, o.patientPhone.isEmpty() ? tr("No phone") : o.patientPhone);
        item->setText(2, tr("%1, %2").arg(QLocale().toString(calendar.localDate(start), QLocale::ShortFormat),
                                          ScheduleText::minutes(minute, minute + length)));
        item->setText(3, o.reasons.join(QStringLiteral(", ")));
        item->setToolTip(3, o.reasons.join(QLatin1Char('\n')));
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
}

void WaitlistOffersDialog::showError(const Error& error)
{
    m_message->showError(error);
}

void WaitlistOffersDialog::bookCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_offers.size())
        return;
    Q_EMIT bookRequested(m_offers.at(row));
}

} // namespace rapport
