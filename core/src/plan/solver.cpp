// The planner's optimiser: the method chosen for the problem, and its work sliced into steps.
#include "plan/solver.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>


namespace creatorscope {

namespace {
// Work per slice between looks at the clock.
constexpr std::uint64_t work_per_slice = std::uint64_t{1} << 18;
}  // namespace

PlanSolver::PlanSolver(PlanProblem problem, PlanMethod method, std::uint64_t work_limit) : problem_(std::move(problem)) {
    solution_.choice.assign(problem_.creators.size(), -1);
    if (obviously_infeasible()) {
        finished_ = true;
        return;
    }
    const BudgetGrid grid = budget_grid(problem_);
    const bool fits = grid_fits(grid, work_limit);
    // Many creators: the reduction first (cheap), which leaves the programme fewer to add.
    const bool reduce_first = problem_.creators.size() >= reduce_from;
    if (method == PlanMethod::dynamic_programming || (method == PlanMethod::automatic && fits && !reduce_first)) {
        search_ = make_dp_search(problem_, grid.step_cents > 0 ? grid.step_cents : 1);
    } else if (method == PlanMethod::branch_and_bound) {
        search_ = make_bb_search(problem_, work_limit);
    } else {
        search_ = make_reduced_search(problem_, work_limit, method != PlanMethod::reduction);
    }
}

PlanSolver::~PlanSolver() = default;

// The checks that need no search: a negative budget, a group whose minimum exceeds its maximum
// or the budget, the minimums together above the budget, an option without a positive cost.
bool PlanSolver::obviously_infeasible() {
    const auto fail = [&](std::string why) {
        solution_.optimal = true;
        solution_.note = std::move(why);
        solution_.method = "checks before the search";
        return true;
    };
    if (!(problem_.budget >= 0)) return fail("the budget is not a positive amount");
    double minimums = 0;
    for (const auto& group : problem_.groups) {
        if (group.min_spend > group.max_spend) return fail("a tier's minimum spend is above its maximum");
        minimums += group.min_spend;
    }
    if (minimums > problem_.budget * (1 + 1e-12)) return fail("the tiers' minimum spends add up to more than the budget");
    for (const auto& creator : problem_.creators) {
        for (const auto& option : creator.options) {
            if (!(option.cost > 0) || !(option.value >= 0) || !std::isfinite(option.value)) {
                return fail("an option has no positive cost or no value");
            }
        }
        if (creator.group >= static_cast<int>(problem_.groups.size())) return fail("a creator's tier is not among the tiers");
        if (creator.required && creator.options.empty()) return fail("a creator that must be booked has nothing to book");
    }
    return false;
}

bool PlanSolver::step(double budget_ms) {
    if (finished_) return true;
    const auto start = std::chrono::steady_clock::now();
    do {
        if (search_->advance(work_per_slice, solution_)) {
            finished_ = true;
            search_.reset();
            return true;
        }
    } while (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() < budget_ms);
    return false;
}

PlanSolution PlanSolver::solve(PlanProblem problem, PlanMethod method, std::uint64_t work_limit) {
    PlanSolver solver(std::move(problem), method, work_limit);
    while (!solver.step(1e9)) {
    }
    return solver.solution();
}

}  // namespace creatorscope
