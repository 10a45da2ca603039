// The campaign's own records in the engine: owners given to codes and tracking values in the
// page (the attribution alone runs again), the pipeline's deals, their CSVs, and both kept in
// the workspace's settings.
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
    for (const char* name : {"roster.csv", "posts.csv", "touchpoints.csv", "conversions.csv", "codes.csv", "costs.csv"}) {
        load(engine, name, creatorscope::testing::read_file(sample / name));
    }
    run(engine);
}

const CodeUse* code_use(const Engine& engine, const std::string& code) {
    for (const auto& use : engine.attribution()->codes) {
        if (use.code == code) return &use;
    }
    return nullptr;
}

double markov_orders(const Engine& engine, const std::string& channel) {
    for (const auto& c : engine.attribution()->credits.at("markov")) {
        if (c.channel == channel) return c.conversions;
    }
    return 0;
}

}  // namespace

TEST_CASE("campaign: the sample's unowned code given an owner in the page credits that creator, and the attribution alone runs again") {
    Engine engine;
    load_sample(engine);
    REQUIRE(engine.attribution().has_value());
    const CodeUse* welcome = code_use(engine, "WELCOME5");
    REQUIRE(welcome != nullptr);
    CHECK(welcome->from == CodeUse::From::unknown);
    CHECK(welcome->orders == 9);
    CHECK(engine.attribution()->journeys.unknown_codes.count("WELCOME5") == 1);
    const CodeUse* lena = code_use(engine, "LENA10");
    REQUIRE(lena != nullptr);
    CHECK(lena->from == CodeUse::From::codes_file);
    CHECK(lena->owner == "lena.andrews");
    CHECK(lena->orders > 0);

    const double before = markov_orders(engine, "pixelpaws");
    const auto creators_runs = engine.stage_runs(Stage::creators);
    const auto attribution_runs = engine.stage_runs(Stage::attribution);
    engine.set_code_owner("welcome5", std::string("@PixelPaws"));
    CHECK_FALSE(engine.results_current());
    CHECK(engine.progress().stage == "attributing orders");
    run(engine);
    CHECK(engine.stage_runs(Stage::creators) == creators_runs);  // nothing else ran again
    CHECK(engine.stage_runs(Stage::attribution) == attribution_runs + 1);
    welcome = code_use(engine, "WELCOME5");
    REQUIRE(welcome != nullptr);
    CHECK(welcome->from == CodeUse::From::page);
    CHECK(welcome->owner == "pixelpaws");
    CHECK(engine.attribution()->journeys.unknown_codes.count("WELCOME5") == 0);
    CHECK(markov_orders(engine, "pixelpaws") > before);

    // "No creator's": not unknown any more, and it credits nobody.
    engine.set_code_owner("WELCOME5", std::string());
    run(engine);
    CHECK(code_use(engine, "WELCOME5")->owner.empty());
    CHECK(code_use(engine, "WELCOME5")->from == CodeUse::From::page);
    CHECK(engine.attribution()->journeys.unknown_codes.empty());
    CHECK(markov_orders(engine, "pixelpaws") == doctest::Approx(before));

    // A page owner wins over the codes file's; forgetting it gives the file's back.
    engine.set_code_owner("LENA10", std::string("marcusleefit"));
    run(engine);
    CHECK(code_use(engine, "LENA10")->owner == "marcusleefit");
    engine.set_code_owner("LENA10", std::nullopt);
    run(engine);
    CHECK(code_use(engine, "LENA10")->owner == "lena.andrews");
    CHECK(code_use(engine, "LENA10")->from == CodeUse::From::codes_file);
}

