// Every attribution model on the journeys as a computation that can stop and resume: a slice of
// journeys, a few Markov sweeps or a slice of Shapley's coalitions at a time, so that the
// engine's attribution stage keeps within a frame's time budget. attribute() (attribution.hpp)
// is the same run from start to end.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "attribution/attribution.hpp"
#include "attribution/markov.hpp"

namespace creatorscope {

class ModelRun {
public:
    // The channels and journeys are read where they are: they must outlive the run, unchanged.
    ModelRun(const std::vector<std::string>& channels, const std::vector<Journey>& journeys, const AttributionSettings& settings);
    ModelRun(const ModelRun&) = delete;
    ModelRun& operator=(const ModelRun&) = delete;

    // One bounded piece of work; true when every model is done.
    bool step();
    // Pieces until done (true) or until out_of_time says so after a piece (false).
    bool advance(const std::function<bool()>& out_of_time);
    // The result, once done.
    AttributionResult take();

private:
    enum class Phase : std::uint8_t {
        heuristics,       // totals, first and last touch, linear, time decay, position based
        markov_chain,     // the chain's states and transitions, a slice of journeys at a time
        markov_rows,      // its probabilities
        markov_full,      // the conversion probability with every channel
        markov_removal,   // without each channel in turn: its removal effect
        shapley_masks,    // exact Shapley: each journey's coalition
        shapley_subsets,  // the sum over subsets, one channel at a time
        shapley_exact,    // each coalition's marginal contributions, a slice at a time
        shapley_closed,   // above 15 channels: each journey split among its distinct channels
        credits,          // the per-model tables
        done,
    };
    enum Timed : std::size_t { timed_heuristics, timed_markov, timed_shapley, timed_count };

    void heuristics_slice();
    void credit_heuristics(const Journey& j);
    void markov_slice();
    void start_markov_solves();
    void markov_sweeps();
    void split_by_removal_effects();
    void start_shapley();
    void shapley_masks_slice();
    void shapley_subsets_pass();
    void shapley_exact_slice();
    void shapley_closed_slice();
    void write_credits();
    std::size_t next_slice_end() const;
    static Timed timed(Phase phase);

    const std::vector<std::string>& channels_;
    const std::vector<Journey>& journeys_;
    const AttributionSettings settings_;
    const std::size_t n_;  // channels
    AttributionResult result_;
    Phase phase_ = Phase::heuristics;
    std::size_t next_ = 0;  // the next journey, channel, bit or coalition of the phase under way
    // Conversions and value credited, per model and channel.
    std::vector<std::vector<double>> conversions_, value_;
    std::vector<double> weights_;  // a journey's touches' shares under the heuristic at hand
    MarkovChain chain_;
    MarkovChain::Solve solve_;
    double full_ = 0;          // the conversion probability with every channel
    double full_value_ = 0;    // the expected value with every channel (mean values per conversion)
    double removal_sum_ = 0;   // the removal effects so far
    double value_removal_sum_ = 0;  // the value removal effects so far
    std::vector<double> coalition_conversions_, coalition_value_, coalition_weight_;
    std::array<double, timed_count> timings_ms_{};  // time spent in each, for the benchmark
};

}  // namespace creatorscope
