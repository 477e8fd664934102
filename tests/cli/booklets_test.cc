// casebook booklets sets its booklets on several threads at once; each
// thread's work must not disturb another's (run under ThreadSanitizer in
// CI, see CASEBOOK_TSAN).

#include <unistd.h>

#include <algorithm>
#include <map>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/process.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::casebook;
using casebook::testing_support::run;
using casebook::testing_support::slurp;

/// Each page's label as qpdf computes it from the PDF's page labels, in
/// page order: "r3" (roman iii) or "D7" (decimal 7).
std::vector<std::string> page_labels(const fs::path& pdf) {
  const std::string json = run("qpdf --json --json-key=pages '" + pdf.string() + "'");
  const std::regex rx(R"re("label": \{\s*"/S": "/(\w)",\s*"/St": (\d+))re");
  std::vector<std::string> labels;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), rx); it != std::sregex_iterator(); ++it) {
    labels.push_back(std::string((*it)[1]) + (*it)[2].str());
  }
  return labels;
}

std::string page_text(const fs::path& pdf, std::size_t page) {
  const std::string n = std::to_string(page);
  return run("pdftotext -layout -f " + n + " -l " + n + " '" + pdf.string() + "' -");
}

TEST(Booklets, SetInParallelTheyAreTheSameBytesAsSetOneAtATime) {
  const fs::path root = fs::temp_directory_path() / ("casebook-booklets-" + std::to_string(::getpid()));
  fs::remove_all(root);
  int status = 0;
  std::string log = casebook("booklets data -o '" + (root / "serial").string() + "' --jobs 1", &status);
  ASSERT_EQ(status, 0) << log;
  log = casebook("booklets data -o '" + (root / "parallel").string() + "' --jobs 4", &status);
  ASSERT_EQ(status, 0) << log;
  EXPECT_NE(log.find("0 failed"), std::string::npos) << log;

  int booklets = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(root / "serial")) {
    ++booklets;
    const fs::path twin = root / "parallel" / e.path().filename();
    ASSERT_TRUE(fs::exists(twin)) << twin;
    EXPECT_TRUE(slurp(e.path()) == slurp(twin)) << e.path().filename() << " differs when set in parallel";
  }
  EXPECT_GE(booklets, 4) << "the shipped data has enough prefectures to keep four threads busy";
  fs::remove_all(root);
}

TEST(Booklets, FileNamesStartWithTheJisCodeSoTheySortInTheBooksOrder) {
  // The taxonomy lists the 47 prefectures in JIS X 0401 order: the code of
  // each is its place in that list, read here from the shipped taxonomy.
  const std::string taxonomy = slurp(std::string(CASEBOOK_SOURCE_DIR) + "/data/taxonomy.toml");
  const std::string list = taxonomy.substr(taxonomy.find("prefectures = ["));
  std::vector<std::string> jis;
  const std::regex quoted("\"([^\"]+)\"");
  for (std::sregex_iterator it(list.begin(), list.begin() + static_cast<long>(list.find(']')), quoted), end; it != end;
       ++it) {
    jis.push_back((*it)[1]);
  }
  ASSERT_EQ(jis.size(), 47u);
  const fs::path root = fs::temp_directory_path() / ("casebook-booklets-jis-" + std::to_string(::getpid()));
  fs::remove_all(root);
  int status = 0;
  const std::string log = casebook("booklets data -o '" + root.string() + "' --jobs 2", &status);
  ASSERT_EQ(status, 0) << log;
  std::vector<std::string> names;
  for (const fs::directory_entry& e : fs::directory_iterator(root)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  ASSERT_GE(names.size(), 4u);
  std::size_t last = 0;
  const std::regex form("([0-9]{2})_(.+)\\.pdf");
  for (const std::string& name : names) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(name, m, form)) << name;
    const std::size_t code = std::stoul(m[1]);
    ASSERT_GE(code, 1u);
    ASSERT_LE(code, 47u);
    EXPECT_EQ(jis[code - 1], m[2].str()) << name << ": the code is not the prefecture's JIS X 0401 code";
    EXPECT_GT(code, last) << "sorted by name, the booklets are not in JIS order";
    last = code;
  }
  EXPECT_TRUE(fs::exists(root / "01_北海道.pdf")) << log;
  fs::remove_all(root);
}

TEST(Booklets, KeepFoliosNumbersEachSpreadAsTheWholeBookDoes) {
  // With --keep-folios a booklet's spread is the whole book's page: the
  // same label, and the same printed text, folio included. Without it the
  // booklets are numbered from 1 and a spread of a later prefecture reads
  // a different folio than the book's.
  const fs::path root = fs::temp_directory_path() / ("casebook-booklets-folios-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  int status = 0;
  std::string log = casebook("build data -o '" + (root / "book.pdf").string() + "'", &status);
  ASSERT_EQ(status, 0) << log;
  log = casebook("booklets data -o '" + (root / "kept").string() + "' --keep-folios --jobs 2", &status);
  ASSERT_EQ(status, 0) << log;
  std::map<std::string, std::size_t> book_page;  // "D7" → page of book.pdf (from 1)
  const std::vector<std::string> book_labels = page_labels(root / "book.pdf");
  ASSERT_EQ(book_labels.size(), 32u);
  for (std::size_t i = 0; i < book_labels.size(); ++i) book_page[book_labels[i]] = i + 1;

  int compared = 0, moved = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(root / "kept")) {
    const std::vector<std::string> labels = page_labels(e.path());
    ASSERT_FALSE(labels.empty()) << e.path();
    bool first_spread = true;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (labels[i][0] != 'D') continue;
      const auto in_book = book_page.find(labels[i]);
      ASSERT_NE(in_book, book_page.end()) << e.path().filename() << " page " << i + 1 << " is labelled " << labels[i]
                                          << ", a page the book does not have";
      EXPECT_EQ(page_text(e.path(), i + 1), page_text(root / "book.pdf", in_book->second))
          << e.path().filename() << " page " << i + 1 << " (" << labels[i] << ") is not the book's page " << labels[i];
      if (first_spread && labels[i] != "D1") ++moved;
      first_spread = false;
      ++compared;
    }
  }
  EXPECT_GE(compared, 26) << "every spread of the book is in one booklet";
  EXPECT_GE(moved, 3) << "booklets whose first spread is not the book's page 1";
  fs::remove_all(root);
}

}  // namespace
