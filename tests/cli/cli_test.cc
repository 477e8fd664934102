// End-to-end tests of the command line as a user runs it.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

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
  Result r = run("check '" + dir.string() + "'");
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
