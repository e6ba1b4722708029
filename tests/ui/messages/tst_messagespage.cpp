// The Messages page: the outbox with statuses and filters, retry and cancel, the letters
// printed into one PDF (and marked sent), and the background sending showing a problem
// without losing a message when no channel is set up.
#include "MessagingUiTest.h"
#include "common/InlineMessage.h"
#include "messages/DispatchRunner.h"
#include "messages/LetterBatch.h"
#include "messages/MessageText.h"
#include "messages/MessagesPage.h"
#include "messages/OutboxTableModel.h"
#include "messaging/CallList.h"
#include "messaging/Dispatcher.h"
#include "patients/TimelineModel.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace rapport;
using namespace rapport::test;

namespace {
const QDate Today(2026, 1, 5);

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(10000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0xa0), QLatin1Char(' '));
}

QStringList column(const MessagesPage& page, int column)
{
    QStringList out;
    OutboxTableModel* model = page.model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

struct Outboxes
{
    Patient jo, sam, lee, ann, bob, cat;
    QString joSent, samFailed, leePending, annSkipped, bobLastWeek, catNextWeek;
};

Outboxes makeOutbox(Clinic& clinic)
{
    Outboxes o;
    o.jo = createPatient(clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh")));
    o.sam = createPatient(clinic, patient(QStringLiteral("Sam"), QStringLiteral("Okafor")));
    o.lee = createPatient(clinic, patient(QStringLiteral("Lee"), QStringLiteral("Park")));
    o.ann = createPatient(clinic, patient(QStringLiteral("Ann"), QStringLiteral("Berg")));
    o.bob = createPatient(clinic, patient(QStringLiteral("Bob"), QStringLiteral("Marsh")));
    o.cat = createPatient(clinic, patient(QStringLiteral("Cat"), QStringLiteral("Nolan")));
    o.joSent = outboxRow(clinic, o.jo, MessageKind::Reminder, ContactChannel::Email, londonTime(Today, QTime(8, 0)),
                         OutboxStatus::Sent);
    o.samFailed = outboxRow(clinic, o.sam, MessageKind::Reminder, ContactChannel::Sms, londonTime(Today, QTime(8, 30)),
                            OutboxStatus::Failed, QStringLiteral("Invalid 'To' phone number (21211)"));
    o.leePending = outboxRow(clinic, o.lee, MessageKind::Recall, ContactChannel::Email,
                             londonTime(Today, QTime(16, 0)), OutboxStatus::Pending);
    o.annSkipped = outboxRow(clinic, o.ann, MessageKind::Reminder, ContactChannel::Sms, londonTime(Today, QTime(7, 0)),
                             OutboxStatus::Skipped, {}, SkipReason::NoConsent);
    o.bobLastWeek = outboxRow(clinic, o.bob, MessageKind::Reminder, ContactChannel::Email,
                              londonTime(Today.addDays(-2), QTime(9, 0)), OutboxStatus::Sent);
    o.catNextWeek = outboxRow(clinic, o.cat, MessageKind::Recall, ContactChannel::Sms,
                              londonTime(Today.addDays(3), QTime(9, 0)), OutboxStatus::Pending);
    return o;
}

void selectRowOf(MessagesPage& page, const QString& id)
{
    page.selectIds({id});
}
} // namespace

class TestMessagesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void showsTheOutboxWithFilters();
    void retryAndCancel();
    void lettersSavedAsPdfAreMarkedSent();
    void onlyTheChosenLettersGoInTheBatch();
    void noChannelSetUpShowsTheProblemAndKeepsTheMessage();
    void lockingMidRunLeavesEveryMessageAccountedFor();
    void timelineShowsMessagesAndCallsWithTheirIcons();
};

