// The temporary file a PDF is written into: gone after a signal, gone after
// a failure, renamed over the target only on commit.

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "cli/output_file.h"

namespace {

namespace fs = std::filesystem;
using casebook::cli::TempFile;

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-temp-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// Forks a child that starts writing `target` through a TempFile and is
/// then hit by `signal_number`; returns the child's wait status and the
/// temporary file's path.
int killed_while_writing(const fs::path& target, int signal_number, std::string& temp) {
  int ready[2];
  if (::pipe(ready) != 0) return -1;
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(ready[0]);
    TempFile file(target.string());
    std::ofstream(file.path()) << "half a PDF";
    const std::string path = file.path() + "\n";
    if (::write(ready[1], path.data(), path.size()) < 0) ::_exit(3);
    ::pause();  // the parent's signal ends the child here
    ::_exit(2);
  }
  ::close(ready[1]);
  char buffer[4096];
  const ssize_t n = ::read(ready[0], buffer, sizeof buffer);
  ::close(ready[0]);
  temp.assign(buffer, n > 0 ? static_cast<std::size_t>(n) - 1 : 0);
  ::kill(child, signal_number);
  int status = 0;
  ::waitpid(child, &status, 0);
  return status;
}

TEST(TempFile, SigtermRemovesTheTemporaryFileAndKeepsTheTarget) {
  const fs::path dir = scratch("term");
  std::ofstream(dir / "book.pdf") << "the earlier book";
  std::string temp;
  const int status = killed_while_writing(dir / "book.pdf", SIGTERM, temp);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child dies of the signal it got, status " << status;
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
  EXPECT_NE(temp.find("/.book.pdf.tmp-"), std::string::npos) << temp;
  EXPECT_FALSE(fs::exists(temp));
  std::ifstream in(dir / "book.pdf");
  std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(kept, "the earlier book");
  fs::remove_all(dir);
}

TEST(TempFile, SigintRemovesTheTemporaryFile) {
  const fs::path dir = scratch("int");
  std::string temp;
  const int status = killed_while_writing(dir / "book.pdf", SIGINT, temp);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGINT);
  EXPECT_FALSE(temp.empty());
  EXPECT_FALSE(fs::exists(temp));
  EXPECT_FALSE(fs::exists(dir / "book.pdf"));
  fs::remove_all(dir);
}

TEST(TempFile, CommitRenamesOverTheTargetAndAnAbandonedFileIsRemoved) {
  const fs::path dir = scratch("commit");
  std::string error;
  {
    TempFile file((dir / "a.pdf").string());
    std::ofstream(file.path()) << "new";
    ASSERT_TRUE(file.commit(error)) << error;
  }
  std::string abandoned;
  {
    TempFile file((dir / "b.pdf").string());
    abandoned = file.path();
    std::ofstream(file.path()) << "never finished";
  }
  EXPECT_TRUE(fs::exists(dir / "a.pdf"));
  EXPECT_FALSE(fs::exists(abandoned));
  EXPECT_FALSE(fs::exists(dir / "b.pdf"));
  fs::remove_all(dir);
}

TEST(TempFile, AFailedRenameReportsTheSystemsReasonNotSuccess) {
  const fs::path dir = scratch("fail");
  fs::create_directories(dir / "target.pdf" / "full");  // a non-empty directory cannot be renamed over
  TempFile file((dir / "target.pdf").string());
  std::ofstream(file.path()) << "pdf";
  std::string error;
  EXPECT_FALSE(file.commit(error));
  EXPECT_EQ(error, "Is a directory");
  EXPECT_FALSE(fs::exists(file.path()));
  fs::remove_all(dir);
}

TEST(TempFile, ALinkPlantedAtItsNameIsNotWrittenThrough) {
  // The temporary file's name is predictable; a symbolic link put there
  // before the run must not make the PDF land in the file it points to.
  const fs::path dir = scratch("planted");
  const fs::path victim = dir / "victim.txt";
  std::ofstream(victim) << "precious";
  const fs::path target = dir / "out.pdf";
  const std::string planted = casebook::cli::temp_path(target.string(), ::getpid());
  fs::create_symlink(victim, planted);
  {
    TempFile file(target.string());
    ASSERT_EQ(file.path(), planted);
    EXPECT_FALSE(fs::is_symlink(fs::symlink_status(file.path())));
    std::ofstream(file.path()) << "a PDF";
    std::string error;
    ASSERT_TRUE(file.commit(error)) << error;
  }
  std::ifstream in(victim);
  const std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(kept, "precious");
  std::ifstream out(target);
  const std::string written((std::istreambuf_iterator<char>(out)), std::istreambuf_iterator<char>());
  EXPECT_EQ(written, "a PDF");
  fs::remove_all(dir);
}

}  // namespace
