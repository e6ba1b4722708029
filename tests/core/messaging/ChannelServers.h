#pragma once

// The real servers tst_channels talks to: channel_servers.py (aiosmtpd with STARTTLS and
// AUTH, SMTPS, an SMTP server that drops the connection during DATA, one that never
// answers, and an HTTP SMS gateway), started on free local ports and stopped at the end.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace rapport::test {

class ChannelServers
{
public:
    ~ChannelServers() { stop(); }

    // Empty when the servers listen; else what went wrong.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        m_process.setProgram(QStringLiteral(RAPPORT_TEST_PYTHON));
        m_process.setArguments({QStringLiteral(CHANNEL_SERVERS_SCRIPT), m_dir.path()});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("could not start %1").arg(QStringLiteral(RAPPORT_TEST_PYTHON));
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (!m_process.waitForReadyRead(8000))
                return QStringLiteral("the servers did not start: %1")
                    .arg(QString::fromUtf8(m_process.readAllStandardError()));
            line += m_process.readAllStandardOutput();
        }
        if (!line.startsWith("READY "))
            return QStringLiteral("unexpected output: %1").arg(QString::fromUtf8(line));
        m_ports = QJsonDocument::fromJson(line.mid(6)).object();
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // the script stops when its input closes
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    [[nodiscard]] int port(const char* name) const { return m_ports.value(QLatin1String(name)).toInt(); }
    [[nodiscard]] QString path(const QString& file) const { return m_dir.filePath(file); }

    [[nodiscard]] int mailCount() const
    {
        return int(QDir(m_dir.path()).entryList({QStringLiteral("mail-*.eml")}, QDir::Files).size());
    }
    [[nodiscard]] QJsonObject mailSummary(int n) const
    {
        return QJsonDocument::fromJson(readFile(QStringLiteral("mail-%1.json").arg(n))).object();
    }
    [[nodiscard]] QByteArray rawMail(int n) const { return readFile(QStringLiteral("mail-%1.eml").arg(n)); }

    [[nodiscard]] QList<QJsonObject> httpRequests() const
    {
        QList<QJsonObject> out;
        const QList<QByteArray> lines = readFile(QStringLiteral("http.jsonl")).split('\n');
        for (const QByteArray& line : lines)
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        return out;
    }

    [[nodiscard]] QByteArray readFile(const QString& name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_ports;
};

} // namespace rapport::test
