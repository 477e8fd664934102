#include "sheet/same_record.h"

#include <algorithm>

namespace casebook::sheet {

namespace {

bool same(const Text& a, const Text& b) { return a.value == b.value; }

bool same(const std::optional<Text>& a, const std::optional<Text>& b) {
  return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

bool same(const RichText& a, const RichText& b) {
  return std::equal(a.blocks.begin(), a.blocks.end(), b.blocks.begin(), b.blocks.end(),
                    [](const Block& x, const Block& y) {
                      return x.kind == y.kind && x.marker == y.marker && x.text == y.text &&
                             x.continues_item == y.continues_item;
                    });
}

bool same(const std::optional<RichText>& a, const std::optional<RichText>& b) {
  return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

bool same(const MarkSet& a, const MarkSet& b) {
  return a.primary.index == b.primary.index &&
         std::equal(a.secondary.begin(), a.secondary.end(), b.secondary.begin(), b.secondary.end(),
                    [](const Mark& x, const Mark& y) { return x.index == y.index; });
}

}  // namespace

bool same_record(const Organization& a, const Organization& b) {
  const auto same_texts = [](const std::vector<Text>& x, const std::vector<Text>& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const Text& p, const Text& q) { return same(p, q); });
  };
  const auto same_photos = [](const std::vector<Photo>& x, const std::vector<Photo>& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](const Photo& p, const Photo& q) { return same(p.file, q.file) && same(p.caption, q.caption); });
  };
  return a.number == b.number && same(a.name, b.name) && a.name_breaks == b.name_breaks && same(a.title, b.title) &&
         same_texts(a.region.prefectures, b.region.prefectures) && same(a.region.area, b.region.area) &&
         same(a.activities, b.activities) && same(a.targets, b.targets) && same(a.purpose, b.purpose) &&
         same(a.audience, b.audience) && same(a.description, b.description) && same(a.partners, b.partners) &&
         same(a.outreach, b.outreach) && same(a.outcomes, b.outcomes) && same_photos(a.photos, b.photos) &&
         same(a.profile.name, b.profile.name) && a.profile.name_breaks == b.profile.name_breaks &&
         same(a.profile.representative, b.profile.representative) && same(a.profile.founded, b.profile.founded) &&
         same(a.profile.staff, b.profile.staff) && same(a.profile.address, b.profile.address) &&
         same(a.profile.website, b.profile.website) && same(a.profile.message, b.profile.message);
}

}  // namespace casebook::sheet
