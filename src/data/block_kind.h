#pragma once

// The registries of what a layout may place: the blocks of a spread and
// the pages of the front matter. The layout loader checks the names in
// [spread], [template] and [front] against them, and the layout stage
// dispatches on the kinds; a kind added here is known to both at once.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casebook {

/// A block of a spread ([spread] page1 / page2).
enum class BlockKind : std::uint8_t { header, activities, targets, content, results, photos, profile };

/// What the code knows of a kind of block.
struct BlockInfo {
  BlockKind kind;
  std::string_view name;  ///< as [spread] and [template] name it
  /// A table of text set at the body size: copyfitting steps its text
  /// down, and it may be a page's fill block ([template] fill).
  bool text_table;
};

/// Every block of a spread, in the order messages list them.
inline constexpr BlockInfo kBlocks[] = {
    {BlockKind::header, "header", false},     {BlockKind::activities, "activities", false},
    {BlockKind::targets, "targets", false},   {BlockKind::content, "content", true},
    {BlockKind::results, "results", true},    {BlockKind::photos, "photos", false},
    {BlockKind::profile, "profile", true},
};

/// What the code knows of `kind`.
const BlockInfo& block_info(BlockKind kind);

/// The block named `name` in a layout file, if there is one.
std::optional<BlockKind> block_named(std::string_view name);

/// "header, activities, …": every block's name (or only the text tables'),
/// for hints; `last` goes before the last name.
std::string block_names(bool text_tables_only = false, std::string_view last = ", ");

/// A page of the front matter ([front] pages).
enum class FrontPage : std::uint8_t { cover, preface, counts, contents, mapping };

/// Every page of the front matter by its name in [front] pages.
inline constexpr std::pair<FrontPage, std::string_view> kFrontPages[] = {
    {FrontPage::cover, "cover"},       {FrontPage::preface, "preface"}, {FrontPage::counts, "counts"},
    {FrontPage::contents, "contents"}, {FrontPage::mapping, "mapping"},
};

/// The front-matter page named `name`, if there is one.
std::optional<FrontPage> front_page_named(std::string_view name);

/// "cover, preface, …": every front-matter page's name, for hints.
std::string front_page_names();

}  // namespace casebook
