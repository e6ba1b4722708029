#include "PasswordInput.h"

#include "crypto/SecureBytes.h"

#include <QByteArray>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace rapport::ctl {

namespace {

// Switches terminal echo off for its lifetime.
class EchoOff
{
public:
    explicit EchoOff(std::FILE* in)
    {
#ifdef Q_OS_WIN
        m_handle = reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(in)));
        m_active = m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_mode) &&
                   SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_fd = fileno(in);
        if (tcgetattr(m_fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(m_fd, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#else
    int m_fd = -1;
    termios m_saved{};
#endif
};

} // namespace

PasswordInput::PasswordInput(std::FILE* in, std::FILE* prompts)
    : m_in(in)
    , m_prompts(prompts)
{}

bool PasswordInput::isTerminal() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(m_in)) != 0;
#else
    return isatty(fileno(m_in)) != 0;
#endif
}

std::optional<QString> PasswordInput::readLine(const QString& prompt)
{
    const bool terminal = isTerminal();
    std::optional<EchoOff> echoOff;
    if (terminal) {
        const QByteArray text = prompt.toUtf8();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), m_prompts);
        std::fflush(m_prompts);
        echoOff.emplace(m_in);
    }
    QByteArray line;
    line.reserve(1024); // one buffer to wipe, not a trail of reallocated copies
    bool sawAnything = false;
    for (int c = std::fgetc(m_in); c != EOF; c = std::fgetc(m_in)) {
        sawAnything = true;
        if (c == '\n')
            break;
        line.append(static_cast<char>(c));
    }
    if (terminal) {
        echoOff.reset();
        std::fputc('\n', m_prompts); // the Enter the terminal did not echo
        std::fflush(m_prompts);
    }
    if (!sawAnything)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    QString out = QString::fromUtf8(line);
    wipe(line);
    return out;
}

} // namespace rapport::ctl
