#include "preview/render.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

namespace casebook {

std::string png_name(const std::string& prefix, int page_number) {
  char name[32];
  std::snprintf(name, sizeof name, "-%02d.png", page_number);
  return prefix + name;
}

std::string folio_png_name(const std::string& folio, int page_index) {
  char name[48];
  if (folio.empty()) {
    std::snprintf(name, sizeof name, "p-sheet%02d.png", page_index + 1);
    return name;
  }
  if (folio.find_first_not_of("0123456789") == std::string::npos && folio.size() < 3) {
    return "p-" + std::string(3 - folio.size(), '0') + folio + ".png";  // sorts in page order
  }
  return "p-" + folio + ".png";
}

bool render_spreads(const std::string& pdf, const std::vector<std::pair<int, int>>& pairs, double dpi,
                    const SavePage& save_page) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf));
  if (!doc) throw std::runtime_error("cannot read " + pdf);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  const auto render = [&](int index) {
    std::unique_ptr<poppler::page> page(doc->create_page(index));
    if (!page) throw std::runtime_error("no page " + std::to_string(index + 1) + " in " + pdf);
    poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid()) throw std::runtime_error("cannot render page " + std::to_string(index + 1));
    return image;
  };
  for (const auto& [left, right] : pairs) {
    const int any = left >= 0 ? left : right;
    const poppler::image l = left >= 0 ? render(left) : poppler::image();
    const poppler::image r = right >= 0 ? render(right) : poppler::image();
    const poppler::image& model = left >= 0 ? l : r;
    const int w = model.width(), h = model.height();
    poppler::image both(2 * w, h, poppler::image::format_argb32);
    // White where a side has no page (the first page of a book faces nothing).
    for (int y = 0; y < h; ++y) {
      char* row = both.data() + static_cast<std::ptrdiff_t>(y) * both.bytes_per_row();
      std::fill(row, row + both.bytes_per_row(), static_cast<char>(0xFF));
      if (l.is_valid() && y < l.height()) std::memcpy(row, l.const_data() + static_cast<std::ptrdiff_t>(y) * l.bytes_per_row(), 4 * std::min(w, l.width()));
      if (r.is_valid() && y < r.height()) std::memcpy(row + 4 * w, r.const_data() + static_cast<std::ptrdiff_t>(y) * r.bytes_per_row(), 4 * std::min(w, r.width()));
    }
    const auto save = [&both](const std::string& path) { return both.save(path, "png"); };
    if (!save_page(any + 1, save)) return false;
  }
  return true;
}

bool render_png(const std::string& pdf, const std::vector<int>& pages, double dpi, const SavePage& save_page) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf));
  if (!doc) throw std::runtime_error("cannot read " + pdf);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  std::vector<int> which = pages;
  if (which.empty()) {
    for (int i = 0; i < doc->pages(); ++i) which.push_back(i);
  }
  for (int index : which) {
    std::unique_ptr<poppler::page> page(doc->create_page(index));
    if (!page) throw std::runtime_error("no page " + std::to_string(index + 1) + " in " + pdf);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid()) throw std::runtime_error("cannot render page " + std::to_string(index + 1));
    const auto save = [&image](const std::string& path) { return image.save(path, "png"); };
    if (!save_page(index + 1, save)) return false;
  }
  return true;
}

}  // namespace casebook
