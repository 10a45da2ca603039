// The result types of one creator, as the engine hands them to callers (the page, the CLI, the
// report writers): who the creator is, the engagement figure with what it rests on, growth,
// cadence, cost, the position against peers, the red flags with their evidence, authenticity.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace creatorscope {

// A time that is not known (a post without a date, a cell left empty).
constexpr std::int64_t missing_time = std::numeric_limits<std::int64_t>::min();

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

// Fewer posts than this and the figure carries TOO_FEW_POSTS.
constexpr int minimum_trustworthy_posts = 5;

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
    bool too_few_posts() const { return std::find(caveats.begin(), caveats.end(), "TOO_FEW_POSTS") != caveats.end(); }
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
    // From a roster: false, the figure is one number, not a median of posts (rate_mean is null).
    bool per_post_statistics = true;
    // A roster's own stated rate, when its averages give another (NaN otherwise).
    double stated_rate = std::numeric_limits<double>::quiet_NaN();
};

struct Growth {
    bool available = false;
    double followers_now = not_a_number;  // on the latest history day at or before the report date
    std::int64_t now_time = 0;
    double change_30d = not_a_number, growth_30d = not_a_number;  // growth: change / count 30 days before
    double change_90d = not_a_number, growth_90d = not_a_number;
    double avg_daily_change = not_a_number;  // (count now - count at the span's start) / days spanned
    double span_days = 0;                    // up to 90
    int history_days = 0;                    // days of history at or before the report date
    std::string note;
};

struct Cadence {
    int posts_90d = 0;                           // posts in the 90 days up to the report date
    double posts_per_week = not_a_number;        // posts_90d / (90 / 7)
    double longest_gap_days = not_a_number;      // longest time without a post in those 90 days
    double days_since_last_post = not_a_number;  // from the last post to the end of the report day
};

// A row of the reference table (assets/benchmarks/engagement.json): band edges in percent.
struct ReferenceRow {
    std::string platform, denominator;
    double min_followers = 0, max_followers = not_a_number;  // NaN: no upper limit
    double low_below = 0, average_low = 0, average_high = 0, high_above = 0;
    std::string source, url, retrieved;
};

struct Flag {
    std::string id;        // FOLLOWER_SPIKE, ...
    std::string severity;  // info, low, medium, high
    std::string evidence;  // in words, with the numbers
    double value = 0;      // the measured figure
    double threshold = 0;  // the threshold it crossed
    std::vector<std::string> posts;  // posts behind it (ids)
    std::vector<std::string> dates;  // days behind it (YYYY-MM-DD)
};

// What the comments on a creator's posts say about the audience.
struct CommentStats {
    int comments = 0;
    int emoji_only = 0, mention_only = 0, generic_phrase = 0;
    int distinct_authors = 0;
    int posts = 0;  // posts with at least one comment
    std::vector<std::pair<std::string, int>> recurring;  // authors on pod_post_share of posts or more, with their post counts
    std::vector<std::string> examples;                    // a few generic comments, as written
    double generic_share() const { return comments > 0 ? static_cast<double>(emoji_only + mention_only + generic_phrase) / comments : 0; }
};

struct Authenticity {
    double score = 100;  // NaN when unknown: nothing the authenticity flags read was loaded (basis says so)
    std::vector<std::pair<std::string, double>> deductions;  // flag id, points taken
    double audience_quality = -1;  // 100 x (1 - suspicious share) when a follower sample exists, else -1
    std::string formula;
    std::string basis;  // what the score rests on, in words and counts (or why it is unknown)
    bool known() const { return score == score; }
};

// A brief's term found in a creator's content: where (caption, hashtags, bio, category) and,
// for captions and hashtags, the posts.
struct ContentMatch {
    std::string term;
    std::string source;  // "niche" or "keyword"
    std::string where;   // "caption", "hashtags", "bio" or "category"
    std::vector<std::string> posts;
};

