// Organization names in the page header, the contents and 団体概要, in A4
// and B5: a name that wraps breaks only at a phrase mark '|' of the data,
// at a space or at a script boundary (kanji | kana, kana | Latin, after
// ・), never inside a word; a bad mark in the profile's name is an error at
// its file:line:col; the PDF's text, its running head and the
// proofreading see the name without its marks (issue 10, sections 2 and 5).

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/utf8.h"
#include "layout/book.h"
#include "support/loaded_book.h"
#include "support/process.h"
#include "support/text_position.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::for_each_frame;
using testing_support::run;
using testing_support::slurp;
using testing_support::squeeze;
using testing_support::text_of;

/// A name longer than any cell it is set in, marked where it may break.
const std::string kLongName =
    "特定非営利活動法人 ふくしま|子ども・若者|支援|ネットワーク|地域共生|まちづくり|推進センター|協議会";

/// The script of a character, as far as a line may break between two:
/// kanji, hiragana, katakana, Latin letters and digits, anything else.
int script_of(char32_t c) {
  if ((c >= 0x4E00 && c <= 0x9FFF) || c == U'々') return 0;
  if (c >= 0x3041 && c <= 0x309F) return 1;
  if ((c >= 0x30A0 && c <= 0x30FF && c != U'・') || c == U'ー') return 2;
  if ((c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z')) return 3;
  return 4;
}

/// The name as printed without spaces, and the places (byte offsets into
/// it) where it may break: its marks, its spaces, its script boundaries.
struct Breakable {
  std::string text;
  std::set<std::size_t> places;
};

Breakable breakable(const std::string& raw_name) {
  Breakable b;
  std::vector<char32_t> chars;
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < raw_name.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(raw_name, i);
    if (c == U'|' || c == U' ') {
      b.places.insert(b.text.size());
      continue;
    }
    offsets.push_back(b.text.size());
    chars.push_back(c);
    b.text += raw_name.substr(start, i - start);
  }
  for (std::size_t k = 1; k < chars.size(); ++k) {
    if (script_of(chars[k - 1]) != script_of(chars[k])) b.places.insert(offsets[k]);
  }
  return b;
}

/// Checks one frame that sets a name: its lines read the name, and every
/// line but the last ends where the name may break. Returns its line count.
std::size_t check_name_frame(const Frame& f, const std::string& raw_name, const std::string& where) {
  const Breakable b = breakable(raw_name);
  std::string read;
  for (std::size_t i = 0; i < f.lines.size(); ++i) {
    read += squeeze(text_of(f.lines[i]));
    if (i + 1 < f.lines.size()) {
      EXPECT_TRUE(b.places.count(read.size())) << where << ": '" << read << "' / '"
                                               << b.text.substr(std::min(read.size(), b.text.size()))
                                               << "' breaks inside a word";
    }
  }
  EXPECT_EQ(read, b.text) << where;
  return f.lines.size();
}

bool sets_a_name(FrameKind k) {
  return k == FrameKind::header_name || k == FrameKind::profile_name || k == FrameKind::contents_name;
}

/// A copy of the shipped data whose record 01 has `name` in its header and
/// in its profile.
class RenamedData {
 public:
  explicit RenamedData(const std::string& name, const std::string& profile_name) {
    dir_ = fs::temp_directory_path() / ("casebook-name-breaks-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", dir_, fs::copy_options::recursive);
    record_ = slurp(dir_ / "orgs/01.toml");
    replace("name = \"札幌メンズ・シェッド ポツケコタン\"", "name = \"" + name + "\"");
    replace("name = \"札幌メンズ・シェッド ポッケコタン\"", "name = \"" + profile_name + "\"");
    std::ofstream(dir_ / "orgs/01.toml", std::ios::binary) << record_;
  }
  ~RenamedData() { fs::remove_all(dir_); }
  const fs::path& dir() const { return dir_; }
  const std::string& record() const { return record_; }

 private:
  void replace(const std::string& from, const std::string& to) {
    const std::size_t at = record_.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    record_.replace(at, from.size(), to);
  }
  fs::path dir_;
  std::string record_;
};

class NameBreaks : public testing::TestWithParam<const char*> {};

TEST_P(NameBreaks, ShippedNamesBreakOnlyAtAMarkASpaceOrAScriptBoundary) {
  testing_support::LoadedBook s(GetParam());
  ASSERT_FALSE(s.diags.has_errors());
  Diagnostics diags;
  const BookPages book = layout_book(s.context(diags), s.book, s.organizations(), "");
  std::size_t names = 0;
  for (const Page& page : book.pages) {
    for_each_frame(page.root, [&](const Frame& f) {
      if (!sets_a_name(f.kind)) return;
      for (const Organization& o : s.book.organizations) {
        const std::string& name = f.kind == FrameKind::profile_name ? o.profile.name.value : o.name.value;
        if (f.source.line != (f.kind == FrameKind::profile_name ? o.profile.name.span : o.name.span).line ||
            f.source.file != o.path) {
          continue;
        }
        // The marks as the record writes them.
        const std::vector<std::size_t>& marks = f.kind == FrameKind::profile_name ? o.profile.name_breaks : o.name_breaks;
        std::string raw = name;
        for (auto it = marks.rbegin(); it != marks.rend(); ++it) raw.insert(*it, "|");
        check_name_frame(f, raw, o.path);
        ++names;
      }
    });
  }
  // 13 headers, 13 profiles, 13 contents entries.
  EXPECT_EQ(names, 39u);
}

TEST_P(NameBreaks, ALongNameWrapsOnlyBetweenItsPhrases) {
  RenamedData data(kLongName, kLongName);
  Diagnostics diags;
  const LayoutSpec spec = load_layout(std::string(CASEBOOK_SOURCE_DIR) + "/layouts/" + GetParam(), diags);
  FaceSet faces;
  faces.load(spec.faces, {spec.path, 1, 1}, diags);
  const Casebook book = load_casebook(data.dir().string(), diags);
  ASSERT_FALSE(diags.has_errors());
  std::vector<const Organization*> orgs;
  for (const Organization& o : book.organizations) orgs.push_back(&o);
  Diagnostics layout_diags;
  const LayoutContext ctx{spec, faces, book.taxonomy, layout_diags, book.dir};
  const BookPages pages = layout_book(ctx, book, orgs, "");
  std::set<FrameKind> wrapped;
  int running_heads = 0;
  for (const Page& page : pages.pages) {
    for_each_frame(page.root, [&](const Frame& f) {
      // The running head (柱) names it on one line, without its marks.
      if (f.kind == FrameKind::running_head && f.lines.size() == 1 &&
          squeeze(text_of(f.lines.front())) == "01" + breakable(kLongName).text) {
        ++running_heads;
      }
      if (!sets_a_name(f.kind) || f.source.file != book.organizations.front().path) return;
      if (check_name_frame(f, kLongName, std::string(GetParam()) + " " + std::string(frame_kind_name(f.kind))) > 1) {
        wrapped.insert(f.kind);
      }
    });
  }
  // It is long enough to wrap in all three places.
  EXPECT_EQ(wrapped.size(), 3u);
  EXPECT_EQ(running_heads, 1);
  // Its marks make it fit: nothing to warn about.
  for (const Diagnostic& d : layout_diags.items()) EXPECT_NE(d.span.file, book.organizations.front().path) << d.message;
}

INSTANTIATE_TEST_SUITE_P(Shipped, NameBreaks, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<const char*>& p) {
                           return std::string(p.param).substr(9, 2);
                         });

