// The flags across creators in parts: the constructor gathers, once, what compares creators
// (each creator's comments, the peer groups, the audiences' countries); flag() then runs the
// peer rules (peer_rules.cpp) over a range of creators at a time.
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analysis/join.hpp"
#include "analysis/metrics.hpp"
#include "flags/flags.hpp"
#include "flags/peers.hpp"
#include "ingest/input_file.hpp"
#include "model/kinds.hpp"
#include "model/table.hpp"
#include "model/text.hpp"

namespace creatorscope {

FlagPass::~FlagPass() = default;

void assign_flags(std::vector<CreatorResult>& creators, const FlagContext& context) {
    FlagPass pass(creators, context);
    pass.flag(creators, 0, creators.size());
}

namespace {

// One creator's comments, as gathered: the posts each author commented on, the posts, the authors.
struct Gathered {
    std::unordered_map<std::string, std::unordered_set<std::string>> posts_by_author;
    std::unordered_set<std::string> posts;
    std::unordered_set<std::string> authors;
};

// Each creator's comment stats, from every comments file.
std::vector<Gathered> gather_comments(std::vector<CreatorResult>& creators, const FlagContext& context) {
    // Comments: each creator's comment stats, from every comments file. Without one, there is
    // nothing to gather (the creators' stats stay at zero), and a large roster does not pay for
    // a map of its handles and a record per creator (about 200 ms for 100,000 in the page).
    bool any_comments = false;
    if (context.inputs != nullptr) {
        for (const auto& input : *context.inputs) any_comments = any_comments || (input->finished() && input->kind() == Kind::comments);
    }
    std::unordered_map<std::string, std::vector<std::size_t>> by_handle;
    if (any_comments) {
        for (std::size_t i = 0; i < creators.size(); ++i) by_handle[creators[i].handle].push_back(i);
    }
    std::vector<Gathered> gathered(any_comments ? creators.size() : 0);
    if (any_comments) {
        static const int handle = canonical_index(Kind::comments, "handle"), platform = canonical_index(Kind::comments, "platform"),
                         post = canonical_index(Kind::comments, "post_id"), author = canonical_index(Kind::comments, "author"),
                         text = canonical_index(Kind::comments, "text");
        for (const auto& input : *context.inputs) {
            if (!input->finished() || input->kind() != Kind::comments) continue;
            const Table& t = input->table();
            for (std::size_t row = 0; row < t.rows(); ++row) {
                const std::string who(context.strings->get(t.text(handle, row)));
                const auto found = by_handle.find(who);
                if (found == by_handle.end()) continue;
                const std::string on(context.strings->get(t.text(platform, row)));
                const std::string post_id(t.long_text(post, row));
                // Which of the handle's accounts: the platform named, else the one whose posts
                // the comment's post id belongs to (ids carry no platform), else the only one.
                std::size_t target = creators.size();
                for (std::size_t i : found->second) {
                    if (!on.empty() && creators[i].platform == on) target = i;
                }
                if (target == creators.size() && found->second.size() == 1) target = found->second[0];
                if (target == creators.size()) {
                    for (std::size_t i : found->second) {
                        const auto& platform_name = creators[i].platform;
                        // Post ids often carry a platform prefix ("lenaandrews_in_069", "..._ti_...").
                        if (platform_name.size() >= 2 && post_id.find("_" + platform_name.substr(0, 2) + "_") != std::string::npos) target = i;
                    }
                }
                if (target == creators.size()) target = found->second[0];
                CreatorResult& c = creators[target];
                const std::string name(context.strings->get(t.text(author, row)));
                const std::string_view comment = t.long_text(text, row);
                ++c.comments.comments;
                const CommentClass kind = classify_comment(comment);
                switch (kind) {
                    case CommentClass::emoji_only: ++c.comments.emoji_only; break;
                    case CommentClass::mention_only: ++c.comments.mention_only; break;
                    case CommentClass::generic_phrase: ++c.comments.generic_phrase; break;
                    case CommentClass::ordinary: break;
                }
                if (kind != CommentClass::ordinary && c.comments.examples.size() < 6) {
                    const std::string example(utf8_prefix(comment, 40));
                    if (std::find(c.comments.examples.begin(), c.comments.examples.end(), example) == c.comments.examples.end()) {
                        c.comments.examples.push_back(example);
                    }
                }
                Gathered& g = gathered[target];
                g.posts.insert(post_id);
                if (!name.empty()) {
                    g.authors.insert(name);
                    g.posts_by_author[name].insert(post_id);
                }
            }
        }
    }
    return gathered;
}

// The commenters that recur on a creator's posts, and the creators where each recurs.
void find_recurring(std::vector<CreatorResult>& creators, const std::vector<Gathered>& gathered, const FlagThresholds& th,
                    FlagPass::State& state) {
    // Recurring commenters: on pod_post_share of the commented posts or more (at least pod_min_posts).
    auto& recurring_creators = state.recurring_creators;  // author -> creators where they recur
    for (std::size_t i = 0; i < gathered.size(); ++i) {
        CommentStats& stats = creators[i].comments;
        const Gathered& g = gathered[i];
        stats.posts = static_cast<int>(g.posts.size());
        stats.distinct_authors = static_cast<int>(g.authors.size());
        const double needed = std::max(th.pod_min_posts, th.pod_post_share * stats.posts);
        for (const auto& [name, posts] : g.posts_by_author) {
            if (static_cast<double>(posts.size()) >= needed) stats.recurring.emplace_back(name, static_cast<int>(posts.size()));
        }
        std::sort(stats.recurring.begin(), stats.recurring.end(),
                  [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        for (const auto& [name, count] : stats.recurring) recurring_creators[name].push_back(i);
    }
}

// The peer groups' sizes, medians and spreads.
void gather_peer_groups(const std::vector<CreatorResult>& creators, FlagPass::State& state) {
    // Peer groups for LOW_ and HIGH_ENGAGEMENT (platform, tier, denominator) and
    // COMMENT_LIKE_RATIO (platform).
    std::unordered_map<std::string, std::vector<double>> peer_rates;
    std::unordered_map<std::string, std::vector<double>> peer_ratios;
    for (const auto& c : creators) {
        if (counts_as_peer(c)) peer_rates[peer_group_key(c)].push_back(c.engagement.rate);
        if (!std::isnan(c.comment_like_ratio) && c.comment_like_ratio > 0) peer_ratios[c.platform].push_back(std::log(c.comment_like_ratio));
    }
    // Each group's figures, computed once (not once per creator: groups may hold thousands).
    auto& rate_groups = state.rate_groups;
    auto& ratio_groups = state.ratio_groups;
    for (const auto& [key, rates] : peer_rates) rate_groups[key] = {rates.size(), median(rates), not_a_number};
    for (const auto& [platform, ratios] : peer_ratios) {
        PeerGroup g{ratios.size(), median(ratios), not_a_number};
        std::vector<double> deviations;
        deviations.reserve(ratios.size());
        for (double r : ratios) deviations.push_back(std::fabs(r - g.median));
        // A floor on the spread (a quarter on the log scale, about 28%): among creators whose
        // ratios are nearly equal, an ordinary difference is not an outlier.
        g.sigma = std::max(1.4826 * median(std::move(deviations)), 0.25);
        ratio_groups[platform] = g;
    }
}

// The audience's shares by country, per account, from every audience file.
void gather_countries(const FlagContext& context, FlagPass::State& state) {
    // Audience shares by country, per account.
    auto& countries = state.countries;
    if (context.inputs != nullptr) {
        static const int handle = canonical_index(Kind::audience, "handle"), platform = canonical_index(Kind::audience, "platform"),
                         dimension = canonical_index(Kind::audience, "dimension"), bucket = canonical_index(Kind::audience, "bucket"),
                         share = canonical_index(Kind::audience, "share");
        for (const auto& input : *context.inputs) {
            if (!input->finished() || input->kind() != Kind::audience) continue;
            const Table& t = input->table();
            for (std::size_t row = 0; row < t.rows(); ++row) {
                if (lower_ascii(context.strings->get(t.text(dimension, row))) != "country") continue;
                const std::string key = std::string(context.strings->get(t.text(handle, row))) + '\x1f' +
                                        std::string(context.strings->get(t.text(platform, row)));
                countries[key].emplace_back(std::string(context.strings->get(t.text(bucket, row))), t.number(share, row));
            }
        }
    }
}

}  // namespace

FlagPass::FlagPass(std::vector<CreatorResult>& creators, const FlagContext& context)
    : context_(context), state_(std::make_unique<State>()) {
    const FlagThresholds& th = *context.thresholds;
    const std::vector<Gathered> gathered = gather_comments(creators, context);
    find_recurring(creators, gathered, th, *state_);
    gather_peer_groups(creators, *state_);
    gather_countries(context, *state_);
}

}  // namespace creatorscope
