// The planner's exact dynamic programme over the budget (docs/plan.md). Costs are whole cents,
// so on a grid of their greatest common divisor every spend is a whole number of steps:
// 1. each constrained group (tier): the best value for each exact spend of the group, creator
//    by creator (at most one option each; a required creator must take one);
// 2. the totals start from one constrained group's spends within its minimum and maximum (the
//    base); any other constrained group but one is joined by a max-plus convolution;
// 3. the creators of no constrained group on top, creator by creator;
// 4. the last constrained group joined in one pass: its best spend within its bounds beside the
//    best total within the rest of the budget (the cheapest of equal values), traced back.
// So up to two constrained tiers cost no convolution: the work is creators x budget steps.
#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "plan/solver_common.hpp"

namespace creatorscope {

namespace {

constexpr double impossible = -std::numeric_limits<double>::infinity();

// Steps of the grid an amount makes, rounded down (a budget, a maximum) or up (a minimum).
std::uint64_t steps_down(double amount, std::int64_t step) { return static_cast<std::uint64_t>(grid_steps_down(amount, step)); }
std::uint64_t steps_up(double amount, std::int64_t step) { return static_cast<std::uint64_t>(grid_steps_up(amount, step)); }

// A creator's choice at each spend: for one option a bit (taken or not), else a byte (0 none,
// else the option + 1), made when the creator is added.
struct ChoiceRow {
    std::vector<std::uint64_t> bits;
    std::vector<std::uint8_t> bytes;
    int at(std::uint64_t s) const {
        if (!bytes.empty()) return bytes[s];
        return bits.empty() ? 0 : static_cast<int>((bits[s >> 6] >> (s & 63)) & 1u);
    }
};

class DpSearch final : public PlanSolver::Search {
public:
    DpSearch(const PlanProblem& problem, std::int64_t step);
    bool advance(std::uint64_t work, PlanSolution& solution) override;

private:
    struct GroupTable {
        int group = 0;
        std::uint64_t low = 0, high = 0;  // the group's spend in steps: minimum and maximum
        std::vector<int> creators;
        std::vector<double> best;           // per exact spend 0..high
        std::vector<ChoiceRow> choices;     // per creator
        std::vector<std::uint32_t> spend;   // per total spend: the group's spend in the best
    };
    std::uint64_t add_creator(int creator, std::vector<double>& best, std::uint64_t rows, ChoiceRow& choices);
    std::uint64_t start_from_base();
    std::uint64_t add_group(GroupTable& table);
    bool has_last() const { return groups_.size() >= 2; }
    std::size_t base_index() const { return has_last() ? 1 : 0; }
    void trace_group(const GroupTable& table, std::uint64_t own, PlanSolution& solution) const;
    void trace_back(std::uint64_t total, PlanSolution& solution) const;
    void finish(PlanSolution& solution);

