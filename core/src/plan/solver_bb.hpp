// The planner's branch and bound (solver_bb.cpp: the hulls; solver_bb_search.cpp: the
// relaxation and the search). Private to the plan stage.
#pragma once

#include <cstdint>
#include <vector>

#include "plan/solver_common.hpp"

namespace creatorscope {

class BranchAndBound final : public PlanSolver::Search {
public:
    BranchAndBound(const PlanProblem& problem, std::uint64_t work_limit);
    bool advance(std::uint64_t work, PlanSolution& solution) override;

    // The root relaxation's price of money in each group slot (the groups, then one for the
    // creators of none): the budget's marginal value per unit of cost, held within each
    // group's own marginal values where its minimum or maximum binds. Any prices give a valid
    // bound (plan/reduction.cpp); these give nearly the relaxation's.
    struct Prices {
        bool feasible = false;
        double relaxation = 0;
        std::vector<double> price;
    };
    Prices root_prices();

private:
    static constexpr int free_choice = -2;  // not decided at this node
    // One step along a creator's hull: from one option (or none) to the next dearer one.
    struct Segment {
        std::uint32_t creator = 0, order = 0;  // the creator, and the step's place along its hull
        std::uint32_t rank = 0;                // its place in its group's list
        double cost = 0, value = 0, density = 0;
        int to_option = -1;
    };
    // The relaxation at a node: its value (a bound), whether it is feasible, a creator it books
    // in part (or -1: the relaxation's plan is whole), and each free creator's last whole step.
    struct Relaxation {
        bool feasible = false;
        double bound = 0;
        int fractional = -1;
        int fractional_to = -1;  // the option the part-booked step leads to
    };
    struct Frame {
        int creator = 0;
        std::vector<int> branches;  // options, or -1 for none
        std::size_t next = 0;
    };

    void build_hulls();
    void add_hull(std::size_t creator);
    std::size_t group_slot(std::uint32_t creator) const;
    double group_max(std::size_t slot) const;
    bool better(double value) const;

    Relaxation relax();
    bool meet_minimums(std::vector<double>& spend, double& value);
    void fill_budget(std::vector<double>& spend, double& value, double room, Relaxation& r);
    void try_rounding(const Relaxation& r);
    void take_incumbent(const std::vector<int>& choice, double value);
    std::vector<int> branches_for(const Relaxation& r) const;
    void set(int creator, int option);
    void unset(int creator);
    bool start(PlanSolution& solution);
    void stop_with_gap(PlanSolution& solution);
    void finish(PlanSolution& solution, bool proved);

    const PlanProblem& problem_;
    std::uint64_t work_limit_;
    std::uint64_t work_ = 0;
    std::vector<std::vector<int>> undominated_;  // per creator: options worth more as they cost more
    std::vector<int> start_;                     // per creator: the hull's first point (an option when required, else -1)
    std::vector<Segment> segments_;              // by falling value per cost
    std::vector<std::vector<std::uint32_t>> by_group_;  // per group (and one for none): segment indexes in that order

    // The node: each creator's choice (free_choice, -1 or an option) and the decided ones' sums.
    std::vector<int> chosen_;
    double fixed_cost_ = 0, fixed_value_ = 0;
    std::vector<double> fixed_spend_;  // per group slot
    // The relaxation's working state: per group, the steps taken whole to meet its minimum and
    // the part of the next; per creator, the option its whole steps reach.
    std::vector<std::uint32_t> group_taken_;
    std::vector<double> group_partial_;
    std::vector<int> position_;
    std::vector<double> spend_;
    // What the relaxation saw at the margin: per slot, the value per cost of the last step it
    // took and of the first it left; the step at which the budget ran out (or -1: it did not).
    std::vector<double> slot_last_, slot_next_;
    double break_density_ = -1;

    std::vector<Frame> stack_;
    bool started_ = false;
    bool have_incumbent_ = false;
    double incumbent_ = 0;
    std::vector<int> best_;
    double root_bound_ = 0;
};

}  // namespace creatorscope
