#include "pdf/cff.h"

#include <stdexcept>

// The CFF format: Adobe Technical Note #5176, "The Compact Font Format
// Specification" (version 1.0, 2003). Section numbers below are its.

namespace casebook::pdf {

namespace {

[[noreturn]] void bad(const std::string& what) { throw std::runtime_error("the CFF font program " + what); }

unsigned u8(std::string_view d, std::size_t at) {
  if (at >= d.size()) bad("is cut short");
  return static_cast<unsigned char>(d[at]);
}

unsigned u16(std::string_view d, std::size_t at) { return (u8(d, at) << 8) | u8(d, at + 1); }

/// An INDEX (5 "INDEX Data"): its items, and the byte after it.
struct Index {
  std::vector<std::string_view> items;
  std::size_t end = 0;
};

Index read_index(std::string_view d, std::size_t at) {
  Index index;
  const unsigned count = u16(d, at);
  if (count == 0) {
    index.end = at + 2;
    return index;
  }
  const unsigned off_size = u8(d, at + 2);
  if (off_size < 1 || off_size > 4) bad("has an INDEX with an offset size of " + std::to_string(off_size));
  auto offset = [&](std::size_t i) {
    std::uint32_t v = 0;
    for (unsigned b = 0; b < off_size; ++b) v = (v << 8) | u8(d, at + 3 + i * off_size + b);
    return v;
  };
  // Offsets count from 1, the byte before the data.
  const std::size_t data = at + 3 + (std::size_t{count} + 1) * off_size - 1;
  std::uint32_t prev = offset(0);
  if (prev != 1) bad("has an INDEX whose first offset is not 1");
  for (std::size_t i = 1; i <= count; ++i) {
    const std::uint32_t next = offset(i);
    if (next < prev || data + next > d.size()) bad("has an INDEX that runs past its end");
    index.items.push_back(d.substr(data + prev, next - prev));
    prev = next;
  }
  index.end = data + prev;
  return index;
}

/// DICT operators (Table 9 and 23, escaped ones as 1200 + the second byte).
enum Op : int {
  kFontBBox = 5,
  kCharset = 15,
  kCharStrings = 17,
  kPrivate = 18,
  kSubrs = 19,
  kFontMatrix = 1207,
  kRos = 1230,
  kCidCount = 1234,
  kFdArray = 1236,
  kFdSelect = 1237,
};

/// One DICT entry (4 "DICT Data"): operator, its operands as written, and
/// their integer values (0 for a real).
struct Entry {
  int op = 0;
  std::string_view operands;
  std::vector<long> values;
};

std::vector<Entry> read_dict(std::string_view d) {
  std::vector<Entry> entries;
  std::vector<long> values;
  std::size_t i = 0, start = 0;
  while (i < d.size()) {
    const unsigned b0 = u8(d, i);
    if (b0 <= 21) {
      const std::size_t op_at = i;
      int op = static_cast<int>(b0);
      if (b0 == 12) {
        op = 1200 + static_cast<int>(u8(d, i + 1));
        i += 2;
      } else {
        i += 1;
      }
      entries.push_back({op, d.substr(start, op_at - start), values});
      values.clear();
      start = i;
    } else if (b0 == 28) {
      values.push_back(static_cast<std::int16_t>(u16(d, i + 1)));
      i += 3;
    } else if (b0 == 29) {
      values.push_back(static_cast<std::int32_t>((u16(d, i + 1) << 16) | u16(d, i + 3)));
      i += 5;
    } else if (b0 == 30) {  // a real: nibbles up to one of 0xf
      ++i;
      for (;;) {
        const unsigned b = u8(d, i++);
        if ((b >> 4) == 0xF || (b & 0xF) == 0xF) break;
      }
      values.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      values.push_back(static_cast<long>(b0) - 139);
      i += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      values.push_back((static_cast<long>(b0) - 247) * 256 + u8(d, i + 1) + 108);
      i += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      values.push_back(-(static_cast<long>(b0) - 251) * 256 - u8(d, i + 1) - 108);
      i += 2;
    } else {
      bad("has a DICT with the reserved byte " + std::to_string(b0));
    }
  }
  return entries;
}

const Entry* find(const std::vector<Entry>& dict, int op) {
  for (const Entry& e : dict) {
    if (e.op == op) return &e;
  }
  return nullptr;
}

/// The offset operand of `op` (its `n`th value), checked to lie in `d`.
std::size_t offset_of(const std::vector<Entry>& dict, int op, std::string_view d, std::size_t n = 0) {
  const Entry* e = find(dict, op);
  if (!e || e->values.size() <= n) bad("lacks DICT operator " + std::to_string(op));
  const long v = e->values[n];
  if (v < 0 || static_cast<std::size_t>(v) >= d.size()) bad("has an offset past its end");
  return static_cast<std::size_t>(v);
}

void put_u16(std::string& out, unsigned v) {
  out += static_cast<char>((v >> 8) & 0xFF);
  out += static_cast<char>(v & 0xFF);
}

/// An integer operand in five bytes (29 and four), whatever its value, so a
/// DICT's size is known before the offsets it holds.
void put_fixed_int(std::string& out, long v) {
  out += static_cast<char>(29);
  const auto u = static_cast<std::uint32_t>(v);
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((u >> shift) & 0xFF);
}

void put_op(std::string& out, int op) {
  if (op >= 1200) {
    out += static_cast<char>(12);
    out += static_cast<char>(op - 1200);
  } else {
    out += static_cast<char>(op);
  }
}

std::string index_of(const std::vector<std::string_view>& items) {
  std::string out;
  put_u16(out, static_cast<unsigned>(items.size()));
  if (items.empty()) return out;
  std::size_t total = 1;
  for (std::string_view item : items) total += item.size();
  const unsigned off_size = total <= 0xFF ? 1 : total <= 0xFFFF ? 2 : total <= 0xFFFFFF ? 3 : 4;
  out += static_cast<char>(off_size);
  std::size_t offset = 1;
  auto put_offset = [&](std::size_t v) {
    for (int b = static_cast<int>(off_size) - 1; b >= 0; --b) out += static_cast<char>((v >> (8 * b)) & 0xFF);
  };
  put_offset(offset);
  for (std::string_view item : items) put_offset(offset += item.size());
  for (std::string_view item : items) out.append(item);
  return out;
}

/// Top and Font DICT operators that hold only numbers and mean the same in
/// the rebuilt font: FontBBox, isFixedPitch … StrokeWidth (FontMatrix
/// among them), CIDFontVersion, CIDFontRevision. Strings (SIDs), offsets
/// and the operators the rebuilt font writes itself are left out.
bool copied_operator(int op) { return op == kFontBBox || (op >= 1201 && op <= 1208) || op == 1231 || op == 1232; }

/// A Font DICT's Private DICT and local subroutines, as read.
struct FontDict {
  std::vector<Entry> font;           ///< the Font DICT (empty for a name-keyed font)
  std::vector<Entry> priv;           ///< its Private DICT
  std::string_view local_subrs;      ///< the INDEX of its local subroutines, "" for none
};

FontDict read_font_dict(std::string_view d, std::vector<Entry> font, const std::vector<Entry>& holder) {
  FontDict fd;
  fd.font = std::move(font);
  const Entry* p = find(holder, kPrivate);
  if (!p || p->values.size() < 2) bad("has a font without a Private DICT");
  const long size = p->values[0], at = p->values[1];
  if (size < 0 || at < 0 || static_cast<std::size_t>(at) + static_cast<std::size_t>(size) > d.size()) {
    bad("has a Private DICT past its end");
  }
  const std::string_view priv = d.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(size));
  fd.priv = read_dict(priv);
  if (const Entry* subrs = find(fd.priv, kSubrs); subrs && !subrs->values.empty()) {
    const std::size_t start = static_cast<std::size_t>(at) + static_cast<std::size_t>(subrs->values[0]);
    const Index index = read_index(d, start);
    fd.local_subrs = d.substr(start, index.end - start);
  }
  return fd;
}

}  // namespace

