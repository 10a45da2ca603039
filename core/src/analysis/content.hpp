// What a creator's content says of the brief's niches and keywords (alignment's content part,
// docs/scores.md): the terms found in the captions of the engagement window's posts (by the
// reader's term search, ingest/keywords), in their hashtags ("#sustainablefashion" is the niche
// "sustainable fashion"), in the bio and in the category, with the posts that carry them.
#pragma once

#include <vector>

#include "creatorscope/brief.hpp"
#include "creatorscope/creator.hpp"
#include "analysis/engagement.hpp"

namespace creatorscope {

// The creator's content evidence against the brief's terms, over the window's posts; the
// profile's part comes from the creator's bio hits and category (has_bio from the roster).
ContentEvidence gather_content(const CreatorResult& creator, const std::vector<PostCounts>& window, bool has_bio, const Brief& brief);

// A term as a hashtag would write it: lower case, without spaces, hyphens or a leading '#'.
std::string hashtag_form(std::string_view term);

}  // namespace creatorscope
