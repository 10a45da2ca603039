// The roster CSV and the report JSON's shape.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "report/report.hpp"

using namespace creatorscope;

TEST_CASE("CSV cells cannot run as formulas in a spreadsheet") {
    CHECK(csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_cell("+1") == "'+1");
    CHECK(csv_cell("-1+2") == "'-1+2");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("a,b") == "\"a,b\"");
}

TEST_CASE("the report has the contract's fields") {
    Engine engine;
    REQUIRE(engine.begin_file("roster.csv"));
    REQUIRE(engine.feed("handle,platform,followers\n=evil,instagram,2000\nquiet,tiktok,500\n"));
    REQUIRE(engine.finish_file());
    REQUIRE(engine.begin_file("posts.csv"));
    REQUIRE(engine.feed("handle,platform,post_id,published_at,likes,comments\n=evil,instagram,p1,2025-03-01,90,10\n"));
    REQUIRE(engine.finish_file());
    const auto report = nlohmann::json::parse(engine.report_json());
    CHECK(report["schema"] == "creatorscope.report/1");
    CHECK(report["as_of"] == "2025-03-01");
    REQUIRE(report["inputs"].size() == 2);
    CHECK(report["inputs"][0]["kind"] == "roster");
    CHECK(report["inputs"][1]["rows"] == 1);
    REQUIRE(report["creators"].size() == 2);
    const auto& evil = report["creators"][0];
    CHECK(evil["handle"] == "=evil");
    CHECK(evil["tier"] == "nano");
    CHECK(evil["engagement"]["rate"] == doctest::Approx(0.05));  // (90 + 10) / 2,000
    CHECK(evil["engagement"]["formula"]["numerator"] == "likes + comments");
    CHECK(evil["engagement"]["formula"]["denominator"] == "followers");
    CHECK(report["creators"][1]["engagement"]["rate"].is_null());

    const std::string csv = engine.roster_csv();
    CHECK(csv.find("\n'=evil,instagram,2000,nano,0.05000000,") != std::string::npos);
}

TEST_CASE("invalid UTF-8 from a file does not break the report (regression: dump threw on garbage)") {
    Engine engine;
    REQUIRE(engine.begin_file("garbage.csv"));
    // UTF-8 (the "é" says so) with stray bytes after it: kept, and the JSON stays valid.
    REQUIRE(engine.feed(std::string("handle,followers\ncaf\xc3\xa9,1\n\xff\xfe\xc3,12\nok,x\xe2\x82\n", 39)));
    REQUIRE(engine.finish_file());
    const std::string text = engine.report_json();
    const auto report = nlohmann::json::parse(text);
    CHECK(report["inputs"][0]["rows"] == 3);
    CHECK(report["inputs"][0]["encoding"] == "utf-8");
    CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD stands in for the bad bytes
}
