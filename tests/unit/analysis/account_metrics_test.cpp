// An account's own daily totals (TikTok Studio's Overview) tied to its creator, in the report,
// and said so when they cannot be tied to one creator.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"

using namespace creatorscope;

namespace {
void load(Engine& engine, std::string name, std::string text) {
    REQUIRE(engine.begin_file(std::move(name)));
    REQUIRE(engine.feed(text));
    REQUIRE(engine.finish_file());
}
const char* overview =
    "\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n"
    "\"2025-03-01\",\"100\",\"5\",\"10\",\"1\",\"0\"\n"
    "\"2025-03-02\",\"200\",\"6\",\"20\",\"2\",\"1\"\n";
}  // namespace

TEST_CASE("an analytics export that names no account belongs to the only creator on its platform") {
    Engine engine;
    load(engine, "roster.csv", "handle,platform,followers\nsunny,tiktok,1000\nkai,instagram,2000\n");
    load(engine, "Overview.csv", overview);
    while (!engine.step(1000.0)) {
    }
    const auto report = nlohmann::json::parse(engine.report_json());
    const auto& sunny = report["creators"][0];
    REQUIRE(sunny["handle"] == "sunny");
    REQUIRE(sunny.contains("account"));
    const auto& account = sunny["account"];
    CHECK(account["days"] == 2);
    CHECK(account["from"] == "2025-03-01");
    CHECK(account["to"] == "2025-03-02");
    CHECK(account["totals"]["views"] == 300);
    CHECK(account["totals"]["profile_views"] == 11);
    CHECK(account["totals"]["shares"] == 1);
    CHECK(account["last_28_days"]["views"] == 300);
    CHECK(account["attached_by"] == "the only tiktok creator in the data");
    CHECK(account["inputs"] == nlohmann::json::array({"Overview.csv"}));
    CHECK_FALSE(report["creators"][1].contains("account"));
    CHECK_FALSE(report.contains("account_totals_unattached"));
}

TEST_CASE("account totals with two creators on their platform are tied to neither, and the report says so") {
    Engine engine;
    load(engine, "roster.csv", "handle,platform,followers\nsunny,tiktok,1000\nkai,tiktok,2000\n");
    load(engine, "Overview.csv", overview);
    while (!engine.step(1000.0)) {
    }
    const auto report = nlohmann::json::parse(engine.report_json());
    CHECK_FALSE(report["creators"][0].contains("account"));
    CHECK_FALSE(report["creators"][1].contains("account"));
    CHECK(report["account_totals_unattached"]["rows"] == 2);
    CHECK(engine.unattached_account_rows() == 2);
}
