#pragma once

#include <QQueue>
#include <QString>

class QWidget;

namespace rapport {

// File choosers a test must answer: a queued next answer is returned at once (an empty
// string means "cancelled") instead of showing the dialog.
class FileDialog
{
public:
    [[nodiscard]] static QString getSaveFileName(QWidget* parent, const QString& caption,
                                                 const QString& suggestedPath, const QString& filter,
                                                 const QString& defaultSuffix = {});

    // For tests.
    static void setNextAnswer(const QString& path);
    [[nodiscard]] static int pendingAnswers();
    static void clearAnswers();
};

} // namespace rapport
