// The red flags that compare a creator with others (peers of the same platform and tier, the
// platform's creators, commenters seen elsewhere, a follower sample, the brief's countries), one
// rule per function, run from one table; then the authenticity score and the flags' order.
// docs/flags.md explains each in words, with its threshold and source.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "analysis/follower_model.hpp"
#include "analysis/join.hpp"
#include "flags/flags.hpp"
#include "flags/peers.hpp"
#include "flags/rule_kit.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

using namespace flag_rules;

// What a peer rule looks at beside the creator.
struct PeerData {
    const FlagContext& context;
    FlagPass::State& state;
    const std::vector<CreatorResult>& creators;
};

// How many posts a rate stands on, in words: "from 12 posts".
std::string posts_basis(const Engagement& e) { return "from " + std::to_string(e.posts_used) + " posts"; }

// LOW_ENGAGEMENT against the published band and the loaded peers together: medium when both
// say low (under the band's low end, and in the lowest percentile among enough peers); low when
// only one of them can say and it says so clearly (too few peers: under half the band's low
// end; no band for the platform and tier: the lowest percentile); never on a rate from too few
// posts (the TOO_FEW_POSTS caveat says so instead). Issue 18: a percentile cut alone flags a
// tenth of any roster by construction, and a band's edge a creator a hair under it.
void low_engagement(CreatorResult& c, const Engagement& e, const PeerGroup& peers, const FlagThresholds& th) {
    const auto* band = c.benchmark.reference;
    const bool enough = static_cast<double>(peers.size) >= th.min_peers;
    const bool peers_low = enough && c.benchmark.percentile < th.low_engagement_percentile;
    const bool band_low = band != nullptr && c.benchmark.band == "low";
    const bool both = band_low && peers_low;
    const bool band_alone = band_low && !enough && e.rate < 0.5 * band->low_below / 100.0;
    const bool peers_alone = peers_low && band == nullptr;
    if (!(both || band_alone || peers_alone)) return;
    std::string evidence = "engagement rate " + percent_text(e.rate, 2);
    if (band_alone) {
        evidence += " is less than half the low band's " + format_number(band->low_below, 2) + "% (" + band->source + "); only " +
                    std::to_string(peers.size) + " loaded peers, " + format_number(th.min_peers) + " needed to compare; " + posts_basis(e);
        c.flags.push_back(make_flag("LOW_ENGAGEMENT", "low", evidence, e.rate, 0.5 * band->low_below / 100.0));
        return;
    }
    if (band_low) evidence += " is under " + format_number(band->low_below, 2) + "%, the low band of " + band->source;
    if (peers_low) {
        evidence += std::string(band_low ? ", and" : " is") + " in the lowest " + format_number(th.low_engagement_percentile) + "% of " +
                    std::to_string(peers.size) + " loaded " + c.platform + " " + *c.tier + " creators (percentile " +
                    format_number(c.benchmark.percentile, 0) + ", median " + percent_text(peers.median, 2) + ")";
    }
    evidence += "; " + posts_basis(e);
    c.flags.push_back(make_flag("LOW_ENGAGEMENT", both ? "medium" : "low", evidence, both ? e.rate : c.benchmark.percentile,
                                both ? band->low_below / 100.0 : th.low_engagement_percentile));
}

// HIGH_ENGAGEMENT: above the top percentile among enough peers and above the published band's
// high end (or no band); or several times the usual rate with few distinct commenters.
void high_engagement(CreatorResult& c, const Engagement& e, const PeerGroup& peers, const FlagThresholds& th) {
    const auto* band = c.benchmark.reference;
    const double diversity = c.comments.comments >= 20 ? static_cast<double>(c.comments.distinct_authors) / c.comments.comments : 1.0;
    const double reference_average = band != nullptr ? (band->average_low + band->average_high) / 200.0 : not_a_number;
    const double usual = peers.size >= 3 ? peers.median : reference_average;
    // The top percentile means something only among enough peers (100 for the 99th).
    const bool enough_for_top = static_cast<double>(peers.size) >= 100.0 / std::max(1.0, 100.0 - th.high_engagement_percentile);
    const bool above_band = band == nullptr || e.rate > band->high_above / 100.0;
    if (enough_for_top && above_band && c.benchmark.percentile > th.high_engagement_percentile) {
        c.flags.push_back(make_flag("HIGH_ENGAGEMENT", "medium",
                                    "engagement rate " + percent_text(e.rate, 2) + " is above the " +
                                        format_number(th.high_engagement_percentile) + "th percentile of " + std::to_string(peers.size) +
                                        " peers" + (band != nullptr ? " and the high band of " + band->source : std::string()) +
                                        ": check that the engagement is real; " + posts_basis(e),
                                    c.benchmark.percentile, th.high_engagement_percentile));
    } else if (!std::isnan(usual) && usual > 0 && e.rate > th.high_engagement_multiple * usual && diversity < th.low_comment_diversity) {
        c.flags.push_back(make_flag("HIGH_ENGAGEMENT", "high",
                                    "engagement rate " + percent_text(e.rate, 2) + " is " + format_number(e.rate / usual, 1) +
                                        " times the usual " + percent_text(usual, 2) + " while only " +
                                        std::to_string(c.comments.distinct_authors) + " accounts wrote its " +
                                        std::to_string(c.comments.comments) + " comments; " + posts_basis(e) + ", " +
                                        std::to_string(peers.size) + " loaded peers",
                                    e.rate / usual, th.high_engagement_multiple));
    }
}

