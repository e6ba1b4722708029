#include "patients/PatientFilterBar.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientChoices.h"
#include "patients/PatientVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

PatientFilterBar::PatientFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_statusBoxes(new QWidget(this))
    , m_statusLabel(new QLabel)
    , m_tagLabel(new QLabel(this))
    , m_tag(new QComboBox(this))
    , m_ageLabel(new QLabel(this))
    , m_minAge(new QSpinBox(this))
    , m_ageTo(new QLabel(this))
    , m_maxAge(new QSpinBox(this))
    , m_consentLabel(new QLabel(this))
    , m_consentChannel(new QComboBox(this))
    , m_consentFor(new QLabel(this))
    , m_consentPurpose(new QComboBox(this))
    , m_clear(new QPushButton(this))
    , m_ageDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("patientFilterBar"));
    auto* statusLayout = new QHBoxLayout(m_statusBoxes);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->setSpacing(14);
    Style::setRole(m_statusLabel, "hint");
    statusLayout->addWidget(m_statusLabel);
    for (PatientStatus s :
         {PatientStatus::Active, PatientStatus::Inactive, PatientStatus::Deceased, PatientStatus::Archived}) {
        auto* box = new QCheckBox;
        box->setObjectName(QStringLiteral("statusFilter_") + PatientVocabulary::key(s));
        box->setChecked(s == PatientStatus::Active || s == PatientStatus::Inactive);
        statusLayout->addWidget(box);
        m_status.insert(s, box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
    }

    m_tag->setObjectName(QStringLiteral("tagFilterCombo"));
    m_tag->setMinimumContentsLength(14);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QSpinBox* spin : {m_minAge, m_maxAge}) {
        spin->setRange(-1, 130);
        spin->setValue(-1);
        spin->setAccelerated(true);
        spin->setMinimumWidth(78);
    }
    m_minAge->setObjectName(QStringLiteral("minAgeSpin"));
    m_maxAge->setObjectName(QStringLiteral("maxAgeSpin"));
    m_consentChannel->setObjectName(QStringLiteral("consentFilterChannelCombo"));
    m_consentPurpose->setObjectName(QStringLiteral("consentFilterPurposeCombo"));
    m_clear->setObjectName(QStringLiteral("clearPatientFiltersButton"));
    m_clear->setIcon(Icons::icon(QStringLiteral("filter-clear")));
    m_clear->setAutoDefault(false);
    m_tagLabel->setBuddy(m_tag);
    m_ageLabel->setBuddy(m_minAge);
    m_consentLabel->setBuddy(m_consentChannel);
    m_ageDelay->setSingleShot(true);
    m_ageDelay->setInterval(300);

    auto labelled = [](QLabel* label, QLayout* field) {
        auto* box = new QVBoxLayout;
        box->setSpacing(3);
        Style::setRole(label, "hint");
        box->addWidget(label);
        box->addLayout(field);
        return box;
    };
    auto row = [](std::initializer_list<QWidget*> widgets) {
        auto* r = new QHBoxLayout;
        r->setSpacing(6);
        for (QWidget* w : widgets)
            r->addWidget(w);
        return r;
    };
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addLayout(labelled(m_tagLabel, row({m_tag})));
    layout->addLayout(labelled(m_ageLabel, row({m_minAge, m_ageTo, m_maxAge})));
    layout->addLayout(labelled(m_consentLabel, row({m_consentChannel, m_consentFor, m_consentPurpose})));
    layout->addStretch();
    auto* clearBox = new QVBoxLayout;
    clearBox->addStretch();
    clearBox->addWidget(m_clear);
    layout->addLayout(clearBox);

    auto emitChanged = [this] {
        if (!m_updating)
            Q_EMIT changed();
    };
    connect(m_tag, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_consentChannel, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateConsentFields();
        emitChanged();
    });
    connect(m_consentPurpose, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        if (m_consentChannel->currentIndex() > 0)
            emitChanged();
    });
    connect(m_minAge, &QSpinBox::valueChanged, m_ageDelay, qOverload<>(&QTimer::start));
    connect(m_maxAge, &QSpinBox::valueChanged, m_ageDelay, qOverload<>(&QTimer::start));
    connect(m_ageDelay, &QTimer::timeout, this, emitChanged);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });
    m_updating = true;
    fillConsentCombos();
    m_updating = false;
    updateConsentFields();
    retranslateUi();
}

