// Red flags (PRODUCT.md section 3): each with a fixed id, a severity, the evidence a person can
// check (numbers, dates, posts) and the threshold it crossed; thresholds are data
// (assets/flags/thresholds.json), changed by a brief's "thresholds" or the CLI's --thresholds.
// Also the comment analysis the flags rest on, and the authenticity score with its breakdown.
// docs/flags.md explains each flag in words a marketer understands, with its source.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/status.hpp"

namespace creatorscope {

struct CreatorResult;
struct AudienceSample;
class InputFile;
class StringPool;

class FlagThresholds {
public:
    static const FlagThresholds& builtin();
    // Applies the keys of a JSON object (the thresholds file's keys; others are an error).
    Status apply(const nlohmann::json& overrides);
    double get(std::string_view key) const;
    const std::map<std::string, double, std::less<>>& values() const { return values_; }

private:
    std::map<std::string, double, std::less<>> values_;
};

struct Flag {
    std::string id;        // FOLLOWER_SPIKE, ...
    std::string severity;  // info, low, medium, high
    std::string evidence;  // in words, with the numbers
    double value = 0;      // the measured figure
    double threshold = 0;  // the threshold it crossed
    std::vector<std::string> posts;  // posts behind it (ids)
    std::vector<std::string> dates;  // days behind it (YYYY-MM-DD)
};

// What the comments on a creator's posts say about the audience.
struct CommentStats {
    int comments = 0;
    int emoji_only = 0, mention_only = 0, generic_phrase = 0;
    int distinct_authors = 0;
    int posts = 0;  // posts with at least one comment
    std::vector<std::pair<std::string, int>> recurring;  // authors on pod_post_share of posts or more, with their post counts
    std::vector<std::string> examples;                    // a few generic comments, as written
    double generic_share() const { return comments > 0 ? static_cast<double>(emoji_only + mention_only + generic_phrase) / comments : 0; }
};

struct Authenticity {
    double score = 100;
    std::vector<std::pair<std::string, double>> deductions;  // flag id, points taken
    double audience_quality = -1;  // 100 x (1 - suspicious share) when a follower sample exists, else -1
    std::string formula;
};

// Comment text classes, Unicode-aware (emoji sequences, skin tones, flags, variation selectors).
enum class CommentClass { ordinary, emoji_only, mention_only, generic_phrase };
CommentClass classify_comment(std::string_view text);

struct FlagContext {
    const std::vector<std::unique_ptr<InputFile>>* inputs = nullptr;
    const StringPool* strings = nullptr;
    const std::vector<AudienceSample>* samples = nullptr;
    std::vector<std::string> target_countries;  // from the brief (upper case), empty without one
    const FlagThresholds* thresholds = nullptr;
    std::int64_t as_of = 0;
};

struct PostCounts;
struct FollowerPoint;

// The flags one creator's own data shows (posts in the window, newest first; the prepared
// follower history; all dated posts, for what followed a follower spike). Called per creator.
void creator_flags(CreatorResult& creator, const std::vector<PostCounts>& window, const std::vector<FollowerPoint>& history,
                   const std::vector<PostCounts>& all_posts, const FlagThresholds& thresholds, std::int64_t as_of);

// The peer group a creator's engagement is ranked in: platform, tier and the rate's denominator.
std::string peer_group_key(const CreatorResult& creator);

// The flags that compare creators (peers, comments, audiences) and the authenticity score,
// once every creator is computed.
void assign_flags(std::vector<CreatorResult>& creators, const FlagContext& context);

// The same in parts, for a caller that shares its time with other work (the page draws frames):
// the constructor gathers what compares creators (comments, peer groups, audiences), then flag()
// sets the flags and the score of creators [begin, end), range after range.
class FlagPass {
public:
    FlagPass(std::vector<CreatorResult>& creators, const FlagContext& context);
    ~FlagPass();
    void flag(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end);

private:
    struct State;
    FlagContext context_;
    std::unique_ptr<State> state_;
};

std::string_view builtin_thresholds_text();
std::string_view builtin_generic_comments_text();

}  // namespace creatorscope
