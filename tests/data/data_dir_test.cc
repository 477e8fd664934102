// What the loader makes of files in a data directory that are not plain
// records: editors' lock links and backups, hidden files, FIFOs, links to
// devices, directories named like records, oversized files. These cannot
// be committed as fixtures, so each test makes them in a fresh copy of
// tests/fixtures/base/.
//
// The loader runs in a child process with an alarm as a hang guard: a
// loader that blocks on a FIFO, or reads /dev/zero without end, makes the
// test fail instead of stalling the suite.

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

const fs::path kBase = fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base";

/// A copy of the base fixture (one valid record, orgs/01.toml) in a fresh
/// temporary directory, removed again at the end of the test.
class DataDir : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("casebook-data-dir-" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
             std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(kBase, data(), fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path data() const { return root_ / "data"; }
  fs::path orgs() const { return data() / "orgs"; }

  /// A copy of the valid record 01.toml under another name, with another
  /// number so it would not clash with 01.toml if it were read.
  void copy_record(const std::string& name, int number) {
    std::ifstream in(orgs() / "01.toml", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string from = "number = 1\n";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "number = " + std::to_string(number) + "\n");
    std::ofstream(orgs() / name, std::ios::binary) << text;
  }

  struct Result {
    bool finished = false;  // false: the loader crashed or hung
    std::string diagnostics;
    int organizations = -1;
  };

  /// Runs load_casebook(dir) in a child process; its diagnostics, with the
  /// data directory written as DATA, one per line.
  Result load(const fs::path& dir) const {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return {};
    const pid_t child = ::fork();
    if (child == 0) {
      ::close(pipe_fds[0]);
      ::alarm(20);  // a hang guard, not a time limit: a correct load takes milliseconds
      Diagnostics diags;
      const Casebook book = load_casebook(dir.string(), diags);
      std::string out = std::to_string(book.organizations.size()) + "\n";
      for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
      for (std::size_t at = out.find(data().string()); at != std::string::npos; at = out.find(data().string())) {
        out.replace(at, data().string().size(), "DATA");
      }
      for (std::size_t done = 0; done < out.size();) {
        const ssize_t n = ::write(pipe_fds[1], out.data() + done, out.size() - done);
        if (n <= 0) ::_exit(2);
        done += static_cast<std::size_t>(n);
      }
      ::_exit(0);
    }
    ::close(pipe_fds[1]);
    std::string out;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    Result r;
    r.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!r.finished) return r;
    const std::size_t eol = out.find('\n');
    r.organizations = std::stoi(out.substr(0, eol));
    r.diagnostics = out.substr(eol + 1);
    return r;
  }

  fs::path root_;
};

TEST_F(DataDir, SkipsAnEditorsDanglingLockLinkWithANote) {
  // Emacs marks a file it edits with a link .#NAME pointing nowhere.
  fs::create_symlink("user@host.1234:1700000000", orgs() / ".#01.toml");
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics, "DATA/orgs/.#01.toml: note: skipped: a hidden file, not a record\n");
}

TEST_F(DataDir, SkipsHiddenFilesAndEditorBackupsWithANote) {
  copy_record(".02.toml", 2);
  copy_record("03.toml~", 3);
  copy_record("#04.toml#", 4);
  copy_record(".01.toml.swp", 5);
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics,
            "DATA/orgs/#04.toml#: note: skipped: an editor's backup file, not a record\n"
            "DATA/orgs/.01.toml.swp: note: skipped: a hidden file, not a record\n"
            "DATA/orgs/.02.toml: note: skipped: a hidden file, not a record\n"
            "DATA/orgs/03.toml~: note: skipped: an editor's backup file, not a record\n");
}

TEST_F(DataDir, NamesAFileOfAnotherExtensionInANote) {
  std::ofstream(orgs() / "notes.txt") << "not a record\n";
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics, "DATA/orgs/notes.txt: note: skipped: not a .toml file, not a record\n");
}

TEST_F(DataDir, ReadsARecordWhoseExtensionIsUpperCase) {
  copy_record("02.TOML", 2);
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 2);
  EXPECT_EQ(r.diagnostics, "");
}

