// Learnings: the campaign summary (planned against actual per creator, fit beside result) and
// each creator's history across saved campaigns' summaries.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "engine_files.hpp"
#include "test_files.hpp"

using namespace creatorscope;
using creatorscope::testing::load;
using creatorscope::testing::run;

namespace {

void load_sample(Engine& engine) {
    const std::filesystem::path sample = std::filesystem::path(CREATORSCOPE_SOURCE_DIR) / "assets/sample";
    for (const char* name : {"roster.csv", "posts.csv", "brief.json", "touchpoints.csv", "conversions.csv", "codes.csv", "costs.csv"}) {
        load(engine, name, creatorscope::testing::read_file(sample / name));
    }
    run(engine);
}

const ChannelCredit* markov(const Engine& engine, const std::string& channel) {
    for (const auto& c : engine.attribution()->credits.at("markov")) {
        if (c.channel == channel) return &c;
    }
    return nullptr;
}

const CreatorOutcome* row(const CampaignSummary& s, const std::string& handle, const std::string& platform) {
    for (const auto& o : s.creators) {
        if (o.handle == handle && o.platform == platform) return &o;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("learnings: the summary sets the agreed fee, the costs file and the plan against the Markov credit, with the fit beside") {
    Engine engine;
    load_sample(engine);
    REQUIRE(engine.attribution().has_value());
    engine.set_shortlisted("lena.andrews", "instagram", true);
    engine.set_shortlisted("diegobrews", "instagram", true);
    engine.set_shortlisted("lena.andrews", "tiktok", true);
    Deal deal;
    deal.creator = {"lena.andrews", "instagram"};
    deal.move_to(DealStatus::paid, "2026-10-20");
    deal.agreed_fee = 4000;
    deal.notes = "Delivered early; asks for a longer usage window";
    engine.set_deal(deal);
    engine.begin_plan();
    for (int i = 0; i < 10'000 && !engine.plan_step(1e9); ++i) {
    }
    REQUIRE(engine.planned() != nullptr);

    const CampaignSummary summary = engine.campaign_summary();
    CHECK(summary.campaign == "Autumn capsule launch");
    CHECK(summary.currency == "USD");
    REQUIRE(summary.creators.size() >= 3);
    // The pipeline first, in the order starred.
    CHECK(summary.creators[0].handle == "lena.andrews");
    CHECK(summary.creators[0].platform == "instagram");
    CHECK(summary.creators[1].handle == "diegobrews");

    const CreatorOutcome* lena = row(summary, "lena.andrews", "instagram");
    REQUIRE(lena != nullptr);
    CHECK(lena->status == "paid");
    CHECK(lena->name == "Lena Andrews");
    CHECK(lena->actual_cost == 4000.0);
    CHECK(lena->cost_basis == "agreed fee");
    CHECK(lena->notes == "Delivered early; asks for a longer usage window");
    const ChannelCredit* credit = markov(engine, "lena.andrews");
    REQUIRE(credit != nullptr);
    REQUIRE(lena->orders.has_value());
    CHECK(*lena->orders == doctest::Approx(credit->conversions));
    CHECK(*lena->revenue == doctest::Approx(credit->value));
    REQUIRE(lena->roas.has_value());
    CHECK(*lena->roas == doctest::Approx(credit->value / 4000.0));
    REQUIRE(lena->fit.has_value());
    CHECK(*lena->fit >= 0.0);
    CHECK(*lena->fit <= 100.0);

    // Her TikTok account is the same person: the code and link credit is not counted twice.
    const CreatorOutcome* lena_tiktok = row(summary, "lena.andrews", "tiktok");
    REQUIRE(lena_tiktok != nullptr);
    CHECK_FALSE(lena_tiktok->orders.has_value());
    CHECK(lena_tiktok->status == "shortlisted");

    // No agreed fee: the costs file's fee and product cost (500 + 60).
    const CreatorOutcome* diego = row(summary, "diegobrews", "instagram");
    REQUIRE(diego != nullptr);
    CHECK(diego->actual_cost == 560.0);
    CHECK(diego->cost_basis == "costs file");

    // The plan's bookings are there, with what they cost.
    const BudgetPlan& plan = *engine.planned();
    REQUIRE_FALSE(plan.selected.empty());
    const PlanCandidate& first = plan.candidates[plan.selected.front().candidate];
    const CreatorOutcome* booked = row(summary, first.handle, first.platform);
    REQUIRE(booked != nullptr);
    CHECK(booked->planned_cost == doctest::Approx(plan.selected.front().cost));
    CHECK(booked->planned_bookings == plan.selected.front().bookings);
    double planned = 0, actual = 0, orders = 0;
    for (const auto& o : summary.creators) {
        planned += o.planned_cost.value_or(0);
        actual += o.actual_cost.value_or(0);
        orders += o.orders.value_or(0);
    }
    CHECK(summary.planned_cost == doctest::Approx(plan.total_cost));
    CHECK(summary.actual_cost == doctest::Approx(actual));
    REQUIRE(summary.orders.has_value());
    CHECK(*summary.orders == doctest::Approx(orders));

    // The JSON a saved campaign keeps reads back to the same rows (figures to the cent).
    CampaignSummary back;
    REQUIRE(CampaignSummary::parse(nlohmann::ordered_json::parse(engine.campaign_summary_json()), back));
    REQUIRE(back.creators.size() == summary.creators.size());
    CHECK(back.creators[0].status == "paid");
    CHECK(back.creators[0].actual_cost == 4000.0);
    CHECK(*back.creators[0].orders == doctest::Approx(*lena->orders).epsilon(0.01));
    CHECK_FALSE(back.creators[2].orders.has_value());
}

TEST_CASE("learnings: a creator's history across saved campaigns, the newest first; a summary that does not read is skipped") {
    auto saved = nlohmann::ordered_json::parse(R"([
      {"name": "Spring drop", "saved_at": "2026-04-02T10:00:00.000Z", "summary": {"campaign": "Spring drop", "currency": "USD",
        "creators": [{"handle": "lena.andrews", "platform": "instagram", "status": "done", "actual_cost": 3000, "orders": 41, "revenue": 2870, "roas": 0.96, "notes": "Great to work with"}]}},
      {"name": "Broken", "saved_at": "2026-05-01", "summary": {"creators": "no"}},
      {"name": "Autumn capsule", "saved_at": "2026-10-30T08:00:00.000Z", "summary": {"campaign": "Autumn capsule", "currency": "USD",
        "creators": [{"handle": "Lena.Andrews", "platform": "instagram", "status": "paid", "actual_cost": 4000, "orders": 12},
                     {"handle": "diegobrews", "platform": "instagram", "status": "contacted"}]}}
    ])");
    const auto history = creator_history(saved, "lena.andrews", "instagram");
    REQUIRE(history.size() == 2);
    CHECK(history[0].campaign == "Autumn capsule");
    CHECK(history[0].saved_at == "2026-10-30");
    CHECK(history[0].outcome.status == "paid");
    CHECK(history[1].campaign == "Spring drop");
    CHECK(history[1].outcome.notes == "Great to work with");
    CHECK(*history[1].outcome.roas == doctest::Approx(0.96));
    CHECK(creator_history(saved, "lena.andrews", "tiktok").empty());
    CHECK(creator_history(saved, "diegobrews", "instagram").size() == 1);
    CHECK(creator_history(nlohmann::ordered_json::object(), "x", "y").empty());

    CampaignSummary bad;
    CHECK_FALSE(CampaignSummary::parse(nlohmann::ordered_json::parse(R"({"creators": [{"platform": "x"}]})"), bad));
}
