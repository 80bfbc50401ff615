#pragma once

#include <QString>

#include <optional>

namespace jifen::cli {

// Reads a password from the terminal without echoing it; nullopt when there is no terminal.
// The only platform-specific code of the CLI.
std::optional<QString> promptPassword(const QString& prompt);

} // namespace jifen::cli
