#include "patients/PatientSearchBox.h"

#include "common/Icons.h"
#include "patients/PatientSearch.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientSearchPopup.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace rapport {

PatientSearchBox::PatientSearchBox(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_searchIcon(new QAction(this))
    , m_debounce(new QTimer(this))
    , m_model(new PatientSearchModel(this))
    , m_popup(new PatientSearchPopup(m_model, this))
{
    setObjectName(QStringLiteral("patientSearchBox"));
    m_edit->setObjectName(QStringLiteral("patientSearchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(300);
    m_edit->setMaximumWidth(520);
    m_searchIcon->setIcon(Icons::icon(QStringLiteral("search"), QColor(0x5b, 0x69, 0x70)));
    m_edit->addAction(m_searchIcon, QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_debounce->setObjectName(QStringLiteral("patientSearchTimer"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_debounce->start();
        if (!isPopupVisible())
            showPopup();
    });
    // The clear button empties the field without an edit signal.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_edit->hasFocus())
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &PatientSearchBox::searchNow);
    connect(m_popup, &PatientSearchPopup::rowActivated, this, &PatientSearchBox::activateRow);
    connect(m_popup->includeArchived(), &QCheckBox::toggled, this, [this] {
        searchNow();
        m_edit->setFocus();
    });
    retranslateUi();
}

PatientSearchBox::~PatientSearchBox()
{
    if (m_popup && m_popup->parent() != this)
        delete m_popup;
}

void PatientSearchBox::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_debounce->stop();
    m_edit->clear();
    m_model->clear();
    closePopup();
    m_popup->includeArchived()->setChecked(false);
    setEnabled(clinic != nullptr);
}

PatientSearchPopup* PatientSearchBox::popup() const
{
    return m_popup;
}

bool PatientSearchBox::isPopupVisible() const
{
    return m_popup->isVisible();
}

void PatientSearchBox::activate()
{
    if (!m_clinic)
        return;
    QWidget* focus = QApplication::focusWidget();
    if (focus && focus != m_edit && !isAncestorOf(focus))
        m_returnFocus = focus;
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    searchNow();
    showPopup();
}

void PatientSearchBox::searchNow()
{
    m_debounce->stop();
    if (!m_clinic || !m_clinic->isOpen())
        return;
    const QString typed = m_edit->text().simplified();
    if (!m_today.isValid() || m_model->typed().isEmpty()) {
        // The clinic's date and region, refreshed whenever a new search starts.
        SettingsService settings(*m_clinic);
        m_today = settings.today();
        m_region = settings.region();
    }
    QList<PatientSearchHit> hits;
    QString summary;
    if (!typed.isEmpty()) {
        PatientSearchOptions options;
        options.includeArchived = m_popup->includeArchived()->isChecked();
        options.limit = ResultLimit;
        auto found = PatientSearch(*m_clinic).search(typed, options);
        if (found) {
            hits = std::move(*found);
        } else {
            summary = found.error().message;
        }
    }
    const int count = static_cast<int>(hits.size());
    m_model->setResults(typed, std::move(hits), m_today, m_region);
    if (summary.isEmpty()) {
        if (typed.isEmpty())
            summary = tr("Type a name, phone number, date of birth, e-mail address or id.");
        else if (count == 0)
            summary = tr("No patient matches “%1”.").arg(typed);
        else if (count >= ResultLimit)
            summary = tr("The first %1 matches. Type more to narrow them down.").arg(count);
        else if (count == 1)
            summary = tr("One patient found");
        else
            summary = tr("%n patients found", nullptr, count);
    }
    m_popup->setSummary(summary);
    // The best match is selected; with none, "Create new patient" is.
    m_popup->setCurrentRow(0);
    if (isPopupVisible())
        m_popup->placeUnder(m_edit);
}

void PatientSearchBox::showPopup()
{
    if (!m_clinic)
        return;
    QWidget* host = window();
    if (m_popup->parentWidget() != host) {
        m_popup->setParent(host);
        host->installEventFilter(this);
    }
    m_popup->placeUnder(m_edit);
    m_popup->show();
    m_popup->raise();
}

void PatientSearchBox::closePopup()
{
    m_popup->hide();
}

void PatientSearchBox::activateRow(int row)
{
    if (row < 0)
        return;
    if (row >= m_model->hitCount()) {
        requestCreate();
        return;
    }
    const QString id = m_model->hit(row)->patientId;
    finish();
    Q_EMIT openPatientRequested(id);
}

void PatientSearchBox::requestCreate()
{
    if (!m_clinic)
        return;
    const QString typed = m_edit->text().simplified();
    finish();
    Q_EMIT createPatientRequested(typed);
}

void PatientSearchBox::finish()
{
    m_debounce->stop();
    closePopup();
    m_edit->clear();
    m_model->clear();
    m_returnFocus.clear();
}

bool PatientSearchBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit) {
        if (event->type() == QEvent::Resize && isPopupVisible())
            m_popup->placeUnder(m_edit);
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Ctrl+N and Escape belong to the search while it has the focus.
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::New) || key->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->matches(QKeySequence::New)) {
            requestCreate();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            if (m_debounce->isActive())
                searchNow();
            if (!isPopupVisible()) {
                searchNow();
                showPopup();
                return true;
            }
            const int step = key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp ? 5 : 1;
            const bool down = key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown;
            m_popup->moveCurrent(down ? step : -step);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (mods & Qt::AltModifier) {
                requestCreate();
                return true;
            }
            if (m_debounce->isActive() || !isPopupVisible()) {
                searchNow();
                if (!isPopupVisible()) {
                    showPopup();
                    return true;
                }
            }
            activateRow(m_popup->currentRow());
            return true;
        case Qt::Key_Escape: {
            const QPointer<QWidget> back = m_returnFocus;
            finish();
            if (back && back->isVisible())
                back->setFocus(Qt::OtherFocusReason);
            else
                m_edit->clearFocus();
            return true;
        }
        default:
            break;
        }
        break;
    }
    case QEvent::FocusIn: {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason ||
            reason == Qt::BacktabFocusReason) {
            searchNow();
            showPopup();
        }
        break;
    }
    case QEvent::FocusOut:
        if (static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason)
            closePopup();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientSearchBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientSearchBox::retranslateUi()
{
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText);
    m_edit->setPlaceholderText(tr("Find a patient…   %1").arg(shortcut));
    m_edit->setAccessibleName(tr("Find a patient"));
    m_edit->setToolTip(tr("Name, phone number, date of birth, e-mail address or id (%1)").arg(shortcut));
    if (!m_model->typed().isEmpty() || isPopupVisible())
        searchNow();
}

} // namespace rapport
