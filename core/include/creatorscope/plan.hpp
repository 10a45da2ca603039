// The budget plan as callers see it (the page, the CLI, the report writers): each candidate
// with its cost and expected outcome per booking, the chosen set, its totals against the
// budget and each tier's share, whether the optimum was proved, the curve of what more budget
// buys, and two naive plans to compare with. Built by core/src/plan (docs/plan.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "creatorscope/brief.hpp"
#include "creatorscope/settings.hpp"

namespace creatorscope {

// An expected figure with its range: the median of recent posts and their 10th and 90th
// percentiles, discounted as the basis says (NaN where unknown).
struct PlanOutcome {
    double low = std::numeric_limits<double>::quiet_NaN();
    double expected = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    bool known() const { return expected == expected; }
};

struct PlanCandidate {
    std::size_t creator = 0;  // index among the engine's creators
    std::string handle, platform, tier;
    double followers = std::numeric_limits<double>::quiet_NaN();
    double fit = std::numeric_limits<double>::quiet_NaN();
    // The price of one booking: the roster's fee, or the rate table's estimate (fee_estimated)
    // with the band's range.
    double fee = std::numeric_limits<double>::quiet_NaN();
    double fee_low = std::numeric_limits<double>::quiet_NaN(), fee_high = std::numeric_limits<double>::quiet_NaN();
    bool fee_estimated = false;
    std::string fee_basis;
    // One booking of the deliverable that serves the goal best ("reel"), from `posts` recent posts of it.
    std::string deliverable;
    int posts = 0;
    PlanOutcome views, interactions, orders, revenue;
    double discount = 1;  // the share of the figures counted (authenticity / 100 where known)
    std::string discount_basis;
    PlanOutcome value;  // the goal's value of one booking
    std::string value_basis;
    bool required = false;  // on the include list
    std::string excluded;   // why it is not a candidate; empty when it is
};

struct PlanPick {
    std::size_t candidate = 0;  // index among the plan's candidates
    int bookings = 1;
    double cost = 0;
    PlanOutcome value;  // for all its bookings
    std::string why;    // in words
};

struct PlanTierSpend {
    std::string tier;
    double spend = 0;
    double min_spend = 0, max_spend = std::numeric_limits<double>::infinity();
};

// A plan's totals (the optimum's, a naive plan's, a point of the curve).
struct PlanTotals {
    std::string name;  // "optimal", "biggest creators first", "greedy by fit", or "budget +10%"
    double budget = 0, cost = 0, value = 0;
    int creators = 0;
    bool feasible = false, optimal = false;
};

struct BudgetPlan {
    std::string goal;      // reach, engagement, conversions, revenue, fit_reach
    std::string unit;      // what the value counts: "views", "interactions", "orders", the currency
    std::string currency;  // of the costs
    double budget = 0;
    std::vector<PlanCandidate> candidates;  // every creator, the excluded ones with the reason
    std::vector<PlanPick> selected;
    std::vector<PlanTierSpend> tiers;
    double total_cost = 0, total_value = 0, total_low = 0, total_high = 0;
    bool feasible = false, optimal = false;
    double bound = 0, gap = 0;
    std::string method, note;
    std::vector<PlanTotals> curve;        // the optimum at other budgets
    std::vector<PlanTotals> comparisons;  // the naive plans
    std::vector<std::string> notes;       // what a marketer should know about these figures
    // The rate table estimates come from: the brief's own (custom) or the shipped one.
    std::vector<RateRow> rates;
    std::string rates_currency, rates_source;
    bool rates_custom = false;
};

// In words for the page and the report alike: a tier's limits as shares of the budget ("micro
// at least 30% (18,000 USD)"); a naive plan's name ("Highest fit first").
std::string plan_tier_limits(const BudgetPlan& plan);
std::string plan_comparison_name(const std::string& name);
// "Expected revenue", "Expected orders", "Expected views"; and what each unit of money brings,
// "about 0.77 USD per USD spent (less than it costs)" (empty when nothing is spent).
std::string plan_expected_words(const BudgetPlan& plan);
std::string plan_return_words(const BudgetPlan& plan);
// The chosen creators' spend per tier, in the scheme's order (a tier it does not name last).
std::vector<std::pair<std::string, double>> plan_spend_by_tier(const BudgetPlan& plan, const TierScheme& scheme);

// What a caller may set over the brief's plan settings (the CLI's --budget and --goal).
struct PlanRequest {
    double budget = std::numeric_limits<double>::quiet_NaN();  // NaN: the brief's
    std::string goal;                                          // empty: the brief's
    // The optimiser's work per solve (PlanSolver::default_work_limit when 0): the page asks
    // for less, so that a plan over thousands of creators answers within a second or two
    // (with its gap) until the planner runs in slices.
    std::uint64_t work_limit = 0;
    // A rate table's JSON over the brief's (the CLI's --rates FILE); empty: the brief's.
    std::string rates_json;
};

}  // namespace creatorscope
