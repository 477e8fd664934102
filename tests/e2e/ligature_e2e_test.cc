// End to end: no glyph in the book stands for two Latin letters. A ligature
// glyph (fi, fl, ffi …) would show in the PDF's ToUnicode maps as one code
// mapped to several ASCII letters; 07's facebook URL in the profile was set
// with an "fi" ligature before ligatures became opt-in per style.

#include <filesystem>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_layouts.h"
#include "../support/shipped_book.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::run;
using testing_support::slurp;

class BookLigatures : public testing::TestWithParam<std::string> {};

TEST_P(BookLigatures, NoCodeStandsForSeveralLatinLetters) {
  const std::string base = (fs::temp_directory_path() / ("casebook-liga-" + std::to_string(::getpid()))).string();
  int status = 0;
  const std::string log = build_shipped_book(GetParam(), base + ".pdf", &status);
  ASSERT_EQ(status, 0) << log;
  // Uncompressed, so that the ToUnicode maps can be read as text.
  run("qpdf --qdf --object-streams=disable '" + base + ".pdf' '" + base + ".qdf' 2>&1", &status);
  ASSERT_EQ(status, 0);
  const std::string pdf = slurp(base + ".qdf");
  const std::regex entry(R"re(<([0-9A-F]{4})> <([0-9A-F]+)>)re");
  int entries = 0;
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), entry); it != std::sregex_iterator(); ++it) {
    ++entries;
    const std::string units = (*it)[2];
    if (units.size() < 8) continue;
    bool latin = true;
    std::string letters;
    for (std::size_t i = 0; i < units.size(); i += 4) {
      const unsigned u = std::stoul(units.substr(i, 4), nullptr, 16);
      latin = latin && ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'));
      letters += static_cast<char>(u & 0x7F);
    }
    EXPECT_FALSE(latin) << "a ligature glyph for '" << letters << "'";
  }
  EXPECT_GT(entries, 500);  // the maps were read
  fs::remove(base + ".pdf");
  fs::remove(base + ".qdf");
}

INSTANTIATE_TEST_SUITE_P(Layouts, BookLigatures, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
