// The budget plan: the optimiser's problem from the candidates, the chosen set in words, the
// tiers' spend, the curve at other budgets and the naive plans beside it (docs/plan.md).
#include "plan/planner.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "creatorscope/format.hpp"
#include "plan/rates.hpp"

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
    if (c.fit >= 0) why += "; fit " + std::to_string(std::lround(c.fit)) + " of 100";
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

namespace {

// The curve's budgets, as shares of the budget (the budget itself is the plan's own solve).
constexpr double curve_scales[] = {0.8, 0.9, 1.1, 1.2};

PlanTotals curve_point(const PlanSolution& solution, double budget, double scale) {
    PlanTotals point;
    char name[32];
    std::snprintf(name, sizeof name, "budget %+.0f%%", (scale - 1) * 100);
    point.name = name;
    point.budget = budget * scale;
    point.cost = solution.cost;
    point.value = solution.value;
    point.feasible = solution.feasible;
    point.optimal = solution.optimal;
    for (int choice : solution.choice) point.creators += choice >= 0 ? 1 : 0;
    return point;
}

}  // namespace

namespace {

// Why no plan fits, where a tier's creators cannot reach its minimum: "; the micro creators'
// fees add up to 23,950 USD, below its minimum of 30,000 USD".
std::string short_tiers(const BudgetPlan& plan, const PlanProblem& problem) {
    std::vector<double> most(problem.groups.size(), 0.0);
    for (const auto& creator : problem.creators) {
        if (creator.group < 0) continue;
        double top = 0;
        for (const auto& option : creator.options) top = std::max(top, option.cost);
        most[static_cast<std::size_t>(creator.group)] += top;
    }
    std::string out;
    for (std::size_t g = 0; g < problem.groups.size() && g < plan.tiers.size(); ++g) {
        if (most[g] >= problem.groups[g].min_spend) continue;
        out += "; the " + plan.tiers[g].tier + " creators' fees add up to " + format_number(most[g], 0) + " " + plan.currency + ", below its minimum of " +
               format_number(problem.groups[g].min_spend, 0) + " " + plan.currency;
    }
    return out;
}

// Why nothing can be planned: "none of the 47 creators can be planned: its posts give nothing
// to expect for this goal (40 creators); ..." with what the goal needs.
std::string nothing_to_plan(const BudgetPlan& plan) {
    std::vector<std::pair<std::string, int>> reasons;
    for (const auto& c : plan.candidates) {
        auto found = std::find_if(reasons.begin(), reasons.end(), [&](const auto& r) { return r.first == c.excluded; });
        if (found == reasons.end()) {
            reasons.emplace_back(c.excluded, 1);
        } else {
            ++found->second;
        }
    }
    std::stable_sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out = "none of the " + std::to_string(plan.candidates.size()) + " creators can be planned";
    for (std::size_t k = 0; k < reasons.size() && k < 3; ++k) {
        out += (k == 0 ? ": " : "; ") + reasons[k].first + " (" + std::to_string(reasons[k].second) + (reasons[k].second == 1 ? " creator)" : " creators)");
    }
    const bool reach = plan.goal == "reach" || plan.goal == "fit_reach";
    out += reach ? ". Reach needs views per post, or an average of views in the roster"
           : plan.goal == "engagement" ? ". Engagement needs likes and comments per post, or an average engagement in the roster"
                                       : ". Sales need attributed orders, or views and interactions to value as earned media";
    return out;
}

}  // namespace

PlanBuilder::PlanBuilder(const std::vector<CreatorResult>& creators, const Brief& brief, const AttributionResult* attribution,
                         std::uint64_t work_limit)
    : brief_(brief), work_limit_(work_limit) {
    plan_.goal = plan_goal(brief);
    plan_.currency = plan_currency(brief, creators);
    plan_.unit = plan_unit(plan_.goal, plan_.currency);
    plan_.budget = brief.plan_budget();
    plan_.candidates = plan_candidates(creators, brief, attribution, plan_.goal, plan_.currency);
    const RateTable rates = plan_rates(brief);
    plan_.rates = rates.rows();
    plan_.rates_currency = rates.currency();
    plan_.rates_source = rates.source();
    plan_.rates_custom = rates.custom();
    if (!(plan_.budget > 0)) {
        plan_.note = "no budget: give the brief a budget (or plan.budget)";
        solve_ = 1 + static_cast<int>(std::size(curve_scales));
        return;
    }
    for (const auto& share : brief.plan.tiers) plan_.tiers.push_back({share.tier, 0, share.min_share * plan_.budget, share.max_share * plan_.budget});
    problem_ = plan_problem(plan_.candidates, brief_, plan_.budget, index_);
    if (problem_.creators.empty()) {
        plan_.note = nothing_to_plan(plan_);
        solve_ = 1 + static_cast<int>(std::size(curve_scales));
        return;
    }
    solver_ = std::make_unique<PlanSolver>(problem_, PlanMethod::automatic, work_limit_);
}

PlanBuilder::~PlanBuilder() = default;

bool PlanBuilder::step(double budget_ms) {
    const auto start = std::chrono::steady_clock::now();
    const auto left = [&] { return budget_ms - std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(); };
    while (!finished()) {
        if (!solver_->step(std::max(0.0, left()))) return false;
        finish_solve(solver_->solution());
        if (!finished()) {
            std::vector<std::size_t> other_index;
            const double scale = curve_scales[static_cast<std::size_t>(solve_ - 1)];
            solver_ = std::make_unique<PlanSolver>(plan_problem(plan_.candidates, brief_, plan_.budget * scale, other_index), PlanMethod::automatic,
                                                   work_limit_);
        } else {
            solver_.reset();
        }
        if (left() <= 0) return finished();
    }
    return true;
}

// A solve done: the plan's own (the chosen set, the naive plans) or a point of the curve.
void PlanBuilder::finish_solve(const PlanSolution& solution) {
    if (solve_ == 0) {
        plan_.feasible = solution.feasible;
        plan_.optimal = solution.optimal;
        plan_.bound = solution.bound;
        plan_.gap = solution.gap;
        plan_.method = solution.method;
        plan_.note = solution.note;
        if (solution.feasible) set_selection(plan_, solution, index_);
        if (!solution.feasible) plan_.note += short_tiers(plan_, problem_);
        optimum_ = {"optimal", plan_.budget, plan_.total_cost, plan_.total_value, static_cast<int>(plan_.selected.size()), plan_.feasible, plan_.optimal};
        plan_.comparisons = naive_plans(plan_.candidates, problem_, index_);
        plan_.comparisons.insert(plan_.comparisons.begin(), optimum_);
    } else {
        plan_.curve.push_back(curve_point(solution, plan_.budget, curve_scales[static_cast<std::size_t>(solve_ - 1)]));
    }
    ++solve_;
    if (finished()) plan_.curve.insert(plan_.curve.begin() + std::min<std::ptrdiff_t>(2, static_cast<std::ptrdiff_t>(plan_.curve.size())), optimum_);
}

bool PlanBuilder::finished() const { return solve_ > static_cast<int>(std::size(curve_scales)); }
bool PlanBuilder::chosen() const { return solve_ > 0; }

BudgetPlan make_plan(const std::vector<CreatorResult>& creators, const Brief& brief, const AttributionResult* attribution,
                     std::uint64_t work_limit) {
    PlanBuilder builder(creators, brief, attribution, work_limit);
    while (!builder.step(1e9)) {
    }
    return builder.take();
}

}  // namespace creatorscope
