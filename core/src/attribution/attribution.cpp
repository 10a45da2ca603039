// The attribution models on channel journeys: heuristics, Markov removal effects from the
// absorbing chain, Shapley values; journeys built from visits and orders; creators' returns.
#include "attribution/attribution.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "model/text.hpp"

namespace creatorscope {

namespace {

constexpr std::size_t max_exact_shapley_channels = 15;
constexpr double seconds_per_day = 86400.0;

enum Model : std::size_t { first_touch, last_touch, linear, time_decay, position_based, markov, shapley, model_count };
constexpr std::array<const char*, model_count> model_names{"first_touch", "last_touch", "linear", "time_decay",
                                                           "position_based", "markov", "shapley"};

// Markov chain over states of `order` consecutive channels, built as ChannelAttribution builds
// it: a journey a > b > c of order 2 goes start -> (a, b) -> (b, c) -> conversion or null; a
// journey shorter than the order is one state. A state repeated in a row is one visit (a
// self-loop does not change where a journey ends, and ChannelAttribution drops them too).
class MarkovChain {
public:
    MarkovChain(const std::vector<Journey>& journeys, std::size_t channel_count, int order) {
        // Up to three channel indexes packed in 21 bits each; more channels than that fit only
        // first order.
        order_ = channel_count < (std::size_t{1} << 21) - 1 ? static_cast<std::size_t>(std::clamp(order, 1, 3)) : 1;
        keys_.push_back({});  // the start
        conversions_.push_back(0);
        nulls_.push_back(0);
        std::unordered_map<std::uint64_t, std::uint32_t> ids;
        std::unordered_map<std::uint64_t, double> edges;  // from << 32 | to
        for (const auto& journey : journeys) {
            const double weight = journey.conversions + journey.nulls;
            const std::size_t m = journey.channels.size();
            if (m == 0 || weight <= 0) continue;
            const std::size_t length = std::min(order_, m);
            const std::size_t windows = m - length + 1;
            std::uint32_t from = 0;
            for (std::size_t w = 0; w < windows; ++w) {
                std::uint64_t key = 0;
                Key channels{};
                for (std::size_t k = 0; k < length; ++k) {
                    channels.ids[k] = journey.channels[w + k];
                    key |= (static_cast<std::uint64_t>(journey.channels[w + k]) + 1) << (21 * k);
                }
                channels.length = static_cast<std::uint8_t>(length);
                const auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(keys_.size()));
                if (added) {
                    keys_.push_back(channels);
                    conversions_.push_back(0);
                    nulls_.push_back(0);
                }
                const std::uint32_t to = it->second;
                if (to != from) edges[(static_cast<std::uint64_t>(from) << 32) | to] += weight;
                from = to;
            }
            conversions_[from] += journey.conversions;
            nulls_[from] += journey.nulls;
        }
        // Probabilities out of each state, as compressed rows.
        const std::size_t states = keys_.size();
        std::vector<double> out_total(states, 0.0);
        for (std::size_t s = 0; s < states; ++s) out_total[s] = conversions_[s] + nulls_[s];
        std::vector<std::uint32_t> row_count(states + 1, 0);
        for (const auto& [key, w] : edges) {
            out_total[key >> 32] += w;
            ++row_count[(key >> 32) + 1];
        }
        row_start_.assign(states + 1, 0);
        for (std::size_t s = 0; s < states; ++s) row_start_[s + 1] = row_start_[s] + row_count[s + 1];
        targets_.resize(edges.size());
        probabilities_.resize(edges.size());
        std::vector<std::uint32_t> fill(row_start_.begin(), row_start_.end() - 1);
        for (const auto& [key, w] : edges) {
            const auto from = static_cast<std::size_t>(key >> 32);
            const std::uint32_t at = fill[from]++;
            targets_[at] = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
            probabilities_[at] = w / out_total[from];
        }
        // Rows in a fixed order, so that results do not depend on the hash map's.
        for (std::size_t s = 0; s < states; ++s) {
            std::vector<std::pair<std::uint32_t, double>> row;
            for (std::uint32_t e = row_start_[s]; e < row_start_[s + 1]; ++e) row.emplace_back(targets_[e], probabilities_[e]);
            std::sort(row.begin(), row.end());
            for (std::size_t k = 0; k < row.size(); ++k) {
                targets_[row_start_[s] + k] = row[k].first;
                probabilities_[row_start_[s] + k] = row[k].second;
            }
        }
        to_conversion_.assign(states, 0.0);
        for (std::size_t s = 0; s < states; ++s) to_conversion_[s] = out_total[s] > 0 ? conversions_[s] / out_total[s] : 0.0;
    }