// What the content-match part of alignment looks at, gathered with the creator's figures: the
// posts of the engagement window and the profile (docs/scores.md).
struct ContentEvidence {
    int posts = 0;             // posts in the engagement window
    int posts_with_text = 0;   // of them, with a caption or hashtags to search
    int posts_matching = 0;    // of those, with a brief term in the caption or the hashtags
    bool has_bio = false, has_category = false;
    std::vector<ContentMatch> matches;
};

// One audience row a part used: the bucket as written, its share, whether the brief targets it
// (a share of it for an age bucket the brief's ranges cover in part).
struct AudienceRow {
    std::string bucket;
    double share = 0;
    double in_target = 0;  // 0, 1, or the covered fraction of an age bucket
};

// One part of alignment or fit: its score (NaN: unknown, basis says why), its weight in the
// score, what it rests on and the data it used.
struct ScorePart {
    std::string name;              // countries, ages, genders, languages, content, platform, tier; engagement, authenticity, alignment, cost
    double score = not_a_number;   // 0 to 100
    double weight = 0;             // the part's weight before renormalising over the known parts
    std::string basis;             // in words and counts; for an unknown part, the reason
    // Audience parts: the file, the rows, the share in the brief's targets.
    std::string input;
    std::vector<AudienceRow> rows;
    double share_in_target = not_a_number;
    std::vector<std::string> targets;  // what the brief asks for (countries, platforms, tiers...)
    std::string value;                 // the creator's own value compared (platform, tier)
    // Fit's parts: the figure the score maps (a percentile, a cost per engagement) and its reference.
    double figure = not_a_number, reference = not_a_number;
    int peers = 0;
    // The content part's data is the creator's ContentEvidence (CreatorResult::content).
    bool known() const { return score == score; }
};

// A score against the brief: the weighted mean over its known parts, the share of the weight
// resting on data (coverage), the basis in words; NaN with the reason when nothing is known or
// no brief is loaded. Fit also has the creator's rank (1 = best; 0 when it has no fit).
struct BriefScore {
    double score = not_a_number;
    double coverage = 0;
    std::string basis;
    int rank = 0;
    std::vector<ScorePart> parts;
    bool known() const { return score == score; }
};

// An account's own daily totals, from the platform's analytics export (TikTok Studio's Overview,
// Viewers and Follower activity): what the account did as a whole, not post by post.
struct AccountMetrics {
    std::vector<std::string> inputs;  // the files they came from
    std::string attached;             // how they were tied to this creator: "handle" or "the only tiktok creator"
    std::int32_t first_day = 0, last_day = 0;  // days since 1970-01-01 with a figure
    int days = 0;
    // Sums over the days (NaN when no file gives the figure); the last 28 days to the last day.
    double views = std::numeric_limits<double>::quiet_NaN(), profile_views = std::numeric_limits<double>::quiet_NaN();
    double likes = std::numeric_limits<double>::quiet_NaN(), comments = std::numeric_limits<double>::quiet_NaN();
    double shares = std::numeric_limits<double>::quiet_NaN();
    double views_28d = std::numeric_limits<double>::quiet_NaN(), profile_views_28d = std::numeric_limits<double>::quiet_NaN();
    double new_viewers = std::numeric_limits<double>::quiet_NaN(), returning_viewers = std::numeric_limits<double>::quiet_NaN();
    int peak_hour = -1;                      // the hour of day with the most active followers on average
    double peak_active_followers = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::pair<std::int32_t, float>> daily_views;  // (day, views), for the chart
};

// A table split by a dimension (YouTube Studio's Subscription status, Traffic source type...):
// the figures of each part, as the export gives them, for the creator's posts or the account.
struct Breakdown {
    std::string dimension;  // the column's header: "Subscription status"
    std::string input;      // the file
    std::string of;         // "posts" (rows per post and part, summed per post too) or "account"
    struct Part {
        std::string value;  // "Subscribed"
        double views = std::numeric_limits<double>::quiet_NaN(), likes = std::numeric_limits<double>::quiet_NaN();
        double comments = std::numeric_limits<double>::quiet_NaN();
        int rows = 0;
    };
    std::vector<Part> parts;  // in the order first seen

