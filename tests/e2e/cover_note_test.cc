// The cover's note on the source report is display text: read back from
// the PDF, each of its lines ends where the data's phrase marks allow (the
// body breaker used to break the word 「関／する」 in A4).

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_book.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::casebook;
using testing_support::run;
using testing_support::slurp;

/// The phrases of casebook.toml's based_on, split at its '|' marks.
std::vector<std::string> note_phrases() {
  const std::string toml = slurp(fs::path(CASEBOOK_SOURCE_DIR) / "data/casebook.toml");
  std::smatch m;
  const std::regex rx(R"re(\nbased_on = "([^"]*)")re");
  if (!std::regex_search(toml, m, rx)) return {};
  std::vector<std::string> phrases;
  std::stringstream in(m[1].str());
  for (std::string p; std::getline(in, p, '|');) phrases.push_back(p);
  return phrases;
}

class CoverNote : public testing::TestWithParam<std::string> {};

TEST_P(CoverNote, EveryLineOfTheNoteEndsAtAPhraseMark) {
  const std::vector<std::string> phrases = note_phrases();
  ASSERT_GT(phrases.size(), 3u) << "the shipped note carries its phrase marks";
  const fs::path pdf = fs::temp_directory_path() / ("casebook-cover-note-" + std::to_string(::getpid()) + ".pdf");
  int status = 0;
  const std::string log = build_shipped_book(GetParam(), pdf.string(), &status);
  ASSERT_EQ(status, 0) << log;
  const std::string text = run("pdftotext -raw -enc UTF-8 -f 1 -l 1 '" + pdf.string() + "' -");
  fs::remove(pdf);
  // Where each phrase may end a line: the running concatenation.
  std::vector<std::string> ends;
  std::string joined;
  for (const std::string& p : phrases) ends.push_back(joined += p);
  const std::size_t start = text.find(phrases.front());
  ASSERT_NE(start, std::string::npos) << text;
  std::string so_far;
  int lines = 0;
  std::stringstream in(text.substr(start));
  for (std::string line; std::getline(in, line) && so_far != joined;) {
    so_far += line;
    ++lines;
    EXPECT_NE(std::find(ends.begin(), ends.end(), so_far), ends.end()) << "a line ends inside a phrase: " << line;
  }
  EXPECT_EQ(so_far, joined);
  EXPECT_GE(lines, 2);
}

TEST(CoverNoteTooLong, IsAnErrorAtItsFieldNotACutCover) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-cover-long-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", dir / "data", fs::copy_options::recursive);
  std::string toml = slurp(dir / "data/casebook.toml");
  const std::size_t at = toml.find("\nbased_on = \"") + 13;
  std::string long_text;
  for (int i = 0; i < 3000; ++i) long_text += "あ";
  toml.insert(at, long_text);
  std::ofstream(dir / "data/casebook.toml") << toml;
  int status = 0;
  const std::string log = casebook("build '" + (dir / "data").string() + "' -o '" + (dir / "out.pdf").string() + "'", &status);
  EXPECT_EQ(status, 1) << log;
  EXPECT_NE(log.find("casebook.toml:8:"), std::string::npos) << log;
  EXPECT_NE(log.find("does not fit below the title"), std::string::npos) << log;
  EXPECT_FALSE(fs::exists(dir / "out.pdf"));
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Layouts, CoverNote, testing::Values("casebook-a4.toml", "casebook-b5.toml"));

}  // namespace
}  // namespace casebook
