// The planner's search near the relaxation's plan (solver_window.hpp; docs/plan.md, "Speed").
#include "plan/solver_window.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "plan/solver_common.hpp"

namespace creatorscope {

namespace {

constexpr double infinite = std::numeric_limits<double>::infinity();

// One way a creator can move from its best choice at the prices: the change of its slot's
// spend in grid steps, the shortfall it costs, and the option it books (-1: none). A creator's
// first move is its best choice itself (no change, no shortfall).
struct Move {
    std::int64_t shift = 0;
    double shortfall = 0;
    int option = -1;
};

struct Mover {
    std::size_t creator = 0;
    double per_step = 0;  // the least shortfall per step of spend any of its moves costs
    std::vector<Move> moves;
};

// A slot's table after a creator was added: the first spend it covers, and per spend the move
// that reached it (to trace the plan back).
struct Layer {
    std::int64_t first = 0;
    std::vector<std::uint8_t> move;
};

struct Slot {
    double price = 0;
    double low = 0, high = 0;      // its spend's bounds in money: the minimum, the maximum or what its creators can spend
    std::int64_t lo = 0, hi = -1;  // the window of spends (steps) a better plan can have
    std::int64_t base = 0;         // the spend of its creators' best choices (steps)
    std::vector<Mover> movers;     // by least shortfall per step, rising
    std::vector<Layer> layers;
    std::int64_t first = 0;        // the table: least shortfall at each spend from `first`
    std::vector<double> table;
    std::size_t next = 0;          // the next mover to add
};

// Steps between a spend and a window.
std::int64_t outside(std::int64_t spend, std::int64_t lo, std::int64_t hi) { return spend < lo ? lo - spend : spend > hi ? spend - hi : 0; }

}  // namespace

struct WindowSearch::Impl {
    const PlanProblem& problem;
    WindowStart start;
    std::uint64_t work_limit;
    double share;  // of the allowance the plan found leaves, searched this round
    std::int64_t step;
    double step_money;
    std::int64_t budget_steps = 0;
    std::vector<Slot> slots;
    std::vector<std::size_t> by_price;  // the slots, dearest price first
    std::vector<int> choice;  // every creator's best choice at the prices, then the plan traced back
    double spend_bound = 0;   // the most sum(price x spend) can be
    double allowance = 0;     // UB minus the plan found: the shortfall a better plan stays below
    double tolerance = 0;
    std::uint64_t work = 0, cells = 0;
    std::size_t movers = 0;
    std::size_t current = 0;  // the slot being filled
    bool empty = false;       // a slot has no spend in its window: no plan within the allowance
    bool retry = false;       // none within this round's allowance: the next round searches a wider one
    bool broken = false;      // the plan traced back failed its check: the caller takes another way

    Impl(const PlanProblem& p, WindowStart s, std::uint64_t limit, double part, std::int64_t step_cents)
        : problem(p), start(std::move(s)), work_limit(limit), share(part), step(step_cents),
          step_money(static_cast<double>(step_cents) / 100.0) {}

