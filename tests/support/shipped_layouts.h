#pragma once

// Tests run once per shipped layout (layouts/casebook-a4.toml and -b5.toml),
// each instance named after its layout.

#include <string>

#include <gtest/gtest.h>

namespace casebook::testing_support {

/// The shipped layouts' file names, as a test's parameters.
inline auto shipped_layouts() {
  return ::testing::Values(std::string("casebook-a4.toml"), std::string("casebook-b5.toml"));
}

/// The name of a test instance after its layout: "casebook-a4.toml" gives "a4".
inline std::string layout_name(const ::testing::TestParamInfo<std::string>& info) { return info.param.substr(9, 2); }

}  // namespace casebook::testing_support
