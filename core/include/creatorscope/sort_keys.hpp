// Sorting long lists by kept keys: each item's key is computed once (a 64-bit number that orders
// as the value does), and a sort is a stable radix sort of the keys, so sorting 100,000 rows
// again (another direction, another filter) reads no creator and compares nothing.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace creatorscope {

// A key that orders as the number does (-0 equal to 0); missing_key for NaN.
inline constexpr std::uint64_t missing_key = std::numeric_limits<std::uint64_t>::max();
std::uint64_t number_key(double value);

// Sorts items (indexes into keys) by keys[item], ascending or descending; items with equal keys
// keep their order, and items whose key is missing_key go last in their order, either way.
void sort_by_keys(std::vector<std::uint32_t>& items, std::span<const std::uint64_t> keys, bool descending);

// The same order in small numbers: each key's rank among the distinct keys (missing_key stays
// missing). Sorting by ranks gives the order sorting by the keys gives, in fewer radix passes
// (100,000 ranks need 17 bits: three byte passes instead of eight).
std::vector<std::uint64_t> dense_ranks(std::span<const std::uint64_t> keys);

}  // namespace creatorscope
