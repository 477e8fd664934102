// Benchmark of the text stages (not a test): characters per second shaped,
// broken and justified, and written to PDF, on every long field of the
// shipped records; PDF bytes per page and embedded font bytes.
//
//   build/bench/text_bench [DATA_DIR] [REPEAT]

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "base/utf8.h"
#include "data/load.h"
#include "layout/frame.h"
#include "pdf/write_pdf.h"
#include "text/face.h"
#include "text/justify.h"
#include "text/linebreak.h"
#include "text/prepare.h"

using namespace casebook;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  const std::string data = argc > 1 ? argv[1] : std::string(CASEBOOK_SOURCE_DIR) + "/data";
  const int repeat = argc > 2 ? std::atoi(argv[2]) : 50;
  Diagnostics diags;
  const Casebook book = load_casebook(data, diags);
  std::string error;
  auto face = Face::load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf", error);
  if (!face) return std::fprintf(stderr, "%s\n", error.c_str()), 1;

  std::vector<std::string> paragraphs;
  std::size_t characters = 0;
  for (const Organization& org : book.organizations) {
    for (const RichText* r : {&org.purpose, &org.audience, &org.description, &org.partners, &org.outreach,
                              &org.outcomes}) {
      for (const Block& b : r->blocks) {
        paragraphs.push_back(b.text);
        characters += utf8::length(b.text);
      }
    }
  }
  ParagraphOptions options;
  options.measure = mm(80);
  const TextStyle style{face.get(), pt(9), {}};

  double shape_s = 0, break_s = 0;
  std::vector<SetLine> lines;
  for (int r = 0; r < repeat; ++r) {
    lines.clear();
    for (const std::string& text : paragraphs) {
      const auto t0 = Clock::now();
      const Prepared p = prepare_paragraph({TextRun{text, style, {}}}, options, diags);
      const auto t1 = Clock::now();
      const std::vector<LineBreak> breaks = break_lines(p, options);
      for (std::size_t i = 0; i < breaks.size(); ++i) {
        lines.push_back(justify_line(p, breaks[i], options, i + 1 == breaks.size()));
      }
      const auto t2 = Clock::now();
      shape_s += std::chrono::duration<double>(t1 - t0).count();
      break_s += std::chrono::duration<double>(t2 - t1).count();
    }
  }

  // Write the lines as galley pages, 60 lines a page.
  std::vector<Page> pages;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i % 60 == 0) {
      Page page;
      page.width = mm(210);
      page.height = mm(297);
      page.number = static_cast<int>(pages.size()) + 1;
      pages.push_back(page);
    }
    pages.back().root.lines.push_back(
        TextLine{mm(20), mm(20) + pt(13) * static_cast<Length>(i % 60 + 1), lines[i], Color{}, {}, false});
  }
  const std::string out = (std::filesystem::temp_directory_path() / "casebook-text-bench.pdf").string();
  const auto w0 = Clock::now();
  const pdf::PdfStats stats = pdf::write_pdf(pages, out, {});
  const double write_s = std::chrono::duration<double>(Clock::now() - w0).count();
  const auto bytes = std::filesystem::file_size(out);

  const double total = static_cast<double>(characters) * repeat;
  std::printf("text stages on %zu paragraphs, %zu characters (x%d)\n", paragraphs.size(), characters, repeat);
  std::printf("  shape (HarfBuzz + atoms + joints): %10.0f chars/s\n", total / shape_s);
  std::printf("  break + justify:                   %10.0f chars/s\n", total / break_s);
  std::printf("  write PDF (%zu pages, %zu lines):  %10.0f chars/s\n", stats.pages, lines.size(), static_cast<double>(characters) / write_s);
  std::printf("  PDF: %ju bytes, %.0f bytes/page; embedded font program %zu bytes (%zu glyphs)\n",
              static_cast<std::uintmax_t>(bytes), static_cast<double>(bytes) / static_cast<double>(stats.pages),
              stats.font_program_bytes, stats.glyphs);
  std::filesystem::remove(out);
  return 0;
}
