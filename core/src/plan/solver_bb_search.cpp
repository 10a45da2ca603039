// The branch and bound's relaxation and its depth-first search (see solver_bb.cpp).
#include <algorithm>
#include <cmath>
#include <limits>

#include "plan/solver_bb.hpp"

namespace creatorscope {

namespace {
double tolerance_for(double budget) { return 1e-9 * std::max(1.0, budget); }
}  // namespace

void BranchAndBound::set(int creator, int option) {
    const auto c = static_cast<std::size_t>(creator);
    chosen_[c] = option;
    if (option < 0) return;
    const PlanOption& o = problem_.creators[c].options[static_cast<std::size_t>(option)];
    fixed_cost_ += o.cost;
    fixed_value_ += o.value;
    fixed_spend_[group_slot(static_cast<std::uint32_t>(creator))] += o.cost;
}

void BranchAndBound::unset(int creator) {
    const auto c = static_cast<std::size_t>(creator);
    const int option = chosen_[c];
    chosen_[c] = free_choice;
    if (option < 0) return;
    const PlanOption& o = problem_.creators[c].options[static_cast<std::size_t>(option)];
    fixed_cost_ -= o.cost;
    fixed_value_ -= o.value;
    fixed_spend_[group_slot(static_cast<std::uint32_t>(creator))] -= o.cost;
}

// Each group's spend raised to its minimum along its own hull steps, best first.
bool BranchAndBound::meet_minimums(std::vector<double>& spend, double& value) {
    const double tolerance = tolerance_for(problem_.budget);
    for (std::size_t slot = 0; slot < problem_.groups.size(); ++slot) {
        group_taken_[slot] = 0;
        group_partial_[slot] = 0;
        double need = problem_.groups[slot].min_spend - spend[slot];
        const auto& list = by_group_[slot];
        std::size_t rank = 0;
        for (; rank < list.size() && need > tolerance; ++rank) {
            const Segment& segment = segments_[list[rank]];
            ++work_;
            if (chosen_[segment.creator] != free_choice) continue;
            slot_last_[slot] = segment.density;
            if (segment.cost <= need) {
                need -= segment.cost;
                spend[slot] += segment.cost;
                value += segment.value;
                position_[segment.creator] = segment.to_option;
                continue;
            }
            spend[slot] += need;
            value += segment.density * need;
            group_partial_[slot] = need;
            slot_next_[slot] = segment.density;
            need = 0;
            break;
        }
        group_taken_[slot] = static_cast<std::uint32_t>(rank);
        if (need > tolerance) return false;
    }
    return true;
}

// The rest of the budget along every free step, best first, each group up to its maximum.
void BranchAndBound::fill_budget(std::vector<double>& spend, double& value, double room, Relaxation& r) {
    const double tolerance = tolerance_for(problem_.budget);
    const std::size_t groups = problem_.groups.size();
    for (const Segment& segment : segments_) {
        if (segment.density <= 0) break;  // steps that add nothing are left
        if (room <= tolerance) {
            if (break_density_ < 0 && chosen_[segment.creator] == free_choice) break_density_ = segment.density;
            break;
        }
        ++work_;
        if (chosen_[segment.creator] != free_choice) continue;
        const std::size_t slot = group_slot(segment.creator);
        if (slot < groups && segment.rank < group_taken_[slot]) continue;  // taken whole for the minimum
        const bool resumed = slot < groups && segment.rank == group_taken_[slot] && group_partial_[slot] > 0;
        const double amount = segment.cost - (resumed ? group_partial_[slot] : 0);
        const double space = std::min(room, group_max(slot) - spend[slot]);
        if (space <= tolerance) {
            if (slot_next_[slot] < 0) slot_next_[slot] = segment.density;
            continue;
        }
        const double take = std::min(amount, space);
        slot_last_[slot] = segment.density;
        if (take < amount - tolerance) {
            if (slot_next_[slot] < 0 || resumed) slot_next_[slot] = segment.density;
            if (room - take <= tolerance) break_density_ = segment.density;
        }
        value += segment.density * take;
        spend[slot] += take;
        room -= take;
        if (take < amount - tolerance) {
            if (r.fractional < 0) {
                r.fractional = static_cast<int>(segment.creator);
                r.fractional_to = segment.to_option;
            }
            continue;
        }
        position_[segment.creator] = segment.to_option;
        if (resumed) group_partial_[slot] = 0;  // the step begun for the minimum, finished
    }
    // A step begun for a group's minimum and not finished books its creator in part.
    for (std::size_t slot = 0; slot < groups && r.fractional < 0; ++slot) {
        if (group_partial_[slot] <= 0) continue;
        const Segment& segment = segments_[by_group_[slot][group_taken_[slot]]];
        r.fractional = static_cast<int>(segment.creator);
        r.fractional_to = segment.to_option;
    }
}

BranchAndBound::Relaxation BranchAndBound::relax() {
    Relaxation r;
    std::fill(slot_last_.begin(), slot_last_.end(), -1.0);
    std::fill(slot_next_.begin(), slot_next_.end(), -1.0);
    break_density_ = -1;
    std::copy(fixed_spend_.begin(), fixed_spend_.end(), spend_.begin());
    double value = fixed_value_, total = fixed_cost_;
    for (std::size_t c = 0; c < chosen_.size(); ++c) {
        ++work_;
        if (chosen_[c] != free_choice) continue;
        position_[c] = start_[c];
        if (start_[c] < 0) continue;
        const PlanOption& o = problem_.creators[c].options[static_cast<std::size_t>(start_[c])];
        spend_[group_slot(static_cast<std::uint32_t>(c))] += o.cost;
        value += o.value;
        total += o.cost;
    }
    const double tolerance = tolerance_for(problem_.budget);
    for (std::size_t slot = 0; slot < problem_.groups.size(); ++slot) {
        if (spend_[slot] > problem_.groups[slot].max_spend + tolerance) return r;
    }
    if (total > problem_.budget + tolerance) return r;
    if (!meet_minimums(spend_, value)) return r;
    double spent = 0;
    for (double s : spend_) spent += s;
    if (spent > problem_.budget + tolerance) return r;
    fill_budget(spend_, value, problem_.budget - spent, r);
    r.feasible = true;
    r.bound = value;
    return r;
}

// A whole plan near the relaxation's: each free creator at its last whole step, then the
// part-booked steps' creators moved up a step where the budget and the maximums allow.
void BranchAndBound::try_rounding(const Relaxation& r) {
    std::vector<int> choice(chosen_.size(), -1);
    for (std::size_t c = 0; c < chosen_.size(); ++c) choice[c] = chosen_[c] != free_choice ? chosen_[c] : position_[c];
    if (r.fractional >= 0) {
        std::vector<int> up = choice;
        up[static_cast<std::size_t>(r.fractional)] = r.fractional_to;
        const ChoiceCheck check = check_choice(problem_, up);
        if (check.feasible && better(check.value)) take_incumbent(up, check.value);
    }
    const ChoiceCheck check = check_choice(problem_, choice);
    if (check.feasible && better(check.value)) take_incumbent(choice, check.value);
}

void BranchAndBound::take_incumbent(const std::vector<int>& choice, double value) {
    best_ = choice;
    incumbent_ = value;
    have_incumbent_ = true;
}

// The branches at a creator the relaxation books in part: the step it began, the option it
// stands at, then its other options by value, and none last (unless it must be booked).
std::vector<int> BranchAndBound::branches_for(const Relaxation& r) const {
    const auto c = static_cast<std::size_t>(r.fractional);
    std::vector<int> branches{r.fractional_to, position_[c]};
    std::vector<int> rest = undominated_[c];
    const auto& options = problem_.creators[c].options;
    std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) {
        return options[static_cast<std::size_t>(a)].value > options[static_cast<std::size_t>(b)].value;
    });
    branches.insert(branches.end(), rest.begin(), rest.end());
    if (!problem_.creators[c].required) branches.push_back(-1);
    std::vector<int> unique;
    for (int b : branches) {
        if (b < 0 && problem_.creators[c].required) continue;
        if (std::find(unique.begin(), unique.end(), b) == unique.end()) unique.push_back(b);
    }
    return unique;
}

