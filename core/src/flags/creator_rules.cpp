// The red flags one creator's own data shows, one rule per function, run from one table: the
// posts of the engagement window, the follower history, every dated post, the report date.
// docs/flags.md explains each in words, with its threshold and source.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "analysis/metrics.hpp"
#include "flags/flags.hpp"
#include "flags/rule_kit.hpp"
#include "ingest/dates.hpp"
#include "model/table.hpp"

namespace creatorscope {

namespace {

using namespace flag_rules;

// What a creator's own rules look at.
struct OwnData {
    const std::vector<PostCounts>& window;      // the engagement window's posts, newest first
    const std::vector<FollowerPoint>& history;  // the prepared follower history
    const std::vector<PostCounts>& all_posts;   // every dated post, when a history exists
    std::int64_t as_of = 0;                     // the end of the report day
};

// Comments per like over the window, for COMMENT_LIKE_RATIO against peers later.
void comment_like_ratio(CreatorResult& c, const OwnData& own, const FlagThresholds& /*thresholds*/) {
    const auto& window = own.window;
    std::vector<double> ratios;
    for (const auto& p : window) {
        if (!std::isnan(p.likes) && p.likes > 0 && !std::isnan(p.comments)) ratios.push_back(p.comments / p.likes);
    }
    if (ratios.size() >= 5) c.comment_like_ratio = median(ratios);
}

// Did engagement follow a follower spike? Interactions per post in the 14 days after, against
// the 30 before: the evidence's second half, and "high" when they did not rise with the gain.
std::string engagement_after_spike(const std::vector<PostCounts>& all_posts, std::int64_t spike_time, std::int64_t as_of, double gain,
                                   const FlagThresholds& th, std::string& severity) {
    std::vector<double> before, after;
    for (const auto& p : all_posts) {
        const double i = interactions_of(p);
        if (std::isnan(i) || p.published_at > as_of) continue;
        if (p.published_at < spike_time && p.published_at >= spike_time - 30 * day_seconds) before.push_back(i);
        if (p.published_at >= spike_time && p.published_at < spike_time + 14 * day_seconds) after.push_back(i);
    }
    if (before.size() < 2 || after.size() < 2) return "; too few posts around it to tell whether engagement followed";
    const double b = median(before), a = median(after);
    const double rise = b > 0 ? a / b - 1 : 0;
    if (rise < th.engagement_followed_share * gain) {
        severity = "high";
        return "; interactions per post did not follow (" + format_number(b) + " before, " + format_number(a) +
               " in the 14 days after: " + (rise >= 0 ? "+" : "") + percent_text(rise) + ")";
    }
    return "; interactions per post rose with it (" + format_number(b) + " before, " + format_number(a) + " after)";
}

// FOLLOWER_SPIKE and FOLLOWER_DROP: daily changes against the creator's own normal (median and
// MAD), a change over a gap spread evenly over its days.
void follower_changes(CreatorResult& c, const OwnData& own, const FlagThresholds& th) {
    const auto& history = own.history;
    const auto& all_posts = own.all_posts;
    const auto& as_of = own.as_of;
    struct Change {
        std::int64_t time;
        double per_day, total, before;
    };
    std::vector<Change> changes;
    for (std::size_t k = 1; k < history.size(); ++k) {
        if (history[k].time > as_of) break;
        const double days = std::max(1.0, std::round(static_cast<double>(history[k].time - history[k - 1].time) / day_seconds));
        const double total = history[k].followers - history[k - 1].followers;
        changes.push_back({history[k].time, total / days, total, history[k - 1].followers});
    }
    if (changes.size() >= 14) {
        std::vector<double> per_day;
        for (const auto& ch : changes) per_day.push_back(ch.per_day);
        const double typical = median(per_day);
        std::vector<double> deviations;
        for (double d : per_day) deviations.push_back(std::fabs(d - typical));
        const double typical_followers = history.back().followers;
        // A very regular history has a MAD near zero: a floor keeps ordinary days ordinary.
        const double sigma = std::max({1.4826 * median(deviations), 0.0005 * typical_followers, 1.0});
        const Change* spike = nullptr;
        const Change* drop = nullptr;
        double spike_z = 0, drop_z = 0;
        for (const auto& ch : changes) {
            const double z = (ch.per_day - typical) / sigma;
            if (ch.before <= 0) continue;
            if (z >= th.follower_spike_z && ch.total >= th.follower_spike_min_share * ch.before && z > spike_z) {
                spike = &ch;
                spike_z = z;
            }
            if (-z >= th.follower_drop_z && -ch.total >= th.follower_drop_min_share * ch.before && -z > drop_z) {
                drop = &ch;
                drop_z = -z;
            }
        }
        if (spike != nullptr) {
            const double gain = spike->total / spike->before;
            std::string severity = "medium";
            const std::string followed = engagement_after_spike(all_posts, spike->time, as_of, gain, th, severity);
            Flag f = make_flag("FOLLOWER_SPIKE", severity,
                               "+" + format_number(spike->total) + " followers on " + format_date(spike->time) + " (+" + percent_text(gain) +
                                   "), " + format_number(spike_z, 1) + " times the usual spread of daily changes (median " +
                                   format_number(typical, 0) + " a day)" + followed,
                               gain, th.follower_spike_min_share);
            f.dates.push_back(format_date(spike->time));
            c.flags.push_back(std::move(f));
        }
        if (drop != nullptr) {
            const double loss = -drop->total / drop->before;
            Flag f = make_flag("FOLLOWER_DROP", "medium",
                               format_number(drop->total) + " followers on " + format_date(drop->time) + " (-" + percent_text(loss) +
                                   "), " + format_number(drop_z, 1) + " times the usual spread of daily changes: a purge or a mass unfollow",
                               loss, th.follower_drop_min_share);
            f.dates.push_back(format_date(drop->time));
            c.flags.push_back(std::move(f));
        }
    }
}

// FOLLOW_FOR_FOLLOW: following more accounts than follow back, or near the platform's limit
// (Instagram lets an account follow 7,500, TikTok 10,000; YouTube has no following).
void follow_for_follow(CreatorResult& c, const OwnData& /*own*/, const FlagThresholds& th) {
    if (!std::isnan(c.following) && !std::isnan(c.followers)) {
        const double platform_limit = c.platform == "instagram" ? th.follow_limit_instagram
                                      : c.platform == "tiktok"  ? th.follow_limit_tiktok
                                                                : not_a_number;
        const double limit = platform_limit * th.follow_limit_share;
        if (c.following > c.followers && c.following >= 1000) {
            c.flags.push_back(make_flag("FOLLOW_FOR_FOLLOW", "medium",
                                        "follows " + format_number(c.following) + " accounts, more than its " + format_number(c.followers) +
                                            " followers: typical of follow-for-follow growth",
                                        c.following / std::max(1.0, c.followers), 1.0));
        } else if (!std::isnan(limit) && c.following >= limit) {
            c.flags.push_back(make_flag("FOLLOW_FOR_FOLLOW", "low",
                                        "follows " + format_number(c.following) + " accounts, " +
                                            (c.following >= platform_limit ? "at or over" : "near") + " " + c.platform + "'s limit of " +
                                            format_number(platform_limit),
                                        c.following, limit));
        }
    }
}

// VIEW_INFLATION: views that no audience engaged with. A sustained run, several posts in a row
// (the window is newest first) with far more views than usual and far less engagement per
// view: medium, high when the run is a large share. A post that went viral reaches people who do
// not follow and engages less per view, which is ordinary: posts outside a run count only when
// their views are several times the usual and their engagement per view collapsed, medium when
// that recurs (min_posts or more), low for one or two (issue 18).
void view_inflation(CreatorResult& c, const OwnData& own, const FlagThresholds& th) {
    struct Seen {
        const PostCounts* post;
        double views, rate;
        std::size_t at;  // its place in the window: a post without views between two breaks a run
    };
    std::vector<Seen> seen;
    std::vector<double> views, rates;
    for (std::size_t k = 0; k < own.window.size(); ++k) {
        const auto& p = own.window[k];
        const double i = interactions_of(p);
        if (std::isnan(p.views) || p.views <= 0 || std::isnan(i)) continue;
        seen.push_back({&p, p.views, i / p.views, k});
        views.push_back(p.views);
        rates.push_back(i / p.views);
    }
    if (seen.size() < 5) return;
    const double usual_views = median(views), usual_rate = median(rates);
    const auto inflated = [&](const Seen& s, double times, double drop) { return s.views >= times * usual_views && s.rate <= (1 - drop) * usual_rate; };
    std::size_t run = 0, longest = 0, longest_end = 0;
    for (std::size_t k = 0; k < seen.size(); ++k) {
        const bool next_in_window = k > 0 && seen[k].at == seen[k - 1].at + 1;
        run = inflated(seen[k], th.view_inflation_views, th.view_inflation_rate_drop) ? (next_in_window ? run : 0) + 1 : 0;
        if (run > longest) longest = run, longest_end = k + 1;
    }
    const double share = static_cast<double>(longest) / static_cast<double>(seen.size());
    const bool sustained = longest >= static_cast<std::size_t>(th.view_inflation_min_posts) && share >= th.view_inflation_min_share;
    Flag f = make_flag("VIEW_INFLATION", sustained ? (share >= th.view_inflation_high_share ? "high" : "medium") : "low", "", 0,
                       sustained ? th.view_inflation_min_posts : th.view_inflation_outlier_views);
    const auto add = [&](const Seen& s) {
        f.posts.emplace_back(s.post->post_id);
        if (s.post->published_at != missing_time) f.dates.push_back(format_date(s.post->published_at));
    };
    if (sustained) {
        for (std::size_t k = longest_end - longest; k < longest_end; ++k) add(seen[k]);
        f.value = static_cast<double>(longest);
        f.evidence = std::to_string(longest) + " posts in a row (of " + std::to_string(seen.size()) + " recent) had " +
                     format_number(th.view_inflation_views, 1) + " times or more the usual " + format_number(usual_views) +
                     " views while engagement per view was " + percent_text(th.view_inflation_rate_drop, 0) +
                     " or more under the usual " + percent_text(usual_rate, 2) + ": views that no audience engaged with";
    } else {
        double most = 0;  // the largest views multiple among them: the flag's value
        for (const Seen& s : seen) {
            if (!inflated(s, th.view_inflation_outlier_views, th.view_inflation_outlier_rate_drop)) continue;
            add(s);
            most = std::max(most, s.views / usual_views);
        }
        if (f.posts.empty()) return;
        if (f.posts.size() >= static_cast<std::size_t>(th.view_inflation_min_posts)) f.severity = "medium";
        f.value = most;
        f.evidence = std::to_string(f.posts.size()) + " of " + std::to_string(seen.size()) + " recent posts had " +
                     format_number(th.view_inflation_outlier_views, 0) + " times or more the usual " + format_number(usual_views) +
                     " views with engagement per view " + percent_text(th.view_inflation_outlier_rate_drop, 0) +
                      " or more under the usual " + percent_text(usual_rate, 2) +
                     (f.severity == "medium" ? ", more than once or twice: views that no audience engaged with" : ": check where those views came from");
    }
    c.flags.push_back(std::move(f));
}

// UNIFORM_ENGAGEMENT: likes that barely vary from post to post.
void uniform_engagement(CreatorResult& c, const OwnData& own, const FlagThresholds& th) {
    const auto& window = own.window;
    std::vector<double> likes;
    for (const auto& p : window) {
        if (!std::isnan(p.likes)) likes.push_back(p.likes);
    }
    if (likes.size() >= static_cast<std::size_t>(th.uniform_min_posts)) {
        double mean = 0;
        for (double l : likes) mean += l;
        mean /= static_cast<double>(likes.size());
        double variance = 0;
        for (double l : likes) variance += (l - mean) * (l - mean);
        const double cv = mean > 0 ? std::sqrt(variance / static_cast<double>(likes.size() - 1)) / mean : 0;
        if (mean >= 20 && cv < th.uniform_max_cv) {
            const auto [low, high] = std::minmax_element(likes.begin(), likes.end());
            c.flags.push_back(make_flag("UNIFORM_ENGAGEMENT", "medium",
                                        "likes on the last " + std::to_string(likes.size()) + " posts all lie between " + format_number(*low) +
                                            " and " + format_number(*high) + " (variation " + percent_text(cv, 2) +
                                            " of the mean): real audiences vary far more from post to post",
                                        cv, th.uniform_max_cv));
        }
    }
}

// INACTIVE: no recent post, or long gaps.
void inactive(CreatorResult& c, const OwnData& /*own*/, const FlagThresholds& th) {
    if (c.cadence.posts_90d > 0 || !std::isnan(c.cadence.days_since_last_post)) {
        if (c.cadence.days_since_last_post >= th.inactive_days) {
            c.flags.push_back(make_flag("INACTIVE", "medium",
                                        "no post for " + format_number(c.cadence.days_since_last_post) + " days before the report date",
                                        c.cadence.days_since_last_post, th.inactive_days));
        } else if (c.cadence.longest_gap_days >= th.irregular_gap_days) {
            c.flags.push_back(make_flag("INACTIVE", "low",
                                        "a gap of " + format_number(c.cadence.longest_gap_days) + " days without a post in the last 90 days",
                                        c.cadence.longest_gap_days, th.irregular_gap_days));
        }
    }
}

// SPONSORED_SATURATION: mostly paid posts, or paid posts that engage far less.
void sponsored_saturation(CreatorResult& c, const OwnData& /*own*/, const FlagThresholds& th) {
    const Engagement& e = c.engagement;
    const int known = e.sponsored_posts + e.organic_posts;
    std::vector<std::string> why;
    double value = 0, threshold = 0;
    if (known >= 4 && static_cast<double>(e.sponsored_posts) / known > th.sponsored_share) {
        why.push_back(std::to_string(e.sponsored_posts) + " of " + std::to_string(known) + " recent posts are sponsored (" +
                      percent_text(static_cast<double>(e.sponsored_posts) / known, 0) + ")");
        value = static_cast<double>(e.sponsored_posts) / known;
        threshold = th.sponsored_share;
    }
    if (e.sponsored_posts >= 3 && e.organic_posts >= 3 && e.sponsored_rate < th.sponsored_rate_ratio * e.organic_rate) {
        why.push_back("sponsored posts engage at " + percent_text(e.sponsored_rate, 2) + " against " + percent_text(e.organic_rate, 2) +
                      " for organic ones");
        if (threshold == 0) {
            value = e.sponsored_rate / e.organic_rate;
            threshold = th.sponsored_rate_ratio;
        }
    }
    if (!why.empty()) {
        std::string evidence;
        for (const auto& w : why) evidence += (evidence.empty() ? "" : "; ") + w;
        c.flags.push_back(make_flag("SPONSORED_SATURATION", "medium", evidence, value, threshold));
    }
}

// BRAND_SAFETY: listed terms in captions (the built-in categories and the brief's blocklist;
// the brief's own keywords and niches are wanted, not flagged) and in the bio.
void brand_safety(CreatorResult& c, const OwnData& own, const FlagThresholds& /*thresholds*/) {
    const auto& window = own.window;
    Flag f = make_flag("BRAND_SAFETY", "medium", "", 0, 1);
    std::vector<std::string> terms;
    bool blocklist = false;
    const auto collect = [&](std::string_view hits) {
        bool any = false;
        std::size_t at = 0;
        while (at < hits.size()) {
            std::size_t end = hits.find(" | ", at);
            if (end == std::string_view::npos) end = hits.size();
            const std::string_view hit = hits.substr(at, end - at);
            at = end + 3;
            if (hit.rfind("brief keyword:", 0) == 0 || hit.rfind("brief niche:", 0) == 0) continue;
            any = true;
            blocklist = blocklist || hit.rfind("brief blocklist:", 0) == 0;
            if (std::find(terms.begin(), terms.end(), hit) == terms.end()) terms.emplace_back(hit);
        }
        return any;
    };
    for (const auto& p : window) {
        if (collect(p.keyword_hits)) f.posts.emplace_back(p.post_id);
    }
    const bool in_bio = collect(c.bio_keyword_hits);
    if (!f.posts.empty() || in_bio) {
        f.value = static_cast<double>(f.posts.size());
        if (f.posts.size() >= 3 || blocklist) f.severity = "high";
        std::string list;
        for (std::size_t k = 0; k < terms.size() && k < 6; ++k) list += (list.empty() ? "" : ", ") + terms[k];
        f.evidence = (f.posts.empty() ? std::string() : std::to_string(f.posts.size()) + " of " + std::to_string(window.size()) + " recent captions") +
                     (in_bio ? (f.posts.empty() ? "the bio" : " and the bio") : "") + " match listed terms: " + list;
        c.flags.push_back(std::move(f));
    }
}

// LOW_VIEW_RATE: videos seen by few of the followers.
void low_view_rate(CreatorResult& c, const OwnData& own, const FlagThresholds& th) {
    const auto& window = own.window;
    std::vector<double> views;
    for (const auto& p : window) {
        if (!std::isnan(p.views)) views.push_back(p.views);
    }
    if (views.size() >= 3 && !std::isnan(c.followers) && c.followers >= 1000) {
        const double rate = median(views) / c.followers;
        if (rate < th.low_view_rate) {
            c.flags.push_back(make_flag("LOW_VIEW_RATE", "low",
                                        "median views " + format_number(median(views)) + " are " + percent_text(rate) + " of its " +
                                            format_number(c.followers) + " followers: many followers never watch",
                                        rate, th.low_view_rate));
        }
    }
}

using CreatorRule = void (*)(CreatorResult&, const OwnData&, const FlagThresholds&);
struct NamedCreatorRule {
    const char* flags;  // the flag ids the rule may raise
    CreatorRule rule;
};

// In this order: the measurement the peer rules use first, then the flags as the report lists them.
const NamedCreatorRule creator_rules[] = {
        {"(measures comments per like)", comment_like_ratio},
        {"FOLLOWER_SPIKE, FOLLOWER_DROP", follower_changes},
        {"FOLLOW_FOR_FOLLOW", follow_for_follow},
        {"VIEW_INFLATION", view_inflation},
        {"UNIFORM_ENGAGEMENT", uniform_engagement},
        {"INACTIVE", inactive},
        {"SPONSORED_SATURATION", sponsored_saturation},
        {"BRAND_SAFETY", brand_safety},
        {"LOW_VIEW_RATE", low_view_rate},
};

}  // namespace

void creator_flags(CreatorResult& c, const std::vector<PostCounts>& window, const std::vector<FollowerPoint>& history,
                   const std::vector<PostCounts>& all_posts, const FlagThresholds& thresholds, std::int64_t as_of) {
    const OwnData own{window, history, all_posts, as_of};
    for (const auto& named : creator_rules) named.rule(c, own, thresholds);
}

}  // namespace creatorscope
