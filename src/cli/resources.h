#pragma once

#include <string>

namespace casebook::cli {

/// The folder holding the layouts and fonts casebook ships (it has
/// `layouts/` and `fonts/`): `../share/casebook` of the running executable
/// when casebook is installed (P/bin/casebook → P/share/casebook), else
/// `share/casebook` beside the executable, which the build tree links to
/// the source's folders. Found from /proc/self/exe, never from a path
/// compiled in, so an installed prefix can be moved. Empty when neither
/// exists.
std::string share_dir();

/// Where compiled message catalogs lie (`<lang>/LC_MESSAGES/casebook.mo`),
/// for bindtextdomain: `../share/locale` of the executable when installed,
/// else `locale` beside it (the build tree). Empty when neither exists.
std::string locale_dir();

}  // namespace casebook::cli
