// Tier schemes as data: named follower thresholds, with optional per-platform overrides.
// The built-in schemes are the JSON files of assets/tiers, compiled in at build time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/status.hpp"

namespace creatorscope {

struct Tier {
    std::string name;
    double min_followers = 0;
};

class TierScheme {
public:
    // Reads a scheme from its JSON text (the format of assets/tiers/*.json).
    static Status parse(std::string_view json_text, TierScheme& out);
    // A built-in scheme by name ("guide", "five-band"), or nullopt.
    static std::optional<TierScheme> builtin(std::string_view name);
    static std::vector<std::string> builtin_names();

    const std::string& name() const { return name_; }
    const std::string& source() const { return source_; }
    // The tier for a follower count on a platform; nullopt below the first threshold or when
    // the count is missing.
    std::optional<std::string> tier_for(double followers, std::string_view platform) const;
    const std::vector<Tier>& tiers(std::string_view platform = {}) const;

private:
    std::string name_;
    std::string title_;
    std::string source_;
    std::vector<Tier> tiers_;                             // ascending thresholds
    std::map<std::string, std::vector<Tier>> platforms_;  // per-platform overrides
};

// The JSON texts of the built-in schemes (generated from assets/tiers at build time).
const std::vector<std::string_view>& builtin_tier_scheme_texts();

}  // namespace creatorscope
