// The budget planner (docs/plan.md): every creator as a candidate with the price and the
// expected outcome of a booking (candidates.cpp), the best set for the brief's goal under its
// budget and constraints, solved exactly (solver.hpp), the curve of what more budget buys and
// two naive plans beside it (planner.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "creatorscope/brief.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/plan.hpp"
#include "creatorscope/results.hpp"
#include "plan/solver.hpp"

namespace creatorscope {

// The goal the plan maximises: the plan's own, else from the brief's goal.
std::string plan_goal(const Brief& brief);
// What the goal's value counts ("views", "interactions", "orders", or the currency for revenue).
std::string plan_unit(const std::string& goal, const std::string& currency);
// The currency of the costs: the brief's, else the roster's most common, else the rate table's.
std::string plan_currency(const Brief& brief, const std::vector<CreatorResult>& creators);

// Every creator as a candidate (or excluded, with the reason), for the goal.
std::vector<PlanCandidate> plan_candidates(const std::vector<CreatorResult>& creators, const Brief& brief,
                                           const AttributionResult* attribution, const std::string& goal,
                                           const std::string& currency);

// The optimiser's problem for the candidates at a budget: one option per number of bookings.
// index: per creator of the problem, its candidate.
PlanProblem plan_problem(const std::vector<PlanCandidate>& candidates, const Brief& brief, double budget,
                         std::vector<std::size_t>& index);

// The plan made in slices (the page): the plan's own solve, then the curve's four. The
// candidates are read when it is made; it keeps nothing of the creators.
class PlanBuilder {
public:
    PlanBuilder(const std::vector<CreatorResult>& creators, const Brief& brief, const AttributionResult* attribution,
                std::uint64_t work_limit = PlanSolver::default_work_limit);
    ~PlanBuilder();
    PlanBuilder(const PlanBuilder&) = delete;
    PlanBuilder& operator=(const PlanBuilder&) = delete;

    bool step(double budget_ms);  // works for about budget_ms; true when the plan is whole
    bool finished() const;
    bool chosen() const;                         // the plan's own solve is done (the curve may not be)
    const BudgetPlan& plan() const { return plan_; }
    BudgetPlan take() { return std::move(plan_); }

private:
    void finish_solve(const PlanSolution& solution);

    Brief brief_;
    std::uint64_t work_limit_;
    BudgetPlan plan_;
    PlanProblem problem_;
    std::vector<std::size_t> index_;
    std::unique_ptr<PlanSolver> solver_;
    int solve_ = 0;  // 0 the plan's own, 1..4 the curve's
    PlanTotals optimum_;
};

// The whole plan, solved at once, each solve within work_limit (PlanSolver's).
BudgetPlan make_plan(const std::vector<CreatorResult>& creators, const Brief& brief, const AttributionResult* attribution,
                     std::uint64_t work_limit = PlanSolver::default_work_limit);

}  // namespace creatorscope
