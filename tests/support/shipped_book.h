#pragma once

// The shipped book (data/) for end-to-end tests: built into a PDF by the
// binary under test, and its records loaded to say what the PDF must hold.

#include <string>

#include "data/load.h"
#include "support/process.h"

namespace casebook::testing_support {

/// Builds the shipped book with layouts/`layout` into `pdf`; the command's
/// output (both streams), its exit status in `status`.
inline std::string build_shipped_book(const std::string& layout, const std::string& pdf, int* status) {
  return casebook("build data --layout layouts/" + layout + " -o '" + pdf + "'", status);
}

/// The shipped records, loaded as the command line loads them.
inline Casebook shipped_casebook() {
  Diagnostics diags;
  return load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/data", diags);
}

/// pdftotext's page range ("F -l L") of the spread of the `i`-th record
/// (from 0) of the shipped book in `pdf`: its 13 spreads are the book's
/// last 26 pages, after the front matter.
inline std::string spread_page_range(const std::string& pdf, std::size_t i) {
  const std::string info = run("pdfinfo '" + pdf + "'");
  const int front = std::stoi(info.substr(info.find("Pages:") + 6)) - 26;
  return std::to_string(front + static_cast<int>(2 * i + 1)) + " -l " +
         std::to_string(front + static_cast<int>(2 * i + 2));
}

}  // namespace casebook::testing_support