    bool set_up();
    bool prepare_slots();
    double spend_most(int pinned, double at, std::vector<double>* spends) const;
    double others_most(std::size_t a, std::size_t b, std::int64_t spent) const;
    void window_of(std::size_t s);
    bool add_mover(Slot& slot);
    void keep_window(Slot& slot, double per_step);
    // The join of the slots' tables, in slices: the slots in order of size, the joined table so far
    // (the least sum of shortfalls less price x spend at each total), the one being made, and
    // per slot joined which of its spends gave each total.
    struct Join {
        bool begun = false;
        std::vector<std::size_t> order;
        std::size_t k = 0, t = 0;
        std::int64_t first = 0;
        std::vector<double> joined, next;
        std::vector<std::int32_t> pick;
        std::vector<std::vector<std::int32_t>> picks;
    };
    Join join_;
    enum class Joined { more, done, over_limit };
    Joined join(std::uint64_t until, PlanSolution& solution);
    void join_last(PlanSolution& solution);
    double worth(const Slot& s, std::size_t x) const {
        return s.table[x] - s.price * static_cast<double>(s.first + static_cast<std::int64_t>(x)) * step_money;
    }
    void trace(std::vector<std::int64_t> spend);
    void finish(PlanSolution& solution, bool better);
};

namespace {
std::int64_t cents_of(double amount) { return static_cast<std::int64_t>(std::llround(amount * 100.0)); }
}  // namespace

// The slots (each constrained group, then one for every other creator, at the budget's
// price), each creator's best choice and its moves, the bound and the windows.
bool WindowSearch::Impl::set_up() {
    const std::size_t groups = problem.groups.size();
    if (start.price.size() != groups + 1) return false;
    std::vector<int> slot_of(groups + 1, -1);
    for (std::size_t g = 0; g < groups; ++g) {
        if (!constrained(problem.groups[g], problem.budget)) continue;
        slot_of[g] = static_cast<int>(slots.size());
        Slot slot;
        slot.price = start.price[g];
        slot.low = problem.groups[g].min_spend;
        slot.high = problem.groups[g].max_spend;
        slots.push_back(std::move(slot));
    }
    const int free_slot = static_cast<int>(slots.size());
    slots.push_back({});
    slots.back().price = start.price[groups];
    slots.back().high = infinite;
    budget_steps = grid_steps_down(problem.budget, step);
    std::vector<double> most(slots.size(), 0.0);
    std::vector<std::int64_t> base_cents(slots.size(), 0);
    double best_total = 0;
    choice.assign(problem.creators.size(), -1);
    std::vector<std::vector<double>> worth(problem.creators.size());  // per creator: each option's value less its cost at the price
    for (std::size_t c = 0; c < problem.creators.size(); ++c) {
        const auto& creator = problem.creators[c];
        const int group = creator.group;
        const int s = group >= 0 && slot_of[static_cast<std::size_t>(group)] >= 0 ? slot_of[static_cast<std::size_t>(group)] : free_slot;
        const double price = slots[static_cast<std::size_t>(s)].price;
        double best = creator.required ? -infinite : 0.0, dearest = 0;
        for (std::size_t o = 0; o < creator.options.size(); ++o) {
            const double w = creator.options[o].value - price * creator.options[o].cost;
            worth[c].push_back(w);
            dearest = std::max(dearest, creator.options[o].cost);
            if (w > best) best = w, choice[c] = static_cast<int>(o);
        }
        if (!std::isfinite(best)) return false;  // a required creator without options
        best_total += best;
        most[static_cast<std::size_t>(s)] += dearest;
        if (choice[c] >= 0) base_cents[static_cast<std::size_t>(s)] += cents_of(creator.options[static_cast<std::size_t>(choice[c])].cost);
        Mover mover{c, infinite, {{0, 0.0, choice[c]}}};
        const auto consider = [&](int option, double w, double cost) {
            const double shortfall = best - w;
            const std::int64_t base = choice[c] >= 0 ? cents_of(creator.options[static_cast<std::size_t>(choice[c])].cost) : 0;
            const std::int64_t shift = (cents_of(cost) - base) / step;
            if (shift == 0) return;  // the same spend for less: never better
            mover.moves.push_back({shift, shortfall, option});
        };
        for (std::size_t o = 0; o < creator.options.size(); ++o) {
            if (static_cast<int>(o) != choice[c]) consider(static_cast<int>(o), worth[c][o], creator.options[o].cost);
        }
        if (!creator.required && choice[c] >= 0) consider(-1, 0.0, 0.0);
        if (mover.moves.size() > 1) slots[static_cast<std::size_t>(s)].movers.push_back(std::move(mover));
    }
    double everything = 0;
    for (std::size_t s = 0; s < slots.size(); ++s) {
        slots[s].high = std::max(slots[s].low, std::min(slots[s].high, most[s]));
        slots[s].base = base_cents[s] / step;
        everything += most[s];
    }
    budget_steps = std::min(budget_steps, grid_steps_down(everything, step));  // no more than every creator at their dearest
    by_price.resize(slots.size());
    std::iota(by_price.begin(), by_price.end(), std::size_t{0});
    std::stable_sort(by_price.begin(), by_price.end(), [&](std::size_t a, std::size_t b) { return slots[a].price > slots[b].price; });
    spend_bound = spend_most(-1, 0, nullptr);
    const double bound = best_total + spend_bound;
    tolerance = 1e-9 * std::max(1.0, std::fabs(bound));
    allowance = share * std::max(0.0, bound - start.incumbent_value);
    return std::isfinite(spend_bound) && prepare_slots();
}

// Each slot's moves within the allowance, its creators by least shortfall per step, its window
// and its first table; false when a creator has too many moves or the tables would pass the
// work limit (they grow to about their windows: another way at once).
bool WindowSearch::Impl::prepare_slots() {
    for (std::size_t s = 0; s < slots.size(); ++s) {
        auto& movers_of = slots[s].movers;
        for (auto& mover : movers_of) {  // moves that cost more than the allowance cannot be in a better plan
            std::erase_if(mover.moves, [&](const Move& m) { return m.shortfall > allowance + tolerance; });
            if (mover.moves.size() > 255) return false;
            mover.per_step = infinite;  // of the moves kept
            for (std::size_t j = 1; j < mover.moves.size(); ++j) {
                const Move& m = mover.moves[j];
                mover.per_step = std::min(mover.per_step, m.shortfall / (static_cast<double>(std::llabs(m.shift)) * step_money));
            }
        }
        std::erase_if(movers_of, [](const Mover& m) { return m.moves.size() < 2; });
        std::stable_sort(movers_of.begin(), movers_of.end(), [](const Mover& a, const Mover& b) { return a.per_step < b.per_step; });
        movers += movers_of.size();
        window_of(s);
        slots[s].first = slots[s].base;
        slots[s].table.assign(1, 0.0);
    }
    double foreseen = 0;
    for (const Slot& slot : slots) foreseen += static_cast<double>(slot.movers.size()) * static_cast<double>(std::max<std::int64_t>(0, slot.hi - slot.lo + 1));
    return foreseen <= static_cast<double>(work_limit);
}

// The most sum(price x spend) can be with each slot between its bounds and all within the
// budget, one slot pinned at a spend (or none: pinned -1): each slot's minimum, then the rest
// of the budget to the dearest prices. The spends it takes, when asked.
double WindowSearch::Impl::spend_most(int pinned, double at, std::vector<double>* spends) const {
    std::vector<double> spend(slots.size());
    double left = problem.budget, total = 0;
    for (std::size_t s = 0; s < slots.size(); ++s) {
        spend[s] = static_cast<int>(s) == pinned ? at : slots[s].low;
        left -= spend[s];
        total += slots[s].price * spend[s];
    }
    if (left < -1e-9 * std::max(1.0, problem.budget)) return -infinite;
    std::vector<std::size_t> order(slots.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return slots[a].price > slots[b].price; });
    for (std::size_t s : order) {
        if (static_cast<int>(s) == pinned || slots[s].price <= 0) continue;
        const double more = std::max(0.0, std::min(left, slots[s].high - slots[s].low));
        spend[s] += more;
        total += slots[s].price * more;
        left -= more;
    }
    if (spends != nullptr) *spends = std::move(spend);
    return total;
}

