#include "proof/findings.h"

#include <filesystem>
#include <functional>
#include <regex>

#include "base/utf8.h"
#include "text/char_class.h"

namespace casebook {

namespace {

std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out += c;
  }
  return out;
}

/// A span moved on by the code points before byte `offset` of `text`
/// (fields are located at their first character; text within a block is
/// on one line).
Span at(Span span, const std::string& text, std::size_t offset) {
  if (span.line > 0) span.column += static_cast<int>(utf8::length(std::string_view(text).substr(0, offset)));
  return span;
}

/// Every piece of text an organization prints, with its place and name.
void for_each_text(const Organization& org,
                   const std::function<void(const std::string& field, const std::string& text, const Span& span,
                                            bool paragraph_start)>& visit) {
  for (const auto& [field, t] : std::vector<std::pair<const char*, const Text*>>{
           {"団体名", &org.name}, {"取組名", &org.title}, {"取組地域", &org.region.area},
           {"団体概要 団体名", &org.profile.name}, {"代表者", &org.profile.representative},
           {"設立年月日", &org.profile.founded}, {"スタッフ数", &org.profile.staff}, {"団体住所", &org.profile.address}}) {
    visit(field, t->value, t->span, false);
  }
  const std::vector<std::pair<const char*, const RichText*>> rich = {
      {"目的", &org.purpose},       {"対象とした人", &org.audience}, {"内容", &org.description},
      {"連携した団体", &org.partners}, {"工夫", &org.outreach},       {"成果", &org.outcomes}};
  for (const auto& [field, r] : rich) {
    for (const Block& b : r->blocks) visit(field, b.text, b.span, b.kind == Block::Kind::paragraph);
  }
  if (org.profile.message) {
    for (const Block& b : org.profile.message->blocks) visit("メッセージ", b.text, b.span, b.kind == Block::Kind::paragraph);
  }
}

bool is_halfwidth_katakana(char32_t c) { return c >= 0xFF61 && c <= 0xFF9F; }
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_wide_digit(char32_t c) { return c >= U'０' && c <= U'９'; }
bool is_ascii_letter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }
bool is_wide_letter(char32_t c) { return (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ'); }

void typography_hazards(const std::string& field, const std::string& text, const Span& span, bool paragraph_start,
                        Diagnostics& diags) {
  std::size_t first_ascii_digit = std::string::npos, first_wide_digit = std::string::npos;
  std::size_t first_ascii_letter = std::string::npos, first_wide_letter = std::string::npos;
  char32_t previous = 0;
  std::size_t previous_at = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t here = i;
    const char32_t c = utf8::next(text, i);
    if (is_halfwidth_katakana(c) && !is_halfwidth_katakana(previous)) {
      // One finding for a run of them.
      std::size_t end = i;
      for (std::size_t k = i; k < text.size();) {
        if (!is_halfwidth_katakana(utf8::next(text, k))) break;
        end = k;
      }
      diags.warning(at(span, text, here), field + ": half-width katakana '" + text.substr(here, end - here) + "'",
                    {"write full-width katakana: half-width forms print narrow and break JLREQ spacing"});
      diags.tag("halfwidth-katakana");
    }
    if (is_ascii_digit(c) && first_ascii_digit == std::string::npos) first_ascii_digit = here;
    if (is_wide_digit(c) && first_wide_digit == std::string::npos) first_wide_digit = here;
    if (is_ascii_letter(c) && first_ascii_letter == std::string::npos) first_ascii_letter = here;
    if (is_wide_letter(c) && first_wide_letter == std::string::npos) first_wide_letter = here;
    const jlreq::CharClass k = jlreq::classify(c);
    if (c == previous && (k == jlreq::CharClass::comma || k == jlreq::CharClass::full_stop)) {
      diags.warning(at(span, text, previous_at), field + ": doubled punctuation '" + text.substr(previous_at, i - previous_at) + "'");
      diags.tag("doubled-punctuation");
    }
    previous = c;
    previous_at = here;
  }
  if (first_ascii_digit != std::string::npos && first_wide_digit != std::string::npos) {
    const std::size_t second = std::max(first_ascii_digit, first_wide_digit);
    diags.warning(at(span, text, second), field + ": full-width and half-width digits in one field",
                  {"the book sets numbers in one width; choose one (the source mostly uses half-width)"});
    diags.tag("mixed-width");
  }
  if (first_ascii_letter != std::string::npos && first_wide_letter != std::string::npos) {
    const std::size_t second = std::max(first_ascii_letter, first_wide_letter);
    diags.warning(at(span, text, second), field + ": full-width and half-width Latin letters in one field");
    diags.tag("mixed-width");
  }
  if (paragraph_start && text.starts_with("\u3000")) {
    diags.warning(span, field + ": the paragraph starts with a full-width space",
                  {"the layout sets paragraphs itself; an ideographic space here prints as a stray indent"});
    diags.tag("leading-space");
  }
}

/// `span` as `orgs/05.toml:12:3`, relative to the data directory: the
/// message is printed on the proof's pages, whose bytes must not depend on
/// how the data path was spelled (`data`, `./data`, an absolute path).
std::string in_data(const Casebook& book, const Span& span) {
  const std::filesystem::path file(span.file);
  std::filesystem::path relative = file.lexically_normal().lexically_relative(std::filesystem::path(book.dir).lexically_normal());
  if (relative.empty() || *relative.begin() == "..") relative = file.filename();
  return relative.generic_string() + ":" + std::to_string(span.line) + ":" + std::to_string(span.column);
}

}  // namespace

