// The two-page spread on the shipped layouts.

#include "layout/spread.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/frame_dump.h"

namespace casebook {
namespace {

const std::string kRoot = CASEBOOK_SOURCE_DIR;

struct Book {
  Diagnostics diags;
  LayoutSpec spec;
  FaceSet faces;
  Casebook book;

  explicit Book(const std::string& layout, const std::string& data = kRoot + "/data") {
    spec = load_layout(kRoot + "/layouts/" + layout, diags);
    faces.load(spec.faces, {spec.path, 1, 1}, diags);
    book = load_casebook(data, diags);
  }
  LayoutContext context(Diagnostics& d) { return LayoutContext{spec, faces, book.taxonomy, d, book.dir}; }
};

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Layout, TheShippedLayoutsLoadClean) {
  for (const char* layout : {"casebook-a4.toml"}) {
    Diagnostics diags;
    const LayoutSpec spec = load_layout(kRoot + "/layouts/" + layout, diags);
    std::ostringstream out;
    print_diagnostics(out, diags);
    EXPECT_EQ(out.str(), "") << layout;
    EXPECT_EQ(spec.page1.size() + spec.page2.size(), 7u);
  }
}

TEST(Layout, GoldenFrameDumpOfOneSpread) {
  Book s("casebook-a4.toml", kRoot + "/tests/fixtures/base");
  ASSERT_FALSE(s.diags.has_errors());
  Diagnostics diags;
  const std::vector<Page> pages = layout_spread(s.context(diags), s.book.organizations.at(0), 1);
  ASSERT_EQ(pages.size(), 2u);
  std::string dump = dump_pages(pages);
  for (std::size_t at = dump.find(kRoot + "/"); at != std::string::npos; at = dump.find(kRoot + "/")) {
    dump.erase(at, kRoot.size() + 1);
  }
  const std::string golden = kRoot + "/tests/layout/golden/base-a4.txt";
  if (std::getenv("CASEBOOK_UPDATE_GOLDEN")) {
    std::filesystem::create_directories(kRoot + "/tests/layout/golden");
    std::ofstream(golden) << dump;
  }
  EXPECT_EQ(dump, read(golden));
}

}  // namespace
}  // namespace casebook
