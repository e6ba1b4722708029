#pragma once

#include <QStyledItemDelegate>

namespace rapport {

// One search result as two lines: initials, the name, then age, date of birth and phone,
// with a status badge for anyone not active. The last row, "Create new patient…", has a
// plus instead of initials.
class PatientSearchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    [[nodiscard]] static QString initials(const QString& name);
};

} // namespace rapport
