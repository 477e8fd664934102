#pragma once

// The shipped book (data/) for end-to-end tests: built into a PDF by the
// binary under test, and its records loaded to say what the PDF must hold.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

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

/// A parametrised suite over the shipped layouts that reads the shipped
/// book in each layout and edition: each PDF is built once per suite into
/// a scratch folder named after `Suite::kPrefix`, and the records are
/// loaded once.
template <class Suite, class Param>
struct ShippedEditionBooks : ::testing::TestWithParam<Param> {
  static void SetUpTestSuite() {
    dir = std::filesystem::temp_directory_path() / (std::string(Suite::kPrefix) + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    data = shipped_casebook();
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir); }
  /// The book in layouts/`layout`, the given edition, built once.
  static std::string book(const std::string& layout, const std::string& edition) {
    const std::string pdf = (dir / (layout + "-" + edition + ".pdf")).string();
    if (!std::filesystem::exists(pdf)) {
      int status = -1;
      const std::string log =
          casebook("build data --layout layouts/" + layout + " --edition " + edition + " -o '" + pdf + "'", &status);
      EXPECT_EQ(status, 0) << log;
    }
    return pdf;
  }
  static inline std::filesystem::path dir;
  static inline Casebook data;
};

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
