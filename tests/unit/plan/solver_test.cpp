// The planner's optimiser against exhaustive search on random small instances (up to 20
// creators, tiers with minimum and maximum spends, required creators, several options each),
// by both methods: the dynamic programme over the budget and branch and bound.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "plan/solver.hpp"
#include "plan/solver_common.hpp"

using namespace creatorscope;

namespace {

// Every combination, depth first, with the sums kept as it goes, dropping branches over the
// budget or a tier's maximum (costs are positive).
struct Exhaustive {
    const PlanProblem& problem;
    std::vector<double> spend;
    double best = -1;
    double cost = 0, value = 0;
    void search(std::size_t c) {
        if (c == problem.creators.size()) {
            for (std::size_t g = 0; g < spend.size(); ++g) {
                if (spend[g] < problem.groups[g].min_spend - 1e-9) return;
            }
            best = std::max(best, value);
            return;
        }
        const auto& creator = problem.creators[c];
        if (!creator.required) search(c + 1);
        for (const auto& option : creator.options) {
            if (cost + option.cost > problem.budget + 1e-9) continue;
            const auto g = static_cast<std::size_t>(creator.group);
            if (creator.group >= 0 && spend[g] + option.cost > problem.groups[g].max_spend + 1e-9) continue;
            cost += option.cost;
            value += option.value;
            if (creator.group >= 0) spend[g] += option.cost;
            search(c + 1);
            cost -= option.cost;
            value -= option.value;
            if (creator.group >= 0) spend[g] -= option.cost;
        }
    }
};

double exhaustive_best(const PlanProblem& problem) {
    Exhaustive e{problem, std::vector<double>(problem.groups.size(), 0.0)};
    e.search(0);
    return e.best;
}

// A random instance: costs on a grid of 50 (whole) or with cents (fractional), values loosely
// tied to cost, tiers with shares of the budget.
PlanProblem random_problem(std::mt19937& random, bool whole_costs) {
    const auto below = [&](std::uint32_t n) { return static_cast<int>(random() % n); };
    PlanProblem problem;
    const int creators = 1 + below(20);
    const int groups = below(4);
    for (int g = 0; g < groups; ++g) problem.groups.push_back({});
    double total = 0;
    for (int c = 0; c < creators; ++c) {
        PlanCreatorOptions creator;
        creator.group = groups > 0 && below(5) > 0 ? below(groups) : -1;
        const int options = creators > 14 ? 1 : 1 + below(3);
        for (int o = 0; o < options; ++o) {
            double cost = whole_costs ? 50.0 * (1 + below(40)) : 1 + below(200000) / 100.0;
            double value = cost * (0.5 + below(1000) / 400.0) + below(500);
            if (below(10) == 0) value = 0;
            creator.options.push_back({cost, value});
            total += cost;
        }
        creator.required = below(12) == 0;
        problem.creators.push_back(creator);
    }
    problem.budget = std::max(50.0, std::floor(total * (0.1 + below(60) / 100.0)));
    for (auto& group : problem.groups) {
        if (below(2) == 0) group.min_spend = problem.budget * below(30) / 100.0;
        if (below(2) == 0) group.max_spend = problem.budget * (0.3 + below(70) / 100.0);
    }
    return problem;
}

// The instance in words, for a failure's message.
std::string describe(const PlanProblem& problem) {
    std::string out = "budget " + std::to_string(problem.budget) + "; groups";
    for (const auto& g : problem.groups) out += " [" + std::to_string(g.min_spend) + ", " + std::to_string(g.max_spend) + "]";
    for (const auto& c : problem.creators) {
        out += "; creator g" + std::to_string(c.group) + (c.required ? " required" : "");
        for (const auto& o : c.options) out += " (" + std::to_string(o.cost) + ", " + std::to_string(o.value) + ")";
    }
    return out;
}

// Solves by `method` and checks the plan against exhaustive search; true when there is one.
bool check_against_exhaustive(const PlanProblem& problem, PlanMethod method, int instance) {
    const double expected = exhaustive_best(problem);
    const PlanSolution solution = PlanSolver::solve(problem, method);
    INFO("instance " << instance << ", " << problem.creators.size() << " creators, method " << solution.method << ": " << describe(problem));
    CHECK(solution.optimal);
    if (expected < 0) {
        CHECK_FALSE(solution.feasible);
        return false;
    }
    REQUIRE(solution.feasible);
    CHECK(check_choice(problem, solution.choice).feasible);
    CHECK(solution.value == doctest::Approx(expected).epsilon(1e-9));
    CHECK(solution.bound == doctest::Approx(solution.value).epsilon(1e-9));
    return true;
}

// 300 random instances (costs whole and fractional in turn) by `method` against exhaustive
// search; how many had a plan.
int random_instances_against_exhaustive(std::uint32_t seed, PlanMethod method) {
    std::mt19937 random(seed);
    int feasible = 0;
    for (int k = 0; k < 300; ++k) {
        if (check_against_exhaustive(random_problem(random, k % 2 == 0), method, k)) ++feasible;
    }
    return feasible;
}

}  // namespace

