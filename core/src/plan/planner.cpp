// The budget plan: the optimiser's problem from the candidates, the chosen set in words, the
// tiers' spend, the curve at other budgets and the naive plans beside it (docs/plan.md).
#include "plan/planner.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace creatorscope {

namespace {

// The tiers the plan's shares name, in their order; each candidate's group among them.
int tier_group(const Brief& brief, const std::string& tier) {
    for (std::size_t g = 0; g < brief.plan.tiers.size(); ++g) {
        if (brief.plan.tiers[g].tier == tier) return static_cast<int>(g);
    }
    return -1;
}

std::string figure_text(double value) {
    char text[48];
    if (value >= 100) {
        std::snprintf(text, sizeof text, "%.0f", value);
    } else {
        std::snprintf(text, sizeof text, "%.2f", value);
    }
    return text;
}

}  // namespace

PlanProblem plan_problem(const std::vector<PlanCandidate>& candidates, const Brief& brief, double budget, std::vector<std::size_t>& index) {
    PlanProblem problem;
    problem.budget = budget;
    for (const auto& share : brief.plan.tiers) problem.groups.push_back({share.min_share * budget, share.max_share * budget});
    index.clear();
    const int bookings = std::max(1, brief.plan.max_bookings);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const PlanCandidate& c = candidates[k];
        if (!c.excluded.empty()) continue;
        PlanCreatorOptions options;
        options.group = tier_group(brief, c.tier);
        options.required = c.required;
        for (int n = 1; n <= bookings; ++n) options.options.push_back({c.fee * n, c.value.expected * n});
        problem.creators.push_back(std::move(options));
        index.push_back(k);
    }
    return problem;
}

