// The output never destroys a file: not an input of the run, not a special
// file, not outside the folder it belongs in; interrupted writes leave
// nothing behind.

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/scratch_data.h"
#include "support/shipped_layout.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::run;
using casebook::testing_support::set_prefectures;
using casebook::testing_support::slurp;

/// A scratch folder with a copy of the one-organization fixture as `data`.
class OutputSafety : public casebook::testing_support::ScratchDataTest {
 protected:
  OutputSafety() : ScratchDataTest("casebook-output") {}
};

TEST_F(OutputSafety, AnOutputThatIsARecordIsRefusedEvenWhenWritingInDataIsAllowed) {
  int status = 0;
  const std::string out = casebook("build data -o data/orgs/01.toml --allow-output-in-data", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("data/orgs/01.toml: error: cannot write the PDF: it is data/orgs/01.toml, which this run reads"),
            std::string::npos)
      << out;
  EXPECT_TRUE(record_untouched());
}

TEST_F(OutputSafety, AnOutputThatReachesARecordThroughAHardLinkIsRefused) {
  fs::create_hard_link(dir_ / "data/orgs/01.toml", dir_ / "record.pdf");
  int status = 0;
  const std::string out = casebook("build ./data -o record.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("which this run reads"), std::string::npos) << out;
  EXPECT_TRUE(record_untouched());
}

TEST_F(OutputSafety, TheLayoutAndTheTaxonomyAreNeverReplaced) {
  // The copied layout's fonts are relative to its folder: point them at the source tree's.
  const std::string layout = casebook::testing_support::shipped_layout_text();
  std::ofstream(dir_ / "layout.toml") << layout;
  int status = 0;
  std::string out = casebook("build data --layout layout.toml -o layout.toml", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_EQ(slurp(dir_ / "layout.toml"), layout);
  const std::string taxonomy = slurp(dir_ / "data/taxonomy.toml");
  out = casebook("build data -o \"$PWD/data/../data/taxonomy.toml\" --allow-output-in-data", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_EQ(slurp(dir_ / "data/taxonomy.toml"), taxonomy);
}

TEST_F(OutputSafety, ANewFileInsideTheDataDirectoryNeedsTheFlag) {
  int status = 0;
  std::string out = casebook("build data -o data/book.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("cannot write the PDF inside the data directory data"), std::string::npos) << out;
  EXPECT_NE(out.find("--allow-output-in-data"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir_ / "data/book.pdf"));
  out = casebook("build data -o data/book.pdf --allow-output-in-data", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(fs::exists(dir_ / "data/book.pdf"));
}

TEST_F(OutputSafety, ProofAndPreviewKeepOutOfTheDataDirectoryToo) {
  int status = 0;
  std::string out = casebook("proof data -o data/orgs/01.toml", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_TRUE(record_untouched());
  out = casebook("preview data -o data/orgs", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("inside the data directory"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir_ / "data/orgs/.preview.pdf"));
}

TEST_F(OutputSafety, TheGalleyNeverReplacesItsTextFile) {
  std::ofstream(dir_ / "text.txt") << "本文です。\n";
  int status = 0;
  const std::string out = casebook("galley text.txt -o text.txt", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_EQ(slurp(dir_ / "text.txt"), "本文です。\n");
}

TEST_F(OutputSafety, AFifoIsNotReplaced) {
  ASSERT_EQ(::mkfifo((dir_ / "pipe").c_str(), 0600), 0);
  int status = 0;
  const std::string out = casebook("build data -o pipe", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("pipe: error: cannot write the PDF: it is a FIFO (named pipe)"), std::string::npos) << out;
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(dir_ / "pipe")));
}

TEST_F(OutputSafety, ADeviceIsNotReplaced) {
  // A node of its own (the null device's numbers), never the system's
  // /dev/null: on a casebook without this check the test would replace it.
  if (::mknod((dir_ / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    GTEST_SKIP() << "cannot create a device node here (needs root and CAP_MKNOD)";
  }
  int status = 0;
  const std::string out = casebook("build data -o null", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("null: error: cannot write the PDF: it is a character device"), std::string::npos) << out;
  EXPECT_TRUE(fs::is_character_file(fs::symlink_status(dir_ / "null")));
}

TEST_F(OutputSafety, ADirectoryIsNotReplaced) {
  fs::create_directories(dir_ / "out.pdf");
  int status = 0;
  const std::string out = casebook("build data -o out.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("it is a directory"), std::string::npos) << out;
  EXPECT_TRUE(fs::is_directory(dir_ / "out.pdf"));
}

TEST_F(OutputSafety, ASymbolicLinkIsNotReplacedAndTheReasonIsGiven) {
  std::ofstream(dir_ / "old.pdf") << "old";
  fs::create_symlink("old.pdf", dir_ / "link.pdf");
  int status = 0;
  const std::string out = casebook("build data -o link.pdf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("it is a symbolic link"), std::string::npos) << out;
  EXPECT_NE(out.find("replace the link itself"), std::string::npos) << out;
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(dir_ / "link.pdf")));
  EXPECT_EQ(slurp(dir_ / "old.pdf"), "old");
}

TEST_F(OutputSafety, ARegularFileIsReplaced) {
  std::ofstream(dir_ / "out.pdf") << "old";
  int status = 0;
  const std::string out = casebook("build data -o out.pdf", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(slurp(dir_ / "out.pdf").substr(0, 5), "%PDF-");
}

TEST_F(OutputSafety, DashWritesThePdfToStandardOutput) {
  int status = 0;
  run("cd '" + dir_.string() + "' && '" + CASEBOOK_BINARY + "' build data -o - > stdout.pdf 2> stderr.txt", &status);
  EXPECT_EQ(status, 0) << slurp(dir_ / "stderr.txt");
  EXPECT_EQ(slurp(dir_ / "stderr.txt"), "standard output: 8 pages, 1 organization\n");
  run("cd '" + dir_.string() + "' && '" + CASEBOOK_BINARY + "' build data -o file.pdf 2>/dev/null", &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(slurp(dir_ / "stdout.pdf"), slurp(dir_ / "file.pdf"));
  EXPECT_EQ(slurp(dir_ / "stdout.pdf").substr(0, 5), "%PDF-");
  EXPECT_FALSE(fs::exists(dir_ / "-"));
}

/// A process id that is certainly not running: a child that has exited and
/// been reaped.
pid_t dead_pid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

TEST_F(OutputSafety, TemporaryFilesOfDeadRunsAreSweptAndLiveOnesKept) {
  const fs::path stale = dir_ / (".out.pdf.tmp-" + std::to_string(dead_pid()));
  const fs::path live = dir_ / (".out.pdf.tmp-" + std::to_string(::getpid()));
  const fs::path other = dir_ / (".other.pdf.tmp-" + std::to_string(dead_pid()));
  for (const fs::path& p : {stale, live, other}) std::ofstream(p) << "partial";
  int status = 0;
  const std::string out = casebook("build data -o out.pdf", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));   // this test process is still running
  EXPECT_TRUE(fs::exists(other));  // another target's: not this run's business
  EXPECT_TRUE(fs::exists(dir_ / "out.pdf"));
}

TEST_F(OutputSafety, ABookletNameThatIsAPathIsRefusedBeforeAnythingIsWritten) {
  ASSERT_NE(record_.find("北海道"), std::string::npos) << "the fixture's record works in 北海道";
  set_prefectures(dir_ / "data", "\"../escaped\"", "../escaped");
  int status = 0;
  const std::string out = casebook("booklets data -o out", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("prefecture '../escaped' cannot name a booklet file: it contains U+002E (a dot)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("orgs/01.toml:"), std::string::npos) << "located at the record: " << out;
  EXPECT_FALSE(fs::exists(dir_ / "escaped.pdf"));
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(OutputSafety, BookletNamesWithSeparatorsOrControlsAreRefused) {
  set_prefectures(dir_ / "data", "\"a/b\"", "a/b");
  int status = 0;
  std::string out = casebook("booklets data -o out", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("U+002F (a path separator)"), std::string::npos) << out;
  std::ofstream(dir_ / "data/orgs/01.toml") << record_;
  set_prefectures(dir_ / "data", "\"x\\u001by\"", "x\\u001by");
  out = casebook("booklets data -o out", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("U+001B (a control character)"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(OutputSafety, TwoPrefecturesDifferingInCaseGetTwoBookletFiles) {
  // The JIS code in front of each name keeps them apart even on a
  // case-insensitive file system.
  std::string record = slurp(dir_ / "data/orgs/01.toml");
  ASSERT_NE(record.find("\"北海道\""), std::string::npos);
  set_prefectures(dir_ / "data", "\"Miyagi\", \"MIYAGI\"", "Miyagi\", \"MIYAGI");
  int status = 0;
  const std::string out = casebook("booklets data -o out", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(fs::exists(dir_ / "out/01_Miyagi.pdf")) << out;
  EXPECT_TRUE(fs::exists(dir_ / "out/02_MIYAGI.pdf")) << out;
}

TEST_F(OutputSafety, BookletsStayInsideTheirDirectory) {
  int status = 0;
  const std::string out = casebook("booklets data -o out", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(fs::exists(dir_ / "out/01_北海道.pdf")) << out;
}

}  // namespace
