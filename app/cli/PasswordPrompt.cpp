#include "PasswordPrompt.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace jifen::cli {

std::optional<QString> promptPassword(const QString& prompt)
{
    std::string line;
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdin)))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    for (int c = _getwch(); c != '\r' && c != '\n'; c = _getwch())
        line += static_cast<char>(c);
#else
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool canHide = tcgetattr(fd, &old) == 0;
    if (canHide) {
        termios hidden = old;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line += static_cast<char>(c);
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
#endif
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.c_str());
}

} // namespace jifen::cli
