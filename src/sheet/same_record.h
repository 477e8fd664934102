#pragma once

#include "data/model.h"

namespace casebook::sheet {

/// Whether two loaded records print the same: every field's value, the
/// phrase marks, the blocks of each long text and the ★/☆ entries they
/// name, but not where in which file they were typed (spans, the path).
/// Import leaves a record alone when the row gives one equal to it.
bool same_record(const Organization& a, const Organization& b);

}  // namespace casebook::sheet
