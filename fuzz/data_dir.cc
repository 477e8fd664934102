// Fuzz target: loading a data directory. The input is split at form feeds
// (\f): the first part is orgs/01.toml, then taxonomy.toml, casebook.toml
// and orgs/02.toml; a part not given is the shipped file (data/). The
// loader must report every problem as a diagnostic, never crash or hang.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/load.h"
#include "scratch.h"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace casebook;
  static const fs::path shipped = fs::path(CASEBOOK_SOURCE_DIR) / "data";
  static const std::string taxonomy = slurp(shipped / "taxonomy.toml");
  static const std::string front = slurp(shipped / "casebook.toml");
  const fs::path dir = fuzz::scratch_dir() / "data";
  fs::remove_all(dir);
  fs::create_directories(dir / "orgs");

  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = input.find('\f', start);
    parts.push_back(input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  fuzz::write_file(dir / "orgs/01.toml", parts[0]);
  fuzz::write_file(dir / "taxonomy.toml", parts.size() > 1 ? parts[1] : std::string_view(taxonomy));
  fuzz::write_file(dir / "casebook.toml", parts.size() > 2 ? parts[2] : std::string_view(front));
  if (parts.size() > 3) fuzz::write_file(dir / "orgs/02.toml", parts[3]);

  Diagnostics diags;
  const Casebook book = load_casebook(dir.string(), diags);
  (void)book;
  return 0;
}