BranchAndBound::Prices BranchAndBound::root_prices() {
    Prices prices;
    const Relaxation root = relax();
    prices.feasible = root.feasible;
    prices.relaxation = root.bound;
    const double budget_price = std::max(0.0, break_density_);
    for (std::size_t slot = 0; slot < slot_last_.size(); ++slot) {
        // Between the slot's right and left derivatives, as near the budget's price as they allow.
        const double high = slot_last_[slot] >= 0 ? slot_last_[slot] : std::numeric_limits<double>::infinity();
        const double low = slot_next_[slot] >= 0 ? slot_next_[slot] : 0.0;
        prices.price.push_back(std::clamp(budget_price, std::min(low, high), high));
    }
    return prices;
}

// The root: its relaxation bounds everything; a whole relaxation is the optimum at once.
bool BranchAndBound::start(PlanSolution& solution) {
    started_ = true;
    const Relaxation root = relax();
    if (!root.feasible) {
        finish(solution, true);
        return true;
    }
    root_bound_ = root.bound;
    try_rounding(root);
    if (root.fractional < 0 || !better(root.bound)) {
        finish(solution, true);
        return true;
    }
    stack_.push_back({root.fractional, branches_for(root), 0});
    return false;
}

bool BranchAndBound::advance(std::uint64_t work, PlanSolution& solution) {
    const std::uint64_t before = work_;
    if (!started_ && start(solution)) return true;
    while (!stack_.empty()) {
        if (work_ >= work_limit_) {
            stop_with_gap(solution);
            return true;
        }
        if (work_ - before >= work) {
            solution.work = work_;
            return false;
        }
        Frame& frame = stack_.back();
        if (frame.next >= frame.branches.size()) {
            unset(frame.creator);
            stack_.pop_back();
            continue;
        }
        const int branch = frame.branches[frame.next++];
        const int creator = frame.creator;
        if (chosen_[static_cast<std::size_t>(creator)] != free_choice) unset(creator);
        set(creator, branch);
        const Relaxation r = relax();
        if (!r.feasible || !better(r.bound)) continue;
        try_rounding(r);
        if (r.fractional < 0 || !better(r.bound)) continue;
        stack_.push_back({r.fractional, branches_for(r), 0});
    }
    finish(solution, true);
    return true;
}

