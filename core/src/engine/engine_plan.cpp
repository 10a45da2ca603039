// The engine's budget plan: the brief in force, the caller's budget and goal over its plan
// settings, against the finished analysis (docs/plan.md).
#include "creatorscope/engine.hpp"
#include "plan/planner.hpp"
#include "report/plan_json.hpp"

namespace creatorscope {

BudgetPlan Engine::plan(const PlanRequest& request) {
    while (!step(1000.0)) {
    }
    Brief brief = brief_ ? *brief_ : Brief{};
    if (request.budget >= 0) brief.plan.budget = request.budget;
    if (!request.goal.empty()) brief.plan.goal = request.goal;
    return make_plan(creators_, brief, attribution_ ? &*attribution_ : nullptr);
}

std::string Engine::plan_json(const PlanRequest& request) { return creatorscope::plan_json(plan(request)).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"; }

}  // namespace creatorscope