// The most sum(price x spend) the slots other than a and b can make with the budget left after
// they spend `spent` steps: each at its minimum, then the rest to the dearest.
double WindowSearch::Impl::others_most(std::size_t a, std::size_t b, std::int64_t spent) const {
    double left = problem.budget - static_cast<double>(spent) * step_money, total = 0;
    for (std::size_t s = 0; s < slots.size(); ++s) {
        if (s == a || s == b) continue;
        left -= slots[s].low;
        total += slots[s].price * slots[s].low;
    }
    for (std::size_t s : by_price) {
        if (s == a || s == b || slots[s].price <= 0 || left <= 0) continue;
        const double more = std::min(left, slots[s].high - slots[s].low);
        total += slots[s].price * more;
        left -= more;
    }
    return total;
}

// The spends of slot s with which the spend's shortfall alone stays within the allowance
// (the shortfall is concave in the spend: a search on each side of the best), in steps, a
// step wider each side for rounding, within the slot's bounds and the budget.
void WindowSearch::Impl::window_of(std::size_t s) {
    Slot& slot = slots[s];
    std::vector<double> spends;
    spend_most(-1, 0, &spends);
    const double best_at = spends[s], threshold = spend_bound - allowance - tolerance;
    const auto within = [&](double x) { return spend_most(static_cast<int>(s), x, nullptr) >= threshold; };
    double a = slot.low, b = best_at;  // the lowest spend within: between a (maybe out) and b (in)
    if (!within(a)) {
        for (int i = 0; i < 64; ++i) {
            const double m = (a + b) / 2;
            (within(m) ? b : a) = m;
        }
        a = b;
    }
    double c = best_at, d = slot.high;  // the highest: between c (in) and d (maybe out)
    if (!std::isfinite(d)) d = problem.budget;
    if (!within(d)) {
        for (int i = 0; i < 64; ++i) {
            const double m = (c + d) / 2;
            (within(m) ? c : d) = m;
        }
        d = c;
    }
    slot.lo = std::max({std::int64_t{0}, grid_steps_up(slot.low, step), grid_steps_down(a, step) - 1});
    slot.hi = std::min(budget_steps, grid_steps_up(d, step) + 1);
    if (std::isfinite(slot.high)) slot.hi = std::min(slot.hi, grid_steps_down(slot.high, step));
}

