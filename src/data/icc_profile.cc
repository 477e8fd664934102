#include "data/icc_profile.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <vector>

namespace casebook {

namespace {

constexpr std::size_t kMaxProfileBytes = 16 * 1024 * 1024;

std::uint32_t be32(const std::vector<unsigned char>& b, std::size_t at) {
  return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}

std::string tag4(const std::vector<unsigned char>& b, std::size_t at) {
  return std::string(reinterpret_cast<const char*>(b.data() + at), 4);
}

/// The 'desc' tag's text (ICC.1:2001 textDescriptionType, or v4's
/// multiLocalizedUnicodeType with its first record), ASCII only.
std::string description(const std::vector<unsigned char>& b) {
  if (b.size() < 132) return "";
  const std::uint32_t count = be32(b, 128);
  for (std::uint32_t i = 0; i < count && 132 + 12 * (i + 1) <= b.size(); ++i) {
    const std::size_t entry = 132 + 12 * i;
    if (tag4(b, entry) != "desc") continue;
    const std::size_t offset = be32(b, entry + 4), size = be32(b, entry + 8);
    if (offset + size > b.size() || size < 12) return "";
    std::string text;
    if (tag4(b, offset) == "desc") {
      const std::size_t length = be32(b, offset + 8);
      for (std::size_t k = 0; k < length && offset + 12 + k < offset + size; ++k) {
        const unsigned char c = b[offset + 12 + k];
        if (c == 0) break;
        text += c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?';
      }
    } else if (tag4(b, offset) == "mluc" && size >= 28) {
      const std::size_t length = be32(b, offset + 20), start = be32(b, offset + 24);
      for (std::size_t k = 0; k + 1 < length && offset + start + k + 1 < offset + size; k += 2) {
        const unsigned hi = b[offset + start + k], lo = b[offset + start + k + 1];
        text += hi == 0 && lo >= 0x20 && lo < 0x7F ? static_cast<char>(lo) : '?';
      }
    }
    return text;
  }
  return "";
}

}  // namespace

IccRead read_icc_profile(const std::string& path) {
  IccRead out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.problem = std::string("cannot be read: ") + std::strerror(errno);
    return out;
  }
  std::vector<unsigned char> bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.insert(bytes.end(), buffer, buffer + in.gcount());
    if (bytes.size() > kMaxProfileBytes) {
      out.problem = "is larger than 16 MiB, more than any output profile";
      return out;
    }
  }
  // ICC.1:2010 7.2: a 128-byte header whose bytes 36–39 are 'acsp' and
  // whose first four give the profile's size.
  if (bytes.size() < 132 || tag4(bytes, 36) != "acsp" || be32(bytes, 0) != bytes.size()) {
    out.problem = "is not an ICC profile (no 'acsp' signature in its header, or a size that is not the file's)";
    return out;
  }
  IccHeader h;
  h.device_class = tag4(bytes, 12);
  h.colour_space = tag4(bytes, 16);
  h.major_version = bytes[8];
  h.description = description(bytes);
  out.header = h;
  return out;
}

}  // namespace casebook
