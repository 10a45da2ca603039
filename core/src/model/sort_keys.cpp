// The kept-key sort of creatorscope/sort_keys.hpp: a least-significant-digit radix sort, a byte
// a pass (the counts of every pass in one read of the keys), skipping the passes where every key
// has the same digit (Knuth, TAOCP vol. 3, section 5.2.5).
#include "creatorscope/sort_keys.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace creatorscope {

std::uint64_t number_key(double value) {
    if (std::isnan(value)) return missing_key;
    if (value == 0) value = 0.0;  // -0 sorts with 0
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);  // std::bit_cast: not in Emscripten 3.1.6's libc++
    // Negative numbers: every bit flipped (more negative, smaller); others: the sign bit set.
    const std::uint64_t key = (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t{1} << 63);
    return key == missing_key ? missing_key - 1 : key;  // only a NaN is missing
}

namespace {

constexpr int digit_bits = 8;
constexpr std::size_t digits = std::size_t{1} << digit_bits;
constexpr int passes = 64 / digit_bits;

// The items and their keys, with room for a pass to move them into.
struct Sorting {
    std::vector<std::uint32_t> items, moved_items;
    std::vector<std::uint64_t> keys, moved_keys;
};

// Every pass's digit counts in one read of the keys.
std::vector<std::array<std::uint32_t, digits>> count_digits(const std::vector<std::uint64_t>& keys) {
    std::vector<std::array<std::uint32_t, digits>> counts(passes);
    for (auto& c : counts) c.fill(0);
    for (const std::uint64_t key : keys) {
        for (int p = 0; p < passes; ++p) ++counts[static_cast<std::size_t>(p)][(key >> (p * digit_bits)) & (digits - 1)];
    }
    return counts;
}

// One stable counting pass on the digit at `shift`, from its counts.
void radix_pass(Sorting& s, int shift, std::array<std::uint32_t, digits>& counts) {
    std::uint32_t at = 0;
    for (auto& count : counts) {
        const std::uint32_t here = count;
        count = at;
        at += here;
    }
    s.moved_items.resize(s.items.size());
    s.moved_keys.resize(s.keys.size());
    for (std::size_t k = 0; k < s.items.size(); ++k) {
        const std::uint32_t to = counts[(s.keys[k] >> shift) & (digits - 1)]++;
        s.moved_items[to] = s.items[k];
        s.moved_keys[to] = s.keys[k];
    }
    s.items.swap(s.moved_items);
    s.keys.swap(s.moved_keys);
}

}  // namespace

void sort_by_keys(std::vector<std::uint32_t>& items, std::span<const std::uint64_t> keys, bool descending) {
    Sorting s;
    std::vector<std::uint32_t> missing;
    s.items.reserve(items.size());
    s.keys.reserve(items.size());
    for (const std::uint32_t item : items) {
        const std::uint64_t key = keys[item];
        if (key == missing_key) {
            missing.push_back(item);
        } else {
            s.items.push_back(item);
            s.keys.push_back(descending ? ~key : key);
        }
    }
    if (s.items.size() > 1) {
        auto counts = count_digits(s.keys);
        for (int p = 0; p < passes; ++p) {
            auto& c = counts[static_cast<std::size_t>(p)];
            // A digit every key shares moves nothing: skip its pass.
            if (std::find(c.begin(), c.end(), static_cast<std::uint32_t>(s.keys.size())) != c.end()) continue;
            radix_pass(s, p * digit_bits, c);
        }
    }
    items.swap(s.items);
    items.insert(items.end(), missing.begin(), missing.end());
}

std::vector<std::uint64_t> dense_ranks(std::span<const std::uint64_t> keys) {
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::uint32_t>(k);
    sort_by_keys(order, keys, false);
    std::vector<std::uint64_t> ranks(keys.size(), missing_key);
    std::uint64_t rank = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::uint64_t key = keys[order[k]];
        if (key == missing_key) break;  // the missing ones are last
        if (k > 0 && key != keys[order[k - 1]]) ++rank;
        ranks[order[k]] = rank;
    }
    return ranks;
}

}  // namespace creatorscope
