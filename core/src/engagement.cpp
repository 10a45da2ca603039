// Engagement rate per creator: window selection, per-post rates, median and mean.
#include "creatorscope/engagement.hpp"

#include <algorithm>
#include <cmath>

namespace creatorscope {

namespace {

double median_of(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace

int default_window(const std::string& platform) {
    if (platform == "tiktok" || platform == "youtube") return 30;
    return 12;
}

bool measured_by_views(const std::string& platform) { return platform == "tiktok" || platform == "youtube"; }

Engagement compute_engagement(const std::string& platform, double followers, std::vector<PostCounts> posts,
                              std::int64_t as_of, int window) {
    Engagement result;
    result.source = "posts";
    result.window = window;

    // Newest first; posts at the same time keep their input order (stable sort).
    std::stable_sort(posts.begin(), posts.end(),
                     [](const PostCounts& a, const PostCounts& b) { return a.published_at > b.published_at; });
    std::vector<PostCounts> in_window;
    for (const auto& post : posts) {
        if (post.published_at > as_of) continue;  // after the report date
        if (static_cast<int>(in_window.size()) >= window) break;
        in_window.push_back(post);
    }
    result.posts_in_window = static_cast<int>(in_window.size());
    if (in_window.empty()) {
        result.note = posts.empty() ? "no posts loaded for this creator" : "no posts on or before the report date";
        return result;
    }

    // Which interaction counts to sum: those this creator's posts carry at all.
    const auto any = [&](double PostCounts::*field) {
        return std::any_of(in_window.begin(), in_window.end(), [&](const PostCounts& p) { return !std::isnan(p.*field); });
    };
    const bool with_likes = any(&PostCounts::likes);
    const bool with_comments = any(&PostCounts::comments);
    const bool with_shares = any(&PostCounts::shares);
    const bool with_saves = any(&PostCounts::saves);
    if (with_likes) result.summed.push_back("likes");
    if (with_comments) result.summed.push_back("comments");
    if (with_shares) result.summed.push_back("shares");
    if (with_saves) result.summed.push_back("saves");

    // The denominator: views on video platforms, followers elsewhere; the other when the
    // preferred one is absent from the data.
    const bool has_followers = !std::isnan(followers) && followers > 0;
    const bool has_views = any(&PostCounts::views);
    bool by_views = measured_by_views(platform) ? has_views || !has_followers : !has_followers && has_views;
    result.denominator = by_views ? "views" : "followers";
    if (measured_by_views(platform) && !by_views) result.note = "no views in the data: measured by followers instead";
    if (!measured_by_views(platform) && by_views) result.note = "no follower count: measured by views instead";

    if (result.summed.empty()) {
        result.note = "the posts carry no likes, comments, shares or saves";
        return result;
    }
    if (!by_views && !has_followers) {
        result.note = std::isnan(followers) ? "the follower count is missing" : "the follower count is zero";
        return result;
    }

    std::vector<double> rates;
    for (const auto& post : in_window) {
        std::string reason;
        const auto need = [&](bool wanted, double value, const char* name) {
            if (wanted && std::isnan(value) && reason.empty()) reason = std::string(name) + " hidden or missing";
        };
        need(with_likes, post.likes, "likes");
        need(with_comments, post.comments, "comments");
        need(with_shares, post.shares, "shares");
        need(with_saves, post.saves, "saves");
        const double denominator = by_views ? post.views : followers;
        if (reason.empty() && by_views && (std::isnan(denominator) || denominator <= 0)) {
            reason = std::isnan(denominator) ? "views missing" : "zero views";
        }
        if (!reason.empty()) {
            result.skipped.push_back({post.post_id, post.line, reason});
            continue;
        }
        double interactions = 0;
        if (with_likes) interactions += post.likes;
        if (with_comments) interactions += post.comments;
        if (with_shares) interactions += post.shares;
        if (with_saves) interactions += post.saves;
        const double rate = interactions / denominator;
        rates.push_back(rate);
        result.per_post.push_back({post.post_id, post.published_at, interactions, denominator, rate});
    }
    result.posts_used = static_cast<int>(rates.size());
    if (rates.empty()) {
        result.note = "every post in the window lacks a needed count";
        return result;
    }
    result.available = true;
    result.rate = median_of(rates);
    double sum = 0;
    for (double r : rates) sum += r;
    result.rate_mean = sum / static_cast<double>(rates.size());
    if (result.posts_used < minimum_trustworthy_posts) result.caveats.push_back("TOO_FEW_POSTS");
    return result;
}

Engagement engagement_from_roster(double followers, double engagement_rate, double avg_likes, double avg_comments) {
    Engagement result;
    result.source = "roster";
    result.statistic = "as stated in the roster";
    result.denominator = "followers";
    result.caveats.push_back("TOO_FEW_POSTS");
    if (!std::isnan(engagement_rate)) {
        result.available = true;
        result.rate = result.rate_mean = engagement_rate;
        result.note = "the roster's own engagement rate; load posts to compute it";
        return result;
    }
    if (!std::isnan(avg_likes) && !std::isnan(followers) && followers > 0) {
        result.available = true;
        result.summed.push_back("avg_likes");
        double interactions = avg_likes;
        if (!std::isnan(avg_comments)) {
            interactions += avg_comments;
            result.summed.push_back("avg_comments");
        }
        result.statistic = "roster averages";
        result.rate = result.rate_mean = interactions / followers;
        result.note = "from the roster's average likes and comments; load posts to compute it";
        return result;
    }
    result.caveats.clear();
    result.note = "no posts loaded for this creator";
    return result;
}

}  // namespace creatorscope