TEST_CASE("campaign: a tracking value given an owner makes its visits the creator's") {
    Engine engine;
    load(engine, "touchpoints.csv",
         "user_id,timestamp,channel\nu1,2026-09-01T10:00:00Z,lena_fall_story\nu2,2026-09-01T10:00:00Z,google\n"
         "u3,2026-09-01T10:00:00Z,Lena.Andrews\n");
    load(engine, "conversions.csv",
         "user_id,timestamp,order_id,revenue\nu1,2026-09-02T10:00:00Z,#1,50\nu2,2026-09-02T10:00:00Z,#2,70\nu3,2026-09-02T10:00:00Z,#3,30\n");
    run(engine);
    CHECK(markov_orders(engine, "lena_fall_story") == doctest::Approx(1));
    CHECK(markov_orders(engine, "lena.andrews") == doctest::Approx(1));
    engine.set_link_owner("Lena_Fall_Story", std::string("@lena.andrews"));
    CHECK(engine.owners().links.at("lena_fall_story") == "lena.andrews");
    run(engine);
    CHECK(markov_orders(engine, "lena.andrews") == doctest::Approx(2));
    CHECK(markov_orders(engine, "lena_fall_story") == 0);
    // A tracking value is never given "nobody": that forgets it.
    engine.set_link_owner("lena_fall_story", std::string(""));
    CHECK(engine.owners().links.empty());
}

TEST_CASE("campaign: owners given while the analysis runs are used by it") {
    Engine sliced, whole;
    load_sample(whole);
    whole.set_code_owner("WELCOME5", std::string("pixelpaws"));
    const std::string expected = whole.report_json();
    const std::filesystem::path sample = std::filesystem::path(CREATORSCOPE_SOURCE_DIR) / "assets/sample";
    for (const char* name : {"roster.csv", "posts.csv", "touchpoints.csv", "conversions.csv", "codes.csv", "costs.csv"}) {
        load(sliced, name, creatorscope::testing::read_file(sample / name));
    }
    for (int i = 0; i < 100000 && sliced.stage() != Stage::attribution; ++i) sliced.step(0.0);
    REQUIRE(sliced.stage() == Stage::attribution);
    CHECK_FALSE(sliced.step(0.0));
    sliced.set_code_owner("WELCOME5", std::string("pixelpaws"));  // the run under way starts again
    CHECK(sliced.report_json() == expected);
}

TEST_CASE("campaign: owners and deals are kept in the workspace's settings, and a wrong entry is an error naming it") {
    Engine engine;
    engine.set_code_owner("WELCOME5", std::string(""));
    engine.set_code_owner("lena10", std::string("lena.andrews"));
    engine.set_link_owner("lena_fall_story", std::string("lena.andrews"));
    Deal deal{{"lena.andrews", "instagram"}};
    deal.move_to(DealStatus::contacted, "2026-10-01");
    deal.move_to(DealStatus::agreed, "2026-10-05");
    deal.agreed_fee = 1200;
    deal.deliverables = "2 reels, 3 stories; usage rights 6 months";
    deal.notes = "prefers WhatsApp";
    engine.set_deal(deal);
    const auto saved = engine.settings_json();
    CHECK(saved["owners"]["codes"]["WELCOME5"] == "");
    CHECK(saved["owners"]["codes"]["LENA10"] == "lena.andrews");
    CHECK(saved["owners"]["links"]["lena_fall_story"] == "lena.andrews");
    CHECK(saved["pipeline"][0]["status"] == "agreed");
    CHECK(saved["pipeline"][0]["reached"]["contacted"] == "2026-10-01");
    CHECK(saved["pipeline"][0]["agreed_fee"] == 1200);

    Engine restored;
    REQUIRE(restored.apply_settings_json(saved));
    CHECK(restored.owners() == engine.owners());
    CHECK(restored.pipeline() == engine.pipeline());
    CHECK(restored.settings_json() == saved);

    auto wrong = saved;
    wrong["pipeline"][0]["status"] = "signed";
    const Status status = restored.apply_settings_json(wrong);
    CHECK_FALSE(status);
    CHECK(status.message() == "pipeline entry 1: unknown status signed");
    wrong = saved;
    wrong["owners"]["codes"]["LENA10"] = 5;
    CHECK(restored.apply_settings_json(wrong).message() == "the owner of codes entry \"LENA10\" must be a handle (text, \"\" for nobody)");
    wrong = saved;
    wrong["pipeline"][0]["reached"]["paid"] = "5 Oct";
    CHECK(restored.apply_settings_json(wrong).message() == "pipeline entry 1: the day paid was reached must be YYYY-MM-DD");

    // clear() forgets the campaign's records with its files.
    restored.clear();
    CHECK(restored.owners().empty());
    CHECK(restored.pipeline().empty());
}

