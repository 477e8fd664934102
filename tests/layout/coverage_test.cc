// Glyph coverage without layout: every character of the data against the
// face of each type style the layout sets it in, reported at the
// character's place. U+2E80 (⺀) is in none of the shipped faces.

#include "layout/coverage.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/book.h"
#include "layout/context.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = CASEBOOK_SOURCE_DIR;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A copy of tests/fixtures/base with `edits` (file, from, to) applied.
class Coverage : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("casebook-coverage-" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
             std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(kRoot / "tests/fixtures/base", root_ / "data", fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(root_); }

  void edit(const std::string& file, const std::string& from, const std::string& to) {
    const fs::path path = root_ / "data" / file;
    std::string text = read(path);
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary) << text;
  }

  /// The coverage diagnostics on the data with `layout`; the data must
  /// load clean otherwise.
  std::string check(const std::string& layout = "casebook-a4.toml") {
    Diagnostics load;
    const Casebook book = load_casebook((root_ / "data").string(), load);
    const LayoutSpec spec = load_layout((kRoot / "layouts" / layout).string(), load);
    FaceSet faces;
    faces.load(spec.faces, {spec.path, 1, 1}, load);
    EXPECT_TRUE(load.items().empty()) << format_diagnostic(load.items().front());
    Diagnostics diags;
    check_glyph_coverage(book, spec, faces, diags);
    std::string out;
    for (const Diagnostic& d : diags.sorted()) {
      out += format_diagnostic(d).substr(0, format_diagnostic(d).find('\n')) + "\n";
    }
    const std::string dir = (root_ / "data").string();
    for (std::size_t at = out.find(dir); at != std::string::npos; at = out.find(dir)) out.replace(at, dir.size(), "DATA");
    return out;
  }

  fs::path root_;
};

TEST_F(Coverage, TheShippedDataHasEveryGlyphInBothLayouts) {
  for (const char* layout : {"casebook-a4.toml", "casebook-b5.toml"}) {
    Diagnostics diags;
    const Casebook book = load_casebook((kRoot / "data").string(), diags);
    const LayoutSpec spec = load_layout((kRoot / "layouts" / layout).string(), diags);
    FaceSet faces;
    faces.load(spec.faces, {spec.path, 1, 1}, diags);
    check_glyph_coverage(book, spec, faces, diags);
    EXPECT_TRUE(diags.items().empty()) << layout << ": " << format_diagnostic(diags.items().front());
  }
}

TEST_F(Coverage, ReportsANameInTheFaceOfEveryStyleThatSetsIt) {
  // The header sets the name in gothic_bold, the contents in the profile's
  // gothic_fixed, the mapping page in gothic.
  edit("orgs/01.toml", "name = \"テスト団体\"\ntitle", "name = \"テスト⺀団体\"\ntitle");
  EXPECT_EQ(check(),
            "DATA/orgs/01.toml:3:12: error: character U+2E80 '⺀' is not in the face BIZUDPGothic-Bold\n"
            "DATA/orgs/01.toml:3:12: error: character U+2E80 '⺀' is not in the face BIZUDGothic-Regular\n"
            "DATA/orgs/01.toml:3:12: error: character U+2E80 '⺀' is not in the face BIZUDPGothic-Regular\n");
}

TEST_F(Coverage, LocatesACharacterInsideAListItemAndASubhead) {
  edit("orgs/01.toml", "・項目", "・項⺀目");
  edit("orgs/01.toml", "# （定性的成果）", "# （定性的⺀成果）");
  EXPECT_EQ(check(),
            "DATA/orgs/01.toml:27:3: error: character U+2E80 '⺀' is not in the face BIZUDGothic-Regular\n"
            "DATA/orgs/01.toml:34:7: error: character U+2E80 '⺀' is not in the face BIZUDGothic-Bold\n");
}

