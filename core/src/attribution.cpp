// The attribution models on channel paths: heuristics, Markov removal effects from the
// absorbing chain, and Shapley values.
#include "creatorscope/attribution.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>

#include "creatorscope/text.hpp"

namespace creatorscope {

namespace {

constexpr std::size_t max_exact_shapley_channels = 15;

// Markov chain over states of the last `order` channels: the probability that a journey from
// the start converts, with `removed` (if any) sending every journey that reaches it to null.
class MarkovChain {
public:
    MarkovChain(const std::vector<Journey>& journeys, int order) {
        start_ = state_of({});
        for (const auto& journey : journeys) {
            const double weight = journey.conversions + journey.nulls;
            if (journey.channels.empty() || weight <= 0) continue;
            std::size_t from = start_;
            for (std::size_t i = 0; i < journey.channels.size(); ++i) {
                const std::size_t begin = i + 1 >= static_cast<std::size_t>(order) ? i + 1 - static_cast<std::size_t>(order) : 0;
                const std::vector<std::uint32_t> key(journey.channels.begin() + static_cast<std::ptrdiff_t>(begin),
                                                     journey.channels.begin() + static_cast<std::ptrdiff_t>(i + 1));
                const std::size_t to = state_of(key);
                edges_[from][to] += weight;
                from = to;
            }
            conversions_[from] += journey.conversions;
            nulls_[from] += journey.nulls;
        }
        // Probabilities out of each state.
        transitions_.resize(keys_.size());
        to_conversion_.assign(keys_.size(), 0);
        for (std::size_t s = 0; s < keys_.size(); ++s) {
            double total = conversions_[s] + nulls_[s];
            for (const auto& [to, w] : edges_[s]) total += w;
            if (total <= 0) continue;
            for (const auto& [to, w] : edges_[s]) transitions_[s].emplace_back(to, w / total);
            to_conversion_[s] = conversions_[s] / total;
        }
    }

    // Gauss-Seidel on p = Q p + r until it stops changing (to 1e-13): the chain is absorbing,
    // so this converges to the exact solution of (I - Q) p = r.
    double conversion_probability(std::int64_t removed) const {
        std::vector<char> blocked(keys_.size(), 0);
        if (removed >= 0) {
            for (std::size_t s = 0; s < keys_.size(); ++s) {
                for (std::uint32_t c : keys_[s]) blocked[s] = blocked[s] || c == static_cast<std::uint32_t>(removed);
            }
        }
        std::vector<double> p(keys_.size(), 0.0);
        for (int iteration = 0; iteration < 200000; ++iteration) {
            double change = 0;
            for (std::size_t s = 0; s < keys_.size(); ++s) {
                if (blocked[s]) continue;  // reaching it is reaching null: p stays 0
                double value = to_conversion_[s];
                for (const auto& [to, probability] : transitions_[s]) value += probability * p[to];
                change = std::max(change, std::fabs(value - p[s]));
                p[s] = value;
            }
            if (change < 1e-13) break;
        }
        return p[start_];
    }

private:
    std::size_t state_of(const std::vector<std::uint32_t>& key) {
        const auto [it, added] = ids_.emplace(key, keys_.size());
        if (added) {
            keys_.push_back(key);
            edges_.emplace_back();
            conversions_.push_back(0);
            nulls_.push_back(0);
        }
        return it->second;
    }

