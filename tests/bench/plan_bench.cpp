// The budget planner's benchmark (not a test: it prints figures; docs/benchmarks.md). Generated
// candidates as a roster has them: followers from 1,000 to 5 million (log-uniform), the guide's
// tiers, a fee per post that grows with followers and varies by creator, expected views per
// post from 2% to 40% of followers; the budget a campaign's 250,000, or a twentieth of all fees
// (thousands booked); micro at least 25% of it, celebrity at most 25%. Fees rounded three ways: to 10 (as rosters write them), to whole
// units, and to cents (as a converted currency gives them). Native and WebAssembly (node).
#include <cstdlib>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "plan/solver.hpp"

using namespace creatorscope;

namespace {

// A fixed sequence (splitmix64), the same on every machine.
struct Random {
    std::uint64_t state;
    double next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<double>((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
    }
};

int tier_of(double followers) {
    if (followers < 5000) return 0;     // nano
    if (followers < 100000) return 1;   // micro
    if (followers < 1000000) return 2;  // macro
    return 3;                           // celebrity
}

// budget: 0 for a twentieth of all fees (the stress case), else that amount.
PlanProblem make_problem(int candidates, double rounding, double budget, std::uint64_t seed) {
    Random random{seed};
    PlanProblem problem;
    problem.groups.resize(4);
    double total = 0;
    for (int k = 0; k < candidates; ++k) {
        const double followers = 1000 * std::pow(5000.0, random.next());
        double fee = 0.012 * followers * (0.5 + random.next());
        fee = std::max(rounding, std::round(fee / rounding) * rounding);
        const double views = followers * (0.02 + 0.38 * random.next());
        problem.creators.push_back({tier_of(followers), false, {{fee, std::round(views)}}});
        total += fee;
    }
    problem.budget = budget > 0 ? budget : std::round(total / 20);
    problem.groups[1].min_spend = 0.25 * problem.budget;
    problem.groups[3].max_spend = 0.25 * problem.budget;
    return problem;
}

void run(int candidates, double rounding, const char* label, double budget) {
    const PlanProblem problem = make_problem(candidates, rounding, budget, 20261201u + static_cast<std::uint64_t>(candidates));
    const auto start = std::chrono::steady_clock::now();
    const PlanSolution solution = PlanSolver::solve(problem);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    int chosen = 0;
    for (int c : solution.choice) chosen += c >= 0 ? 1 : 0;
    std::printf("plan: %6d candidates, fees %-9s budget %12.2f: %8.1f ms, %s, %s, gap %.6f, %d chosen, value %.0f, work %llu\n",
                candidates, label, problem.budget, ms, solution.method.c_str(), solution.optimal ? "optimal" : "NOT proved",
                solution.gap, chosen, solution.value, static_cast<unsigned long long>(solution.work));
}

}  // namespace

int main(int argc, char** argv) {
    // plan_bench CANDIDATES ROUNDING [BUDGET]: one case only (to profile it), e.g. 1000 1 250000.
    if (argc >= 3) {
        const double rounding = std::atof(argv[2]);
        run(std::atoi(argv[1]), rounding, argv[2], argc > 3 ? std::atof(argv[3]) : 250000.0);
        return 0;
    }
    // A campaign's budget (250,000) over a list of creators, then the stress case: a twentieth of
    // every fee, so that hundreds or thousands of creators are booked.
    for (const double budget : {250000.0, 0.0}) {
        for (const int candidates : {1000, 10000}) {
            run(candidates, 10, "to 10", budget);
            run(candidates, 1, "to 1", budget);
            run(candidates, 0.01, "to cents", budget);
        }
    }
    return 0;
}
