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

FramePart frame_part(FrameKind kind) { return kFrameKinds[static_cast<std::size_t>(kind)].part; }

}  // namespace casebook