// Adds the slot's next creator: each spend reached by one of its moves keeps its least
// shortfall; then the spends the creators left cannot bring within the window are dropped.
bool WindowSearch::Impl::add_mover(Slot& slot) {
    const Mover& mover = slot.movers[slot.next];
    std::int64_t down = 0, up = 0;
    for (const Move& m : mover.moves) down = std::min(down, m.shift), up = std::max(up, m.shift);
    const std::size_t size = slot.table.size() + static_cast<std::size_t>(up - down);
    if (cells + size > PlanSolver::max_table_cells) return false;
    Layer layer{slot.first + down, std::vector<std::uint8_t>(size, 0)};
    std::vector<double> next(size, infinite);
    for (std::size_t j = 0; j < mover.moves.size(); ++j) {
        const Move& m = mover.moves[j];
        const auto offset = static_cast<std::size_t>(m.shift - down);
        for (std::size_t x = 0; x < slot.table.size(); ++x) {
            const double v = slot.table[x] + m.shortfall;
            if (v < next[x + offset]) next[x + offset] = v, layer.move[x + offset] = static_cast<std::uint8_t>(j);
        }
    }
    work += slot.table.size() * mover.moves.size();
    slot.table = std::move(next);
    slot.first = layer.first;
    slot.layers.push_back(std::move(layer));
    ++slot.next;
    keep_window(slot, slot.next < slot.movers.size() ? slot.movers[slot.next].per_step : infinite);
    Layer& kept = slot.layers.back();  // the layer keeps the spends the table keeps
    if (!slot.table.empty()) {
        const auto from = static_cast<std::size_t>(slot.first - kept.first);
        kept.move = std::vector<std::uint8_t>(kept.move.begin() + static_cast<std::ptrdiff_t>(from),
                                              kept.move.begin() + static_cast<std::ptrdiff_t>(from + slot.table.size()));
        kept.first = slot.first;
    }
    cells += kept.move.size();
    return true;
}

// Drops each spend whose shortfall, with the least the creators left would add to bring it
// into the window (per_step for each step), exceeds the allowance; trims the table's ends.
void WindowSearch::Impl::keep_window(Slot& slot, double per_step) {
    std::size_t lo = slot.table.size(), hi = 0;
    const double limit = allowance + tolerance, per = per_step * step_money;
    for (std::size_t x = 0; x < slot.table.size(); ++x) {
        const std::int64_t away = outside(slot.first + static_cast<std::int64_t>(x), slot.lo, slot.hi);
        double& v = slot.table[x];
        if (away != 0 && !(v + per * static_cast<double>(away) <= limit)) v = infinite;  // (0 x infinity is no number)
        if (!(v <= limit)) {
            v = infinite;
            continue;
        }
        lo = std::min(lo, x);
        hi = x;
    }
    if (lo > hi) {
        empty = true;
        slot.table.clear();
        return;
    }
    slot.table.erase(slot.table.begin() + static_cast<std::ptrdiff_t>(hi + 1), slot.table.end());
    slot.table.erase(slot.table.begin(), slot.table.begin() + static_cast<std::ptrdiff_t>(lo));
    slot.first += static_cast<std::int64_t>(lo);
}

