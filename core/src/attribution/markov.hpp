// The Markov model's chain (PRODUCT.md section 4): states of consecutive channels, built a slice
// of journeys at a time, and its conversion probability solved a few sweeps at a time, so that
// the removal effect of thousands of channels can be worked out between frames.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "attribution/attribution.hpp"

namespace creatorscope {

// Markov chain over states of `order` consecutive channels, built as ChannelAttribution builds
// it: a journey a > b > c of order 2 goes start -> (a, b) -> (b, c) -> conversion or null; a
// journey shorter than the order is one state. A state repeated in a row is one visit (a
// self-loop does not change where a journey ends, and ChannelAttribution drops them too).
// Journeys are added in order, a slice at a time (add), then finish makes the probabilities.
class MarkovChain {
public:
    MarkovChain(std::size_t channel_count, int order);

    // Adds journeys [begin, end) to the chain's states and transitions.
    void add(const std::vector<Journey>& journeys, std::size_t begin, std::size_t end);
    // Turns the counted transitions into probabilities, once every journey is added.
    void finish();

    // A solve under way: the probability that a journey from the start converts, with `removed`
    // (if any) sending every journey that reaches a state holding it to null, and the value it
    // is expected to bring. Gauss-Seidel on p = Q p + r and v = Q v + u until both stop
    // changing (to 1e-13): the chain is absorbing, so these are the exact solutions of
    // (I - Q) p = r and (I - Q) v = u, not a simulation. u is each state's value at conversion:
    // the share of its journeys that convert there times their mean value per conversion, as
    // ChannelAttribution draws a converting journey's value from the values of the conversions
    // made from the same state (in units of the mean value per conversion: removal effects are
    // ratios).
    struct Solve {
        std::vector<char> blocked;  // the states holding the removed channel
        std::vector<double> p;      // each state's probability of converting so far
        std::vector<double> v;      // each state's expected value so far
        int iterations = 0;
        bool done = false;
    };
    Solve start_solve(std::optional<std::uint32_t> removed) const;
    // One sweep over every state; true when the solve is done (p[0] is the answer).
    bool sweep(Solve& solve) const;
    // The whole solve at once.
    double conversion_probability(std::optional<std::uint32_t> removed) const;
    double expected_value(std::optional<std::uint32_t> removed) const;  // in mean values per conversion

    std::size_t order() const { return order_; }
    std::size_t states() const { return keys_.size(); }
    std::size_t transitions() const { return targets_.size(); }

private:
    struct Key {
        std::array<std::uint32_t, 3> ids{};
        std::uint8_t length = 0;
    };
    void sort_rows();

    std::size_t order_ = 1;
    std::vector<Key> keys_;
    std::vector<double> conversions_, nulls_, values_, to_conversion_, to_value_;
    std::vector<std::uint32_t> row_start_, targets_;
    std::vector<double> probabilities_;
    // While journeys are added: each state's id by its packed channels, each transition's weight.
    std::unordered_map<std::uint64_t, std::uint32_t> ids_;
    std::unordered_map<std::uint64_t, double> edges_;  // from << 32 | to
};

}  // namespace creatorscope
