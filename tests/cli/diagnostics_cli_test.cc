// What the command line prints when something is wrong: the value, the
// place, the allowed range, and nothing that drives the terminal.

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/scratch_data.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::slurp;

/// A scratch folder with a copy of the one-organization fixture as `data`.
class CliDiagnostics : public casebook::testing_support::ScratchDataTest {
 protected:
  CliDiagnostics() : ScratchDataTest("casebook-diag") {}

  void append_to_record(const std::string& text) { std::ofstream(dir_ / "data/orgs/01.toml", std::ios::app) << text; }
};

TEST_F(CliDiagnostics, TerminalEscapesInTheDataArePrintedEscaped) {
  append_to_record("\n\"ti\\u001b]0;owned\\u0007\\u001b[2Jtle\" = \"x\"\n");
  int status = 0;
  const std::string out = casebook("check data", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
  EXPECT_EQ(out.find('\x07'), std::string::npos) << out;
  EXPECT_NE(out.find("ti\\x1b]0;owned\\x07\\x1b[2Jtle"), std::string::npos) << out;
}

TEST_F(CliDiagnostics, ATemporaryFileThatCannotBeCreatedIsReportedWithTheSystemsReason) {
  const std::string name(250, 'x');  // fits; ".NAME.tmp-PID" beside it does not
  int status = 0;
  const std::string out = casebook("build data -o " + name + ".pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("error: cannot write the PDF: cannot create ./." + name + ".pdf.tmp-"), std::string::npos) << out;
  EXPECT_NE(out.find(": File name too long\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("0x10"), std::string::npos) << "no bare libharu code: " << out;
}

TEST_F(CliDiagnostics, APhotoThatIsAFolderOrAFifoIsCalledThat) {
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/photos", dir_ / "photos-data", fs::copy_options::recursive);
  fs::remove(dir_ / "photos-data/photos/meeting.jpg");
  fs::create_directories(dir_ / "photos-data/photos/meeting.jpg");
  fs::remove(dir_ / "photos-data/photos/garden.png");
  ASSERT_EQ(::mkfifo((dir_ / "photos-data/photos/garden.png").c_str(), 0600), 0);
  int status = 0;
  const std::string out = casebook("check photos-data", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("photo file 'photos/meeting.jpg' is a folder, not an image file"), std::string::npos) << out;
  EXPECT_NE(out.find("photo file 'photos/garden.png' is a FIFO (named pipe), not an image file"), std::string::npos)
      << out;
  EXPECT_EQ(out.find("does not exist"), std::string::npos) << out;
}

TEST_F(CliDiagnostics, AFontThatIsAFifoIsCalledThat) {
  ASSERT_EQ(::mkfifo((dir_ / "font.ttf").c_str(), 0600), 0);
  std::ofstream(dir_ / "text.txt") << "本文\n";
  int status = 0;
  const std::string out = casebook("galley text.txt -o out.pdf --face font.ttf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("font.ttf: error: the font file given with --face is a FIFO (named pipe), not a font file"),
            std::string::npos)
      << out;
  // The same font named by a layout.
  std::string layout = slurp(fs::path(CASEBOOK_SOURCE_DIR) / "layouts/casebook-a4.toml");
  const std::size_t at = layout.find("\"../fonts/BIZUDPGothic-Regular.ttf\"");
  ASSERT_NE(at, std::string::npos);
  layout.replace(at, std::string("\"../fonts/BIZUDPGothic-Regular.ttf\"").size(), "\"font.ttf\"");
  std::ofstream(dir_ / "layout.toml") << layout;
  const std::string built = casebook("build data --layout layout.toml -o out.pdf", &status);
  EXPECT_EQ(status, 1) << built;
  EXPECT_NE(built.find("is a FIFO (named pipe), not a font file"), std::string::npos) << built;
}

TEST_F(CliDiagnostics, AGalleyTypeSizeOfZeroIsOutOfRangeNotNotALength) {
  std::ofstream(dir_ / "text.txt") << "本文\n";
  int status = 0;
  std::string out = casebook("galley text.txt -o out.pdf --size 0pt", &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("--size '0pt' is out of range: give a length from 1pt to 200pt"), std::string::npos) << out;
  out = casebook("galley text.txt -o out.pdf --pitch 900mm", &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("--pitch '900mm' is out of range: give a length from 1pt to 257mm"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir_ / "out.pdf"));
}

TEST_F(CliDiagnostics, APreviewResolutionOutsideTenTo1200DpiIsAUsageError) {
  for (const std::string dpi : {"0", "nan", "-10", "100000", "inf", "72x"}) {
    int status = 0;
    const std::string out = casebook("preview data -o previews --dpi " + dpi, &status);
    EXPECT_EQ(status, 2) << dpi << ": " << out;
    EXPECT_NE(out.find("--dpi '" + dpi + "' is out of range: give a resolution from 10 to 1200"), std::string::npos)
        << out;
  }
  EXPECT_FALSE(fs::exists(dir_ / "previews"));
}

TEST_F(CliDiagnostics, ASourceDateEpochThatIsNotWholeSecondsInRangeIsAnError) {
  for (const std::string value : {"abc", "1e9", "99999999999999", "-1", "12 "}) {
    int status = 0;
    const std::string out = casebook("build data -o out.pdf", &status, "SOURCE_DATE_EPOCH='" + value + "'");
    EXPECT_EQ(status, 1) << value << ": " << out;
    EXPECT_NE(out.find("SOURCE_DATE_EPOCH: error: '" + value +
                       "' is not a time: give whole seconds since 1970-01-01 UTC, from 0 to 253402300799 (9999-12-31)"),
              std::string::npos)
        << out;
    EXPECT_FALSE(fs::exists(dir_ / "out.pdf"));
  }
  int status = 0;
  const std::string out = casebook("build data -o out.pdf", &status, "SOURCE_DATE_EPOCH=1000000000");
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(slurp(dir_ / "out.pdf").find("/CreationDate (D:20010909014640Z00'00')"), std::string::npos);
}

TEST_F(CliDiagnostics, ADateBefore1900IsOutOfRangeAtItsLine) {
  std::string front = slurp(dir_ / "data/casebook.toml");
  const std::size_t at = front.find("as_of = ");
  ASSERT_NE(at, std::string::npos);
  front.replace(at, front.find('\n', at) - at, "as_of = 0000-01-01");
  std::ofstream(dir_ / "data/casebook.toml") << front;
  const int line = 1 + static_cast<int>(std::count(front.begin(), front.begin() + static_cast<long>(at), '\n'));
  int status = 0;
  const std::string out = casebook("check data", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("data/casebook.toml:" + std::to_string(line) +
                     ":9: error: 'as_of' (情報の時点) 0000-01-01 is out of range: give a date from 1900-01-01 to 9999-12-31"),
            std::string::npos)
      << out;
}

TEST_F(CliDiagnostics, NumericOptionsAreCheckedWholeAndNeverThrow) {
  const std::pair<std::string, std::string> cases[] = {
      {"booklets data -o out --jobs 99999999999999999999", "--jobs '99999999999999999999' is not a number of jobs from 1 to 256"},
      {"booklets data -o out --jobs 4x", "--jobs '4x' is not a number of jobs from 1 to 256"},
      {"booklets data -o out --jobs 0", "--jobs '0' is not a number of jobs from 1 to 256"},
      {"build data -o out.pdf --numbers 1-99999999999", "--numbers '1-99999999999' is not a list such as 1-5,9"},
      {"build data -o out.pdf --numbers 5abc", "--numbers '5abc' is not a list such as 1-5,9"},
      {"preview data -o out --org 1x", "--org '1x' is not an organization number"},
  };
  for (const auto& [args, message] : cases) {
    int status = 0;
    const std::string out = casebook(args, &status);
    EXPECT_EQ(status, 2) << args << ": " << out;
    EXPECT_NE(out.find(message), std::string::npos) << args << ": " << out;
  }
  EXPECT_FALSE(fs::exists(dir_ / "out"));
  EXPECT_FALSE(fs::exists(dir_ / "out.pdf"));
}

TEST_F(CliDiagnostics, AThreeDigitNumberBuildsWithoutAnUnlocatedWarning) {
  // A book of 100 organizations or more: the number 100 is set smaller to
  // fit the header's box (it used to run out of it with a warning that had
  // no file name), and whatever else is reported names where it comes from.
  std::string record = slurp(dir_ / "data/orgs/01.toml");
  const std::size_t at = record.find("number = 1\n");
  ASSERT_NE(at, std::string::npos);
  record.replace(at, 11, "number = 100\n");
  fs::remove(dir_ / "data/orgs/01.toml");
  std::ofstream(dir_ / "data/orgs/100.toml") << record;
  int status = 0;
  const std::string out = casebook("build data -o out.pdf", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(out.find("overfull line: '100'"), std::string::npos) << out;
  for (std::size_t i = out.find("warning:"); i != std::string::npos; i = out.find("warning:", i + 1)) {
    const std::size_t start = out.rfind('\n', i) == std::string::npos ? 0 : out.rfind('\n', i) + 1;
    EXPECT_NE(out.substr(start, 2), ": ") << "an unlocated warning: " << out.substr(start, i - start + 60);
  }
}

}  // namespace
