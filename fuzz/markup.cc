// Fuzz target: the block markup parser of long text fields. Its input is
// what toml++ hands over, a valid UTF-8 string; anything else is skipped.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/utf8.h"
#include "data/markup.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace casebook;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (utf8::find_invalid(text)) return -1;  // not a TOML string: not in the corpus
  Diagnostics diags;
  const auto locate = [](std::size_t offset) { return Span{"fuzz.toml", 1, static_cast<int>(offset) + 1}; };
  const std::vector<Block> blocks = parse_markup(text, locate, diags);
  (void)blocks;
  return 0;
}
