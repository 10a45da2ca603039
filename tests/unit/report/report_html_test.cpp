// The HTML report: self-contained (no script, no resource from anywhere), every creator and
// chart present, text escaped, the same bytes on every run.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "analysis/join.hpp"
#include "test_files.hpp"

using namespace creatorscope;
namespace fs = std::filesystem;

namespace {

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

void load_sample(Engine& engine) {
    const fs::path root(CREATORSCOPE_SOURCE_DIR);
    const auto kase = nlohmann::json::parse(creatorscope::testing::read_file(root / "tests/golden/sample/case.json"));
    for (const auto& input : kase["inputs"]) {
        const fs::path path = root / input.get<std::string>();
        REQUIRE(engine.begin_file(path.filename().string()));
        REQUIRE(engine.feed(creatorscope::testing::read_file(path)));
        REQUIRE(engine.finish_file());
    }
    for (const std::size_t index : engine.inputs_to_reread()) {
        const fs::path path = root / kase["inputs"][index].get<std::string>();
        REQUIRE(engine.begin_reread(index, 0));
        REQUIRE(engine.feed(creatorscope::testing::read_file(path)));
        REQUIRE(engine.finish_file());
    }
}

}  // namespace

TEST_CASE("the sample's HTML report: every creator, charts, attribution, nothing external") {
    Engine engine;
    load_sample(engine);
    const std::string html = engine.report_html();
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
    // Every creator account: a roster row linking to its section, and the section.
    REQUIRE(engine.creators().size() == 47);
    for (std::size_t i = 0; i < engine.creators().size(); ++i) {
        const auto& c = engine.creators()[i];
        CAPTURE(c.handle);
        const std::string id = "c" + std::to_string(i + 1);
        CHECK(html.find("<a href=\"#" + id + "\">" + c.handle + "</a>") != std::string::npos);
        CHECK(html.find("<article class=\"creator\" id=\"" + id + "\"><h3>" + c.handle + " ") != std::string::npos);
    }
    // Charts: an engagement chart for each creator with dated posts, followers where histories
    // exist, the attribution bars.
    CHECK(occurrences(html, "aria-label=\"Engagement rate per post over time\"") >= 40);
    CHECK(occurrences(html, "aria-label=\"Followers over time\"") >= 40);
    CHECK(occurrences(html, "aria-label=\"Likes against comments per post\"") >= 30);
    CHECK(occurrences(html, "aria-label=\"Orders by channel and model\"") == 1);
    // glowup.daily's bought followers: the spike's day is marked on its chart.
    CHECK(html.find("<title>FOLLOWER_SPIKE 2026-07-30</title>") != std::string::npos);
    // The campaign's creators with CPA, ROAS and ROI.
    CHECK(html.find("<h3>Creators' return") != std::string::npos);
    CHECK(html.find("<td>pixelpaws</td>") != std::string::npos);
    // Nothing that runs or loads: no script, no src, no link element, and the only URL is the
    // SVG namespace (a name, never fetched).
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(occurrences(html, "http") == occurrences(html, "http://www.w3.org/2000/svg") + 1);  // + the CSP's http-equiv
    // The same bytes again.
    CHECK(engine.report_html() == html);
}

TEST_CASE("the sample's HTML report has the brief's budget plan, the same as the plan JSON") {
    Engine engine;
    load_sample(engine);
    const std::string html = engine.report_html();
    const BudgetPlan plan = engine.plan();
    REQUIRE(plan.feasible);
    REQUIRE(plan.optimal);
    CHECK(html.find("<a href=\"#plan\">Plan</a>") != std::string::npos);
    const std::size_t at = html.find("<section id=\"plan\"><h2>Budget plan</h2>");
    REQUIRE(at != std::string::npos);
    const std::string section = html.substr(at, html.find("</section>", at) - at);
    CHECK(section.find("Budget 60,000 USD, planned 60,000 USD (100.0%) on 11 creators. Expected revenue 46,547 USD, about 0.78 USD per USD spent "
                       "(less than it costs)") != std::string::npos);
    CHECK(section.find("no other plan is worth more (proved by dynamic programming") != std::string::npos);
    CHECK(section.find("aria-label=\"Spend by tier\"") != std::string::npos);
    CHECK(occurrences(section, "<circle ") == plan.curve.size());
    CHECK(section.find("<td>Biggest creators first</td>") != std::string::npos);
    CHECK(section.find("<td>Highest fit first</td>") != std::string::npos);
    // Every chosen creator once in the Chosen table, every other one under Not chosen.
    const std::size_t chosen_at = section.find("<h3>Chosen</h3>"), others_at = section.find("Not chosen, and why (36)");
    REQUIRE(chosen_at != std::string::npos);
    REQUIRE(others_at != std::string::npos);
    CHECK(plan.selected.size() == 11);
    for (const auto& pick : plan.selected) {
        const PlanCandidate& c = plan.candidates[pick.candidate];
        const std::string cell = "<tr><td>" + c.handle + " on " + c.platform + "</td>";
        CAPTURE(cell);
        CHECK(section.find(cell, chosen_at) < others_at);
        CHECK(section.find(cell, others_at) == std::string::npos);
    }
}

TEST_CASE("the HTML report escapes what the files say") {
    Engine engine;
    REQUIRE(engine.begin_file("roster.csv"));
    REQUIRE(engine.feed("handle,platform,followers\n\"<script>alert(1)</script>\",instagram,5000\n\"a&b\",tiktok,200\n"));
    REQUIRE(engine.finish_file());
    const std::string html = engine.report_html();
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("a&amp;b") != std::string::npos);
    CHECK(html.find("id=\"plan\"") == std::string::npos);  // no brief, no budget: no plan
}

TEST_CASE("thin_history keeps the ends, the marked days and at most the limit") {
    std::vector<FollowerPoint> history;
    for (int d = 0; d < 1000; ++d) history.push_back({static_cast<std::int64_t>(d) * 86400, 1000.0 + d, 1.0});
    const auto thinned = thin_history(history, 180, {"1970-06-01"});
    CHECK(thinned.size() <= 181);
    CHECK(thinned.size() >= 170);
    CHECK(thinned.front().time == 0);
    CHECK(thinned.back().time == 999 * 86400);
    CHECK(std::any_of(thinned.begin(), thinned.end(), [](const FollowerPoint& p) { return p.time == 151 * 86400; }));
    CHECK(thin_history(std::vector<FollowerPoint>(history.begin(), history.begin() + 100), 180, {}).size() == 100);
}