PatientFilter PatientFilterBar::filter() const
{
    PatientFilter f;
    f.statuses.clear();
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        if (it.value()->isChecked())
            f.statuses.insert(it.key());
    f.tag = m_tag->currentData().toString();
    f.minAge = m_minAge->value();
    f.maxAge = m_maxAge->value();
    if (f.minAge >= 0 && f.maxAge >= 0 && f.maxAge < f.minAge)
        std::swap(f.minAge, f.maxAge);
    if (m_consentChannel->currentIndex() > 0) {
        f.consentChannel = ContactChannel(m_consentChannel->currentData().toInt());
        f.consentPurpose = ConsentPurpose(m_consentPurpose->currentData().toInt());
    }
    return f;
}

void PatientFilterBar::setTags(const QStringList& tags)
{
    const QString current = m_tag->currentData().toString();
    m_updating = true;
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString& t : tags)
        m_tag->addItem(t, t);
    const int keep = m_tag->findData(current);
    m_tag->setCurrentIndex(qMax(0, keep));
    m_updating = false;
    // A tag that no patient has any more is no longer a filter.
    if (!current.isEmpty() && keep < 0)
        Q_EMIT changed();
}

void PatientFilterBar::clear()
{
    m_updating = true;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        it.value()->setChecked(it.key() == PatientStatus::Active || it.key() == PatientStatus::Inactive);
    m_tag->setCurrentIndex(0);
    m_minAge->setValue(-1);
    m_maxAge->setValue(-1);
    m_consentChannel->setCurrentIndex(0);
    m_consentPurpose->setCurrentIndex(0);
    m_ageDelay->stop();
    m_updating = false;
    updateConsentFields();
}

void PatientFilterBar::fillConsentCombos()
{
    const int channel = m_consentChannel->currentIndex();
    const int purpose = m_consentPurpose->currentIndex();
    PatientChoices::fillChannels(m_consentChannel, tr("Any"), false);
    m_consentPurpose->clear();
    for (ConsentPurpose p : PatientVocabulary::purposes())
        m_consentPurpose->addItem(PatientVocabulary::name(p), int(p));
    m_consentChannel->setCurrentIndex(qMax(0, channel));
    m_consentPurpose->setCurrentIndex(qMax(0, purpose));
}

void PatientFilterBar::updateConsentFields()
{
    const bool any = m_consentChannel->currentIndex() > 0;
    m_consentPurpose->setEnabled(any);
    m_consentFor->setEnabled(any);
}

void PatientFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientFilterBar::retranslateUi()
{
    m_statusLabel->setText(tr("Show:"));
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        it.value()->setText(PatientVocabulary::name(it.key()));
        it.value()->setAccessibleName(tr("Show %1 patients").arg(PatientVocabulary::name(it.key())));
    }
    m_tagLabel->setText(tr("&Tag"));
    m_tag->setAccessibleName(tr("Tag"));
    if (m_tag->count() > 0)
        m_tag->setItemText(0, tr("Any tag"));
    else
        m_tag->addItem(tr("Any tag"), QString());
    m_ageLabel->setText(tr("A&ge"));
    m_ageTo->setText(tr("to"));
    for (QSpinBox* spin : {m_minAge, m_maxAge})
        spin->setSpecialValueText(tr("any"));
    m_minAge->setAccessibleName(tr("Youngest age"));
    m_maxAge->setAccessibleName(tr("Oldest age"));
    m_consentLabel->setText(tr("C&onsent granted"));
    m_consentChannel->setAccessibleName(tr("Consent granted on channel"));
    m_consentFor->setText(tr("for"));
    m_consentPurpose->setAccessibleName(tr("Consent granted for purpose"));
    m_clear->setText(tr("Clear filters"));
    m_updating = true;
    fillConsentCombos();
    m_updating = false;
}

} // namespace rapport
