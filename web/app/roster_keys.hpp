// What the roster keeps to sort and search 100,000 creators within a frame: each column's sort
// key for every creator and each creator's search text, built once when the results change
// (or, for the Shortlist column, when the shortlist does) and then only read.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "creatorscope/engine.hpp"

namespace creatorscope::web {

class RosterKeys {
public:
    // The keys of one roster column (creatorscope/sort_keys.hpp), one per creator; empty for a
    // column that sorts by comparing creators.
    std::span<const std::uint64_t> sort_keys(const Engine& engine, std::size_t column);
    // One more step of building the numeric columns' keys (reading one column's keys, or ranking
    // them): called once a frame, so that the first sort by any figure finds its keys ready and
    // no frame does more than one step.
    void build_one_ahead(const Engine& engine);
    // Each creator's handle, platform, tier and category in lower case, for the search.
    const std::vector<std::string>& search_texts(const Engine& engine);

private:
    void forget_stale(const Engine& engine);
    std::uint64_t generation_ = ~0ull, shortlist_version_ = ~0ull;
    enum class State : std::uint8_t { none, read, ranked };  // keys read from the creators, then ranked
    void read_keys(const Engine& engine, std::size_t column);
    std::vector<std::vector<std::uint64_t>> keys_;  // per column
    std::vector<State> state_;
    std::vector<std::string> search_texts_;
    bool search_built_ = false;
};

}  // namespace creatorscope::web
