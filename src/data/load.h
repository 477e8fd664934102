#pragma once

#include <string>

#include "base/diagnostic.h"
#include "data/model.h"

namespace casebook {

/// Reads a data directory (casebook.toml, taxonomy.toml, orgs/*.toml) into
/// a Casebook, validating everything a person can get wrong by hand.
/// Every problem goes to `diags`, all of them in one run; the returned
/// casebook holds whatever could be read, and is fit for the later stages
/// only when `diags.has_errors()` is false. Paths in diagnostics start with
/// `dir` as given ("data/orgs/05.toml").
Casebook load_casebook(const std::string& dir, Diagnostics& diags);

}  // namespace casebook
