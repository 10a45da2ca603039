// What both methods of the planner's optimiser share: the budget and the groups' bounds in the
// problem's terms, which group is constrained, and the check of a finished choice.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "plan/solver.hpp"

namespace creatorscope {

// A group's spend is constrained when its minimum is above 0 or its maximum below the budget;
// the others spend freely within the budget.
inline bool constrained(const PlanGroup& group, double budget) { return group.min_spend > 0 || group.max_spend < budget; }

// The cost and value of a choice, and whether it meets every constraint (with a tolerance of a
// millionth of a cent for sums of fractions).
struct ChoiceCheck {
    bool feasible = false;
    double cost = 0, value = 0;
};
ChoiceCheck check_choice(const PlanProblem& problem, const std::vector<int>& choice);

// An amount of money as grid steps of `step` cents, rounded down (a budget, a maximum) or up (a
// minimum): first to whole cents with a thousandth of a cent's tolerance (10,000,000.03 x 100 is
// 1,000,000,002.9999999 in binary), then by whole steps. 0 for amounts at or below 0; no_limit
// for an infinite or huge one (an unbounded maximum).
constexpr std::int64_t no_limit_steps = 0xFFFFFFFF;
std::int64_t grid_steps_down(double amount, std::int64_t step);
std::int64_t grid_steps_up(double amount, std::int64_t step);

// An amount with two decimals, as the methods name their steps: "10.00".
std::string money_text(double amount);

}  // namespace creatorscope
