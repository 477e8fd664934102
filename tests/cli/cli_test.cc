// End-to-end tests of the command line as a user runs it.

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "support/shipped_layout.h"
#include "support/text_position.h"

namespace {

namespace fs = std::filesystem;

struct Result {
  int status;
  std::string output;  // stdout and stderr together
};

Result run(const std::string& args, const std::string& cwd = CASEBOOK_SOURCE_DIR) {
  const std::string command = "cd '" + cwd + "' && '" + std::string(CASEBOOK_BINARY) + "' " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string last_line(const std::string& s) {
  const std::size_t end = s.find_last_not_of('\n');
  const std::size_t start = s.rfind('\n', end);
  return s.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

TEST(Cli, VersionAndHelp) {
  Result r = run("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output, "casebook 0.1.0\n");
  r = run("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.output.find("check [DATA_DIR]"), std::string::npos);
  r = run("check --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.output.find("usage: casebook check"), std::string::npos);
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run("").status, 2);
  Result r = run("frobnicate");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("unknown command 'frobnicate'"), std::string::npos);
  EXPECT_EQ(run("check --strict").status, 2);
  EXPECT_EQ(run("check data data").status, 2);
}

TEST(Cli, CheckOnTheShippedDataIsClean) {
  Result r = run("check");  // default directory: data
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(r.output, "data: 13 organizations checked, no problems\n");
}

TEST(Cli, CheckReportsEveryErrorAndExitsWithOne) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-cli-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", dir, fs::copy_options::recursive);
  std::ofstream(dir / "orgs/02.toml") << "number = 2\nname = \"x\"\ntitel = \"y\"\n";
  Result r = run("check --message-format=short '" + dir.string() + "'");
  fs::remove_all(dir);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("/orgs/02.toml:3:1: error: unknown key 'titel'\n    hint: did you mean 'title'?"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("/orgs/02.toml:1:1: error: missing required field 'content' (取組の内容)"),
            std::string::npos);
  EXPECT_NE(last_line(r.output).find(": 2 organizations checked, 8 errors, 0 warnings"), std::string::npos)
      << last_line(r.output);
}

TEST(Cli, CheckOnAMissingDirectoryExitsWithOne) {
  Result r = run("check no/such/dir");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("no/such/dir: error: not a data directory"), std::string::npos);
}

}  // namespace

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CliBuild, SetsTheShippedBookOnTwoPagesPerOrganization) {
  const fs::path out = fs::temp_directory_path() / ("casebook-build-" + std::to_string(::getpid()) + ".pdf");
  Result r = run("build -o '" + out.string() + "'");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find(": 32 pages, 13 organizations"), std::string::npos) << r.output;
  FILE* pipe = popen(("pdfinfo '" + out.string() + "' 2>&1").c_str(), "r");
  std::string info;
  char buffer[256];
  while (fgets(buffer, sizeof buffer, pipe)) info += buffer;
  pclose(pipe);
  EXPECT_NE(info.find(" 32\n", info.find("Pages:")), std::string::npos) << info;
  // The title's two cover lines, joined: no break and no mark in /Title.
  EXPECT_NE(info.find("地域における孤独・孤立対策に関するNPO等の取組事例集\n", info.find("Title:")), std::string::npos) << info;
  fs::remove(out);
}

TEST(CliBuild, OverflowIsAnErrorAtTheFieldAndLeavesTheOldPdf) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-overflow-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "orgs");
  const fs::path data = fs::path(CASEBOOK_SOURCE_DIR) / "data";
  fs::copy_file(data / "taxonomy.toml", dir / "taxonomy.toml");
  fs::copy_file(data / "casebook.toml", dir / "casebook.toml");
  // Organization 01 with five times its outcomes.
  std::string record = slurp(data / "orgs/01.toml");
  const std::size_t start = record.find("outcomes = '''\n") + 15;
  const std::size_t end = record.find("'''", start);
  const std::string body = record.substr(start, end - start);
  record.replace(start, end - start, body + body + body + body + body);
  std::ofstream(dir / "orgs/01.toml") << record;
  const int outcomes_line = 1 + static_cast<int>(std::count(record.begin(), record.begin() + static_cast<long>(start) - 15, '\n'));

  const fs::path out = dir / "book.pdf";
  std::ofstream(out) << "old";
  Result r = run("build '" + dir.string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("/orgs/01.toml:" + std::to_string(outcomes_line) + ":12: error: 定性的な成果／定量的な成果 overflows page 2 by "),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("warning: (2) 取組の成果 set at 7.5 pt instead of 9 pt to fit page 2"), std::string::npos) << r.output;
  EXPECT_EQ(slurp(out), "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 4);  // no temporary left

  r = run("build '" + dir.string() + "' -o '" + out.string() + "' --force --allow-output-in-data");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(slurp(out).substr(0, 5), "%PDF-");
  fs::remove_all(dir);
}

}  // namespace

