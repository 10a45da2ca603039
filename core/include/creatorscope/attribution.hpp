// Attribution (PRODUCT.md section 4): which channels (creators among them) the conversions
// belong to, by every standard model side by side. Journeys are ordered channel paths with
// their conversions, value and non-converting journeys (nulls), as aggregated path files give
// them. docs/attribution.md explains each model, its assumptions and when to trust it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace creatorscope {

struct Journey {
    std::vector<std::uint32_t> channels;  // indexes into the channel names, in order
    double conversions = 0;
    double value = 0;
    double nulls = 0;  // journeys along this path that did not convert
};

struct AttributionSettings {
    double half_life_steps = 7;  // time_decay: a touch this many steps before the last counts half
    double first_share = 0.4, last_share = 0.4;  // position_based; the middle touches share the rest
    int markov_order = 1;                        // 1, 2 or 3
};

struct ChannelCredit {
    std::string channel;
    double conversions = 0;
    double value = 0;
    double share = 0;  // of all conversions
};

struct AttributionResult {
    double conversions = 0, value = 0;
    std::vector<std::string> models;                            // in the report's order
    std::map<std::string, std::vector<ChannelCredit>> credits;  // per model, channels in name order
    std::vector<double> removal_effects;                        // markov, per channel
    std::string shapley_method;                                 // how the Shapley values were computed
};

// Every model on the journeys. Channels are named in `channels`.
AttributionResult attribute(const std::vector<std::string>& channels, const std::vector<Journey>& journeys,
                            const AttributionSettings& settings = {});

// Reads "a > b > c" (the separator of ChannelAttribution and GA4 path exports; also "," and "|"
// with spaces around), adding new channel names to `channels`.
std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels);

}  // namespace creatorscope
