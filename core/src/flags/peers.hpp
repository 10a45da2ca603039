// What the rules against peers look at, gathered once over every creator by FlagPass (its
// constructor, in flag_pass.cpp) and read by the rules (peer_rules.cpp).
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "creatorscope/creator.hpp"
#include "flags/flags.hpp"

namespace creatorscope {

// A peer group's size, median and spread, computed once per group.
struct PeerGroup {
    std::size_t size = 0;
    double median = not_a_number, sigma = not_a_number;
};

struct FlagPass::State {
    std::unordered_map<std::string, PeerGroup> rate_groups;   // by peer_group_key: engagement rates
    std::unordered_map<std::string, PeerGroup> ratio_groups;  // by platform: log comments per like
    std::unordered_map<std::string, std::vector<std::size_t>> recurring_creators;  // commenter -> creators where they recur
    std::unordered_map<std::string, std::vector<std::pair<std::string, double>>> countries;  // "handle\x1fplatform" -> shares
};

}  // namespace creatorscope
