// Reduction before the exact search, for problems too large to solve whole (docs/plan.md).
// With a price of money per group (the root relaxation's) any choice is worth at most
//   UB = sum over creators of max(0, best of value - price x cost) + the most the prices can
//        make of the spend (each group between its bounds, all within the budget),
// so an option whose own price-adjusted value falls short of its creator's best by more than
// UB minus a plan already found cannot be in a better plan (the reduced-cost fixing of integer
// programming; Dembo and Hammer, 1980, for the knapsack). Most creators are decided so, and
// the few near the margin (the core) are solved exactly by the programme or branch and bound.
#include <algorithm>
#include <cmath>
#include <limits>

#include "plan/solver_bb.hpp"
#include "plan/solver_common.hpp"
#include "plan/solver_window.hpp"

namespace creatorscope {

namespace {

constexpr int in_core = -2;

// A plan built greedily: the required creators at their cheapest, each group's minimum from
// its best value per cost, then the rest by value per cost while the budget and maximums allow.
std::vector<int> greedy_plan(const PlanProblem& problem) {
    const std::size_t n = problem.creators.size();
    std::vector<int> choice(n, -1);
    std::vector<double> spend(problem.groups.size(), 0.0);
    double cost = 0;
    const auto best_option = [&](std::size_t c) {
        int best = -1;
        double density = -1;
        for (std::size_t o = 0; o < problem.creators[c].options.size(); ++o) {
            const auto& option = problem.creators[c].options[o];
            if (option.value / option.cost > density) {
                density = option.value / option.cost;
                best = static_cast<int>(o);
            }
        }
        return std::make_pair(best, density);
    };
    const auto fits = [&](std::size_t c, int o) {
        const double extra = problem.creators[c].options[static_cast<std::size_t>(o)].cost;
        const int g = problem.creators[c].group;
        return cost + extra <= problem.budget && (g < 0 || spend[static_cast<std::size_t>(g)] + extra <= problem.groups[static_cast<std::size_t>(g)].max_spend);
    };
    const auto take = [&](std::size_t c, int o) {
        const double extra = problem.creators[c].options[static_cast<std::size_t>(o)].cost;
        choice[c] = o;
        cost += extra;
        if (problem.creators[c].group >= 0) spend[static_cast<std::size_t>(problem.creators[c].group)] += extra;
    };
    for (std::size_t c = 0; c < n; ++c) {
        if (!problem.creators[c].required) continue;
        int cheapest = 0;
        for (std::size_t o = 1; o < problem.creators[c].options.size(); ++o) {
            if (problem.creators[c].options[o].cost < problem.creators[c].options[static_cast<std::size_t>(cheapest)].cost) cheapest = static_cast<int>(o);
        }
        take(c, cheapest);
    }
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t c = 0; c < n; ++c) {
        if (choice[c] < 0 && best_option(c).first >= 0) order.emplace_back(-best_option(c).second, c);
    }
    std::stable_sort(order.begin(), order.end());
    for (std::size_t g = 0; g < problem.groups.size(); ++g) {
        for (const auto& [density, c] : order) {
            if (spend[g] >= problem.groups[g].min_spend) break;
            if (problem.creators[c].group != static_cast<int>(g) || choice[c] >= 0) continue;
            const int o = best_option(c).first;
            if (fits(c, o)) take(c, o);
        }
    }
    for (const auto& [density, c] : order) {
        if (choice[c] >= 0) continue;
        const int o = best_option(c).first;
        if (fits(c, o)) take(c, o);
    }
    return choice;
}

// A plan's spend as it changes by a swap: the total, each group's, the value.
struct PlanSpend {
    double cost = 0, value = 0;
    std::vector<double> group;
};

const PlanOption& option_of(const PlanProblem& problem, std::size_t c, int o) { return problem.creators[c].options[static_cast<std::size_t>(o)]; }

// Whether booking `in` (option 0) in place of `out` (or of nobody: out < 0) keeps within the
// budget and the groups' bounds.
bool swap_fits(const PlanProblem& problem, const std::vector<int>& choice, const PlanSpend& spend, long out, std::size_t in) {
    const PlanOption& added = option_of(problem, in, 0);
    const double removed = out >= 0 ? option_of(problem, static_cast<std::size_t>(out), choice[static_cast<std::size_t>(out)]).cost : 0.0;
    if (spend.cost - removed + added.cost > problem.budget) return false;
    const int g_in = problem.creators[in].group, g_out = out >= 0 ? problem.creators[static_cast<std::size_t>(out)].group : -1;
    if (g_in >= 0) {
        const double after = spend.group[static_cast<std::size_t>(g_in)] + added.cost - (g_out == g_in ? removed : 0.0);
        if (after > problem.groups[static_cast<std::size_t>(g_in)].max_spend) return false;
    }
    if (g_out >= 0 && g_out != g_in && spend.group[static_cast<std::size_t>(g_out)] - removed < problem.groups[static_cast<std::size_t>(g_out)].min_spend) return false;
    if (g_out >= 0 && g_out == g_in && spend.group[static_cast<std::size_t>(g_out)] - removed + added.cost < problem.groups[static_cast<std::size_t>(g_out)].min_spend) return false;
    return true;
}

void apply_swap(const PlanProblem& problem, std::vector<int>& choice, PlanSpend& spend, long out, std::size_t in) {
    const auto move = [&](std::size_t c, double sign) {
        const PlanOption& o = option_of(problem, c, choice[c]);
        spend.cost += sign * o.cost;
        spend.value += sign * o.value;
        if (problem.creators[c].group >= 0) spend.group[static_cast<std::size_t>(problem.creators[c].group)] += sign * o.cost;
    };
    if (out >= 0) {
        move(static_cast<std::size_t>(out), -1);
        choice[static_cast<std::size_t>(out)] = -1;
    }
    choice[in] = 0;
    move(in, +1);
}

// Better plans near a greedy one: a creator not booked takes the place of one booked (or of
// none) when that is worth more and keeps within the budget and the groups' bounds; the
// candidates are the most valuable left out and the least valuable per cost booked. Each trial
// is checked from the spends kept up to date, not the whole plan again.
void improve_by_swaps(const PlanProblem& problem, std::vector<int>& choice) {
    constexpr std::size_t considered = 160;
    if (!check_choice(problem, choice).feasible) return;
    PlanSpend spend;
    spend.group.assign(problem.groups.size(), 0.0);
    for (std::size_t c = 0; c < choice.size(); ++c) {
        if (choice[c] < 0) continue;
        const PlanOption& o = option_of(problem, c, choice[c]);
        spend.cost += o.cost;
        spend.value += o.value;
        if (problem.creators[c].group >= 0) spend.group[static_cast<std::size_t>(problem.creators[c].group)] += o.cost;
    }
    for (int pass = 0; pass < 4; ++pass) {
        std::vector<std::pair<double, std::size_t>> out, in;
        for (std::size_t c = 0; c < choice.size(); ++c) {
            const auto& options = problem.creators[c].options;
            if (options.empty()) continue;
            if (choice[c] < 0) {
                out.emplace_back(-options.front().value, c);
            } else if (!problem.creators[c].required) {
                const auto& o = options[static_cast<std::size_t>(choice[c])];
                in.emplace_back(o.value / o.cost, c);
            }
        }
        std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(std::min(considered, out.size())), out.end());
        std::partial_sort(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(std::min(considered, in.size())), in.end());
        bool improved = false;
        for (std::size_t a = 0; a < std::min(considered, out.size()); ++a) {
            const std::size_t j = out[a].second;
            if (swap_fits(problem, choice, spend, -1, j)) {
                apply_swap(problem, choice, spend, -1, j);
                improved = true;
                continue;
            }
            for (std::size_t b = 0; b < std::min(considered, in.size()); ++b) {
                const std::size_t i = in[b].second;
                if (choice[i] < 0) continue;
                const double gain = option_of(problem, j, 0).value - option_of(problem, i, choice[i]).value;
                if (gain > 1e-12 * std::max(1.0, spend.value) && swap_fits(problem, choice, spend, static_cast<long>(i), j)) {
                    apply_swap(problem, choice, spend, static_cast<long>(i), j);
                    improved = true;
                    break;
                }
            }
        }
        if (!improved) return;
    }
}

