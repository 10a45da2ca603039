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
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/campaign.hpp"
#include "creatorscope/results.hpp"
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

// Every model on the journeys, at once (ModelRun in models.hpp is the same a piece at a time).
// Channels are named in `channels`.
AttributionResult attribute(const std::vector<std::string>& channels, const std::vector<Journey>& journeys,
                            const AttributionSettings& settings = {});

// Reads "a > b > c" (the separator of ChannelAttribution and GA4 path exports), adding new
// channel names to `channels`.
std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels);
// The same, finding each name through `index` (each name in `channels` with its position, kept
// up to date here) instead of a scan: for path files with thousands of channels.
std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels,
                                      std::unordered_map<std::string, std::uint32_t>& index);

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
// None when no input holds journeys. At once: AttributionRun (attribution_run.hpp) is the same a
// piece at a time.
std::optional<AttributionResult> attribute_inputs(const std::vector<std::unique_ptr<InputFile>>& inputs,
                                                  const StringPool& strings, const AttributionSettings& settings,
                                                  const TrackedOwners& owners = {});

}  // namespace creatorscope
