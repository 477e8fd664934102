#pragma once

#include <string>

#include "data/model.h"

namespace casebook::sheet {

/// The TOML of a new record numbered `number`, for `casebook new`: every
/// field of data/README.md in order, each with its Japanese label as a
/// comment and an example value that loads without a diagnostic (marks
/// and prefecture taken from `taxonomy`, which must be loaded), the lists
/// of allowed names as comments, and the optional photos as a commented
/// example (a photo file must exist).
std::string record_template(int number, const Taxonomy& taxonomy);

}  // namespace casebook::sheet
