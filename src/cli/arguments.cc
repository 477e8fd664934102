#include "cli/arguments.h"

#include <charconv>
#include <cmath>
#include <iostream>

#include "base/diagnostic.h"
#include "base/i18n.h"
#include "base/spelling.h"
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

GlobalOption take_global_option(const std::vector<std::string>& args, std::size_t& i, std::string* problem) {
  const std::string& a = args[i];
  std::string name = a, value;
  bool inline_value = false;
  if (const std::size_t eq = a.find('='); a.starts_with("--") && eq != std::string::npos) {
    name = a.substr(0, eq);
    value = a.substr(eq + 1);
    inline_value = true;
  }
  if (name != "--color" && name != "--message-format") return GlobalOption::none;
  if (!inline_value) {
    if (i + 1 == args.size()) {
      *problem = format(tr("{0} needs a value"), {name});
      return GlobalOption::invalid;
    }
    value = args[++i];
  }
  DiagnosticStyle style = diagnostic_style();
  if (name == "--color") {
    if (value == "auto") style.color = ColorChoice::automatic;
    else if (value == "always") style.color = ColorChoice::always;
    else if (value == "never") style.color = ColorChoice::never;
    else {
      *problem = format(tr("--color takes auto, always or never, not '{0}'"), {value});
      return GlobalOption::invalid;
    }
  } else {
    if (value == "human") style.format = MessageFormat::human;
    else if (value == "short") style.format = MessageFormat::short_form;
    else {
      *problem = format(tr("--message-format takes human or short, not '{0}'"), {value});
      return GlobalOption::invalid;
    }
  }
  set_diagnostic_style(style);
  return GlobalOption::taken;
}

std::optional<int> Arguments::parse(const std::vector<std::string>& args) {
  bool have_positional = false, options_ended = false;
  const auto take_positional = [&](const std::string& a) -> std::optional<int> {
    if (!positional_) return error(format(tr("unexpected argument '{0}'"), {a}));
    if (have_positional) return error("more than one " + positional_name_ + " given");
    *positional_ = a;
    have_positional = true;
    if (positional_given_) *positional_given_ = true;
    return std::nullopt;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_ended || a == "-" || !a.starts_with("-")) {
      if (auto stop = take_positional(a)) return stop;
      continue;
    }
    if (a == "--") {  // POSIX: what follows is an operand, even "-x"
      options_ended = true;
      continue;
    }
    if (a == "-h" || a == "--help") {
      std::cout << tr(help_);
      return ok;
    }
    std::string problem;
    switch (take_global_option(args, i, &problem)) {
      case GlobalOption::taken: continue;
      case GlobalOption::invalid: return error(problem);
      case GlobalOption::none: break;
    }
    // --name=value, -oVALUE, or the name alone with the value next.
    std::string name = a;
    std::optional<std::string> attached;
    if (const std::size_t eq = a.find('='); a.starts_with("--") && eq != std::string::npos) {
      name = a.substr(0, eq);
      attached = a.substr(eq + 1);
    }
    const Option* match = nullptr;
    for (const Option& o : options_) {
      if (name == o.name || (!o.alias.empty() && name == o.alias)) match = &o;
    }
    if (!match && !a.starts_with("--") && a.size() > 2) {
      for (const Option& o : options_) {
        if (o.value && o.alias.size() == 2 && a.starts_with(o.alias)) {
          match = &o;
          attached = a.substr(2);
        }
      }
    }
    if (match && match->flag) {
      if (attached) return error(format(tr("{0} takes no value"), {name}));
      *match->flag = true;
    } else if (match) {
      if (attached) {
        *match->value = *attached;
      } else {
        if (i + 1 == args.size()) return error(format(tr("{0} needs a value"), {a}));
        *match->value = args[++i];
      }
    } else {
      std::vector<std::string> names = {"--help", "--color", "--message-format"};
      for (const Option& o : options_) names.push_back(o.name);
      const auto near = nearest(name, names);
      return error(near ? format(tr("unknown option '{0}'; did you mean '{1}'?"), {a, *near})
                        : format(tr("unknown option '{0}'"), {a}));
    }
  }
  return std::nullopt;
}

}  // namespace casebook::cli
