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
  // The web edition keeps its Info dictionary in a compressed object
  // stream: read it back through qpdf.
  const std::string qdf = casebook::testing_support::run("qpdf --qdf --object-streams=disable '" + (dir_ / "out.pdf").string() + "' -");
  EXPECT_NE(qdf.find("/CreationDate (D:20010909014640Z00'00')"), std::string::npos);
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

namespace {

/// The diagnostics' presentation: the source line with a caret, the short
/// form for scripts, colour only when asked, and the option syntaxes.
class CliPresentation : public casebook::testing_support::ScratchDataTest {
 protected:
  CliPresentation() : ScratchDataTest("casebook-present") {}

  /// Line number `n` of the record after appending an unknown key to it.
  int append_bad_key() {
    std::ofstream(dir_ / "data/orgs/01.toml", std::ios::app) << "\n[profile2]\nkey = \"x\"\n";
    return static_cast<int>(std::count(record_.begin(), record_.end(), '\n')) + 2;
  }
};

TEST_F(CliPresentation, ADiagnosticShowsItsSourceLineWithACaretUnderTheColumn) {
  // A stray 市 after the value, on line 8: the caret stands under it,
  // past three kanji that each take two cells.
  std::string record = record_;
  const std::string area = "area = \"札幌市\"";
  ASSERT_NE(record.find(area), std::string::npos);
  record.replace(record.find(area), area.size(), area + " 市");
  std::ofstream(dir_ / "data/orgs/01.toml") << record;
  int status = 0;
  const std::string out = casebook("check data", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(":8:14: error: TOML syntax: Error while parsing key-value pair: expected a comment or "
                     "whitespace, saw '市'\n"
                     " 8 | area = \"札幌市\" 市\n"
                     "   |                 ^\n"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << "no colour when not a terminal: " << out;
}

TEST_F(CliPresentation, TheShortFormatIsOneLinePerDiagnosticWherevertheOptionStands) {
  append_bad_key();
  int status = 0;
  for (const std::string args : {"check data --message-format=short", "--message-format short check data",
                                  "check --message-format=short data"}) {
    const std::string out = casebook(args, &status);
    EXPECT_EQ(status, 1) << out;
    EXPECT_EQ(out.find(" | "), std::string::npos) << args << "\n" << out;
    EXPECT_NE(out.find("error: unknown key 'profile2'"), std::string::npos) << out;
  }
  const std::string bad = casebook("check data --message-format=long", &status);
  EXPECT_EQ(status, 2) << bad;
  EXPECT_NE(bad.find("--message-format takes human or short, not 'long'"), std::string::npos) << bad;
}

TEST_F(CliPresentation, ColourOnlyWhenAskedOrOnATerminal) {
  append_bad_key();
  int status = 0;
  const std::string coloured = casebook("check data --color=always", &status);
  EXPECT_NE(coloured.find("\x1b[1;31merror:"), std::string::npos) << coloured;
  const std::string plain = casebook("check data --color never", &status, "NO_COLOR=1");
  EXPECT_EQ(plain.find('\x1b'), std::string::npos) << plain;
  const std::string bad = casebook("check data --color=sometimes", &status);
  EXPECT_EQ(status, 2) << bad;
  EXPECT_NE(bad.find("--color takes auto, always or never, not 'sometimes'"), std::string::npos) << bad;
}

TEST_F(CliPresentation, OptionValuesAttachedWithEqualsOrToTheLetterAndDoubleDash) {
  int status = 0;
  std::string out = casebook("build data --output=book1.pdf", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "book1.pdf"));
  out = casebook("build data -obook2.pdf", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "book2.pdf"));
  // After --, a data folder named like an option is a folder.
  std::filesystem::rename(dir_ / "data", dir_ / "-data");
  out = casebook("check -- -data", &status);
  EXPECT_EQ(status, 0) << out;
  out = casebook("build --force=yes -o book3.pdf -- -data", &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("--force takes no value"), std::string::npos) << out;
}

TEST_F(CliPresentation, UnknownCommandsAndOptionsGetADidYouMean) {
  int status = 0;
  std::string out = casebook("biuld data", &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("unknown command 'biuld'; did you mean 'build'?"), std::string::npos) << out;
  out = casebook("build data --layuot x.toml -o x.pdf", &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("unknown option '--layuot'; did you mean '--layout'?"), std::string::npos) << out;
}

}  // namespace

namespace {

class CliWording : public casebook::testing_support::ScratchDataTest {
 protected:
  CliWording() : ScratchDataTest("casebook-wording") {}
};

TEST_F(CliWording, SummariesCountInTheSingularForOne) {
  int status = 0;
  const std::string built = casebook("build data -o book.pdf", &status);
  EXPECT_EQ(status, 0) << built;
  EXPECT_NE(built.find(" pages, 1 organization\n"), std::string::npos) << built;
  std::ofstream(dir_ / "data/orgs/01.toml", std::ios::app) << "\ntitel = 1\n";
  const std::string refused = casebook("build data -o book2.pdf", &status);
  EXPECT_EQ(status, 1) << refused;
  EXPECT_NE(refused.find("not written: 1 error\n"), std::string::npos) << refused;
  const std::string checked = casebook("check data", &status);
  EXPECT_NE(checked.find(": 1 organization checked, 1 error, 0 warnings\n"), std::string::npos) << checked;
  for (const std::string& out : {built, refused, checked}) {
    EXPECT_EQ(out.find(" 1 errors"), std::string::npos) << out;
    EXPECT_EQ(out.find(" 1 organizations"), std::string::npos) << out;
  }
}

}  // namespace

namespace {

class CliSelection : public casebook::testing_support::ScratchDataTest {
 protected:
  CliSelection() : ScratchDataTest("casebook-select") {}
};

TEST_F(CliSelection, APrefectureMayBeGivenWithoutItsSuffixAndTheCoverNamesItInFull) {
  int status = 0;
  const std::string out = casebook("build data --prefecture 北海 -o hokkaido.pdf", &status);
  EXPECT_EQ(status, 0) << out;
  const std::string cover = casebook::testing_support::run("pdftotext -l 1 '" + (dir_ / "hokkaido.pdf").string() + "' -");
  EXPECT_NE(cover.find("北海道\n"), std::string::npos) << cover;
}

TEST_F(CliSelection, ASelectionThatMatchesNothingIsAnErrorThatSaysWhy) {
  int status = 0;
  std::string out = casebook("build data --prefecture 東京 -o x.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("error: no organization in 東京都\n    hint: the records are in 北海道\n"), std::string::npos) << out;
  out = casebook("build data --prefecture 北海堂 -o x.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("error: --prefecture '北海堂' is not one of the 47 prefectures\n    hint: did you mean '北海道'?"),
            std::string::npos)
      << out;
  out = casebook("build data --numbers 50-60 -o x.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("error: no organization matches the numbers 50-60"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "x.pdf"));
  out = casebook("preview data --org 99 -o previews", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("error: no organization matches --org 99"), std::string::npos) << out;
}

}  // namespace