// The most sum(price x spend) can be: each group at its minimum, then the rest of the budget
// to the dearest prices, each group up to its maximum and what its creators can spend.
double price_of_spend(const PlanProblem& problem, const std::vector<double>& price) {
    const std::size_t slots = problem.groups.size() + 1;
    std::vector<double> low(slots, 0), high(slots, 0);
    for (const auto& creator : problem.creators) {
        double most = 0;
        for (const auto& option : creator.options) most = std::max(most, option.cost);
        high[creator.group >= 0 ? static_cast<std::size_t>(creator.group) : slots - 1] += most;
    }
    double left = problem.budget, total = 0;
    for (std::size_t g = 0; g < problem.groups.size(); ++g) {
        low[g] = problem.groups[g].min_spend;
        high[g] = std::max(low[g], std::min(high[g], problem.groups[g].max_spend));
        total += price[g] * low[g];
        left -= low[g];
    }
    std::vector<std::size_t> order(slots);
    for (std::size_t s = 0; s < slots; ++s) order[s] = s;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return price[a] > price[b]; });
    for (std::size_t s : order) {
        const double more = std::max(0.0, std::min(left, high[s] - low[s]));
        total += price[s] * more;
        left -= more;
    }
    return total;
}

// A creator's group's price of money.
double price_for(const PlanProblem& problem, const PlanCreatorOptions& creator, const std::vector<double>& price) {
    return price[creator.group >= 0 ? static_cast<std::size_t>(creator.group) : problem.groups.size()];
}

