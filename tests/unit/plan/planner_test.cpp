// The planner's parts (docs/plan.md): the kinds of content, the rate table's estimates, the
// brief's plan object, and a plan over a small roster: fees estimated where the roster has
// none, the tiers' shares kept, the include and exclude lists, the reasons creators are left out.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis/deliverables.hpp"
#include "creatorscope/engine.hpp"
#include "ingest/brief.hpp"
#include "plan/rates.hpp"
#include "report/plan_json.hpp"

using namespace creatorscope;

TEST_CASE("a post's kind of content in the planner's words") {
    CHECK(deliverable_type("instagram", "REELS") == "reel");
    CHECK(deliverable_type("instagram", "CAROUSEL_ALBUM") == "post");
    CHECK(deliverable_type("instagram", "VIDEO") == "reel");
    CHECK(deliverable_type("instagram", "Story") == "story");
    CHECK(deliverable_type("instagram", "") == "post");
    CHECK(deliverable_type("youtube", "Short") == "short");
    CHECK(deliverable_type("youtube", "") == "video");
    CHECK(deliverable_type("tiktok", "") == "video");
    CHECK(deliverable_type("tiktok", "photo") == "post");
    CHECK(quantile({1, 2, 3, 4, 5}, 0.1) == doctest::Approx(1.4));
    CHECK(quantile({1, 2, 3, 4, 5}, 0.5) == 3);
    CHECK(std::isnan(quantile({}, 0.5)));
}

TEST_CASE("the rate table estimates a booking from the published band") {
    const RateTable& rates = RateTable::builtin();
    CHECK(rates.currency() == "USD");
    const auto micro = rates.estimate("instagram", 20000);
    REQUIRE(micro);
    CHECK(micro->fee == 220);  // sqrt(100 x 500) = 224, to two significant figures
    CHECK(micro->low == 100);
    CHECK(micro->high == 500);
    CHECK(micro->basis.find("100-500 USD") != std::string::npos);
    const auto mega = rates.estimate("youtube", 2e6);
    REQUIRE(mega);
    CHECK(mega->fee == 40000);  // the open band: twice its low
    const auto tiny = rates.estimate("tiktok", 300);
    REQUIRE(tiny);
    CHECK(tiny->fee == 5);
    CHECK_FALSE(rates.estimate("twitch", 50000));
    CHECK(two_significant(1581) == 1600);
}

TEST_CASE("the brief's plan object is read, and each wrong field is an issue naming it") {
    std::vector<BriefIssue> issues;
    const Brief brief = read_brief(nlohmann::ordered_json::parse(R"({"budget": 5000, "plan": {"goal": "reach",
        "tiers": {"Micro": {"min_share": 40, "max_share": 0.8}, "macro": {"max_share": 0.5}}, "include": ["Ana"],
        "exclude": ["bo@tiktok"], "min_fit": 30, "max_bookings": 2}})"), "brief.json", issues);
    CHECK(issues.empty());
    CHECK(brief.plan.given);
    CHECK(brief.plan.goal == "reach");
    REQUIRE(brief.plan.tiers.size() == 2);
    CHECK(brief.plan.tiers[0].tier == "micro");
    CHECK(brief.plan.tiers[0].min_share == doctest::Approx(0.4));
    CHECK(brief.plan.tiers[1].min_share == 0);
    CHECK(brief.plan.tiers[1].max_share == 0.5);
    CHECK(brief.plan.include == std::vector<std::string>{"ana"});
    CHECK(brief.plan.max_bookings == 2);
    issues.clear();
    const Brief bad = read_brief(nlohmann::ordered_json::parse(R"({"plan": {"goal": "fame", "max_bookings": 0.5, "colour": 1,
        "tiers": {"nano": {"min_share": 0.6, "max_share": 0.2}}}})"), "brief.json", issues);
    CHECK(bad.plan.goal.empty());
    CHECK(bad.plan.max_bookings == 1);
    CHECK(bad.plan.tiers.empty());
    std::string fields;
    for (const auto& issue : issues) fields += issue.field + ";";
    CHECK(fields == "plan.goal;plan.tiers.nano;plan.max_bookings;plan.colour;");
}

namespace {
void load(Engine& engine, const std::string& name, const std::string& bytes) {
    REQUIRE(engine.begin_file(name));
    REQUIRE(engine.feed(bytes));
    REQUIRE(engine.finish_file());
}
const PlanCandidate& candidate(const BudgetPlan& plan, const std::string& handle) {
    for (const auto& c : plan.candidates) {
        if (c.handle == handle) return c;
    }
    FAIL("no candidate " << handle);
    return plan.candidates.front();
}
}  // namespace

