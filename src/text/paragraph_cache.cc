#include "text/paragraph_cache.h"

#include <cstring>

#include "text/prepare.h"

namespace casebook {

namespace {

/// Appends the bytes of a value to a key.
template <typename T>
void put(std::string& key, const T& value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  key.append(bytes, sizeof(T));
}

/// Appends a string to a key, its length first so that no two lists of
/// strings make the same key.
void put(std::string& key, const std::string& s) {
  put(key, s.size());
  key += s;
}

/// Everything prepare_paragraph() reads: the runs (text, style, span) and
/// the two options its joints depend on (strict kinsoku, the line-end
/// policy). Faces are compared by identity: one layout run loads each once.
std::string key_of(const std::vector<TextRun>& runs, const ParagraphOptions& options) {
  std::string key;
  put(key, options.strict);
  put(key, options.line_end);
  for (const TextRun& r : runs) {
    put(key, r.text);
    put(key, r.style.face);
    put(key, r.style.latin);
    put(key, r.style.size);
    put(key, r.style.features.size());
    for (const std::string& f : r.style.features) put(key, f);
    put(key, r.span.file);
    put(key, r.span.line);
    put(key, r.span.column);
  }
  return key;
}

/// A cache holds at most this many paragraphs: a whole book of distinct
/// body text would otherwise be kept to the end (a few MB per hundred
/// paragraphs). Reuse comes from labels, which recur on every spread, and
/// from trials, which recur soon.
constexpr std::size_t kMaxEntries = 512;

}  // namespace

std::shared_ptr<const Prepared> ParagraphCache::prepare(const std::vector<TextRun>& runs,
                                                        const ParagraphOptions& options, Diagnostics& diags) {
  std::string key = key_of(runs, options);
  auto found = entries_.find(key);
  if (found == entries_.end()) {
    if (entries_.size() >= kMaxEntries) make_room();
    Entry e;
    e.prepared = std::make_shared<const Prepared>(prepare_paragraph(runs, options, e.diagnostics));
    std::string text;
    for (const TextRun& r : runs) text += r.text;
    ++measured_[text];
    found = entries_.emplace(std::move(key), std::move(e)).first;
  }
  ++found->second.uses;
  diags.append(found->second.diagnostics);
  return found->second.prepared;
}

void ParagraphCache::make_room() {
  std::erase_if(entries_, [](const auto& e) { return e.second.uses <= 1; });
  if (entries_.size() >= kMaxEntries / 2) entries_.clear();
  for (auto& [key, e] : entries_) e.uses = 0;
}

std::size_t ParagraphCache::measured(std::string_view text) const {
  const auto found = measured_.find(std::string(text));
  return found == measured_.end() ? 0 : found->second;
}

std::shared_ptr<const Prepared> measure_paragraph(const std::vector<TextRun>& runs, const ParagraphOptions& options,
                                                  Diagnostics& diags) {
  if (options.cache) return options.cache->prepare(runs, options, diags);
  return std::make_shared<const Prepared>(prepare_paragraph(runs, options, diags));
}

}  // namespace casebook
