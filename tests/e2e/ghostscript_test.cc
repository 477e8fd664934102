// Ghostscript renders every page of both editions of the shipped book with
// no error or warning. A blank page (vi, before the contents) once had a
// zero-byte Flate content stream, which gs reported as "error reading a
// stream" and "Page drawing error occurred".

#include <unistd.h>

#include <filesystem>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;

bool have_ghostscript() { return std::system("gs --version >/dev/null 2>&1") == 0; }

struct Ghostscript : testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(Ghostscript, RendersEveryPageWithoutAWord) {
  if (!have_ghostscript()) GTEST_SKIP() << "gs (Ghostscript) is not installed: scripts/install-deps installs it";
  const auto& [layout, edition] = GetParam();
  const fs::path pdf = fs::temp_directory_path() /
                       ("casebook-gs-" + std::to_string(::getpid()) + "-" + layout + "-" + edition + ".pdf");
  int status = 0;
  const std::string log =
      casebook("build data --layout layouts/" + layout + " --edition " + edition + " -o '" + pdf.string() + "'", &status);
  ASSERT_EQ(status, 0) << log;
  // -dPDFSTOPONERROR would stop at the first problem; without it gs goes
  // on and prints every error and warning, which must be none.
  const std::string out = run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage '" + pdf.string() + "' 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(out, "") << "Ghostscript on the " << edition << " edition:\n" << out;
  fs::remove(pdf);
}

INSTANTIATE_TEST_SUITE_P(ShippedLayouts, Ghostscript,
                         testing::Combine(testing::Values(std::string("casebook-a4.toml"), std::string("casebook-b5.toml")),
                                          testing::Values(std::string("web"), std::string("print"))),
                         [](const auto& p) {
                           return std::get<0>(p.param).substr(9, 2) + "_" + std::get<1>(p.param);
                         });

}  // namespace
}  // namespace casebook
