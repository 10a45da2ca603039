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

#include "creatorscope/creator.hpp"
#include "creatorscope/settings.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

struct AudienceSample;
class InputFile;
class StringPool;

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
    struct State;  // what the peer rules read (flags/peers.hpp)

private:
    FlagContext context_;
    std::unique_ptr<State> state_;
};

std::string_view builtin_thresholds_text();
std::string_view builtin_generic_comments_text();

}  // namespace creatorscope
