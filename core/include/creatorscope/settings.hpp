// The settings callers give the engine: the tier scheme, the red flags' thresholds and the
// attribution settings. Each is a typed value; JSON is read and written only at the edges
// (files, the page's JavaScript), and an unknown or missing name there is an error.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/status.hpp"

namespace creatorscope {

struct Tier {
    std::string name;
    double min_followers = 0;
};

class TierScheme {
public:
    // Reads a scheme from its JSON text (the format of assets/tiers/*.json).
    static Status parse(std::string_view json_text, TierScheme& out);
    // A built-in scheme by name ("guide", "five-band"), or nullopt.
    static std::optional<TierScheme> builtin(std::string_view name);
    static std::vector<std::string> builtin_names();
    // A built-in scheme's name or a scheme's JSON text (the CLI's --tiers, the page's picker).
    static Status select(std::string_view name_or_json, TierScheme& out);
    // The scheme's JSON text when it is not a built-in one (a workspace keeps it), else empty.
    const std::string& custom_json() const { return custom_json_; }

    const std::string& name() const { return name_; }
    const std::string& source() const { return source_; }
    // The tier for a follower count on a platform; nullopt below the first threshold or when
    // the count is missing.
    std::optional<std::string> tier_for(double followers, std::string_view platform) const;
    const std::vector<Tier>& tiers(std::string_view platform = {}) const;

private:
    std::string name_;
    std::string title_;
    std::string source_;
    std::vector<Tier> tiers_;                             // ascending thresholds
    std::map<std::string, std::vector<Tier>> platforms_;  // per-platform overrides
    std::string custom_json_;
};

// The red flags' thresholds (PRODUCT.md section 3), one named field each; the values of
// assets/flags/thresholds.json are the built-in ones, and docs/flags.md explains each with its
// source. fields() is the one table from a name in that file to its field.
struct FlagThresholds {
    // Follower spikes and drops (robust z on daily changes, and a share of followers)
    double follower_spike_z = 0;
    double follower_spike_min_share = 0;
    double follower_drop_z = 0;
    double follower_drop_min_share = 0;
    double engagement_followed_share = 0;
    // Engagement against peers
    double low_engagement_percentile = 0;
    double high_engagement_percentile = 0;
    double high_engagement_multiple = 0;
    double low_comment_diversity = 0;
    double min_peers = 0;
    double comment_like_ratio_z = 0;
    // Comments and pods
    double generic_comments_medium = 0;
    double generic_comments_high = 0;
    double pod_post_share = 0;
    double pod_min_posts = 0;
    double pod_min_accounts = 0;
    // Following and audiences
    double follow_limit_instagram = 0;
    double follow_limit_tiktok = 0;
    double follow_limit_share = 0;
    double mass_following = 0;
    double suspicious_audience_medium = 0;
    double suspicious_audience_high = 0;
    double geo_target_share = 0;
    // Views, uniformity, activity, sponsorship
    double view_inflation_views = 0;
    double view_inflation_rate_drop = 0;
    double view_inflation_min_posts = 0;
    double view_inflation_min_share = 0;
    double view_inflation_high_share = 0;
    double view_inflation_outlier_views = 0;      // one post, not in a run: this many times the usual views
    double view_inflation_outlier_rate_drop = 0;  // and engagement per view this far under the usual
    double uniform_min_posts = 0;
    double uniform_max_cv = 0;
    double inactive_days = 0;
    double irregular_gap_days = 0;
    double sponsored_share = 0;
    double sponsored_rate_ratio = 0;
    double low_view_rate = 0;
    // Authenticity score (points per flag severity; the audience's weight)
    double weight_high = 0;
    double weight_medium = 0;
    double weight_low = 0;
    double audience_weight = 0;

    struct Field {
        std::string_view name;         // as in assets/flags/thresholds.json
        double FlagThresholds::*member;
    };
    static const std::vector<Field>& fields();
    // The built-in thresholds (every field named in the asset; check_builtin says whether it is).
    static const FlagThresholds& builtin();
    static Status check_builtin();
    // Sets the fields a JSON object names (a --thresholds file, a brief's "thresholds", the
    // page's dialog); an unknown name or a value that is not a number is an error naming it, and
    // nothing changes then. require_all: every field must be named.
    Status apply_json(std::string_view json_text, bool require_all = false);
    // The fields that differ from `base`, as a JSON object's text (a workspace's settings).
    std::string changes_json(const FlagThresholds& base) const;
};

struct AttributionSettings {
    double lookback_days = 30;   // touches older than this before an order are not part of its journey
    double half_life_days = 7;   // time_decay on timed journeys: a touch this many days before counts half
    double half_life_steps = 7;  // time_decay on path files (no times): the same in steps back
    double first_share = 0.4, last_share = 0.4;  // position_based; the middle touches share the rest
    int markov_order = 1;                        // 1, 2 or 3

    // Which fields a layer of settings gives (the caller's, a brief's), one bit per name of
    // to_json(); the built-in settings and a struct made in code give them all.
    enum Given : unsigned { gives_lookback = 1, gives_half_life = 2, gives_half_life_steps = 4, gives_position = 8, gives_markov = 16, gives_all = 31 };
    unsigned given = gives_all;

    // From a JSON object's text with any of the names of to_json() (a --attribution file, the
    // page's setAttributionSettings): only those are given. A wrong name or value is an error
    // naming it.
    static Status parse(std::string_view json_text, AttributionSettings& out);
    // Overrides from a JSON object with any of the keys of to_json(); a wrong key or value is
    // an error naming it, and nothing is changed then. The keys read are marked as given.
    Status apply(const nlohmann::ordered_json& overrides);
    // Whether the given fields are in range (the same rules as parse), naming the first that is not.
    Status check() const;
    // These settings with the fields `over` gives put on top.
    AttributionSettings with(const AttributionSettings& over) const;
    nlohmann::ordered_json to_json() const;  // every field (the report)
    std::string given_json() const;          // the given fields only (a workspace)
};

// The report date from "YYYY-MM-DD" (the CLI's --as-of, the page's setAsOf): the day, or nullopt
// for "" (the latest date in the data).
Status parse_report_date(std::string_view text, std::optional<std::int64_t>& out);

}  // namespace creatorscope
