// The Plan view: the best set of creators for the brief's goal within its budget (the engine's
// plan, docs/plan.md): who, what, cost and expected outcome with its range and why; the totals
// against the budget; the tiers' mix as a bar; what less or more budget buys, as a curve; the
// optimum beside two naive plans; each creator locked in or out with a click.
#pragma once

#include <cstdint>
#include <utility>

#include "app/actions.hpp"
#include "app/plan_rates.hpp"
#include "creatorscope/plan.hpp"

namespace creatorscope::web {

class PlanView {
public:
    // The plan for the engine's current results, made again when they or the locks changed,
    // a slice each frame (called by the app, outside any view, since it works the engine).
    void refresh(Engine& engine);
    void draw(const Engine& engine, Actions& actions, float scale);
    const BudgetPlan& plan() const { return plan_; }
    bool building() const { return building_; }
    // True once after the user asked to edit the plan's settings (the brief dialog).
    bool take_edit_settings() { return std::exchange(edit_settings_, false); }

private:
    BudgetPlan plan_;
    RateEditor rates_;
    bool have_plan_ = false;
    bool begun_ = false, building_ = false, shown_chosen_ = false, edit_settings_ = false;
    std::uint64_t generation_ = 0, locks_ = 0;
};

}  // namespace creatorscope::web