void TestMessagesPage::showsTheOutboxWithFilters()
{
    TestClinic tc;
    const Outboxes o = makeOutbox(*tc.clinic);
    MessagesPage page;
    page.setClinic(tc.clinic.get());
    page.show();

    // Today, newest planned first: each status in words, a skip with its reason, a failure
    // with the gateway's.
    QCOMPARE(column(page, OutboxTableModel::PatientColumn),
             (QStringList{QStringLiteral("Lee Park"), QStringLiteral("Sam Okafor"), QStringLiteral("Jo Walsh"),
                          QStringLiteral("Ann Berg")}));
    const QStringList statuses = column(page, OutboxTableModel::StatusColumn);
    QCOMPARE(statuses.at(0), QStringLiteral("Waiting"));
    QCOMPARE(statuses.at(1), QStringLiteral("Failed: Invalid 'To' phone number (21211)"));
    QCOMPARE(statuses.at(2), QStringLiteral("Sent"));
    QCOMPARE(statuses.at(3), QStringLiteral("Skipped: No consent for this channel and purpose"));
    QCOMPARE(column(page, OutboxTableModel::ChannelColumn).at(1), QStringLiteral("SMS"));
    QCOMPARE(column(page, OutboxTableModel::KindColumn).at(0), QStringLiteral("Recall"));
    QCOMPARE(column(page, OutboxTableModel::PlannedColumn).at(2), QStringLiteral("05/01/2026 08:00"));
    QCOMPARE(column(page, OutboxTableModel::SentColumn).at(2), QStringLiteral("05/01/2026 08:01"));
    QVERIFY(!page.model()->index(1, OutboxTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
    // The counts of the period in the heading.
    QCOMPARE(child<QLabel>(&page, "pageSubtitle")->text(), QStringLiteral("1 waiting · 1 sent · 1 failed · 1 skipped"));

    auto* status = child<QComboBox>(&page, "messagesStatusCombo");
    status->setCurrentIndex(status->findText(QStringLiteral("Needs attention")));
    QCOMPARE(column(page, OutboxTableModel::PatientColumn), QStringList{QStringLiteral("Sam Okafor")});
    status->setCurrentIndex(0);

    auto* channel = child<QComboBox>(&page, "messagesChannelCombo");
    channel->setCurrentIndex(channel->findText(QStringLiteral("SMS")));
    QCOMPARE(column(page, OutboxTableModel::PatientColumn),
             (QStringList{QStringLiteral("Sam Okafor"), QStringLiteral("Ann Berg")}));
    channel->setCurrentIndex(0);

    auto* kind = child<QComboBox>(&page, "messagesKindCombo");
    kind->setCurrentIndex(kind->findText(QStringLiteral("Recall")));
    QCOMPARE(column(page, OutboxTableModel::PatientColumn), QStringList{QStringLiteral("Lee Park")});
    kind->setCurrentIndex(0);

    auto* period = child<QComboBox>(&page, "messagesPeriodCombo");
    period->setCurrentIndex(period->findText(QStringLiteral("Next 7 days")));
    // What is to come, soonest first.
    QCOMPARE(column(page, OutboxTableModel::PatientColumn).constLast(), QStringLiteral("Cat Nolan"));
    QVERIFY(!column(page, OutboxTableModel::PatientColumn).contains(QStringLiteral("Bob Marsh")));
    period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
    QVERIFY(column(page, OutboxTableModel::PatientColumn).contains(QStringLiteral("Bob Marsh")));
    QVERIFY(!column(page, OutboxTableModel::PatientColumn).contains(QStringLiteral("Cat Nolan")));
    QCOMPARE(child<QLabel>(&page, "pageSubtitle")->text(), QStringLiteral("1 waiting · 2 sent · 1 failed · 1 skipped"));

    // Open patient hands the patient to the window.
    QSignalSpy open(&page, &MessagesPage::openPatient);
    selectRowOf(page, o.bobLastWeek);
    click(child<QPushButton>(&page, "messagesOpenPatientButton"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toString(), o.bob.id);

    // Locked: nothing of the clinic stays on the page.
    page.setClinic(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestMessagesPage::retryAndCancel()
{
    TestClinic tc;
    const Outboxes o = makeOutbox(*tc.clinic);
    MessagesPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    auto* retry = child<QPushButton>(&page, "messagesRetryButton");
    auto* cancel = child<QPushButton>(&page, "messagesCancelButton");

    // A sent message can be neither retried nor cancelled.
    selectRowOf(page, o.joSent);
    QVERIFY(!retry->isEnabled());
    QVERIFY(!cancel->isEnabled());

    selectRowOf(page, o.samFailed);
    QVERIFY(!cancel->isEnabled());
    click(retry);
    QCOMPARE(statusOf(*tc.clinic, o.samFailed), OutboxStatus::Pending);
    QCOMPARE(page.model()->index(page.model()->rowOf(o.samFailed), OutboxTableModel::StatusColumn).data().toString(),
             QStringLiteral("Waiting"));
    QCOMPARE(child<InlineMessage>(&page, "messagesMessage")->kind(), InlineMessage::Kind::Success);

    // Cancelling asks first; "keep them" keeps them.
    selectRowOf(page, o.leePending);
    QVERIFY(!retry->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    click(cancel);
    QCOMPARE(statusOf(*tc.clinic, o.leePending), OutboxStatus::Pending);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(cancel);
    QCOMPARE(statusOf(*tc.clinic, o.leePending), OutboxStatus::Cancelled);
    // ...and a cancelled one can be sent again after all.
    QVERIFY(retry->isEnabled());
    click(retry);
    QCOMPARE(statusOf(*tc.clinic, o.leePending), OutboxStatus::Pending);

    // Skipped ones too, several at once.
    page.selectIds({o.annSkipped, o.joSent});
    QVERIFY(retry->isEnabled());
    click(retry);
    QCOMPARE(statusOf(*tc.clinic, o.annSkipped), OutboxStatus::Pending);
    QCOMPARE(statusOf(*tc.clinic, o.joSent), OutboxStatus::Sent);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestMessagesPage::lettersSavedAsPdfAreMarkedSent()
{
    TestClinic tc(QStringLiteral("Quay Street Dental"));
    SettingsService settings(*tc.clinic);
    QVERIFY(settings.set(QStringLiteral("clinic.address"), QStringLiteral("12 Quay Street\nBristol BS1 4DJ")));
    QVERIFY(settings.set(QStringLiteral("clinic.phone"), QStringLiteral("0117 496 0000")));
    const Provider hana = addProvider(*tc.clinic, QStringLiteral("Hana Patel"));
    const AppointmentType checkUp = addType(*tc.clinic, QStringLiteral("Check-up"));
    addRule(*tc.clinic, QStringLiteral("2 days before by letter"), 2 * 24 * 60, {ContactChannel::Letter});
    Patient p = patient(QStringLiteral("Margaret"), QStringLiteral("Holloway"), QDate(1951, 3, 2));
    p.address.line1 = QStringLiteral("7 Orchard Lane");
    p.address.city = QStringLiteral("Bath");
    p.address.postcode = QStringLiteral("BA1 2QT");
    p.address.country = QStringLiteral("GB");
    p.preferredChannel = ContactChannel::Letter;
    const Patient margaret = createPatient(*tc.clinic, p);
    grant(*tc.clinic, margaret, ContactChannel::Letter);
    book(*tc.clinic, margaret, hana, checkUp, londonTime(Today.addDays(2), QTime(10, 0)));
    tc.clock.advanceSecs(2 * 3600); // the letter's time has come

    auto letters = CallList(*tc.clinic).pendingLetters();
    QVERIFY2(letters, letters ? "" : qPrintable(letters.error().text()));
    QCOMPARE(letters->size(), 1);
    const QString outboxId = letters->constFirst().outboxId;

    MessagesPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    auto* button = child<QPushButton>(&page, "messagesLettersButton");
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Print letters (1)…"));

    // Cancelled: nothing written, nothing marked.
    FileDialog::setNextAnswer(QString());
    page.saveLettersAsPdf();
    QCOMPARE(statusOf(*tc.clinic, outboxId), OutboxStatus::Pending);

    const QString path = tc.dir.filePath(QStringLiteral("letters"));
    FileDialog::setNextAnswer(path);
    page.saveLettersAsPdf();
    QVERIFY(readAll(path + QStringLiteral(".pdf")).startsWith("%PDF-"));
    const QString text = pdfText(path + QStringLiteral(".pdf"));
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing, or the PDF has no text");
    // The patient's address in the window, the clinic's at the top, the letter itself.
    QVERIFY2(text.contains(QStringLiteral("Margaret Holloway")) || text.contains(QStringLiteral("Holloway")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("7 Orchard Lane")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("BA1 2QT")));
    QVERIFY(text.contains(QStringLiteral("Quay Street Dental")));
    QVERIFY(text.contains(QStringLiteral("0117 496 0000")));
    QVERIFY(text.contains(QStringLiteral("Hana Patel")));
    const QString subject = letters->constFirst().subject;
    QVERIFY(!subject.isEmpty());
    QVERIFY2(text.simplified().contains(subject.simplified()), qPrintable(subject));
    // Exactly the printed row is now sent, and nothing more is waiting.
    QCOMPARE(statusOf(*tc.clinic, outboxId), OutboxStatus::Sent);
    QCOMPARE(CallList(*tc.clinic).pendingLetters()->size(), 0);
    QCOMPARE(button->text(), QStringLiteral("Print letters (0)…"));
    QVERIFY(!button->isEnabled());
}

void TestMessagesPage::onlyTheChosenLettersGoInTheBatch()
{
    TestClinic tc;
    const Provider hana = addProvider(*tc.clinic, QStringLiteral("Hana Patel"));
    const AppointmentType checkUp = addType(*tc.clinic, QStringLiteral("Check-up"));
    addRule(*tc.clinic, QStringLiteral("2 days before by letter"), 2 * 24 * 60, {ContactChannel::Letter});
    QStringList ids;
    for (const auto& [given, street, hour] : {std::tuple(QStringLiteral("Margaret"), QStringLiteral("7 Orchard Lane"), 10),
                                              std::tuple(QStringLiteral("Tom"), QStringLiteral("9 Mill Road"), 11)}) {
        Patient p = patient(given, QStringLiteral("Holloway"), QDate(1951, 3, 2));
        p.address.line1 = street;
        p.address.city = QStringLiteral("Bath");
        p.address.postcode = QStringLiteral("BA1 2QT");
        p.preferredChannel = ContactChannel::Letter;
        const Patient made = createPatient(*tc.clinic, p);
        grant(*tc.clinic, made, ContactChannel::Letter);
        book(*tc.clinic, made, hana, checkUp, londonTime(Today.addDays(2), QTime(hour, 0)));
    }
    tc.clock.advanceSecs(4 * 3600);
    auto letters = CallList(*tc.clinic).pendingLetters();
    QVERIFY2(letters, letters ? "" : qPrintable(letters.error().text()));
    QCOMPARE(letters->size(), 2);
    for (const LetterEntry& l : *letters)
        ids << l.outboxId;

    MessagesPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    page.setPeriod(MessagesPage::Period::AnyTime);
    auto* button = child<QPushButton>(&page, "messagesLettersButton");
    QCOMPARE(button->text(), QStringLiteral("Print letters (2)…"));
    // One row chosen: the batch is that letter only.
    page.selectIds({ids.at(1)});
    QVERIFY2(button->text().contains(QStringLiteral("chosen")), qPrintable(button->text()));
    const QString path = tc.dir.filePath(QStringLiteral("one-letter.pdf"));
    FileDialog::setNextAnswer(path);
    page.saveLettersAsPdf();
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing, or the PDF has no text");
    QCOMPARE(statusOf(*tc.clinic, ids.at(1)), OutboxStatus::Sent);
    QCOMPARE(statusOf(*tc.clinic, ids.at(0)), OutboxStatus::Pending);
    // The chosen patient's street is in the PDF, the other's is not.
    QVERIFY(text.contains(letters->at(1).addressLines.constFirst()));
    QVERIFY(!text.contains(letters->at(0).addressLines.constFirst()));
    QCOMPARE(CallList(*tc.clinic).pendingLetters()->size(), 1);
}

void TestMessagesPage::noChannelSetUpShowsTheProblemAndKeepsTheMessage()
{
    TestClinic tc;
    const Provider hana = addProvider(*tc.clinic, QStringLiteral("Hana Patel"));
    const AppointmentType checkUp = addType(*tc.clinic, QStringLiteral("Check-up"));
    addRule(*tc.clinic, QStringLiteral("2 days before by e-mail"), 2 * 24 * 60, {ContactChannel::Email});
    const Patient jo = createPatient(*tc.clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh"),
                                                        QDate(1980, 5, 17), {}, QStringLiteral("jo@example.com")));
    grant(*tc.clinic, jo, ContactChannel::Email);
    book(*tc.clinic, jo, hana, checkUp, londonTime(Today.addDays(2), QTime(10, 0)));
    tc.clock.advanceSecs(2 * 3600);

    MessagesPage page;
    DispatchRunner runner;
    runner.setIntervals(60 * 60 * 1000, 60 * 60 * 1000); // only when asked, in this test
    runner.start(tc.clinic.get());
    page.setDispatchRunner(&runner);
    page.setClinic(tc.clinic.get());
    page.show();
    auto* sendNow = child<QPushButton>(&page, "messagesSendNowButton");
    QVERIFY(sendNow->isVisible());

    QSignalSpy finished(&runner, &DispatchRunner::finished);
    QSignalSpy problems(&runner, &DispatchRunner::problem);
    click(sendNow);
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(!runner.isRunning());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().constFirst().toString().startsWith(QStringLiteral("E-mail is not set up")),
             qPrintable(problems.constFirst().constFirst().toString()));
    auto* message = child<InlineMessage>(&page, "messagesRunMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), InlineMessage::Kind::Warning);
    QVERIFY(message->text().contains(QStringLiteral("E-mail is not set up")));
    QVERIFY(!child<QWidget>(&page, "messagesProgressRow")->isVisible());
    QVERIFY(child<QLabel>(&page, "messagesLastRunLabel")->text().startsWith(QStringLiteral("Last sending run")));

    // Nothing lost: the reminder waits for the mail server.
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->row(0)->message.status, OutboxStatus::Pending);
    QCOMPARE(page.model()->row(0)->message.attempts, 0);

    // Locking stops the runner and clears the page.
    runner.setClinic(nullptr);
    page.setClinic(nullptr);
    QVERIFY(!runner.isActive());
    QVERIFY(!message->isVisible());
}

void TestMessagesPage::lockingMidRunLeavesEveryMessageAccountedFor()
{
    TestClinic tc;
    SettingsService settings(*tc.clinic);
    // A mail server that refuses connections: each attempt ends at once in "try again".
    QVERIFY(settings.set(QStringLiteral("messaging.smtp.host"), QStringLiteral("127.0.0.1")));
    QVERIFY(settings.set(QStringLiteral("messaging.smtp.port"), QStringLiteral("9")));
    QVERIFY(settings.set(QStringLiteral("messaging.smtp.security"), QStringLiteral("none")));
    QVERIFY(settings.set(QStringLiteral("messaging.smtp.from"), QStringLiteral("reception@example.com")));
    const Provider hana = addProvider(*tc.clinic, QStringLiteral("Hana Patel"));
    const AppointmentType checkUp = addType(*tc.clinic, QStringLiteral("Check-up"));
    addRule(*tc.clinic, QStringLiteral("2 days before by e-mail"), 2 * 24 * 60, {ContactChannel::Email});
    for (int i = 0; i < 3; ++i) {
        const Patient p = createPatient(*tc.clinic, patient(QStringLiteral("Pat%1").arg(QChar(u'A' + i)),
                                                            QStringLiteral("Jones"), QDate(1980, 5, 17), {},
                                                            QStringLiteral("pat%1@example.com").arg(i)));
        grant(*tc.clinic, p, ContactChannel::Email);
        book(*tc.clinic, p, hana, checkUp, londonTime(Today.addDays(2), QTime(10 + i, 0)));
    }
    tc.clock.advanceSecs(4 * 3600); // 13:00: all three are due

    auto statuses = [&] {
        QMap<OutboxStatus, int> out;
        for (const OutboxRow& r : Outbox(*tc.clinic).list({}).value_or(QList<OutboxRow>()))
            out[r.message.status] += 1;
        return out;
    };
    {
        DispatchRunner runner;
        runner.setIntervals(60 * 60 * 1000, 60 * 60 * 1000);
        runner.start(tc.clinic.get());
        QSignalSpy finished(&runner, &DispatchRunner::finished);
        runner.runNow();
        // The first message is with the worker, the others wait their turn; the window
        // locks before the worker's answer is back.
        QVERIFY(runner.isRunning());
        QCOMPARE(runner.total(), 3);
        runner.setClinic(nullptr);
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.size(), 1);
        // The two not yet handed over are waiting again; the one in the air is left to its lease.
        QCOMPARE(statuses().value(OutboxStatus::Pending), 2);
        QCOMPARE(statuses().value(OutboxStatus::Sending), 1);
        QTest::qWait(100); // the worker's late answer is dropped
        QCOMPARE(statuses().value(OutboxStatus::Sending), 1);
    }

    // After the lease, the next run marks it interrupted (never resent by itself) and says so.
    tc.clock.advanceSecs(Dispatcher::leaseSeconds + 60);
    DispatchRunner runner;
    runner.setIntervals(60 * 60 * 1000, 60 * 60 * 1000);
    runner.start(tc.clinic.get());
    QSignalSpy finished(&runner, &DispatchRunner::finished);
    runner.runNow();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(runner.lastReport().interrupted, 1);
    QVERIFY(runner.lastProblems().join(QLatin1Char(' ')).contains(QStringLiteral("Interrupted")));
    QCOMPARE(statuses().value(OutboxStatus::Interrupted), 1);
    QCOMPARE(statuses().value(OutboxStatus::Pending), 2);
    QCOMPARE(statuses().value(OutboxStatus::Sent), 0);
}

void TestMessagesPage::timelineShowsMessagesAndCallsWithTheirIcons()
{
    // The kinds core/PatientTimeline.cpp gives messages and calls.
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("message.sent")).icon, QStringLiteral("send"));
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("message.failed")).icon, QStringLiteral("alert-circle"));
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("message.skipped")).icon, QStringLiteral("skip"));
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("call.no-answer")).icon, QStringLiteral("phone"));
    QCOMPARE(TimelineModel::styleFor(QStringLiteral("call.wrong-number")).icon, QStringLiteral("alert-circle"));
    // Every icon the page and the timeline use is in the resources.
    QStringList icons{QStringLiteral("send"), QStringLiteral("skip"), QStringLiteral("chevron-up")};
    for (OutboxStatus s : {OutboxStatus::Pending, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed,
                           OutboxStatus::Skipped, OutboxStatus::Cancelled, OutboxStatus::Interrupted})
        icons << MessageText::statusIcon(s);
    for (ContactChannel c : MessageText::channels())
        icons << MessageText::channelIcon(c);
    for (const QString& icon : std::as_const(icons))
        QVERIFY2(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(icon)), qPrintable(icon));
}

QTEST_MAIN(TestMessagesPage)
#include "tst_messagespage.moc"
