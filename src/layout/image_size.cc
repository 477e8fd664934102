#include "layout/image_size.h"

#include <fstream>
#include <vector>

namespace casebook {

namespace {

int be16(const unsigned char* p) { return (p[0] << 8) | p[1]; }
int be32(const unsigned char* p) { return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]; }

}  // namespace

std::optional<PixelSize> read_image_size(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> head(64 * 1024);
  in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const std::size_t n = head.size();
  if (n >= 24 && head[0] == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
    return PixelSize{be32(&head[16]), be32(&head[20])};
  }
  if (n >= 4 && head[0] == 0xFF && head[1] == 0xD8) {
    std::size_t i = 2;
    while (i + 9 < n) {
      if (head[i] != 0xFF) return std::nullopt;
      const unsigned char marker = head[i + 1];
      const int length = be16(&head[i + 2]);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the size.
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        return PixelSize{be16(&head[i + 7]), be16(&head[i + 5])};
      }
      i += 2 + static_cast<std::size_t>(length);
    }
  }
  return std::nullopt;
}

}  // namespace casebook
