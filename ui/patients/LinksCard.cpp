#include "patients/LinksCard.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

LinksCard::LinksCard(QWidget* parent)
    : Card(parent)
    , m_add(new QPushButton(this))
    , m_rows(new QVBoxLayout)
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("linksCard"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("users"), 18, Style::accent(), devicePixelRatioF()));
    titleRow()->insertWidget(0, icon);
    m_add->setObjectName(QStringLiteral("addLinkButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("plus"), Style::accent()));
    Style::makeLink(m_add);
    titleRow()->addWidget(m_add);
    m_rows->setSpacing(6);
    m_empty->setObjectName(QStringLiteral("linksEmpty"));
    m_empty->setWordWrap(true);
    Style::setRole(m_empty, "hint");
    body()->addLayout(m_rows);
    body()->addWidget(m_empty);
    connect(m_add, &QPushButton::clicked, this, &LinksCard::addRequested);
    retranslateUi();
}

void LinksCard::setLinks(const QString& patientId, const QList<PatientLink>& links, const QString& region)
{
    m_patientId = patientId;
    m_links = links;
    m_region = region;
    render();
}

void LinksCard::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    render();
}

void LinksCard::clear()
{
    m_patientId.clear();
    m_links.clear();
    render();
}

void LinksCard::render()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (a click on it may still be running), deleted later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_links.size(); ++i) {
        const PatientLink link = m_links.at(i);
        const bool own = link.patientId == m_patientId;
        auto* row = new QWidget(this);
        row->setObjectName(QStringLiteral("linkRow_%1").arg(i));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 2, 0, 2);
        layout->setSpacing(10);
        auto* text = new QVBoxLayout;
        text->setSpacing(1);
        const QString name = link.relatedDisplayName.isEmpty() ? tr("(no name)") : link.relatedDisplayName;
        const QString otherId = own ? link.relatedPatientId : link.patientId;
        if (!otherId.isEmpty()) {
            auto* open = new QPushButton(row);
            open->setObjectName(QStringLiteral("openLinkedPatient_%1").arg(i));
            open->setText(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")));
            open->setToolTip(tr("Open %1's record").arg(name));
            open->setAccessibleName(tr("Open %1's record").arg(name));
            Style::makeLink(open);
            QFont f = open->font();
            f.setWeight(QFont::DemiBold);
            open->setFont(f);
            connect(open, &QPushButton::clicked, this,
                    [this, otherId] { Q_EMIT openPatientRequested(otherId); });
            text->addWidget(open, 0, Qt::AlignLeft);
        } else {
            auto* label = new QLabel(row);
            label->setTextFormat(Qt::PlainText);
            label->setText(name);
            label->setContentsMargins(2, 2, 2, 2);
            QFont f = label->font();
            f.setWeight(QFont::DemiBold);
            label->setFont(f);
            text->addWidget(label);
        }
        QStringList detail;
        detail << (own ? PatientVocabulary::name(link.kind)
                       : tr("Names this patient as: %1").arg(PatientVocabulary::name(link.kind)));
        if (own && !link.isToPatient()) {
            if (!link.contactPhone.isEmpty())
                detail << PatientText::phone(link.contactPhone, m_region);
            if (!link.contactEmail.isEmpty())
                detail << link.contactEmail;
            detail << tr("not a patient");
        }
        if (!link.note.isEmpty())
            detail << link.note;
        auto* kind = new QLabel(row);
        kind->setTextFormat(Qt::PlainText);
        kind->setWordWrap(true);
        kind->setText(detail.join(QStringLiteral(" · ")));
        kind->setContentsMargins(2, 0, 2, 0);
        Style::setRole(kind, "hint");
        text->addWidget(kind);
        auto* icon = new QLabel(row);
        icon->setPixmap(Icons::pixmap(link.kind == LinkKind::Guardian ? QStringLiteral("user-check")
                                                                      : QStringLiteral("user"),
                                      18, QColor(0x5b, 0x69, 0x70), devicePixelRatioF()));
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addLayout(text, 1);
        if (m_editable) {
            auto* end = new QPushButton(row);
            end->setObjectName(QStringLiteral("endLinkButton_%1").arg(i));
            end->setText(tr("End…"));
            end->setAccessibleName(tr("End the link with %1").arg(name));
            end->setToolTip(tr("End the link with %1").arg(name));
            end->setAutoDefault(false);
            Style::makeLink(end);
            connect(end, &QPushButton::clicked, this, [this, link] { Q_EMIT endRequested(link); });
            layout->addWidget(end, 0, Qt::AlignTop);
        }
        m_rows->addWidget(row);
    }
    m_empty->setVisible(m_links.isEmpty());
}

void LinksCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Card::changeEvent(event);
}

void LinksCard::retranslateUi()
{
    setTitle(tr("Family and care links"));
    m_add->setText(tr("Add link…"));
    m_empty->setText(tr("No family or care links yet: a parent or guardian, a spouse or partner, a "
                        "caregiver or an emergency contact."));
    render();
}

} // namespace rapport
