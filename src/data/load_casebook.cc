#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "base/utf8.h"
#include "base/i18n.h"
#include "data/toml_hints.h"
#include "data/load.h"
#include "data/loaders.h"
#include "data/read_source.h"
#include "data/toml_limits.h"

namespace casebook {

namespace fs = std::filesystem;

namespace {

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

/// Reads and parses one file, keeping its text for later span lookups.
struct ParsedFile {
  const SourceFile& source;
  std::optional<toml::table> root;
};

/// Reads and parses `path`, keeping its text in `book.sources`.
std::optional<ParsedFile> read_toml(const std::string& path, Casebook& book, Diagnostics& diags) {
  std::optional<SourceFile> source = read_source_file(path, diags);
  if (!source) return std::nullopt;
  auto kept = std::make_shared<const SourceFile>(std::move(*source));
  book.sources[path] = kept;
  ParsedFile parsed{*kept, std::nullopt};
  parsed.root = parse_toml_file(parsed.source, diags);
  return parsed;
}

bool has_image_signature(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  in.read(head, sizeof head);
  const std::string h(head, static_cast<std::size_t>(in.gcount()));
  return h.starts_with("\xFF\xD8\xFF") || h.starts_with("\x89PNG\r\n\x1A\n");
}

/// Checks that each photo is a JPEG or PNG file inside the data directory,
/// and gives the good ones their Photo::path. Whether the file decodes is
/// the photo stage's question (photo/load_photos.h).
void check_photos(const std::string& dir, Organization& org, Diagnostics& diags) {
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(fs::absolute(dir), ec);
  for (Photo& photo : org.photos) {
    const fs::path relative(photo.file.value);
    const fs::path resolved = fs::weakly_canonical(fs::absolute(fs::path(dir) / relative), ec);
    const auto [root_end, unused] = std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
    if (relative.is_absolute() || root_end != root.end()) {
      diags.error(photo.file.span, "photo path '" + photo.file.value + "' leaves the data directory",
                  {"give the path relative to " + dir + ", e.g. \"photos/01-1.jpg\""});
      continue;
    }
    const fs::file_status status = fs::status(resolved, ec);
    if (!fs::is_regular_file(status)) {
      // Say what is there: "does not exist" for a folder or a FIFO sends
      // the user looking for a file that is right where they put it.
      const char* what = !fs::exists(status)           ? "does not exist"
                         : fs::is_directory(status)     ? "is a folder, not an image file"
                         : fs::is_fifo(status)          ? "is a FIFO (named pipe), not an image file"
                         : fs::is_character_file(status) || fs::is_block_file(status) ? "is a device, not an image file"
                         : fs::is_socket(status)        ? "is a socket, not an image file"
                                                        : "is not a regular file";
      diags.error(photo.file.span, "photo file '" + photo.file.value + "' " + what,
                  {"paths are relative to the data directory " + dir});
      continue;
    }
    if (!has_image_signature(resolved.string())) {
      diags.error(photo.file.span, "photo file '" + photo.file.value + "' is neither a JPEG nor a PNG image");
      continue;
    }
    photo.path = (fs::path(dir) / relative).string();
  }
}

/// Why a directory entry of orgs/ is not a record, or nullptr when it is
/// one: a hidden file (an editor's lock link .#05.toml, swap file
/// .05.toml.swp), an editor's backup (05.toml~, #05.toml#), or another
/// extension. The extension is compared without case, so 05.TOML, which
/// a person plainly meant as a record, is read like 05.toml.
const char* not_a_record(const std::string& name) {
  if (name.starts_with(".")) return "a hidden file";
  if (name.ends_with("~") || (name.size() > 1 && name.starts_with("#") && name.ends_with("#"))) {
    return "an editor's backup file";
  }
  std::string extension = fs::path(name).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension != ".toml") return "not a .toml file";
  return nullptr;
}

/// The record files of orgs/, in name order so that runs are repeatable.
/// Only regular files (or links to them) are records; everything else in
/// the folder is named in a note (a warning when it looks like a record
/// but cannot be read as one), so no file is left out silently.
std::vector<std::string> record_files(const std::string& dir, Diagnostics& diags) {
  const std::string orgs = join(dir, "orgs");
  std::vector<std::string> files;
  std::error_code ec;
  if (!fs::is_directory(orgs, ec)) {
    diags.error({orgs, 0, 0}, "no organizations: the directory does not exist",
                {"put one record per organization in " + orgs + "/NN.toml"});
    return files;
  }
  std::vector<std::string> names;
  fs::directory_iterator it(orgs, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) names.push_back(it->path().filename().string());
  if (ec) diags.error({orgs, 0, 0}, "cannot list the directory: " + ec.message());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const std::string path = join(orgs, name);
    if (const char* why = not_a_record(name)) {
      diags.note({path, 0, 0}, std::string("skipped: ") + why + ", not a record");
      continue;
    }
    struct stat link;
    const bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      diags.warning({path, 0, 0}, std::string("skipped: ") + (is_link ? "a link whose target does not exist"
                                                                       : std::strerror(errno)) +
                                      ", not a record");
      continue;
    }
    if (!S_ISREG(st.st_mode)) {
      diags.warning({path, 0, 0}, std::string("skipped: ") + (is_link ? "a link to " : "") +
                                      describe_file_type(st.st_mode) + ", not a record",
                    {"a record is a regular file (or a link to one)"});
      continue;
    }
    files.push_back(path);
  }
  if (files.empty()) diags.error({orgs, 0, 0}, "no organizations: the directory holds no .toml records");
  return files;
}

