#include "layout/hopeless.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <type_traits>
#include <vector>

#include "base/utf8.h"

namespace casebook {

namespace {

bool takes_no_room(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0x00A0 || c == 0x00AD ||
         (c >= 0x0300 && c <= 0x036F) ||  // combining diacritical marks
         (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || c == 0x3099 || c == 0x309A ||  // combining (semi-)voiced marks
         (c >= 0x2000 && c <= 0x200F) ||                                 // spaces, ZWSP, ZWNJ, ZWJ, LRM, RLM
         (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) ||  // separators, bidi, invisible operators
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||                   // variation selectors, BOM
         (c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
}

/// Cuts `text` after `keep` spacing characters.
void cut(std::string& text, std::size_t keep) {
  std::size_t i = 0, kept = 0;
  while (i < text.size() && kept < keep) {
    if (!takes_no_room(utf8::next(text, i))) ++kept;
  }
  text.resize(i);
}

std::size_t count_rich(const RichText& r) {
  std::size_t n = 0;
  for (const Block& b : r.blocks) n += spacing_characters(b.marker) + spacing_characters(b.text);
  return n;
}

void cut_rich(RichText& r, std::size_t keep) {
  for (Block& b : r.blocks) {
    const std::size_t n = spacing_characters(b.marker) + spacing_characters(b.text);
    if (n <= keep) {
      keep -= n;
      continue;
    }
    cut(b.text, keep > spacing_characters(b.marker) ? keep - spacing_characters(b.marker) : 0);
    keep = 0;
  }
  r.blocks.erase(std::remove_if(r.blocks.begin(), r.blocks.end(), [](const Block& b) { return b.text.empty(); }),
                 r.blocks.end());
}

/// "12,345"
std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

/// One text field of a spread: the block it is printed in, its row label.
template <typename R, typename T>
struct Field {
  BlockKind block;
  Label Labels::*label;
  R* rich = nullptr;
  T* text = nullptr;
};

/// The text fields of `o` (const or not), in a fixed order.
template <typename O>
auto fields_of(O& o) {
  using R = std::conditional_t<std::is_const_v<O>, const RichText, RichText>;
  using T = std::conditional_t<std::is_const_v<O>, const Text, Text>;
  std::vector<Field<R, T>> f = {
      {BlockKind::header, &Labels::name, nullptr, &o.name},
      {BlockKind::header, &Labels::title, nullptr, &o.title},
      {BlockKind::content, &Labels::purpose, &o.purpose},
      {BlockKind::content, &Labels::audience, &o.audience},
      {BlockKind::content, &Labels::description, &o.description},
      {BlockKind::results, &Labels::partners, &o.partners},
      {BlockKind::results, &Labels::outreach, &o.outreach},
      {BlockKind::results, &Labels::outcomes, &o.outcomes},
      {BlockKind::profile, &Labels::profile_name, nullptr, &o.profile.name},
      {BlockKind::profile, &Labels::representative, nullptr, &o.profile.representative},
      {BlockKind::profile, &Labels::founded, nullptr, &o.profile.founded},
      {BlockKind::profile, &Labels::staff, nullptr, &o.profile.staff},
      {BlockKind::profile, &Labels::address, nullptr, &o.profile.address},
  };
  if (o.profile.website) f.push_back({BlockKind::profile, &Labels::website, nullptr, &*o.profile.website});
  if (o.profile.message) f.push_back({BlockKind::profile, &Labels::message, &*o.profile.message});
  return f;
}

}  // namespace

std::size_t spacing_characters(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!takes_no_room(utf8::next(text, i))) ++n;
  }
  return n;
}

std::size_t page_capacity(const LayoutSpec& spec) {
  Length smallest = spec.min_size;
  for (const StyleKey& k : kStyleKeys) {
    const TypeSpec& type = spec.styles.*k.member;
    if (type.size > 0 && (smallest <= 0 || type.size < smallest)) smallest = type.size;
  }
  if (smallest <= 0) return static_cast<std::size_t>(-1);  // a layout load_layout() refused
  const Length width = spec.page_width - spec.margin_inner - spec.margin_outer;
  const Length height = spec.page_height - spec.margin_top - spec.margin_bottom;
  const std::int64_t lines = std::max<Length>(1, height / smallest);
  const std::int64_t per_line = std::max<Length>(1, width * 8 / smallest);
  return static_cast<std::size_t>(lines * per_line);
}

const Organization& without_hopeless_fields(const LayoutContext& ctx, const Organization& org, int first_page,
                                            Organization& copy, bool (&hopeless_page)[2]) {
  hopeless_page[0] = hopeless_page[1] = false;
  const std::size_t capacity = page_capacity(ctx.spec);
  // Counting is linear and cheap next to setting; copy only when needed.
  bool any = false;
  for (const auto& f : fields_of(org)) {
    const std::size_t n = f.rich ? count_rich(*f.rich) : spacing_characters(f.text->value);
    any = any || n > capacity;
  }
  if (!any) return org;

  copy = org;
  for (const auto& f : fields_of(copy)) {
    const std::size_t n = f.rich ? count_rich(*f.rich) : spacing_characters(f.text->value);
    if (n <= capacity) continue;
    const auto on_page1 = std::find(ctx.spec.page1.begin(), ctx.spec.page1.end(), f.block) != ctx.spec.page1.end();
    std::string name = (ctx.spec.labels.*f.label).text;
    std::replace(name.begin(), name.end(), '\n', ' ');
    for (std::size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at)) name.replace(at, 1, "／");
    const Span at = f.rich ? f.rich->span : f.text->span;
    hopeless_page[on_page1 ? 0 : 1] = true;
    ctx.diags.error(at, name + " overflows page " + std::to_string(first_page + (on_page1 ? 0 : 1)) + ": " + grouped(n) +
                            " characters, more than a page holds at the smallest size (" + grouped(capacity) + ")",
                    {"shorten the text, or give the layout's copyfit.steps a smaller step of the type scale",
                     "with --force, the page shows its first " + grouped(capacity + 1) + " characters"});
    ctx.diags.tag("overflow");
    if (f.rich) cut_rich(*f.rich, capacity + 1);
    else cut(f.text->value, capacity + 1);
  }
  return copy;
}

}  // namespace casebook
