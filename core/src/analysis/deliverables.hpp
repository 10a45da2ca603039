// What each kind of content a creator posts brings per post (the planner's expected outcome of
// a booking): the recent posts grouped by kind, with the 10th percentile, the median and the
// 90th percentile of their views, interactions and earned media value. See docs/plan.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/engagement.hpp"
#include "analysis/metrics.hpp"
#include "creatorscope/creator.hpp"

namespace creatorscope {

// The kind of content a post is, in the planner's words: "post", "reel", "story", "video" or
// "short", from the file's type ("REELS", "CAROUSEL_ALBUM", "Short"); the platform's usual kind
// (a video on TikTok and YouTube, a post elsewhere) when the file says nothing or something else.
std::string deliverable_type(std::string_view platform, std::string_view written);

// The kinds the platform sells, in the order they are offered.
std::vector<std::string> deliverable_types(std::string_view platform);

// posts: the engagement window's posts. One outcome per kind found, in deliverable_types order.
std::vector<DeliverableOutcome> deliverable_outcomes(const std::string& platform, const std::vector<PostCounts>& posts);

// A post's earned media value: its counts times the platform's values (NaN when the platform
// has none or the post gives no count).
double post_emv(const PostCounts& post, const EmvValues* values);

// The q-th quantile (0 to 1) of values, linear between order statistics (Hyndman and Fan's
// type 7, as R and NumPy compute it by default); NaN for none.
double quantile(std::vector<double> values, double q);

}  // namespace creatorscope
