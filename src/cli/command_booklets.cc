// casebook booklets: one booklet per prefecture, all cores at once.

#include <atomic>
#include <cstdio>
#include <exception>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "base/internal_error.h"
#include "base/unicode.h"
#include "base/utf8.h"

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "cli/selection.h"
#include "data/load.h"
#include "data/load_layout.h"
#include "text/face_set.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook booklets [DATA_DIR] -o DIR [--layout FILE] [--jobs N] [--edition print|web]
                         [--keep-folios]

Writes one booklet per prefecture that has organizations, DIR/NN_<prefecture>.pdf
(NN: the prefecture's JIS X 0401 code, its place in the taxonomy's list, so
the files sort as the book does: 01_北海道.pdf, 04_宮城県.pdf, …), each with its own cover line, contents, counts and mapping. Booklets are set
in parallel (--jobs N, 1 to 256, default: all cores); a line is printed as
each is done, and a summary at the end.

A prefecture's name becomes a file name only if it is a plain name: letters
and digits of any script, - and _, at most 200 bytes; never a path separator,
a leading dot, a control or invisible character, a space of any kind, a
variation selector or a combining mark (write ガ, not カ + U+3099). Two prefectures that would
give one file name (also when only ASCII case differs) are an error before
anything is written. DIR may not be inside DATA_DIR unless
--allow-output-in-data is given. --edition print writes every booklet for
the printer; --edition web (the default) to read on screen and publish.
--keep-folios numbers each spread as the whole book does (its folios, the
contents and the PDF's page labels), so a booklet's page can be cited
against the book; without it a booklet's spreads are numbered from 1.
)";

/// Combining marks (the blocks of general category Mn that a Latin or kana
/// name can meet): a decomposed ガ (カ + U+3099) or Å (A + U+030A) looks
/// exactly like the precomposed one, so two prefectures could give two
/// look-alike files. Refused outright rather than normalized: NFC would also
/// change CJK compatibility ideographs, which names rely on.
bool is_combining_mark(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0x3099 || c == 0x309A;
}

