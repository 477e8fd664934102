// casebook new, export and import as a user runs them, on scratch copies
// of the shipped data: the round trip of all 13 records, a CP932 sheet, a
// row with errors, the template, and (when LibreOffice is installed) the
// workbook opened and saved by a real spreadsheet application.

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load.h"
#include "sheet/same_record.h"
#include "support/process.h"
#include "support/scratch_data.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::slurp;

class SheetCommands : public testing::Test {
 protected:
  void SetUp() override {
    root_ = testing_support::scratch_folder("casebook-sheet");
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", data(), fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path data() const { return root_ / "data"; }
  std::string q(const fs::path& p) const { return "'" + p.string() + "'"; }

  /// Removes the scratch copy's records, so an import writes every one anew.
  void remove_records() {
    for (const auto& e : fs::directory_iterator(data() / "orgs")) fs::remove(e.path());
  }

  /// Loads the scratch copy and expects each record to load equal to the
  /// shipped one of its number.
  void expect_records_equal_to_shipped() {
    Diagnostics shipped_diags, copy_diags;
    const Casebook shipped = load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/data", shipped_diags);
    const Casebook copy = load_casebook(data().string(), copy_diags);
    ASSERT_FALSE(shipped_diags.has_errors());
    EXPECT_EQ(copy_diags.count(Severity::error), 0);
    EXPECT_EQ(copy_diags.count(Severity::warning), 0);
    ASSERT_EQ(copy.organizations.size(), 13u);
    ASSERT_EQ(shipped.organizations.size(), copy.organizations.size());
    for (std::size_t i = 0; i < shipped.organizations.size(); ++i) {
      EXPECT_TRUE(sheet::same_record(shipped.organizations[i], copy.organizations[i]))
          << "record " << shipped.organizations[i].number << " changed in the round trip:\n"
          << slurp(copy.organizations[i].path);
    }
  }

  fs::path root_;
};

TEST_F(SheetCommands, ExportThenImportGivesBackAllShippedRecords) {
  int status = 0;
  std::string out = casebook("export " + q(data()) + " -o " + q(root_ / "records.csv"), &status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_NE(out.find("13 organizations exported"), std::string::npos) << out;
  const std::string csv = slurp(root_ / "records.csv");
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF番号,団体名,取組名,")) << csv.substr(0, 80);

  // Into the copy as it is: nothing changed, no file touched.
  const fs::file_time_type before = fs::last_write_time(data() / "orgs/05.toml");
  out = casebook("import " + q(root_ / "records.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("13 rows: 0 written, 13 unchanged, 0 refused"), std::string::npos) << out;
  EXPECT_EQ(fs::last_write_time(data() / "orgs/05.toml"), before);

  // Into a copy without records: every record written, and each loads
  // as the shipped one does.
  remove_records();
  out = casebook("import " + q(root_ / "records.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("13 rows: 13 written, 0 unchanged, 0 refused"), std::string::npos) << out;
  expect_records_equal_to_shipped();
  // The written TOML is for people: long text in '''…''' blocks.
  EXPECT_NE(slurp(data() / "orgs/01.toml").find("purpose = '''\n「リタイア後"), std::string::npos);
}

TEST_F(SheetCommands, ImportsACp932SheetAsJapaneseExcelSavesIt) {
  int status = 0;
  std::string out = casebook("export " + q(data()) + " -o " + q(root_ / "records.csv"), &status);
  ASSERT_EQ(status, 0) << out;
  // Excel's plain "CSV" on a Japanese Windows: CP932, no byte order mark.
  out = run("tail -c +4 " + q(root_ / "records.csv") + " | iconv -f UTF-8 -t CP932 > " + q(root_ / "sjis.csv") +
                " 2>&1",
            &status);
  ASSERT_EQ(status, 0) << out;
  ASSERT_NE(slurp(root_ / "sjis.csv").substr(0, 4), "番号");  // not UTF-8 any more
  remove_records();
  out = casebook("import " + q(root_ / "sjis.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("13 written"), std::string::npos) << out;
  expect_records_equal_to_shipped();

  // Told it is UTF-8, the sheet is refused with the way out, nothing written.
  out = casebook("import " + q(root_ / "sjis.csv") + " " + q(data()) + " --encoding utf-8", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("not valid UTF-8"), std::string::npos) << out;
  EXPECT_NE(out.find("--encoding cp932"), std::string::npos) << out;
}

TEST_F(SheetCommands, ARowWithErrorsIsRefusedAtItsCellsAndTheRestImported) {
  int status = 0;
  std::string out = casebook("export " + q(data()) + " -o " + q(root_ / "records.csv"), &status);
  ASSERT_EQ(status, 0) << out;
  std::string csv = slurp(root_ / "records.csv");
  // Row 3 (record 2): 取組名 (column C) emptied, and a typo in 主な対象 ★ (H).
  const std::size_t row3 = csv.find("\r\n2,") + 2;
  const std::size_t title = csv.find(',', csv.find(',', row3) + 1) + 1;
  csv.erase(title, csv.find(',', title) - title);
  std::ofstream(root_ / "bad.csv", std::ios::binary) << csv;
  const std::string record2 = slurp(data() / "orgs/02.toml");
  // Record 1 changed in the sheet too, so the other rows are really written.
  csv = slurp(root_ / "bad.csv");
  csv.replace(csv.find("札幌市"), std::string("札幌市").size(), "札幌市西区");
  std::ofstream(root_ / "bad.csv", std::ios::binary) << csv;

  out = casebook("import " + q(root_ / "bad.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(root_.string() + "/bad.csv:3:C (取組名): error: 'title' (取組名) is empty"), std::string::npos)
      << out;
  EXPECT_NE(out.find("bad.csv:3: refused (1 error)"), std::string::npos) << out;
  EXPECT_NE(out.find("13 rows: 1 written, 11 unchanged, 1 refused (row 3)"), std::string::npos) << out;
  EXPECT_EQ(slurp(data() / "orgs/02.toml"), record2);
  EXPECT_NE(slurp(data() / "orgs/01.toml").find("area = \"札幌市西区\""), std::string::npos);
}

TEST_F(SheetCommands, AnUnknownItemNamesItsColumnWithTheNearest) {
  int status = 0;
  std::string out = casebook("export " + q(data()) + " -o " + q(root_ / "records.csv"), &status);
  ASSERT_EQ(status, 0) << out;
  std::string csv = slurp(root_ / "records.csv");
  csv.replace(csv.find("交流の場の提供"), std::string("交流の場の提供").size(), "交流の場の提共");
  std::ofstream(root_ / "bad.csv", std::ios::binary) << csv;
  const std::string record1 = slurp(data() / "orgs/01.toml");
  out = casebook("import " + q(root_ / "bad.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("bad.csv:2:F (主な取組 ★): error: unknown activity item '交流の場の提共'"), std::string::npos) << out;
  EXPECT_NE(out.find("did you mean '交流の場の提供'?"), std::string::npos) << out;
  EXPECT_EQ(slurp(data() / "orgs/01.toml"), record1);
}

TEST_F(SheetCommands, APhotoThatIsNotThereIsRefusedAtItsCell) {
  int status = 0;
  std::string out = casebook("export " + q(data()) + " -o " + q(root_ / "records.csv"), &status);
  ASSERT_EQ(status, 0) << out;
  std::string csv = slurp(root_ / "records.csv");
  // Row 2 ends with its four empty photo cells (写真1 is column W).
  const std::size_t row2_end = csv.find("\r\n", csv.find("\r\n") + 2);
  ASSERT_EQ(csv.substr(row2_end - 4, 4), ",,,,");
  csv.replace(row2_end - 4, 4, ",photos/none.jpg,交流の様子,,");
  std::ofstream(root_ / "photo.csv", std::ios::binary) << csv;
  const std::string record1 = slurp(data() / "orgs/01.toml");
  out = casebook("import " + q(root_ / "photo.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("photo.csv:2:W (写真1): error: photo file 'photos/none.jpg' is not a file in"), std::string::npos)
      << out;
  EXPECT_EQ(slurp(data() / "orgs/01.toml"), record1);

  // With the photo there, the record gains it.
  fs::create_directories(data() / "photos");
  fs::copy_file(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/photos/photos/meeting.jpg", data() / "photos/none.jpg");
  out = casebook("import " + q(root_ / "photo.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(slurp(data() / "orgs/01.toml").find("[[photos]]\nfile = \"photos/none.jpg\"\ncaption = \"交流の様子\""),
            std::string::npos)
      << slurp(data() / "orgs/01.toml");
}

TEST_F(SheetCommands, AHeaderNoFieldHasStopsTheImport) {
  std::ofstream(root_ / "h.csv", std::ios::binary) << "番号,団体名,取組メイ\r\n1,a,b\r\n";
  int status = 0;
  const std::string out = casebook("import " + q(root_ / "h.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("h.csv:1:C (取組メイ): error: no field of a record is headed '取組メイ'"), std::string::npos) << out;
  EXPECT_NE(out.find("the sheet has no column '目的'"), std::string::npos) << out;
  EXPECT_NE(out.find("nothing imported"), std::string::npos) << out;
}

TEST_F(SheetCommands, ExportKeepsToTheOutputRules) {
  int status = 0;
  std::string out = casebook("export " + q(data()) + " -o " + q(data() / "records.csv"), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_FALSE(fs::exists(data() / "records.csv"));
  out = casebook("export " + q(data()) + " -o " + q(root_ / "records.txt"), &status);
  EXPECT_EQ(status, 2) << out;
  // The XLSX is a zip archive (an Office Open XML package).
  out = casebook("export " + q(data()) + " -o " + q(root_ / "records.xlsx"), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(slurp(root_ / "records.xlsx").substr(0, 2), "PK");
  // A sheet saved over by itself is never read and written at once:
  // import names the XLSX it cannot read with the way to CSV.
  out = casebook("import " + q(root_ / "records.xlsx") + " " + q(data()), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("CSV UTF-8"), std::string::npos) << out;
}

TEST_F(SheetCommands, NewWritesATemplateThatChecksCleanAndNeverOverwrites) {
  int status = 0;
  std::string out = casebook("new 14 " + q(data()), &status);
  ASSERT_EQ(status, 0) << out;
  const std::string written = slurp(data() / "orgs/14.toml");
  for (const char* label : {"# 番号", "# 団体名", "# 取組名", "# 取組地域", "# ★ 主となる取組", "# ☆ 従となる取組",
                            "# 目的", "# 対象とした人", "# 内容", "# 連携した団体", "# 定性的な成果", "[[photos]]",
                            "# 代表者", "# 設立年月日", "# スタッフ数", "# 団体住所", "# ウェブサイト", "# メッセージ"}) {
    EXPECT_NE(written.find(label), std::string::npos) << label;
  }
  out = casebook("check " + q(data()), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("14 organizations checked, no problems"), std::string::npos) << out;

  std::ofstream(data() / "orgs/14.toml", std::ios::app) << "# edited\n";
  const std::string edited = slurp(data() / "orgs/14.toml");
  out = casebook("new 14 " + q(data()), &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("orgs/14.toml: error: the record exists already"), std::string::npos) << out;
  EXPECT_EQ(slurp(data() / "orgs/14.toml"), edited);
  out = casebook("new 1000 " + q(data()), &status);
  EXPECT_EQ(status, 2) << out;
}

TEST_F(SheetCommands, LibreOfficeOpensTheWorkbookAndItsCsvImportsUnchanged) {
  int status = 0;
  run("command -v soffice", &status);
  if (status != 0) GTEST_SKIP() << "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui";
  std::string out = casebook("export " + q(data()) + " -o " + q(root_ / "records.xlsx"), &status);
  ASSERT_EQ(status, 0) << out;
  // Text CSV, comma, double quote, UTF-8 (76), from row 1, every cell as text.
  out = run("cd " + q(root_) + " && HOME=" + q(root_ / "home") +
                " timeout 300 soffice --headless --convert-to "
                "'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false' --outdir " +
                q(root_ / "lo") + " records.xlsx 2>&1",
            &status);
  ASSERT_TRUE(fs::exists(root_ / "lo/records.csv")) << out;
  remove_records();
  out = casebook("import " + q(root_ / "lo/records.csv") + " " + q(data()), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("13 written"), std::string::npos) << out;
  expect_records_equal_to_shipped();
}

}  // namespace
}  // namespace casebook
