// The values a draft is personalised with, each from the data alone (docs/outreach.md): the
// creator's niche, the recent post quoted, why the creator fits, the fee and the deliverables.
// Each is empty when the data cannot give it (the draft then shows "[name]" and lists it).
#pragma once

#include <string>

#include "creatorscope/outreach.hpp"
#include "outreach/templates.hpp"

namespace creatorscope {

std::string platform_label(std::string_view platform);  // "instagram" -> "Instagram"
std::string first_word(std::string_view name);          // "Lena Andrews" -> "Lena"
// The creator's category, else the brief's niche its content matched, else the brief's first.
std::string outreach_niche(const OutreachSource& source);
// The newest post whose caption or hashtags hold a brief's term (content matches), else the
// newest with a caption: shortened to about 90 characters on a word, quoted, with its date.
std::string outreach_recent_post(const OutreachSource& source, const OutreachWords& words);
// One clause or two from the alignment's strongest known parts, in the language's words.
std::string outreach_why_fit(const CreatorResult& creator, const OutreachWords& words);
// The deal's agreed fee, else the plan's cost per booking, else the roster's fee, with the currency.
std::string outreach_fee(const OutreachSource& source);
// The deal's deliverables, else the plan booking's ("2 × reel").
std::string outreach_deliverables(const OutreachSource& source);

// A caption shortened to at most `max_chars` characters, cut at a word ("…" added), one line.
std::string shorten_caption(std::string_view caption, std::size_t max_chars);

}  // namespace creatorscope
