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

double quantile(std::vector<double> values, double q) {
    if (values.empty()) return not_a_number;
    std::sort(values.begin(), values.end());
    const double at = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(at));
    const std::size_t above = std::min(values.size() - 1, below + 1);
    return values[below] + (at - static_cast<double>(below)) * (values[above] - values[below]);
}

namespace {

DeliverableOutcome::Spread spread_of(const std::vector<double>& values) {
    DeliverableOutcome::Spread spread;
    if (values.empty()) return spread;
    spread.low = quantile(values, 0.1);
    spread.expected = quantile(values, 0.5);
    spread.high = quantile(values, 0.9);
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

std::vector<DeliverableOutcome> deliverable_outcomes(const std::string& platform, const std::vector<PostCounts>& posts) {
    std::vector<DeliverableOutcome> outcomes;
    const EmvValues* values = EmvTable::builtin().find(platform);
    for (const std::string& type : deliverable_types(platform)) {
        std::vector<double> views, reach, interactions, emv;
        int count = 0;
        for (const auto& post : posts) {
            if (deliverable_type(platform, post.type) != type) continue;
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
