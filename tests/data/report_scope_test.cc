// [report] in casebook.toml: a statement's placeholder the book cannot fill,
// and a record numbered past the report's last, are refused at their place.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

class ReportScopeData : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("casebook-report-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", dir_, fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void edit(const std::string& file, const std::string& from, const std::string& to) {
    std::ifstream in(dir_ / file);
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(dir_ / file, std::ios::trunc) << text;
  }

  /// The errors, one per line, with the folder written DATA.
  std::string errors() {
    Diagnostics diags;
    const Casebook book = load_casebook(dir_.string(), diags);
    std::string out;
    for (const Diagnostic& d : diags.items()) {
      if (d.severity != Severity::error) continue;
      std::string file = d.span.file;
      if (file.rfind(dir_.string(), 0) == 0) file = "DATA" + file.substr(dir_.string().size());
      out += file + ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + ": " + d.message + "\n";
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(ReportScopeData, TheShippedReportLoadsClean) { EXPECT_EQ(errors(), ""); }

TEST_F(ReportScopeData, AnUnknownPlaceholderIsRefusedAtItsStatement) {
  edit("casebook.toml", "の{count}団体を収録", "の{cuont}団体を収録");
  EXPECT_EQ(errors(), "DATA/casebook.toml:51:19: unknown placeholder '{cuont}' in a statement of [report]\n");
}

TEST_F(ReportScopeData, ARecordPastTheReportsLastNumberIsRefused) {
  edit("casebook.toml", "organizations = 77", "organizations = 12");
  EXPECT_EQ(errors(), "DATA/orgs/13.toml:1:10: organization number 13 is past the report's last (12)\n");
}

}  // namespace
}  // namespace casebook