    const PlanProblem& problem_;
    std::int64_t step_;
    std::uint64_t rows_;  // total spends 0..budget, in steps
    std::vector<std::vector<std::uint64_t>> steps_;  // per creator, per option: its cost in steps
    std::vector<GroupTable> groups_;
    std::vector<int> free_creators_;
    std::vector<ChoiceRow> free_choices_;
    std::vector<double> total_, scratch_;
    // Where the work stands: the group (or groups_.size() for the free creators) and creator.
    enum class Phase { groups, together, free, done } phase_ = Phase::groups;
    std::size_t at_group_ = 0, at_creator_ = 0;
};

DpSearch::DpSearch(const PlanProblem& problem, std::int64_t step) : problem_(problem), step_(step) {
    rows_ = steps_down(problem.budget, step) + 1;
    steps_.resize(problem.creators.size());
    std::vector<int> table_of(problem.groups.size(), -1);
    for (std::size_t g = 0; g < problem.groups.size(); ++g) {
        if (!constrained(problem.groups[g], problem.budget)) continue;
        GroupTable table;
        table.group = static_cast<int>(g);
        table.low = steps_up(problem.groups[g].min_spend, step);
        table.high = std::min(rows_ - 1, steps_down(problem.groups[g].max_spend, step));
        groups_.push_back(std::move(table));
    }
    // The widest range of spend last (joined in one pass), the next the base, the narrowest
    // between (convolved): the convolutions then cost the least.
    std::stable_sort(groups_.begin(), groups_.end(), [](const GroupTable& a, const GroupTable& b) { return a.high - std::min(a.low, a.high) > b.high - std::min(b.low, b.high); });
    for (std::size_t k = 0; k < groups_.size(); ++k) table_of[static_cast<std::size_t>(groups_[k].group)] = static_cast<int>(k);
    for (std::size_t c = 0; c < problem.creators.size(); ++c) {
        for (const auto& option : problem.creators[c].options) steps_[c].push_back(steps_down(option.cost + 0.005, step));
        const int group = problem.creators[c].group;
        if (group >= 0 && table_of[static_cast<std::size_t>(group)] >= 0) {
            groups_[static_cast<std::size_t>(table_of[static_cast<std::size_t>(group)])].creators.push_back(static_cast<int>(c));
        } else {
            free_creators_.push_back(static_cast<int>(c));
        }
    }
    for (auto& table : groups_) {
        table.best.assign(table.high + 1, impossible);
        table.best[0] = 0;
        table.choices.resize(table.creators.size());
    }
    free_choices_.resize(free_creators_.size());
    total_.assign(rows_, impossible);
    total_[0] = 0;
}

// One creator on top of the best values per exact spend: none (unless required) or one option.
// One optional option updates the table in place, from the top spend down.
std::uint64_t DpSearch::add_creator(int creator, std::vector<double>& best, std::uint64_t rows, ChoiceRow& choices) {
    const auto& options = problem_.creators[static_cast<std::size_t>(creator)];
    const auto& steps = steps_[static_cast<std::size_t>(creator)];
    if (!options.required && options.options.size() == 1) {
        const std::uint64_t w = steps[0];
        if (w >= rows) return 1;
        choices.bits.assign((rows + 63) / 64, 0);
        const double value = options.options[0].value;
        double* table = best.data();
        std::uint64_t* bits = choices.bits.data();
        for (std::uint64_t s = rows; s-- > w;) {
            const double with = table[s - w] + value;  // impossible stays impossible
            const bool take = with > table[s];
            table[s] = take ? with : table[s];
            bits[s >> 6] |= std::uint64_t{take} << (s & 63);
        }
        return rows - w;
    }
    choices.bytes.assign(rows, 0);
    scratch_.assign(rows, impossible);
    if (!options.required) std::copy(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(rows), scratch_.begin());
    std::uint64_t work = rows;
    for (std::size_t o = 0; o < options.options.size(); ++o) {
        const std::uint64_t w = steps[o];
        if (w >= rows) continue;
        const double value = options.options[o].value;
        for (std::uint64_t s = w; s < rows; ++s) {
            const double with = best[s - w] + value;
            if (!(with > scratch_[s])) continue;
            scratch_[s] = with;
            choices.bytes[s] = static_cast<std::uint8_t>(o + 1);
        }
        work += rows - w;
    }
    std::copy(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(rows), best.begin());
    return work;
}

// The totals start from the base group's spends within its bounds (none when no group is
// constrained: spend 0).
std::uint64_t DpSearch::start_from_base() {
    if (groups_.empty()) return 1;
    const GroupTable& base = groups_[base_index()];
    std::fill(total_.begin(), total_.end(), impossible);
    for (std::uint64_t t = base.low; t <= base.high && t < rows_; ++t) total_[t] = base.best[t];
    return rows_;
}

// A constrained group joined to the totals: its spend between its minimum and maximum.
std::uint64_t DpSearch::add_group(GroupTable& table) {
    scratch_.assign(rows_, impossible);
    table.spend.assign(rows_, 0);
    std::uint64_t work = 0;
    for (std::uint64_t s = 0; s < rows_; ++s) {
        const std::uint64_t top = std::min(table.high, s);
        for (std::uint64_t t = table.low; t <= top; ++t) {
            const double before = total_[s - t], own = table.best[t];
            if (before == impossible || own == impossible || !(before + own > scratch_[s])) continue;
            scratch_[s] = before + own;
            table.spend[s] = static_cast<std::uint32_t>(t);
        }
        work += top >= table.low ? top - table.low + 1 : 1;
    }
    total_.swap(scratch_);
    return work;
}

bool DpSearch::advance(std::uint64_t work, PlanSolution& solution) {
    std::uint64_t done = 0;
    while (done < work && phase_ != Phase::done) {
        if (phase_ == Phase::groups) {
            if (at_group_ >= groups_.size()) {
                phase_ = Phase::together;
                at_group_ = 0;
                continue;
            }
            GroupTable& table = groups_[at_group_];
            if (at_creator_ >= table.creators.size()) {
                ++at_group_;
                at_creator_ = 0;
                continue;
            }
            done += add_creator(table.creators[at_creator_], table.best, table.high + 1, table.choices[at_creator_]);
            ++at_creator_;
        } else if (phase_ == Phase::together) {
            if (at_group_ == 0) {
                done += start_from_base();
                at_group_ = 2;  // the convolved groups follow the last (0) and the base (1)
                continue;
            }
            if (at_group_ >= groups_.size()) {
                phase_ = Phase::free;
                at_creator_ = 0;
                continue;
            }
            done += add_group(groups_[at_group_++]);
        } else if (at_creator_ < free_creators_.size()) {
            done += add_creator(free_creators_[at_creator_], total_, rows_, free_choices_[at_creator_]);
            ++at_creator_;
        } else {
            phase_ = Phase::done;
        }
    }
    solution.work += done;
    if (phase_ != Phase::done) return false;
    finish(solution);
    return true;
}

void DpSearch::trace_group(const GroupTable& table, std::uint64_t own, PlanSolution& solution) const {
    for (std::size_t k = table.creators.size(); k-- > 0;) {
        const int chosen = table.choices[k].at(own);
        if (chosen == 0) continue;
        const int creator = table.creators[k];
        solution.choice[static_cast<std::size_t>(creator)] = chosen - 1;
        own -= steps_[static_cast<std::size_t>(creator)][static_cast<std::size_t>(chosen - 1)];
    }
}

// From the totals' spend: the free creators, the convolved groups, and what is left is the base's.
void DpSearch::trace_back(std::uint64_t total, PlanSolution& solution) const {
    std::uint64_t s = total;
    for (std::size_t k = free_creators_.size(); k-- > 0;) {
        const int chosen = free_choices_[k].at(s);
        if (chosen == 0) continue;
        const int creator = free_creators_[k];
        solution.choice[static_cast<std::size_t>(creator)] = chosen - 1;
        s -= steps_[static_cast<std::size_t>(creator)][static_cast<std::size_t>(chosen - 1)];
    }
    for (std::size_t g = groups_.size(); g-- > 2;) {
        const GroupTable& table = groups_[g];
        const std::uint64_t own = table.spend[s];
        s -= own;
        trace_group(table, own, solution);
    }
    if (!groups_.empty()) trace_group(groups_[base_index()], s, solution);
}

// The best plan: the last group's spend t within its bounds with the best total within the
// budget less t (without a last group, the best total), the cheapest of equal values.
void DpSearch::finish(PlanSolution& solution) {
    solution.method = "dynamic programming over the budget in steps of " + money_text(static_cast<double>(step_) / 100.0);
    solution.optimal = true;
    std::vector<std::uint64_t> best_within(rows_, 0);  // per spend: where the best total at or below it is
    for (std::uint64_t s = 1; s < rows_; ++s) best_within[s] = total_[s] > total_[best_within[s - 1]] ? s : best_within[s - 1];
    double best_value = impossible;
    std::uint64_t best_total = 0, best_last = 0;
    const GroupTable* last = has_last() ? &groups_[0] : nullptr;
    const std::uint64_t last_low = last ? last->low : 0, last_high = last ? std::min(last->high, rows_ - 1) : 0;
    for (std::uint64_t t = last_low; t <= last_high; ++t) {
        const std::uint64_t at = best_within[rows_ - 1 - t];
        const double value = total_[at] + (last ? last->best[t] : 0.0);
        if (value > best_value || (value == best_value && value != impossible && at + t < best_total + best_last)) {
            best_value = value;
            best_total = at;
            best_last = t;
        }
    }
    if (best_value == impossible) {
        solution.note = "no set of creators meets the budget, the tiers' shares and the creators that must be booked";
        return;
    }
    if (last) trace_group(*last, best_last, solution);
    trace_back(best_total, solution);
    const ChoiceCheck check = check_choice(problem_, solution.choice);
    solution.feasible = check.feasible;
    solution.cost = check.cost;
    solution.value = check.value;
    solution.bound = check.value;
    if (!check.feasible) solution.note = "internal: the programme's plan breaks a constraint";
}

}  // namespace

std::unique_ptr<PlanSolver::Search> make_dp_search(const PlanProblem& problem, std::int64_t step_cents) {
    return std::make_unique<DpSearch>(problem, step_cents);
}

}  // namespace creatorscope
