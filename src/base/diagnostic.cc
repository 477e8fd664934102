#include "base/diagnostic.h"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace casebook {

void Diagnostics::error(Span span, std::string message, std::vector<std::string> hints) {
  add({Severity::error, std::move(span), std::move(message), std::move(hints), {}});
}

void Diagnostics::warning(Span span, std::string message, std::vector<std::string> hints) {
  add({Severity::warning, std::move(span), std::move(message), std::move(hints), {}});
}

void Diagnostics::note(Span span, std::string message, std::vector<std::string> hints) {
  add({Severity::note, std::move(span), std::move(message), std::move(hints), {}});
}

int Diagnostics::count(Severity s) const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                        [s](const Diagnostic& d) { return d.severity == s; }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.file, a.span.line, a.span.column) <
           std::tie(b.span.file, b.span.line, b.span.column);
  });
  return out;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.span.file;
  if (d.span.line > 0) {
    out += ':' + std::to_string(d.span.line) + ':' + std::to_string(d.span.column);
  }
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  for (const std::string& hint : d.hints) {
    out += "\n    hint: ";
    out += hint;
  }
  return out;
}

void print_diagnostics(std::ostream& out, const Diagnostics& diags) {
  for (const Diagnostic& d : diags.sorted()) out << format_diagnostic(d) << '\n';
}

}  // namespace casebook
