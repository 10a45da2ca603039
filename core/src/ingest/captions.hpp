// What a caption says that the analyses need, read once at ingest so the caption itself need
// not be kept: its hashtags and whether it marks the post as sponsored.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace creatorscope {

struct CaptionFacts {
    std::string hashtags;  // lowercased, each once, space separated, at most 12: "#thrift #slowfashion"
    bool sponsored = false;
    std::string marker;    // the first sponsorship marker found ("#ad", "paid partnership", ...)
};

// The hashtags alone, and whether one of them marks sponsorship (#ad, #sponsored, #werbung...),
// into facts (its strings are reused, so reading many captions allocates nothing). The
// sponsorship phrases are found by the KeywordMatcher in the same pass as the keywords.
void read_hashtags(std::string_view caption, CaptionFacts& facts);

// The sponsorship phrases (lower case), matched as whole words in any case.
const std::array<std::string_view, 9>& sponsorship_phrases();

}  // namespace creatorscope
