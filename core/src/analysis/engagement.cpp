// Engagement rate per creator: window selection, per-post rates, median and mean.
#include "analysis/engagement.hpp"

#include <algorithm>
#include <cmath>

namespace creatorscope {

int default_window(const std::string& platform) {
    if (platform == "tiktok" || platform == "youtube") return 30;
    return 12;
}

bool measured_by_views(const std::string& platform) { return platform == "tiktok" || platform == "youtube"; }

namespace {

// The posts of the window: the newest `window` on or before as_of (posts sorted newest first).
std::vector<PostCounts> posts_in_window(const std::vector<PostCounts>& posts, std::int64_t as_of, int window) {
    std::vector<PostCounts> in_window;
    for (const auto& post : posts) {
        if (post.published_at > as_of) continue;  // after the report date
        if (static_cast<int>(in_window.size()) >= window) break;
        in_window.push_back(post);
    }
    return in_window;
}

// True when any post of the window carries the count.
bool any_carries(const std::vector<PostCounts>& in_window, double PostCounts::*field) {
    return std::any_of(in_window.begin(), in_window.end(), [&](const PostCounts& p) { return !std::isnan(p.*field); });
}

// The interaction counts summed into a post's interactions.
struct Summed {
    bool likes, comments, shares, saves;
};

// Which interaction counts to sum: those this creator's posts carry at all (listed in result.summed).
Summed choose_summed(const std::vector<PostCounts>& in_window, Engagement& result) {
    const Summed summed{any_carries(in_window, &PostCounts::likes), any_carries(in_window, &PostCounts::comments),
                        any_carries(in_window, &PostCounts::shares), any_carries(in_window, &PostCounts::saves)};
    if (summed.likes) result.summed.push_back("likes");
    if (summed.comments) result.summed.push_back("comments");
    if (summed.shares) result.summed.push_back("shares");
    if (summed.saves) result.summed.push_back("saves");
    return summed;
}

// What each post's rate is divided by, and what there is to divide by.
struct Basis {
    bool by_views, by_reach, has_followers, has_history;
};

// The denominator: views on video platforms, followers elsewhere; the other when the
// preferred one is absent from the data. Or the one asked for.
Basis choose_denominator(const std::string& platform, double followers, const std::vector<PostCounts>& in_window,
                         std::string_view denominator, const std::vector<FollowerPoint>* history, Engagement& result) {
    const bool has_followers = !std::isnan(followers) && followers > 0;
    const bool has_history = history != nullptr && !history->empty();
    const bool has_views = any_carries(in_window, &PostCounts::views);
    const bool by_reach = denominator == "reach";
    bool by_views = measured_by_views(platform) ? has_views || !has_followers : !has_followers && has_views;
    if (denominator == "views") by_views = true;
    if (denominator == "followers" || by_reach) by_views = false;
    result.denominator = by_reach ? "reach" : by_views ? "views" : "followers";
    if (denominator.empty() && measured_by_views(platform) && !by_views) result.note = "no views in the data: measured by followers instead";
    if (denominator.empty() && !measured_by_views(platform) && by_views) result.note = "no follower count: measured by views instead";
    if (result.denominator == "followers") result.followers_basis = has_history ? "at post time" : "current";
    return {by_views, by_reach, has_followers, has_history};
}

// Each post's rate (into result.per_post and rates), or the reason it is skipped (into result.skipped).
// with_ids: keep each post's id (false when only the rate is wanted: nothing is copied per post).
void rate_posts(const std::vector<PostCounts>& in_window, const Summed& with, const Basis& basis, double followers,
                const std::vector<FollowerPoint>* history, Engagement& result, std::vector<double>& rates, bool with_ids) {
    const bool by_views = basis.by_views, by_reach = basis.by_reach;
    for (const auto& post : in_window) {
        std::string reason;
        const auto need = [&](bool wanted, double value, const char* name) {
            if (wanted && std::isnan(value) && reason.empty()) reason = std::string(name) + " hidden or missing";
        };
        need(with.likes, post.likes, "likes");
        need(with.comments, post.comments, "comments");
        need(with.shares, post.shares, "shares");
        need(with.saves, post.saves, "saves");
        double per_post_denominator = by_reach ? post.reach : by_views ? post.views : followers;
        if (!by_views && !by_reach && basis.has_history) {
            // Followers on the post's day; the current count for posts before the history.
            const double then = followers_at(*history, post.published_at);
            if (!std::isnan(then)) per_post_denominator = then;
        }
        if (reason.empty() && (std::isnan(per_post_denominator) || per_post_denominator <= 0)) {
            const char* name = by_reach ? "reach" : by_views ? "views" : "followers";
            reason = std::isnan(per_post_denominator) ? std::string(name) + " missing" : std::string("zero ") + name;
        }
        if (!reason.empty()) {
            if (with_ids) result.skipped.push_back({std::string(post.post_id), post.line, reason});
            continue;
        }
        double interactions = 0;
        if (with.likes) interactions += post.likes;
        if (with.comments) interactions += post.comments;
        if (with.shares) interactions += post.shares;
        if (with.saves) interactions += post.saves;
        const double rate = interactions / per_post_denominator;
        rates.push_back(rate);
        result.per_post.push_back({with_ids ? std::string(post.post_id) : std::string(), post.published_at, interactions, per_post_denominator, rate,
                                   post.likes, post.comments});
    }
}

// Expected interactions and views per post: medians over the window's posts that have them.
void set_expected_counts(const std::vector<PostCounts>& in_window, Engagement& result) {
    std::vector<double> interactions, views;
    for (const auto& post : result.per_post) interactions.push_back(post.interactions);
    for (const auto& post : in_window) {
        if (!std::isnan(post.views)) views.push_back(post.views);
    }
    if (!interactions.empty()) result.expected_interactions = median(interactions);
    if (!views.empty()) result.expected_views = median(views);
}

// The rate's median and mean, and the caveat when too few posts were rated.
void set_rate(const std::vector<double>& rates, Engagement& result) {
    result.available = true;
    result.rate = median(rates);
    double sum = 0;
    for (double r : rates) sum += r;
    result.rate_mean = sum / static_cast<double>(rates.size());
    if (result.posts_used < minimum_trustworthy_posts) result.caveats.push_back("TOO_FEW_POSTS");
}

// Sponsored against organic, over the same posts (the rated posts, matched to the window in order).
void split_sponsored(const std::vector<PostCounts>& in_window, Engagement& result) {
    std::vector<double> sponsored, organic;
    for (std::size_t k = 0, used = 0; k < in_window.size() && used < result.per_post.size(); ++k) {
        if (in_window[k].post_id != result.per_post[used].post_id || in_window[k].published_at != result.per_post[used].published_at) continue;
        if (in_window[k].sponsored == 1) sponsored.push_back(result.per_post[used].rate);
        if (in_window[k].sponsored == 0) organic.push_back(result.per_post[used].rate);
        ++used;
    }
    result.sponsored_posts = static_cast<int>(sponsored.size());
    result.organic_posts = static_cast<int>(organic.size());
    if (!sponsored.empty()) result.sponsored_rate = median(sponsored);
    if (!organic.empty()) result.organic_rate = median(organic);
}

Engagement engage(const std::string& platform, double followers, std::vector<PostCounts> posts, std::int64_t as_of, int window,
                  std::string_view denominator, const std::vector<FollowerPoint>* history, bool with_ids) {
    Engagement result;
    result.source = "posts";
    result.window = window;

    // Newest first; posts at the same time keep their input order (stable sort).
    std::stable_sort(posts.begin(), posts.end(),
                     [](const PostCounts& a, const PostCounts& b) { return a.published_at > b.published_at; });
    const std::vector<PostCounts> in_window = posts_in_window(posts, as_of, window);
    result.posts_in_window = static_cast<int>(in_window.size());
    if (in_window.empty()) {
        result.note = posts.empty() ? "no posts loaded for this creator" : "no posts on or before the report date";
        return result;
    }
    const Summed summed = choose_summed(in_window, result);
    const Basis basis = choose_denominator(platform, followers, in_window, denominator, history, result);
    if (result.summed.empty()) {
        result.note = "the posts carry no likes, comments, shares or saves";
        return result;
    }
    if (!basis.by_views && !basis.by_reach && !basis.has_followers && !basis.has_history) {
        result.note = std::isnan(followers) ? "the follower count is missing" : "the follower count is zero";
        return result;
    }
    std::vector<double> rates;
    rates.reserve(in_window.size());
    result.per_post.reserve(in_window.size());  // exactly: a creator's rated posts are kept to the end
    rate_posts(in_window, summed, basis, followers, history, result, rates, with_ids);
    result.posts_used = static_cast<int>(rates.size());
    set_expected_counts(in_window, result);
    if (rates.empty()) {
        result.note = "every post in the window lacks a needed count";
        return result;
    }
    set_rate(rates, result);
    if (with_ids) split_sponsored(in_window, result);
    return result;
}

}  // namespace

Engagement compute_engagement(const std::string& platform, double followers, std::vector<PostCounts> posts,
                              std::int64_t as_of, int window, std::string_view denominator,
                              const std::vector<FollowerPoint>* history) {
    return engage(platform, followers, std::move(posts), as_of, window, denominator, history, true);
}

double engagement_rate(const std::string& platform, double followers, const std::vector<PostCounts>& posts, std::int64_t as_of,
                       int window, std::string_view denominator, const std::vector<FollowerPoint>* history) {
    const Engagement e = engage(platform, followers, posts, as_of, window, denominator, history, false);
    return e.available ? e.rate : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace creatorscope
