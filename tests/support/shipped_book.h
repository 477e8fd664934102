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

}  // namespace casebook::testing_support