TEST_CASE("a plan over a small roster keeps the tiers' shares and the lists, and says why creators are left out") {
    Engine engine;
    load(engine, "roster.csv",
         "handle,platform,followers,fee,currency\n"
         "ana,instagram,20000,400,USD\n"
         "bo,instagram,30000,,USD\n"      // no fee: estimated from the rate table
         "cy,instagram,8000,150,USD\n"
         "dee,instagram,250000,2500,USD\n"
         "eve,twitch,40000,,USD\n"        // no fee and no published rate
         "fay,instagram,9000,90,EUR\n");  // a fee in another currency
    std::string posts = "handle,platform,post_id,published_at,type,likes,comments,views\n";
    int n = 0;
    for (const char* handle : {"ana", "bo", "cy", "dee", "fay"}) {
        for (int k = 1; k <= 5; ++k) {
            posts += std::string(handle) + ",instagram,p" + std::to_string(++n) + ",2026-05-0" + std::to_string(k) + "," +
                     (k % 2 == 0 ? "reel" : "photo") + "," + std::to_string(100 * k + n) + ",10," + std::to_string((k % 2 == 0 ? 5000 : 1000) * k + n) + "\n";
        }
    }
    load(engine, "posts.csv", posts);
    load(engine, "brief.json", R"({"budget": 3000, "currency": "USD", "plan": {"goal": "reach",
        "tiers": {"micro": {"min_share": 0.2}}, "include": ["cy"], "exclude": ["dee"]}})");
    const BudgetPlan plan = engine.plan();
    CHECK(plan.goal == "reach");
    CHECK(plan.unit == "views");
    CHECK(plan.feasible);
    CHECK(plan.optimal);
    CHECK(plan.total_cost <= 3000);
    CHECK(candidate(plan, "bo").fee_estimated);
    CHECK(candidate(plan, "bo").fee == 220);
    CHECK(candidate(plan, "bo").deliverable == "reel");  // reels got more views here
    CHECK(candidate(plan, "dee").excluded == "on the exclude list");
    CHECK(candidate(plan, "eve").excluded.find("no row for twitch") != std::string::npos);
    CHECK(candidate(plan, "fay").excluded == "its fee is in EUR, the plan in USD");
    CHECK(candidate(plan, "cy").required);
    bool cy = false;
    double micro = 0;
    for (const auto& pick : plan.selected) {
        const PlanCandidate& c = plan.candidates[pick.candidate];
        cy = cy || c.handle == "cy";
        if (c.tier == "micro") micro += pick.cost;
        CHECK_FALSE(pick.why.empty());
    }
    CHECK(cy);
    CHECK(micro >= 0.2 * 3000);
    REQUIRE(plan.comparisons.size() == 3);
    for (const auto& naive : plan.comparisons) CHECK(plan.total_value >= naive.value - 1e-9);
    REQUIRE(plan.curve.size() == 5);
    CHECK(plan.curve[3].value >= plan.curve[2].value);  // more budget buys no less
    const std::string csv = engine.plan_csv();
    CHECK(csv.rfind("handle,platform,tier,deliverable,bookings,cost,cost_estimated,currency,expected_reach,low,high,unit,why\n", 0) == 0);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == static_cast<long>(plan.selected.size()) + 2);
    CHECK(csv.find("\ntotal,") != std::string::npos);
    const auto json = nlohmann::json::parse(engine.plan_json({1000, "engagement"}));
    CHECK(json["schema"] == "creatorscope.plan/1");
    CHECK(json["budget"] == 1000.0);
    CHECK(json["goal"] == "engagement");
    CHECK(json["total_cost"].get<double>() <= 1000);
}

TEST_CASE("plan locks change the plan and are kept in the workspace's settings") {
    Engine engine;
    load(engine, "roster.csv", "handle,platform,followers,fee,currency,avg_engagement\nana,instagram,20000,400,USD,900\nbo,instagram,30000,500,USD,1400\n");
    load(engine, "brief.json", R"({"budget": 600, "currency": "USD", "plan": {"goal": "engagement"}})");
    BudgetPlan plan = engine.plan();
    REQUIRE(plan.selected.size() == 1);
    CHECK(plan.candidates[plan.selected[0].candidate].handle == "bo");  // more interactions, within the budget
    engine.set_plan_lock("Ana", "instagram", Engine::PlanLock::in);
    plan = engine.plan();
    INFO(plan.note << " / " << plan.method << " / " << candidate(plan, "ana").excluded << " / " << candidate(plan, "ana").required);
    REQUIRE(plan.selected.size() == 1);
    CHECK(plan.candidates[plan.selected[0].candidate].handle == "ana");
    const auto saved = engine.settings_json();
    CHECK(saved["plan_locks"].dump() == R"([{"creator":"ana@instagram","lock":"in"}])");
    Engine other;
    REQUIRE(other.apply_settings_json(saved));
    CHECK(other.plan_lock("ana", "instagram") == Engine::PlanLock::in);
    CHECK_FALSE(other.apply_settings_json(nlohmann::ordered_json::parse(R"({"plan_locks": [{"creator": "x", "lock": "maybe"}]})")));
    engine.set_plan_lock("ana", "instagram", Engine::PlanLock::none);
    CHECK(engine.settings_json()["plan_locks"].empty());
}