// A creator's best value less its cost at its price (none counts 0, unless it must be booked).
double best_at_prices(const PlanProblem& problem, const PlanCreatorOptions& creator, const std::vector<double>& price) {
    const double p = price_for(problem, creator, price);
    double best = creator.required ? -std::numeric_limits<double>::infinity() : 0.0;
    for (const auto& option : creator.options) best = std::max(best, option.value - p * option.cost);
    return best;
}

class ReducedSearch final : public PlanSolver::Search {
public:
    ReducedSearch(const PlanProblem& problem, std::uint64_t work_limit, bool window_first);
    bool advance(std::uint64_t work, PlanSolution& solution) override;

private:
    void set_up();
    void reduce_and_build();
    void reduce(const std::vector<double>& price, double bound);
    void build_core();
    std::vector<int> assembled() const;

    const PlanProblem& problem_;
    std::uint64_t work_limit_;
    std::vector<int> fixed_;  // per creator: in_core, -1 none, or the option
    std::vector<std::vector<int>> kept_;  // per creator in the core: its options left
    std::vector<int> incumbent_;
    double incumbent_value_ = -1;
    double root_bound_ = std::numeric_limits<double>::infinity();  // the relaxation's at the root
    PlanProblem core_;
    std::vector<std::size_t> core_of_;
    std::unique_ptr<PlanSolver::Search> inner_;
    bool window_first_;
    std::unique_ptr<WindowSearch> window_;  // the search near the relaxation's plan, tried first
    PlanSolution inner_solution_;
    std::uint64_t reduced_work_ = 0;
    int setup_ = 0;  // the set-up's steps done (3: the core's search is under way)
    BranchAndBound::Prices prices_;
};

ReducedSearch::ReducedSearch(const PlanProblem& problem, std::uint64_t work_limit, bool window_first)
    : problem_(problem), work_limit_(work_limit), window_first_(window_first) {
    fixed_.assign(problem.creators.size(), in_core);
    kept_.resize(problem.creators.size());
}

// The set-up, a step per call so that a page's frame holds one of them: the root relaxation's
// prices; a greedy plan improved by swaps; the reduction against them and the core's search.
void ReducedSearch::set_up() {
    if (setup_ == 0) {
        BranchAndBound root(problem_, work_limit_);
        prices_ = root.root_prices();
    } else if (setup_ == 1) {
        incumbent_ = greedy_plan(problem_);
        improve_by_swaps(problem_, incumbent_);
    } else {
        const ChoiceCheck check = check_choice(problem_, incumbent_);
        if (prices_.feasible && check.feasible) {
            incumbent_value_ = check.value;
            double bound = price_of_spend(problem_, prices_.price);
            for (const auto& creator : problem_.creators) bound += best_at_prices(problem_, creator, prices_.price);
            root_bound_ = bound;
            if (window_first_) window_ = make_window_search(problem_, {prices_.price, incumbent_, incumbent_value_}, work_limit_);
        } else {
            incumbent_.clear();
        }
        if (window_ == nullptr) reduce_and_build();
    }
    ++setup_;
}

// The reduction against the root's prices (when a plan was found), then the core's search.
void ReducedSearch::reduce_and_build() {
    if (incumbent_value_ >= 0) reduce(prices_.price, root_bound_);
    build_core();
}

// Each option whose shortfall from its creator's best exceeds the bound's excess over the plan
// found cannot be in a better plan; a creator left with one possibility is decided.
void ReducedSearch::reduce(const std::vector<double>& price, double bound) {
    const double slack = bound - incumbent_value_ + 1e-9 * std::max(1.0, std::fabs(bound));
    for (std::size_t c = 0; c < problem_.creators.size(); ++c) {
        const auto& creator = problem_.creators[c];
        const double p = price_for(problem_, creator, price);
        const double best = best_at_prices(problem_, creator, price);
        const bool none_possible = !creator.required && best - 0.0 <= slack;
        std::vector<int> possible;
        for (std::size_t o = 0; o < creator.options.size(); ++o) {
            if (best - (creator.options[o].value - p * creator.options[o].cost) <= slack) possible.push_back(static_cast<int>(o));
        }
        if (possible.empty()) {
            fixed_[c] = -1;
        } else if (possible.size() == 1 && !none_possible) {
            fixed_[c] = possible.front();
        } else {
            kept_[c] = std::move(possible);
            if (none_possible) kept_[c].push_back(-1);  // marks "none" as still possible
        }
    }
}

