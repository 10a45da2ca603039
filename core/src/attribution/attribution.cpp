// The attribution settings, channel paths, creators' returns. The models are in models.cpp (the
// Markov chain in markov.cpp), journeys from visits and orders in journey_builder.cpp.
#include "attribution/attribution.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "model/text.hpp"

namespace creatorscope {

namespace {

std::optional<double> positive_number(const nlohmann::ordered_json& value) {
    if (!value.is_number()) return std::nullopt;
    const double x = value.get<double>();
    if (!std::isfinite(x) || x <= 0) return std::nullopt;
    return x;
}

}  // namespace

Status AttributionSettings::apply(const nlohmann::ordered_json& overrides) {
    if (overrides.is_null()) return Status::ok();
    if (!overrides.is_object()) return Status::error("the attribution settings must be a JSON object");
    AttributionSettings next = *this;
    for (const auto& [key, value] : overrides.items()) {
        if (key == "lookback_days") {
            next.given |= gives_lookback;
            const auto x = positive_number(value);
            if (!x || *x > 3660) return Status::error("lookback_days must be a number of days from 1 to 3660");
            next.lookback_days = *x;
        } else if (key == "time_decay_half_life_days") {
            next.given |= gives_half_life;
            const auto x = positive_number(value);
            if (!x) return Status::error("time_decay_half_life_days must be a positive number of days");
            next.half_life_days = *x;
        } else if (key == "time_decay_half_life_steps") {
            next.given |= gives_half_life_steps;
            const auto x = positive_number(value);
            if (!x) return Status::error("time_decay_half_life_steps must be a positive number of steps");
            next.half_life_steps = *x;
        } else if (key == "position_based") {
            next.given |= gives_position;
            if (!value.is_array() || value.size() != 3 || !value[0].is_number() || !value[1].is_number() || !value[2].is_number()) {
                return Status::error("position_based must be three shares [first, middle, last], like [0.4, 0.2, 0.4]");
            }
            const double first = value[0].get<double>(), middle = value[1].get<double>(), last = value[2].get<double>();
            if (first < 0 || middle < 0 || last < 0 || std::fabs(first + middle + last - 1) > 1e-6 || first + last <= 0) {
                return Status::error("position_based shares must be 0 or more and add up to 1");
            }
            next.first_share = first;
            next.last_share = last;
        } else if (key == "markov_order") {
            next.given |= gives_markov;
            if (!value.is_number_integer() || value.get<int>() < 1 || value.get<int>() > 3) {
                return Status::error("markov_order must be 1, 2 or 3");
            }
            next.markov_order = value.get<int>();
        } else {
            return Status::error("unknown attribution setting '" + key +
                                 "' (known: lookback_days, time_decay_half_life_days, time_decay_half_life_steps, "
                                 "position_based, markov_order)");
        }
    }
    *this = next;
    return Status::ok();
}

Status AttributionSettings::parse(std::string_view json_text, AttributionSettings& out) {
    const auto document = nlohmann::ordered_json::parse(json_text, nullptr, false);
    if (document.is_discarded()) return Status::error("the attribution settings are not valid JSON");
    if (!document.is_object()) return Status::error("the attribution settings must be a JSON object");
    AttributionSettings layer;
    layer.given = 0;
    if (auto status = layer.apply(document); !status) return status;
    out = layer;
    return Status::ok();
}

Status AttributionSettings::check() const {
    AttributionSettings copy;
    return copy.apply(nlohmann::ordered_json::parse(given_json()));
}

AttributionSettings AttributionSettings::with(const AttributionSettings& over) const {
    AttributionSettings out = *this;
    if (over.given & gives_lookback) out.lookback_days = over.lookback_days;
    if (over.given & gives_half_life) out.half_life_days = over.half_life_days;
    if (over.given & gives_half_life_steps) out.half_life_steps = over.half_life_steps;
    if (over.given & gives_position) {
        out.first_share = over.first_share;
        out.last_share = over.last_share;
    }
    if (over.given & gives_markov) out.markov_order = over.markov_order;
    out.given = given | over.given;
    return out;
}

std::string AttributionSettings::given_json() const {
    const nlohmann::ordered_json all_fields = to_json();
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    const std::pair<const char*, unsigned> names[] = {{"lookback_days", gives_lookback}, {"time_decay_half_life_days", gives_half_life},
                                                      {"time_decay_half_life_steps", gives_half_life_steps},
                                                      {"position_based", gives_position}, {"markov_order", gives_markov}};
    for (const auto& [name, bit] : names) {
        if (!(given & bit)) continue;
        const auto& value = all_fields[name];
        // Whole numbers as a person writes them ("lookback_days": 14, not 14.0).
        const bool whole = value.is_number_float() && value.get<double>() == std::floor(value.get<double>()) &&
                           std::fabs(value.get<double>()) < 1e15;
        out[name] = whole ? nlohmann::ordered_json(static_cast<std::int64_t>(value.get<double>())) : value;
    }
    return out.dump();
}

nlohmann::ordered_json AttributionSettings::to_json() const {
    const auto round6 = [](double x) { return std::round(x * 1e6) / 1e6; };
    return {{"lookback_days", lookback_days},
            {"time_decay_half_life_days", half_life_days},
            {"time_decay_half_life_steps", half_life_steps},
            {"position_based", {round6(first_share), round6(1 - first_share - last_share), round6(last_share)}},
            {"markov_order", markov_order}};
}

std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels) {
    std::vector<std::uint32_t> out;
    for (const std::string_view step : split_trimmed(path, ">")) {
        auto it = std::find(channels.begin(), channels.end(), step);
        if (it == channels.end()) {
            channels.emplace_back(step);
            it = channels.end() - 1;
        }
        out.push_back(static_cast<std::uint32_t>(it - channels.begin()));
    }
    return out;
}

std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels,
                                      std::unordered_map<std::string, std::uint32_t>& index) {
    std::vector<std::uint32_t> out;
    for (const std::string_view step : split_trimmed(path, ">")) {
        const auto [it, added] = index.try_emplace(std::string(step), static_cast<std::uint32_t>(channels.size()));
        if (added) channels.emplace_back(step);
        out.push_back(it->second);
    }
    return out;
}

std::vector<CreatorReturn> creator_returns(const AttributionResult& result, std::vector<CreatorReturn> costs,
                                           const std::vector<std::string>& channels) {
    for (auto& creator : costs) {
        creator.cost = creator.fee + creator.product_cost;
        const auto it = std::find(channels.begin(), channels.end(), creator.handle);
        if (it != channels.end()) creator.channel = static_cast<std::size_t>(it - channels.begin());
        for (const auto& model : result.models) {
            CreatorReturn::ByModel figures;
            if (creator.channel) {
                const ChannelCredit& credit = result.credits.at(model)[*creator.channel];
                figures.conversions = credit.conversions;
                figures.value = credit.value;
            }
            if (figures.conversions > 0) figures.cpa = creator.cost / figures.conversions;
            if (creator.cost > 0) {
                figures.roas = figures.value / creator.cost;
                figures.roi = (figures.value - creator.cost) / creator.cost;
            }
            creator.models[model] = figures;
        }
    }
    return costs;
}

}  // namespace creatorscope
