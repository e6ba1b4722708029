#include "patients/PatientSearchPopup.h"

#include "common/Style.h"
#include "patients/PatientSearchDelegate.h"
#include "patients/PatientSearchModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int MaxVisibleRows = 9; // eight results and "Create new patient"
}

PatientSearchPopup::PatientSearchPopup(PatientSearchModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_includeArchived(new QCheckBox(this))
    , m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("patientSearchPopup"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_StyledBackground, true);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(28);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0x1f, 0x2a, 0x30, 60));
    setGraphicsEffect(shadow);

    m_summary->setObjectName(QStringLiteral("patientSearchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    Style::setRole(m_summary, "hint");
    m_summary->setContentsMargins(16, 10, 16, 2);

    m_list->setObjectName(QStringLiteral("patientSearchResults"));
    m_list->setModel(model);
    m_list->setItemDelegate(new PatientSearchDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover, true);

    auto* footer = new QFrame(this);
    footer->setObjectName(QStringLiteral("patientSearchFooter"));
    auto* footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(16, 7, 16, 7);
    m_includeArchived->setObjectName(QStringLiteral("includeArchivedCheck"));
    m_includeArchived->setFocusPolicy(Qt::NoFocus);
    m_keys->setObjectName(QStringLiteral("patientSearchKeys"));
    Style::setRole(m_keys, "hint");
    footerLayout->addWidget(m_includeArchived);
    footerLayout->addStretch();
    footerLayout->addWidget(m_keys);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(footer);

    // A click picks the row it is on; the field keeps the focus.
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT rowActivated(index.row());
    });
    hide();
    retranslateUi();
}

int PatientSearchPopup::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PatientSearchPopup::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(qBound(0, row, m_model->rowCount() - 1), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void PatientSearchPopup::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    setCurrentRow(qBound(0, currentRow() + delta, rows - 1));
}

void PatientSearchPopup::setSummary(const QString& text)
{
    m_summary->setText(text);
}

void PatientSearchPopup::placeUnder(const QWidget* anchor)
{
    QWidget* host = parentWidget();
    if (!host || !anchor)
        return;
    const int rowHeight = qMax(m_list->sizeHintForRow(0), 40);
    const int rows = qMin(m_model->rowCount(), MaxVisibleRows);
    const int listHeight = rows * rowHeight + 8;
    m_list->setFixedHeight(listHeight);
    const QPoint topLeft = anchor->mapTo(host, QPoint(0, anchor->height() + 6));
    const int width = qMin(qMax(anchor->width(), 600), host->width() - topLeft.x() - 12);
    adjustSize();
    setGeometry(topLeft.x(), topLeft.y(), width, sizeHint().height());
    raise();
}

void PatientSearchPopup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void PatientSearchPopup::retranslateUi()
{
    m_includeArchived->setText(tr("Include &archived"));
    m_includeArchived->setAccessibleName(tr("Include archived patients"));
    m_keys->setText(tr("↑↓ move   ·   Enter open   ·   Alt+Enter new patient   ·   Esc close"));
    m_list->setAccessibleName(tr("Patients found"));
}

} // namespace rapport
