#include "proof/json.h"

#include <cstdio>
#include <string_view>

#include "base/unicode.h"
#include "base/utf8.h"

namespace casebook {

namespace {

/// A JSON string (RFC 8259 §7). Besides what JSON requires (", \ and C0
/// controls), DEL, the C1 controls (U+0080–U+009F, of which U+009B is CSI)
/// and the bidi controls are written as \uXXXX, so a report piped to a
/// terminal can neither run escape sequences nor reorder what it shows.
/// Bytes that are not UTF-8 become U+FFFD: JSON text is UTF-8.
std::string quote(const std::string& s) {
  std::string out = "\"";
  char b[8];
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            std::snprintf(b, sizeof b, "\\u%04x", c);
            out += b;
          } else {
            out += static_cast<char>(c);
          }
      }
      continue;
    }
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    const std::string_view sequence = std::string_view(s).substr(i, length);
    if (length == 1 || sequence.size() < length || utf8::find_invalid(sequence)) {
      out += "\\ufffd";
      ++i;
      continue;
    }
    std::size_t next = i;
    const char32_t cp = utf8::next(s, next);
    if ((cp >= 0x80 && cp <= 0x9F) || unicode::is_bidi_control(cp)) {
      std::snprintf(b, sizeof b, "\\u%04x", static_cast<unsigned>(cp));
      out += b;
    } else {
      out.append(sequence);
    }
    i += length;
  }
  return out + "\"";
}

}  // namespace

std::string diagnostics_json(const Diagnostics& diags) {
  std::string out = "{\n  \"version\": 1,\n  \"findings\": [";
  bool first = true;
  for (const Diagnostic& d : diags.sorted()) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "    {\"file\": " + quote(d.span.file) + ", \"line\": " + std::to_string(d.span.line) +
           ", \"column\": " + std::to_string(d.span.column) + ", \"severity\": " + quote(severity_name(d.severity)) +
           ", \"kind\": " + quote(d.code.empty() ? "input" : d.code) + ", \"message\": " + quote(d.message) +
           ", \"hints\": [";
    for (std::size_t i = 0; i < d.hints.size(); ++i) out += (i ? ", " : "") + quote(d.hints[i]);
    out += "]}";
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"summary\": {\"errors\": " + std::to_string(diags.count(Severity::error)) +
         ", \"warnings\": " + std::to_string(diags.count(Severity::warning)) +
         ", \"notes\": " + std::to_string(diags.count(Severity::note)) + "}\n}\n";
  return out;
}

}  // namespace casebook
