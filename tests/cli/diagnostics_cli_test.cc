// What the command line prints when something is wrong: the value, the
// place, the allowed range, and nothing that drives the terminal.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::run;
using casebook::testing_support::slurp;

/// A scratch folder with a copy of the one-organization fixture as `data`.
class CliDiagnostics : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("casebook-diag-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", dir_ / "data", fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// Runs casebook in the scratch folder with `env` before it; both streams.
  std::string casebook(const std::string& args, int* status, const std::string& env = "") {
    return run("cd '" + dir_.string() + "' && " + env + " '" + CASEBOOK_BINARY + "' " + args + " 2>&1", status);
  }

  void append_to_record(const std::string& text) { std::ofstream(dir_ / "data/orgs/01.toml", std::ios::app) << text; }

  fs::path dir_;
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

}  // namespace