TEST_CASE("the dynamic programme equals exhaustive search on 300 random instances with tiers") {
    std::mt19937 random(20261201);
    int feasible = 0;
    for (int k = 0; k < 300; ++k) {
        const PlanProblem problem = random_problem(random, true);
        const PlanSolution solution = PlanSolver::solve(problem, PlanMethod::automatic);
        CHECK(solution.method.rfind("dynamic programming", 0) == 0);
        if (solution.feasible) ++feasible;
        check_against_exhaustive(problem, PlanMethod::dynamic_programming, k);
    }
    CHECK(feasible > 150);  // the instances are not all impossible
}

TEST_CASE("branch and bound equals exhaustive search on 300 random instances, whole and fractional costs") {
    CHECK(random_instances_against_exhaustive(777, PlanMethod::branch_and_bound) > 150);
}

TEST_CASE("the reduction by reduced costs, then the exact search, equals exhaustive search on 300 random instances") {
    CHECK(random_instances_against_exhaustive(99, PlanMethod::reduction) > 150);
}

TEST_CASE("the search near the relaxation's plan equals exhaustive search on 300 random instances") {
    std::mt19937 random(31337);
    int feasible = 0, by_window = 0;
    for (int k = 0; k < 300; ++k) {
        const PlanProblem problem = random_problem(random, k % 2 == 0);
        if (check_against_exhaustive(problem, PlanMethod::window, k)) ++feasible;
        by_window += PlanSolver::solve(problem, PlanMethod::window).method.rfind("dynamic programming over the spends within reach", 0) == 0;
    }
    CHECK(feasible > 150);
    CHECK(by_window > 150);  // most are proved by it, not by what it falls back on
}

TEST_CASE("on hundreds of creators with tiers and fees to the unit, the search near the relaxation's plan equals the programme") {
    std::mt19937 random(7);
    for (int k = 0; k < 6; ++k) {
        PlanProblem problem;
        const int creators = 300 + 150 * k;
        problem.groups = {{0, 1e18}, {0, 1e18}, {0, 1e18}};
        double total = 0;
        for (int c = 0; c < creators; ++c) {
            const double followers = std::exp(std::log(1000.0) + (random() % 10000) / 10000.0 * std::log(5000.0));
            const int group = followers < 20000 ? 0 : followers < 300000 ? 1 : 2;
            const double cost = std::round(20 + followers * (0.005 + (random() % 100) / 10000.0));
            const double value = followers * (0.02 + (random() % 380) / 1000.0);
            PlanCreatorOptions creator{group, c == 5 && group == 0, {{cost, value}}};
            if (c % 7 == 0) creator.options.push_back({2 * cost, 1.6 * value});
            problem.creators.push_back(creator);
            total += cost;
        }
        problem.budget = std::round(std::min(total * (0.05 + 0.05 * k), 20000.0 + 10000.0 * k));  // the programme's tables stay small
        problem.groups[0].min_spend = 0.25 * problem.budget;
        problem.groups[2].max_spend = 0.25 * problem.budget;
        if (k % 2 == 1) problem.groups[1].max_spend = 0.4 * problem.budget;
        const PlanSolution window = PlanSolver::solve(problem, PlanMethod::window);
        const PlanSolution programme = PlanSolver::solve(problem, PlanMethod::dynamic_programming);
        INFO("instance " << k << ": " << window.method);
        CHECK(window.method.rfind("dynamic programming over the spends within reach", 0) == 0);
        REQUIRE(programme.optimal);
        REQUIRE(programme.feasible);
        CHECK(window.optimal);
        CHECK(check_choice(problem, window.choice).feasible);
        CHECK(window.value == doctest::Approx(programme.value).epsilon(1e-12));
    }
}