    Part& part(const std::string& value);
    double total_views() const;  // over the parts that give views (0 when none does)
};

// What one booking of a kind of content (a post, reel, story, video or short) brought on the
// creator's recent posts of that kind: the 10th percentile, the median and the 90th percentile
// per post of views, interactions and earned media value (NaN where the posts do not give it).
struct DeliverableOutcome {
    std::string type;  // "post", "reel", "story", "video", "short"
    int posts = 0;     // recent posts of this kind behind the figures
    struct Spread {
        double low = not_a_number, expected = not_a_number, high = not_a_number;
        bool known() const { return expected == expected; }
    };
    Spread views, reach, interactions, emv;
};

struct CreatorResult {
    std::string handle;
    std::string platform;  // empty when no input said
    double followers = 0;  // NaN when unknown
    double following = 0;  // NaN when unknown
    std::optional<std::string> tier;
    std::string country;
    std::string category;
    std::string name;   // the display name, when a list gives one beside the handle
    std::string email;  // the contact address, from the roster
    std::string audience_country;  // the audience's main country as the roster states it (not the creator's own)
    double posts_on_account = not_a_number;  // the account's own post count, from the roster (not the posts loaded)
    double fee = 0;  // NaN when unknown
    std::string currency;
    bool in_roster = false;
    int posts_loaded = 0;
    Engagement engagement;
    // The same posts measured by each denominator the data allows (NaN when it does not).
    double rate_by_followers = not_a_number, rate_by_views = not_a_number, rate_by_reach = not_a_number;
    Growth growth;
    Cadence cadence;
    struct Cost {
        double fee = not_a_number;  // per post, from the roster
        double cpe = not_a_number;  // fee / expected interactions per post
        double cpm = not_a_number;  // fee / expected views per post x 1000
        double emv = not_a_number;  // expected earned media value of a post (median over the window)
        double roi = not_a_number;  // (EMV - fee) / fee
    } cost;
    struct Benchmark {
        // Loaded creators of the same platform and tier whose rate has the same basis (posts or
        // the roster's figures) and, from posts, stands on enough posts; NaN percentile for a
        // rate from too few posts (it is no peer and gets no rank).
        int peers = 0;
        double percentile = not_a_number;        // among them
        const ReferenceRow* reference = nullptr; // the published band for this platform, size and formula
        std::string band;                        // "low" ... "high" against it
    } benchmark;
    // What the cross-creator flags look at: the bio's keyword hits, the median comments per
    // like over the window; then the flags themselves.
    std::string bio_keyword_hits;
    double comment_like_ratio = not_a_number;
    CommentStats comments;
    std::vector<Flag> flags;
    Authenticity authenticity;
    ContentEvidence content;  // what alignment's content part reads (empty without a brief)
    std::vector<DeliverableOutcome> deliverables;  // by kind of content, from the engagement window's posts (the planner's)
    BriefScore alignment, fit;  // against the brief (scores/), unknown without one
    // The follower history for the charts: every day up to 180 points, then thinned evenly (the
    // first and last days and the days flags name are always kept); 8 bytes a point, so that a
    // roster of 100,000 creators with histories keeps it in about 140 MB at most.
    struct SeriesPoint {
        std::int32_t day = 0;  // days since 1970-01-01
        float followers = 0;
        std::int64_t time() const { return static_cast<std::int64_t>(day) * 86400; }
    };
    std::vector<SeriesPoint> follower_series;
    std::optional<AccountMetrics> account;  // the account's own daily totals, when an export gives them
    std::vector<Breakdown> breakdowns;      // tables split by a dimension

    Breakdown& breakdown(const std::string& dimension, const std::string& input, const std::string& of);
};

// "likes + comments + shares" and the sentence that explains a creator's rate.
std::string describe_formula(const Engagement& engagement);  // written by the report

// The peer rank in words: among whom, or why there is none ("a rate from 2 posts, 5 needed").
std::string describe_peer_rank(const CreatorResult& creator);  // written by the report

}  // namespace creatorscope
