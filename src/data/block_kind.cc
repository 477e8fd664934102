#include "data/block_kind.h"

#include <vector>

namespace casebook {

const BlockInfo& block_info(BlockKind kind) {
  for (const BlockInfo& b : kBlocks) {
    if (b.kind == kind) return b;
  }
  return kBlocks[0];  // unreachable: every kind is in kBlocks
}

std::optional<BlockKind> block_named(std::string_view name) {
  for (const BlockInfo& b : kBlocks) {
    if (b.name == name) return b.kind;
  }
  return std::nullopt;
}

std::string block_names(bool text_tables_only, std::string_view last) {
  std::vector<std::string_view> names;
  for (const BlockInfo& b : kBlocks) {
    if (!text_tables_only || b.text_table) names.push_back(b.name);
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? last : std::string_view(", ");
    out += names[i];
  }
  return out;
}

std::optional<FrontPage> front_page_named(std::string_view name) {
  for (const auto& [page, page_name] : kFrontPages) {
    if (page_name == name) return page;
  }
  return std::nullopt;
}

std::string front_page_names() {
  std::string out;
  for (const auto& [page, name] : kFrontPages) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

}  // namespace casebook
