#pragma once

// Every text the proof itself writes onto its pages and into its notes, in
// one place, so that a translation (gettext, issue 13 section 1) replaces
// them here and nowhere else.

#include <filesystem>
#include <string>

#include "base/diagnostic.h"

namespace casebook::proof_wording {

/// Who wrote a proof note (the annotation's /T, shown as its author).
inline const std::string kNoteAuthor = "casebook";

/// A finding's kind as a note's subject: its code, or "input" for a plain
/// data error (as lint's JSON names it).
inline std::string note_subject(const Diagnostic& d) { return d.code.empty() ? "input" : d.code; }

/// Where a finding was typed, as a compiler prints it, relative to the data
/// directory `data_dir` ("orgs/02.toml:12:3"): the proof's bytes must not
/// depend on how the data path was spelled (data, ./data, an absolute path).
inline std::string where(const Diagnostic& d, const std::string& data_dir) {
  const std::filesystem::path file(d.span.file);
  std::filesystem::path relative =
      file.lexically_normal().lexically_relative(std::filesystem::path(data_dir).lexically_normal());
  if (relative.empty() || *relative.begin() == "..") relative = file.filename();
  return relative.generic_string() + ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column);
}

/// A note's text: the place, then the message.
inline std::string note_contents(const Diagnostic& d, const std::string& data_dir) {
  return where(d, data_dir) + ": " + d.message;
}

/// The heading of the page that stands in for a record that could not be
/// set: "Record 02 was not set: 3 errors".
inline std::string error_page_heading(const std::string& number, int errors) {
  return "Record " + number + " was not set: " + std::to_string(errors) + (errors == 1 ? " error" : " errors");
}

/// The last line of an error page that cannot list them all.
inline std::string more_errors(int count) {
  return "… and " + std::to_string(count) + (count == 1 ? " more error" : " more errors") + " (see the terminal)";
}

}  // namespace casebook::proof_wording
