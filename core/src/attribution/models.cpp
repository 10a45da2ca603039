// The attribution models on channel journeys, a bounded piece at a time (models.hpp): the
// heuristics, Markov removal effects from the absorbing chain, Shapley values.
#include "attribution/models.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <optional>
#include <utility>

namespace creatorscope {

namespace {

constexpr std::size_t max_exact_shapley_channels = 15;
// The size of a piece of work: journeys, coalitions, or states and transitions swept.
constexpr std::size_t journeys_per_step = 4096, coalitions_per_step = 4096, sweep_work_per_step = 65536;

enum Model : std::size_t { first_touch, last_touch, linear, time_decay, position_based, markov, shapley, model_count };
constexpr std::array<const char*, model_count> model_names{"first_touch", "last_touch", "linear", "time_decay",
                                                           "position_based", "markov", "shapley"};

}  // namespace

// Every model's credits at zero, the chain empty.
ModelRun::ModelRun(const std::vector<std::string>& channels, const std::vector<Journey>& journeys, const AttributionSettings& settings)
    : channels_(channels),
      journeys_(journeys),
      settings_(settings),
      n_(channels.size()),
      conversions_(model_count, std::vector<double>(n_, 0.0)),
      value_(conversions_),
      chain_(n_, settings.markov_order) {
    result_.settings = settings;
    result_.models.assign(model_names.begin(), model_names.end());
}

// Which of the benchmark's timings a phase counts towards (timed_count: none).
ModelRun::Timed ModelRun::timed(Phase phase) {
    switch (phase) {
        case Phase::heuristics: return timed_heuristics;
        case Phase::markov_chain:
        case Phase::markov_rows:
        case Phase::markov_full:
        case Phase::markov_removal: return timed_markov;
        case Phase::shapley_masks:
        case Phase::shapley_subsets:
        case Phase::shapley_exact:
        case Phase::shapley_closed: return timed_shapley;
        case Phase::credits:
        case Phase::done: return timed_count;
    }
    return timed_count;
}

// One piece of the phase under way, timed.
bool ModelRun::step() {
    const auto start = std::chrono::steady_clock::now();
    const Timed counted = timed(phase_);
    switch (phase_) {
        case Phase::heuristics: heuristics_slice(); break;
        case Phase::markov_chain: markov_slice(); break;
        case Phase::markov_rows: start_markov_solves(); break;
        case Phase::markov_full:
        case Phase::markov_removal: markov_sweeps(); break;
        case Phase::shapley_masks: shapley_masks_slice(); break;
        case Phase::shapley_subsets: shapley_subsets_pass(); break;
        case Phase::shapley_exact: shapley_exact_slice(); break;
        case Phase::shapley_closed: shapley_closed_slice(); break;
        case Phase::credits: write_credits(); break;
        case Phase::done: break;
    }
    if (counted != timed_count) {
        timings_ms_[counted] += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
    return phase_ == Phase::done;
}

// Pieces until done or out of time.
bool ModelRun::advance(const std::function<bool()>& out_of_time) {
    while (!step()) {
        if (out_of_time()) return false;
    }
    return true;
}

// The result with its timings; the run is spent.
AttributionResult ModelRun::take() {
    result_.timings_ms = {{"heuristics", timings_ms_[timed_heuristics]},
                          {"markov", timings_ms_[timed_markov]},
                          {"shapley", timings_ms_[timed_shapley]}};
    return std::move(result_);
}

// The end of the next slice of journeys.
std::size_t ModelRun::next_slice_end() const { return std::min(journeys_.size(), next_ + journeys_per_step); }

// A slice of journeys into the totals and the heuristic models.
void ModelRun::heuristics_slice() {
    for (const std::size_t end = next_slice_end(); next_ < end; ++next_) {
        const Journey& j = journeys_[next_];
        if (j.channels.empty()) continue;
        result_.conversions += j.conversions;
        result_.value += j.value;
        if (j.conversions == 0 && j.value == 0) continue;
        credit_heuristics(j);
    }
    if (next_ < journeys_.size()) return;
    if (result_.conversions == 0) result_.notes.push_back("the journeys hold no conversions: every model credits zero");
    next_ = 0;
    phase_ = Phase::markov_chain;
}

// One converting journey's credit under first and last touch, linear, time decay and position based.
void ModelRun::credit_heuristics(const Journey& j) {
    std::vector<double>& w = weights_;
    const auto credit = [&](Model model) {
        for (std::size_t k = 0; k < j.channels.size(); ++k) {
            conversions_[model][j.channels[k]] += j.conversions * w[k];
            value_[model][j.channels[k]] += j.value * w[k];
        }
    };
    const std::size_t m = j.channels.size();
    conversions_[first_touch][j.channels.front()] += j.conversions;
    value_[first_touch][j.channels.front()] += j.value;
    conversions_[last_touch][j.channels.back()] += j.conversions;
    value_[last_touch][j.channels.back()] += j.value;
    w.assign(m, 1.0 / static_cast<double>(m));
    credit(linear);
    // Time decay: 2^(-days before the conversion / half-life), or by steps back from the last
    // touch when the journey has no times; normalised to 1 per journey.
    const bool timed = j.ages_days.size() == m;
    double total = 0;
    for (std::size_t k = 0; k < m; ++k) {
        total += w[k] = timed ? std::exp2(-std::max(0.0, static_cast<double>(j.ages_days[k])) / settings_.half_life_days)
                              : std::exp2(-static_cast<double>(m - 1 - k) / settings_.half_life_steps);
    }
    for (double& x : w) x /= total;
    credit(time_decay);
    // Position based: first and last get their shares, the middle ones split the rest; one
    // touch takes everything, two split first + last between them in proportion.
    if (m == 1) {
        w[0] = 1.0;
    } else if (m == 2) {
        const double sum = settings_.first_share + settings_.last_share;
        w[0] = settings_.first_share / sum;
        w[1] = settings_.last_share / sum;
    } else {
        std::fill(w.begin(), w.end(), (1 - settings_.first_share - settings_.last_share) / static_cast<double>(m - 2));
        w[0] = settings_.first_share;
        w[m - 1] = settings_.last_share;
    }
    credit(position_based);
}

// A slice of journeys into the Markov chain.
void ModelRun::markov_slice() {
    const std::size_t end = next_slice_end();
    chain_.add(journeys_, next_, end);
    next_ = end;
    if (next_ == journeys_.size()) phase_ = Phase::markov_rows;
}

// The chain's probabilities, then the solve with every channel.
void ModelRun::start_markov_solves() {
    chain_.finish();
    if (static_cast<int>(chain_.order()) != settings_.markov_order) {
        result_.notes.push_back("Markov: too many channels for order " + std::to_string(settings_.markov_order) + "; first order used");
    }
    result_.markov_states = chain_.states();
    result_.removal_effects.assign(n_, 0.0);
    result_.value_removal_effects.assign(n_, 0.0);
    solve_ = chain_.start_solve(std::nullopt);
    phase_ = Phase::markov_full;
}

// Sweeps of the solve under way (about sweep_work_per_step states and transitions, at least
// one); a finished solve gives the full probability or a channel's removal effect, and starts
// the next channel's.
void ModelRun::markov_sweeps() {
    const std::size_t sweeps = std::max<std::size_t>(1, sweep_work_per_step / (chain_.states() + chain_.transitions()));
    for (std::size_t k = 0; k < sweeps && !chain_.sweep(solve_); ++k) {
    }
    if (!solve_.done) return;
    if (phase_ == Phase::markov_full) {
        full_ = solve_.p[0];
        full_value_ = solve_.v[0];
        next_ = 0;
        phase_ = Phase::markov_removal;
    } else {
        const double without = solve_.p[0], value_without = solve_.v[0];
        result_.removal_effects[next_] = full_ > 0 ? std::clamp(1.0 - without / full_, 0.0, 1.0) : 0.0;
        result_.value_removal_effects[next_] = full_value_ > 0 ? std::clamp(1.0 - value_without / full_value_, 0.0, 1.0) : 0.0;
        removal_sum_ += result_.removal_effects[next_];
        value_removal_sum_ += result_.value_removal_effects[next_];
        ++next_;
    }
    if (next_ < n_) {
        solve_ = chain_.start_solve(static_cast<std::uint32_t>(next_));
        return;
    }
    solve_ = {};
    split_by_removal_effects();
    start_shapley();
}

// Markov: conversions split by the removal effects, value by the value removal effects (as
// ChannelAttribution splits total_conversion_value).
void ModelRun::split_by_removal_effects() {
    for (std::size_t c = 0; c < n_; ++c) {
        conversions_[markov][c] = removal_sum_ > 0 ? result_.conversions * result_.removal_effects[c] / removal_sum_ : 0;
        value_[markov][c] = value_removal_sum_ > 0 ? result_.value * result_.value_removal_effects[c] / value_removal_sum_ : 0;
    }
}

// Shapley: a coalition of channels is worth the conversions of the journeys whose channels all
// belong to it. Exact over every coalition up to 15 channels; above, each journey's
// conversions split equally among its distinct channels, which is the same value in closed
// form (each journey is a unanimity game), computed without enumerating coalitions.
void ModelRun::start_shapley() {
    next_ = 0;
    if (n_ > 0 && n_ <= max_exact_shapley_channels) {
        coalition_conversions_.assign(std::size_t{1} << n_, 0.0);
        coalition_value_.assign(std::size_t{1} << n_, 0.0);
        phase_ = Phase::shapley_masks;
    } else {
        phase_ = n_ > 0 ? Phase::shapley_closed : Phase::credits;
    }
}

// A slice of journeys, each into the coalition of exactly its channels.
void ModelRun::shapley_masks_slice() {
    for (const std::size_t end = next_slice_end(); next_ < end; ++next_) {
        const Journey& j = journeys_[next_];
        std::size_t mask = 0;
        for (std::uint32_t c : j.channels) mask |= std::size_t{1} << c;
        if (mask == 0) continue;
        coalition_conversions_[mask] += j.conversions;
        coalition_value_[mask] += j.value;
    }
    if (next_ < journeys_.size()) return;
    next_ = 0;
    phase_ = Phase::shapley_subsets;
}

// One channel's pass of the sum over subsets; after the last, the weights |S|! (n - |S| - 1)! / n!.
void ModelRun::shapley_subsets_pass() {
    const std::size_t bit = std::size_t{1} << next_;
    for (std::size_t mask = 0; mask < coalition_conversions_.size(); ++mask) {
        if (mask & bit) {
            coalition_conversions_[mask] += coalition_conversions_[mask ^ bit];
            coalition_value_[mask] += coalition_value_[mask ^ bit];
        }
    }
    if (++next_ < n_) return;
    coalition_weight_.assign(n_, 0.0);
    for (std::size_t s = 0; s < n_; ++s) {
        coalition_weight_[s] = std::exp(std::lgamma(static_cast<double>(s) + 1) + std::lgamma(static_cast<double>(n_ - s)) -
                                        std::lgamma(static_cast<double>(n_) + 1));
    }
    next_ = 0;
    phase_ = Phase::shapley_exact;
}

// A slice of coalitions: each channel outside one is credited its weighted marginal contribution.
void ModelRun::shapley_exact_slice() {
    const std::size_t subsets = coalition_conversions_.size();
    for (const std::size_t end = std::min(subsets, next_ + coalitions_per_step); next_ < end; ++next_) {
        const std::size_t mask = next_;
        const auto size = static_cast<std::size_t>(std::popcount(mask));
        for (std::size_t c = 0; c < n_; ++c) {
            if (mask & (std::size_t{1} << c)) continue;
            const std::size_t with = mask | (std::size_t{1} << c);
            conversions_[shapley][c] += coalition_weight_[size] * (coalition_conversions_[with] - coalition_conversions_[mask]);
            value_[shapley][c] += coalition_weight_[size] * (coalition_value_[with] - coalition_value_[mask]);
        }
    }
    if (next_ < subsets) return;
    result_.shapley_method = "exact: every coalition of the " + std::to_string(n_) + " channels";
    coalition_conversions_ = {};
    coalition_value_ = {};
    phase_ = Phase::credits;
}

// A slice of journeys, each split equally among its distinct channels (more than 15 channels).
void ModelRun::shapley_closed_slice() {
    std::vector<std::uint32_t> distinct;
    for (const std::size_t end = next_slice_end(); next_ < end; ++next_) {
        const Journey& j = journeys_[next_];
        distinct = j.channels;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (std::uint32_t c : distinct) {
            conversions_[shapley][c] += j.conversions / static_cast<double>(distinct.size());
            value_[shapley][c] += j.value / static_cast<double>(distinct.size());
        }
    }
    if (next_ < journeys_.size()) return;
    result_.shapley_method = "closed form (more than 15 channels): each journey's conversions split equally among its distinct channels";
    phase_ = Phase::credits;
}

// Each model's credits per channel, with their share of all conversions.
void ModelRun::write_credits() {
    for (std::size_t model = 0; model < model_count; ++model) {
        std::vector<ChannelCredit> credits;
        credits.reserve(n_);
        for (std::size_t c = 0; c < n_; ++c) {
            credits.push_back({channels_[c], conversions_[model][c], value_[model][c],
                               result_.conversions > 0 ? conversions_[model][c] / result_.conversions : 0});
        }
        result_.credits[model_names[model]] = std::move(credits);
    }
    phase_ = Phase::done;
}

// Every model from start to end, at once.
AttributionResult attribute(const std::vector<std::string>& channels, const std::vector<Journey>& journeys,
                            const AttributionSettings& settings) {
    ModelRun run(channels, journeys, settings);
    while (!run.step()) {
    }
    return run.take();
}

}  // namespace creatorscope
