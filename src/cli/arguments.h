#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::cli {

/// `text` as a whole decimal integer within [min, max]: no sign unless
/// negative, no trailing characters, no overflow; nullopt otherwise. Never
/// throws (std::stoi does, and accepts "5abc").
std::optional<long> parse_integer(std::string_view text, long min, long max);

/// `text` as a whole finite decimal number within [min, max]; nullopt for
/// "nan", "inf", "1e400", trailing characters or a value out of range.
std::optional<double> parse_number(std::string_view text, double min, double max);

/// What take_global_option() found at args[i].
enum class GlobalOption { none, taken, invalid };

/// The options every command takes, before or after the command:
/// --color=auto|always|never and --message-format=human|short (also with
/// the value as the next argument). Sets the process's DiagnosticStyle and
/// advances `i` past a separate value; on `invalid` says why in `problem`.
GlobalOption take_global_option(const std::vector<std::string>& args, std::size_t& i, std::string* problem);

/// The command line of one command, declared rather than hand-parsed:
/// options that take a value, flags, and one optional positional argument.
/// -h/--help prints the command's help.
class Arguments {
 public:
  Arguments(std::string command, const char* help) : command_(std::move(command)), help_(help) {}

  /// An option with a value: `--layout FILE` (also under `alias`, e.g. -o).
  void option(std::string name, std::string* value, std::string alias = "");
  void flag(std::string name, bool* value);
  /// The one positional argument, named `name` in messages ("data
  /// directory", "text file"); `given` tells whether it was.
  void positional(std::string* value, std::string name, bool* given = nullptr);

  /// Parses `args`: `--name value`, `--name=value`, `-oVALUE` for a
  /// one-letter alias, `--` ending the options; the global options of
  /// take_global_option(). Returns nullopt when the command should go on, else the
  /// exit status to end with: 0 after --help, 2 after a usage error (which
  /// it has printed).
  std::optional<int> parse(const std::vector<std::string>& args);

  /// Prints a usage error for this command; returns 2.
  int error(const std::string& message) const;

 private:
  struct Option {
    std::string name, alias;
    std::string* value = nullptr;
    bool* flag = nullptr;
  };
  std::string command_;
  const char* help_;
  std::vector<Option> options_;
  std::string* positional_ = nullptr;
  std::string positional_name_;
  bool* positional_given_ = nullptr;
};

}  // namespace casebook::cli
