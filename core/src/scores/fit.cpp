// Fit with the brief: engagement against peers, authenticity, alignment and cost per engagement
// against peers, weighed by the brief (one rule per function); the rank; the stage in parts.
#include <algorithm>
#include <cmath>

#include "analysis/metrics.hpp"
#include "ingest/input_file.hpp"
#include "scores/scoring.hpp"

namespace creatorscope {

namespace {

std::string cost_key(const std::string& platform, const std::string& tier, const std::string& currency) {
    return platform + '\x1f' + tier + '\x1f' + currency;
}

// Engagement: the creator's percentile among loaded peers of its platform and tier (the
// benchmark stage's), as it is; unknown without a rate, from too few posts, or with fewer
// than 3 peers.
ScorePart engagement_part(const CreatorResult& c, double weight) {
    ScorePart part;
    part.name = "engagement";
    part.weight = weight;
    part.peers = c.benchmark.peers;
    part.figure = c.benchmark.percentile;
    if (!c.engagement.available) {
        part.basis = "unknown: no engagement rate" + (c.engagement.note.empty() ? std::string() : " (" + c.engagement.note + ")");
    } else if (c.engagement.source == "posts" && c.engagement.too_few_posts()) {
        part.basis = "unknown: a rate from " + std::to_string(c.engagement.posts_used) + " post" +
                     (c.engagement.posts_used == 1 ? "" : "s") + ", fewer than " + std::to_string(minimum_trustworthy_posts) +
                     " to rank it against peers";
    } else if (std::isnan(c.benchmark.percentile) || c.benchmark.peers < CostPeers::min_peers) {
        part.basis = "unknown: " + std::to_string(c.benchmark.peers) + " loaded " + c.platform + " " + c.tier.value_or("") +
                     " creator" + (c.benchmark.peers == 1 ? "" : "s") + " with a rate of the same kind (itself included; rates from posts and from " +
                     "rosters are ranked apart), fewer than " +
                     std::to_string(CostPeers::min_peers) + " to rank it against";
    } else {
        part.score = c.benchmark.percentile;
        part.basis = "percentile " + format_number(c.benchmark.percentile, 1) + " of the engagement rate among " +
                     std::to_string(c.benchmark.peers) + " loaded " + c.platform + " " + c.tier.value_or("") + " creators";
    }
    return part;
}

// Authenticity: its score as it is; unknown when it is.
ScorePart authenticity_part(const CreatorResult& c, double weight) {
    ScorePart part;
    part.name = "authenticity";
    part.weight = weight;
    part.figure = c.authenticity.score;
    part.score = c.authenticity.score;
    part.basis = c.authenticity.known() ? "authenticity " + format_number(c.authenticity.score, 1) + ", " + c.authenticity.basis
                                        : c.authenticity.basis;
    return part;
}

// Alignment: its score as it is; unknown when it is.
ScorePart alignment_part(const CreatorResult& c, double weight) {
    ScorePart part;
    part.name = "alignment";
    part.weight = weight;
    part.figure = c.alignment.score;
    part.score = c.alignment.score;
    part.basis = c.alignment.known() ? "alignment " + format_number(c.alignment.score, 1) + " at " +
                                           format_number(100.0 * c.alignment.coverage, 0) + "% coverage"
                                     : c.alignment.basis;
    return part;
}

// Cost efficiency: cost per engagement (fee / expected interactions per post) against the
// median of peers in the same currency, as 100 / (1 + CPE / median): the median scores 50,
// half its cost 67, twice 33.
ScorePart cost_part(const CreatorResult& c, double weight, const CostPeers& peers) {
    ScorePart part;
    part.name = "cost";
    part.weight = weight;
    part.figure = c.cost.cpe;
    if (std::isnan(c.cost.cpe) || c.cost.cpe <= 0) {
        part.basis = std::isnan(c.cost.fee) ? "unknown: no fee loaded" : "unknown: no expected interactions to divide the fee by";
        return part;
    }
    std::string group;
    const auto [median, count] = peers.median_for(c, group);
    part.peers = count;
    if (count == 0) {
        part.basis = "unknown: fewer than " + std::to_string(CostPeers::min_peers) + " creators of its platform with a cost per engagement" +
                     (c.currency.empty() ? "" : " in " + c.currency);
        return part;
    }
    part.reference = median;
    part.score = 100.0 / (1.0 + c.cost.cpe / median);
    part.basis = "cost per engagement " + format_number(c.cost.cpe, 4) + " against the median " + format_number(median, 4) + " of " +
                 std::to_string(count) + " " + group;
    return part;
}

}  // namespace

CostPeers::CostPeers(const std::vector<CreatorResult>& creators) {
    std::unordered_map<std::string, std::vector<double>> groups;
    for (const auto& c : creators) {
        if (std::isnan(c.cost.cpe) || c.cost.cpe <= 0) continue;
        groups[cost_key(c.platform, c.tier.value_or(""), c.currency)].push_back(c.cost.cpe);
        groups[cost_key(c.platform, "*", c.currency)].push_back(c.cost.cpe);
    }
    for (auto& [key, values] : groups) {
        const int count = static_cast<int>(values.size());
        medians_[key] = {median(std::move(values)), count};
    }
}

std::pair<double, int> CostPeers::median_for(const CreatorResult& c, std::string& group) const {
    const std::string currency = c.currency.empty() ? "" : " in " + c.currency;
    if (const auto found = medians_.find(cost_key(c.platform, c.tier.value_or(""), c.currency));
        c.tier && found != medians_.end() && found->second.second >= min_peers) {
        group = c.platform + " " + *c.tier + " creators" + currency;
        return found->second;
    }
    if (const auto found = medians_.find(cost_key(c.platform, "*", c.currency)); found != medians_.end() && found->second.second >= min_peers) {
        group = c.platform + " creators" + currency;
        return found->second;
    }
    return {not_a_number, 0};
}

BriefScore score_fit(const CreatorResult& c, const Brief& brief, const CostPeers& peers) {
    BriefScore s;
    const FitWeights& w = brief.weights;
    s.parts.push_back(engagement_part(c, w.engagement));
    s.parts.push_back(authenticity_part(c, w.authenticity));
    s.parts.push_back(alignment_part(c, w.alignment));
    s.parts.push_back(cost_part(c, w.cost, peers));
    combine_parts(s, "fit");
    return s;
}

void rank_by_fit(std::vector<CreatorResult>& creators) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < creators.size(); ++i) {
        creators[i].fit.rank = 0;
        if (creators[i].fit.known()) order.push_back(i);
    }
    const auto rounded = [&](std::size_t i) { return std::round(creators[i].fit.score * 10.0); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rounded(a) > rounded(b); });
    for (std::size_t k = 0; k < order.size(); ++k) {
        const bool tie = k > 0 && rounded(order[k]) == rounded(order[k - 1]);
        creators[order[k]].fit.rank = tie ? creators[order[k - 1]].fit.rank : static_cast<int>(k + 1);
    }
}

ScoringPass::ScoringPass(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                         const std::vector<CreatorResult>& creators, const Brief* brief)
    : brief_(brief), audiences_(inputs, strings), cost_peers_(creators) {}

void ScoringPass::score(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end && i < creators.size(); ++i) {
        CreatorResult& c = creators[i];
        if (brief_ == nullptr) {
            clear_brief_scores(c);
            continue;
        }
        c.alignment = score_alignment(c, *brief_, audiences_.find(c.handle, c.platform), audiences_);
        c.fit = score_fit(c, *brief_, cost_peers_);
    }
}

void ScoringPass::finish(std::vector<CreatorResult>& creators) const {
    if (brief_ != nullptr) rank_by_fit(creators);
}

}  // namespace creatorscope
