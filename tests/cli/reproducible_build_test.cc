// The same data and layout give the same PDF bytes, however their paths are
// spelled and wherever casebook runs.

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::run;
using casebook::testing_support::slurp;

TEST(ReproducibleBuild, BytesDoNotDependOnPathSpellingOrWorkingFolder) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-repro-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", dir / "data", fs::copy_options::recursive);
  const std::string src = CASEBOOK_SOURCE_DIR, bin = CASEBOOK_BINARY, d = dir.string();
  // data / ./data / absolute / ../data from another folder; the layout (and
  // so the fonts it names) relative, absolute and with a detour.
  const std::string runs[] = {
      "cd '" + d + "' && '" + bin + "' build data --layout '" + src + "/layouts/casebook-a4.toml' -o 1.pdf",
      "cd '" + d + "' && '" + bin + "' build ./data --layout '" + src + "/layouts/../layouts/casebook-a4.toml' -o 2.pdf",
      "cd '" + src + "' && '" + bin + "' build '" + d + "/data' --layout layouts/casebook-a4.toml -o '" + d + "/3.pdf'",
      "cd '" + d + "/sub' && '" + bin + "' build ../data --layout '" + src + "/fonts/../layouts/casebook-a4.toml' -o ../4.pdf",
  };
  for (const std::string& command : runs) {
    int status = 0;
    const std::string out = run(command + " 2>&1", &status);
    ASSERT_EQ(status, 0) << command << "\n" << out;
  }
  const std::string first = slurp(dir / "1.pdf");
  ASSERT_EQ(first.substr(0, 5), "%PDF-");
  for (const char* other : {"2.pdf", "3.pdf", "4.pdf"}) EXPECT_TRUE(slurp(dir / other) == first) << other << " differs";
  fs::remove_all(dir);
}

}  // namespace
