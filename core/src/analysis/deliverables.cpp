// Each kind of content's figures per post, from the creator's recent posts (deliverables.hpp).
#include "analysis/deliverables.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/metrics.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {
bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }
bool video_platform(std::string_view platform) { return platform == "tiktok" || platform == "youtube"; }
}  // namespace

std::string deliverable_type(std::string_view platform, std::string_view written) {
    const std::string type = lower_ascii(trim(written));
    if (platform == "youtube") return has(type, "short") ? "short" : "video";
    if (platform == "tiktok") return has(type, "photo") || has(type, "carousel") || has(type, "image") ? "post" : "video";
    if (has(type, "story") || has(type, "stories")) return "story";
    if (has(type, "reel") || has(type, "clip")) return "reel";
    if (platform == "instagram" && (has(type, "video") || has(type, "igtv"))) return "reel";  // Instagram's videos are reels since 2022
    if (has(type, "video")) return "video";
    return "post";
}

std::vector<std::string> deliverable_types(std::string_view platform) {
    if (platform == "instagram") return {"post", "reel", "story"};
    if (platform == "youtube") return {"video", "short"};
    if (platform == "tiktok") return {"video", "post"};
    return {"post", "video", "reel", "story"};
}

namespace {

// The quantile of values already sorted (quantile() without its copy and sort).
double sorted_quantile(const std::vector<double>& values, double q) {
    const double at = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(at));
    const std::size_t above = std::min(values.size() - 1, below + 1);
    return values[below] + (at - static_cast<double>(below)) * (values[above] - values[below]);
}

// The 10th, 50th and 90th percentiles; sorts values in place, once.
DeliverableOutcome::Spread spread_of(std::vector<double>& values) {
    DeliverableOutcome::Spread spread;
    if (values.empty()) return spread;
    std::sort(values.begin(), values.end());
    spread.low = sorted_quantile(values, 0.1);
    spread.expected = sorted_quantile(values, 0.5);
    spread.high = sorted_quantile(values, 0.9);
    return spread;
}

// A post's interactions (the counts it gives, summed) and its earned media value; NaN when it gives none.
double interactions_of(const PostCounts& post) {
    double sum = 0;
    bool any = false;
    for (double count : {post.likes, post.comments, post.shares, post.saves}) {
        if (std::isnan(count)) continue;
        sum += count;
        any = true;
    }
    return any ? sum : not_a_number;
}

}  // namespace

double post_emv(const PostCounts& post, const EmvValues* values) {
    if (values == nullptr) return not_a_number;
    double sum = 0;
    bool any = false;
    const std::pair<double, double> parts[] = {{post.likes, values->like}, {post.comments, values->comment}, {post.shares, values->share},
                                               {post.saves, values->save}, {post.views, values->view}};
    for (const auto& [count, value] : parts) {
        if (std::isnan(count)) continue;
        sum += count * value;
        any = true;
    }
    return any ? sum : not_a_number;
}

double quantile(std::vector<double> values, double q) {
    if (values.empty()) return not_a_number;
    std::sort(values.begin(), values.end());
    return sorted_quantile(values, q);
}

std::vector<DeliverableOutcome> deliverable_outcomes(const std::string& platform, const std::vector<PostCounts>& posts) {
    std::vector<DeliverableOutcome> outcomes;
    const EmvValues* values = EmvTable::builtin().find(platform);
    // Each post's kind once (not once per kind asked), and the lists reused from kind to kind.
    std::vector<std::string> kinds;
    kinds.reserve(posts.size());
    for (const auto& post : posts) kinds.push_back(deliverable_type(platform, post.type));
    std::vector<double> views, reach, interactions, emv;
    for (const std::string& type : deliverable_types(platform)) {
        views.clear();
        reach.clear();
        interactions.clear();
        emv.clear();
        int count = 0;
        for (std::size_t k = 0; k < posts.size(); ++k) {
            const PostCounts& post = posts[k];
            if (kinds[k] != type) continue;
            ++count;
            if (!std::isnan(post.views)) views.push_back(post.views);
            if (!std::isnan(post.reach)) reach.push_back(post.reach);
            if (const double i = interactions_of(post); !std::isnan(i)) interactions.push_back(i);
            if (const double e = post_emv(post, values); !std::isnan(e)) emv.push_back(e);
        }
        if (count == 0) continue;
        DeliverableOutcome outcome;
        outcome.type = type;
        outcome.posts = count;
        outcome.views = spread_of(views);
        outcome.reach = spread_of(reach);
        outcome.interactions = spread_of(interactions);
        outcome.emv = spread_of(emv);
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

}  // namespace creatorscope