std::string cff_cid_keyed(std::string_view d, const std::vector<std::uint32_t>& glyph_of_cid,
                          const std::string& font_name) {
  // 1. Read: header (6), Name, Top DICT, String and Global Subr INDEXes (8),
  // the charstrings (14), and the Font DICTs with their Private DICTs.
  if (u8(d, 0) != 1) bad("is not CFF version 1");
  const Index names = read_index(d, u8(d, 2));
  const Index tops = read_index(d, names.end);
  if (tops.items.size() != 1) bad("does not hold exactly one font");
  const Index strings = read_index(d, tops.end);
  const Index gsubrs = read_index(d, strings.end);
  const std::string_view global_subrs = d.substr(strings.end, gsubrs.end - strings.end);
  const std::vector<Entry> top = read_dict(tops.items[0]);
  const Index charstrings = read_index(d, offset_of(top, kCharStrings, d));
  const std::size_t glyphs = charstrings.items.size();

  std::vector<FontDict> fds;
  std::vector<unsigned> fd_of_glyph(glyphs, 0);
  if (find(top, kRos)) {
    // CID-keyed (18): every glyph's Font DICT by FDSelect (19).
    for (std::string_view font : read_index(d, offset_of(top, kFdArray, d)).items) {
      std::vector<Entry> dict = read_dict(font);
      fds.push_back(read_font_dict(d, dict, dict));
    }
    const std::size_t at = offset_of(top, kFdSelect, d);
    const unsigned format = u8(d, at);
    if (format == 0) {
      for (std::size_t g = 0; g < glyphs; ++g) fd_of_glyph[g] = u8(d, at + 1 + g);
    } else if (format == 3) {
      const unsigned ranges = u16(d, at + 1);
      for (unsigned r = 0; r < ranges; ++r) {
        const unsigned first = u16(d, at + 3 + 3 * r), fd = u8(d, at + 5 + 3 * r);
        const unsigned next = u16(d, at + 6 + 3 * r);  // the next range's first glyph, or the sentinel
        for (unsigned g = first; g < next && g < glyphs; ++g) fd_of_glyph[g] = fd;
      }
    } else {
      bad("has an FDSelect of format " + std::to_string(format));
    }
    for (unsigned fd : fd_of_glyph) {
      if (fd >= fds.size()) bad("selects a Font DICT it does not have");
    }
  } else {
    // Name-keyed: the one Private DICT becomes the one Font DICT's.
    fds.push_back(read_font_dict(d, {}, top));
  }
  for (std::uint32_t g : glyph_of_cid) {
    if (g >= glyphs) bad("has no glyph " + std::to_string(g));
  }
  const std::size_t n = glyph_of_cid.size();
  if (n == 0 || n > 0xFFFF) bad("would hold " + std::to_string(n) + " glyphs");

  // 2. The parts after the Top DICT, each as written.
  const std::string header("\x01\x00\x04\x04", 4);  // version 1.0, header size 4, absolute offsets in 4 bytes
  const std::string name_index = index_of({font_name});
  const std::string string_index = index_of({"Adobe", "Identity"});  // SIDs 391 and 392 (after the 391 standard strings)
  std::string charset;  // CID = GID: one range from glyph 1 (13, format 2)
  if (n > 1) {
    charset += '\x02';
    put_u16(charset, 1);
    put_u16(charset, static_cast<unsigned>(n - 2));
  } else {
    charset += '\x00';
  }
  std::string fd_select = "\x03";  // format 3: ranges of glyphs with one Font DICT
  std::string ranges;
  unsigned range_count = 0;
  for (std::size_t g = 0; g < n; ++g) {
    const unsigned fd = fd_of_glyph[glyph_of_cid[g]];
    if (g == 0 || fd != fd_of_glyph[glyph_of_cid[g - 1]]) {
      put_u16(ranges, static_cast<unsigned>(g));
      ranges += static_cast<char>(fd);
      ++range_count;
    }
  }
  put_u16(fd_select, range_count);
  fd_select += ranges;
  put_u16(fd_select, static_cast<unsigned>(n));
  std::vector<std::string_view> cid_charstrings;
  for (std::uint32_t g : glyph_of_cid) cid_charstrings.push_back(charstrings.items[g]);
  const std::string charstring_index = index_of(cid_charstrings);

  // Private DICTs without their Subrs, which each gets back with the
  // offset of its subroutines put right after it.
  std::vector<std::string> privates;
  for (const FontDict& fd : fds) {
    std::string p;
    for (const Entry& e : fd.priv) {
      if (e.op == kSubrs) continue;
      p.append(e.operands);
      put_op(p, e.op);
    }
    if (!fd.local_subrs.empty()) {
      put_fixed_int(p, static_cast<long>(p.size()) + 6);  // this operand and its operator take 6 bytes
      put_op(p, kSubrs);
    }
    privates.push_back(std::move(p));
  }

  // 3. The Top DICT and Font DICTs hold offsets to what follows them; their
  // offsets are five bytes each, so their sizes are known first.
  auto top_dict = [&](std::size_t charset_at, std::size_t fd_select_at, std::size_t charstrings_at,
                      std::size_t fd_array_at) {
    std::string t;
    put_fixed_int(t, 391);
    put_fixed_int(t, 392);
    put_fixed_int(t, 0);
    put_op(t, kRos);  // first in a CID-keyed Top DICT (18)
    for (const Entry& e : top) {
      if (!copied_operator(e.op)) continue;
      t.append(e.operands);
      put_op(t, e.op);
    }
    put_fixed_int(t, static_cast<long>(n));
    put_op(t, kCidCount);
    put_fixed_int(t, static_cast<long>(charset_at));
    put_op(t, kCharset);
    put_fixed_int(t, static_cast<long>(fd_select_at));
    put_op(t, kFdSelect);
    put_fixed_int(t, static_cast<long>(charstrings_at));
    put_op(t, kCharStrings);
    put_fixed_int(t, static_cast<long>(fd_array_at));
    put_op(t, kFdArray);
    return t;
  };
  auto fd_array = [&](std::size_t privates_at) {
    std::vector<std::string> dicts;
    std::size_t at = privates_at;
    for (std::size_t i = 0; i < fds.size(); ++i) {
      std::string f;
      for (const Entry& e : fds[i].font) {
        if (!copied_operator(e.op)) continue;
        f.append(e.operands);
        put_op(f, e.op);
      }
      put_fixed_int(f, static_cast<long>(privates[i].size()));
      put_fixed_int(f, static_cast<long>(at));
      put_op(f, kPrivate);
      at += privates[i].size() + fds[i].local_subrs.size();
      dicts.push_back(std::move(f));
    }
    return index_of(std::vector<std::string_view>(dicts.begin(), dicts.end()));
  };

  const std::size_t top_index_size = index_of({top_dict(0, 0, 0, 0)}).size();
  const std::size_t charset_at =
      header.size() + name_index.size() + top_index_size + string_index.size() + global_subrs.size();
  const std::size_t fd_select_at = charset_at + charset.size();
  const std::size_t charstrings_at = fd_select_at + fd_select.size();
  const std::size_t fd_array_at = charstrings_at + charstring_index.size();
  const std::size_t privates_at = fd_array_at + fd_array(0).size();

  // 4. Write, in that order.
  std::string out = header + name_index + index_of({top_dict(charset_at, fd_select_at, charstrings_at, fd_array_at)}) +
                    string_index;
  out.append(global_subrs);
  out += charset + fd_select + charstring_index + fd_array(privates_at);
  for (std::size_t i = 0; i < fds.size(); ++i) {
    out += privates[i];
    out.append(fds[i].local_subrs);
  }
  return out;
}

}  // namespace casebook::pdf
