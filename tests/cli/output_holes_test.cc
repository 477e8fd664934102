// Outputs other than the book's PDF are as safe as the PDF: preview's
// images never write through a link or into a FIFO, and no command leaves a
// temporary file behind when it is stopped.

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "base/diagnostic.h"
#include "cli/output_file.h"
#include "proof/json.h"
#include "support/process.h"
#include "support/scratch_data.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::set_prefectures;
using casebook::testing_support::slurp;

/// A scratch folder with a copy of the one-organization fixture as `data`
/// and an empty folder `pv` for images.
class OutputHoles : public casebook::testing_support::ScratchDataTest {
 protected:
  OutputHoles() : ScratchDataTest("casebook-holes") {}
  void SetUp() override {
    ScratchDataTest::SetUp();
    fs::create_directories(dir_ / "pv");
  }

  /// Runs casebook in the scratch folder; both streams in the result. The
  /// timeout only keeps a regression (a write into a FIFO) from hanging the
  /// suite; nothing is asserted about time.
  std::string casebook(const std::string& args, int* status) {
    return ScratchDataTest::casebook(args, status, "timeout 60");
  }
};

TEST_F(OutputHoles, PreviewNeverWritesAnImageThroughASymbolicLinkToARecord) {
  fs::create_symlink("../data/orgs/01.toml", dir_ / "pv/p-001.png");
  int status = 0;
  const std::string out = casebook("preview data -o pv --org 01 --dpi 20", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("pv/p-001.png: error: cannot write the image: it is a symbolic link"), std::string::npos)
      << out;
  EXPECT_TRUE(record_untouched());
  EXPECT_TRUE(fs::is_symlink(dir_ / "pv/p-001.png"));
  EXPECT_FALSE(fs::exists(dir_ / "pv/p-002.png")) << "every image is checked before any is written";
}

TEST_F(OutputHoles, PreviewNeverReplacesARecordThroughAHardLink) {
  fs::create_hard_link(dir_ / "data/orgs/01.toml", dir_ / "pv/p-002.png");
  int status = 0;
  const std::string out = casebook("preview data -o pv --org 01 --dpi 20", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("which this run reads"), std::string::npos) << out;
  EXPECT_TRUE(record_untouched());
  EXPECT_EQ(fs::hard_link_count(dir_ / "data/orgs/01.toml"), 2u);
}

TEST_F(OutputHoles, PreviewRefusesAFifoInsteadOfBlockingOnIt) {
  ASSERT_EQ(::mkfifo((dir_ / "pv/p-001.png").c_str(), 0644), 0);
  int status = 0;
  const std::string out = casebook("preview data -o pv --org 01 --dpi 20", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("cannot write the image: it is a FIFO"), std::string::npos) << out;
  EXPECT_TRUE(fs::is_fifo(dir_ / "pv/p-001.png"));
  EXPECT_FALSE(fs::exists(dir_ / "pv/.preview.pdf"));
}

TEST_F(OutputHoles, PreviewReplacesAnEarlierImageAndLeavesNothingElseInTheFolder) {
  std::ofstream(dir_ / "pv/p-001.png") << "an earlier image";
  // A file of the user's that an intermediate PDF in the folder would have
  // replaced and then deleted.
  std::ofstream(dir_ / "pv/.preview.pdf") << "the user's own file";
  int status = 0;
  const std::string out = casebook("preview data -o pv --org 01 --dpi 20", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(slurp(dir_ / "pv/p-001.png").substr(1, 3), "PNG");
  EXPECT_EQ(slurp(dir_ / "pv/.preview.pdf"), "the user's own file");
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir_ / "pv")) {
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
    ++files;
  }
  EXPECT_EQ(files, 3u);
}

