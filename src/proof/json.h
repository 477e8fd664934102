#pragma once

#include <string>

#include "base/diagnostic.h"

namespace casebook {

/// The diagnostics as JSON, in the form docs/lint-schema.json describes:
/// {"version": 1, "findings": [{file, line, column, severity, kind,
/// message, hints}], "summary": {errors, warnings, notes}}.
std::string diagnostics_json(const Diagnostics& diags);

}  // namespace casebook
