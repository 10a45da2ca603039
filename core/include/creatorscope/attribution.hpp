// Attribution (PRODUCT.md section 4): which channels (creators among them) the conversions
// belong to, by every standard model side by side. Journeys are ordered channel paths with
// their conversions, value and non-converting journeys (nulls): read as they are from
// aggregated path files, or built here from tracked visits and orders (by user, within a
// lookback window, a redeemed discount code crediting its owner). With each creator's costs,
// the credits become CPA, ROAS and ROI. docs/attribution.md explains each model, its
// assumptions and when to trust it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/status.hpp"

namespace creatorscope {

struct Journey {
    std::vector<std::uint32_t> channels;  // indexes into the channel names, in order
    double conversions = 0;
    double value = 0;
    double nulls = 0;  // journeys along this path that did not convert
    // Days from each touch to the conversion (or, for a journey that did not convert, to its
    // last touch); empty for path files, which carry no times.
    std::vector<float> ages_days;
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

struct ChannelCredit {
    std::string channel;
    double conversions = 0;
    double value = 0;
    double share = 0;  // of all conversions
};

// A creator's campaign cost (a costs file row) and what each model says it returned.
struct CreatorReturn {
    struct ByModel {
        double conversions = 0, value = 0;
        std::optional<double> cpa;  // cost / conversions; none without conversions
        std::optional<double> roas, roi;  // value / cost, (value - cost) / cost; none without cost
    };
    std::string handle;
    std::optional<std::size_t> channel;  // index of the creator's channel, when it appears in journeys
    double fee = 0, product_cost = 0, cost = 0;
    std::string currency;
    std::map<std::string, ByModel> models;
};

// How journeys were built from visits and orders, to say what was used and what was not.
struct JourneyStats {
    std::size_t path_rows = 0;                // journeys read from path files
    std::size_t touches = 0;                  // visits read
    std::size_t touches_used = 0;             // in some journey (converting or not)
    std::size_t touches_outside_lookback = 0; // before an order, but older than the lookback
    std::size_t orders = 0;
    std::size_t orders_with_touches = 0;      // at least one visit within the lookback
    std::size_t orders_by_code_only = 0;      // no visit, but a creator's code
    std::size_t orders_unattributed = 0;      // neither: no journey (direct or untracked)
    double value_unattributed = 0;
    std::size_t code_redemptions = 0;         // orders whose code belongs to a creator
    std::map<std::string, std::size_t> unknown_codes;  // codes not in any codes file, with their orders
    std::size_t null_journeys = 0;            // visitors' journeys that did not end in an order
};

struct AttributionResult {
    double conversions = 0, value = 0;
    AttributionSettings settings;
    std::vector<std::string> models;                            // in the report's order
    std::map<std::string, std::vector<ChannelCredit>> credits;  // per model, channels in channel order
    std::vector<double> removal_effects;                        // markov, per channel
    std::size_t markov_states = 0;                              // states of the chain, start included
    std::string shapley_method;                                 // how the Shapley values were computed
    JourneyStats journeys;
    std::vector<CreatorReturn> creators;  // creators with costs, in the costs files' order
    std::string currency;                 // of the orders' values, when they name one
    std::vector<std::string> notes;       // what a marketer should know about these figures
    // Milliseconds spent per stage (heuristics, markov, shapley), for the benchmark; not reported.
    std::vector<std::pair<std::string, double>> timings_ms;
};

// Every model on the journeys. Channels are named in `channels`.
AttributionResult attribute(const std::vector<std::string>& channels, const std::vector<Journey>& journeys,
                            const AttributionSettings& settings = {});

// Reads "a > b > c" (the separator of ChannelAttribution and GA4 path exports), adding new
// channel names to `channels`.
std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels);

// Visit-level data: a tracked visit and an order, with users and channels as small ids.
struct Touch {
    std::uint32_t user = 0;
    std::int64_t time = 0;  // Unix seconds
    std::uint32_t channel = 0;
};
struct Order {
    std::optional<std::uint32_t> user;  // none when the order names no user
    std::optional<std::int64_t> time;   // none when the order has no time
    double value = 0;
    std::optional<std::uint32_t> code_channel;  // the channel of the creator whose code was redeemed
};

// One journey per order: the user's visits within `lookback_days` before it and after their
// previous order, then the redeemed code's owner as the last touch. The visits of a user that
// did not end in an order make one non-converting journey (within the lookback of its last
// visit). Orders with neither visits nor a creator's code are counted, not attributed.
std::vector<Journey> build_journeys(std::vector<Touch> touches, std::vector<Order> orders, double lookback_days,
                                    JourneyStats& stats);

// Each creator's cost against what every model credits their channel with.
std::vector<CreatorReturn> creator_returns(const AttributionResult& result, std::vector<CreatorReturn> costs,
                                           const std::vector<std::string>& channels);

}  // namespace creatorscope

namespace creatorscope {

class InputFile;
class StringPool;

// Attribution over the loaded inputs: path files as they are, journeys built from touchpoints
// and conversions (codes files naming each code's owner), costs files joined per creator.
// None when no input holds journeys.
std::optional<AttributionResult> attribute_inputs(const std::vector<std::unique_ptr<InputFile>>& inputs,
                                                  const StringPool& strings, const AttributionSettings& settings);

}  // namespace creatorscope