/// Space separators (general category Zs) and the line and paragraph
/// separators: a name with one looks like two words or like its neighbour.
bool is_space_separator(char32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

/// Whether `c` may appear in a file name made from a prefecture's name:
/// ASCII letters, digits, - and _, and any other character but controls
/// (C1), default-ignorable characters (invisible: zero-width, bidi,
/// variation selectors, the Mongolian vowel separator, tags), combining
/// marks, space separators and slash lookalikes.
bool file_name_char(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  if (c <= 0x9F) return false;  // C1 controls
  if (unicode::is_default_ignorable(c) || unicode::is_bidi_control(c)) return false;
  if (is_combining_mark(c) || is_space_separator(c)) return false;
  if (c == 0x2044 || c == 0x2215 || c == 0x29F8 || c == 0xFF0F || c == 0xFF3C) return false;  // ⁄ ∕ ⧸ ／ ＼
  if (c >= 0xFFF0) return c > 0xFFFF && !(c >= 0xE0000 && c <= 0xE007F);  // specials; tag characters
  return true;
}

/// Why `c` is refused, for the message: "" when the code point says enough.
std::string refused_because(char32_t c) {
  if (c == '/') return " (a path separator)";
  if (c == '.') return " (a dot)";
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return " (a control character)";
  if (c == ' ' || is_space_separator(c)) return " (a space)";
  if (is_combining_mark(c)) return " (a combining mark: write the precomposed character, e.g. ガ not カ + U+3099)";
  if (unicode::is_default_ignorable(c) || unicode::is_bidi_control(c)) return " (an invisible character)";
  return "";
}

/// The booklet's file name for `prefecture`, or nullopt with the reason.
/// It starts with the prefecture's JIS X 0401 code, two digits, so that
/// a folder listing sorts the booklets in the book's (north-to-south) order.
std::optional<std::string> booklet_file_name(const std::string& prefecture, std::string& why, std::size_t jis_code) {
  if (prefecture.empty()) {
    why = "it is empty";
    return std::nullopt;
  }
  if (utf8::find_invalid(prefecture)) {
    why = "it is not valid UTF-8";
    return std::nullopt;
  }
  if (prefecture.size() > 200) {
    why = "it is longer than 200 bytes";
    return std::nullopt;
  }
  if (prefecture.front() == '-') {
    why = "it starts with '-'";
    return std::nullopt;
  }
  for (std::size_t i = 0; i < prefecture.size();) {
    const char32_t c = utf8::next(prefecture, i);
    if (!file_name_char(c)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      why = std::string("it contains ") + code + refused_because(c);
      return std::nullopt;
    }
  }
  char number[24];
  std::snprintf(number, sizeof number, "%02zu_", jis_code);
  return number + prefecture + ".pdf";
}

/// The same name as a case-insensitive file system sees it.
std::string fold_case(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

/// Where the prefecture is named in a record (the taxonomy keeps no spans).
Span where_named(const Casebook& data, const std::string& prefecture) {
  for (const Organization& o : data.organizations) {
    for (const Text& p : o.region.prefectures) {
      if (p.value == prefecture) return p.span;
    }
  }
  return {(std::filesystem::path(data.dir) / "taxonomy.toml").string(), 0, 0};
}

}  // namespace

int run_booklets(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, jobs_text, edition_text;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool allow_in_data = false, keep_folios = false;
  Arguments arguments("booklets", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--jobs", &jobs_text);
  arguments.option("--edition", &edition_text);
  arguments.flag("--allow-output-in-data", &allow_in_data);
  arguments.flag("--keep-folios", &keep_folios);
  if (auto exit = arguments.parse(args)) return *exit;
  if (!jobs_text.empty()) {
    const auto n = parse_integer(jobs_text, 1, 256);
    if (!n) return arguments.error("--jobs '" + jobs_text + "' is not a number of jobs from 1 to 256");
    jobs = static_cast<unsigned>(*n);
  }
  if (output.empty()) return arguments.error("no output directory: give -o DIR");
  if (output == "-") return arguments.error("-o - is for one PDF; booklets writes a directory of them");
  if (layout.empty()) layout = default_layout();

  // Which prefectures have organizations, in the taxonomy's order.
  Diagnostics diags;
  Edition edition = Edition::web;
  if (!read_edition(edition_text, edition, diags)) {
    print_diagnostics(std::cerr, diags);
    std::cerr << escape_controls(output) << ": no booklet written\n";
    return input_error;
  }
  if (!check_output_folder(output, OutputRules{{}, data_dir, allow_in_data}, diags)) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  // The data, the layout and its faces, loaded and checked once: every
  // booklet is set from them (the threads share the data and the layout,
  // read-only).
  const Casebook data = load_casebook(data_dir, diags);
  const LayoutSpec spec = load_layout(layout, diags);
  if (!diags.has_errors()) {
    FaceSet faces;
    faces.load(spec.faces, {layout, 1, 1}, diags, spec.face_spans);
  }
  if (diags.has_errors()) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  std::vector<std::string> read_files = {layout};
  for (const auto& [name, file] : spec.faces) read_files.push_back(file.path);
  std::vector<std::string> prefectures;
  std::vector<std::size_t> codes;  // each prefecture's JIS X 0401 code
  for (std::size_t i = 0; i < data.taxonomy.prefectures.size(); ++i) {
    const std::string& p = data.taxonomy.prefectures[i];
    for (const Organization& o : data.organizations) {
      if (by_prefecture(p).accepts(o)) {
        prefectures.push_back(p);
        // The taxonomy lists the prefectures in JIS X 0401 order, 北海道 = 01.
        codes.push_back(i + 1);
        break;
      }
    }
  }
  // Each booklet's file name, all checked before anything is written.
  std::vector<std::string> files;
  std::map<std::string, std::string> taken;  // folded file name → prefecture
  for (std::size_t i = 0; i < prefectures.size(); ++i) {
    const std::string& p = prefectures[i];
    std::string why;
    const auto name = booklet_file_name(p, why, codes[i]);
    if (!name) {
      diags.error(where_named(data, p), "prefecture '" + p + "' cannot name a booklet file: " + why,
                  {"a booklet's file name is the prefecture's name: letters and digits of any script, - and _"});
      continue;
    }
    const auto [it, fresh] = taken.emplace(fold_case(*name), p);
    if (!fresh) {
      diags.error(where_named(data, p), "prefectures '" + it->second + "' and '" + p + "' would both be written to " +
                                            *name);
      continue;
    }
    files.push_back((std::filesystem::path(output) / *name).string());
  }
  // Every target is checked before any booklet is set, so one FIFO or
  // directory among them does not leave some booklets written and others not.
  std::error_code exists;
  if (std::filesystem::is_directory(output, exists)) {
    const OutputRules rules = early_output_rules(data_dir, layout, allow_in_data);
    for (const std::string& file : files) check_output(file, rules, diags);
  }
  if (diags.has_errors()) {
    print_diagnostics(std::cerr, diags);
    std::cerr << escape_controls(output) << ": no booklet written\n";
    return input_error;
  }
  std::error_code ec;
  std::filesystem::create_directories(output, ec);
  if (ec) {
    std::cerr << escape_controls(output) << ": error: cannot create the directory: " << ec.message() << "\n";
    return input_error;
  }

  // The warnings of the data and the layout, once for all booklets.
  print_diagnostics(std::cerr, diags);

  const auto start = std::chrono::steady_clock::now();
  std::atomic<std::size_t> next{0};
  std::atomic<int> done{0}, failed{0}, pages{0};
  std::mutex print;
  // One booklet: set with this thread's faces, written, its line printed.
  auto set_booklet = [&](std::size_t i, const FaceSet& faces) {
    const std::string& prefecture = prefectures[i];
    const Selection selection = by_prefecture(prefecture);
    Diagnostics d;
    Book book;
    book.subset = selection.cover_line;
    book.allow_output_in_data = allow_in_data;
    book.keep_folios = keep_folios;
    book.edition = edition;
    book.data_dir = data_dir;
    book.read_files = read_files;
    // The writer reads the front matter and the records' photo paths
    // (never to be overwritten) from the book's own copy.
    book.data = data;
    // And the print intent (output profile, conformance) from its layout.
    book.layout = spec;
    const std::string& file = files[i];
    const bool ok_book =
        lay_out_book(data, spec, faces, book, d, selection.accepts) && write_book(book, file, d);
    int count = 0;
    for (const Organization& o : data.organizations) count += selection.accepts(o) ? 1 : 0;
    std::lock_guard<std::mutex> lock(print);
    print_diagnostics(std::cerr, d);
    ++done;
    if (ok_book) {
      pages += static_cast<int>(book.book.pages.size());
      std::cerr << "[" << done << "/" << prefectures.size() << "] " << escape_controls(prefecture) << ": " << count_of(static_cast<long long>(count), "organization") << ", "
                << count_of(static_cast<long long>(book.book.pages.size()), "page") << " → " << escape_controls(file) << "\n";
    } else {
      ++failed;
      std::cerr << "[" << done << "/" << prefectures.size() << "] " << escape_controls(prefecture) << ": not written\n";
    }
  };
  auto worker = [&] {
    // A thread's own faces, loaded once for all its booklets: FreeType
    // faces (and HarfBuzz fonts over them) must not be used by two threads
    // at once; each Face has its FT_Library (Face::load()). They loaded
    // above, so they load here.
    FaceSet faces;
    Diagnostics face_diags;
    faces.load(spec.faces, {layout, 1, 1}, face_diags, spec.face_spans);
    for (std::size_t i = next++; i < prefectures.size(); i = next++) {
      try {
        set_booklet(i, faces);
      } catch (...) {
        // Our bug: this booklet is lost and this thread stops; the others
        // go on, and the exception reaches main once all are done.
        std::lock_guard<std::mutex> lock(print);
        ++done;
        ++failed;
        std::cerr << "[" << done << "/" << prefectures.size() << "] " << escape_controls(prefectures[i])
                  << ": not written (internal error)\n";
        throw;
      }
    }
  };
  const unsigned threads = std::min<unsigned>(jobs, static_cast<unsigned>(prefectures.size()));
  std::exception_ptr bug;
  try {
    run_on_threads(threads, worker);
  } catch (...) {
    bug = std::current_exception();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << escape_controls(output) << ": "
            << count_of(static_cast<long long>(prefectures.size()) - failed.load(), "booklet") << ", "
            << count_of(pages.load(), "page") << ", " << failed.load() << " failed, in " << seconds << " s with "
            << count_of(threads, "job") << "\n";
  if (bug) std::rethrow_exception(bug);
  return failed > 0 ? input_error : ok;
}

}  // namespace casebook::cli
