// The shortlist's CSV writer (the shortlist itself: creatorscope/shortlist.hpp).
#pragma once

#include <string>
#include <vector>

#include "creatorscope/creator.hpp"
#include "creatorscope/shortlist.hpp"

namespace creatorscope {

// handle, name, platform, followers, tier, engagement_rate, authenticity, alignment, fit, flags,
// fee, currency, email, country, category; one row per starred creator, cells neutralised.
std::string write_shortlist_csv(const std::vector<CreatorResult>& creators, const Shortlist& shortlist);

}  // namespace creatorscope
