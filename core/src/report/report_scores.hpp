// The scores in the report JSON: authenticity with its basis, alignment and fit against the
// brief with every part, its weight, its basis and the data it used (docs/scores.md).
#pragma once

#include <nlohmann/json.hpp>

#include "creatorscope/brief.hpp"
#include "creatorscope/creator.hpp"

namespace creatorscope {

// A creator's "scores" object.
nlohmann::ordered_json scores_json(const CreatorResult& creator);
// The report's "brief": the brief the scores are against (its file, name, targets and the fit
// weights in force), or null without one.
nlohmann::ordered_json brief_json(const Brief* brief);

}  // namespace creatorscope