namespace {

// Why a chosen creator is in the plan, in words: what it brings for each unit of money, and
// what made it a must.
std::string why_chosen(const PlanCandidate& c, const std::string& unit, const std::string& currency) {
    std::string why = c.fee > 0 ? figure_text(c.value.expected / c.fee) + " " + unit + " per " + currency + " spent" : std::string("free");
    if (c.fit >= 0) why += "; fit " + std::to_string(std::lround(c.fit));
    if (c.fee_estimated) why += "; the fee is an estimate";
    if (c.required) why += "; on the include list";
    return why;
}

// A naive plan: the candidates in the given order, each booked once while the budget and the
// tiers' maximums allow (the minimums are not sought).
PlanTotals naive_plan(const PlanProblem& problem, const std::vector<std::size_t>& order, std::string name) {
    PlanTotals totals;
    totals.name = std::move(name);
    totals.budget = problem.budget;
    std::vector<double> spend(problem.groups.size(), 0.0);
    for (std::size_t k : order) {
        const auto& option = problem.creators[k].options.front();
        const int g = problem.creators[k].group;
        if (totals.cost + option.cost > problem.budget) continue;
        if (g >= 0 && spend[static_cast<std::size_t>(g)] + option.cost > problem.groups[static_cast<std::size_t>(g)].max_spend) continue;
        totals.cost += option.cost;
        totals.value += option.value;
        if (g >= 0) spend[static_cast<std::size_t>(g)] += option.cost;
        ++totals.creators;
    }
    totals.feasible = true;
    for (std::size_t g = 0; g < spend.size(); ++g) {
        if (spend[g] < problem.groups[g].min_spend) totals.feasible = false;
    }
    return totals;
}

std::vector<PlanTotals> naive_plans(const std::vector<PlanCandidate>& candidates, const PlanProblem& problem, const std::vector<std::size_t>& index) {
    std::vector<std::size_t> order(index.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::vector<std::size_t> biggest = order, by_fit = order;
    const auto followers = [&](std::size_t k) { return std::isnan(candidates[index[k]].followers) ? -1.0 : candidates[index[k]].followers; };
    const auto fit = [&](std::size_t k) { return std::isnan(candidates[index[k]].fit) ? -1.0 : candidates[index[k]].fit; };
    std::stable_sort(biggest.begin(), biggest.end(), [&](std::size_t a, std::size_t b) { return followers(a) > followers(b); });
    std::stable_sort(by_fit.begin(), by_fit.end(), [&](std::size_t a, std::size_t b) { return fit(a) > fit(b); });
    return {naive_plan(problem, biggest, "biggest creators first"), naive_plan(problem, by_fit, "greedy by fit")};
}

void set_selection(BudgetPlan& plan, const PlanSolution& solution, const std::vector<std::size_t>& index) {
    for (std::size_t k = 0; k < solution.choice.size(); ++k) {
        if (solution.choice[k] < 0) continue;
        const PlanCandidate& c = plan.candidates[index[k]];
        PlanPick pick;
        pick.candidate = index[k];
        pick.bookings = solution.choice[k] + 1;
        pick.cost = c.fee * pick.bookings;
        pick.value = {c.value.low * pick.bookings, c.value.expected * pick.bookings, c.value.high * pick.bookings};
        pick.why = why_chosen(c, plan.unit, plan.currency);
        plan.total_cost += pick.cost;
        plan.total_value += pick.value.expected;
        plan.total_low += std::isnan(pick.value.low) ? pick.value.expected : pick.value.low;
        plan.total_high += std::isnan(pick.value.high) ? pick.value.expected : pick.value.high;
        for (auto& tier : plan.tiers) {
            if (tier.tier == c.tier) tier.spend += pick.cost;
        }
        plan.selected.push_back(std::move(pick));
    }
}

}  // namespace

BudgetPlan make_plan(const std::vector<CreatorResult>& creators, const Brief& brief, const AttributionResult* attribution,
                     std::uint64_t work_limit) {
    BudgetPlan plan;
    plan.goal = plan_goal(brief);
    plan.currency = plan_currency(brief, creators);
    plan.unit = plan_unit(plan.goal, plan.currency);
    plan.budget = brief.plan.budget >= 0 ? brief.plan.budget : brief.budget;
    plan.candidates = plan_candidates(creators, brief, attribution, plan.goal, plan.currency);
    if (!(plan.budget > 0)) {
        plan.note = "no budget: give the brief a budget (or plan.budget)";
        return plan;
    }
    for (const auto& share : brief.plan.tiers) plan.tiers.push_back({share.tier, 0, share.min_share * plan.budget, share.max_share * plan.budget});
    std::vector<std::size_t> index;
    const PlanProblem problem = plan_problem(plan.candidates, brief, plan.budget, index);
    const PlanSolution solution = PlanSolver::solve(problem, PlanMethod::automatic, work_limit);
    plan.feasible = solution.feasible;
    plan.optimal = solution.optimal;
    plan.bound = solution.bound;
    plan.gap = solution.gap;
    plan.method = solution.method;
    plan.note = solution.note;
    if (solution.feasible) set_selection(plan, solution, index);
    for (const double scale : {0.8, 0.9, 1.1, 1.2}) {
        std::vector<std::size_t> other_index;
        const PlanSolution other =
            PlanSolver::solve(plan_problem(plan.candidates, brief, plan.budget * scale, other_index), PlanMethod::automatic, work_limit);
        PlanTotals point;
        char name[32];
        std::snprintf(name, sizeof name, "budget %+.0f%%", (scale - 1) * 100);
        point.name = name;
        point.budget = plan.budget * scale;
        point.cost = other.cost;
        point.value = other.value;
        point.feasible = other.feasible;
        point.optimal = other.optimal;
        for (int choice : other.choice) point.creators += choice >= 0 ? 1 : 0;
        plan.curve.push_back(point);
    }
    PlanTotals optimum{"optimal", plan.budget, plan.total_cost, plan.total_value, static_cast<int>(plan.selected.size()), plan.feasible, plan.optimal};
    plan.curve.insert(plan.curve.begin() + 2, optimum);
    plan.comparisons = naive_plans(plan.candidates, problem, index);
    plan.comparisons.insert(plan.comparisons.begin(), optimum);
    return plan;
}

}  // namespace creatorscope
