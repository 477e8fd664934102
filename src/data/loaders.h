#pragma once

// The per-file loaders behind load_casebook(); internal to the data stage.

#include <optional>
#include <string>

#include <toml++/toml.h>

#include "base/diagnostic.h"
#include "data/model.h"
#include "data/source_file.h"

namespace casebook {

/// Reads a file, checks it is UTF-8 and parses it as TOML. A missing file,
/// ill-formed UTF-8 or a TOML syntax error is reported and gives nullopt.
std::optional<toml::table> parse_toml_file(const SourceFile& file, Diagnostics& diags);

Taxonomy load_taxonomy(const SourceFile& file, const toml::table& root, Diagnostics& diags);
FrontMatter load_front_matter(const SourceFile& file, const toml::table& root, Diagnostics& diags);
Organization load_organization(const SourceFile& file, const toml::table& root, const Taxonomy& taxonomy,
                               Diagnostics& diags);

/// Which grid a name is looked up in.
enum class Grid { activities, targets };

/// The index of the taxonomy entry `name` denotes in `grid` — by canonical
/// name, alias, or either with the spaces around Latin text left out —
/// or -1.
int find_entry(const Taxonomy& taxonomy, Grid grid, const std::string& name);

}  // namespace casebook
