// The whole book and a booklet, read back from the PDF: contents, links,
// bookmarks, page labels, counts and mapping against the records; runs are
// byte-identical; a failed build never touches the previous PDF.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_book.h"

#include "base/utf8.h"
#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::shipped_casebook;
using testing_support::slurp;
using testing_support::squeeze;

std::string two_digits(int n) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

struct Fixture : testing::Test {
  static void SetUpTestSuite() {
    dir = fs::temp_directory_path() / ("casebook-structure-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    int status = 0;
    const std::string log = casebook("build -o '" + (dir / "book.pdf").string() + "'", &status);
    ASSERT_EQ(status, 0) << log;
    data = shipped_casebook();
  }
  static void TearDownTestSuite() { fs::remove_all(dir); }
  static std::string pdf() { return (dir / "book.pdf").string(); }
  static std::string page_text(int page) {
    return run("pdftotext -raw -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf() +
               "' -");
  }
  /// Page object number → position (from 1), from qpdf's JSON.
  static std::map<std::string, int> page_positions() {
    const std::string json = run("qpdf --json=1 --json-key=pages '" + pdf() + "'");
    std::map<std::string, int> pos;
    const std::regex rx(R"re("object": "(\d+) 0 R",\s*"outlines")re");
    int n = 0;
    for (auto it = std::sregex_iterator(json.begin(), json.end(), rx); it != std::sregex_iterator(); ++it) {
      pos[(*it)[1]] = ++n;
    }
    return pos;
  }
  static fs::path dir;
  static Casebook data;
};
fs::path Fixture::dir;
Casebook Fixture::data;

// cover, はじめに, counts, contents, mapping, and a blank page: the front
// matter ends on an even page count so that page 1 is a right-hand page.
constexpr int kFront = 6;

TEST_F(Fixture, PageLabelsAreRomanThenArabic) {
  const std::string json = run("qpdf --json --json-key=pages '" + pdf() + "'");
  const std::regex rx(R"re("label": \{\s*"/S": "/(\w)",\s*"/St": (\d+))re");
  std::vector<std::string> labels;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), rx); it != std::sregex_iterator(); ++it) {
    labels.push_back(std::string((*it)[1]) + (*it)[2].str());
  }
  ASSERT_EQ(labels.size(), 32u);
  EXPECT_EQ(labels[0], "r1");
  EXPECT_EQ(labels[5], "r6");
  EXPECT_EQ(labels[6], "D1");
  EXPECT_EQ(labels[31], "D26");
}

TEST_F(Fixture, ContentsPageNumbersAndLinksPointAtTheSpreads) {
  // The contents as printed: each organization's number, name and page.
  const std::string contents = squeeze(page_text(4));
  const std::map<std::string, int> positions = page_positions();
  for (std::size_t i = 0; i < data.organizations.size(); ++i) {
    const Organization& org = data.organizations[i];
    const int printed = static_cast<int>(2 * i + 1);
    EXPECT_NE(contents.find(squeeze(two_digits(org.number) + org.name.value + org.region.prefectures[0].value +
                                    std::to_string(printed))),
              std::string::npos)
        << org.name.value;
    // The page the contents name is where the spread really is.
    const std::string spread = page_text(kFront + printed);
    EXPECT_EQ(spread.substr(0, 2), two_digits(org.number)) << spread.substr(0, 80);
    EXPECT_NE(squeeze(spread).find(squeeze(org.name.value)), std::string::npos);
  }
  // Every link on the contents page goes to its row's spread, top to bottom.
  const std::string objects = run("qpdf --json=1 --json-key=objects '" + pdf() + "'");
  std::map<std::string, std::string> destinations;  // destination object → page object
  const std::regex dest_rx(R"re("(\d+) 0 R": \[\s*"(\d+) 0 R",\s*"/Fit")re");
  for (auto it = std::sregex_iterator(objects.begin(), objects.end(), dest_rx); it != std::sregex_iterator(); ++it) {
    destinations[(*it)[1]] = (*it)[2];
  }
  const std::regex link_rx(
      R"re("/Dest": "(\d+) 0 R",\s*"/P": "\d+ 0 R",\s*"/Rect": \[\s*[-0-9.]+,\s*([-0-9.]+),[\s\S]*?"/Subtype": "/Link")re");
  std::vector<std::pair<double, int>> links;  // (bottom edge, target position)
  for (auto it = std::sregex_iterator(objects.begin(), objects.end(), link_rx); it != std::sregex_iterator(); ++it) {
    links.emplace_back(-std::stod((*it)[2]), positions.at(destinations.at((*it)[1])));
  }
  std::sort(links.begin(), links.end());
  ASSERT_EQ(links.size(), data.organizations.size());
  for (std::size_t i = 0; i < links.size(); ++i) EXPECT_EQ(links[i].second, kFront + static_cast<int>(2 * i + 1));
}

