#include "patients/DuplicatesDialog.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientSearchDelegate.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

DuplicatesDialog::DuplicatesDialog(const QList<DuplicateMatch>& matches, Mode mode, const QDate& today,
                                   QWidget* parent)
    : QDialog(parent)
    , m_matches(matches)
    , m_mode(mode)
    , m_today(today)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(this))
    , m_saveAnyway(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setModal(true);
    setMinimumWidth(600);

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("users"), 36, Style::warning(), devicePixelRatioF()));
    Style::setRole(m_title, "sectionTitle");
    m_title->setWordWrap(true);
    m_intro->setWordWrap(true);
    Style::setRole(m_intro, "hint");

    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Drawn like the search results: initials, name, then birth and why it may be the same person.
    m_list->setItemDelegate(new PatientSearchDelegate(m_list));
    m_list->setStyleSheet(QStringLiteral("QListWidget { border: 1px solid #dde3e4; border-radius: 8px; "
                                         "background: #ffffff; padding: 4px; outline: 0; }"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const DuplicateMatch& m : m_matches) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, m.patientId);
        item->setData(PatientSearchModel::IdRole, m.patientId);
        item->setData(PatientSearchModel::IsCreateRole, false);
        item->setData(PatientSearchModel::ActiveRole, m.status == PatientStatus::Active);
        item->setData(PatientSearchModel::StatusRole, int(m.status));
    }
    m_list->setCurrentRow(0);
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() * 2 + 20;
    m_list->setFixedHeight(qMin<int>(4, static_cast<int>(m_matches.size())) * rowHeight + 12);

    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    m_back->setObjectName(QStringLiteral("backToFormButton"));
    Style::makePrimary(m_open);
    m_saveAnyway->setAutoDefault(false);
    m_back->setAutoDefault(false);

    auto* head = new QHBoxLayout;
    head->setSpacing(14);
    head->addWidget(icon, 0, Qt::AlignTop);
    auto* headText = new QVBoxLayout;
    headText->setSpacing(4);
    headText->addWidget(m_title);
    headText->addWidget(m_intro);
    head->addLayout(headText, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_saveAnyway);
    buttons->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addLayout(head);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] { finishWith(OpenExisting); });
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] { finishWith(SaveAnyway); });
    connect(m_back, &QPushButton::clicked, this, [this] { finishWith(BackToForm); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { finishWith(OpenExisting); });
    m_list->setFocus();
    retranslateUi();
}

QString DuplicatesDialog::selectedPatientId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DuplicatesDialog::finishWith(Choice choice)
{
    m_choice = choice;
    if (choice == BackToForm)
        reject();
    else
        accept();
}

void DuplicatesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DuplicatesDialog::retranslateUi()
{
    setWindowTitle(tr("Possible duplicate"));
    const int count = static_cast<int>(m_matches.size());
    m_title->setText(count == 1 ? tr("This may be a patient the clinic already has")
                                : tr("This may be one of %1 patients the clinic already has").arg(count));
    m_intro->setText(
        m_mode == Mode::Create
            ? tr("Open the existing record instead of creating a second one. Save anyway only if "
                 "they are different people.")
            : tr("With this change the record looks like another patient's. Check before saving; "
                 "save anyway only if they are different people."));
    for (int i = 0; i < m_list->count() && i < m_matches.size(); ++i) {
        const DuplicateMatch& m = m_matches.at(i);
        QString why = m.describe();
        if (!why.isEmpty())
            why[0] = why.at(0).toUpper();
        const QString second =
            PatientText::ageAndBirth(m.dateOfBirth, m_today) + QStringLiteral("   ·   ") + why;
        QListWidgetItem* item = m_list->item(i);
        item->setText(m.displayName);
        item->setData(PatientSearchModel::DetailRole, second);
        item->setData(Qt::AccessibleTextRole, m.displayName + QStringLiteral(", ") + second);
        item->setToolTip(why);
    }
    m_list->setAccessibleName(tr("Possible matches"));
    m_open->setText(tr("&Open existing record"));
    m_saveAnyway->setText(m_mode == Mode::Create ? tr("&Create anyway") : tr("&Save anyway"));
    m_back->setText(tr("&Back to the form"));
}

} // namespace rapport
