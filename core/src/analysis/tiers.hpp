// Tier schemes as data: named follower thresholds, with optional per-platform overrides.
// The built-in schemes are the JSON files of assets/tiers, compiled in at build time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/settings.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

// The JSON texts of the built-in schemes (generated from assets/tiers at build time).
const std::vector<std::string_view>& builtin_tier_scheme_texts();

}  // namespace creatorscope
