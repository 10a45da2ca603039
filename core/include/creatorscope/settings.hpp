// The settings callers give the engine: the tier scheme, the red flags' thresholds and the
// attribution settings. Each is a typed value; JSON is read and written only at the edges
// (files, the page's JavaScript), and an unknown or missing name there is an error.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

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

class FlagThresholds {
public:
    static const FlagThresholds& builtin();
    // Applies the keys of a JSON object (the thresholds file's keys; others are an error).
    Status apply(const nlohmann::json& overrides);
    double get(std::string_view key) const;
    const std::map<std::string, double, std::less<>>& values() const { return values_; }

private:
    std::map<std::string, double, std::less<>> values_;
};

struct AttributionSettings {
    double lookback_days = 30;   // touches older than this before an order are not part of its journey
    double half_life_days = 7;   // time_decay on timed journeys: a touch this many days before counts half
    double half_life_steps = 7;  // time_decay on path files (no times): the same in steps back
    double first_share = 0.4, last_share = 0.4;  // position_based; the middle touches share the rest
    int markov_order = 1;                        // 1, 2 or 3

    // Overrides from a JSON object with any of the keys of to_json(); a wrong key or value is
    // an error naming it, and nothing is changed then.
    Status apply(const nlohmann::ordered_json& overrides);
    nlohmann::ordered_json to_json() const;
};

}  // namespace creatorscope