    // The probability that a journey from the start converts, with `removed` (if any) sending
    // every journey that reaches a state holding it to null. Gauss-Seidel on p = Q p + r until
    // it stops changing (to 1e-13): the chain is absorbing, so this is the exact solution of
    // (I - Q) p = r, not a simulation.
    double conversion_probability(std::optional<std::uint32_t> removed) const {
        const std::size_t states = keys_.size();
        std::vector<char> blocked(states, 0);
        if (removed) {
            for (std::size_t s = 1; s < states; ++s) {
                for (std::size_t k = 0; k < keys_[s].length; ++k) blocked[s] = blocked[s] || keys_[s].ids[k] == *removed;
            }
        }
        std::vector<double> p(states, 0.0);
        for (int iteration = 0; iteration < 100000; ++iteration) {
            double change = 0;
            for (std::size_t s = states; s-- > 0;) {  // later states first: journeys mostly move forward
                if (blocked[s]) continue;               // reaching it is reaching null: p stays 0
                double value = to_conversion_[s];
                for (std::uint32_t e = row_start_[s]; e < row_start_[s + 1]; ++e) value += probabilities_[e] * p[targets_[e]];
                change = std::max(change, std::fabs(value - p[s]));
                p[s] = value;
            }
            if (change < 1e-13) break;
        }
        return p[0];
    }

