#include "patients/ConsentHistoryDialog.h"

#include "common/Style.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

ConsentHistoryDialog::ConsentHistoryDialog(const QString& patientName, const QList<ConsentRecord>& history,
                                           QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("consentHistoryDialog"));
    setWindowTitle(tr("Consent history"));
    resize(860, 460);

    auto* title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(tr("Consent history of %1").arg(patientName));
    Style::setRole(title, "sectionTitle");
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setText(history.isEmpty()
                      ? tr("No decision has been recorded yet.")
                      : tr("Newest first. For each channel and purpose, the latest decision is in "
                           "force."));
    Style::setRole(hint, "hint");

    m_table->setObjectName(QStringLiteral("consentHistoryTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Channel"), tr("Purpose"), tr("Decision"), tr("How"), tr("Recorded by"), tr("Note")});
    m_table->setRowCount(static_cast<int>(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const ConsentRecord& c = history.at(row);
        const QStringList cells{PatientText::dateTime(c.recordedAt),
                                PatientVocabulary::name(c.channel),
                                PatientVocabulary::name(c.purpose),
                                c.granted ? tr("Granted") : tr("Withdrawn"),
                                PatientVocabulary::name(c.method),
                                c.recordedByName,
                                c.note};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == 3)
                item->setForeground(c.granted ? Style::success() : Style::danger());
            m_table->setItem(row, col, item);
        }
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < 6; ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    m_table->setAccessibleName(tr("Consent decisions, newest first"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace rapport
