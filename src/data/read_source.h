#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "data/source_file.h"

namespace casebook {

/// The most bytes casebook reads from one TOML file (a record, the
/// taxonomy, casebook.toml, a layout). The longest shipped record is under
/// 6 KB; a file a thousand times larger is a mistake (or /dev/zero), and
/// reading it whole would only delay the error.
inline constexpr std::size_t kMaxSourceBytes = std::size_t{1} << 20;

/// Reads `path` whole, for parsing: only a regular file (a link to one is
/// followed) of at most `limit` bytes. A FIFO, device, directory or socket
/// is refused before it is read from, and the file is opened without
/// blocking, so neither a FIFO nor /dev/zero can stall the run. Every
/// problem is reported at the file and gives nullopt.
std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diags,
                                           std::size_t limit = kMaxSourceBytes);

/// "a directory", "a named pipe (FIFO)", … for the file type in `st_mode`
/// of a stat(2) result; "a regular file" for one.
const char* describe_file_type(unsigned st_mode);

}  // namespace casebook
