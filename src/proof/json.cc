#include "proof/json.h"

#include <cstdio>

namespace casebook {

namespace {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          out += b;
        } else {
          out += static_cast<char>(c);
        }
    }
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