// Stopped by the work limit: the best bound over the branches not yet searched, each bounded
// with the decisions above it in place.
void BranchAndBound::stop_with_gap(PlanSolution& solution) {
    double bound = have_incumbent_ ? incumbent_ : -std::numeric_limits<double>::infinity();
    bool any_open = false;
    while (!stack_.empty()) {
        Frame& frame = stack_.back();
        if (chosen_[static_cast<std::size_t>(frame.creator)] != free_choice) unset(frame.creator);
        for (std::size_t k = frame.next; k < frame.branches.size(); ++k) {
            set(frame.creator, frame.branches[k]);
            const Relaxation r = relax();
            if (r.feasible) {
                bound = std::max(bound, r.bound);
                any_open = true;
            }
            unset(frame.creator);
        }
        stack_.pop_back();
    }
    finish(solution, false);
    solution.bound = any_open ? std::max(bound, solution.value) : solution.value;
    solution.bound = std::min(solution.bound, root_bound_);
    solution.gap = solution.bound > 0 ? (solution.bound - solution.value) / solution.bound : 0;
    solution.optimal = solution.gap <= 0;
    if (!solution.optimal) solution.note = "the search stopped at its work limit: the plan is within the gap of the best possible";
}

void BranchAndBound::finish(PlanSolution& solution, bool proved) {
    solution.method = "branch and bound on the linear relaxation";
    solution.work = work_;
    solution.optimal = proved;
    if (!have_incumbent_) {
        solution.feasible = false;
        solution.note = proved ? "no set of creators meets the budget, the tiers' shares and the creators that must be booked"
                               : "the search stopped at its work limit before finding a plan that meets every constraint";
        solution.bound = 0;
        return;
    }
    solution.choice = best_;
    const ChoiceCheck check = check_choice(problem_, best_);
    solution.feasible = check.feasible;
    solution.cost = check.cost;
    solution.value = check.value;
    solution.bound = proved ? check.value : solution.bound;
    solution.gap = 0;
}

}  // namespace creatorscope
