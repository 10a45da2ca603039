// The shipped outreach wording (assets/outreach/templates.json), read once: per language its
// own name, the three templates, and the short fragments the personalised values are built
// from ({why_fit}'s clauses, the quote around {recent_post}, the word for "and").
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/outreach.hpp"

namespace creatorscope {

struct OutreachWords {
    std::string code, name;
    std::array<OutreachTemplate, outreach_kind_count> templates;
    std::string and_word;     // " and ", between the items of a list
    std::string clause_and;   // ", and ", between {why_fit}'s two clauses
    std::string percent;   // "{n}%"
    std::string quote;     // "“{text}” ({date})"
    // {why_fit}'s clauses by alignment part: "countries", "ages", "languages" ({share},
    // {targets}), "content_posts" and "content_profile" ({terms}).
    std::map<std::string, std::string> fragments;
    std::map<std::string, std::string> language_names;  // "en" -> "English", in this language
};

// Every shipped language, in the asset's order (English first).
const std::vector<OutreachWords>& outreach_words();
// One language's wording; English when the code is not shipped.
const OutreachWords& outreach_words_for(std::string_view language);

// "{share}" in `text` replaced by `value`, each time it occurs.
std::string replace_all(std::string text, std::string_view token, std::string_view value);

std::string_view builtin_outreach_templates_text();

}  // namespace creatorscope