TEST_F(Coverage, ChecksTheMessageInTheFaceOfItsStyle) {
  // The shipped layouts set the message in the profile's face.
  edit("orgs/01.toml", "メッセージ。", "メッ⺀セージ。");
  EXPECT_EQ(check(), "DATA/orgs/01.toml:46:3: error: character U+2E80 '⺀' is not in the face BIZUDGothic-Regular\n");
}

TEST_F(Coverage, LocatesACharacterAfterAnEscape) {
  // \u5DE5 is 工: six characters in the file, one in the value.
  edit("orgs/01.toml", "outreach = \"工夫。\"", "outreach = \"\\u5DE5夫⺀。\"");
  EXPECT_EQ(check(), "DATA/orgs/01.toml:32:20: error: character U+2E80 '⺀' is not in the face BIZUDGothic-Regular\n");
}

TEST_F(Coverage, ChecksTaxonomyNamesAndTheFrontMatter) {
  edit("taxonomy.toml", "{ name = \"情報発信の充実\" }", "{ name = \"情報発信⺀の充実\" }");
  edit("casebook.toml", "signature = \"内閣府", "signature = \"内閣府⺀");
  const std::string out = check();
  EXPECT_NE(out.find("DATA/taxonomy.toml:41:17: error: character U+2E80 '⺀' is not in the face BIZUDPGothic-Regular\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("DATA/casebook.toml:17:17: error: character U+2E80 '⺀' is not in the face BIZUDGothic-Regular\n"),
            std::string::npos)
      << out;
}

/// ⺀ in every string value of `text`: after each basic string's opening
/// quote, and at the end of each line of a multi-line literal string.
std::string mark_every_value(const std::string& text) {
  std::string out;
  bool in_literal = false;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const bool delimiter = line.find("'''") != std::string::npos;
    if (in_literal && !delimiter && !line.empty()) {
      line += "⺀";
    } else if (!in_literal && !line.starts_with("#")) {
      std::string marked;
      bool open = false;
      for (char c : line) {
        marked += c;
        if (c == '"') {
          if (!open) marked += "⺀";
          open = !open;
        }
      }
      line = marked;
    }
    if (delimiter) in_literal = !in_literal;
    out += line + "\n";
  }
  return out;
}

// The table of which styles set which field must not miss a style the
// layout really uses: with ⺀ in every value, every missing glyph the
// layout of the whole book reports (file, line, face) is one check found.
TEST_F(Coverage, FindsEveryMissingGlyphTheLayoutFinds) {
  for (const char* file : {"orgs/01.toml", "taxonomy.toml", "casebook.toml"}) {
    const fs::path path = root_ / "data" / file;
    const std::string marked = mark_every_value(read(path));
    std::ofstream(path, std::ios::binary) << marked;
  }
  Diagnostics load;
  const Casebook book = load_casebook((root_ / "data").string(), load);
  const LayoutSpec spec = load_layout((kRoot / "layouts/casebook-a4.toml").string(), load);
  FaceSet faces;
  faces.load(spec.faces, {spec.path, 1, 1}, load);
  ASSERT_TRUE(load.items().empty()) << format_diagnostic(load.items().front());
  ASSERT_EQ(book.organizations.size(), 1u);

  Diagnostics checked;
  check_glyph_coverage(book, spec, faces, checked);
  Diagnostics built;
  const LayoutContext ctx{spec, faces, book.taxonomy, built, book.dir};
  layout_book(ctx, book, {&book.organizations[0]}, "");

  auto face_of = [](const Diagnostic& d) { return d.message.substr(d.message.rfind(' ') + 1); };
  int compared = 0;
  for (const Diagnostic& b : built.items()) {
    if (b.code != "missing-glyph") continue;
    ++compared;
    const bool found = std::any_of(checked.items().begin(), checked.items().end(), [&](const Diagnostic& c) {
      return face_of(c) == face_of(b) && (b.span.line == 0 || (c.span.file == b.span.file && c.span.line == b.span.line));
    });
    EXPECT_TRUE(found) << "layout found, check did not: " << format_diagnostic(b);
  }
  EXPECT_GT(compared, 20);
}

}  // namespace
}  // namespace casebook