// LOW_ENGAGEMENT and HIGH_ENGAGEMENT, on a rate from enough posts.
void engagement_against_peers(CreatorResult& c, PeerData& data, const FlagThresholds& th) {
    const Engagement& e = c.engagement;
    if (!e.available || !c.tier || e.too_few_posts()) return;
    const PeerGroup& peers = data.state.rate_groups[peer_group_key(c)];
    low_engagement(c, e, peers, th);
    high_engagement(c, e, peers, th);
}

// COMMENT_LIKE_RATIO against the platform's creators (robust z of the log ratio).
void comment_like_ratio(CreatorResult& c, PeerData& data, const FlagThresholds& th) {
    auto& ratio_groups = data.state.ratio_groups;
    if (!std::isnan(c.comment_like_ratio) && c.comment_like_ratio > 0) {
        const PeerGroup& ratios = ratio_groups[c.platform];
        if (ratios.size >= 8) {
            const double typical = ratios.median, sigma = ratios.sigma;
            const double z = (std::log(c.comment_like_ratio) - typical) / sigma;
            if (std::fabs(z) >= th.comment_like_ratio_z) {
                c.flags.push_back(make_flag(
                    "COMMENT_LIKE_RATIO", "medium",
                    "1 comment per " + format_number(1 / c.comment_like_ratio) + " likes, against 1 per " + format_number(1 / std::exp(typical)) +
                        " for the median of " + std::to_string(ratios.size) + " loaded " + c.platform + " creators (" +
                        (z > 0 ? "far more comments: bought comments?" : "far fewer comments: bought likes?") + ")",
                    z, th.comment_like_ratio_z));
            }
        }
    }
}

// GENERIC_COMMENTS.
void generic_comments(CreatorResult& c, PeerData& /*peers*/, const FlagThresholds& th) {
    const CommentStats& cs = c.comments;
    if (cs.comments >= 20) {
        const double share = cs.generic_share();
        if (share >= th.generic_comments_medium) {
            std::string examples;
            for (std::size_t k = 0; k < cs.examples.size() && k < 5; ++k) examples += (examples.empty() ? "\"" : ", \"") + cs.examples[k] + "\"";
            c.flags.push_back(make_flag("GENERIC_COMMENTS", share >= th.generic_comments_high ? "high" : "medium",
                                        percent_text(share, 0) + " of " + std::to_string(cs.comments) + " comments are emoji only (" +
                                            std::to_string(cs.emoji_only) + "), mentions only (" + std::to_string(cs.mention_only) +
                                            ") or generic praise (" + std::to_string(cs.generic_phrase) + "), such as " + examples,
                                        share, share >= th.generic_comments_high ? th.generic_comments_high
                                                                                         : th.generic_comments_medium));
        }
    }
}

// ENGAGEMENT_POD: the same few accounts on most posts, worse when they recur on other creators too.
void engagement_pod(CreatorResult& c, PeerData& data, const FlagThresholds& th) {
    const CommentStats& cs = c.comments;
    auto& recurring_creators = data.state.recurring_creators;
    const auto& creators = data.creators;
    if (cs.recurring.size() >= static_cast<std::size_t>(th.pod_min_accounts)) {
        std::vector<std::string> shared_with;
        int shared_accounts = 0;
        for (const auto& [name, count] : cs.recurring) {
            const auto& where = recurring_creators[name];
            if (where.size() >= 2) ++shared_accounts;
            for (std::size_t other : where) {
                const std::string label = creators[other].handle;
                if (label != c.handle && std::find(shared_with.begin(), shared_with.end(), label) == shared_with.end()) {
                    shared_with.push_back(label);
                }
            }
        }
        std::string names;
        for (std::size_t k = 0; k < cs.recurring.size() && k < 8; ++k) {
            names += (names.empty() ? "" : ", ") + cs.recurring[k].first + " (" + std::to_string(cs.recurring[k].second) + ")";
        }
        const bool across = shared_accounts >= static_cast<int>(th.pod_min_accounts);
        std::string others;
        for (const auto& o : shared_with) others += (others.empty() ? "" : ", ") + o;
        c.flags.push_back(make_flag("ENGAGEMENT_POD", across ? "high" : "medium",
                                    std::to_string(cs.recurring.size()) + " accounts commented on " +
                                        percent_text(th.pod_post_share, 0) + " or more of its " + std::to_string(cs.posts) +
                                        " commented posts: " + names +
                                        (across ? "; " + std::to_string(shared_accounts) + " of them do the same on " + others : ""),
                                    static_cast<double>(cs.recurring.size()), th.pod_min_accounts));
    }
}

