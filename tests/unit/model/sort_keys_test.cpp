// The kept-key sort orders exactly as a stable comparison sort with missing values last.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "creatorscope/sort_keys.hpp"

using namespace creatorscope;

namespace {

// The roster's own rule: missing last (in index order), then by value, equal values by index.
std::vector<std::uint32_t> by_comparison(const std::vector<double>& values, std::vector<std::uint32_t> items, bool descending) {
    std::stable_sort(items.begin(), items.end(), [&](std::uint32_t a, std::uint32_t b) {
        const bool a_missing = std::isnan(values[a]), b_missing = std::isnan(values[b]);
        if (a_missing || b_missing) return !a_missing && b_missing;
        return descending ? values[a] > values[b] : values[a] < values[b];
    });
    return items;
}

}  // namespace

TEST_CASE("number keys order as the numbers do") {
    const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
    const std::vector<double> ordered{-inf, -1e300, -2.5, -1e-300, 0.0, 1e-300, 0.5, 1.0, 2.0, 1e300, inf};
    for (std::size_t k = 1; k < ordered.size(); ++k) CHECK(number_key(ordered[k - 1]) < number_key(ordered[k]));
    CHECK(number_key(-0.0) == number_key(0.0));
    CHECK(number_key(nan) == missing_key);
    CHECK(number_key(inf) != missing_key);
}

TEST_CASE("sorting by kept keys is the stable comparison sort, both ways, missing last") {
    std::mt19937 random(20261204);
    for (const std::size_t n : {0u, 1u, 2u, 17u, 1000u, 70000u}) {
        std::vector<double> values(n);
        std::uniform_int_distribution<int> pick(0, 9);
        for (auto& v : values) {
            const int p = pick(random);
            // Many ties, negatives, zeros of both signs, NaNs and a wide range.
            v = p == 0 ? std::nan("") : p == 1 ? -0.0 : p == 2 ? 0.0 : p < 5 ? static_cast<double>(random() % 7) - 3 : std::ldexp(static_cast<double>(random()), static_cast<int>(random() % 200) - 100) * (p % 2 ? -1 : 1);
        }
        std::vector<std::uint64_t> keys(n);
        for (std::size_t k = 0; k < n; ++k) keys[k] = number_key(values[k]);
        // A filtered subset, in index order, as the roster passes it.
        std::vector<std::uint32_t> items;
        for (std::uint32_t k = 0; k < n; ++k) {
            if (k % 3 != 1) items.push_back(k);
        }
        const std::vector<std::uint64_t> ranks = dense_ranks(keys);
        for (const bool descending : {false, true}) {
            std::vector<std::uint32_t> sorted = items;
            sort_by_keys(sorted, keys, descending);
            CHECK(sorted == by_comparison(values, items, descending));
            std::vector<std::uint32_t> by_rank = items;
            sort_by_keys(by_rank, ranks, descending);
            CHECK(by_rank == sorted);
        }
    }
}
