// The Markov chain of the journeys and its absorbing probabilities (markov.hpp).
#include "attribution/markov.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace creatorscope {

// The start state alone, and the order the channels allow.
MarkovChain::MarkovChain(std::size_t channel_count, int order) {
    // Up to three channel indexes packed in 21 bits each; more channels than that fit only
    // first order.
    order_ = channel_count < (std::size_t{1} << 21) - 1 ? static_cast<std::size_t>(std::clamp(order, 1, 3)) : 1;
    keys_.push_back({});  // the start
    conversions_.push_back(0);
    nulls_.push_back(0);
    values_.push_back(0);
}

// Each journey's windows of `order` channels become states, the steps between them transitions.
void MarkovChain::add(const std::vector<Journey>& journeys, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        const Journey& journey = journeys[i];
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
            const auto [it, added] = ids_.emplace(key, static_cast<std::uint32_t>(keys_.size()));
            if (added) {
                keys_.push_back(channels);
                conversions_.push_back(0);
                nulls_.push_back(0);
                values_.push_back(0);
            }
            const std::uint32_t to = it->second;
            if (to != from) edges_[(static_cast<std::uint64_t>(from) << 32) | to] += weight;
            from = to;
        }
        conversions_[from] += journey.conversions;
        nulls_[from] += journey.nulls;
        if (journey.conversions > 0 && std::isfinite(journey.value)) values_[from] += journey.value;
    }
}

// Probabilities out of each state, as compressed rows; the counting maps are freed.
void MarkovChain::finish() {
    const std::size_t states = keys_.size();
    std::vector<double> out_total(states, 0.0);
    for (std::size_t s = 0; s < states; ++s) out_total[s] = conversions_[s] + nulls_[s];
    std::vector<std::uint32_t> row_count(states + 1, 0);
    for (const auto& [key, w] : edges_) {
        out_total[key >> 32] += w;
        ++row_count[(key >> 32) + 1];
    }
    row_start_.assign(states + 1, 0);
    for (std::size_t s = 0; s < states; ++s) row_start_[s + 1] = row_start_[s] + row_count[s + 1];
    targets_.resize(edges_.size());
    probabilities_.resize(edges_.size());
    std::vector<std::uint32_t> fill(row_start_.begin(), row_start_.end() - 1);
    for (const auto& [key, w] : edges_) {
        const auto from = static_cast<std::size_t>(key >> 32);
        const std::uint32_t at = fill[from]++;
        targets_[at] = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
        probabilities_[at] = w / out_total[from];
    }
    sort_rows();
    to_conversion_.assign(states, 0.0);
    for (std::size_t s = 0; s < states; ++s) to_conversion_[s] = out_total[s] > 0 ? conversions_[s] / out_total[s] : 0.0;
    // Value at conversion in units of the mean value per conversion, so that both solves share
    // one tolerance whatever the currency.
    double conversions = 0, value = 0;
    for (std::size_t s = 0; s < states; ++s) conversions += conversions_[s], value += values_[s];
    const double unit = conversions > 0 && value > 0 ? value / conversions : 0.0;
    to_value_.assign(states, 0.0);
    for (std::size_t s = 0; s < states; ++s) to_value_[s] = out_total[s] > 0 && unit > 0 ? values_[s] / unit / out_total[s] : 0.0;
    ids_ = {};
    edges_ = {};
}

// Rows in a fixed order, so that results do not depend on the hash map's.
void MarkovChain::sort_rows() {
    std::vector<std::pair<std::uint32_t, double>> row;
    for (std::size_t s = 0; s < keys_.size(); ++s) {
        row.clear();
        for (std::uint32_t e = row_start_[s]; e < row_start_[s + 1]; ++e) row.emplace_back(targets_[e], probabilities_[e]);
        std::sort(row.begin(), row.end());
        for (std::size_t k = 0; k < row.size(); ++k) {
            targets_[row_start_[s] + k] = row[k].first;
            probabilities_[row_start_[s] + k] = row[k].second;
        }
    }
}

// Every state starts at 0; a removed channel blocks the states that hold it.
MarkovChain::Solve MarkovChain::start_solve(std::optional<std::uint32_t> removed) const {
    const std::size_t states = keys_.size();
    Solve solve;
    solve.blocked.assign(states, 0);
    if (removed) {
        for (std::size_t s = 1; s < states; ++s) {
            for (std::size_t k = 0; k < keys_[s].length; ++k) solve.blocked[s] = solve.blocked[s] || keys_[s].ids[k] == *removed;
        }
    }
    solve.p.assign(states, 0.0);
    solve.v.assign(states, 0.0);
    return solve;
}

// One Gauss-Seidel sweep, later states first (journeys mostly move forward); at most 100,000.
bool MarkovChain::sweep(Solve& solve) const {
    if (solve.done) return true;
    double change = 0;
    for (std::size_t s = keys_.size(); s-- > 0;) {
        if (solve.blocked[s]) continue;  // reaching it is reaching null: p and v stay 0
        double probability = to_conversion_[s], value = to_value_[s];
        for (std::uint32_t e = row_start_[s]; e < row_start_[s + 1]; ++e) {
            probability += probabilities_[e] * solve.p[targets_[e]];
            value += probabilities_[e] * solve.v[targets_[e]];
        }
        change = std::max({change, std::fabs(probability - solve.p[s]), std::fabs(value - solve.v[s])});
        solve.p[s] = probability;
        solve.v[s] = value;
    }
    solve.done = change < 1e-13 || ++solve.iterations >= 100000;
    return solve.done;
}

// The solve from start to end.
double MarkovChain::conversion_probability(std::optional<std::uint32_t> removed) const {
    Solve solve = start_solve(removed);
    while (!sweep(solve)) {
    }
    return solve.p[0];
}

double MarkovChain::expected_value(std::optional<std::uint32_t> removed) const {
    Solve solve = start_solve(removed);
    while (!sweep(solve)) {
    }
    return solve.v[0];
}

}  // namespace creatorscope
