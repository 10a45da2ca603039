// The engine's budget plan: the brief in force, the caller's budget and goal over its plan
// settings, against the finished analysis (docs/plan.md).
#include "creatorscope/engine.hpp"

#include <algorithm>

#include "ingest/brief.hpp"
#include "model/text.hpp"
#include "plan/planner.hpp"
#include "report/plan_json.hpp"

namespace creatorscope {

namespace {

// The brief in force with the request's budget and goal and the locks over its lists.
Brief plan_brief(const Brief* brief, const PlanRequest& request, const std::vector<std::pair<std::string, Engine::PlanLock>>& locks,
                 std::vector<BriefIssue>* issues = nullptr) {
    Brief out = brief ? *brief : Brief{};
    if (!request.rates_json.empty()) {
        std::vector<BriefIssue> found;
        const auto table = nlohmann::ordered_json::parse(request.rates_json, nullptr, false);
        out.plan.rates.clear();
        read_rates(table.is_discarded() ? nlohmann::ordered_json(true) : table, out.plan, found);
        if (issues != nullptr) *issues = std::move(found);
    }
    if (request.budget >= 0) out.plan.budget = request.budget;
    if (!request.goal.empty()) out.plan.goal = request.goal;
    for (const auto& [key, lock] : locks) {
        auto& into = lock == Engine::PlanLock::in ? out.plan.include : out.plan.exclude;
        auto& from = lock == Engine::PlanLock::in ? out.plan.exclude : out.plan.include;
        into.push_back(key);
        from.erase(std::remove(from.begin(), from.end(), key), from.end());
    }
    return out;
}

}  // namespace

BudgetPlan Engine::plan(const PlanRequest& request) {
    while (!step(1000.0)) {
    }
    std::vector<BriefIssue> issues;
    const Brief planned_brief = plan_brief(brief(), request, plan_locks_, &issues);
    BudgetPlan out = make_plan(creators_, planned_brief, attribution_ ? &*attribution_ : nullptr,
                               request.work_limit > 0 ? request.work_limit : PlanSolver::default_work_limit);
    for (const auto& issue : issues) out.notes.push_back("the rate table: " + issue.message);
    return out;
}

void Engine::begin_plan(const PlanRequest& request) {
    while (!step(1000.0)) {
    }
    plan_builder_ = std::make_unique<PlanBuilder>(creators_, plan_brief(brief(), request, plan_locks_), attribution_ ? &*attribution_ : nullptr,
                                                  request.work_limit > 0 ? request.work_limit : PlanSolver::default_work_limit);
}

bool Engine::plan_step(double budget_ms) { return plan_builder_ == nullptr || plan_builder_->step(budget_ms); }

const BudgetPlan* Engine::planned() const { return plan_builder_ != nullptr && plan_builder_->chosen() ? &plan_builder_->plan() : nullptr; }

namespace {
std::string lock_key(std::string_view handle, std::string_view platform) {
    return lower_ascii(handle) + "@" + lower_ascii(platform);
}
}  // namespace

void Engine::set_plan_lock(std::string_view handle, std::string_view platform, PlanLock lock) {
    const std::string key = lock_key(handle, platform);
    const auto found = std::find_if(plan_locks_.begin(), plan_locks_.end(), [&](const auto& entry) { return entry.first == key; });
    if (found != plan_locks_.end() && found->second == lock) return;
    if (found == plan_locks_.end() && lock == PlanLock::none) return;
    if (found != plan_locks_.end()) plan_locks_.erase(found);
    if (lock != PlanLock::none) plan_locks_.emplace_back(key, lock);
    ++plan_locks_version_;
}

Engine::PlanLock Engine::plan_lock(std::string_view handle, std::string_view platform) const {
    const std::string key = lock_key(handle, platform);
    for (const auto& [entry, lock] : plan_locks_) {
        if (entry == key) return lock;
    }
    return PlanLock::none;
}

std::string Engine::plan_json(const PlanRequest& request) { return creatorscope::plan_json(plan(request)).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"; }

}  // namespace creatorscope

namespace creatorscope {
std::string Engine::plan_csv(const PlanRequest& request) { return creatorscope::plan_csv(plan(request)); }
}  // namespace creatorscope