// The slots joined under the budget: all but the widest in turn (each total spend keeps the
// least sum of shortfalls less price x spend, and which spend of the slot gave it), the widest
// last (join_last). In slices of `until` work: more while under way, over_limit when a join
// would pass the work limit.
WindowSearch::Impl::Joined WindowSearch::Impl::join(std::uint64_t until, PlanSolution& solution) {
    Join& j = join_;
    if (!j.begun) {
        j.begun = true;
        j.order.resize(slots.size());
        std::iota(j.order.begin(), j.order.end(), std::size_t{0});
        std::stable_sort(j.order.begin(), j.order.end(), [&](std::size_t a, std::size_t b) { return slots[a].table.size() < slots[b].table.size(); });
        j.joined.assign(1, 0.0);
    }
    const std::vector<std::size_t>& order = j.order;
    while (j.k + 1 < order.size()) {
        const Slot& slot = slots[order[j.k]];
        const std::int64_t from = j.first + slot.first;
        if (j.t == 0 && j.next.empty()) {
            const std::int64_t size = std::min<std::int64_t>(static_cast<std::int64_t>(j.joined.size() + slot.table.size()) - 1, budget_steps - from + 1);
            if (size <= 0) {  // nothing within the budget: no plan within the allowance
                if (share < 1) retry = true;
                else finish(solution, false);
                return Joined::done;
            }
            if (work + j.joined.size() * slot.table.size() > work_limit) return Joined::over_limit;
            j.next.assign(static_cast<std::size_t>(size), infinite);
            j.pick.assign(static_cast<std::size_t>(size), -1);
        }
        // Joining the second slot to the first, a pair of spends whose shortfalls and the spend's
        // (the other slots at their most) pass the allowance is skipped.
        const bool pairs = j.k == 1 && order.size() > 2;
        const Slot& before = slots[order[0]];
        for (; j.t < j.joined.size(); ++j.t) {
            if (work >= until) return Joined::more;
            const std::size_t t = j.t;
            work += slot.table.size();
            if (!std::isfinite(j.joined[t])) continue;
            for (std::size_t x = 0; x < slot.table.size() && t + x < j.next.size(); ++x) {
                if (!std::isfinite(slot.table[x])) continue;
                const double v = j.joined[t] + worth(slot, x);
                if (pairs && before.table[t] + slot.table[x] + spend_bound - others_most(order[0], order[1], from + static_cast<std::int64_t>(t + x)) +
                                     v - before.table[t] - slot.table[x] > allowance + tolerance) {
                    continue;
                }
                if (v < j.next[t + x]) j.next[t + x] = v, j.pick[t + x] = static_cast<std::int32_t>(x);
            }
        }
        j.joined = std::move(j.next);
        j.next.clear();
        j.first = from;
        j.picks.push_back(std::move(j.pick));
        j.t = 0;
        ++j.k;
    }
    join_last(solution);
    return Joined::done;
}

// The widest slot joined last: against the least at or below each spend it can take, the best
// total within the budget; traced back when it beats the plan found.
void WindowSearch::Impl::join_last(PlanSolution& solution) {
    const std::vector<std::size_t>& order = join_.order;
    const std::vector<double>& joined = join_.joined;
    const std::int64_t first = join_.first;
    const auto& picks = join_.picks;
    const Slot& last = slots[order.back()];
    std::vector<double> least(last.table.size(), infinite);
    std::vector<std::size_t> least_at(last.table.size(), 0);
    for (std::size_t x = 0; x < last.table.size(); ++x) {
        const double v = std::isfinite(last.table[x]) ? worth(last, x) : infinite;
        const bool take = x == 0 || v < least[x - 1];
        least[x] = take ? v : least[x - 1];
        least_at[x] = take ? x : least_at[x - 1];
    }
    double best = infinite;
    std::size_t best_t = 0, best_x = 0;
    for (std::size_t t = 0; t < joined.size() && !last.table.empty(); ++t) {
        const std::int64_t room = budget_steps - (first + static_cast<std::int64_t>(t)) - last.first;
        if (room < 0 || !std::isfinite(joined[t])) continue;
        const std::size_t x = std::min(static_cast<std::size_t>(room), last.table.size() - 1);
        if (joined[t] + least[x] < best) best = joined[t] + least[x], best_t = t, best_x = least_at[x];
    }
    const bool better = std::isfinite(best) && best + spend_bound < allowance - tolerance;
    if (!better && share < 1) {
        retry = true;
        return;
    }
    if (better) {
        std::vector<std::int64_t> spend(slots.size(), 0);
        spend[order.back()] = last.first + static_cast<std::int64_t>(best_x);
        std::size_t t = best_t;
        for (std::size_t k = picks.size(); k-- > 0;) {
            const auto x = static_cast<std::size_t>(picks[k][t]);
            spend[order[k]] = slots[order[k]].first + static_cast<std::int64_t>(x);
            t -= x;
        }
        trace(spend);
    }
    finish(solution, better);
}

