// End to end: `casebook build` on the shipped data, read back per spread.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_layouts.h"
#include "../support/shipped_book.h"

#include "base/utf8.h"
#include "data/load.h"
#include "data/load_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::run;
using testing_support::shipped_casebook;
using testing_support::squeeze;

class BookEndToEnd : public testing::TestWithParam<std::string> {};

TEST_P(BookEndToEnd, EachSpreadHoldsEveryFieldOfItsRecord) {
  const fs::path pdf = fs::temp_directory_path() / ("casebook-book-" + std::to_string(::getpid()) + ".pdf");
  int status = 0;
  const std::string log = build_shipped_book(GetParam(), pdf.string(), &status);
  ASSERT_EQ(status, 0) << log;
  EXPECT_EQ(run("qpdf --check '" + pdf.string() + "' >/dev/null 2>&1; echo $?"), "0\n");
  EXPECT_EQ(run("pdffonts '" + pdf.string() + "' 2>&1 >/dev/null"), "");
  EXPECT_EQ(run("pdftotext '" + pdf.string() + "' /dev/null 2>&1"), "");  // no warnings

  // The front matter comes first; the spreads are the last 2 × 13 pages.
  const std::string info = run("pdfinfo '" + pdf.string() + "'");
  const int pages = std::stoi(info.substr(info.find("Pages:") + 6));
  const int front = pages - 26;
  ASSERT_GE(front, 5);
  const Casebook book = shipped_casebook();
  for (std::size_t i = 0; i < book.organizations.size(); ++i) {
    const Organization& org = book.organizations[i];
    SCOPED_TRACE(org.path);
    const int first = front + static_cast<int>(2 * i + 1);
    // -raw reads in drawing order, which is the logical order: each label,
    // then its text, row after row.
    const std::string spread = squeeze(run("pdftotext -raw -enc UTF-8 -f " + std::to_string(first) + " -l " +
                                           std::to_string(first + 1) + " '" + pdf.string() + "' -"));
    auto expect = [&](const std::string& text) {
      EXPECT_NE(spread.find(squeeze(text)), std::string::npos) << "missing: " << text;
    };
    for (const Text* t : {&org.name, &org.title, &org.region.area, &org.profile.name, &org.profile.representative,
                          &org.profile.founded, &org.profile.staff, &org.profile.address}) {
      expect(t->value);
    }
    if (org.profile.website) expect(org.profile.website->value);
    for (const RichText* r : {&org.purpose, &org.audience, &org.description, &org.partners, &org.outreach,
                              &org.outcomes}) {
      for (const Block& b : r->blocks) expect(b.marker + b.text);
    }
    if (org.profile.message) {
      for (const Block& b : org.profile.message->blocks) expect(b.text);
    }
  }
  fs::remove(pdf);
}

INSTANTIATE_TEST_SUITE_P(Layouts, BookEndToEnd, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