// The core: the undecided creators, the budget and the groups' bounds less what the decided spend.
void ReducedSearch::build_core() {
    core_.budget = problem_.budget;
    core_.groups = problem_.groups;
    for (std::size_t c = 0; c < problem_.creators.size(); ++c) {
        const auto& creator = problem_.creators[c];
        if (fixed_[c] >= 0) {
            const double cost = creator.options[static_cast<std::size_t>(fixed_[c])].cost;
            core_.budget -= cost;
            if (creator.group >= 0) {
                auto& group = core_.groups[static_cast<std::size_t>(creator.group)];
                group.min_spend = std::max(0.0, group.min_spend - cost);
                group.max_spend -= cost;
            }
        }
        if (fixed_[c] != in_core) continue;
        PlanCreatorOptions options;
        options.group = creator.group;
        options.required = creator.required;
        const std::vector<int>& keep = kept_[c].empty() ? std::vector<int>() : kept_[c];
        if (kept_[c].empty()) {
            options.options = creator.options;  // no reduction was made
        } else {
            options.required = std::find(keep.begin(), keep.end(), -1) == keep.end();
            for (int o : keep) {
                if (o >= 0) options.options.push_back(creator.options[static_cast<std::size_t>(o)]);
            }
        }
        core_.creators.push_back(std::move(options));
        core_of_.push_back(c);
    }
    core_.budget = std::max(0.0, core_.budget);
    for (auto& group : core_.groups) group.max_spend = std::max(0.0, group.max_spend);
    inner_solution_.choice.assign(core_.creators.size(), -1);
    const BudgetGrid grid = budget_grid(core_);
    const bool fits = grid_fits(grid, work_limit_);
    inner_ = fits ? make_dp_search(core_, grid.step_cents) : make_bb_search(core_, work_limit_);
}

// The core's plan with the decided creators.
std::vector<int> ReducedSearch::assembled() const {
    std::vector<int> choice(problem_.creators.size(), -1);
    for (std::size_t c = 0; c < choice.size(); ++c) choice[c] = fixed_[c] >= 0 ? fixed_[c] : -1;
    for (std::size_t k = 0; k < core_of_.size() && inner_solution_.feasible; ++k) {
        const int picked = inner_solution_.choice[k];
        if (picked < 0) continue;
        const std::size_t c = core_of_[k];
        choice[c] = kept_[c].empty() ? picked : kept_[c][static_cast<std::size_t>(picked)];
    }
    return choice;
}

bool ReducedSearch::advance(std::uint64_t work, PlanSolution& solution) {
    if (setup_ < 3) {
        set_up();
        return false;
    }
    if (window_ != nullptr) {
        const bool done = window_->advance(work, solution);
        if (!window_->gave_up()) return done;
        reduced_work_ += solution.work;  // its work counts; the reduction goes on from here
        window_.reset();
        reduce_and_build();
        return false;
    }
    if (!inner_->advance(work, inner_solution_)) {
        solution.work = reduced_work_ + inner_solution_.work;
        return false;
    }
    // The core's plan with the decided creators, unless the plan found first is worth as much.
    std::vector<int> choice = assembled();
    ChoiceCheck check = check_choice(problem_, choice);
    if (!inner_solution_.feasible || !check.feasible || check.value < incumbent_value_) {
        if (incumbent_value_ >= 0) {
            choice = incumbent_;
            check = check_choice(problem_, choice);
        }
    }
    std::size_t decided = 0;
    for (int f : fixed_) decided += f != in_core ? 1 : 0;
    solution.choice = choice;
    solution.feasible = check.feasible;
    solution.value = check.value;
    solution.cost = check.cost;
    solution.optimal = inner_solution_.optimal;
    const double core_gap_value = inner_solution_.optimal ? 0 : std::max(0.0, inner_solution_.bound - inner_solution_.value);
    // The tighter of the core's bound (with what was decided) and the root relaxation's.
    solution.bound = solution.optimal ? solution.value : std::max(solution.value, std::min(solution.value + core_gap_value, root_bound_));
    solution.gap = solution.bound > 0 ? (solution.bound - solution.value) / solution.bound : 0;
    solution.method = inner_solution_.method + ", on the " + std::to_string(core_of_.size()) + " creators left after " +
                      std::to_string(decided) + " were decided by their reduced costs";
    solution.note = inner_solution_.note;
    if (solution.feasible && !inner_solution_.feasible && inner_solution_.optimal) solution.note.clear();  // nothing better than the plan found
    solution.work = inner_solution_.work + reduced_work_;
    return true;
}

}  // namespace

std::unique_ptr<PlanSolver::Search> make_reduced_search(const PlanProblem& problem, std::uint64_t work_limit, bool window_first) {
    return std::make_unique<ReducedSearch>(problem, work_limit, window_first);
}

}  // namespace creatorscope