TEST_CASE("campaign: the pipeline CSV has every shortlisted creator and any other with recorded work; the codes CSV every code") {
    Engine engine;
    load_sample(engine);
    engine.set_shortlisted("lena.andrews", "instagram", true);
    engine.set_shortlisted("marcusleefit", "instagram", true);
    Deal deal{{"marcusleefit", "instagram"}};
    deal.move_to(DealStatus::negotiating, "2026-10-03");
    deal.notes = "=HYPERLINK(\"x\")";
    engine.set_deal(deal);
    Deal gone{{"pixelpaws", "tiktok"}};
    gone.move_to(DealStatus::paid, "2026-10-20");
    engine.set_deal(gone);
    const std::string csv = engine.pipeline_csv();
    CHECK(csv.rfind("handle,name,platform,email,status,shortlisted,contacted,replied,negotiating,agreed,live,paid,done,agreed_fee,currency,deliverables,notes\n", 0) == 0);
    CHECK(csv.find("\nlena.andrews,") != std::string::npos);
    CHECK(csv.find(",shortlisted,,,,,,,,,") != std::string::npos);
    CHECK(csv.find("\nmarcusleefit,") < csv.find("\npixelpaws,"));
    CHECK(csv.find(",negotiating,,,,2026-10-03,") != std::string::npos);
    CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);  // neutralised
    CHECK(csv.find("\npixelpaws,") != std::string::npos);

    const std::string codes = engine.codes_csv();
    CHECK(codes.rfind("code,owner,owner_from,suggested_owner,why,orders,revenue,currency\n", 0) == 0);
    CHECK(codes.find("\nLENA10,lena.andrews,codes file,,,") != std::string::npos);
    CHECK(codes.find("\nWELCOME5,,unknown,,,9,") != std::string::npos);
    engine.set_code_owner("WELCOME5", std::string(""));
    CHECK(engine.codes_csv().find("\nWELCOME5,,no creator's,,,9,") != std::string::npos);
}

TEST_CASE("campaign: the HTML report has a Pipeline section once a deal is recorded, with its steps, fee and notes escaped") {
    Engine engine;
    load_sample(engine);
    engine.set_shortlisted("lena.andrews", "instagram", true);
    CHECK(engine.report_html().find("id=\"pipeline\"") == std::string::npos);  // a shortlist alone: no pipeline yet
    Deal deal{{"lena.andrews", "instagram"}};
    deal.move_to(DealStatus::contacted, "2026-10-01");
    deal.move_to(DealStatus::agreed, "2026-10-06");
    deal.agreed_fee = 1200;
    deal.deliverables = "2 reels";
    deal.notes = "<script>alert(1)</script>";
    engine.set_deal(deal);
    const std::string html = engine.report_html();
    const auto at = html.find("<section id=\"pipeline\">");
    REQUIRE(at != std::string::npos);
    const std::string section = html.substr(at, html.find("</section>", at) - at);
    CHECK(html.find("<a href=\"#pipeline\">Pipeline</a>") != std::string::npos);
    CHECK(section.find("Agreed: 1") != std::string::npos);
    CHECK(section.find("Contacted 2026-10-01; Agreed 2026-10-06") != std::string::npos);
    CHECK(section.find("1,200 USD") != std::string::npos);
    CHECK(section.find("2 reels") != std::string::npos);
    CHECK(section.find("&lt;script&gt;") != std::string::npos);
    CHECK(section.find("<script>") == std::string::npos);
}
