#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/span.h"

namespace casebook {

/// A short text field as typed in the data, with where it was typed, so a
/// problem found in any later stage can point back at it.
struct Text {
  std::string value;
  Span span;
};

/// One block of a long text field (see data/README.md, "the block markup").
struct Block {
  enum class Kind { paragraph, item, subhead };
  Kind kind = Kind::paragraph;
  /// The printed marker of an item: "・", "①", "1.", or "" for an unmarked
  /// list item. Empty for paragraphs and sub-heads.
  std::string marker;
  /// The block's text without its marker, exactly as typed.
  std::string text;
  /// Where the block's line starts in the TOML file.
  Span span;
  /// A paragraph that belongs to the list item before it (an indented line
  /// of the markup, e.g. a ※ note): set aligned with the item's text.
  bool continues_item = false;

  friend bool operator==(const Block&, const Block&) = default;
};

/// A long text field: the blocks in order, and the span of the whole value.
struct RichText {
  std::vector<Block> blocks;
  Span span;
};

/// A ★ or ☆ mark: which taxonomy entry it names, and where it was typed.
struct Mark {
  int index = -1;  ///< into Taxonomy::items or Taxonomy::targets
  Span span;
};

/// The marks of one grid: exactly one ★ (primary) and any number of ☆.
struct MarkSet {
  Mark primary;
  std::vector<Mark> secondary;
};

/// 取組地域: the prefectures and the rest of the region as printed.
struct Region {
  std::vector<Text> prefectures;
  Text area;
};

/// One photo of (3) 取組の様子.
struct Photo {
  Text file;  ///< relative to the data directory
  Text caption;
  /// The file to read: the data directory joined with `file`, set once the
  /// data stage has checked it is an image file inside that directory;
  /// empty when it refused it.
  std::string path;
};

/// 団体概要, the profile box.
struct Profile {
  Text name;  ///< 団体名 as printed in the profile box, without phrase marks
  /// Where its phrase marks stood (byte offsets into name.value).
  std::vector<std::size_t> name_breaks;
  Text representative;
  Text founded;
  Text staff;
  Text address;
  std::optional<Text> website;
  std::optional<RichText> message;
};

/// One organization: everything its two-page spread prints.
struct Organization {
  std::string path;  ///< the record's file, as given to the loader
  int number = 0;
  Span number_span;
  Text name;   ///< 団体名 as in the page header, without phrase marks
  /// Where the name's phrase marks stood (byte offsets into name.value):
  /// where the mapping, the header and the contents may break it.
  std::vector<std::size_t> name_breaks;
  Text title;  ///< 取組名
  Region region;
  MarkSet activities;
  MarkSet targets;
  // (1) 取組の内容
  RichText purpose;
  RichText audience;
  RichText description;
  // (2) 取組の成果
  RichText partners;
  RichText outreach;
  RichText outcomes;
  // (3) 取組の様子
  std::vector<Photo> photos;
  Profile profile;
};

/// A label or display line as the data writes it, its `|` phrase marks
/// taken out (data/README.md, "Where a label may break"): `text` is what is
/// printed ('\n' where the data forces a line break) and `breaks` the byte
/// offsets in `text` where a mark stood, ascending. Text with marks breaks
/// only at them and at '\n'.
struct Phrased {
  std::string text;
  std::vector<std::size_t> breaks;
  Span span;
};

/// An activity item or a target group, with the other spellings the
/// source uses for it.
struct TaxonomyEntry {
  std::string name;  ///< as printed, without phrase marks
  std::vector<std::size_t> breaks;  ///< where its phrase marks stood in `name`
  std::vector<std::string> aliases;
  int category = -1;  ///< index into Taxonomy::categories; -1 for targets
  Span span = {};     ///< where the name was typed (its opening quote)
};

struct Category {
  int number = 0;
  std::string name;  ///< as printed, without phrase marks
  std::vector<std::size_t> breaks;  ///< where its phrase marks stood in `name`
  std::vector<std::string> aliases;
  std::vector<int> items;  ///< indices into Taxonomy::items, in printed order
  Span span = {};          ///< where the name was typed (its opening quote)
};

/// The classification the ★/☆ marks refer to, in printed order.
struct Taxonomy {
  std::vector<Category> categories;
  std::vector<TaxonomyEntry> items;    ///< activity items, all categories in order
  std::vector<TaxonomyEntry> targets;  ///< the target groups
  std::vector<std::string> prefectures;
  /// The legal forms an organization's name may begin with (特定非営利活動法人,
  /// 一般社団法人, …): where a name set on several lines breaks first.
  std::vector<std::string> legal_forms;
  /// False when taxonomy.toml could not be read or parsed: the records'
  /// marks and prefectures are then not checked against it, so one broken
  /// file does not bury the user in follow-on errors.
  bool loaded = false;
};

/// The printed report the records are transcribed from, and the words a
/// book set from part of it prints about itself ([report] in
/// data/casebook.toml). The statements may hold {numbers} (the numbers
/// set, as a range list: 01〜05、09、12), {count} (how many) and {total}
/// (the report's organizations).
struct ReportScope {
  int organizations = 0;  ///< how many organizations the report holds
  Span organizations_span;
  Text cover_statement;   ///< on the cover, e.g. 本書は No.{numbers} の{count}団体を収録
  Text counts_statement;  ///< on the counts page, e.g. 本書収録の{count}団体について集計
  Text range_mark;        ///< between the ends of a run of numbers: 〜
  Text list_mark;         ///< between runs and single numbers: 、
};

/// The front matter of data/casebook.toml.
struct FrontMatter {
  /// The title on one line, as the PDF's /Title and its outline give it.
  Text title;
  /// The title as the cover sets it: its lines and phrase marks.
  Phrased title_lines;
  Text editor;
  Text based_on;
  /// The note as the cover sets it: its lines break at the data's phrase
  /// marks, never inside a word.
  Phrased based_on_lines;
  Text as_of;  ///< ISO date, YYYY-MM-DD
  Text preface_heading;
  RichText preface_body;
  Text preface_signature;
  std::vector<RichText> notes;
  Text counts_heading;
  Text counts_targets_heading;
  Text counts_note;
  Text contents_heading;
  std::vector<Text> contents_columns;
  Text mapping_heading;
  std::vector<Text> mapping_corner;
  /// The report the book is set from; none when the data does not say.
  std::optional<ReportScope> report;
};

class SourceFile;

/// The whole casebook as loaded from a data directory.
struct Casebook {
  std::string dir;
  FrontMatter front;
  Taxonomy taxonomy;
  std::vector<Organization> organizations;  ///< in number order
  /// The files read, by path as in spans, kept so that a later check can
  /// find the place of any character inside a string value.
  std::map<std::string, std::shared_ptr<const SourceFile>> sources;
};

}  // namespace casebook
