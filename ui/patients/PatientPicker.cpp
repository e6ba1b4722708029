#include "patients/PatientPicker.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientSearchDelegate.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientText.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int VisibleRows = 4;
}

PatientPicker::PatientPicker(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_model(new PatientSearchModel(this))
    , m_empty(new QLabel(this))
    , m_chosenCard(new QFrame(this))
    , m_chosenName(new QLabel)
    , m_chosenDetail(new QLabel)
    , m_change(new QPushButton)
    , m_debounce(new QTimer(this))
{
    m_model->setOffersCreate(false);
    m_edit->setObjectName(QStringLiteral("patientPickerEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(Icons::icon(QStringLiteral("search"), QColor(0x5b, 0x69, 0x70)),
                      QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("patientPickerResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new PatientSearchDelegate(m_results));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setUniformItemSizes(true);
    m_results->setMouseTracking(true);
    m_results->viewport()->setAttribute(Qt::WA_Hover, true);
    m_results->hide();
    m_empty->setObjectName(QStringLiteral("patientPickerEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    Style::setRole(m_empty, "hint");
    m_empty->hide();

    m_chosenCard->setObjectName(QStringLiteral("patientPickerChosen"));
    Style::setRole(m_chosenCard, "pickedPatient");
    auto* cardLayout = new QHBoxLayout(m_chosenCard);
    cardLayout->setContentsMargins(12, 8, 8, 8);
    auto* icon = new QLabel;
    icon->setPixmap(Icons::pixmap(QStringLiteral("user-check"), 20, Style::accent(), devicePixelRatioF()));
    auto* text = new QVBoxLayout;
    text->setSpacing(1);
    m_chosenName->setObjectName(QStringLiteral("patientPickerChosenName"));
    m_chosenName->setTextFormat(Qt::PlainText);
    QFont bold = m_chosenName->font();
    bold.setWeight(QFont::DemiBold);
    m_chosenName->setFont(bold);
    m_chosenDetail->setTextFormat(Qt::PlainText);
    Style::setRole(m_chosenDetail, "hint");
    text->addWidget(m_chosenName);
    text->addWidget(m_chosenDetail);
    m_change->setObjectName(QStringLiteral("patientPickerChange"));
    Style::makeLink(m_change);
    cardLayout->addWidget(icon, 0, Qt::AlignTop);
    cardLayout->addLayout(text, 1);
    cardLayout->addWidget(m_change, 0, Qt::AlignVCenter);
    m_chosenCard->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    layout->addWidget(m_empty);
    layout->addWidget(m_chosenCard);
    setFocusProxy(m_edit);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &PatientPicker::search);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex& index) { pick(index.row()); });
    connect(m_change, &QPushButton::clicked, this, [this] {
        m_chosen.reset();
        updateState();
        m_edit->setFocus();
        m_edit->selectAll();
        search();
        Q_EMIT chosenChanged();
    });
    retranslateUi();
}

void PatientPicker::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    if (clinic && clinic->isOpen()) {
        SettingsService settings(*clinic);
        m_today = settings.today();
        m_region = settings.region();
    }
    clear();
}

void PatientPicker::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void PatientPicker::choose(const PatientSearchHit& hit)
{
    m_chosen = hit;
    m_debounce->stop();
    m_chosenName->setText(hit.displayName);
    QStringList detail{PatientText::ageAndBirth(hit.dateOfBirth, m_today)};
    if (!hit.phone.isEmpty())
        detail << PatientText::phone(hit.phone, m_region);
    m_chosenDetail->setText(detail.join(QStringLiteral(" · ")));
    m_chosenCard->setAccessibleName(tr("Chosen: %1").arg(hit.displayName));
    updateState();
    m_change->setFocus();
    Q_EMIT chosenChanged();
}

void PatientPicker::clear()
{
    const bool had = m_chosen.has_value();
    m_chosen.reset();
    m_debounce->stop();
    m_edit->clear();
    m_model->clear();
    updateState();
    if (had)
        Q_EMIT chosenChanged();
}

void PatientPicker::search()
{
    m_debounce->stop();
    const QString typed = m_edit->text().simplified();
    QList<PatientSearchHit> hits;
    if (m_clinic && m_clinic->isOpen() && !typed.isEmpty()) {
        PatientSearchOptions options;
        options.includeArchived = m_includeArchived;
        options.limit = m_minimumAge >= 0 ? 30 : 8 + static_cast<int>(m_excluded.size());
        if (auto found = PatientSearch(*m_clinic).search(typed, options)) {
            for (const PatientSearchHit& h : *found) {
                Patient born;
                born.dateOfBirth = h.dateOfBirth;
                const int age = born.ageOn(m_today);
                const bool tooYoung = m_minimumAge >= 0 && age >= 0 && age < m_minimumAge;
                if (!m_excluded.contains(h.patientId) && !tooYoung && hits.size() < 8)
                    hits << h;
            }
        }
    }
    const bool none = hits.isEmpty();
    m_model->setResults(typed, std::move(hits), m_today, m_region);
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
    m_empty->setText(typed.isEmpty() || !none ? QString() : tr("No patient matches “%1”.").arg(typed));
    updateState();
}

void PatientPicker::pick(int row)
{
    if (const PatientSearchHit* hit = m_model->hit(row))
        choose(*hit);
}

void PatientPicker::updateState()
{
    const bool chosen = m_chosen.has_value();
    m_edit->setVisible(!chosen);
    m_chosenCard->setVisible(chosen);
    const int rows = m_model->rowCount();
    m_results->setVisible(!chosen && rows > 0);
    if (rows > 0)
        m_results->setFixedHeight(qMin(rows, VisibleRows) * qMax(m_results->sizeHintForRow(0), 40) + 4);
    m_empty->setVisible(!chosen && !m_empty->text().isEmpty());
    setFocusProxy(chosen ? static_cast<QWidget*>(m_change) : m_edit);
}

bool PatientPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (m_debounce->isActive())
                search();
            if (m_model->rowCount() > 0) {
                const int next =
                    qBound(0, current + (key->key() == Qt::Key_Down ? 1 : -1), m_model->rowCount() - 1);
                m_results->setCurrentIndex(m_model->index(next, 0));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive()) {
                search();
                return true;
            }
            // Enter picks the highlighted match; with none, it is the dialog's.
            if (rows > 0 && current >= 0) {
                pick(current);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientPicker::retranslateUi()
{
    if (m_edit->placeholderText().isEmpty())
        m_edit->setPlaceholderText(tr("Search by name, phone number or date of birth"));
    m_edit->setAccessibleName(tr("Find the patient"));
    m_results->setAccessibleName(tr("Matching patients"));
    m_change->setText(tr("Change"));
    m_change->setAccessibleName(tr("Choose another patient"));
}

} // namespace rapport
