// The shortlist: starred by handle and platform, kept when the data is analysed again, saved in
// and restored from the workspace's settings, in the report JSON, the HTML report and its CSV.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "engine_files.hpp"

using namespace creatorscope;
using creatorscope::testing::load;
using creatorscope::testing::run;

namespace {
const std::string roster =
    "handle,name,platform,followers,fee,currency,email,country,category\n"
    "ana,Ana Ruiz,instagram,12000,300,USD,ana@example.com,ES,travel\n"
    "ana,Ana Ruiz,tiktok,50000,500,USD,ana@example.com,ES,travel\n"
    "=cmd,Bad Name,instagram,9000,100,USD,@bad@example.com,US,food\n";
}  // namespace

TEST_CASE("shortlist: keyed by handle and platform, in the order starred") {
    Shortlist list;
    CHECK(list.set("ana", "tiktok", true));
    CHECK_FALSE(list.set("ana", "tiktok", true));  // already starred: nothing changes
    CHECK(list.set("ana", "instagram", true));
    CHECK(list.contains("ana", "tiktok"));
    CHECK_FALSE(list.contains("ana", "youtube"));
    REQUIRE(list.entries().size() == 2);
    CHECK(list.entries()[0].platform == "tiktok");
    CHECK(list.set("ana", "tiktok", false));
    CHECK_FALSE(list.contains("ana", "tiktok"));
    CHECK(list.entries().size() == 1);
}

TEST_CASE("shortlist: a star survives re-analysis and appears in the report JSON and the HTML report") {
    Engine engine;
    load(engine, "roster.csv", roster);
    run(engine);
    const auto version = engine.shortlist_version();
    const std::uint64_t runs = engine.stage_runs(Stage::creators);
    engine.set_shortlisted("ana", "tiktok", true);
    CHECK(engine.shortlist_version() == version + 1);
    CHECK(engine.results_current());  // starring never re-analyses
    CHECK(engine.stage_runs(Stage::creators) == runs);
    TierScheme five;
    REQUIRE(TierScheme::select("five-band", five));
    REQUIRE(engine.set_tier_scheme(five));
    run(engine);
    CHECK(engine.stage_runs(Stage::creators) > runs);
    bool found = false;
    for (const auto& c : engine.creators()) {
        if (engine.is_shortlisted(c)) found = c.handle == "ana" && c.platform == "tiktok";
    }
    CHECK(found);
    const auto report = nlohmann::json::parse(engine.report_json());
    CHECK(report["shortlist"] == nlohmann::json::parse(R"([{"handle": "ana", "platform": "tiktok"}])"));
    const std::string html = engine.report_html();
    CHECK(html.find("<section id=\"shortlist\"><h2>Shortlist</h2>") != std::string::npos);
    CHECK(html.find("ana@example.com</td>") != std::string::npos);
    engine.set_shortlisted("ana", "tiktok", false);
    CHECK(nlohmann::json::parse(engine.report_json())["shortlist"].empty());
    CHECK(engine.report_html().find("id=\"shortlist\"") == std::string::npos);  // no section without a star
}

TEST_CASE("shortlist: the CSV has the contact fields and neutralises formulas") {
    Engine engine;
    load(engine, "roster.csv", roster);
    engine.set_shortlisted("=cmd", "instagram", true);
    engine.set_shortlisted("ana", "instagram", true);
    engine.set_shortlisted("gone", "youtube", true);  // starred, then its file was removed
    const std::string csv = engine.shortlist_csv();
    const std::string header = "handle,name,platform,followers,tier,engagement_rate,authenticity,alignment,fit,flags,fee,currency,email,country,category\n";
    REQUIRE(csv.rfind(header, 0) == 0);
    const std::string rows = csv.substr(header.size());
    CHECK(rows.find("'=cmd,Bad Name,instagram,9000,micro,") == 0);
    CHECK(rows.find(",100.00,USD,'@bad@example.com,US,food\n") != std::string::npos);
    CHECK(rows.find("\nana,Ana Ruiz,instagram,12000,micro,") != std::string::npos);
    CHECK(rows.find(",300.00,USD,ana@example.com,ES,travel\n") != std::string::npos);
    CHECK(rows.find("\ngone,,youtube,,,,,,,,,,,,\n") != std::string::npos);
}

TEST_CASE("shortlist: saved in the workspace settings and restored; a bad entry is an error") {
    Engine engine;
    engine.set_shortlisted("ana", "tiktok", true);
    engine.set_shortlisted("ana", "instagram", true);
    const auto saved = engine.settings_json();
    CHECK(saved["shortlist"].size() == 2);
    Engine restored;
    REQUIRE(restored.apply_settings_json(saved));
    CHECK(restored.shortlist().entries() == engine.shortlist().entries());
    CHECK(restored.settings_json() == saved);
    CHECK_FALSE(restored.apply_settings_json(nlohmann::ordered_json::parse(R"({"shortlist": [{"handle": 3}]})")));
    CHECK_FALSE(restored.apply_settings_json(nlohmann::ordered_json::parse(R"({"shortlist": [{"handle": "a", "platfrom": "x"}]})")));
    CHECK(restored.shortlist().entries().size() == 2);  // nothing changed on an error
    restored.clear();
    CHECK(restored.shortlist().empty());
}
