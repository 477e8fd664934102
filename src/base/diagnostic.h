#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace casebook {

enum class Severity { error, warning, note };

/// One problem found in the user's input, pointing at where it came from.
/// Errors are data: every stage collects them instead of stopping at the
/// first, so one run tells the user everything that is wrong.
struct Diagnostic {
  Severity severity = Severity::error;
  Span span;
  std::string message;
  std::vector<std::string> hints;
  /// What kind of finding it is ("overflow", "name-mismatch", …), for tools
  /// reading `casebook lint --format json`; empty for plain input errors.
  std::string code;
};

/// The diagnostics of one run, in the order they were found.
class Diagnostics {
 public:
  /// Adds `d` with its quoted text capped (cap_quotes()), so a finding in
  /// a 5 MB field is one readable line, not the field again.
  void add(Diagnostic d);
  void error(Span span, std::string message, std::vector<std::string> hints = {});
  void warning(Span span, std::string message, std::vector<std::string> hints = {});
  void note(Span span, std::string message, std::vector<std::string> hints = {});
  /// Adds the diagnostics of `other` as they are, in order (they were
  /// capped when `other` got them).
  void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }

  /// Gives the diagnostic added last its kind (see Diagnostic::code).
  void tag(std::string code) {
    if (!items_.empty()) items_.back().code = std::move(code);
  }

  const std::vector<Diagnostic>& items() const { return items_; }
  int count(Severity s) const;
  bool has_errors() const { return count(Severity::error) > 0; }

  /// The diagnostics ordered by file, line and column (stable for equal
  /// places), which is how a person reads them against the files.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
};

/// "error", "warning", "note": the severity's name in the JSON of lint
/// and in the code, never translated.
const char* severity_name(Severity s);
/// The severity as printed for a person, in the user's language.
const char* severity_label(Severity s);

/// `text` safe to print on a terminal: C0 controls, DEL and C1 controls
/// become \x1b / \u009b, and the bidi controls that reorder what a
/// terminal shows (U+202A–U+202E, U+2066–U+2069) \u202e, so a value quoted
/// from the data can neither run escape sequences (retitle the window,
/// clear the screen) nor disguise the message. Tabs stay; bytes that are
/// not UTF-8 become \xNN.
std::string escape_controls(std::string_view text);

/// `message` with each quoted text ('…') longer than 60 characters cut to
/// its first 60, then `…' (N characters)`; and the whole message, should it
/// still be longer than 1000 characters, cut likewise. Quoting a value is
/// for recognizing it: the span says where the rest is.
std::string cap_quotes(std::string_view message);

/// Formats one diagnostic like a compiler does, through escape_controls():
///   data/orgs/05.toml:12:10: error: message
///     hint: ...
/// A span without a line prints as `file: error: message`.
std::string format_diagnostic(const Diagnostic& d);

/// How diagnostics are shown: `human` adds the source line and a caret
/// under the column (as rustc and Typst do); `short_form` is one line per
/// diagnostic, for editors and scripts (--message-format=short).
enum class MessageFormat { human, short_form };

/// Colour on a terminal: `automatic` colours only when the stream is a
/// terminal, TERM is not "dumb" and NO_COLOR is unset or empty
/// (https://no-color.org); `always` and `never` as --color says.
enum class ColorChoice { automatic, always, never };

struct DiagnosticStyle {
  MessageFormat format = MessageFormat::human;
  ColorChoice color = ColorChoice::automatic;
};

/// The process's diagnostic style, set once by the command line from
/// --message-format and --color before a command prints anything.
void set_diagnostic_style(DiagnosticStyle style);
DiagnosticStyle diagnostic_style();

/// Whether output to `fd` is coloured under `choice`, with the environment
/// as it is.
bool use_color(ColorChoice choice, int fd);

/// Writes all diagnostics, sorted, in the process's style: each as
/// format_diagnostic() does, and in the human format with its source line
/// and caret (when the file can be read) and in colour when use_color()
/// says so for `out` (standard output or standard error).
void print_diagnostics(std::ostream& out, const Diagnostics& diags);

}  // namespace casebook
