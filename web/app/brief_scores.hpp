// Alignment and fit against the brief as the views show them: the score in words for a cell,
// the tooltip with its parts and basis, and the "Against the brief" section of the creator page
// with the audience bars (shared by the roster, the creator page and the Compare view).
#pragma once

#include <string>

#include "creatorscope/creator.hpp"

namespace creatorscope::web {

// "72", or "-" when unknown.
std::string score_text(const BriefScore& score);
// A part's name as a marketer reads it: "countries" -> "Audience countries".
std::string part_label(const ScorePart& part);
// The score's tooltip: the score, "n% rests on data", the basis, each part with its score and basis.
void brief_score_tooltip(const char* name, const BriefScore& score);
// A score drawn as a cell: the number (muted "-" when unknown) with its tooltip on hover.
void brief_score_cell(const char* name, const BriefScore& score);
// The creator page's section: alignment and fit, each part's score and basis, the audience bars.
void against_brief_section(const CreatorResult& c, bool brief_loaded);

}  // namespace creatorscope::web
