// The planner's search near the relaxation's plan (solver_window.cpp), for problems whose
// budget is too fine a grid for the programme over the whole budget. Private to the plan stage.
//
// With a price of money per group slot, any plan is worth exactly
//   UB - (each creator's shortfall from its best at the prices) - (the spend's shortfall),
// where UB is the bound of plan/reduction.cpp and every shortfall is at least 0. A plan better
// than one already found falls short of UB by less than G = UB - found, so each group slot's
// spend lies in a window around the relaxation's, and in each slot only the spends that the
// creators not yet added could still bring into that window, at the least shortfall per unit
// of spend any of them has, are kept (the bound of Pisinger's minknap, "A minimal algorithm for
// the 0-1 knapsack problem", Operations Research 45(5), 1997, as a dense table over a window).
// The slots' tables are then joined under the budget. Exact: what is left out cannot beat the
// plan found.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "plan/solver.hpp"

namespace creatorscope {

struct WindowStart {
    std::vector<double> price;   // per group slot (the groups, then one for the creators of none)
    std::vector<int> incumbent;  // a feasible plan
    double incumbent_value = 0;
};

class WindowSearch;

// Null when the search cannot start (costs not on a grid of cents, no feasible plan given).
std::unique_ptr<WindowSearch> make_window_search(const PlanProblem& problem, WindowStart start, std::uint64_t work_limit);

class WindowSearch final : public PlanSolver::Search {
public:
    WindowSearch(const PlanProblem& problem, WindowStart start, std::uint64_t work_limit, std::int64_t step_cents);
    ~WindowSearch() override;
    bool advance(std::uint64_t work, PlanSolution& solution) override;
    // The windows grew past the tables' limits: the caller takes another way.
    bool gave_up() const { return gave_up_; }

    struct Impl;

private:
    bool begin_round(double share);

    const PlanProblem& problem_;
    WindowStart start_;
    std::uint64_t work_limit_;
    std::int64_t step_;
    std::unique_ptr<Impl> impl_;
    std::uint64_t done_work_ = 0;  // of the rounds before this one
    bool gave_up_ = false;
};

}  // namespace creatorscope
