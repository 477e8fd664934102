#include "data/loaders.h"
#include "data/phrase.h"
#include "data/table_reader.h"

namespace casebook {

FrontMatter load_front_matter(const SourceFile& file, const toml::table& root, Diagnostics& diags) {
  FrontMatter f;
  TableReader r(file, root, "", diags);
  if (std::optional<Text> title = r.text("title", "表題", Need::required)) {
    // The cover sets the title's lines as the data breaks them ('\n',
    // phrase marks); the metadata and the outline take it on one line.
    f.title_lines = parse_phrase_marks(title->value, file.locate_string(title->span.line, title->span.column, title->value),
                                       "title", diags);
    f.title = Text{join_display_lines(f.title_lines.text), title->span};
  }
  assign_if(f.editor, r.text("editor", "編者", Need::required));
  if (std::optional<Text> note = r.text("based_on", "基にした報告書", Need::required)) {
    // A display text like the title: the cover breaks it at its phrase
    // marks; everything else reads it without them.
    f.based_on_lines = parse_phrase_marks(note->value, file.locate_string(note->span.line, note->span.column, note->value),
                                          "based_on", diags);
    f.based_on = Text{join_display_lines(f.based_on_lines.text), note->span};
  }
  assign_if(f.as_of, r.date("as_of", "情報の時点", Need::required));

  if (auto p = r.table("preface", "はじめに", Need::required)) {
    assign_if(f.preface_heading, p->text("heading", "見出し", Need::required));
    assign_if(f.preface_body, p->rich("body", "本文", Need::required));
    assign_if(f.preface_signature, p->text("signature", "署名", Need::required));
    p->finish();
  }
  for (TableReader& n : r.tables("notes", "＊注記", Need::optional)) {
    if (auto text = n.rich("text", "", Need::required)) f.notes.push_back(std::move(*text));
    n.finish();
  }
  if (auto c = r.table("counts", "取組の種類と対象", Need::required)) {
    assign_if(f.counts_heading, c->text("heading", "見出し", Need::required));
    assign_if(f.counts_targets_heading, c->text("targets_heading", "対象の見出し", Need::required));
    assign_if(f.counts_note, c->text("note", "注記", Need::required));
    c->finish();
  }
  if (auto c = r.table("contents", "目次", Need::required)) {
    assign_if(f.contents_heading, c->text("heading", "見出し", Need::required));
    assign_if(f.contents_columns, c->texts("columns", "列見出し", Need::required));
    if (f.contents_columns.size() != 4 && c->get("columns")) {
      diags.error(c->span_of(*c->get("columns")),
                  "'contents.columns' must name 4 columns (番号, 団体名, 取組地域, 頁), not " +
                      std::to_string(f.contents_columns.size()));
    }
    c->finish();
  }
  if (auto m = r.table("mapping", "全体マッピング", Need::required)) {
    assign_if(f.mapping_heading, m->text("heading", "見出し", Need::required));
    assign_if(f.mapping_corner, m->texts("corner", "表の隅", Need::required));
    m->finish();
  }
  if (auto c = r.table("report", "基にした報告書", Need::optional)) {
    ReportScope scope;
    if (const auto n = c->integer("organizations", "団体数", Need::required)) {
      scope.organizations_span = c->span_of(*c->get("organizations"));
      if (*n < 1 || *n > 999) {
        diags.error(scope.organizations_span, "'report.organizations' must be between 1 and 999",
                    {"the number of organizations the printed report holds (its 目次)"});
      } else {
        scope.organizations = static_cast<int>(*n);
      }
    }
    assign_if(scope.cover_statement, c->text("cover_statement", "表紙の収録範囲", Need::required));
    assign_if(scope.counts_statement, c->text("counts_statement", "集計の範囲", Need::required));
    assign_if(scope.range_mark, c->text("range_mark", "範囲の記号", Need::required));
    assign_if(scope.list_mark, c->text("list_mark", "区切りの記号", Need::required));
    // A placeholder the book cannot fill would print as typed.
    for (const Text* t : {&scope.cover_statement, &scope.counts_statement}) {
      const std::string& v = t->value;
      for (std::size_t open = v.find('{'); open != std::string::npos; open = v.find('{', open + 1)) {
        const std::size_t close = v.find('}', open);
        const std::string name = close == std::string::npos ? "" : v.substr(open + 1, close - open - 1);
        if (name != "numbers" && name != "count" && name != "total") {
          diags.error(t->span, "unknown placeholder '" + v.substr(open, close == std::string::npos ? 1 : close - open + 1) +
                                   "' in a statement of [report]",
                      {"the placeholders are {numbers}, {count} and {total}"});
        }
      }
    }
    c->finish();
    f.report = std::move(scope);
  }
  r.finish();
  return f;
}

}  // namespace casebook