TEST_F(Fixture, BookmarksNameEverySectionAndOrganization) {
  const std::string json = run("qpdf --json --json-key=outlines '" + pdf() + "'");
  const std::regex rx(R"re("destpageposfrom1": (\d+),[\s\S]*?"title": "([^"]*)")re");
  std::vector<std::pair<int, std::string>> marks;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), rx); it != std::sregex_iterator(); ++it) {
    marks.emplace_back(std::stoi((*it)[1]), (*it)[2]);
  }
  ASSERT_EQ(marks.size(), 5u + data.organizations.size());
  EXPECT_EQ(marks[1], (std::pair<int, std::string>{2, "はじめに"}));
  EXPECT_EQ(marks[3], (std::pair<int, std::string>{4, "目次"}));
  EXPECT_EQ(marks[5], (std::pair<int, std::string>{7, "01 札幌メンズ・シェッド ポツケコタン"}));
  for (std::size_t i = 0; i < data.organizations.size(); ++i) {
    EXPECT_EQ(marks[5 + i].first, kFront + static_cast<int>(2 * i + 1));
    EXPECT_EQ(marks[5 + i].second, two_digits(data.organizations[i].number) + " " + data.organizations[i].name.value);
  }
}

TEST_F(Fixture, CountsAndMappingAreTheRecords) {
  // Computed here, independently of the layout code.
  std::map<std::string, int> item_count, target_count;
  for (const Organization& o : data.organizations) {
    ++item_count[data.taxonomy.items[static_cast<std::size_t>(o.activities.primary.index)].name];
    ++target_count[data.taxonomy.targets[static_cast<std::size_t>(o.targets.primary.index)].name];
  }
  const std::string counts = squeeze(page_text(3));
  // The shipped layouts leave out zero rows, as the report does.
  for (const TaxonomyEntry& item : data.taxonomy.items) {
    const int n = item_count[item.name];
    if (n > 0) {
      EXPECT_NE(counts.find(squeeze(item.name) + std::to_string(n)), std::string::npos) << item.name;
    } else {
      EXPECT_EQ(counts.find(squeeze(item.name) + "0"), std::string::npos) << item.name;
    }
  }
  for (const TaxonomyEntry& target : data.taxonomy.targets) {
    const int n = target_count[target.name];
    if (n > 0) {
      EXPECT_NE(counts.find(squeeze(target.name) + std::to_string(n)), std::string::npos) << target.name;
    } else {
      EXPECT_EQ(counts.find(squeeze(target.name) + "0"), std::string::npos) << target.name;
    }
  }
  // 全体マッピング: each row is its target, then the organizations of each
  // category in number order.
  const std::string mapping = squeeze(page_text(5));
  for (std::size_t t = 0; t < data.taxonomy.targets.size(); ++t) {
    std::string row;
    for (std::size_t c = 0; c < data.taxonomy.categories.size(); ++c) {
      for (const Organization& o : data.organizations) {
        const int category = data.taxonomy.items[static_cast<std::size_t>(o.activities.primary.index)].category;
        if (o.targets.primary.index == static_cast<int>(t) && category == static_cast<int>(c)) {
          row += two_digits(o.number) + o.name.value;
        }
      }
    }
    if (row.empty()) {
      EXPECT_EQ(mapping.find(squeeze(data.taxonomy.targets[t].name)), std::string::npos);
    } else {
      EXPECT_NE(mapping.find(squeeze(data.taxonomy.targets[t].name + row)), std::string::npos)
          << data.taxonomy.targets[t].name;
    }
  }
}

