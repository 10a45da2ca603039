// The plan as JSON, "schema": "creatorscope.plan/1" (PRODUCT.md section 6b; docs/plan.md):
// candidates[] and selected[] (handle, platform, tier, cost, value, with their ranges and
// bases), total_cost, total_value, optimal, gap, the tiers' spend, the curve and the naive plans.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/plan.hpp"

namespace creatorscope {

nlohmann::ordered_json plan_json(const BudgetPlan& plan);

}  // namespace creatorscope
