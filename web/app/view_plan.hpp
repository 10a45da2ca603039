// The Plan view: the best set of creators for the brief's goal within its budget (the engine's
// plan, docs/plan.md): who, what, cost and expected outcome with its range and why; the totals
// against the budget; the tiers' mix as a bar; what less or more budget buys, as a curve; the
// optimum beside two naive plans; each creator locked in or out with a click.
#pragma once

#include <cstdint>

#include "app/actions.hpp"
#include "creatorscope/plan.hpp"

namespace creatorscope::web {

class PlanView {
public:
    // The plan for the engine's current results, made again when they or the locks changed
    // (called by the app, outside any view, since making it finishes the analysis).
    void refresh(Engine& engine);
    void draw(const Engine& engine, Actions& actions, float scale);
    const BudgetPlan& plan() const { return plan_; }

private:
    BudgetPlan plan_;
    bool have_plan_ = false;
    std::uint64_t generation_ = 0, locks_ = 0;
};

}  // namespace creatorscope::web
