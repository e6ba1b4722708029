// rapport: the desktop program. Opens the clinic database (or the demo clinic), runs the
// first-run wizard when there is none, and otherwise shows the sign-in window.
#include "app/AppController.h"
#include "common/Clock.h"
#include "common/Icons.h"
#include "common/LanguageManager.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "crypto/Sodium.h"
#include "demo/DemoClinic.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("rapport"));
    // Windows come and go (wizard, sign-in, main window); the controller says when to end.
    QApplication::setQuitOnLastWindowClosed(false);

    rapport::Sodium::ensureInitialised();
    rapport::Style::apply(app);
    QApplication::setWindowIcon(rapport::Icons::appIcon());
    rapport::LanguageManager::instance().apply(rapport::LanguageManager::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Rapport — patient relationship manager for small clinics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo clinic (created on first use)."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Open the clinic database at <path>."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption demoPatientsOption(
        QStringLiteral("demo-patients"),
        QCoreApplication::translate("main", "How many made-up patients a new demo clinic gets (default 2000)."),
        QCoreApplication::translate("main", "count"), QStringLiteral("2000"));
    parser.addOption(demoOption);
    parser.addOption(demoPatientsOption);
    parser.addOption(dbOption);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString path;
    if (parser.isSet(dbOption))
        path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    else if (parser.isSet(demoOption))
        path = QDir(dataDir).filePath(QStringLiteral("demo/demo.rapport"));
    else
        path = QDir(dataDir).filePath(QStringLiteral("clinic.rapport"));

    rapport::SystemClock clock;
    if (parser.isSet(demoOption)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const rapport::Status made = rapport::DemoClinic::ensure(
            path, clock, rapport::PasswordKdf::insecureFast(), qBound(0, parser.value(demoPatientsOption).toInt(), 200000));
        QApplication::restoreOverrideCursor();
        if (!made) {
            rapport::MessageBox::warning(
                nullptr, QCoreApplication::translate("main", "Demo clinic"),
                QCoreApplication::translate("main", "The demo clinic could not be created."),
                made.error().text());
            return 1;
        }
    }

    rapport::AppController controller(path, clock);
    QObject::connect(&controller, &rapport::AppController::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return app.exec();
}
