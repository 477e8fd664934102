// casebook galley: proofs the text engine itself. A galley is text set in
// one column before it is made up into pages.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <iostream>
#include <sstream>

#include "base/utf8.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "cli/resources.h"
#include "data/markup.h"
#include "data/units.h"
#include "layout/frame.h"
#include "pdf/write_pdf.h"
#include "text/face_set.h"
#include "text/rich_text.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook galley TEXT_FILE -o OUTPUT.pdf [options]

Sets a UTF-8 text file in one column, as the book's text engine sets a
field: each line is a block of the data markup (・ items, ① items, # sub-heads,
paragraphs; see data/README.md).

options:
  --measure LENGTH   column width, 10pt to 14000pt (default 80mm)
  --size LENGTH      type size, 1pt to 200pt (default 9pt)
  --pitch LENGTH     line pitch, 1pt to 257mm (default 1.6 × size)
  --face NAME        gothic, gothic_bold, mincho, or a font file (default gothic)
  --hanging          let 、 and 。 hang into the margin (JLREQ 3.8.2)
  --loose            loose kinsoku: ー and small kana may start a line
  --boxes            draw the measure and every line's box
  --force            write the PDF even when the text has errors (without
                     it, an earlier OUTPUT is left as it was)
  -o -               write the PDF to standard output
)";

}  // namespace

