#include "layout/frame_kind.h"

#include <array>
#include <ostream>

namespace casebook {

namespace {

struct FrameKindInfo {
  std::string_view name;
  FramePart part;
};

constexpr std::array kFrameKinds = {
#define CASEBOOK_FRAME_KIND_INFO(id, name, part) FrameKindInfo{name, FramePart::part},
    CASEBOOK_FRAME_KINDS(CASEBOOK_FRAME_KIND_INFO)
#undef CASEBOOK_FRAME_KIND_INFO
};

}  // namespace

std::string_view frame_kind_name(FrameKind kind) { return kFrameKinds[static_cast<std::size_t>(kind)].name; }

std::ostream& operator<<(std::ostream& out, FrameKind kind) { return out << frame_kind_name(kind); }

FrameKind frame_kind_of(BlockKind block) {
  switch (block) {
    case BlockKind::header: return FrameKind::header;
    case BlockKind::activities: return FrameKind::activities;
    case BlockKind::targets: return FrameKind::targets;
    case BlockKind::content: return FrameKind::content;
    case BlockKind::results: return FrameKind::results;
    case BlockKind::photos: return FrameKind::photos;
    case BlockKind::profile: return FrameKind::profile;
  }
  return FrameKind::none;
}

FramePart frame_part(FrameKind kind) { return kFrameKinds[static_cast<std::size_t>(kind)].part; }

}  // namespace casebook