    std::size_t order() const { return order_; }
    std::size_t states() const { return keys_.size(); }

private:
    struct Key {
        std::array<std::uint32_t, 3> ids{};
        std::uint8_t length = 0;
    };
    std::size_t order_ = 1;
    std::vector<Key> keys_;
    std::vector<double> conversions_, nulls_, to_conversion_;
    std::vector<std::uint32_t> row_start_, targets_;
    std::vector<double> probabilities_;
};

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

AttributionResult attribute(const std::vector<std::string>& channels, const std::vector<Journey>& journeys,
                            const AttributionSettings& settings) {
    AttributionResult result;
    result.settings = settings;
    auto clock = std::chrono::steady_clock::now();
    const auto lap = [&](const char* stage) {
        const auto now = std::chrono::steady_clock::now();
        result.timings_ms.emplace_back(stage, std::chrono::duration<double, std::milli>(now - clock).count());
        clock = now;
    };
    const std::size_t n = channels.size();
    for (const auto& j : journeys) {
        if (j.channels.empty()) continue;
        result.conversions += j.conversions;
        result.value += j.value;
    }
    result.models.assign(model_names.begin(), model_names.end());
    if (result.conversions == 0) result.notes.push_back("the journeys hold no conversions: every model credits zero");
    std::vector<std::vector<double>> conversions(model_count, std::vector<double>(n, 0.0)), value = conversions;
    std::vector<double> w;
    const auto credit = [&](Model model, const Journey& j) {
        for (std::size_t k = 0; k < j.channels.size(); ++k) {
            conversions[model][j.channels[k]] += j.conversions * w[k];
            value[model][j.channels[k]] += j.value * w[k];
        }
    };
    for (const auto& j : journeys) {
        const std::size_t m = j.channels.size();
        if (m == 0 || (j.conversions == 0 && j.value == 0)) continue;
        conversions[first_touch][j.channels.front()] += j.conversions;
        value[first_touch][j.channels.front()] += j.value;
        conversions[last_touch][j.channels.back()] += j.conversions;
        value[last_touch][j.channels.back()] += j.value;
        w.assign(m, 1.0 / static_cast<double>(m));
        credit(linear, j);
        // Time decay: 2^(-days before the conversion / half-life), or by steps back from the
        // last touch when the journey has no times; normalised to 1 per journey.
        const bool timed = j.ages_days.size() == m;
        double total = 0;
        for (std::size_t k = 0; k < m; ++k) {
            total += w[k] = timed ? std::exp2(-std::max(0.0, static_cast<double>(j.ages_days[k])) / settings.half_life_days)
                                  : std::exp2(-static_cast<double>(m - 1 - k) / settings.half_life_steps);
        }
        for (double& x : w) x /= total;
        credit(time_decay, j);
        // Position based: first and last get their shares, the middle ones split the rest; one
        // touch takes everything, two split first + last between them in proportion.
        if (m == 1) {
            w[0] = 1.0;
        } else if (m == 2) {
            const double sum = settings.first_share + settings.last_share;
            w[0] = settings.first_share / sum;
            w[1] = settings.last_share / sum;
        } else {
            std::fill(w.begin(), w.end(), (1 - settings.first_share - settings.last_share) / static_cast<double>(m - 2));
            w[0] = settings.first_share;
            w[m - 1] = settings.last_share;
        }
        credit(position_based, j);
    }

    lap("heuristics");

    // Markov: removal effects from the absorbing chain; conversions and value split by them.
    {
        const MarkovChain chain(journeys, n, settings.markov_order);
        if (static_cast<int>(chain.order()) != settings.markov_order) {
            result.notes.push_back("Markov: too many channels for order " + std::to_string(settings.markov_order) + "; first order used");
        }
        result.markov_states = chain.states();
        const double full = chain.conversion_probability(std::nullopt);
        result.removal_effects.assign(n, 0.0);
        double sum = 0;
        for (std::size_t c = 0; c < n; ++c) {
            const double without = chain.conversion_probability(static_cast<std::uint32_t>(c));
            result.removal_effects[c] = full > 0 ? std::clamp(1.0 - without / full, 0.0, 1.0) : 0.0;
            sum += result.removal_effects[c];
        }
        for (std::size_t c = 0; c < n; ++c) {
            conversions[markov][c] = sum > 0 ? result.conversions * result.removal_effects[c] / sum : 0;
            value[markov][c] = sum > 0 ? result.value * result.removal_effects[c] / sum : 0;
        }
    }

    lap("markov");

    // Shapley: a coalition of channels is worth the conversions of the journeys whose channels all
    // belong to it. Exact over every coalition up to 15 channels; above, each journey's
    // conversions split equally among its distinct channels, which is the same value in closed
    // form (each journey is a unanimity game), computed without enumerating coalitions.
    if (n > 0 && n <= max_exact_shapley_channels) {
        const std::size_t subsets = std::size_t{1} << n;
        std::vector<double> v_conv(subsets, 0.0), v_value(subsets, 0.0);
        for (const auto& j : journeys) {
            std::size_t mask = 0;
            for (std::uint32_t c : j.channels) mask |= std::size_t{1} << c;
            if (mask == 0) continue;
            v_conv[mask] += j.conversions;
            v_value[mask] += j.value;
        }
        for (std::size_t bit = 0; bit < n; ++bit) {  // sum over subsets
            for (std::size_t mask = 0; mask < subsets; ++mask) {
                if (mask & (std::size_t{1} << bit)) {
                    v_conv[mask] += v_conv[mask ^ (std::size_t{1} << bit)];
                    v_value[mask] += v_value[mask ^ (std::size_t{1} << bit)];
                }
            }
        }
        std::vector<double> weight(n, 0.0);  // |S|! (n - |S| - 1)! / n!
        for (std::size_t s = 0; s < n; ++s) {
            weight[s] = std::exp(std::lgamma(static_cast<double>(s) + 1) + std::lgamma(static_cast<double>(n - s)) -
                                 std::lgamma(static_cast<double>(n) + 1));
        }
        for (std::size_t mask = 0; mask < subsets; ++mask) {
            const auto size = static_cast<std::size_t>(std::popcount(mask));
            for (std::size_t c = 0; c < n; ++c) {
                if (mask & (std::size_t{1} << c)) continue;
                const std::size_t with = mask | (std::size_t{1} << c);
                conversions[shapley][c] += weight[size] * (v_conv[with] - v_conv[mask]);
                value[shapley][c] += weight[size] * (v_value[with] - v_value[mask]);
            }
        }
        result.shapley_method = "exact: every coalition of the " + std::to_string(n) + " channels";
    } else if (n > 0) {
        std::vector<std::uint32_t> distinct;
        for (const auto& j : journeys) {
            distinct = j.channels;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            for (std::uint32_t c : distinct) {
                conversions[shapley][c] += j.conversions / static_cast<double>(distinct.size());
                value[shapley][c] += j.value / static_cast<double>(distinct.size());
            }
        }
        result.shapley_method = "closed form (more than 15 channels): each journey's conversions split equally among its distinct channels";
    }

    lap("shapley");
    for (std::size_t model = 0; model < model_count; ++model) {
        std::vector<ChannelCredit> credits;
        credits.reserve(n);
        for (std::size_t c = 0; c < n; ++c) {
            credits.push_back({channels[c], conversions[model][c], value[model][c],
                               result.conversions > 0 ? conversions[model][c] / result.conversions : 0});
        }
        result.credits[model_names[model]] = std::move(credits);
    }
    return result;
}

std::vector<Journey> build_journeys(std::vector<Touch> touches, std::vector<Order> orders, double lookback_days,
                                    JourneyStats& stats) {
    std::vector<Journey> out;
    const double lookback = lookback_days * seconds_per_day;
    std::stable_sort(touches.begin(), touches.end(),
                     [](const Touch& a, const Touch& b) { return a.user != b.user ? a.user < b.user : a.time < b.time; });
    stats.touches += touches.size();
    stats.orders += orders.size();
    std::vector<std::size_t> timed;  // orders with a user and a time, by user and time
    for (std::size_t i = 0; i < orders.size(); ++i) {
        if (orders[i].code_channel) ++stats.code_redemptions;
        if (orders[i].user && orders[i].time) timed.push_back(i);
    }
    std::stable_sort(timed.begin(), timed.end(), [&](std::size_t a, std::size_t b) {
        const Order &x = orders[a], &y = orders[b];
        return *x.user != *y.user ? *x.user < *y.user : *x.time < *y.time;
    });
    // An order with no visit in its journey: its code's owner alone, or nobody.
    const auto finish_order = [&](const Order& order, Journey&& journey) {
        const bool visited = !journey.channels.empty();
        if (order.code_channel) {
            journey.channels.push_back(*order.code_channel);
            journey.ages_days.push_back(0);
        }
        if (journey.channels.empty()) {
            ++stats.orders_unattributed;
            stats.value_unattributed += order.value;
            return;
        }
        ++(visited ? stats.orders_with_touches : stats.orders_by_code_only);
        journey.conversions = 1;
        journey.value = order.value;
        out.push_back(std::move(journey));
    };
    std::size_t t = 0, o = 0;
    while (t < touches.size() || o < timed.size()) {
        std::uint32_t user = t < touches.size() ? touches[t].user : *orders[timed[o]].user;
        if (o < timed.size()) user = std::min(user, *orders[timed[o]].user);
        const std::size_t begin = t;
        while (t < touches.size() && touches[t].user == user) ++t;
        std::size_t next = begin;  // the user's first visit not yet in a journey
        for (; o < timed.size() && *orders[timed[o]].user == user; ++o) {
            const Order& order = orders[timed[o]];
            const std::int64_t at = *order.time;
            Journey journey;
            for (; next < t && touches[next].time <= at; ++next) {
                const double age = static_cast<double>(at - touches[next].time);
                if (age > lookback) {
                    ++stats.touches_outside_lookback;
                    continue;
                }
                journey.channels.push_back(touches[next].channel);
                journey.ages_days.push_back(static_cast<float>(age / seconds_per_day));
                ++stats.touches_used;
            }
            finish_order(order, std::move(journey));
        }
        // What is left did not end in an order: one journey that did not convert, within the
        // lookback of its last visit.
        if (next < t) {
            const std::int64_t last = touches[t - 1].time;
            Journey journey;
            for (std::size_t k = next; k < t; ++k) {
                const double age = static_cast<double>(last - touches[k].time);
                if (age > lookback) continue;
                journey.channels.push_back(touches[k].channel);
                journey.ages_days.push_back(static_cast<float>(age / seconds_per_day));
                ++stats.touches_used;
            }
            journey.nulls = 1;
            ++stats.null_journeys;
            out.push_back(std::move(journey));
        }
    }
    for (const auto& order : orders) {
        if (!(order.user && order.time)) finish_order(order, Journey{});
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
