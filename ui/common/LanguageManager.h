#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace rapport {

// The language of the window on this PC (QSettings "ui/language"). Switching reinstalls
// Rapport's translator (:/i18n/rapport_<lang>.qm) and Qt's own, and every window
// retranslates itself on the LanguageChange event that follows.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;
        QString name; // in its own language
    };

    [[nodiscard]] static LanguageManager& instance();

    [[nodiscard]] static QList<Language> languages();
    [[nodiscard]] static QString savedLanguage(); // the stored choice, or the system's if Rapport speaks it
    [[nodiscard]] QString current() const { return m_current; }

    // Stores the choice for this PC and applies it.
    void setLanguage(const QString& code);
    // Applies without storing (at start-up).
    void apply(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    explicit LanguageManager(QObject* parent);

    std::unique_ptr<QTranslator> m_rapport;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace rapport