TEST_F(DataDir, DoesNotBlockOnANamedPipe) {
  ASSERT_EQ(::mkfifo((orgs() / "02.toml").c_str(), 0600), 0);
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics,
            "DATA/orgs/02.toml: warning: skipped: a named pipe (FIFO), not a record\n"
            "    hint: a record is a regular file (or a link to one)\n");
}

TEST_F(DataDir, DoesNotReadADeviceBehindALink) {
  fs::create_symlink("/dev/zero", orgs() / "02.toml");
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics,
            "DATA/orgs/02.toml: warning: skipped: a link to a character device, not a record\n"
            "    hint: a record is a regular file (or a link to one)\n");
}

TEST_F(DataDir, SkipsADirectoryNamedLikeARecord) {
  fs::create_directory(orgs() / "02.toml");
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics,
            "DATA/orgs/02.toml: warning: skipped: a directory, not a record\n"
            "    hint: a record is a regular file (or a link to one)\n");
}

TEST_F(DataDir, WarnsAboutARecordLinkWhoseTargetIsGone) {
  fs::create_symlink("../elsewhere/02.toml", orgs() / "02.toml");
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics, "DATA/orgs/02.toml: warning: skipped: a link whose target does not exist, not a record\n");
}

TEST_F(DataDir, ReadsARecordThroughALink) {
  copy_record("elsewhere.txt", 2);
  fs::create_symlink("elsewhere.txt", orgs() / "02.toml");
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 2);
  EXPECT_EQ(r.diagnostics, "DATA/orgs/elsewhere.txt: note: skipped: not a .toml file, not a record\n");
}

TEST_F(DataDir, RefusesARecordLargerThanOneMebibyte) {
  copy_record("02.toml", 2);
  {
    std::ofstream out(orgs() / "02.toml", std::ios::binary | std::ios::app);
    const std::string comment = "# " + std::string(1021, 'x') + "\n";  // 1 KiB a line
    for (int i = 0; i < 1024; ++i) out << comment;
  }
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 1);
  EXPECT_EQ(r.diagnostics,
            "DATA/orgs/02.toml: error: the file is larger than 1 MiB, the limit for one TOML file\n"
            "    hint: a casebook file is a few KB; check that this is the file you meant\n");
}

TEST_F(DataDir, RefusesATaxonomyThatIsANamedPipe) {
  fs::remove(data() / "taxonomy.toml");
  ASSERT_EQ(::mkfifo((data() / "taxonomy.toml").c_str(), 0600), 0);
  const Result r = load(data());
  ASSERT_TRUE(r.finished);
  EXPECT_NE(r.diagnostics.find("DATA/taxonomy.toml: error: cannot read file: it is a named pipe (FIFO), not a regular "
                               "file\n"),
            std::string::npos)
      << r.diagnostics;
}

TEST_F(DataDir, SaysTheDataPathIsAFileNotThatItIsMissing) {
  const Result r = load(orgs() / "01.toml");
  ASSERT_TRUE(r.finished);
  EXPECT_EQ(r.organizations, 0);
  EXPECT_EQ(r.diagnostics,
            "DATA/orgs/01.toml: error: not a data directory: it is a regular file\n"
            "    hint: give the folder that holds casebook.toml, taxonomy.toml and orgs/ (e.g. data), not a file in "
            "it\n");
}

TEST(LayoutFile, RefusesALayoutLargerThanOneMebibyte) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-big-layout-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path layout = dir / "big.toml";
  fs::copy_file(fs::path(CASEBOOK_SOURCE_DIR) / "layouts/casebook-a4.toml", layout);
  {
    std::ofstream out(layout, std::ios::binary | std::ios::app);
    const std::string comment = "# " + std::string(1021, 'x') + "\n";
    for (int i = 0; i < 1024; ++i) out << comment;
  }
  Diagnostics diags;
  load_layout(layout.string(), diags);
  fs::remove_all(dir);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            layout.string() + ": error: the file is larger than 1 MiB, the limit for one TOML file\n"
            "    hint: a casebook file is a few KB; check that this is the file you meant");
}

}  // namespace
}  // namespace casebook