TEST_CASE("a budget of ten million and three cents holds a plan that spends it to the cent") {
    // 10,000,000.03 x 100 is 1,000,000,002.9999999 in binary: read as steps, the budget must not
    // lose its last cent (a review found the search near the relaxation's plan did).
    PlanProblem problem;
    problem.budget = 10000000.03;
    problem.creators.push_back({-1, false, {{10000000.00, 10000001}}});
    problem.creators.push_back({-1, false, {{0.03, 0.031}}});
    problem.creators.push_back({-1, false, {{0.04, 0.0405}}});
    const PlanSolution solution = PlanSolver::solve(problem, PlanMethod::window);
    CHECK(solution.optimal);
    CHECK(solution.value == doctest::Approx(10000001.031).epsilon(1e-12));
    CHECK(solution.choice == std::vector<int>{0, 0, -1});
}

TEST_CASE("costs in cents that share no step go to branch and bound; round fees to the programme") {
    PlanProblem problem;
    problem.budget = 1000;
    problem.creators.push_back({-1, false, {{333.33, 10}}});
    problem.creators.push_back({-1, false, {{250.01, 8}}});
    CHECK(budget_grid(problem).step_cents == 1);
    problem.creators[0].options[0].cost = 1.0 / 3.0;
    CHECK(budget_grid(problem).step_cents == 0);  // not a whole number of cents
    CHECK(PlanSolver::solve(problem).method.rfind("branch and bound on the linear relaxation", 0) == 0);
    problem.creators[0].options[0].cost = 400;
    problem.creators[1].options[0].cost = 600;
    CHECK(budget_grid(problem).step_cents == 20000);
    CHECK(PlanSolver::solve(problem).method == "dynamic programming over the budget in steps of 200.00");
}

TEST_CASE("a plan that cannot meet its constraints says why, and a stopped search gives its gap") {
    PlanProblem problem;
    problem.budget = 100;
    problem.groups = {{80, 100}, {50, 100}};
    problem.creators.push_back({0, false, {{60, 10}}});
    PlanSolution solution = PlanSolver::solve(problem);
    CHECK_FALSE(solution.feasible);
    CHECK(solution.optimal);  // proved: the minimums add up to more than the budget
    CHECK(solution.note.find("minimum") != std::string::npos);

    problem.groups = {{80, 100}};
    solution = PlanSolver::solve(problem);
    CHECK_FALSE(solution.feasible);
    CHECK(solution.note.find("no set of creators") != std::string::npos);

    // Many creators of nearly equal worth per cost (the hard case for branch and bound) and a
    // small work limit: stopped, with a gap that holds the optimum (from the programme on a
    // grid of one cent).
    PlanProblem hard;
    hard.budget = 3000.37;
    for (int c = 0; c < 40; ++c) hard.creators.push_back({-1, false, {{100.13 + c * 7.31, 100.0 + c * 7.3}}});
    solution = PlanSolver::solve(hard, PlanMethod::branch_and_bound, 20000);
    CHECK(solution.feasible);
    CHECK_FALSE(solution.optimal);
    CHECK(solution.gap > 0);
    CHECK(solution.note.find("work limit") != std::string::npos);
    const PlanSolution exact = PlanSolver::solve(hard, PlanMethod::dynamic_programming);
    CHECK(exact.method == "dynamic programming over the budget in steps of 0.17");  // 100.13 and 7.31 share 17 cents
    CHECK(exact.value >= solution.value);
    CHECK(exact.value <= solution.bound * (1 + 1e-12));
}

TEST_CASE("the solver works in slices and gives the same plan") {
    std::mt19937 random(4242);
    for (int k = 0; k < 20; ++k) {
        PlanProblem problem = random_problem(random, k % 2 == 0);
        PlanSolver sliced(problem);
        int steps = 0;
        while (!sliced.step(0.0)) ++steps;
        const PlanSolution once = PlanSolver::solve(problem);
        CHECK(sliced.solution().value == once.value);
        CHECK(sliced.solution().choice == once.choice);
    }
}
