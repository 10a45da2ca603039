// Engagement rate as PRODUCT.md section 3 defines it: interactions of a post (likes +
// comments, plus shares and saves where the export has them) over followers or over views,
// taken over the most recent posts in a window; the median is the figure, the mean beside it.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/metrics.hpp"

namespace creatorscope {

// One post as the engagement formula sees it; missing counts are NaN.
struct PostCounts {
    // The texts are views into storage that outlives the analysis (the table's arena, the
    // string pool, the join's own ids), so reading a post copies no text and allocates nothing.
    std::string_view post_id;
    std::uint64_t line = 0;  // where the post came from, for the report's "skipped" list
    std::int64_t published_at = 0;
    double likes, comments, shares, saves, views;
    double reach = std::numeric_limits<double>::quiet_NaN();
    std::int8_t sponsored = -1;  // 1: a paid-partnership field or a marker in the caption; 0: neither; -1: unknown
    std::string_view keyword_hits;  // listed terms in the caption ("gambling: casino | ...")
    std::string_view hashtags;   // "#thrift #slowfashion" (read only when a brief is loaded)
    bool has_text = false;       // a caption or hashtags to search (read only when a brief is loaded)
    std::string_view type;       // the kind of post as the file writes it ("reel", "IMAGE"), in the string pool
};

// Defaults of PRODUCT.md section 3: 12 posts on Instagram, 30 on TikTok and YouTube.
int default_window(const std::string& platform);
// Video platforms are measured by views (the reference benchmarks are by views there).
bool measured_by_views(const std::string& platform);

// posts: all of the creator's posts, in any order; as_of: posts after this time are ignored.
// denominator: "" for the platform's default (views on TikTok and YouTube, followers elsewhere),
// or "followers", "views", "reach" to compute that rate. history: the creator's follower
// history (prepared, sorted), for followers at post time; may be null.
Engagement compute_engagement(const std::string& platform, double followers, std::vector<PostCounts> posts,
                              std::int64_t as_of, int window, std::string_view denominator = {},
                              const std::vector<FollowerPoint>* history = nullptr);
// The same figure's rate alone (NaN when it cannot be computed), copying no post's text.
double engagement_rate(const std::string& platform, double followers, const std::vector<PostCounts>& posts, std::int64_t as_of,
                       int window, std::string_view denominator, const std::vector<FollowerPoint>* history);

// What a roster says of a creator's engagement (NaN where it says nothing).
struct RosterFigures {
    double stated_rate = std::numeric_limits<double>::quiet_NaN();  // the list's own engagement rate
    double avg_likes = std::numeric_limits<double>::quiet_NaN();
    double avg_comments = std::numeric_limits<double>::quiet_NaN();
    double avg_shares = std::numeric_limits<double>::quiet_NaN();
    double avg_views = std::numeric_limits<double>::quiet_NaN();
    double avg_engagement = std::numeric_limits<double>::quiet_NaN();  // average interactions per post, as one figure
};

// A stated rate and the rate from the averages may differ by this factor before the averages
// are preferred (a list's rate over "60 days" in which the creator did not post reads 0.02%).
constexpr double stated_rate_tolerance = 3.0;

// The engagement of a creator with no posts loaded, from the roster (roster_engagement.cpp):
// the rate from its averages on the platform's basis (views on TikTok and YouTube when the
// list gives average views, followers elsewhere), or its own stated rate; both shown when they
// disagree by more than stated_rate_tolerance, the averages then used.
Engagement engagement_from_roster(const std::string& platform, double followers, const RosterFigures& roster);
// The rates a roster's averages give by followers and by average views (left as they are where
// the roster does not say).
void roster_rates(double followers, const RosterFigures& roster, double& by_followers, double& by_views);

}  // namespace creatorscope
