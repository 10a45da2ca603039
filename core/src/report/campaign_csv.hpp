// The campaign's own records as CSV: the pipeline (one row per creator in it) and the codes
// (every discount code with its owner and the orders that used it). Cells are neutralised.
#pragma once

#include <string>
#include <vector>

#include "creatorscope/campaign.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/results.hpp"

namespace creatorscope {

// handle, name, platform, email, status, then the day each status was reached, agreed_fee,
// deliverables, notes.
std::string write_pipeline_csv(const std::vector<CreatorResult>& creators, const Shortlist& shortlist, const Pipeline& pipeline);

// code, owner, owner_from (codes file, set in the page, no creator's, unknown), suggested_owner,
// why, orders, revenue, currency.
std::string write_codes_csv(const AttributionResult& attribution, const std::vector<CreatorResult>& creators);

}  // namespace creatorscope
