// The Messages page's actions: retry, cancel, open the patient, send now, print the
// letters, and the background sending's progress.
#include "messages/MessagesPage.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "messages/DispatchRunner.h"
#include "messages/LetterBatch.h"
#include "messages/MessageText.h"
#include "messages/OutboxTableModel.h"
#include "messaging/CallList.h"
#include "messaging/Outbox.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>

namespace rapport {

namespace {
QString problemText(const QStringList& problems)
{
    return problems.size() == 1 ? problems.constFirst() : QStringLiteral("• ") + problems.join(QStringLiteral("\n• "));
}
} // namespace

void MessagesPage::retrySelected()
{
    if (!canSend())
        return;
    QStringList ids;
    bool interrupted = false;
    for (const OutboxRow* r : selectedRows()) {
        const OutboxStatus s = r->message.status;
        if (s == OutboxStatus::Failed || s == OutboxStatus::Skipped || s == OutboxStatus::Interrupted ||
            s == OutboxStatus::Cancelled) {
            ids << r->message.id;
            interrupted = interrupted || s == OutboxStatus::Interrupted;
        }
    }
    if (ids.isEmpty())
        return;
    // An interrupted message may have arrived: the patient would get it twice.
    if (interrupted &&
        MessageBox::question(this, tr("Send again"), tr("Send an interrupted message again?"),
                             tr("Rapport stopped while it was being sent, so the patient may already have it. "
                                "Send it again only when you know it did not arrive."),
                             tr("Send again"), tr("Keep as it is")) != QMessageBox::Yes)
        return;
    int done = 0;
    Outbox outbox(*m_clinic);
    for (const QString& id : std::as_const(ids)) {
        if (Status s = outbox.retry(id); !s) {
            refresh();
            m_message->showError(s.error());
            return;
        }
        ++done;
    }
    refresh();
    selectIds(ids);
    const QString text = m_runner && m_runner->isActive()
                             ? tr("%n messages will be sent again, now.", nullptr, done)
                             : tr("%n messages will be sent again with the next sending run.", nullptr, done);
    m_message->showMessage(InlineMessage::Kind::Success, text);
    Q_EMIT statusMessage(text);
    if (m_runner && m_runner->isActive() && !m_runner->isRunning())
        m_runner->runNow();
}

void MessagesPage::cancelSelected()
{
    if (!canSend())
        return;
    QStringList ids;
    for (const OutboxRow* r : selectedRows())
        if (r->message.status == OutboxStatus::Pending)
            ids << r->message.id;
    if (ids.isEmpty())
        return;
    if (MessageBox::question(this, tr("Cancel messages"), tr("Cancel %n waiting messages?", nullptr, int(ids.size())),
                             tr("They will not be sent. You can still send them later with Retry."),
                             tr("Cancel messages"), tr("Keep them"), true) != QMessageBox::Yes)
        return;
    int done = 0;
    Outbox outbox(*m_clinic);
    for (const QString& id : std::as_const(ids)) {
        if (Status s = outbox.cancel(id, tr("Cancelled on the Messages page")); !s) {
            refresh();
            m_message->showError(s.error());
            return;
        }
        ++done;
    }
    refresh();
    selectIds(ids);
    const QString text = tr("%n messages cancelled.", nullptr, done);
    m_message->showMessage(InlineMessage::Kind::Success, text);
    Q_EMIT statusMessage(text);
}

void MessagesPage::openSelectedPatient()
{
    const QList<const OutboxRow*> rows = selectedRows();
    if (!m_clinic || rows.size() != 1 || rows.constFirst()->message.patientId.isEmpty())
        return;
    Q_EMIT openPatient(rows.constFirst()->message.patientId);
}

void MessagesPage::sendNow()
{
    if (!canSend() || !m_runner || !m_runner->isActive() || m_runner->isRunning())
        return;
    m_sendNowPending = true;
    m_runMessage->clear();
    m_runner->runNow();
}

void MessagesPage::printLetters()
{
    if (!m_clinic)
        return;
    const int marked = LetterBatch::printDialog(this, *m_clinic, selectedLetterIds());
    refresh();
    if (marked > 0) {
        const QString text = tr("%n letters printed and marked as sent.", nullptr, marked);
        m_message->showMessage(InlineMessage::Kind::Success, text);
        Q_EMIT statusMessage(text);
    }
}

void MessagesPage::saveLettersAsPdf()
{
    if (!m_clinic)
        return;
    const QStringList chosen = selectedLetterIds();
    const int count = chosen.isEmpty() ? m_letterCount : int(chosen.size());
    const QString path = LetterBatch::savePdf(this, *m_clinic, chosen);
    refresh();
    if (!path.isEmpty()) {
        const QString text = tr("%n letters saved to %1 and marked as sent. Print that file to post them.", nullptr,
                                count)
                                 .arg(QDir::toNativeSeparators(path));
        m_message->showMessage(InlineMessage::Kind::Success, text);
        Q_EMIT statusMessage(tr("Letters saved as PDF."));
    }
}

void MessagesPage::updateLettersButton()
{
    const qsizetype chosen = selectedLetterIds().size();
    m_letters->setText(chosen > 0 ? tr("Print %n chosen letters…", nullptr, int(chosen))
                                  : tr("Print letters (%1)…").arg(QLocale().toString(m_letterCount)));
    m_letters->setToolTip(m_letterCount > 0 ? tr("Letters and postcards waiting, as one batch: print them, or save "
                                                 "them as a PDF. Choose rows in the list to print only those.")
                                            : tr("No letters are waiting to be printed"));
}

QStringList MessagesPage::selectedLetterIds() const
{
    QStringList ids;
    for (const OutboxRow* r : selectedRows())
        if (r->message.channel == ContactChannel::Letter && r->message.status == OutboxStatus::Pending)
            ids << r->message.id;
    return ids;
}

void MessagesPage::updateLetters()
{
    m_letterCount = 0;
    const bool can = m_clinic && m_clinic->isOpen() && m_clinic->session().can(Permission::WorkRecalls);
    m_letters->setVisible(can);
    if (can) {
        if (auto letters = CallList(*m_clinic).pendingLetters())
            m_letterCount = int(letters->size());
    }
    m_letters->setEnabled(m_letterCount > 0);
}

void MessagesPage::setDispatchRunner(DispatchRunner* runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (runner) {
        connect(runner, &DispatchRunner::started, this, [this] {
            m_runProblems.clear();
            updateRunner();
        });
        connect(runner, &DispatchRunner::progress, this, &MessagesPage::updateRunner);
        // Problems show as they come, so a long run does not hide them until its end.
        connect(runner, &DispatchRunner::problem, this, [this](const QString& text) {
            if (!m_clinic)
                return;
            m_runProblems << text;
            m_runMessage->showMessage(InlineMessage::Kind::Warning, problemText(m_runProblems));
        });
        connect(runner, &DispatchRunner::finished, this, &MessagesPage::runFinished);
        connect(runner, &QObject::destroyed, this, [this] { updateRunner(); });
    }
    updateRunner();
}

void MessagesPage::updateRunner()
{
    const bool running = m_clinic && m_runner && m_runner->isRunning();
    m_progressRow->setVisible(running);
    if (running) {
        const int total = m_runner->total();
        const int done = m_runner->done();
        if (total == 0) {
            m_progress->setRange(0, 0);
            m_progressText->setText(tr("Looking for messages to send…"));
        } else {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progressText->setText(tr("Sending %1 of %2…").arg(QLocale().toString(qMin(done + 1, total)),
                                                              QLocale().toString(total)));
        }
    }
    if (m_clinic && m_runner && m_runner->hasRun()) {
        const QTimeZone zone = SettingsService(*m_clinic).timeZone();
        m_lastRun->setText(tr("Last sending run %1: %2")
                               .arg(MessageText::dateTime(m_runner->lastRunAt(), zone),
                                    MessageText::report(m_runner->lastReport())));
    } else if (m_clinic && m_runner && m_runner->isActive()) {
        m_lastRun->setText(tr("Messages are sent in the background every two minutes while Rapport is open."));
    } else {
        m_lastRun->clear();
    }
    updateActions();
}

void MessagesPage::runFinished(const DispatchReport& report)
{
    if (!m_clinic || !m_runner)
        return;
    const QStringList problems = m_runner->lastProblems();
    const QString summary = MessageText::report(report);
    if (!problems.isEmpty()) {
        m_runMessage->showMessage(InlineMessage::Kind::Warning,
                                  tr("%1\n%2").arg(summary, problemText(problems)));
    } else if (m_sendNowPending) {
        m_runMessage->showMessage(report.failed > 0  ? InlineMessage::Kind::Warning
                                  : report.sent > 0 ? InlineMessage::Kind::Success
                                                    : InlineMessage::Kind::Info,
                                  tr("Sending finished: %1").arg(summary));
    } else if (m_runMessage->kind() == InlineMessage::Kind::Warning) {
        // The problems of an earlier run are gone.
        m_runMessage->clear();
    }
    m_sendNowPending = false;
    refresh();
    updateRunner();
}

void MessagesPage::showContextMenu(const QPoint& pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QPushButton* b : {m_openPatient, m_retry, m_cancel}) {
        QAction* a = menu.addAction(b->icon(), b->text());
        a->setEnabled(b->isEnabled());
        connect(a, &QAction::triggered, b, &QPushButton::click);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MessagesPage::retranslateUi()
{
    m_periodLabel->setText(tr("&Period"));
    m_toLabel->setText(tr("to"));
    m_statusLabel->setText(tr("&Status"));
    m_channelLabel->setText(tr("C&hannel"));
    m_kindLabel->setText(tr("&Kind"));
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_status->setAccessibleName(tr("Status"));
    m_channel->setAccessibleName(tr("Channel"));
    m_kind->setAccessibleName(tr("Kind"));
    m_clear->setText(tr("Clear filters"));
    m_refresh->setText(tr("Refresh"));
    m_lettersMenu->actions().at(0)->setText(tr("Print…"));
    m_lettersMenu->actions().at(1)->setText(tr("Save as PDF…"));
    m_sendNow->setText(tr("Send now"));
    m_sendNow->setToolTip(tr("Send what is due now instead of waiting for the next background run"));
    m_openPatient->setText(tr("Open patient"));
    m_cancel->setText(tr("Cancel message"));
    m_cancel->setToolTip(tr("Withdraw the selected waiting messages"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Send the selected failed, skipped, interrupted or cancelled messages again"));
    m_table->setAccessibleName(tr("Messages"));
    // Room for the header's own words: numbers are narrow, "Attempts" is not.
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    m_table->setColumnWidth(OutboxTableModel::AttemptsColumn,
                            header.horizontalAdvance(m_model->headerData(OutboxTableModel::AttemptsColumn,
                                                                         Qt::Horizontal).toString()) + 32);
    fillCombos();
    updatePeriodFields();
    m_model->retranslate();
    updateSummary();
}

void MessagesPage::updateSummary()
{
    setHeading(tr("Messages"),
               m_clinic && !m_countsText.isEmpty()
                   ? m_countsText
                   : tr("Reminders and recall messages: what is waiting, what was sent, and what needs attention."));
    updateLettersButton();
    if (!m_clinic) {
        m_count->clear();
    } else {
        const int rows = m_model->rowCount();
        const QLocale locale;
        if (rows == 0)
            m_count->setText(tr("No messages match these filters."));
        else if (rows >= RowLimit)
            m_count->setText(tr("Showing the first %1 messages; narrow the filters to see the others.")
                                 .arg(locale.toString(rows)));
        else
            m_count->setText(rows == 1 ? tr("One message") : tr("%1 messages").arg(locale.toString(rows)));
    }
    updateRunner();
}

} // namespace rapport
