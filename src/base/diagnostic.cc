#include "base/diagnostic.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <ostream>
#include <tuple>

#include "base/excerpt.h"
#include "base/i18n.h"
#include "base/utf8.h"

namespace casebook {

namespace {

constexpr std::size_t kMaxQuoted = 60, kMaxMessage = 1000;

bool ascii_word_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// Byte offset after `count` code points of `s` from `from` (or s.size()).
std::size_t skip_code_points(std::string_view s, std::size_t from, std::size_t count) {
  std::size_t i = from;
  for (std::size_t n = 0; n < count && i < s.size(); ++n) utf8::next(s, i);
  return std::min(i, s.size());
}

}  // namespace

std::string cap_quotes(std::string_view message) {
  std::string out;
  std::size_t i = 0;
  while (i < message.size()) {
    const std::size_t open = message.find('\'', i);
    // An opening quote follows the start or a non-word character, so the
    // apostrophe of "it's" opens nothing.
    if (open == std::string_view::npos || open + 1 >= message.size()) break;
    if (open > 0 && ascii_word_char(message[open - 1])) {
      out.append(message.substr(i, open + 1 - i));
      i = open + 1;
      continue;
    }
    // Its closing quote: the next one not followed by a word character.
    std::size_t close = open + 1;
    while ((close = message.find('\'', close)) != std::string_view::npos && close + 1 < message.size() &&
           ascii_word_char(message[close + 1])) {
      ++close;
    }
    if (close == std::string_view::npos) break;
    const std::string_view quoted = message.substr(open + 1, close - open - 1);
    out.append(message.substr(i, open + 1 - i));
    const std::size_t length = utf8::length(quoted);
    if (length > kMaxQuoted) {
      out.append(quoted.substr(0, skip_code_points(quoted, 0, kMaxQuoted)));
      out += "…' (" + std::to_string(length) + " characters)";
    } else {
      out.append(quoted);
      out += '\'';
    }
    i = close + 1;
  }
  if (i < message.size()) out.append(message.substr(i));
  const std::size_t length = utf8::length(out);
  if (length > kMaxMessage) {
    out.resize(skip_code_points(out, 0, kMaxMessage));
    out += "… (" + std::to_string(length) + " characters in all)";
  }
  return out;
}

void Diagnostics::add(Diagnostic d) {
  d.message = cap_quotes(d.message);
  for (std::string& hint : d.hints) hint = cap_quotes(hint);
  items_.push_back(std::move(d));
}

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

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char code[16];
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\t' || (byte >= 0x20 && byte < 0x7F)) {
      out += text[i++];
      continue;
    }
    if (byte < 0x80) {  // C0 controls and DEL
      std::snprintf(code, sizeof code, "\\x%02x", byte);
      out += code;
      ++i;
      continue;
    }
    // A UTF-8 sequence: copied unless it is a C1 or bidi control, or broken.
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    const std::string_view sequence = text.substr(i, length);
    if (length == 1 || sequence.size() < length || utf8::find_invalid(sequence)) {
      std::snprintf(code, sizeof code, "\\x%02x", byte);
      out += code;
      ++i;
      continue;
    }
    std::size_t next = i;
    const char32_t c = utf8::next(text, next);
    if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
      out += code;
    } else {
      out.append(sequence);
    }
    i += length;
  }
  return out;
}

const char* severity_label(Severity s) {
  switch (s) {
    case Severity::error: return tr("error");
    case Severity::warning: return tr("warning");
    case Severity::note: return tr("note");
  }
  return tr("error");
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = escape_controls(d.span.file);
  if (d.span.line > 0) {
    out += ':' + std::to_string(d.span.line) + ':' + std::to_string(d.span.column);
  }
  out += ": ";
  out += severity_label(d.severity);
  out += ": ";
  out += escape_controls(d.message);
  for (const std::string& hint : d.hints) {
    out += "\n    ";
    out += tr("hint:");
    out += " ";
    out += escape_controls(hint);
  }
  return out;
}

namespace {

// Set by the command line before any thread starts; read by every printer.
std::atomic<MessageFormat> g_format{MessageFormat::human};
std::atomic<ColorChoice> g_color{ColorChoice::automatic};

constexpr std::string_view kBold = "\x1b[1m", kRed = "\x1b[1;31m", kYellow = "\x1b[1;33m", kCyan = "\x1b[1;36m",
                           kBlue = "\x1b[1;34m", kReset = "\x1b[0m";

std::string_view color_of(Severity s) {
  switch (s) {
    case Severity::error: return kRed;
    case Severity::warning: return kYellow;
    case Severity::note: return kCyan;
  }
  return kRed;
}

}  // namespace

void set_diagnostic_style(DiagnosticStyle style) {
  g_format = style.format;
  g_color = style.color;
}

DiagnosticStyle diagnostic_style() { return {g_format.load(), g_color.load()}; }

bool use_color(ColorChoice choice, int fd) {
  if (choice != ColorChoice::automatic) return choice == ColorChoice::always;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return fd >= 0 && ::isatty(fd) == 1;
}

void print_diagnostics(std::ostream& out, const Diagnostics& diags) {
  const DiagnosticStyle style = diagnostic_style();
  const int fd = &out == &std::cerr ? STDERR_FILENO : &out == &std::cout ? STDOUT_FILENO : -1;
  const bool color = use_color(style.color, fd);
  SourceLines sources;
  std::string text;
  for (const Diagnostic& d : diags.sorted()) {
    if (!color && style.format == MessageFormat::short_form) {
      text += format_diagnostic(d);
      text += '\n';
      continue;
    }
    // The first line, coloured: place in bold, severity in its colour.
    std::string place = escape_controls(d.span.file);
    if (d.span.line > 0) place += ':' + std::to_string(d.span.line) + ':' + std::to_string(d.span.column);
    const std::string_view sev = color ? color_of(d.severity) : "";
    const std::string_view bold = color ? kBold : "", reset = color ? kReset : "";
    text += std::string(bold) + place + ":" + std::string(reset) + " " + std::string(sev) +
            severity_label(d.severity) + ":" + std::string(reset) + " " + std::string(bold) +
            escape_controls(d.message) + std::string(reset) + "\n";
    if (style.format == MessageFormat::human && d.span.line > 0) {
      if (const auto line = sources.line(d.span.file, d.span.line)) {
        const ExcerptColors colors{color ? kBlue : "", sev, reset};
        text += source_excerpt(*line, d.span.line, d.span.column, colors) + "\n";
      }
    }
    for (const std::string& hint : d.hints) {
      text += "    " + std::string(color ? kCyan : "") + tr("hint:") + std::string(reset) + " " + escape_controls(hint) +
              "\n";
    }
  }
  out << text;
}

}  // namespace casebook
