// Scoring against the brief (PRODUCT.md sections 3 and 6b; docs/scores.md has every formula):
// alignment from the audience files, the content evidence, the platform and the tier; fit from
// the peer percentile, authenticity, alignment and cost per engagement against peers, weighed
// by the brief; the rank by fit. A stage of its own after the flags, so that a changed brief
// re-scores the creators without reading or analysing anything again.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "creatorscope/brief.hpp"
#include "creatorscope/creator.hpp"

namespace creatorscope {

class InputFile;
class StringPool;

// One account's audience rows from the audience files, by dimension.
struct AudienceRows {
    std::string input;  // the file they came from (the first, when several give rows)
    std::vector<std::pair<std::string, double>> countries, ages, genders, languages;
};

// Every audience file's rows by account ("handle\x1fplatform"; a row without a platform under
// "handle\x1f").
class AudienceIndex {
public:
    AudienceIndex(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings);
    const AudienceRows* find(const std::string& handle, const std::string& platform) const;
    std::size_t files() const { return files_; }
    std::size_t accounts() const { return rows_.size(); }

private:
    std::unordered_map<std::string, AudienceRows> rows_;
    std::size_t files_ = 0;
};

// The audience part for one dimension ("countries", "ages", "genders", "languages"): the share of
// the account's audience in the brief's targets, as a score of 100 x that share.
ScorePart audience_part(const std::string& name, const std::vector<std::string>& targets, const AudienceRows* rows,
                        const AudienceIndex& index);
// The covered fraction of an audience age bucket by the brief's age ranges ("18-24" by "18-34": 1;
// "25-34" by "18-29": 0.5); exact text where a bucket is not a range.
double age_coverage(const std::string& bucket, const std::vector<std::string>& targets);

// Alignment's parts for one creator and their weighted mean (scores/alignment.cpp).
BriefScore score_alignment(const CreatorResult& creator, const Brief& brief, const AudienceRows* rows, const AudienceIndex& index);

// The weighted mean of a score's known parts, the coverage (the known parts' share of the
// weight) and the basis; `what` names the score in the basis ("alignment").
void combine_parts(BriefScore& score, const std::string& what);

// Cost per engagement of the creators by platform, tier and currency (the cost part's peers).
class CostPeers {
public:
    explicit CostPeers(const std::vector<CreatorResult>& creators);
    // The median CPE and the number of peers: the creator's platform and tier first, then its
    // platform alone when the tier has fewer than min_peers; peers 0 when neither has enough.
    std::pair<double, int> median_for(const CreatorResult& creator, std::string& group) const;
    static constexpr int min_peers = 3;

private:
    std::unordered_map<std::string, std::pair<double, int>> medians_;
};

// Fit's parts for one creator (its alignment already scored) and their weighted mean (scores/fit.cpp).
BriefScore score_fit(const CreatorResult& creator, const Brief& brief, const CostPeers& peers);
// The rank by fit among the creators that have one (1 = best; equal scores to 0.1 share a rank).
void rank_by_fit(std::vector<CreatorResult>& creators);
// Without a brief: alignment and fit unknown, "no brief loaded".
void clear_brief_scores(CreatorResult& creator);

// The stage in parts: the constructor gathers the audiences and the cost peers; score() scores
// creators [begin, end); finish() ranks them.
class ScoringPass {
public:
    ScoringPass(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                const std::vector<CreatorResult>& creators, const Brief* brief);
    void score(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end) const;
    void finish(std::vector<CreatorResult>& creators) const;

private:
    const Brief* brief_;
    AudienceIndex audiences_;
    CostPeers cost_peers_;
};

}  // namespace creatorscope
