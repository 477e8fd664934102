// Expected-diagnostic tests: each folder under tests/fixtures/diagnostics/
// is a small overlay on tests/fixtures/base/ (a valid data directory) that
// breaks one validation rule. The loader's diagnostics, with the temporary
// directory written as DATA, must equal the folder's expected.txt exactly:
// file, line, column, message and hints.
//
// To regenerate after a deliberate change of wording, run the test with
// CASEBOOK_UPDATE_GOLDEN=1 and review the diff of expected.txt files.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures";

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kFixtures / "diagnostics")) {
    if (e.is_directory()) names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Builds base + overlay in a fresh temporary directory; returns its data dir.
fs::path materialize(const std::string& name) {
  const fs::path root = fs::temp_directory_path() / ("casebook-fixture-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(root);
  const fs::path data = root / "data";
  fs::create_directories(data);
  fs::copy(kFixtures / "base", data, fs::copy_options::recursive);
  const fs::path overlay = kFixtures / "diagnostics" / name;
  for (const auto& e : fs::recursive_directory_iterator(overlay)) {
    const fs::path rel = fs::relative(e.path(), overlay);
    if (rel == "expected.txt" || rel == "remove") continue;
    if (e.is_directory()) {
      fs::create_directories(data / rel);
    } else {
      fs::create_directories((data / rel).parent_path());
      fs::copy_file(e.path(), data / rel, fs::copy_options::overwrite_existing);
    }
  }
  if (fs::exists(overlay / "remove")) {
    std::istringstream lines(read(overlay / "remove"));
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) fs::remove(data / line);
    }
  }
  return data;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

class DiagnosticFixture : public testing::TestWithParam<std::string> {};

TEST_P(DiagnosticFixture, ReportsExactlyTheExpectedDiagnostics) {
  const fs::path data = materialize(GetParam());
  Diagnostics diags;
  load_casebook(data.string(), diags);
  std::string actual;
  for (const Diagnostic& d : diags.sorted()) actual += format_diagnostic(d) + "\n";
  actual = replace_all(actual, data.string(), "DATA");
  fs::remove_all(data.parent_path());

  const fs::path expected_file = kFixtures / "diagnostics" / GetParam() / "expected.txt";
  if (std::getenv("CASEBOOK_UPDATE_GOLDEN")) {
    std::ofstream(expected_file, std::ios::binary) << actual;
  }
  ASSERT_TRUE(fs::exists(expected_file)) << "missing " << expected_file;
  EXPECT_EQ(actual, read(expected_file));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DiagnosticFixture, testing::ValuesIn(fixture_names()),
                         [](const testing::TestParamInfo<std::string>& param_info) { return param_info.param; });

TEST(DiagnosticFixtures, TheBaseIsClean) {
  Diagnostics diags;
  const Casebook book = load_casebook((kFixtures / "base").string(), diags);
  EXPECT_TRUE(diags.items().empty());
  ASSERT_EQ(book.organizations.size(), 1u);
}

}  // namespace
}  // namespace casebook
