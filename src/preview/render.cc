#include "preview/render.h"

#include <cstdio>
#include <memory>
#include <stdexcept>

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

namespace casebook {

std::vector<std::string> render_png(const std::string& pdf, const std::vector<int>& pages, double dpi,
                                    const std::string& prefix) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf));
  if (!doc) throw std::runtime_error("cannot read " + pdf);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  std::vector<int> which = pages;
  if (which.empty()) {
    for (int i = 0; i < doc->pages(); ++i) which.push_back(i);
  }
  std::vector<std::string> files;
  for (int index : which) {
    std::unique_ptr<poppler::page> page(doc->create_page(index));
    if (!page) throw std::runtime_error("no page " + std::to_string(index + 1) + " in " + pdf);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    char name[32];
    std::snprintf(name, sizeof name, "-%02d.png", index + 1);
    const std::string file = prefix + name;
    if (!image.is_valid() || !image.save(file, "png")) throw std::runtime_error("cannot write " + file);
    files.push_back(file);
  }
  return files;
}

}  // namespace casebook
