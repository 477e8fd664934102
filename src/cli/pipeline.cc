#include "cli/pipeline.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/context.h"
#include "layout/book.h"
#include "pdf/document.h"
#include "pdf/write_pdf.h"

namespace casebook::cli {

namespace fs = std::filesystem;

std::string default_layout() {
  const std::string relative = "layouts/casebook-a4.toml";
  if (fs::exists(relative)) return relative;
  return std::string(CASEBOOK_SOURCE_DIR) + "/" + relative;
}

bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags) {
  return set_book(data_dir, layout_path, book, diags, [](const Organization&) { return true; });
}

bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags,
              const std::function<bool(const Organization&)>& select) {
  // 1. Data: the records, taxonomy and front matter, validated.
  book.data = load_casebook(data_dir, diags);
  // 2. Layout: the spread's geometry and type, validated.
  book.layout = load_layout(layout_path, diags);
  if (diags.has_errors()) return false;
  // 3. Faces: the font files the layout names, loaded once.
  book.faces.load(book.layout.faces, {layout_path, 1, 1}, diags);
  if (diags.has_errors()) return false;
  // 4. Layout: front matter and each selected organization's spread.
  std::vector<const Organization*> orgs;
  for (const Organization& org : book.data.organizations) {
    if (select(org)) orgs.push_back(&org);
  }
  const LayoutContext ctx{book.layout, book.faces, book.data.taxonomy, diags, data_dir};
  book.book = layout_book(ctx, book.data, orgs, book.subset);
  return !diags.has_errors();
}

bool write_book(const Book& book, const std::string& output, Diagnostics& diags) {
  const fs::path target(output);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const fs::path temp = folder / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
  pdf::PdfInfo info;
  info.title = book.data.front.title.value;
  info.author = book.data.front.editor.value;
  info.subject = book.subset;
  info.date = book.data.front.as_of.value;
  try {
    pdf::write_pdf(book.book, temp.string(), info);
  } catch (const std::exception& e) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    diags.error({output, 0, 0}, std::string("cannot write the PDF: ") + e.what());
    return false;
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    diags.error({output, 0, 0}, "cannot write the PDF: " + ec.message());
    return false;
  }
  return true;
}

}  // namespace casebook::cli
