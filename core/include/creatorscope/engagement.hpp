// Engagement rate as PRODUCT.md section 3 defines it: interactions of a post (likes +
// comments, plus shares and saves where the export has them) over followers or over views,
// taken over the most recent posts in a window; the median is the figure, the mean beside it.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/metrics.hpp"

namespace creatorscope {

// One post as the engagement formula sees it; missing counts are NaN.
struct PostCounts {
    std::string post_id;
    std::uint64_t line = 0;  // where the post came from, for the report's "skipped" list
    std::int64_t published_at = 0;
    double likes, comments, shares, saves, views;
    double reach = std::numeric_limits<double>::quiet_NaN();
    std::int8_t sponsored = -1;  // 1: a paid-partnership field or a marker in the caption; 0: neither; -1: unknown
    std::string keyword_hits;    // listed terms in the caption ("gambling: casino | ...")
};

struct SkippedPost {
    std::string post_id;
    std::uint64_t line = 0;
    std::string reason;
};

struct PostRate {
    std::string post_id;
    std::int64_t published_at = 0;
    double interactions = 0;
    double denominator = 0;
    double rate = 0;
    double likes = std::numeric_limits<double>::quiet_NaN(), comments = std::numeric_limits<double>::quiet_NaN();  // for the charts
};

struct Engagement {
    bool available = false;          // false: no figure could be computed (see note)
    double rate = 0;                 // median per-post rate (a fraction, 0.034 is 3.4%)
    double rate_mean = 0;            // mean per-post rate
    int posts_used = 0;
    std::string source;              // "posts" or "roster" (the export's own figure)
    std::vector<std::string> summed; // interaction counts summed: likes, comments, shares, saves
    std::string denominator;         // "followers" or "views"
    std::string statistic = "median";
    int window = 0;                  // most recent posts considered
    int posts_in_window = 0;
    std::vector<SkippedPost> skipped;
    std::vector<std::string> caveats;  // TOO_FEW_POSTS
    std::string note;                  // why a figure is missing, or what was substituted
    std::vector<PostRate> per_post;    // the posts used, newest first
    // Followers as the denominator: "current" (the one count), or "at post time" (each post's
    // count from the follower history, the current count for posts before the history starts).
    std::string followers_basis;
    // Sponsored against organic among the posts used (rates are medians; NaN when none).
    int sponsored_posts = 0, organic_posts = 0;
    double sponsored_rate = std::numeric_limits<double>::quiet_NaN();
    double organic_rate = std::numeric_limits<double>::quiet_NaN();
    // What a post is expected to get: the medians over the window's posts (NaN when unknown).
    double expected_interactions = std::numeric_limits<double>::quiet_NaN();
    double expected_views = std::numeric_limits<double>::quiet_NaN();
};

// Defaults of PRODUCT.md section 3: 12 posts on Instagram, 30 on TikTok and YouTube.
int default_window(const std::string& platform);
// Video platforms are measured by views (the reference benchmarks are by views there).
bool measured_by_views(const std::string& platform);
// Fewer posts than this and the figure carries TOO_FEW_POSTS.
constexpr int minimum_trustworthy_posts = 5;

// posts: all of the creator's posts, in any order; as_of: posts after this time are ignored.
// denominator: "" for the platform's default (views on TikTok and YouTube, followers elsewhere),
// or "followers", "views", "reach" to compute that rate. history: the creator's follower
// history (prepared, sorted), for followers at post time; may be null.
Engagement compute_engagement(const std::string& platform, double followers, std::vector<PostCounts> posts,
                              std::int64_t as_of, int window, std::string_view denominator = {},
                              const std::vector<FollowerPoint>* history = nullptr);

// The figure a roster export states itself, used when no posts are loaded.
Engagement engagement_from_roster(double followers, double engagement_rate, double avg_likes, double avg_comments);

}  // namespace creatorscope