// Each slot's creators' moves, from its last layer back to its first, from the spend chosen.
void WindowSearch::Impl::trace(std::vector<std::int64_t> spend) {
    for (std::size_t s = 0; s < slots.size(); ++s) {
        const Slot& slot = slots[s];
        std::int64_t x = spend[s];
        for (std::size_t k = slot.layers.size(); k-- > 0;) {
            const Layer& layer = slot.layers[k];
            const Move& m = slot.movers[k].moves[layer.move[static_cast<std::size_t>(x - layer.first)]];
            choice[slot.movers[k].creator] = m.option;
            x -= m.shift;
        }
    }
}

// The plan traced back when it beats the plan found, else the plan found: either is proved best.
void WindowSearch::Impl::finish(PlanSolution& solution, bool better) {
    std::vector<int> plan = better ? choice : start.incumbent;
    ChoiceCheck check = check_choice(problem, plan);
    if (!check.feasible || check.value < start.incumbent_value) {  // only a fault could do this: no proof then
        broken = true;
        plan = start.incumbent;
        check = check_choice(problem, plan);
    }
    solution.choice = std::move(plan);
    solution.feasible = check.feasible;
    solution.optimal = true;
    solution.value = check.value;
    solution.cost = check.cost;
    solution.bound = check.value;
    solution.gap = 0;
    solution.method = "dynamic programming over the spends within reach of the best bound, in steps of " + money_text(step_money) +
                      ", on the " + std::to_string(movers) + " creators whose choice was open";
    solution.note.clear();
    solution.work = work;
}

// The first round searches a sixty-fourth of the allowance the plan found leaves: the best
// plan often falls short of the bound by much less than the plan found (a fifth to three
// quarters of it on the benchmark's rosters), and what a round finds within its allowance is
// the best (every plan closer to the bound was in its tables). Each round without one
// searches twice the allowance, the last all of it; the tables grow faster than the allowance,
// so the rounds before cost about as much as the last.
WindowSearch::WindowSearch(const PlanProblem& problem, WindowStart start, std::uint64_t work_limit, std::int64_t step_cents)
    : problem_(problem), start_(std::move(start)), work_limit_(work_limit), step_(step_cents) {
    gave_up_ = !begin_round(1.0 / 64.0);
}

WindowSearch::~WindowSearch() = default;

bool WindowSearch::begin_round(double share) {
    impl_ = std::make_unique<Impl>(problem_, start_, work_limit_ > done_work_ ? work_limit_ - done_work_ : 0, share, step_);
    return impl_->set_up();
}

bool WindowSearch::advance(std::uint64_t work, PlanSolution& solution) {
    Impl& w = *impl_;
    const std::uint64_t until = w.work + work;
    while (w.current < w.slots.size() && !w.empty) {
        Slot& slot = w.slots[w.current];
        if (slot.next < slot.movers.size()) {
            if (!w.add_mover(slot) || w.work > w.work_limit) {
                solution.work = done_work_ + w.work;
                gave_up_ = true;
                return true;
            }
            if (w.work >= until) {
                solution.work = done_work_ + w.work;
                return false;
            }
            continue;
        }
        if (slot.movers.empty()) w.keep_window(slot, infinite);
        ++w.current;
    }
    if (w.empty && w.share < 1) w.retry = true;
    if (w.empty && !w.retry) {
        w.finish(solution, false);
    } else if (!w.empty) {
        const Impl::Joined joined = w.join(until, solution);
        if (joined == Impl::Joined::more) {
            solution.work = done_work_ + w.work;
            return false;
        }
        if (joined == Impl::Joined::over_limit || w.broken) {
            solution.work = done_work_ + w.work;
            gave_up_ = true;
            return true;
        }
    }
    if (w.retry) {
        done_work_ += w.work;
        gave_up_ = !begin_round(std::min(1.0, w.share * 2));
        solution.work = done_work_;
        return gave_up_;
    }
    solution.work = done_work_ + w.work;
    return true;
}

std::unique_ptr<WindowSearch> make_window_search(const PlanProblem& problem, WindowStart start, std::uint64_t work_limit) {
    const std::int64_t step = budget_grid(problem).step_cents;
    if (step <= 0 || !check_choice(problem, start.incumbent).feasible) return nullptr;
    auto search = std::make_unique<WindowSearch>(problem, std::move(start), work_limit, step);
    return search->gave_up() ? nullptr : std::move(search);
}

}  // namespace creatorscope