TEST_F(Fixture, TwoRunsAreByteIdentical) {
  int status = 0;
  casebook("build -o '" + (dir / "again.pdf").string() + "'", &status);
  ASSERT_EQ(status, 0);
  EXPECT_TRUE(slurp(dir / "again.pdf") == slurp(pdf()));
  EXPECT_EQ(run("qpdf --check '" + pdf() + "' >/dev/null 2>&1; echo $?"), "0\n");
  EXPECT_EQ(run("pdfinfo '" + pdf() + "' 2>&1 >/dev/null"), "");
}

TEST_F(Fixture, TheMiyagiBookletHasItsFiveOrganizations) {
  int status = 0;
  const fs::path out = dir / "miyagi.pdf";
  const std::string log = casebook("build --prefecture 宮城県 -o '" + out.string() + "'", &status);
  ASSERT_EQ(status, 0) << log;
  EXPECT_NE(log.find(": 16 pages, 5 organizations"), std::string::npos) << log;
  auto text = [&](int page) {
    return squeeze(run("pdftotext -raw -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                       out.string() + "' -"));
  };
  EXPECT_NE(text(1).find("宮城県"), std::string::npos);  // the cover says which booklet
  const std::string contents = text(4);
  int listed = 0, total = 0;
  for (const Organization& o : data.organizations) {
    const bool miyagi = o.region.prefectures[0].value == "宮城県";
    const bool found = contents.find(squeeze(two_digits(o.number) + o.name.value)) != std::string::npos;
    EXPECT_EQ(found, miyagi) << o.name.value;
    listed += found ? 1 : 0;
  }
  EXPECT_EQ(listed, 5);
  // Its counts add up to its five organizations.
  const std::string counts = text(3);
  for (const char* item : {"交流の場の提供2", "居場所づくり1", "食を通じたつながり1", "働くことを通じたつながり1"}) {
    EXPECT_NE(counts.find(item), std::string::npos) << item;
    total += item[std::string(item).size() - 1] - '0';
  }
  EXPECT_EQ(total, 5);
}

TEST_F(Fixture, AFailedBuildLeavesThePreviousPdf) {
  const fs::path out = dir / "kept.pdf";
  std::ofstream(out) << "previous";
  // Bad data.
  fs::create_directories(dir / "bad");
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", dir / "bad", fs::copy_options::recursive);
  std::ofstream(dir / "bad/orgs/01.toml", std::ios::app) << "\n[[broken\n";
  int status = 0;
  casebook("build '" + (dir / "bad").string() + "' -o '" + out.string() + "'", &status);
  EXPECT_EQ(status, 1);
  EXPECT_EQ(slurp(out), "previous");
  // An output directory that cannot be written.
  const std::string log = casebook("build -o '" + (dir / "kept.pdf/inside.pdf").string() + "'", &status);
  EXPECT_EQ(status, 1);
  EXPECT_NE(log.find("cannot write the PDF"), std::string::npos) << log;
  EXPECT_EQ(slurp(out), "previous");
  // A failure that casebook sees removes its temporary file.
  for (const auto& e : fs::directory_iterator(dir)) {
    EXPECT_EQ(e.path().filename().string().find("kept.pdf.tmp"), std::string::npos)
        << "a temporary file was left: " << e.path();
  }
  // A process killed while it writes: the file is the old one or a whole new one.
  for (int delay_ms : {5, 20, 40}) {
    run("cd '" + std::string(CASEBOOK_SOURCE_DIR) + "' && ('" + CASEBOOK_BINARY + "' build -o '" + out.string() +
        "' 2>/dev/null & pid=$!; sleep " + std::to_string(delay_ms / 1000.0) + "; kill -9 $pid; wait $pid) 2>/dev/null");
    const std::string now = slurp(out);
    if (now != "previous") {
      EXPECT_EQ(run("qpdf --check '" + out.string() + "' >/dev/null 2>&1; echo $?"), "0\n") << delay_ms;
      std::ofstream(out) << "previous";
    }
    // SIGKILL leaves no chance to clean up: a hidden .kept.pdf.tmp-PID may
    // remain, never a partial kept.pdf.
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().filename().string().starts_with(".kept.pdf.tmp")) fs::remove(e.path());
    }
  }
}

}  // namespace
}  // namespace casebook