TEST_F(OutputHoles, GalleyWithErrorsLeavesTheEarlierPdfUnlessForced) {
  std::ofstream(dir_ / "text.txt") << "かな\u202eかな\n";  // a bidi control: an error
  std::ofstream(dir_ / "out.pdf") << "the earlier galley";
  int status = 0;
  std::string out = casebook("galley text.txt -o out.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("out.pdf: not written: "), std::string::npos) << out;
  EXPECT_EQ(slurp(dir_ / "out.pdf"), "the earlier galley");
  out = casebook("galley text.txt -o out.pdf --force", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_EQ(slurp(dir_ / "out.pdf").substr(0, 5), "%PDF-");
}

TEST_F(OutputHoles, GalleyGivesTheSameBytesHoweverTheTextFileIsSpelled) {
  std::ofstream(dir_ / "g.txt") << "かなの行。\n";
  int status = 0;
  std::string out = casebook("galley g.txt -o a.pdf", &status);
  ASSERT_EQ(status, 0) << out;
  out = casebook("galley ./g.txt -o b.pdf", &status);
  ASSERT_EQ(status, 0) << out;
  out = casebook("galley '" + (dir_ / "g.txt").string() + "' -o c.pdf", &status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_EQ(slurp(dir_ / "a.pdf"), slurp(dir_ / "b.pdf"));
  EXPECT_EQ(slurp(dir_ / "a.pdf"), slurp(dir_ / "c.pdf"));
}

TEST_F(OutputHoles, ProofRefusesABadTargetBeforeDoingAnyWork) {
  // The shipped data: proof finds warnings in it, which a refused target
  // must come before.
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", dir_ / "shipped", fs::copy_options::recursive);
  ASSERT_EQ(::mkfifo((dir_ / "proof.pdf").c_str(), 0644), 0);
  int status = 0;
  const std::string out = casebook("proof shipped -o proof.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("proof.pdf: error: cannot write the PDF: it is a FIFO"), std::string::npos) << out;
  EXPECT_EQ(out.find("warning:"), std::string::npos) << out;
}

TEST_F(OutputHoles, BookletsWritesNoBookletWhenOneTargetCannotBeWritten) {
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", dir_ / "shipped", fs::copy_options::recursive);
  fs::create_directories(dir_ / "bk/04_宮城県.pdf");  // a directory where a booklet goes
  int status = 0;
  const std::string out = casebook("booklets shipped -o bk --jobs 1", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("04_宮城県.pdf: error: cannot write the PDF: it is a directory"), std::string::npos) << out;
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir_ / "bk")) {
    EXPECT_EQ(e.path().filename().string(), "04_宮城県.pdf");
    ++entries;
  }
  EXPECT_EQ(entries, 1u) << out;
}

TEST_F(OutputHoles, SummaryLinesAndUsageErrorsEscapeWhatTheUserTyped) {
  const std::string esc = "\x1b]0;owned\x07";  // would retitle the terminal
  fs::create_directory_symlink("data", dir_ / ("d" + esc));
  int status = 0;
  std::string out = casebook("build 'd" + esc + "' -o 'o" + esc + ".pdf'", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("o\\x1b]0;owned\\x07.pdf: "), std::string::npos) << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
  out = casebook("check 'd" + esc + "'", &status);
  EXPECT_NE(out.find("d\\x1b]0;owned\\x07: "), std::string::npos) << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
  out = casebook("build data -o x.pdf '--" + esc + "'", &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
}

TEST(LintJson, ControlAndBidiCharactersAreEscaped) {
  casebook::Diagnostics diags;
  diags.warning({"orgs/01.toml", 3, 1}, "text 'a\xc2\x9b" "2Jb\xe2\x80\xae" "c\x7f" "d\x1b' \xff");
  const std::string json = casebook::diagnostics_json(diags);
  EXPECT_NE(json.find("a\\u009b2Jb\\u202ec\\u007fd\\u001b' \\ufffd"), std::string::npos) << json;
  EXPECT_EQ(json.find("\xc2\x9b"), std::string::npos);
  EXPECT_EQ(json.find("\xe2\x80\xae"), std::string::npos);
}

TEST_F(OutputHoles, BookletNamesThatLookLikeAnotherOrHideCharactersAreRefused) {
  struct Case {
    std::string name, reason;
  };
  for (const Case& c : {Case{"カ\u3099", "U+3099 (a combining mark"}, Case{"A\u030A", "U+030A (a combining mark"},
                        Case{"\u0301", "U+0301 (a combining mark"}, Case{"宮城県\uFE0F", "U+FE0F (an invisible"},
                        Case{"宮城県\u180E", "U+180E (an invisible"}, Case{"x\u00A0y", "U+00A0 (a space)"},
                        Case{"x\u3000y", "U+3000 (a space)"}}) {
    std::ofstream(dir_ / "data/orgs/01.toml") << record_;
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base/taxonomy.toml", dir_ / "data/taxonomy.toml",
             fs::copy_options::overwrite_existing);
    set_prefectures(dir_ / "data", "\"" + c.name + "\"", c.name);
    int status = 0;
    const std::string out = casebook("booklets data -o out", &status);
    EXPECT_EQ(status, 1) << c.name << ": " << out;
    EXPECT_NE(out.find("cannot name a booklet file: it contains " + c.reason), std::string::npos)
        << c.name << ": " << out;
    EXPECT_FALSE(fs::exists(dir_ / "out")) << c.name;
  }
}

TEST_F(OutputHoles, ProofGivesTheSameBytesHoweverTheDataPathIsSpelled) {
  // The shipped data: its findings include a note that names a record.
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", dir_ / "shipped", fs::copy_options::recursive);
  int status = 0;
  std::string out = casebook("proof shipped -o a.pdf", &status);
  ASSERT_TRUE(fs::exists(dir_ / "a.pdf")) << out;
  EXPECT_NE(out.find(", orgs/01.toml:"), std::string::npos) << "the record named relative to the data: " << out;
  out = casebook("proof '" + (dir_ / "shipped").string() + "' -o b.pdf", &status);
  out = casebook("proof ./shipped/ -o c.pdf", &status);
  EXPECT_EQ(slurp(dir_ / "a.pdf"), slurp(dir_ / "b.pdf"));
  EXPECT_EQ(slurp(dir_ / "a.pdf"), slurp(dir_ / "c.pdf"));
}

TEST_F(OutputHoles, AFindingQuotesAtMostSixtyCharactersOfAHugeField) {
  std::string huge;
  for (int i = 0; i < 100000; ++i) huge += "あ";
  std::string record = record_;
  const std::size_t at = record.find("name = \"テスト団体\"", record.find("[profile]"));
  ASSERT_NE(at, std::string::npos);
  record.replace(at, std::string("name = \"テスト団体\"").size(), "name = \"別の団体" + huge + "\"");
  std::ofstream(dir_ / "data/orgs/01.toml") << record;
  int status = 0;
  const std::string out = casebook("lint data", &status);
  EXPECT_NE(out.find("differs between the profile ('別の団体あ"), std::string::npos) << out.substr(0, 2000);
  EXPECT_NE(out.find("…' (100004 characters)"), std::string::npos) << out.substr(0, 2000);
  EXPECT_LT(out.size(), 2000u) << out.substr(0, 2000);
}

TEST(CapQuotes, ShortQuotesAndApostrophesAreKeptLongOnesCut) {
  EXPECT_EQ(casebook::cap_quotes("it's 'short' and don't"), "it's 'short' and don't");
  EXPECT_EQ(casebook::cap_quotes("value '" + std::string(61, 'x') + "' is bad"),
            "value '" + std::string(60, 'x') + "…' (61 characters) is bad");
  const std::string unquoted(5000, 'y');
  const std::string capped = casebook::cap_quotes(unquoted);
  EXPECT_EQ(capped, std::string(1000, 'y') + "… (5000 characters in all)");
}

TEST(TempFileSignals, SigquitRemovesTheTemporaryFile) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-quit-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(ready[0]);
    const struct rlimit no_core {0, 0};
    ::setrlimit(RLIMIT_CORE, &no_core);  // SIGQUIT dumps core by default
    casebook::cli::TempFile file((dir / "book.pdf").string());
    std::ofstream(file.path()) << "half a PDF";
    const std::string path = file.path() + "\n";
    if (::write(ready[1], path.data(), path.size()) < 0) ::_exit(3);
    ::pause();
    ::_exit(2);
  }
  ::close(ready[1]);
  char buffer[4096];
  const ssize_t n = ::read(ready[0], buffer, sizeof buffer);
  ::close(ready[0]);
  const std::string temp(buffer, n > 0 ? static_cast<std::size_t>(n) - 1 : 0);
  ::kill(child, SIGQUIT);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << status;
  EXPECT_EQ(WTERMSIG(status), SIGQUIT);
  EXPECT_FALSE(temp.empty());
  EXPECT_FALSE(fs::exists(temp)) << temp;
  fs::remove_all(dir);
}

}  // namespace