TEST_CASE("the plan made in slices is the plan made at once") {
    Engine engine;
    std::string roster = "handle,platform,followers,fee,currency,avg_engagement\n";
    for (int k = 1; k <= 60; ++k) {
        roster += "c" + std::to_string(k) + ",instagram," + std::to_string(1500 * k) + "," + std::to_string(40 + 13 * k) + ",USD," +
                  std::to_string(30 * k + (k * 37) % 200) + "\n";
    }
    load(engine, "roster.csv", roster);
    load(engine, "brief.json", R"({"budget": 5000, "currency": "USD", "plan": {"goal": "engagement", "tiers": {"micro": {"min_share": 0.3}}}})");
    const std::string whole = creatorscope::plan_json(engine.plan()).dump();
    CHECK(engine.planned() == nullptr);  // nothing begun yet
    engine.begin_plan();
    int slices = 0;
    bool chosen_before_done = false;
    while (!engine.plan_step(0.0)) {
        ++slices;
        chosen_before_done = chosen_before_done || engine.planned() != nullptr;
        REQUIRE(slices < 100000);
    }
    CHECK(slices >= 4);  // the plan's own solve and each of the curve's four end a slice at least
    CHECK(chosen_before_done);  // the chosen set is shown before the curve is done
    REQUIRE(engine.planned() != nullptr);
    CHECK(creatorscope::plan_json(*engine.planned()).dump() == whole);
}

TEST_CASE("when nothing fits, the plan says why in the marketer's terms") {
    Engine engine;
    load(engine, "roster.csv", "handle,platform,followers,fee,currency\na,instagram,1000,100,USD\nb,instagram,2000,150,USD\n");
    load(engine, "brief.json", R"({"budget": 500, "goal": "awareness", "currency": "USD"})");
    BudgetPlan plan = engine.plan();
    CHECK_FALSE(plan.feasible);
    CHECK(plan.note == "none of the 2 creators can be planned: its posts give nothing to expect for this goal (2 creators). "
                       "Reach needs views per post, or an average of views in the roster");
    Engine short_tier;
    load(short_tier, "roster.csv", "handle,platform,followers,fee,currency,avg_engagement\na,instagram,20000,100,USD,50\nb,instagram,200000,900,USD,400\n");
    load(short_tier, "brief.json", R"({"budget": 1000, "currency": "USD", "plan": {"goal": "engagement", "tiers": {"micro": {"min_share": 0.5}}}})");
    plan = short_tier.plan();
    CHECK_FALSE(plan.feasible);
    CHECK(plan.note.find("; the micro creators' fees add up to 100 USD, below its minimum of 500 USD") != std::string::npos);
}

TEST_CASE("a rate table of the brief's own replaces the shipped one, and a bad row is an issue naming it") {
    Engine engine;
    load(engine, "roster.csv", "handle,platform,followers,avg_views,currency\nana,instagram,20000,3000,EUR\nbo,tiktok,30000,9000,EUR\n");
    load(engine, "brief.json", R"({"budget": 2000, "currency": "EUR", "plan": {"goal": "reach", "rates": {"currency": "eur", "rows": [
        {"platform": "instagram", "min_followers": 10000, "max_followers": 50000, "low": 400, "high": 900},
        {"platform": "tiktok", "low": 0}]}}})");
    const BudgetPlan plan = engine.plan();
    CHECK(plan.rates_custom);
    CHECK(plan.rates_currency == "EUR");
    REQUIRE(plan.rates.size() == 1);
    CHECK(candidate(plan, "ana").fee == 600);  // the geometric mean of 400 and 900, to two figures
    CHECK(candidate(plan, "ana").fee_basis.find("your rate table's range 400-900 EUR") != std::string::npos);
    CHECK(candidate(plan, "bo").excluded == "no fee in the roster, and your rate table has no row for tiktok");
    const auto report = nlohmann::json::parse(engine.report_json());
    bool named = false;
    for (const auto& input : report["inputs"]) {
        for (const auto& issue : input["issues"]) named = named || issue["column"] == "plan.rates.rows[1]";
    }
    CHECK(named);
    const auto json = nlohmann::json::parse(engine.plan_json());
    CHECK(json["rates"]["custom"] == true);
    CHECK(json["rates"]["rows"][0]["low"] == 400.0);
    // Over the command line's table (--rates): the shipped table's format.
    PlanRequest request;
    request.rates_json = R"({"currency": "EUR", "rows": [{"platform": "tiktok", "min_followers": 0, "low": 100, "high": 400}]})";
    const BudgetPlan other = engine.plan(request);
    CHECK(candidate(other, "bo").fee == 200);
    CHECK(candidate(other, "ana").excluded == "no fee in the roster, and your rate table has no row for instagram");
}
