#include "setup/RecoveryKeyPage.h"

#include "common/Clock.h"
#include "common/FileDialog.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/RecoverySheet.h"
#include "common/Style.h"
#include "setup/FirstRunWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rapport {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_key(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_message(new InlineMessage(this))
    , m_advice(new QLabel(this))
    , m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    m_intro->setWordWrap(true);

    auto* keyFrame = new QFrame(this);
    keyFrame->setObjectName(QStringLiteral("recoveryKeyFrame"));
    keyFrame->setStyleSheet(
        QStringLiteral("#recoveryKeyFrame { background: #f3f8f7; border: 2px solid #0f766e;"
                       " border-radius: 10px; }"));
    auto* keyLayout = new QVBoxLayout(keyFrame);
    keyLayout->setContentsMargins(20, 18, 20, 18);
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(19);
    mono.setWeight(QFont::DemiBold);
    mono.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextFormat(Qt::PlainText);
    m_key->setStyleSheet(QStringLiteral("color: #0b3f3a; background: transparent;"));
    keyLayout->addWidget(m_key);

    m_print->setObjectName(QStringLiteral("printRecoveryButton"));
    m_print->setIcon(Icons::icon(QStringLiteral("printer")));
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_savePdf->setIcon(Icons::icon(QStringLiteral("file-pdf")));
    for (QPushButton* b : {m_print, m_savePdf})
        b->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    m_advice->setWordWrap(true);
    Style::setRole(m_advice, "hint");
    m_confirm->setObjectName(QStringLiteral("recoveryConfirmCheck"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(keyFrame);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_advice);
    layout->addStretch();
    layout->addWidget(m_confirm);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::printSheet);
    connect(m_savePdf, &QPushButton::clicked, this, &RecoveryKeyPage::saveSheetAsPdf);
    connect(m_confirm, &QCheckBox::toggled, this, &RecoveryKeyPage::completeChanged);
    retranslateUi();
}

void RecoveryKeyPage::initializePage()
{
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    const QStringList groups = w ? w->recoveryKey().split(QLatin1Char('-')) : QStringList();
    // Two rows of seven groups: easy to read aloud and to compare with the sheet.
    const qsizetype half = (groups.size() + 1) / 2;
    m_key->setText(groups.mid(0, half).join(QStringLiteral("  ")) + QLatin1Char('\n') +
                   groups.mid(half).join(QStringLiteral("  ")));
    m_key->setAccessibleName(tr("Recovery key: %1").arg(groups.join(QLatin1Char(' '))));
    m_print->setFocus();
}

bool RecoveryKeyPage::isComplete() const
{
    return m_confirm->isChecked();
}

RecoverySheet RecoveryKeyPage::sheet() const
{
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    Clinic* clinic = w ? w->clinic() : nullptr;
    return RecoverySheet(w ? w->profile().name : QString(), clinic ? clinic->clinicId() : QString(),
                         w ? w->recoveryKey() : QString(),
                         w ? w->clock().now() : QDateTime::currentDateTimeUtc());
}

void RecoveryKeyPage::recordAudit(const QString& action)
{
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    Clinic* clinic = w ? w->clinic() : nullptr;
    if (!clinic)
        return;
    if (Status s = clinic->record(action, QStringLiteral("clinic"), clinic->clinicId()); !s)
        m_message->showError(s.error());
}

void RecoveryKeyPage::printSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Recovery key"));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery sheet"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!sheet().print(&printer)) {
        m_message->showMessage(
            InlineMessage::Kind::Error,
            tr("The recovery sheet could not be printed. Check the printer, or save it as a PDF "
               "and print that."));
        return;
    }
    m_message->showMessage(
        InlineMessage::Kind::Success,
        tr("The recovery sheet was sent to the printer. Check that the key on paper is complete "
           "and readable."));
    recordAudit(QStringLiteral("recovery.print"));
}

void RecoveryKeyPage::saveSheetAsPdf()
{
    const RecoverySheet s = sheet();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString path = FileDialog::getSaveFileName(this, tr("Save the recovery sheet as PDF"),
                                               QDir(folder).filePath(s.suggestedFileName()),
                                               tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!s.savePdf(path)) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("The PDF could not be saved at %1. Choose a folder you may write to.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_message->showMessage(
        InlineMessage::Kind::Success,
        tr("Saved as %1. Print it, keep the paper somewhere safe, and do not keep the file on "
           "this computer.")
            .arg(QDir::toNativeSeparators(path)));
    recordAudit(QStringLiteral("recovery.save-pdf"));
}

void RecoveryKeyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void RecoveryKeyPage::retranslateUi()
{
    setTitle(FirstRunWizard::heading(tr("Your recovery key")));
    setSubTitle(
        tr("If every administrator password is lost, this key is the only way back into the clinic's data. "
           "Rapport shows it only now."));
    m_intro->setText(
        tr("Print the recovery sheet, or save it as a PDF and print that. Keep the paper in a safe "
           "place away from the computers."));
    m_print->setText(tr("&Print…"));
    m_savePdf->setText(tr("&Save as PDF…"));
    m_advice->setText(
        tr("Anyone holding this key and a copy of the clinic's database can read everything in it. "
           "Do not e-mail it or photograph it."));
    m_confirm->setText(tr("I have printed or saved the recovery key and stored it safely"));
}

} // namespace rapport
