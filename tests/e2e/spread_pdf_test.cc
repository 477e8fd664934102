// The spread template read back from the PDF: what `build` prints and what
// `casebook proof` adds, in both shipped layouts.

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;

struct Books : testing::Test {
  static inline fs::path dir;
  static void SetUpTestSuite() {
    dir = fs::temp_directory_path() / ("casebook-spread-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* size : {"a4", "b5"}) {
      const std::string layout = std::string(" --layout layouts/casebook-") + size + ".toml";
      int status = 0;
      std::string log = casebook("build data" + layout + " -o '" + (dir / (std::string(size) + ".pdf")).string() + "'",
                                 &status);
      ASSERT_EQ(status, 0) << log;
      log = casebook("proof data" + layout + " -o '" + (dir / (std::string(size) + "-proof.pdf")).string() + "'",
                     &status);
      ASSERT_EQ(status, 0) << log;
    }
  }
  static void TearDownTestSuite() { fs::remove_all(dir); }
  static std::string text(const std::string& name) {
    return run("pdftotext -enc UTF-8 '" + (dir / (name + ".pdf")).string() + "' -");
  }
};

int occurrences(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

TEST_F(Books, TheBookPrintsNoPhotoPlaceholderAndNoEmptyPhotoSection) {
  for (const char* size : {"a4", "b5"}) {
    const std::string book = text(size);
    ASSERT_NE(occurrences(book, "団体概要"), 0) << size;
    EXPECT_EQ(occurrences(book, "写真なし"), 0) << size;
    EXPECT_EQ(occurrences(book, "取組の様子"), 0) << size;
  }
}

TEST_F(Books, TheProofDrawsThePhotoPlaceholderOnEverySpread) {
  for (const char* size : {"a4", "b5"}) {
    EXPECT_EQ(occurrences(text(std::string(size) + "-proof"), "写真なし"), 13) << size;
  }
}

TEST_F(Books, EverySpreadsSecondPageBeginsWithItsNumberAndName) {
  for (const char* size : {"a4", "b5"}) {
    const std::string pdf = (dir / (std::string(size) + ".pdf")).string();
    const std::string pages = run("pdfinfo '" + pdf + "' | sed -n 's/^Pages: *//p'");
    const int count = std::stoi(pages);
    // The spreads are the book's last 26 pages, two to an organization.
    for (int n = 1; n <= 13; ++n) {
      const int second = count - 26 + 2 * n;
      const std::string first_page = run("pdftotext -enc UTF-8 -f " + std::to_string(second - 1) + " -l " +
                                         std::to_string(second - 1) + " '" + pdf + "' -");
      // The page's first two text lines: the number, then the name (the
      // ideographic space between them reads as a column gap).
      const std::string head = run("pdftotext -enc UTF-8 -f " + std::to_string(second) + " -l " +
                                   std::to_string(second) + " '" + pdf + "' - | grep -v '^$' | head -2");
      char number[8];
      std::snprintf(number, sizeof number, "%02d", n);
      SCOPED_TRACE(std::string(size) + " spread " + number);
      const std::size_t newline = head.find('\n');
      ASSERT_NE(newline, std::string::npos) << head;
      EXPECT_EQ(head.substr(0, newline), number);
      // The name as page 1's header prints it (both read back the same way).
      const std::string name = head.substr(newline + 1, head.size() - newline - 2);
      ASSERT_FALSE(name.empty());
      EXPECT_NE(first_page.find(name), std::string::npos) << name;
    }
  }
}

}  // namespace
}  // namespace casebook
