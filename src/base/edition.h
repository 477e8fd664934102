#pragma once

#include <optional>
#include <string_view>

namespace casebook {

/// Which of the two PDFs a run writes from the same layout (issue 11): the
/// edition for the print shop, or the one to read on screen and publish.
/// The layout sets the pages the same way for both; only the PDF stage
/// writes them differently.
enum class Edition {
  print,  ///< for the printer
  web,    ///< for screens and publication; the default
};

/// The edition named `name` on the command line ("print", "web");
/// nullopt for any other spelling.
inline std::optional<Edition> parse_edition(std::string_view name) {
  if (name == "print") return Edition::print;
  if (name == "web") return Edition::web;
  return std::nullopt;
}

/// The edition's name as the command line spells it.
inline const char* edition_name(Edition edition) { return edition == Edition::print ? "print" : "web"; }

}  // namespace casebook
