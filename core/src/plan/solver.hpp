// The budget planner's optimiser: choose at most one option per creator (an option is a number
// of bookings with its cost and expected value) to maximise the total value, with the total
// cost within the budget and each group's (tier's) spend between its minimum and maximum, and
// every required creator booked. A multiple-choice knapsack with group budgets, solved exactly:
// - by dynamic programming over the budget when every cost is a whole number of cents and the
//   costs' greatest common divisor makes the budget a grid small enough (solver_dp.cpp);
// - otherwise by branch and bound on the linear relaxation (solver_bb.cpp), which proves the
//   optimum or, stopped by its work limit, gives the proven gap to the best bound.
// The work is counted, not timed, so that every machine gives the same plan; step() slices it
// into frames like the analysis. See docs/plan.md.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace creatorscope {

struct PlanOption {
    double cost = 0;   // > 0
    double value = 0;  // >= 0
};

struct PlanCreatorOptions {
    int group = -1;         // the group (tier) it spends in, or -1 for none
    bool required = false;  // must be booked (an include list)
    std::vector<PlanOption> options;
};

struct PlanGroup {
    double min_spend = 0;
    double max_spend = std::numeric_limits<double>::infinity();
};

struct PlanProblem {
    double budget = 0;
    std::vector<PlanGroup> groups;
    std::vector<PlanCreatorOptions> creators;
};

// automatic: the programme when the grid fits and the creators are few, else the search near
// the relaxation's plan (solver_window.hpp) or, when its windows grow too wide, the reduction
// then the programme or branch and bound on what is left; the others force one way (the tests
// compare them): window is the automatic way's second part, reduction the third without it.
enum class PlanMethod { automatic, dynamic_programming, branch_and_bound, reduction, window };

struct PlanSolution {
    std::vector<int> choice;  // per creator: -1 not booked, else the option's index
    bool feasible = false;    // a plan meeting every constraint was found
    bool optimal = false;     // and proved best (or the problem proved to have no plan)
    double value = 0, cost = 0;
    double bound = 0;  // proven upper bound on the best value (equal to value when optimal)
    double gap = 0;    // (bound - value) / bound, 0 when optimal
    std::string method;  // in words: "dynamic programming over the budget in steps of 50.00"
    std::string note;    // why there is no plan, or why the search stopped
    std::uint64_t work = 0;  // table cells or relaxation steps spent
};

class PlanSolver {
public:
    // Bytes the dynamic programme's tables may take (64 MB: a bit per spend for a creator with
    // one option, a byte for more, eight per spend for the totals), and its operations (about
    // a second natively); past either, the reduction and branch and bound.
    static constexpr std::uint64_t max_table_cells = std::uint64_t{64} << 20;
    static constexpr std::uint64_t max_table_operations = std::uint64_t{1} << 30;
    // Branch and bound stops after this much work (segments visited by the relaxation), about
    // a second natively, and reports the gap it proved.
    static constexpr std::uint64_t default_work_limit = std::uint64_t{600} << 20;
    // From this many creators the automatic method reduces the problem before the programme.
    static constexpr std::size_t reduce_from = 256;

    explicit PlanSolver(PlanProblem problem, PlanMethod method = PlanMethod::automatic,
                        std::uint64_t work_limit = default_work_limit);
    ~PlanSolver();
    PlanSolver(const PlanSolver&) = delete;
    PlanSolver& operator=(const PlanSolver&) = delete;

    // Works for about budget_ms milliseconds; true when the solution is final.
    bool step(double budget_ms);
    bool finished() const { return finished_; }
    const PlanSolution& solution() const { return solution_; }
    const PlanProblem& problem() const { return problem_; }

    // Solves at once (tests, the CLI).
    static PlanSolution solve(PlanProblem problem, PlanMethod method = PlanMethod::automatic,
                              std::uint64_t work_limit = default_work_limit);

    class Search;  // the method under way (solver_dp.cpp, solver_bb.cpp)

private:
    bool obviously_infeasible();

    PlanProblem problem_;
    PlanSolution solution_;
    std::unique_ptr<Search> search_;
    bool finished_ = false;
};

// The methods, each a search that advances in steps (solver_dp.cpp, solver_bb.cpp).
class PlanSolver::Search {
public:
    virtual ~Search() = default;
    // Advances by about `work` units; true when done (the solution is then filled in).
    virtual bool advance(std::uint64_t work, PlanSolution& solution) = 0;
};

// The grid of the budget for dynamic programming: the greatest common divisor of the costs in
// cents, or 0 when a cost is not a whole number of cents; the tables' bytes
// and the operations the programme takes on that grid.
struct BudgetGrid {
    std::int64_t step_cents = 0;
    std::uint64_t cells = 0, operations = 0;
};
BudgetGrid budget_grid(const PlanProblem& problem);
// Whether the programme can take the grid: whole cents, its tables and its work within limits.
inline bool grid_fits(const BudgetGrid& grid, std::uint64_t work_limit) {
    return grid.step_cents > 0 && grid.cells <= PlanSolver::max_table_cells &&
           grid.operations <= std::min(PlanSolver::max_table_operations, work_limit);
}

std::unique_ptr<PlanSolver::Search> make_dp_search(const PlanProblem& problem, std::int64_t step_cents);
std::unique_ptr<PlanSolver::Search> make_bb_search(const PlanProblem& problem, std::uint64_t work_limit);
std::unique_ptr<PlanSolver::Search> make_reduced_search(const PlanProblem& problem, std::uint64_t work_limit, bool window_first);

}  // namespace creatorscope