int run_galley(const std::vector<std::string>& args) {
  std::string input, output, face_name = "gothic", measure_text = "80mm", size_text = "9pt", pitch_text;
  bool boxes = false, hanging = false, loose = false, force = false;
  Arguments arguments("galley", kHelp);
  arguments.positional(&input, "text file");
  arguments.option("--output", &output, "-o");
  arguments.option("--measure", &measure_text);
  arguments.option("--size", &size_text);
  arguments.option("--pitch", &pitch_text);
  arguments.option("--face", &face_name);
  arguments.flag("--boxes", &boxes);
  arguments.flag("--hanging", &hanging);
  arguments.flag("--loose", &loose);
  arguments.flag("--force", &force);
  if (auto exit = arguments.parse(args)) return *exit;
  if (input.empty() || output.empty()) return arguments.error("give a TEXT_FILE and -o OUTPUT.pdf");
  Length measure = 0, size = 0, pitch = 0;
  // The ranges: type as the layouts allow it (up to 200 pt); a measure whose
  // page (measure + 40 mm) libharu can make; a pitch that fits at least one
  // line on the A4-high page (257 mm between the margins).
  struct Range {
    std::string* text;
    Length* into;
    const char* name;
    Length min, max;
    const char* allowed;
  };
  for (const Range& r : {Range{&measure_text, &measure, "--measure", pt(10), pt(14000), "10pt to 14000pt"},
                         Range{&size_text, &size, "--size", pt(1), pt(200), "1pt to 200pt"},
                         Range{&pitch_text, &pitch, "--pitch", pt(1), mm(257), "1pt to 257mm"}}) {
    if (r.text->empty()) continue;
    const auto length = parse_length(*r.text);
    if (!length) return arguments.error(std::string(r.name) + " '" + *r.text + "' is not a length such as 80mm");
    if (*length < r.min || *length > r.max) {
      return arguments.error(std::string(r.name) + " '" + *r.text + "' is out of range: give a length from " + r.allowed);
    }
    *r.into = *length;
  }
  if (pitch == 0) pitch = std::min(scale(size, 8, 5), mm(257));

  Diagnostics diags;
  if (const std::string what = describe_file_type(input); !what.empty()) {
    diags.error({input, 0, 0}, "the text file is " + what + ", not a file to read");
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    diags.error({input, 0, 0}, "cannot read the text file");
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string text = bytes.str();
  if (auto bad = utf8::find_invalid(text)) {
    diags.error({input, 0, 0}, "the file is not valid UTF-8 (at byte " + std::to_string(*bad) + ")");
    print_diagnostics(std::cerr, diags);
    return input_error;
  }

  // The faces the book ships, by the names the layouts use.
  const std::string fonts = share_dir() + "/fonts/";
  std::map<std::string, FontFile> files = {{"gothic", {fonts + "BIZUDPGothic-Regular.ttf"}},
                                           {"gothic_bold", {fonts + "BIZUDPGothic-Bold.ttf"}},
                                           {"mincho", {fonts + "BIZUDPMincho-Regular.ttf"}}};
  if (!files.count(face_name)) {
    // A font file of the user's: refused before FreeType opens it (a FIFO
    // would block there) when it is not a regular file.
    const std::string what = describe_file_type(face_name);
    if (!what.empty()) {
      diags.error({face_name, 0, 0}, "the font file given with --face is " + what + ", not a font file");
      print_diagnostics(std::cerr, diags);
      return input_error;
    }
    files[face_name] = {face_name};
  }
  FaceSet faces;
  faces.load(files, {input, 0, 0}, diags);
  if (diags.has_errors()) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }

  // Each line of the file a block, located at its line and column.
  std::vector<std::size_t> line_starts = {0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts.push_back(i + 1);
  }
  RichText rich;
  rich.blocks = parse_markup(
      text,
      [&](std::size_t offset) {
        const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
        const std::size_t line = static_cast<std::size_t>(it - line_starts.begin());
        const std::size_t start = line_starts[line - 1];
        return Span{input, static_cast<int>(line),
                    static_cast<int>(utf8::length(std::string_view(text).substr(start, offset - start))) + 1};
      },
      diags);
  RichTextStyle style;
  style.body = TextStyle{faces.find(face_name), size, {}};
  style.subhead = TextStyle{faces.find("gothic_bold"), size, {}};
  style.line_pitch = pitch;
  style.options.measure = measure;
  style.options.hanging_punctuation = hanging;
  style.options.strict = !loose;
  const SetText set = set_rich_text(rich, style, diags);

  // Paginate the column onto A4-high pages, 20 mm margins.
  const Length margin = mm(20), height = mm(297);
  const Length per_page = ((height - 2 * margin) / pitch) * pitch;
  std::vector<Page> pages;
  const Color ink{false, {0, 0, 0, 0}}, blue{false, {0.2, 0.4, 0.9, 0}}, box{false, {0.6, 0.75, 1.0, 0}};
  for (const PlacedLine& placed : set.lines) {
    const Length top_of_line = placed.baseline - (placed.baseline % pitch);
    const std::size_t page = static_cast<std::size_t>(top_of_line / per_page);
    while (pages.size() <= page) {
      Page p;
      p.width = measure + 2 * margin;
      p.height = height;
      p.number = static_cast<int>(pages.size()) + 1;
      p.root.kind = FrameKind::galley;
      p.root.rect = Rect{margin, margin, measure, per_page};
      if (boxes) {
        p.root.rules.push_back(Rule{margin, margin, margin, height - margin, pt(0.3), blue});
        p.root.rules.push_back(Rule{margin + measure, margin, margin + measure, height - margin, pt(0.3), blue});
      }
      pages.push_back(p);
    }
    const Length baseline = margin + placed.baseline - static_cast<Length>(page) * per_page;
    Page& p = pages[page];
    p.root.lines.push_back(TextLine{margin + placed.x, baseline, placed.line, ink, placed.span, placed.marker});
    if (boxes && !placed.marker) {
      const Length em = size;
      p.root.boxes.push_back(Box{Rect{margin + placed.x, baseline - scale(em, 88, 100), placed.line.width, em},
                                 std::nullopt, pt(0.2), box, false});
    }
  }
  if (pages.empty()) {
    Page p;
    p.width = measure + 2 * margin;
    p.height = height;
    p.number = 1;
    pages.push_back(p);
  }

  Book book;
  book.book.pages = std::move(pages);
  book.read_files.push_back(input);
  for (const auto& [name, file] : files) book.read_files.push_back(file.path);
  // The file's name, not the path as typed: `g.txt` and `./g.txt` give the
  // same bytes.
  book.data.front.title.value = std::filesystem::path(input).filename().string();
  // Like build: text with errors (overflow, a missing glyph, bad markup)
  // writes nothing, so an earlier galley is not replaced by a wrong one.
  const bool clean = !diags.has_errors();
  const bool written = (clean || force) && write_book(book, output, diags);
  print_diagnostics(std::cerr, diags);
  if (written) {
    std::cerr << output_name(output) << ": " << count_of(static_cast<long long>(set.line_count), "line") << " on "
              << count_of(static_cast<long long>(book.book.pages.size()), "page")
              << (clean ? "" : " (written with errors: --force)") << "\n";
  } else if (diags.has_errors()) {
    std::cerr << output_name(output) << ": not written: " << count_of(diags.count(Severity::error), "error") << "\n";
  }
  return diags.has_errors() ? input_error : ok;
}

}  // namespace casebook::cli
