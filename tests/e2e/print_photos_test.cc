// Photos in the print edition (issue 11, item 3), on the fixture with an
// RGB JPEG and an RGB PNG (tests/fixtures/photos): converted to DeviceCMYK
// through the layout's output profile; refused, naming each photo file at
// its record's line, when the layout names no profile; and `casebook lint`
// warns about a photo printed below [print] min_image_ppi with the
// resolution pdfimages measures in the PDF.

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <map>
#include <vector>
#include <regex>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/scratch_data.h"
#include "support/shipped_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::scratch_folder;
using testing_support::shipped_layout_text;

/// The shipped A4 layout with `from` replaced by `to`, written into `dir`.
fs::path edited_layout(const fs::path& dir, const std::string& from, const std::string& to) {
  std::string text = shipped_layout_text();
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  const fs::path path = dir / "layout.toml";
  std::ofstream(path) << text;
  return path;
}

TEST(PrintPhotos, RgbPhotosBecomeCmykThroughTheOutputProfile) {
  const fs::path dir = scratch_folder("casebook-print-photos");
  const fs::path pdf = dir / "print.pdf";
  int status = 0;
  const std::string log = casebook("build tests/fixtures/photos --edition print -o '" + pdf.string() + "'", &status);
  ASSERT_EQ(status, 0) << log;
  // pdfimages -list: "page num type width height color comp …"; both
  // photos, each 4 components of DeviceCMYK.
  const std::string list = run("pdfimages -list '" + pdf.string() + "'");
  int images = 0;
  std::istringstream lines(list);
  std::string line;
  for (int n = 0; std::getline(lines, line); ++n) {
    if (n < 2) continue;
    ++images;
    EXPECT_TRUE(std::regex_search(line, std::regex(" image +\\d+ +\\d+ +cmyk +4 +8 "))) << line;
  }
  EXPECT_EQ(images, 2) << list;
  const fs::path qdf = dir / "print.qdf";
  run("qpdf --qdf --object-streams=disable '" + pdf.string() + "' '" + qdf.string() + "'");
  EXPECT_EQ(testing_support::slurp(qdf).find("/DeviceRGB"), std::string::npos);
  // The web edition keeps them RGB (the JPEG as its own bytes).
  const fs::path web = dir / "web.pdf";
  casebook("build tests/fixtures/photos -o '" + web.string() + "'", &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(run("pdfimages -list '" + web.string() + "' | grep -c ' rgb '"), "2\n");
  if (std::system("gs --version >/dev/null 2>&1") == 0) {
    EXPECT_EQ(run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage '" + pdf.string() + "' 2>&1"), "");
  }
  fs::remove_all(dir);
}

TEST(PrintPhotos, WithoutAnOutputProfileAnRgbPhotoStopsThePrintEditionNamingTheFile) {
  const fs::path dir = scratch_folder("casebook-print-photos");
  // No profile, no conformance; every layout colour given in CMYK or grey
  // so that only the photos are at fault.
  std::string text = shipped_layout_text();
  text = std::regex_replace(text, std::regex("\nconformance = [^\n]*\noutput_profile = [^\n]*\n"), "\n");
  text = std::regex_replace(text, std::regex("\"#[0-9a-f]{6}\""), "\"cmyk(10, 20, 30, 0)\"");
  const fs::path layout = dir / "layout.toml";
  std::ofstream(layout) << text;
  const fs::path pdf = dir / "print.pdf";
  int status = 0;
  const std::string log = casebook("build tests/fixtures/photos --layout '" + layout.string() + "' --edition print -o '" +
                                       pdf.string() + "'",
                                   &status);
  EXPECT_EQ(status, 1) << log;
  EXPECT_FALSE(fs::exists(pdf));
  const std::string at = "tests/fixtures/photos/orgs/01.toml:";
  EXPECT_NE(log.find(at + "39:8: error: the photo photos/meeting.jpg is RGB, and the print edition has no output "
                           "profile to convert it to CMYK"),
            std::string::npos)
      << log;
  EXPECT_NE(log.find(at + "43:8: error: the photo photos/garden.png is RGB"), std::string::npos) << log;
  // The web edition of the same layout does not care.
  casebook("build tests/fixtures/photos --layout '" + layout.string() + "' -o '" + pdf.string() + "'", &status);
  EXPECT_EQ(status, 0);
  fs::remove_all(dir);
}

TEST(PrintPhotos, WithoutAnOutputProfileAnRgbLayoutColourIsAnErrorAtItsLine) {
  const fs::path dir = scratch_folder("casebook-print-photos");
  std::string text = shipped_layout_text();
  text = std::regex_replace(text, std::regex("\nconformance = [^\n]*\noutput_profile = [^\n]*\n"), "\n");
  const fs::path layout = dir / "layout.toml";
  std::ofstream(layout) << text;
  int status = 0;
  const std::string log = casebook("build data --layout '" + layout.string() + "' --edition print -o '" +
                                       (dir / "x.pdf").string() + "'",
                                   &status);
  EXPECT_EQ(status, 1) << log;
  // heading_rule = "#1f4e79": its line and column in the edited text.
  const std::size_t offset = text.find("heading_rule = \"#1f4e79\"");
  ASSERT_NE(offset, std::string::npos);
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
  const std::string expected = layout.string() + ":" + std::to_string(line) +
                               ":16: error: 'colors.heading_rule' is an RGB colour, and the print edition has no "
                               "output profile to convert it with";
  EXPECT_NE(log.find(expected), std::string::npos) << log;
  // Greys need no profile: 'rule' (#808080) and 'placeholder' are not named.
  EXPECT_EQ(log.find("'colors.rule'"), std::string::npos) << log;
  fs::remove_all(dir);
}

TEST(PrintPhotos, LintWarnsAboutPhotosBelowTheMinimumResolutionAsPdfimagesMeasuresIt) {
  const fs::path dir = scratch_folder("casebook-print-photos");
  const fs::path pdf = dir / "web.pdf";
  int status = 0;
  casebook("build tests/fixtures/photos -o '" + pdf.string() + "'", &status);
  ASSERT_EQ(status, 0);
  // pdfimages -list: x-ppi and y-ppi are the 13th and 14th columns.
  std::vector<long> measured;
  std::istringstream lines(run("pdfimages -list '" + pdf.string() + "'"));
  std::string line;
  for (int n = 0; std::getline(lines, line); ++n) {
    if (n < 2) continue;
    std::istringstream fields(line);
    std::string f[14];
    for (auto& field : f) fields >> field;
    measured.push_back(std::min(std::stol(f[12]), std::stol(f[13])));
  }
  ASSERT_EQ(measured.size(), 2u);
  const std::string log = casebook("lint tests/fixtures/photos", &status);
  std::vector<long> warned;
  const std::regex warning("prints at (\\d+) ppi at its placed size, below \\[print\\] min_image_ppi \\(200 ppi\\)");
  for (auto it = std::sregex_iterator(log.begin(), log.end(), warning); it != std::sregex_iterator(); ++it) {
    warned.push_back(std::stol((*it)[1]));
  }
  std::sort(measured.begin(), measured.end());
  std::sort(warned.begin(), warned.end());
  EXPECT_EQ(warned, measured) << log;
  EXPECT_NE(log.find("01.toml:39:8: warning: the photo photos/meeting.jpg prints at"), std::string::npos) << log;
  // With the threshold at the lower of the two, only the other is warned about.
  const fs::path layout = edited_layout(dir, "min_image_ppi = 200", "min_image_ppi = " + std::to_string(measured[0]));
  const std::string lower = casebook("lint tests/fixtures/photos --layout '" + layout.string() + "'", &status);
  const std::regex placed("ppi at its placed size");
  EXPECT_EQ(std::distance(std::sregex_iterator(lower.begin(), lower.end(), placed), std::sregex_iterator()), 1) << lower;
  fs::remove_all(dir);
}

TEST(PrintPhotos, LintForThePrintEditionNamesWhatItConvertsToCmyk) {
  int status = 0;
  const std::string log = casebook("lint tests/fixtures/photos --edition print", &status);
  EXPECT_NE(log.find("01.toml:43:8: warning: the photo photos/garden.png is RGB: the print edition converts it to CMYK"),
            std::string::npos)
      << log;
  EXPECT_TRUE(std::regex_search(log, std::regex("'colors.number_fill' #1f4e79 is RGB: the print edition writes it as "
                                                "cmyk\\([0-9.]+%, [0-9.]+%, [0-9.]+%, [0-9.]+%\\)")))
      << log;
  const std::string web = casebook("lint tests/fixtures/photos", &status);
  EXPECT_EQ(web.find("is RGB"), std::string::npos) << web;
}

}  // namespace
}  // namespace casebook
