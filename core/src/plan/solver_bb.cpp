// The planner's branch and bound (docs/plan.md), for costs the budget grid cannot take.
// The bound at a node is the linear relaxation: each free creator's options reduced to the
// upper concave hull of (cost, value) (Sinha and Zoltners, 1979, for the multiple-choice
// knapsack), the hull's segments taken fractionally by falling value per cost: first within
// each tier up to its minimum, then across tiers up to the budget and each tier's maximum
// (optimal for a sum of concave functions under one budget). Depth first, branching on a
// creator the relaxation books in part, over each of its options and none.
#include <algorithm>
#include <cmath>
#include <limits>

#include "plan/solver_bb.hpp"

namespace creatorscope {

namespace {
constexpr double relative_tolerance = 1e-9;
}  // namespace

BranchAndBound::BranchAndBound(const PlanProblem& problem, std::uint64_t work_limit)
    : problem_(problem), work_limit_(work_limit), chosen_(problem.creators.size(), free_choice), best_(problem.creators.size(), -1) {
    build_hulls();
    const std::size_t slots = problem.groups.size() + 1;
    group_taken_.assign(slots, 0);
    group_partial_.assign(slots, 0);
    fixed_spend_.assign(slots, 0);
    spend_.assign(slots, 0);
    slot_last_.assign(slots, -1);
    slot_next_.assign(slots, -1);
    position_.assign(problem.creators.size(), -1);
}

// Each creator's options without the dominated ones (dearer and worth no more), by cost; the
// upper concave hull (whose last steps may lose value, for a tier's minimum) from nothing booked (or from the cheapest option, for a required creator)
// as segments; every segment in one list by falling value per cost and in one per group.
void BranchAndBound::build_hulls() {
    const std::size_t creators = problem_.creators.size();
    undominated_.resize(creators);
    start_.assign(creators, -1);
    for (std::size_t c = 0; c < creators; ++c) {
        const auto& options = problem_.creators[c].options;
        std::vector<int> order(options.size());
        for (std::size_t o = 0; o < order.size(); ++o) order[o] = static_cast<int>(o);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto& x = options[static_cast<std::size_t>(a)];
            const auto& y = options[static_cast<std::size_t>(b)];
            return x.cost < y.cost || (x.cost == y.cost && x.value > y.value);
        });
        // A dearer option worth less can still be wanted to reach a tier's minimum spend: only
        // creators of a tier without one drop it. An option of the same cost worth less never is.
        const int group = problem_.creators[c].group;
        const bool has_minimum = group >= 0 && problem_.groups[static_cast<std::size_t>(group)].min_spend > 0;
        double best_value = -1, last_cost = -1;
        for (int o : order) {
            const PlanOption& option = options[static_cast<std::size_t>(o)];
            if (option.cost == last_cost) continue;
            if (option.value > best_value || has_minimum) {
                undominated_[c].push_back(o);
                best_value = std::max(best_value, option.value);
                last_cost = option.cost;
            }
        }
        add_hull(c);
    }
    std::stable_sort(segments_.begin(), segments_.end(), [](const Segment& a, const Segment& b) {
        if (a.density != b.density) return a.density > b.density;
        if (a.creator != b.creator) return a.creator < b.creator;
        return a.order < b.order;
    });
    by_group_.assign(problem_.groups.size() + 1, {});
    for (std::size_t k = 0; k < segments_.size(); ++k) {
        auto& list = by_group_[group_slot(segments_[k].creator)];
        segments_[k].rank = static_cast<std::uint32_t>(list.size());
        list.push_back(static_cast<std::uint32_t>(k));
    }
}

void BranchAndBound::add_hull(std::size_t c) {
    const auto& options = problem_.creators[c].options;
    const bool required = problem_.creators[c].required;
    struct Point {
        double cost, value;
        int option;
    };
    std::vector<Point> points;
    if (!required) points.push_back({0, 0, -1});
    for (int o : undominated_[c]) points.push_back({options[static_cast<std::size_t>(o)].cost, options[static_cast<std::size_t>(o)].value, o});
    if (points.empty()) return;
    std::vector<Point> hull;
    for (const Point& p : points) {
        // Pop the last point while it lies on or under the line from the one before it to p.
        while (hull.size() >= 2) {
            const Point& a = hull[hull.size() - 2];
            const Point& b = hull.back();
            if ((b.value - a.value) * (p.cost - a.cost) <= (p.value - a.value) * (b.cost - a.cost)) {
                hull.pop_back();
            } else {
                break;
            }
        }
        hull.push_back(p);
    }
    start_[c] = hull.front().option;
    for (std::size_t k = 1; k < hull.size(); ++k) {
        Segment segment;
        segment.creator = static_cast<std::uint32_t>(c);
        segment.order = static_cast<std::uint32_t>(k - 1);
        segment.cost = hull[k].cost - hull[k - 1].cost;
        segment.value = hull[k].value - hull[k - 1].value;
        segment.density = segment.value / segment.cost;
        segment.to_option = hull[k].option;
        segments_.push_back(segment);
    }
}

std::size_t BranchAndBound::group_slot(std::uint32_t creator) const {
    const int group = problem_.creators[creator].group;
    return group >= 0 ? static_cast<std::size_t>(group) : problem_.groups.size();
}

double BranchAndBound::group_max(std::size_t slot) const {
    return slot < problem_.groups.size() ? problem_.groups[slot].max_spend : std::numeric_limits<double>::infinity();
}

bool BranchAndBound::better(double value) const { return !have_incumbent_ || value > incumbent_ * (1 + relative_tolerance) + 1e-12; }

std::unique_ptr<PlanSolver::Search> make_bb_search(const PlanProblem& problem, std::uint64_t work_limit) {
    return std::make_unique<BranchAndBound>(problem, work_limit);
}

}  // namespace creatorscope
