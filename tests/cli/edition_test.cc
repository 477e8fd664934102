// `--edition print|web` on the commands that write PDFs: the two names are
// accepted, web is the default, anything else is an error before any work.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::casebook;
using casebook::testing_support::slurp;

struct Edition : testing::Test {
  void SetUp() override {
    dir = fs::temp_directory_path() /
          ("casebook-edition-" + std::to_string(::getpid()) + "-" +
           testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  std::string out(const std::string& name) const { return (dir / name).string(); }
  fs::path dir;
};

constexpr const char* kData = "tests/fixtures/base";

TEST_F(Edition, BuildAcceptsPrintAndWeb) {
  for (const std::string edition : {"print", "web"}) {
    int status = -1;
    const std::string log = casebook(std::string("build ") + kData + " --edition " + edition + " -o '" + out(edition + ".pdf") + "'", &status);
    EXPECT_EQ(status, 0) << log;
    EXPECT_TRUE(fs::is_regular_file(out(edition + ".pdf"))) << edition;
  }
}

TEST_F(Edition, TheDefaultIsTheWebEdition) {
  int status = -1;
  casebook(std::string("build ") + kData + " -o '" + out("default.pdf") + "'", &status);
  ASSERT_EQ(status, 0);
  const std::string log = casebook(std::string("build ") + kData + " --edition web -o '" + out("web.pdf") + "'", &status);
  ASSERT_EQ(status, 0) << log;
  EXPECT_EQ(slurp(out("default.pdf")), slurp(out("web.pdf")));
}

TEST_F(Edition, AnUnknownEditionIsAnErrorAndWritesNothing) {
  // An earlier PDF at the target stays as it was.
  { std::ofstream(out("book.pdf")) << "earlier"; }
  for (const std::string command : {"build", "proof"}) {
    int status = -1;
    const std::string log = casebook(command + " " + kData + " --edition paper -o '" + out("book.pdf") + "'", &status);
    EXPECT_EQ(status, 1) << command << ": " << log;
    EXPECT_NE(log.find("--edition: error: 'paper' is not an edition"), std::string::npos) << log;
    EXPECT_NE(log.find("hint: give --edition print"), std::string::npos) << log;
    EXPECT_EQ(slurp(out("book.pdf")), "earlier") << command;
  }
  int status = -1;
  const std::string log = casebook(std::string("booklets ") + kData + " --edition Print -o '" + out("booklets") + "'", &status);
  EXPECT_EQ(status, 1) << log;
  EXPECT_NE(log.find("'Print' is not an edition"), std::string::npos) << log;
  EXPECT_FALSE(fs::exists(out("booklets")));
}

TEST_F(Edition, BookletsAndProofAcceptAnEdition) {
  int status = -1;
  std::string log = casebook(std::string("booklets ") + kData + " --edition print -o '" + out("booklets") + "'", &status);
  EXPECT_EQ(status, 0) << log;
  EXPECT_FALSE(fs::is_empty(out("booklets")));
  log = casebook(std::string("proof ") + kData + " --edition print -o '" + out("proof.pdf") + "'", &status);
  EXPECT_TRUE(fs::is_regular_file(out("proof.pdf"))) << log;
}

}  // namespace