// SUSPICIOUS_AUDIENCE from a follower sample: the share of suspicious accounts corrected for the
// model's own error rates, flagged only when its 95% interval lies above the threshold (so a
// small sample, or a share the model's errors could explain, flags nothing). Mass following is
// evidence shown, never a count of its own (issue 18: following 1,500 or more is common among
// real people).
void suspicious_audience(CreatorResult& c, PeerData& data, const FlagThresholds& th) {
    const FlagContext& context = data.context;
    const AudienceSample* sample = context.samples ? sample_for(*context.samples, c.handle) : nullptr;
    if (sample == nullptr || std::isnan(sample->corrected_ci95.first)) return;
    const double low = sample->corrected_ci95.first;
    if (low < th.suspicious_audience_medium) return;
    const bool high = low >= th.suspicious_audience_high;
    c.flags.push_back(make_flag(
        "SUSPICIOUS_AUDIENCE", high ? "high" : "medium",
        "an estimated " + percent_text(sample->corrected_share, 0) + " of the followers are suspicious (95% interval " +
            percent_text(low, 0) + " to " + percent_text(sample->corrected_ci95.second, 0) + "), from a sample of " +
            std::to_string(sample->accounts.size()) + " in which the model marked " + std::to_string(sample->suspicious) + " (" +
            percent_text(sample->suspicious_share, 0) + "), corrected for the accounts it misjudges; " +
            std::to_string(sample->mass_followers) + " follow 1,500 accounts or more, which alone marks no one",
        low, high ? th.suspicious_audience_high : th.suspicious_audience_medium));
}

// AUDIENCE_GEO_MISMATCH against the brief's countries.
void audience_geo_mismatch(CreatorResult& c, PeerData& data, const FlagThresholds& th) {
    const FlagContext& context = data.context;
    const auto& countries = data.state.countries;
    const auto found = countries.find(c.handle + '\x1f' + c.platform);
    if (found != countries.end() && !context.target_countries.empty()) {
        double in_target = 0;
        std::string top;
        double top_share = -1;
        for (const auto& entry : found->second) {
            const double share = entry.second;
            if (std::isnan(share)) continue;
            const std::string code = upper_ascii(trim(entry.first));
            if (std::find(context.target_countries.begin(), context.target_countries.end(), code) != context.target_countries.end()) in_target += share;
            if (share > top_share && code != "OTHER") {
                top_share = share;
                top = code;
            }
        }
        if (in_target < th.geo_target_share) {
            std::string targets;
            for (const auto& t : context.target_countries) targets += (targets.empty() ? "" : ", ") + t;
            const std::string home = upper_ascii(trim(c.country));
            const bool unrelated = !home.empty() && !top.empty() && top != home && in_target < th.geo_target_share / 2;
            c.flags.push_back(make_flag("AUDIENCE_GEO_MISMATCH", unrelated ? "high" : "medium",
                                        percent_text(in_target, 0) + " of the audience is in the brief's countries (" + targets +
                                            "); the largest share is " + top + " (" + percent_text(top_share, 0) + ")" +
                                            (unrelated ? ", not the creator's own country (" + home + ")" : ""),
                                        in_target, th.geo_target_share));
        }
    }
}

using PeerRule = void (*)(CreatorResult&, PeerData&, const FlagThresholds&);
struct NamedPeerRule {
    const char* flags;  // the flag ids the rule may raise
    PeerRule rule;
};

const NamedPeerRule peer_rules[] = {
    {"LOW_ENGAGEMENT, HIGH_ENGAGEMENT", engagement_against_peers},
    {"COMMENT_LIKE_RATIO", comment_like_ratio},
    {"GENERIC_COMMENTS", generic_comments},
    {"ENGAGEMENT_POD", engagement_pod},
    {"SUSPICIOUS_AUDIENCE", suspicious_audience},
    {"AUDIENCE_GEO_MISMATCH", audience_geo_mismatch},
};

