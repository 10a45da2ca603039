// The plan as JSON, "schema": "creatorscope.plan/1" (PRODUCT.md section 6b; docs/plan.md):
// candidates[] and selected[] (handle, platform, tier, cost, value, with their ranges and
// bases), total_cost, total_value, optimal, gap, the tiers' spend, the curve and the naive plans.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/plan.hpp"

namespace creatorscope {

nlohmann::ordered_json plan_json(const BudgetPlan& plan);

// The chosen creators as CSV, one row each (handle, platform, tier, deliverable, bookings,
// cost, whether the fee is an estimate, the expected value with its range, why), then a total
// row; cells that could run in a spreadsheet are neutralised (csv_cell).
std::string plan_csv(const BudgetPlan& plan);

}  // namespace creatorscope
