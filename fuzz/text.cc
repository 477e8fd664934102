// Fuzz target: the text engine. Random text goes through shaping, JLREQ
// line breaking and justification at a random measure and size, in one or
// two runs set in the shipped BIZ UDP faces (the first a composite font). The first bytes choose the
// setting; the rest, when it is valid UTF-8, is the text.
//   byte 0: measure, 1 to 256 × 2 pt      byte 1: size, 4 to 67 pt
//   byte 2: options (hanging, strict, justify last line, ragged) and the
//           faces of the two runs          byte 3: where the second run starts

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "text/compose.h"
#include "text/face.h"

namespace {

const casebook::Face* face(int i) {
  static const char* const kFiles[] = {"BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf", "BIZUDPMincho-Regular.ttf"};
  static std::unique_ptr<casebook::Face> faces[3];
  if (!faces[i]) {
    std::string error;
    faces[i] = casebook::Face::load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/" + kFiles[i], error);
    if (!faces[i]) std::abort();  // the shipped fonts must load
  }
  return faces[i].get();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace casebook;
  if (size < 4) return -1;
  const std::string text(reinterpret_cast<const char*>(data) + 4, size - 4);
  if (utf8::find_invalid(text)) return -1;  // data reaches the engine validated

  ParagraphOptions options;
  options.measure = pt(2.0 * (1 + data[0]));
  options.hanging_punctuation = data[2] & 1;
  options.strict = data[2] & 2;
  options.justify_last_line = data[2] & 4;
  options.ragged = data[2] & 8;
  const Length size_pt = pt(4 + data[1] % 64);

  // Cut into two runs at a character boundary at or after byte data[3].
  std::size_t cut = std::min<std::size_t>(data[3], text.size());
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  std::vector<TextRun> runs;
  // The first run is a composite font (text/composite.h): its Latin words
  // in the second run's face.
  if (cut > 0) {
    runs.push_back(TextRun{text.substr(0, cut), {face((data[2] >> 4) % 3), size_pt, {}, face((data[2] >> 6) % 3)},
                           {"fuzz", 1, 1}});
  }
  if (cut < text.size()) {
    runs.push_back(TextRun{text.substr(cut), {face((data[2] >> 6) % 3), size_pt + pt(data[2] >> 7), {}}, {"fuzz", 1, 2}});
  }
  Diagnostics diags;
  const SetParagraph set = set_paragraph(runs, options, diags);

  // What any caller relies on: the lines cover the text in order.
  std::size_t end = 0;
  for (const SetLine& line : set.lines) {
    if (line.text_begin < end || line.text_end < line.text_begin || line.text_end > set.text.size()) std::abort();
    end = line.text_end;
  }
  return 0;
}
