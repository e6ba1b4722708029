#include "patients/PatientListPage.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "patients/PatientFilterBar.h"
#include "patients/PatientListModel.h"
#include "security/Clinic.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

namespace rapport {

PatientListPage::PatientListPage(QWidget* parent)
    : Page(parent)
    , m_model(new PatientListModel(this))
    , m_filters(new PatientFilterBar(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("patientListPage"));
    m_new->setObjectName(QStringLiteral("newPatientButton"));
    m_new->setIcon(Icons::icon(QStringLiteral("user-plus"), Qt::white));
    m_new->setProperty("primary", true);
    m_new->setAutoDefault(false);
    Style::repolish(m_new);
    m_count->setObjectName(QStringLiteral("patientCountLabel"));
    Style::setRole(m_count, "hint");
    m_busy->setObjectName(QStringLiteral("patientListBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(90);
    m_busy->hide();
    m_message->setObjectName(QStringLiteral("patientListMessage"));

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_new);
    actions->addSpacing(18);
    actions->addWidget(m_filters->statusBoxes());
    actions->addStretch();
    actions->addWidget(m_busy, 0, Qt::AlignVCenter);
    actions->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(PatientListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    resizeColumns();

    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_filters);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &PatientListPage::newPatientRequested);
    connect(m_filters, &PatientFilterBar::changed, this, [this] {
        m_message->clear();
        m_keepPatient.clear();
        m_keepScroll = 0;
        m_model->setFilter(m_filters->filter());
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    // Columns that do not sort show the order that is really used: by name.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!PatientListModel::isSortable(column))
                    m_table->horizontalHeader()->setSortIndicator(PatientListModel::NameColumn, order);
            });
    connect(m_model, &PatientListModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        m_table->setProperty("stale", loading);
    });
    connect(m_model, &PatientListModel::loaded, this, [this] {
        updateCount();
        if (!m_keepPatient.isEmpty() || m_keepScroll > 0)
            m_table->verticalScrollBar()->setValue(m_keepScroll);
        m_keepPatient.clear();
        m_keepScroll = 0;
    });
    connect(m_model, &PatientListModel::loadFailed, this, &PatientListPage::showLoadError);
    retranslateUi();
}

QString PatientListPage::title() const
{
    return tr("Patients");
}

void PatientListPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_message->clear();
    m_keepPatient.clear();
    m_keepScroll = 0;
    m_model->setClinic(clinic);
    if (clinic) {
        m_new->setVisible(clinic->session().can(Permission::EditPatients));
        loadTags();
    }
    updateCount();
}

void PatientListPage::pageShown()
{
    if (!m_clinic)
        return;
    // Records may have changed since: ask again, and come back to the same place.
    m_keepScroll = m_table->verticalScrollBar()->value();
    const QModelIndex current = m_table->currentIndex();
    m_keepPatient = current.isValid() ? current.data(PatientListModel::IdRole).toString() : QString();
    loadTags();
    // The list is read when shown, so a page in the background costs nothing.
    if (!m_model->isLoading())
        m_model->setFilter(m_filters->filter());
    m_table->setFocus(Qt::OtherFocusReason);
}

void PatientListPage::reload()
{
    m_model->reload();
}

void PatientListPage::setNewPatientShortcut(const QKeySequence& shortcut)
{
    m_newShortcut = shortcut;
    retranslateUi();
}

void PatientListPage::resizeColumns()
{
    // Wide enough for the usual content and for the heading with its sort arrow.
    const int em = m_table->fontMetrics().averageCharWidth();
    QFont headerFont = m_table->horizontalHeader()->font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics header(headerFont);
    const struct
    {
        int column;
        int chars;
    } widths[] = {{PatientListModel::NameColumn, 28},    {PatientListModel::DateOfBirthColumn, 11},
                  {PatientListModel::AgeColumn, 4},      {PatientListModel::PhoneColumn, 17},
                  {PatientListModel::EmailColumn, 26},   {PatientListModel::StatusColumn, 9},
                  {PatientListModel::ChannelColumn, 10}, {PatientListModel::ExternalIdColumn, 10}};
    for (const auto& w : widths) {
        const QString title = m_model->headerData(w.column, Qt::Horizontal).toString();
        m_table->setColumnWidth(w.column, qMax(em * w.chars, header.horizontalAdvance(title) + 40));
    }
}

void PatientListPage::loadTags()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    if (auto tags = PatientDirectory(*m_clinic).tags())
        m_filters->setTags(*tags);
}

void PatientListPage::updateCount()
{
    if (!m_clinic) {
        m_count->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    if (m_model->isLoading() && total == 0)
        m_count->setText(tr("Loading…"));
    else if (total == 0)
        m_count->setText(tr("No patients match these filters."));
    else if (total == 1)
        m_count->setText(tr("One patient"));
    else
        m_count->setText(tr("%1 patients").arg(QLocale().toString(total)));
    m_table->setAccessibleDescription(m_count->text());
}

void PatientListPage::showLoadError(const Error& error)
{
    m_message->showError(error);
}

void PatientListPage::openRow(int row)
{
    if (const PatientRow* r = m_model->rowAt(row); r && !r->patientId.isEmpty())
        Q_EMIT openPatientRequested(r->patientId);
}

void PatientListPage::retranslateUi()
{
    setHeading(tr("Patients"), tr("Everyone registered at the clinic. Click a column to sort; Enter or a "
                                  "double-click opens the patient."));
    m_new->setText(tr("New patient"));
    m_new->setAccessibleName(tr("New patient"));
    m_new->setToolTip(
        m_newShortcut.isEmpty()
            ? tr("Register a new patient")
            : tr("Register a new patient (%1)").arg(m_newShortcut.toString(QKeySequence::NativeText)));
    m_busy->setAccessibleName(tr("Loading the list"));
    m_table->setAccessibleName(tr("Patients"));
    m_model->retranslate();
    resizeColumns();
    updateCount();
}

} // namespace rapport
