// End to end: a paragraph copied out of the book is the paragraph. Every
// long field of the 13 shipped records, in A4 and B5, is found in
// pdftotext's text of its spread exactly as typed (-raw: in one piece;
// plain: in whole lines, which it may order otherwise): no
// space after 、, around ・ or between Japanese and Latin text where the
// data has none (JLREQ spacing is drawn as spacing, not extracted as
// text), and each space the data has is there. A list item reads back
// with its marker: 「・過去の…」, not 「・ 過去の…」 (the hang after the
// marker is spacing; a "1. " marker's typed space stays). Only line ends are
// forgiven: pdftotext ends each printed line with a newline, where the
// data has nothing or a space.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "../support/extracted_text.h"
#include "../support/process.h"
#include "../support/shipped_layouts.h"
#include "../support/shipped_book.h"

#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::contains;
using testing_support::long_text_blocks;
using testing_support::made_of_lines;
using testing_support::near;
using testing_support::run;
using testing_support::shipped_casebook;
using testing_support::spread_page_range;

class ExtractedText : public testing::TestWithParam<std::string> {};

TEST_P(ExtractedText, EveryLongFieldReadsBackAsTyped) {
  const fs::path pdf = fs::temp_directory_path() / ("casebook-extract-" + std::to_string(::getpid()) + ".pdf");
  int status = 0;
  const std::string log = build_shipped_book(GetParam(), pdf.string(), &status);
  ASSERT_EQ(status, 0) << log;
  const Casebook book = shipped_casebook();
  int checked = 0;
  for (std::size_t i = 0; i < book.organizations.size(); ++i) {
    const Organization& org = book.organizations[i];
    SCOPED_TRACE(org.path);
    const std::string pages = spread_page_range(pdf.string(), i);
    for (const std::string mode : {"", "-raw "}) {
      SCOPED_TRACE("pdftotext " + mode);
      const std::string text = run("pdftotext -enc UTF-8 " + mode + "-f " + pages + " '" + pdf.string() + "' -");
      auto expect = [&](const std::string& paragraph) {
        EXPECT_TRUE(mode.empty() ? made_of_lines(text, paragraph) : contains(text, paragraph))
            << "typed:     " << paragraph << "\nextracted: " << near(text, paragraph);
        ++checked;
      };
      for (const std::string& paragraph : long_text_blocks(org)) expect(paragraph);
    }
  }
  EXPECT_GT(checked, 200);
  fs::remove(pdf);
}

INSTANTIATE_TEST_SUITE_P(Layouts, ExtractedText, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
