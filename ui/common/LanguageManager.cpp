#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rapport {

namespace {
const QString SettingsKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager& LanguageManager::instance()
{
    // Owned by the application object, so it goes when the application does.
    static LanguageManager* manager = nullptr;
    if (!manager)
        manager = new LanguageManager(QCoreApplication::instance());
    return *manager;
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString LanguageManager::savedLanguage()
{
    const QString stored = QSettings().value(SettingsKey).toString();
    for (const Language& l : languages())
        if (l.code == stored)
            return stored;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    for (const Language& l : languages())
        if (l.code == system)
            return system;
    return QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString& code)
{
    QSettings().setValue(SettingsKey, code);
    apply(code);
}

void LanguageManager::apply(const QString& code)
{
    if (code == m_current)
        return;
    if (m_rapport)
        QCoreApplication::removeTranslator(m_rapport.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_rapport.reset();
    m_qt.reset();

    // Qt's own strings (standard buttons, the file dialog), then Rapport's. English is the
    // source language; its file holds only plural forms ("1 minute", "5 minutes").
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto rapport = std::make_unique<QTranslator>();
    if (rapport->load(QStringLiteral(":/i18n/rapport_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(rapport.get());
        m_rapport = std::move(rapport);
    } else if (code != QStringLiteral("en")) {
        qWarning("rapport: no translation for language %s", qPrintable(code));
    }
    m_current = code;
    // Dates and numbers follow the PC's own locale when it speaks the chosen language.
    const QLocale system = QLocale::system();
    if (system.name().startsWith(code + QLatin1Char('_')))
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(code));
    Q_EMIT languageChanged(code);
}

} // namespace rapport
