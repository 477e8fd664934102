// What the book's PDF says about itself, read back with qpdf, pdfinfo and
// xmllint: its language, viewer preferences, producer and an XMP packet
// that parses and agrees with the information dictionary; a header
// version that allows what the file holds.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::slurp;

struct Metadata : testing::Test {
  static void SetUpTestSuite() {
    dir = fs::temp_directory_path() / ("casebook-metadata-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    int status = 0;
    const std::string log = casebook("build data -o '" + pdf() + "'", &status);
    ASSERT_EQ(status, 0) << log;
    std::ofstream(xmp()) << run("pdfinfo -meta '" + pdf() + "'");
  }
  static void TearDownTestSuite() { fs::remove_all(dir); }
  static std::string pdf() { return (dir / "book.pdf").string(); }
  static std::string xmp() { return (dir / "book.xmp").string(); }
  /// The catalog, as qpdf prints it.
  static std::string catalog() {
    const std::string trailer = run("qpdf --show-object=trailer '" + pdf() + "'");
    std::smatch m;
    if (!std::regex_search(trailer, m, std::regex(R"(/Root (\d+) 0 R)"))) return "";
    return run("qpdf --show-object=" + m[1].str() + " '" + pdf() + "'");
  }
  /// One line of pdfinfo's report ("Producer"), without its label.
  static std::string info(const std::string& key, const std::string& options = "") {
    const std::string out = run("pdfinfo " + options + " '" + pdf() + "'");
    std::smatch m;
    if (!std::regex_search(out, m, std::regex("(^|\n)" + key + ": *([^\n]*)"))) return "";
    return m[2];
  }
  /// The text an XPath expression selects in the XMP packet, parsed as XML.
  static std::string xmp_value(const std::string& xpath, int* status = nullptr) {
    std::string value = run("xmllint --xpath \"" + xpath + "\" '" + xmp() + "' 2>&1", status);
    if (!value.empty() && value.back() == '\n') value.pop_back();  // xmllint ends what it prints with one
    return value;
  }
  static fs::path dir;
};
fs::path Metadata::dir;

TEST_F(Metadata, TheCatalogStatesTheLanguageJapanese) {
  EXPECT_NE(catalog().find("/Lang (ja-JP)"), std::string::npos) << catalog();
}

TEST_F(Metadata, ViewersShowTheTitleNotTheFileName) {
  EXPECT_NE(catalog().find("/ViewerPreferences << /DisplayDocTitle true >>"), std::string::npos) << catalog();
}

TEST_F(Metadata, TheProducerIsCasebookWithItsVersion) {
  // `casebook --version` prints "casebook 0.1.0", the CMake project version.
  std::string version = run(std::string("'") + CASEBOOK_BINARY + "' --version");
  while (!version.empty() && version.back() == '\n') version.pop_back();
  ASSERT_TRUE(version.starts_with("casebook ")) << version;
  EXPECT_EQ(info("Producer"), version);
  EXPECT_EQ(xmp_value("string(//*[local-name()='Producer'])"), version);
}

TEST_F(Metadata, TheXmpPacketParsesAndAgreesWithTheInformationDictionary) {
  EXPECT_EQ(info("Metadata Stream"), "yes");
  int status = -1;
  run("xmllint --noout '" + xmp() + "'", &status);
  ASSERT_EQ(status, 0) << slurp(xmp());
  EXPECT_EQ(xmp_value("string(//*[local-name()='title']//*[local-name()='li'][@xml:lang='x-default'])"),
            info("Title"));
  EXPECT_EQ(xmp_value("string(//*[local-name()='creator']//*[local-name()='li'])"), info("Author"));
  EXPECT_EQ(xmp_value("string(//*[local-name()='language']//*[local-name()='li'])"), "ja-JP");
  EXPECT_EQ(xmp_value("string(//*[local-name()='format'])"), "application/pdf");
  // The dates: pdfinfo -isodates prints Info's as 2025-03-01T00:00:00Z.
  const std::string created = info("CreationDate", "-isodates");
  ASSERT_FALSE(created.empty());
  EXPECT_EQ(xmp_value("string(//*[local-name()='CreateDate'])"), created);
  EXPECT_EQ(xmp_value("string(//*[local-name()='ModifyDate'])"), info("ModDate", "-isodates"));
}

TEST_F(Metadata, SourceDateEpochSetsTheDateInInfoAndXmpAlike) {
  const std::string file = (dir / "epoch.pdf").string();
  int status = -1;
  const std::string log = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && SOURCE_DATE_EPOCH=1700000000 '" +
                                  CASEBOOK_BINARY + "' build data -o '" + file + "' 2>&1",
                              &status);
  ASSERT_EQ(status, 0) << log;
  const std::string out = run("pdfinfo -isodates '" + file + "'");
  EXPECT_NE(out.find("CreationDate:    2023-11-14T22:13:20Z"), std::string::npos) << out;
  const std::string packet = run("pdfinfo -meta '" + file + "'");
  EXPECT_NE(packet.find("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"), std::string::npos) << packet;
}

TEST_F(Metadata, TheHeaderVersionAllowsWhatTheFileHolds) {
  // The book holds ActualText spans (PDF 1.5, 14.9.4) and an XMP stream,
  // /Lang and DisplayDocTitle (PDF 1.4).
  const std::string content = run("qpdf --qdf --object-streams=disable '" + pdf() + "' - | grep -a -c /ActualText");
  ASSERT_GT(std::atoi(content.c_str()), 0);
  EXPECT_EQ(slurp(pdf()).substr(0, 8), "%PDF-1.5");
  EXPECT_EQ(info("PDF version"), "1.5");
}

TEST_F(Metadata, QpdfFindsNoError) {
  int status = -1;
  const std::string out = run("qpdf --check '" + pdf() + "' 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("No syntax or stream encoding errors"), std::string::npos) << out;
}

}  // namespace
}  // namespace casebook