namespace {

TEST(CliBuild, PhotosAreEmbeddedJpegAsIsAndPng) {
  const fs::path out = fs::temp_directory_path() / ("casebook-photos-" + std::to_string(::getpid()) + ".pdf");
  Result r = run("build tests/fixtures/photos -o '" + out.string() + "'");
  EXPECT_EQ(r.status, 0) << r.output;
  FILE* pipe = popen(("pdfimages -list '" + out.string() + "' 2>&1").c_str(), "r");
  std::string list;
  char buffer[256];
  while (fgets(buffer, sizeof buffer, pipe)) list += buffer;
  pclose(pipe);
  // The spread's second page (the 8th of the file, after 6 front-matter
  // pages) holds both photos: the JPEG passed through (DCT), the PNG decoded.
  EXPECT_NE(list.find("   8     0 image      65   160  rgb     3   8  jpeg"), std::string::npos) << list;
  EXPECT_NE(list.find("   8     1 image     120    80  rgb     3   8  image"), std::string::npos) << list;
  fs::remove(out);
}

}  // namespace

namespace {

TEST(CliBuild, FacingSpreadsStartOnALeftHandPage) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-facing-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string layout = casebook::testing_support::shipped_layout_text();
  const std::string off = "facing_spreads = false";
  layout.replace(layout.find(off), off.size(), "facing_spreads = true");
  std::ofstream(dir / "facing.toml") << layout;
  const fs::path out = dir / "facing.pdf";
  Result r = run("build --layout '" + (dir / "facing.toml").string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find(": 33 pages, 13 organizations"), std::string::npos) << r.output;
  // After 6 pages of front matter (i–vi, vi blank so that page 1 is a
  // right-hand page), page 1 is blank; organization 01 is on pages 2 and 3
  // (the 8th and 9th pages of the file, a left and a right page).
  FILE* pipe = popen(("pdftotext -f 7 -l 8 '" + out.string() + "' - 2>&1").c_str(), "r");
  std::string text;
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe)) text += buffer;
  pclose(pipe);
  EXPECT_EQ(text.find("01"), text.find("\f") + 1) << text.substr(0, 200);
  fs::remove_all(dir);
}

TEST(CliBuild, ABrokenLayoutIsReportedLikeBrokenData) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-badlayout-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string layout = slurp(fs::path(CASEBOOK_SOURCE_DIR) / "layouts/casebook-a4.toml");
  auto replace = [&](const std::string& from, const std::string& to) { layout.replace(layout.find(from), from.size(), to); };
  replace("width = \"210mm\"", "width = 210");
  replace("body = { features = [\"-liga\"], face = \"gothic_fixed\"", "body = { features = [\"-liga\"], face = \"gotic\"");
  replace("cell_padding = \"1.6mm\"", "cell_paddin = \"1.6mm\"");
  replace("\"../fonts/BIZUDPGothic-Regular.ttf\"", "\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf\"");
  std::ofstream(dir / "bad.toml") << layout;
  Result r = run("build --message-format=short --layout '" + (dir / "bad.toml").string() + "' -o '" +
                 (dir / "x.pdf").string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("bad.toml:" + casebook::testing_support::line_col_of(layout, "width = 210", "210") +
                          ": error: 'page.width' must be a length such as \"12mm\" or \"9pt\""),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("error: unknown face 'gotic'"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("error: unknown key 'cell_paddin' in [spacing]\n    hint: did you mean 'cell_padding'?"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("font file '../fonts/BIZUDPGothic-Bold.ttf' does not exist"), std::string::npos);
  EXPECT_EQ(r.output.find("margins leave no room"), std::string::npos);  // no follow-on error
  EXPECT_FALSE(fs::exists(dir / "x.pdf"));
  fs::remove_all(dir);
}

}  // namespace

namespace {

TEST(CliBuild, PrintLayoutHasBleedCropMarksAndCmyk) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-print-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string layout = casebook::testing_support::shipped_layout_text();
  auto replace = [&](const std::string& from, const std::string& to) { layout.replace(layout.find(from), from.size(), to); };
  replace("bleed = \"0mm\"", "bleed = \"3mm\"");
  replace("crop_marks = false", "crop_marks = true");
  replace("rule = \"#808080\"", "rule = \"cmyk(0, 0, 0, 50)\"");
  std::ofstream(dir / "print.toml") << layout;
  const fs::path out = dir / "print.pdf";
  Result r = run("build --layout '" + (dir / "print.toml").string() + "' -o '" + out.string() + "'");
  ASSERT_EQ(r.status, 0) << r.output;
  FILE* pipe = popen(("pdfinfo -box -f 6 -l 6 '" + out.string() + "' 2>&1").c_str(), "r");
  std::string boxes;
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe)) boxes += buffer;
  pclose(pipe);
  // A4 trimmed at 13 mm + 3 mm of bleed in from the sheet's edge.
  EXPECT_NE(boxes.find("TrimBox:      45.35    45.35   640.63   887.24"), std::string::npos) << boxes;
  EXPECT_NE(boxes.find("BleedBox:     36.85    36.85   649.13   895.75"), std::string::npos) << boxes;
  // The rules are drawn in CMYK, the crop marks in registration colour.
  pipe = popen(("qpdf --qdf --object-streams=disable '" + out.string() + "' - | grep -a -c ' 0 0 0 0.5 K'").c_str(), "r");
  std::string count;
  while (fgets(buffer, sizeof buffer, pipe)) count += buffer;
  pclose(pipe);
  EXPECT_GT(std::stoi(count), 0);
  pipe = popen(("qpdf --qdf --object-streams=disable '" + out.string() + "' - | grep -a -c '1 1 1 1 K'").c_str(), "r");
  count.clear();
  while (fgets(buffer, sizeof buffer, pipe)) count += buffer;
  pclose(pipe);
  EXPECT_EQ(std::stoi(count), 32);
  fs::remove_all(dir);
}

}  // namespace