/// The number a record's file name gives ("05.toml" → 5), or nullopt when
/// the name is not all digits. A name too long for an int gives -1, which
/// matches no record's number.
std::optional<long long> number_in_name(const std::string& stem) {
  if (stem.empty() || !std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  long long n = 0;
  const auto [end, error] = std::from_chars(stem.data(), stem.data() + stem.size(), n);
  if (error != std::errc() || end != stem.data() + stem.size()) return -1;
  return n;
}

}  // namespace

std::optional<toml::table> parse_toml_file(const SourceFile& file, Diagnostics& diags) {
  if (auto bad = utf8::find_invalid(file.text())) {
    const Span at = file.span_at(*bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(file.text()[*bad])));
    diags.error(at, format(tr("the file is not valid UTF-8 (byte {0})"), {byte}),
                {tr("save the file as UTF-8 (Shift_JIS and other encodings are not accepted)")});
    return std::nullopt;
  }
  // toml++ recurses on dotted keys without a bound: refuse what would
  // overflow the stack before it parses.
  if (!check_toml_limits(file, diags)) return std::nullopt;
  try {
    return toml::parse(file.text(), file.path());
  } catch (const toml::parse_error& e) {
    const auto& begin = e.source().begin;
    const int line = static_cast<int>(begin.line), column = static_cast<int>(begin.column);
    const std::string where = std::to_string(line) + ":" + std::to_string(column);
    // A multi-line string left open swallows the fields after it, and the
    // parser stops somewhere below: point at where the string opened.
    if (const auto open = find_unclosed_multiline_string(file.text(), line)) {
      const std::string d = open->delimiter;
      const std::string message =
          open->closed_at > 0
              ? format(tr("TOML syntax: the multi-line string opened here with {0} is not closed: it runs to line {1}, "
                          "whose {0} was meant to open the next field"),
                       {d, std::to_string(open->closed_at)})
              : format(tr("TOML syntax: the multi-line string opened here with {0} is not closed"), {d});
      diags.error(file.span(open->line, open->column), message,
                  {format(tr("end the text with {0} before the next field"), {d}),
                   format(tr("(the parser then stopped at {0}: {1})"), {where, std::string(e.description())})});
      return std::nullopt;
    }
    std::string_view text = file.text();
    std::size_t start = 0;
    for (int l = 1; l < line && start != std::string_view::npos; ++l) {
      start = text.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    std::vector<std::string> hints;
    if (start != std::string_view::npos && start <= text.size()) {
      const std::size_t end = text.find('\n', start);
      hints = ime_hints(text.substr(start, end == std::string_view::npos ? text.size() - start : end - start), column);
    }
    diags.error(file.span(line, column), format(tr("TOML syntax: {0}"), {std::string(e.description())}),
                std::move(hints));
    return std::nullopt;
  }
}

Casebook load_casebook(const std::string& dir, Diagnostics& diags) {
  Casebook book;
  book.dir = dir;
  struct stat st;
  const bool found = ::stat(dir.c_str(), &st) == 0;
  if (!found || !S_ISDIR(st.st_mode)) {
    const std::string why = found           ? std::string("it is ") + describe_file_type(st.st_mode)
                            : errno == ENOENT ? std::string("it does not exist")
                                              : std::string(std::strerror(errno));
    diags.error({dir, 0, 0}, "not a data directory: " + why,
                {"give the folder that holds casebook.toml, taxonomy.toml and orgs/ (e.g. data), not a file in it"});
    return book;
  }

  // 1. The taxonomy first: the records' marks and prefectures refer to it.
  if (auto t = read_toml(join(dir, "taxonomy.toml"), book, diags); t && t->root) {
    book.taxonomy = load_taxonomy(t->source, *t->root, diags);
    book.taxonomy.loaded = true;
  }
  // 2. The front matter.
  if (auto f = read_toml(join(dir, "casebook.toml"), book, diags); f && f->root) {
    book.front = load_front_matter(f->source, *f->root, diags);
  }
  // 3. One record per organization, then the checks across records.
  std::map<int, const Organization*> by_number;
  for (const std::string& path : record_files(dir, diags)) {
    auto r = read_toml(path, book, diags);
    if (!r || !r->root) continue;
    book.organizations.push_back(load_organization(r->source, *r->root, book.taxonomy, diags));
  }
  for (Organization& org : book.organizations) {
    check_photos(dir, org, diags);
    if (org.number == 0) continue;
    const auto [it, inserted] = by_number.emplace(org.number, &org);
    if (!inserted) {
      const Span& first = it->second->number_span;
      diags.error(org.number_span, "organization number " + std::to_string(org.number) + " is already used by " +
                                       first.file + ":" + std::to_string(first.line) + ":" +
                                       std::to_string(first.column));
    }
    // The report's numbering is the book's: a number past its last
    // organization is a typo, and would make the book claim to hold part
    // of a report it does not come from.
    const auto& report = book.front.report;
    if (report && report->organizations > 0 && org.number > report->organizations) {
      diags.error(org.number_span, "organization number " + std::to_string(org.number) +
                                       " is past the report's last (" + std::to_string(report->organizations) + ")",
                  {"'report.organizations' in casebook.toml says how many the report holds"});
    }
    const std::string stem = fs::path(org.path).stem().string();
    if (const auto named = number_in_name(stem); named && *named != org.number) {
      diags.warning(org.number_span, "the file is named " + stem + ".toml but its number is " +
                                         std::to_string(org.number));
    }
  }
  std::stable_sort(book.organizations.begin(), book.organizations.end(),
                   [](const Organization& a, const Organization& b) { return a.number < b.number; });
  return book;
}

}  // namespace casebook
