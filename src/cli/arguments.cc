#include "cli/arguments.h"

#include <charconv>
#include <cmath>
#include <iostream>

#include "cli/commands.h"

namespace casebook::cli {

std::optional<long> parse_integer(std::string_view text, long min, long max) {
  long value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < min || value > max) return std::nullopt;
  return value;
}

std::optional<double> parse_number(std::string_view text, double min, double max) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::fixed);
  if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value) || value < min || value > max) {
    return std::nullopt;
  }
  return value;
}

void Arguments::option(std::string name, std::string* value, std::string alias) {
  options_.push_back(Option{std::move(name), std::move(alias), value, nullptr});
}

void Arguments::flag(std::string name, bool* value) { options_.push_back(Option{std::move(name), "", nullptr, value}); }

void Arguments::positional(std::string* value, std::string name, bool* given) {
  positional_ = value;
  positional_name_ = std::move(name);
  positional_given_ = given;
}

int Arguments::error(const std::string& message) const { return usage(command_ + ": " + message, command_); }

std::optional<int> Arguments::parse(const std::vector<std::string>& args) {
  bool have_positional = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << help_;
      return ok;
    }
    const Option* match = nullptr;
    for (const Option& o : options_) {
      if (a == o.name || (!o.alias.empty() && a == o.alias)) match = &o;
    }
    if (match && match->flag) {
      *match->flag = true;
    } else if (match) {
      if (i + 1 == args.size()) return error(a + " needs a value");
      *match->value = args[++i];
    } else if (a.starts_with("-") && a != "-") {
      return error("unknown option '" + a + "'");
    } else if (!positional_) {
      return error("unexpected argument '" + a + "'");
    } else if (have_positional) {
      return error("more than one " + positional_name_ + " given");
    } else {
      *positional_ = a;
      have_positional = true;
      if (positional_given_) *positional_given_ = true;
    }
  }
  return std::nullopt;
}

}  // namespace casebook::cli
