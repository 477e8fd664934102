#pragma once

// A test that runs the command line on files of its own: a scratch folder
// named after the test, holding a copy of the one-organization fixture.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "support/process.h"

namespace casebook::testing_support {

/// A fresh folder under the system's temporary folder, named after
/// `prefix`, this process and the running test.
inline std::filesystem::path scratch_folder(const std::string& prefix) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(::getpid()) + "-" +
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

/// Rewrites the prefecture list of the fixture copied to `data` as
/// `list` (TOML array items) and the record's prefecture (北海道) as
/// `record_prefecture`.
inline void set_prefectures(const std::filesystem::path& data, const std::string& list,
                            const std::string& record_prefecture) {
  std::string taxonomy = slurp(data / "taxonomy.toml");
  const std::size_t start = taxonomy.find("prefectures = [");
  const std::size_t end = taxonomy.find("]\n", start);
  taxonomy.replace(start, end + 2 - start, "prefectures = [" + list + "]\n");
  std::ofstream(data / "taxonomy.toml") << taxonomy;
  std::string record = slurp(data / "orgs/01.toml");
  const std::size_t at = record.find("北海道");
  if (at != std::string::npos) record.replace(at, std::string("北海道").size(), record_prefecture);
  std::ofstream(data / "orgs/01.toml") << record;
}

/// A fixture whose scratch folder `dir_` holds a copy of tests/fixtures/base
/// as `data`, removed after the test; `record_` is the record's text before it.
class ScratchDataTest : public ::testing::Test {
 protected:
  explicit ScratchDataTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    dir_ = scratch_folder(prefix_);
    std::filesystem::copy(std::filesystem::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", dir_ / "data",
                          std::filesystem::copy_options::recursive);
    record_ = slurp(dir_ / "data/orgs/01.toml");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  /// Runs casebook in the scratch folder with `prefix` (environment
  /// settings, or a wrapper such as `timeout 60`) before it; both streams.
  std::string casebook(const std::string& args, int* status, const std::string& prefix = "") {
    return run("cd '" + dir_.string() + "' && " + prefix + " '" + CASEBOOK_BINARY + "' " + args + " 2>&1", status);
  }

  /// Whether the fixture's record still reads as it did before the test.
  bool record_untouched() const { return slurp(dir_ / "data/orgs/01.toml") == record_; }

  std::filesystem::path dir_;
  std::string record_;

 private:
  std::string prefix_;
};

}  // namespace casebook::testing_support