    std::map<std::vector<std::uint32_t>, std::size_t> ids_;
    std::vector<std::vector<std::uint32_t>> keys_;
    std::vector<std::map<std::size_t, double>> edges_;
    std::vector<double> conversions_, nulls_;
    std::vector<std::vector<std::pair<std::size_t, double>>> transitions_;
    std::vector<double> to_conversion_;
    std::size_t start_ = 0;
};

}  // namespace

std::vector<std::uint32_t> parse_path(std::string_view path, std::vector<std::string>& channels) {
    std::vector<std::uint32_t> out;
    std::size_t at = 0;
    while (at <= path.size()) {
        std::size_t end = path.find('>', at);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view step = trim(path.substr(at, end - at));
        if (!step.empty()) {
            const std::string name(step);
            auto it = std::find(channels.begin(), channels.end(), name);
            if (it == channels.end()) {
                channels.push_back(name);
                it = channels.end() - 1;
            }
            out.push_back(static_cast<std::uint32_t>(it - channels.begin()));
        }
        at = end + 1;
    }
    return out;
}

AttributionResult attribute(const std::vector<std::string>& channels, const std::vector<Journey>& journeys,
                            const AttributionSettings& settings) {
    AttributionResult result;
    const std::size_t n = channels.size();
    for (const auto& j : journeys) {
        if (j.channels.empty()) continue;
        result.conversions += j.conversions;
        result.value += j.value;
    }
    result.models = {"first_touch", "last_touch", "linear", "time_decay", "position_based", "markov", "shapley"};
    std::map<std::string, std::vector<double>> conversions, value;
    for (const auto& model : result.models) {
        conversions[model].assign(n, 0.0);
        value[model].assign(n, 0.0);
    }
    const auto credit = [&](const std::string& model, const Journey& j, const std::vector<double>& weights) {
        for (std::size_t k = 0; k < j.channels.size(); ++k) {
            conversions[model][j.channels[k]] += j.conversions * weights[k];
            value[model][j.channels[k]] += j.value * weights[k];
        }
    };
    for (const auto& j : journeys) {
        const std::size_t m = j.channels.size();
        if (m == 0) continue;
        std::vector<double> w(m, 0.0);
        w[0] = 1;
        credit("first_touch", j, w);
        std::fill(w.begin(), w.end(), 0.0);
        w[m - 1] = 1;
        credit("last_touch", j, w);
        std::fill(w.begin(), w.end(), 1.0 / static_cast<double>(m));
        credit("linear", j, w);
        // Time decay by steps back from the last touch: 2^(-steps / half-life), normalised.
        double total = 0;
        for (std::size_t k = 0; k < m; ++k) total += w[k] = std::exp2(-static_cast<double>(m - 1 - k) / settings.half_life_steps);
        for (double& x : w) x /= total;
        credit("time_decay", j, w);
        // Position based: first and last get their shares, the middle ones split the rest; one
        // touch takes everything, two split first + last between them in proportion.
        if (m == 1) {
            w = {1.0};
        } else if (m == 2) {
            const double sum = settings.first_share + settings.last_share;
            w = {settings.first_share / sum, settings.last_share / sum};
        } else {
            const double middle = (1 - settings.first_share - settings.last_share) / static_cast<double>(m - 2);
            std::fill(w.begin(), w.end(), middle);
            w[0] = settings.first_share;
            w[m - 1] = settings.last_share;
        }
        credit("position_based", j, w);
    }

    // Markov: removal effects from the absorbing chain; conversions and value split by them.
    {
        const MarkovChain chain(journeys, std::clamp(settings.markov_order, 1, 3));
        const double full = chain.conversion_probability(-1);
        result.removal_effects.assign(n, 0.0);
        double sum = 0;
        for (std::size_t c = 0; c < n; ++c) {
            result.removal_effects[c] = full > 0 ? std::clamp(1.0 - chain.conversion_probability(static_cast<std::int64_t>(c)) / full, 0.0, 1.0) : 0.0;
            sum += result.removal_effects[c];
        }
        for (std::size_t c = 0; c < n; ++c) {
            conversions["markov"][c] = sum > 0 ? result.conversions * result.removal_effects[c] / sum : 0;
            value["markov"][c] = sum > 0 ? result.value * result.removal_effects[c] / sum : 0;
        }
    }

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
                conversions["shapley"][c] += weight[size] * (v_conv[with] - v_conv[mask]);
                value["shapley"][c] += weight[size] * (v_value[with] - v_value[mask]);
            }
        }
        result.shapley_method = "exact: every coalition of the " + std::to_string(n) + " channels";
    } else {
        for (const auto& j : journeys) {
            std::vector<std::uint32_t> distinct = j.channels;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            for (std::uint32_t c : distinct) {
                conversions["shapley"][c] += j.conversions / static_cast<double>(distinct.size());
                value["shapley"][c] += j.value / static_cast<double>(distinct.size());
            }
        }
        result.shapley_method = "closed form (more than 15 channels): each journey's conversions split equally among its distinct channels";
    }

    for (const auto& model : result.models) {
        std::vector<ChannelCredit> credits;
        for (std::size_t c = 0; c < n; ++c) {
            credits.push_back({channels[c], conversions[model][c], value[model][c],
                               result.conversions > 0 ? conversions[model][c] / result.conversions : 0});
        }
        result.credits[model] = std::move(credits);
    }
    return result;
}

}  // namespace creatorscope