// What the authenticity flags could read for a creator, in words and counts; empty when nothing.
std::string authenticity_evidence(const CreatorResult& c, const AudienceSample* sample) {
    std::vector<std::string> parts;
    const Engagement& e = c.engagement;
    if (e.available && e.source == "posts") parts.push_back(std::to_string(e.posts_used) + " posts with counts");
    if (e.available && e.source == "roster") parts.push_back("the roster's engagement figure");
    if (c.growth.history_days > 0) parts.push_back(std::to_string(c.growth.history_days) + " days of follower history");
    if (c.comments.comments > 0) {
        parts.push_back(std::to_string(c.comments.comments) + " comments on " + std::to_string(c.comments.posts) + " posts");
    }
    if (sample != nullptr) parts.push_back("a follower sample of " + std::to_string(sample->accounts.size()) + " accounts");
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
    return text;
}

// The authenticity score: 100 minus the weighted flags that speak to authenticity, blended
// with the follower sample's quality when there is one. Unknown (NaN) when the flags had
// nothing to read: no posts, history, comments, sample or engagement figure, and no flag fired
// (a following count alone vouches for nothing; docs/scores.md).
void score_authenticity(CreatorResult& c, const PeerData& data, const FlagThresholds& th) {
    const FlagContext& context = data.context;
    static const std::vector<std::string> authenticity_flags{"FOLLOWER_SPIKE",   "FOLLOWER_DROP",      "LOW_ENGAGEMENT",
                                                             "HIGH_ENGAGEMENT",  "COMMENT_LIKE_RATIO", "GENERIC_COMMENTS",
                                                             "ENGAGEMENT_POD",   "FOLLOW_FOR_FOLLOW",  "SUSPICIOUS_AUDIENCE",
                                                             "VIEW_INFLATION",   "UNIFORM_ENGAGEMENT", "LOW_VIEW_RATE"};
    Authenticity& a = c.authenticity;
    double score = 100;
    for (const auto& f : c.flags) {
        if (std::find(authenticity_flags.begin(), authenticity_flags.end(), f.id) == authenticity_flags.end()) continue;
        const double points = f.severity == "high" ? th.weight_high : f.severity == "medium" ? th.weight_medium
                              : f.severity == "low"  ? th.weight_low : 0;
        if (std::isnan(points) || points <= 0) continue;
        a.deductions.emplace_back(f.id, points);
        score -= points;
    }
    score = std::max(0.0, score);
    a.formula = "100 minus " + format_number(th.weight_high) + " per high, " + format_number(th.weight_medium) + " per medium and " +
                format_number(th.weight_low) + " per low authenticity flag";
    const AudienceSample* sample = context.samples ? sample_for(*context.samples, c.handle) : nullptr;
    const std::string evidence = authenticity_evidence(c, sample);
    if (evidence.empty() && a.deductions.empty()) {
        a.score = not_a_number;
        a.basis = "unknown: no posts, follower history, comments, follower sample or engagement figure loaded for this account, "
                  "so no authenticity flag could be checked";
        return;
    }
    a.basis = evidence.empty() ? "the flags that fired" : "checked on " + evidence;
    if (!a.deductions.empty()) a.basis += "; " + std::to_string(a.deductions.size()) + " authenticity flag" + (a.deductions.size() == 1 ? "" : "s");
    if (sample != nullptr) {
        const double share = std::isnan(sample->corrected_share) ? sample->suspicious_share : sample->corrected_share;
        a.audience_quality = 100.0 * (1.0 - share);
        const double w = th.audience_weight;
        score = (1 - w) * score + w * a.audience_quality;
        a.formula += "; blended with the follower sample's quality (100 x the estimated share of real accounts, corrected for the "
                     "model's errors) at weight " + format_number(w, 2);
    }
    a.score = score;
}

// Flags in a fixed order: severity first, then id.
void order_flags(CreatorResult& c) {
    const auto rank = [](const std::string& s) { return s == "high" ? 0 : s == "medium" ? 1 : s == "low" ? 2 : 3; };
    std::stable_sort(c.flags.begin(), c.flags.end(), [&](const Flag& x, const Flag& y) {
        return rank(x.severity) != rank(y.severity) ? rank(x.severity) < rank(y.severity) : x.id < y.id;
    });
}

}  // namespace

void FlagPass::flag(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end) {
    const FlagThresholds& th = *context_.thresholds;
    PeerData data{context_, *state_, creators};
    for (std::size_t index = begin; index < end && index < creators.size(); ++index) {
        CreatorResult& c = creators[index];
        for (const auto& named : peer_rules) named.rule(c, data, th);
        score_authenticity(c, data, th);
        order_flags(c);
    }
}

}  // namespace creatorscope
