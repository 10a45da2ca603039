// The attribution benchmark (not a test: it prints figures). Generates 1,000,000 journeys over
// 20 channels (deterministic: the same journeys on every machine) and times every model, for
// Markov orders 1, 2 and 3; then times building journeys from 1,000,000 visitors' visits and
// orders. Built natively (build/native/tests/creatorscope_attribution_bench) and for node
// (build/wasm/node/attribution_bench.js); tests/bench/run.sh attribution runs both.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "attribution/attribution.hpp"

using namespace creatorscope;

namespace {

struct Rng {  // splitmix64
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

constexpr std::size_t journey_count = 1000000, channel_count = 20;

// A channel drawn with weights 1/(k+1) (a few big channels, a long tail).
std::uint32_t draw_channel(Rng& rng) {
    static const std::vector<double> cumulative = [] {
        std::vector<double> c;
        double total = 0;
        for (std::size_t k = 0; k < channel_count; ++k) c.push_back(total += 1.0 / static_cast<double>(k + 1));
        for (double& x : c) x /= total;
        return c;
    }();
    const double u = rng.uniform();
    std::uint32_t k = 0;
    while (k + 1 < channel_count && cumulative[k] < u) ++k;
    return k;
}

}  // namespace

int main() {
    std::vector<std::string> channels;
    for (std::size_t k = 0; k < channel_count; ++k) channels.push_back("channel_" + std::to_string(k + 1));
    Rng rng{20261126};
    auto start = std::chrono::steady_clock::now();
    std::vector<Journey> journeys(journey_count);
    std::size_t touches = 0;
    for (auto& j : journeys) {
        // 1 to 12 touches (mean about 3), a few days apart; converting more often when the
        // journey is longer and holds the channels with a "pull".
        double age = 0;
        do {
            j.channels.push_back(draw_channel(rng));
            age += rng.uniform() * 4;
        } while (j.channels.size() < 12 && rng.uniform() < 0.68);
        j.ages_days.resize(j.channels.size());
        double running = age;
        for (std::size_t k = 0; k < j.channels.size(); ++k) {
            j.ages_days[k] = static_cast<float>(running);
            running = std::max(0.0, running - rng.uniform() * 4);
        }
        j.ages_days.back() = 0;
        double p = 0.05 + 0.02 * static_cast<double>(j.channels.size());
        for (std::uint32_t c : j.channels) p += c % 5 == 0 ? 0.03 : 0.0;
        if (rng.uniform() < p) {
            j.conversions = 1;
            j.value = 20 + rng.uniform() * 180;
        } else {
            j.nulls = 1;
        }
        touches += j.channels.size();
    }
    std::printf("{\"what\": \"generate\", \"journeys\": %zu, \"channels\": %zu, \"touches\": %zu, \"seconds\": %.3f}\n",
                journeys.size(), channel_count, touches, seconds_since(start));
    for (int order = 1; order <= 3; ++order) {
        AttributionSettings settings;
        settings.markov_order = order;
        start = std::chrono::steady_clock::now();
        const AttributionResult r = attribute(channels, journeys, settings);
        const double seconds = seconds_since(start);
        std::printf("{\"what\": \"all models\", \"markov_order\": %d, \"seconds\": %.3f, \"markov_states\": %zu", order, seconds,
                    r.markov_states);
        for (const auto& [stage, ms] : r.timings_ms) std::printf(", \"%s_s\": %.3f", stage.c_str(), ms / 1000);
        std::printf(", \"conversions\": %.0f, \"shapley\": \"%s\"}\n", r.conversions, r.shapley_method.c_str());
    }
    // Exact Shapley needs 15 channels or fewer: the same journeys folded onto 15 channels.
    {
        std::vector<Journey> folded = journeys;
        for (auto& j : folded) {
            for (auto& c : j.channels) c %= 15;
        }
        const std::vector<std::string> fifteen(channels.begin(), channels.begin() + 15);
        start = std::chrono::steady_clock::now();
        const AttributionResult r = attribute(fifteen, folded);
        std::printf("{\"what\": \"all models, 15 channels\", \"markov_order\": 1, \"seconds\": %.3f", seconds_since(start));
        for (const auto& [stage, ms] : r.timings_ms) std::printf(", \"%s_s\": %.3f", stage.c_str(), ms / 1000);
        std::printf(", \"shapley\": \"%s\"}\n", r.shapley_method.c_str());
    }
    // Journeys from visits and orders: the same journeys as visits of one user each, with an
    // order at the last visit of the converting ones.
    std::vector<Touch> visits;
    std::vector<Order> orders;
    visits.reserve(touches);
    for (std::size_t u = 0; u < journeys.size(); ++u) {
        const Journey& j = journeys[u];
        const std::int64_t end = 1767225600 + static_cast<std::int64_t>(u % 86400) * 60;
        for (std::size_t k = 0; k < j.channels.size(); ++k) {
            visits.push_back({static_cast<std::uint32_t>(u + 1), end - static_cast<std::int64_t>(j.ages_days[k] * 86400.0f), j.channels[k]});
        }
        if (j.conversions > 0) orders.push_back({static_cast<std::uint32_t>(u + 1), end + 60, j.value, std::nullopt});
    }
    // Shuffled, as exports come: by time, not by user.
    for (std::size_t i = visits.size(); i > 1; --i) std::swap(visits[i - 1], visits[rng.next() % i]);
    start = std::chrono::steady_clock::now();
    JourneyStats stats;
    const auto built = build_journeys(std::move(visits), std::move(orders), 30, stats);
    std::printf("{\"what\": \"journeys from visits and orders\", \"visits\": %zu, \"orders\": %zu, \"journeys\": %zu, \"seconds\": %.3f}\n",
                stats.touches, stats.orders, built.size(), seconds_since(start));
    return 0;
}
