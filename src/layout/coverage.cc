#include "layout/coverage.h"

#include <cstdio>
#include <initializer_list>
#include <set>
#include <string_view>
#include <tuple>

#include "base/utf8.h"
#include "data/source_file.h"
#include "text/coverage.h"

namespace casebook {

namespace {

/// Where each field is set: the type styles of the layout code that sets
/// it (header.cc, tables.cc, grids.cc, photos.cc, front_matter.cc). Keep
/// these lists in step with those files.
/// The type styles a field is set in, as members of LayoutSpec::styles.
using StyleList = std::initializer_list<TypeSpec Styles::*>;

class Checker {
 public:
  Checker(const Casebook& data, const LayoutSpec& spec, const FaceSet& faces, Diagnostics& diags)
      : data_(data), spec_(spec), faces_(faces), diags_(diags) {}

  /// A one-line field, typed as a string value at `text.span`.
  void text(const Text& text, StyleList styles) {
    const Locate locate = locate_value(text.span, text.value);
    for (const auto style : styles) check(text.value, 0, locate, face_of(style, false), features_of(style));
  }

  void name(const std::string& value, const Span& span, StyleList styles) { text(Text{value, span}, styles); }

  /// A long field in the block markup: markers and paragraphs in the
  /// style's face, sub-heads in its bold face when the layout has one.
  /// Each block's text is found again in the decoded value (the markup
  /// keeps it verbatim, in order) to locate its characters.
  void rich(const RichText& text, TypeSpec Styles::*style) {
    std::string value;
    const Locate locate = locate_value(text.span, value, true);
    std::size_t cursor = 0;
    for (const Block& block : text.blocks) {
      const bool subhead = block.kind == Block::Kind::subhead;
      const Face* face = face_of(style, subhead);
      for (const std::string* part : {&block.marker, &block.text}) {
        if (part->empty()) continue;
        const std::size_t at = value.find(*part, cursor);
        if (at != std::string::npos) cursor = at + part->size();
        // Not found (a value the decoder does not know): at the block's line.
        const Locate here = at != std::string::npos ? locate : Locate([&block](std::size_t) { return block.span; });
        check(*part, at != std::string::npos ? at : 0, here, face, features_of(style));
      }
    }
  }

 private:
  /// Where each byte of the string value typed at `quote` was typed: through
  /// the file's text when it was kept, else all at `quote`. With `decode`,
  /// `value` is set to the decoded value first.
  Locate locate_value(const Span& quote, std::string& value, bool decode = false) const {
    const auto it = data_.sources.find(quote.file);
    if (it != data_.sources.end() && quote.line > 0) {
      if (decode) value = it->second->string_at(quote.line, quote.column).value_or(std::string());
      return it->second->locate_string(quote.line, quote.column, value);
    }
    return [quote](std::size_t) { return quote; };
  }
  Locate locate_value(const Span& quote, const std::string& value) const {
    std::string copy = value;
    return locate_value(quote, copy, false);
  }

  const Face* face_of(TypeSpec Styles::*style, bool bold) const {
    const TypeSpec& t = spec_.styles.*style;
    if (bold) {
      if (const Face* f = faces_.find(t.face + "_bold")) return f;
    }
    return faces_.find(t.face);
  }

  const std::vector<std::string>& features_of(TypeSpec Styles::*style) const {
    return (spec_.styles.*style).features;
  }

  /// Reports each character of `part` that `face` lacks; `part` starts at
  /// byte `offset` of the value `locate` maps.
  void check(const std::string& part, std::size_t offset, const Locate& locate, const Face* face,
             const std::vector<std::string>& features) {
    if (!face || part.empty()) return;
    for (const std::size_t byte : missing_characters(*face, part, features)) {
      std::size_t end = byte;
      const char32_t c = utf8::next(part, end);
      const Span at = locate(offset + byte);
      if (!reported_.insert({at.file, at.line, at.column, face->name()}).second) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      diags_.error(at, std::string("character ") + code + " '" + part.substr(byte, end - byte) +
                           "' is not in the face " + face->name(),
                   {"the text cannot be printed as typed: replace the character or choose a face that has it"});
      diags_.tag("missing-glyph");
    }
  }

  const Casebook& data_;
  const LayoutSpec& spec_;
  const FaceSet& faces_;
  Diagnostics& diags_;
  std::set<std::tuple<std::string, int, int, std::string>> reported_;
};

}  // namespace

void check_glyph_coverage(const Casebook& data, const LayoutSpec& spec, const FaceSet& faces, Diagnostics& diags) {
  Checker c(data, spec, faces, diags);

  // The front matter (front_matter.cc).
  const FrontMatter& f = data.front;
  c.text(f.title, {&Styles::title});
  c.text(f.editor, {&Styles::cover});
  c.text(f.based_on, {&Styles::cover});
  for (const Text* heading : {&f.preface_heading, &f.counts_heading, &f.contents_heading, &f.mapping_heading}) {
    c.text(*heading, {&Styles::heading});
  }
  c.rich(f.preface_body, &Styles::body);
  c.text(f.preface_signature, {&Styles::body});
  for (const RichText& note : f.notes) c.rich(note, &Styles::body);
  c.text(f.counts_targets_heading, {&Styles::category});
  c.text(f.counts_note, {&Styles::grid});
  for (const Text& column : f.contents_columns) c.text(column, {&Styles::label});
  for (const Text& corner : f.mapping_corner) c.text(corner, {&Styles::label});

  // The taxonomy: the grids of every spread, the counts and the mapping.
  for (const Category& category : data.taxonomy.categories) c.name(category.name, category.span, {&Styles::category, &Styles::label});
  for (const TaxonomyEntry& item : data.taxonomy.items) c.name(item.name, item.span, {&Styles::grid});
  for (const TaxonomyEntry& target : data.taxonomy.targets) c.name(target.name, target.span, {&Styles::target, &Styles::grid, &Styles::label});

  // Each organization: its spread (header.cc, tables.cc, photos.cc), its
  // line of the contents and its entry on the mapping page; a prefecture
  // is also a booklet's cover line.
  for (const Organization& org : data.organizations) {
    c.text(org.name, {&Styles::name, &Styles::profile, &Styles::target});
    c.text(org.title, {&Styles::header});
    for (const Text& prefecture : org.region.prefectures) c.text(prefecture, {&Styles::header, &Styles::profile, &Styles::heading});
    c.text(org.region.area, {&Styles::header});
    for (const RichText* field : {&org.purpose, &org.audience, &org.description, &org.partners, &org.outreach,
                                  &org.outcomes}) {
      c.rich(*field, &Styles::body);
    }
    for (const Photo& photo : org.photos) c.text(photo.caption, {&Styles::caption});
    const Profile& p = org.profile;
    for (const Text* field : {&p.name, &p.representative, &p.founded, &p.staff, &p.address}) c.text(*field, {&Styles::profile});
    if (p.website) c.text(*p.website, {&Styles::profile});
    if (p.message) c.rich(*p.message, &Styles::message);
  }
}

}  // namespace casebook