TEST(NameMarks, ABadMarkInTheProfilesNameIsAnErrorAtItsPlace) {
  RenamedData data("札幌メンズ・シェッド ポツケコタン", "札幌メンズ・シェッド||ポッケコタン");
  Diagnostics diags;
  load_casebook(data.dir().string(), diags);
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
  const std::string at = testing_support::line_col_of(data.record(), "シェッド||ポッケ", "|ポッケ");
  EXPECT_NE(out.find((data.dir() / "orgs/01.toml").string() + ":" + at +
                     ": error: 'profile.name' has two break marks '|' in a row"),
            std::string::npos)
      << out;
}

TEST(NameMarks, ThePdfTextAndLintSeeTheNameWithoutItsMarks) {
  RenamedData data(kLongName, kLongName);
  const std::string pdf = (data.dir().parent_path() / ("casebook-name-marks-" + std::to_string(::getpid()) + ".pdf")).string();
  int status = 0;
  const std::string log = testing_support::casebook("build '" + data.dir().string() + "' -o '" + pdf + "'", &status);
  ASSERT_EQ(status, 0) << log;
  const std::string text = run("pdftotext -enc UTF-8 '" + pdf + "' -");
  fs::remove(pdf);
  EXPECT_EQ(text.find('|'), std::string::npos);
  const Breakable b = breakable(kLongName);
  // The profile, the header and the contents: the name, joined.
  EXPECT_NE(squeeze(text).find(b.text), std::string::npos);
  // The proofreading compares the header's and the profile's names as
  // printed: the same name, marks or not, is no finding.
  const std::string lint = testing_support::casebook("lint '" + data.dir().string() + "'");
  std::istringstream lines(lint);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_FALSE(line.find("orgs/01.toml") != std::string::npos && line.find("団体名 differs") != std::string::npos)
        << line;
  }
}

}  // namespace
}  // namespace casebook
