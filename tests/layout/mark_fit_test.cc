// A grid mark (★, ☆) wider than its cell is an error at the mark's own
// layout line, found before any spread is laid out: it used to wrap in
// every cell and be reported as the record's text overflowing its page.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "layout/book.h"
#include "support/shipped_layout.h"
#include "support/text_position.h"
#include "text/face_set.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

/// The diagnostics of check_marks_fit() for the A4 layout with its
/// primary mark replaced by `mark`, the layout's path written as LAYOUT;
/// `where` (if given) is set to the LAYOUT:line:col of the mark.
std::string check_primary_mark(const std::string& mark, std::string* where = nullptr) {
  std::string text = testing_support::shipped_layout_text();
  const std::string from = "primary_mark = \"★\"";
  const std::string to = "primary_mark = \"" + mark + "\"";
  text.replace(text.find(from), from.size(), to);
  // The diagnostic points at the mark's opening quote.
  if (where) *where = "LAYOUT:" + testing_support::line_col_of(text, to, "\"");
  const fs::path file = fs::temp_directory_path() / ("casebook-mark-fit-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(file, std::ios::binary) << text;
  Diagnostics diags;
  const LayoutSpec spec = load_layout(file.string(), diags);
  fs::remove(file);
  FaceSet faces;
  faces.load(spec.faces, {file.string(), 1, 1}, diags, spec.face_spans);
  const Taxonomy taxonomy;
  const LayoutContext ctx{spec, faces, taxonomy, diags, "."};
  const bool fit = check_marks_fit(ctx);
  std::string out = fit ? "fits\n" : "";
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
  for (std::size_t at = out.find(file.string()); at != std::string::npos; at = out.find(file.string())) {
    out.replace(at, file.string().size(), "LAYOUT");
  }
  return out;
}

TEST(GridMarks, AMarkWiderThanItsCellIsAnErrorAtTheMarksLine) {
  std::string stars;
  for (int i = 0; i < 50; ++i) stars += "★";
  std::string where;
  const std::string out = check_primary_mark(stars, &where);
  EXPECT_EQ(out,
            where + ": error: 'labels.primary_mark' is wider than a grid's mark cell\n"
            "    hint: a mark cell is 'grid.mark_width' less twice 'grid.cell_padding': it holds one line of the mark "
            "in the 'mark' type style\n");
}

TEST(GridMarks, TheShippedMarkFitsItsCell) { EXPECT_EQ(check_primary_mark("★"), "fits\n"); }

}  // namespace
}  // namespace casebook
