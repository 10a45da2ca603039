// What both methods of the planner's optimiser share (solver_common.hpp).
#include "plan/solver_common.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <sstream>

namespace creatorscope {

namespace {
constexpr double cent_tolerance = 1e-6;  // of a cent: sums of whole cents stay whole
}  // namespace

std::string money_text(double amount) {
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(2);
    out << amount;
    return out.str();
}

ChoiceCheck check_choice(const PlanProblem& problem, const std::vector<int>& choice) {
    ChoiceCheck check;
    if (choice.size() != problem.creators.size()) return check;
    std::vector<double> spend(problem.groups.size(), 0.0);
    for (std::size_t c = 0; c < choice.size(); ++c) {
        const auto& creator = problem.creators[c];
        if (choice[c] < 0) {
            if (creator.required) return check;
            continue;
        }
        if (static_cast<std::size_t>(choice[c]) >= creator.options.size()) return check;
        const PlanOption& option = creator.options[static_cast<std::size_t>(choice[c])];
        check.cost += option.cost;
        check.value += option.value;
        if (creator.group >= 0) spend[static_cast<std::size_t>(creator.group)] += option.cost;
    }
    const double slack = cent_tolerance / 100.0 * static_cast<double>(choice.size() + 1);
    if (check.cost > problem.budget + slack) return check;
    for (std::size_t g = 0; g < spend.size(); ++g) {
        if (spend[g] < problem.groups[g].min_spend - slack || spend[g] > problem.groups[g].max_spend + slack) return check;
    }
    check.feasible = true;
    return check;
}

namespace {

// A cost as whole cents, or -1 when it is not one.
std::int64_t whole_cents(double amount) {
    const double cents = amount * 100.0;
    if (!std::isfinite(cents) || cents <= 0 || cents > 1e15) return -1;
    const double rounded = std::round(cents);
    return std::fabs(cents - rounded) <= cent_tolerance * std::max(1.0, cents) ? static_cast<std::int64_t>(rounded) : -1;
}

std::uint64_t units_down(double amount, std::int64_t step) { return static_cast<std::uint64_t>(grid_steps_down(amount, step)); }

}  // namespace

std::int64_t grid_steps_down(double amount, std::int64_t step) {
    const double cents = amount * 100.0;
    if (!(amount < 1e13)) return no_limit_steps;
    const auto whole = static_cast<std::int64_t>(std::floor(cents + 1e-3 + 1e-12 * std::fabs(cents)));
    return whole <= 0 ? 0 : whole / step;
}

std::int64_t grid_steps_up(double amount, std::int64_t step) {
    const double cents = amount * 100.0;
    if (!(amount < 1e13)) return no_limit_steps;
    const auto whole = static_cast<std::int64_t>(std::ceil(cents - 1e-3 - 1e-12 * std::fabs(cents)));
    return whole <= 0 ? 0 : (whole + step - 1) / step;
}

BudgetGrid budget_grid(const PlanProblem& problem) {
    std::int64_t step = 0;
    for (const auto& creator : problem.creators) {
        for (const auto& option : creator.options) {
            const std::int64_t cents = whole_cents(option.cost);
            if (cents < 0) return {};
            step = std::gcd(step, cents);
        }
    }
    if (step == 0) return {};
    BudgetGrid grid;
    grid.step_cents = step;
    const std::uint64_t units = units_down(problem.budget, step) + 1;
    for (const auto& creator : problem.creators) {
        std::uint64_t row = units;
        if (creator.group >= 0 && constrained(problem.groups[static_cast<std::size_t>(creator.group)], problem.budget)) {
            row = std::min(units, units_down(problem.groups[static_cast<std::size_t>(creator.group)].max_spend, step) + 1);
        }
        grid.cells += creator.options.size() == 1 && !creator.required ? (row + 63) / 64 * 8 : row;  // a bit a spend for one option
        grid.operations += row * creator.options.size();
    }
    grid.cells += 4 * 8 * units;  // the best value at each total spend, twice, the best within, the total's
    // The two widest constrained groups cost a pass each (the base and the last); the others a
    // convolution (solver_dp.cpp).
    std::vector<std::uint64_t> widths;
    for (const auto& group : problem.groups) {
        if (!constrained(group, problem.budget)) continue;
        const std::uint64_t top = std::min(units, units_down(group.max_spend, step) + 1);
        grid.cells += 4 * units + 8 * top;  // the spend chosen for the group at each total, its best values
        widths.push_back(top);
    }
    std::sort(widths.begin(), widths.end(), std::greater<>());
    for (std::size_t k = 0; k < widths.size(); ++k) grid.operations += k < 2 ? units : units * widths[k];
    return grid;
}

}  // namespace creatorscope
