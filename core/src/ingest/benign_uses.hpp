// Benign uses of brand-safety terms (assets/keywords/brand_safety.json, each category's
// "benign"): the context in which a listed word means something harmless, so that it is not a
// hit. "xxx" closing a caption is kisses, not adult content; "poker face" is an expression;
// "penne alla vodka" is pasta. Checked only where a term matched, so matching stays one pass.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace creatorscope {

struct BenignUse {
    std::string term;                       // lowered, as in the category's terms
    bool at_end = false;                    // harmless when it closes the text (only hashtags, mentions, emoji or punctuation after)
    std::vector<std::string> near;          // harmless with one of these words within three words before or after
    std::vector<std::string> followed_by;   // harmless when the next word is one of these
    std::vector<std::string> after;         // harmless right after one of these phrases
    std::vector<std::string> never_before;  // never harmless when the next word is one of these ("xxx video")
    std::string why;                        // the benign use, in words (docs)
};

// The rules of a category's "benign" array; a malformed entry is skipped.
std::vector<BenignUse> parse_benign_uses(const nlohmann::json& category);

// Whether the term found at text[start, end) is used in a way the rule calls harmless.
bool benign_here(const BenignUse& rule, std::string_view text, std::size_t start, std::size_t end);

}  // namespace creatorscope
