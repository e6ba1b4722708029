#include "app/AboutDialog.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLabel(this))
    , m_tagline(new QLabel(this))
    , m_versions(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::appPixmap(64, devicePixelRatioF()));
    logo->setAlignment(Qt::AlignTop);
    Style::setRole(m_name, "heroTitle");
    m_tagline->setWordWrap(true);
    Style::setRole(m_tagline, "hint");
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_versions->setTextFormat(Qt::RichText);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    Style::setRole(m_note, "hint");

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_name);
    text->addWidget(m_tagline);
    text->addSpacing(12);
    text->addWidget(m_versions);
    text->addSpacing(8);
    text->addWidget(m_note);

    auto* top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Style::makePrimary(buttons->button(QDialogButtonBox::Close));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->addLayout(top);
    layout->addSpacing(10);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Rapport"));
    m_name->setText(tr("Rapport %1").arg(QStringLiteral(RAPPORT_VERSION)));
    m_tagline->setText(tr("Patient relationship manager for small clinics."));
    const QString row =
        QStringLiteral("<tr><td style=\"color:#5b6970; padding-right:18px;\">%1</td><td>%2</td></tr>");
    QString rows;
    rows += row.arg(tr("Qt"), QString::fromLatin1(qVersion()));
    rows += row.arg(tr("SQLCipher"), Database::sqlcipherVersion().toHtmlEscaped());
    rows += row.arg(tr("SQLite"), Database::sqliteVersion().toHtmlEscaped());
    rows += row.arg(tr("libsodium"), Sodium::version().toHtmlEscaped());
    m_versions->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + rows +
                        QStringLiteral("</table>"));
    m_note->setText(
        tr("The clinic's data is kept in an encrypted database on this computer. Rapport works without "
           "an internet connection."));
}

} // namespace rapport