void find_data_hazards(const Casebook& book, Diagnostics& diags) {
  static const std::regex url(R"(^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s]*)?$)");
  for (const Organization& org : book.organizations) {
    // The same 団体名 printed three times: page header, contents, profile.
    if (!org.profile.name.value.empty() && without_spaces(org.name.value) != without_spaces(org.profile.name.value) &&
        without_spaces(org.profile.name.value).find(without_spaces(org.name.value)) == std::string::npos) {
      diags.warning(org.profile.name.span,
                    "団体名 differs between the profile ('" + org.profile.name.value + "') and the page header and contents ('" +
                        org.name.value + "', " + in_data(book, org.name.span) + ")",
                    {"the report prints both; check which is right"});
      diags.tag("name-mismatch");
    }
    // 取組地域 against the prefecture written in 団体住所.
    for (const std::string& prefecture : book.taxonomy.prefectures) {
      const std::string& address = org.profile.address.value;
      if (address.find(prefecture) == std::string::npos) continue;
      bool listed = false;
      for (const Text& p : org.region.prefectures) listed = listed || p.value == prefecture;
      if (!listed) {
        diags.warning(org.profile.address.span,
                      "団体住所 is in " + prefecture + " but 取組地域 names " +
                          (org.region.prefectures.empty() ? std::string("none") : org.region.prefectures[0].value));
        diags.tag("region-mismatch");
      }
      break;
    }
    if (org.profile.website && !std::regex_match(org.profile.website->value, url)) {
      diags.warning(org.profile.website->span, "ウェブサイト '" + org.profile.website->value + "' is not a valid URL",
                    {"write it as https://example.org/"});
      diags.tag("invalid-url");
    }
    for (const Photo& photo : org.photos) {
      if (photo.caption.value.empty()) {
        diags.warning(photo.file.span, "photo '" + photo.file.value + "' has no caption");
        diags.tag("photo-caption");
      }
    }
    for_each_text(org, [&](const std::string& field, const std::string& text, const Span& span, bool start) {
      typography_hazards(field, text, span, start, diags);
    });
  }
}

void find_layout_hazards(const BookPages& book, const ProofLimits& limits, Diagnostics& diags) {
  std::string page;  // the printed page number, for the messages
  std::function<void(const Frame&)> walk = [&](const Frame& f) {
    for (const TextLine& t : f.lines) {
      const SetLine& line = t.line;
      std::string text;
      int characters = 0;
      for (const PlacedGlyph& g : line.glyphs) {
        text += g.text;
        if (!g.text.empty()) {
          std::size_t k = 0;
          const jlreq::CharClass c = jlreq::classify(utf8::next(g.text, k));
          const bool punctuation = c == jlreq::CharClass::full_stop || c == jlreq::CharClass::comma ||
                                   c == jlreq::CharClass::closing_bracket;
          characters += punctuation ? 0 : 1;
        }
      }
      if (t.source.line == 0 || t.marker || is_label(f.kind)) continue;
      const double gaps = static_cast<double>(std::max<std::size_t>(line.glyphs.size(), 2) - 1);
      if (line.adjustment_em / gaps > limits.max_stretch_em) {
        char amount[32];
        std::snprintf(amount, sizeof amount, "%.2f", line.adjustment_em / gaps);
        diags.warning(t.source, "line stretched by " + std::string(amount) + " em between characters on page " + page + ": '" + text + "'",
                      {"a word or URL that cannot break leaves the line short; rephrase or allow a break"});
        diags.tag("loose-line");
      }
      if (line.url_broken) {
        diags.note(t.source, "URL broken across lines on page " + page + " after '" + text + "'");
        diags.tag("url-broken");
      }
      if (line.last && line.index > 0 && characters <= 1 && !line.glyphs.empty()) {
        diags.warning(t.source, "on page " + page + " the paragraph's last line holds a single character: '" + text + "'",
                      {"the line breaker re-breaks the last lines to avoid this (孤立した1文字) and could not within their "
                       "shrink and stretch allowances; a different measure or [composition] hanging_punctuation can"});
        diags.tag("single-character-line");
      }
    }
    for (const Frame& c : f.children) walk(c);
  };
  for (const Page& p : book.pages) {
    page = p.label.empty() ? std::to_string(p.number) : p.label;
    walk(p.root);
  }
}

}  // namespace casebook
