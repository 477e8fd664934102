#include "base/i18n.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <cstring>

namespace casebook {

namespace {
constexpr const char* kDomain = "casebook";
}

const char* tr(const char* msgid) { return ::dgettext(kDomain, msgid); }

std::string trn(const char* singular, const char* plural, long long n) {
  // ngettext takes an unsigned long: counts here are never negative.
  const unsigned long count = n < 0 ? 0ul : static_cast<unsigned long>(n);
  return format(::dngettext(kDomain, singular, plural, count), {std::to_string(n)});
}

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    if (c == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos && close > i + 1 && close - i <= 3) {
        std::size_t index = 0;
        bool digits = true;
        for (std::size_t k = i + 1; k < close; ++k) {
          digits = digits && pattern[k] >= '0' && pattern[k] <= '9';
          index = index * 10 + static_cast<std::size_t>(pattern[k] - '0');
        }
        if (digits && index < args.size()) {
          out += *(args.begin() + index);
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

void init_messages(const std::string& locale_dir) {
  // The user's locale for messages only: numbers, character classes and
  // collation stay "C", so the PDF's numbers never get a decimal comma.
  if (!std::setlocale(LC_MESSAGES, "")) {
    // The environment names a locale that is not installed (ja_JP.UTF-8 in
    // a container without locales): still speak its language, through
    // C.UTF-8 and LANGUAGE, which gettext honours in any locale but "C".
    const char* names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (const char* name : names) {
      const char* value = std::getenv(name);
      if (!value || !*value) continue;
      const std::string language(value, std::strcspn(value, "_.@"));
      const char* given = std::getenv("LANGUAGE");
      if (language != "C" && language != "POSIX" && std::setlocale(LC_MESSAGES, "C.UTF-8") && (!given || !*given)) {
        ::setenv("LANGUAGE", language.c_str(), 1);
      }
      break;
    }
  }
  ::bindtextdomain(kDomain, locale_dir.c_str());
  ::bind_textdomain_codeset(kDomain, "UTF-8");
}

}  // namespace casebook
