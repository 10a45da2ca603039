// Reading a campaign brief's JSON document into the typed Brief (creatorscope/brief.hpp), once,
// when the brief is loaded: each field of the wrong type is an issue naming it, and is not used.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/brief.hpp"

namespace creatorscope {

// The brief in `document` (the file `input`); problems are appended to issues. Fields read:
// name (or campaign), goal, target {countries, ages, genders, languages} (or the same at the
// top level), niches, keywords, blocklist, platforms, tiers, budget, currency, weights
// {engagement, authenticity, alignment, cost}; thresholds and attribution are the engine's
// settings (engine/settings.cpp). Any other field is an issue.
Brief read_brief(const nlohmann::ordered_json& document, std::string input, std::vector<BriefIssue>& issues);

// A rate table ({"currency": "EUR", "rows": [{"platform", "min_followers", "max_followers",
// "low", "high"}]}) into the plan's settings (the brief's plan.rates, the CLI's --rates FILE).
void read_rates(const nlohmann::ordered_json& value, PlanSettings& plan, std::vector<BriefIssue>& issues);

}  // namespace creatorscope
