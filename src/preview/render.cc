#include "preview/render.h"

#include <cstdio>
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
