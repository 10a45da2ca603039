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

// An amount with two decimals, as the methods name their steps: "10.00".
std::string money_text(double amount);

}  // namespace creatorscope
