// Scoring against the brief (core/src/scores, docs/scores.md): each part of alignment and fit
// moves its score as documented, an unknown part is left out and the coverage says so, the
// weights are renormalised over the known parts, the rank; the typed brief and its issues; and
// a changed brief scores again without reading or analysing anything again.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "ingest/brief.hpp"
#include "ingest/input_file.hpp"
#include "model/table.hpp"
#include "scores/scoring.hpp"

using namespace creatorscope;

namespace {

std::uint32_t load(Engine& engine, const std::string& name, const std::string& bytes, std::optional<std::uint32_t> replaces = std::nullopt) {
    REQUIRE(engine.begin_file(name, MappingOverride{}, bytes.size(), replaces));
    REQUIRE(engine.feed(bytes));
    std::uint32_t id = 0;
    REQUIRE(engine.finish_file(&id));
    return id;
}
void run(Engine& engine) {
    for (int i = 0; i < 100'000 && !engine.step(1e9); ++i) {
    }
}
const CreatorResult& creator(const Engine& engine, const std::string& handle) {
    for (const auto& c : engine.creators()) {
        if (c.handle == handle) return c;
    }
    FAIL("no creator " << handle);
    return engine.creators().front();
}
const ScorePart& part(const BriefScore& score, const std::string& name) {
    for (const auto& p : score.parts) {
        if (p.name == name) return p;
    }
    FAIL("no part " << name);
    return score.parts.front();
}
Brief brief_from(const std::string& text) {
    std::vector<BriefIssue> issues;
    Brief brief = read_brief(nlohmann::ordered_json::parse(text), "brief.json", issues);
    CHECK(issues.empty());
    return brief;
}

const std::string roster =
    "handle,platform,followers,following,category,fee,currency,bio\n"
    "ana,instagram,20000,300,coffee,400,USD,\n"
    "bo,instagram,30000,400,gaming,600,USD,Speedruns every night\n"
    "cy,instagram,25000,350,,500,USD,\n";
const std::string posts =
    "handle,platform,post_id,published_at,likes,comments,caption\n"
    "ana,instagram,a1,2026-05-01,500,20,Morning espresso #latteart\n"
    "ana,instagram,a2,2026-05-03,520,22,Rainy day\n"
    "ana,instagram,a3,2026-05-05,480,18,Pour over guide #homecafe\n"
    "ana,instagram,a4,2026-05-07,510,19,Weekend walk\n"
    "bo,instagram,b1,2026-05-02,600,30,Boss fight\n"
    "bo,instagram,b2,2026-05-04,640,28,New record #speedrun\n"
    "cy,instagram,c1,2026-05-02,700,25,\n";
const std::string audience =
    "handle,platform,dimension,bucket,share\n"
    "ana,instagram,country,US,0.8\n"
    "ana,instagram,country,FR,0.2\n"
    "bo,instagram,country,US,0.4\n"
    "bo,instagram,country,DE,0.6\n";
const std::string brief =
    R"({"name": "Test", "target": {"countries": ["US"], "ages": ["18-24"]}, "niches": ["coffee"], "keywords": ["espresso"],
        "platforms": ["instagram"], "tiers": ["micro"], "weights": {"engagement": 3, "authenticity": 3, "alignment": 2.5, "cost": 1.5}})";

}  // namespace

TEST_CASE("alignment: each audience part moves the score; an unknown part is left out and the coverage says so") {
    Engine engine;
    load(engine, "roster.csv", roster);
    load(engine, "posts.csv", posts);
    load(engine, "audience.csv", audience);
    load(engine, "brief.json", brief);
    for (const auto id : engine.inputs_to_reread()) {  // the posts were read before the brief
        const std::string& bytes = engine.input_by_id(id)->kind() == Kind::posts ? posts : roster;
        REQUIRE(engine.begin_reread(id, bytes.size()));
        REQUIRE(engine.feed(bytes));
        REQUIRE(engine.finish_file());
    }
    run(engine);
    const CreatorResult& ana = creator(engine, "ana");
    CHECK(part(ana.alignment, "countries").score == doctest::Approx(80));
    CHECK(part(ana.alignment, "countries").rows.size() == 2);
    CHECK_FALSE(part(ana.alignment, "ages").known());  // no age rows: unknown, never 0 or 100
    CHECK(part(ana.alignment, "ages").basis.find("unknown") == 0);
    CHECK(part(ana.alignment, "genders").weight == 0);  // not asked by the brief
    // Content: 1 of 4 posts names a term (espresso in a caption): a quarter, half of the share
    // that matches fully, so 50 for the posts; the category names the niche: 100 for the profile.
    const ScorePart& content = part(ana.alignment, "content");
    CHECK(ana.content.posts_matching == 1);
    CHECK(ana.content.posts_with_text == 4);
    CHECK(content.score == doctest::Approx(0.75 * 50 + 0.25 * 100));
    CHECK(part(ana.alignment, "platform").score == 100);
    CHECK(part(ana.alignment, "tier").score == 100);
    // Weighted over the known parts: countries .25, content .25, platform .075, tier .075 of the
    // .80 the brief asks for (ages .15 unknown).
    CHECK(ana.alignment.coverage == doctest::Approx(0.65 / 0.80));
    CHECK(ana.alignment.score == doctest::Approx((0.25 * 80 + 0.25 * 62.5 + 0.075 * 100 + 0.075 * 100) / 0.65));
    // A bigger share abroad, a lower score: bo has 40% in the US and content on none of the terms.
    const CreatorResult& bo = creator(engine, "bo");
    CHECK(part(bo.alignment, "countries").score == doctest::Approx(40));
    CHECK(part(bo.alignment, "content").score == doctest::Approx(0));
    CHECK(bo.alignment.score < ana.alignment.score);
    // cy: no audience rows, no caption, no bio, no category: only platform and tier are known.
    const CreatorResult& cy = creator(engine, "cy");
    CHECK_FALSE(part(cy.alignment, "countries").known());
    CHECK_FALSE(part(cy.alignment, "content").known());
    CHECK(cy.alignment.coverage == doctest::Approx(0.15 / 0.80));
    // Fit and rank: a creator with a better fit ranks first.
    CHECK(ana.fit.known());
    CHECK(ana.fit.rank >= 1);
    CHECK(engine.brief() != nullptr);
    CHECK(engine.brief()->weights.engagement == doctest::Approx(0.3));  // normalised from 3 of 10
}

TEST_CASE("without a brief alignment and fit are unknown, with the reason") {
    Engine engine;
    load(engine, "roster.csv", roster);
    run(engine);
    for (const auto& c : engine.creators()) {
        CHECK_FALSE(c.alignment.known());
        CHECK_FALSE(c.fit.known());
        CHECK(c.fit.basis == "unknown: no brief loaded");
        CHECK(c.fit.rank == 0);
    }
    const auto report = nlohmann::json::parse(engine.report_json());
    CHECK(report["brief"].is_null());
    CHECK(report["creators"][0]["scores"]["fit"]["score"].is_null());
    CHECK(report["creators"][0]["scores"]["fit"]["basis"] == "unknown: no brief loaded");
}

TEST_CASE("alignment with nothing known is unknown, and says why") {
    CreatorResult c;
    c.handle = "x";
    const std::vector<std::unique_ptr<InputFile>> none;
    StringPool strings;
    const AudienceIndex index(none, strings);
    const BriefScore s = score_alignment(c, brief_from(R"({"target": {"countries": ["US"]}, "niches": ["coffee"], "tiers": ["micro"]})"), nullptr, index);
    CHECK_FALSE(s.known());
    CHECK(s.coverage == 0);
    CHECK(s.basis == "unknown: no part of alignment has data (countries, content, tier)");
    CHECK(part(s, "countries").basis == "unknown: no audience file loaded");
}

TEST_CASE("fit: the brief's weights over the known parts, renormalised; cost against the peer median; the rank") {
    const Brief brief = brief_from(R"({"weights": {"engagement": 0.3, "authenticity": 0.3, "alignment": 0.25, "cost": 0.15}})");
    std::vector<CreatorResult> creators(4);
    for (std::size_t i = 0; i < creators.size(); ++i) {
        CreatorResult& c = creators[i];
        c.handle = "c" + std::to_string(i);
        c.platform = "instagram";
        c.tier = "micro";
        c.currency = "USD";
        c.engagement.available = true;
        c.benchmark.peers = 4;
        c.benchmark.percentile = 20.0 * static_cast<double>(i + 1);
        c.authenticity.score = 90;
        c.alignment.score = 70;
        c.alignment.coverage = 1;
        c.cost.cpe = static_cast<double>(1 << i);  // 1, 2, 4, 8: the median is 3
    }
    creators[3].cost.cpe = not_a_number;  // no fee: cost unknown
    const CostPeers peers(creators);
    for (auto& c : creators) c.fit = score_fit(c, brief, peers);
    // Cost: 100 / (1 + CPE / median); the median of 1, 2 and 4 is 2.
    CHECK(part(creators[0].fit, "cost").score == doctest::Approx(100.0 / 1.5));
    CHECK(part(creators[1].fit, "cost").score == doctest::Approx(50));
    CHECK(part(creators[2].fit, "cost").score == doctest::Approx(100.0 / 3.0));
    CHECK(part(creators[0].fit, "cost").peers == 3);
    // All four parts known: the plain weighted mean.
    CHECK(creators[1].fit.coverage == doctest::Approx(1));
    CHECK(creators[1].fit.score == doctest::Approx(0.3 * 40 + 0.3 * 90 + 0.25 * 70 + 0.15 * 50));
    // Cost unknown: left out, the other weights renormalised, the coverage 85%.
    CHECK_FALSE(part(creators[3].fit, "cost").known());
    CHECK(creators[3].fit.coverage == doctest::Approx(0.85));
    CHECK(creators[3].fit.score == doctest::Approx((0.3 * 80 + 0.3 * 90 + 0.25 * 70) / 0.85));
    CHECK(creators[3].fit.basis.find("unknown: cost") != std::string::npos);
    // An unknown authenticity is left out the same way.
    creators[2].authenticity.score = not_a_number;
    creators[2].authenticity.basis = "unknown: nothing loaded";
    creators[2].fit = score_fit(creators[2], brief, peers);
    CHECK(creators[2].fit.coverage == doctest::Approx(0.7));
    CHECK(creators[2].fit.score == doctest::Approx((0.3 * 60 + 0.25 * 70 + 0.15 * 100.0 / 3.0) / 0.7));
    // Fewer than 3 peers: engagement unknown.
    CreatorResult alone = creators[0];
    alone.benchmark.peers = 2;
    CHECK_FALSE(part(score_fit(alone, brief, peers), "engagement").known());
    // The rank: 1 is the best fit; equal fits share a rank; no fit, no rank.
    creators[0].fit.score = 50;
    creators[1].fit.score = 80;
    creators[2].fit.score = 80.04;
    creators[3].fit.score = not_a_number;
    rank_by_fit(creators);
    CHECK(creators[1].fit.rank == 1);
    CHECK(creators[2].fit.rank == 1);
    CHECK(creators[0].fit.rank == 3);
    CHECK(creators[3].fit.rank == 0);
}

TEST_CASE("age buckets: the share the brief's ranges cover") {
    CHECK(age_coverage("18-24", {"18-24"}) == 1);
    CHECK(age_coverage("18-24", {"18-34"}) == 1);
    CHECK(age_coverage("25-34", {"18-29"}) == doctest::Approx(0.5));
    CHECK(age_coverage("35-44", {"18-24", "25-34"}) == 0);
    CHECK(age_coverage("55+", {"55+"}) == 1);
    CHECK(age_coverage("18–24", {"18-24"}) == 1);  // an en dash
    CHECK(age_coverage("adults", {"Adults"}) == 1);
}

TEST_CASE("the typed brief: lists cased and kept once, wrong types named, weights normalised") {
    std::vector<BriefIssue> issues;
    const Brief brief = read_brief(nlohmann::ordered_json::parse(R"({
        "name": "Spring", "target": {"countries": ["us", "GB", "US"], "ages": 18, "regions": ["EU"]},
        "niches": "Coffee", "platforms": ["Instagram", 3], "budget": "5000", "currency": "usd",
        "weights": {"engagement": 1, "cost": "a lot", "fame": 2}, "colour": "red"})"),
                                   "brief.json", issues);
    CHECK(brief.countries == std::vector<std::string>{"US", "GB"});
    CHECK(brief.niches == std::vector<std::string>{"coffee"});
    CHECK(brief.platforms == std::vector<std::string>{"instagram"});
    CHECK(brief.budget == 5000);
    CHECK(brief.currency == "USD");
    CHECK(brief.weights.given);
    CHECK(brief.weights.engagement == 1);  // the only valid weight: all of it
    CHECK(brief.weights.cost == 0);
    std::vector<std::string> fields;
    for (const auto& issue : issues) fields.push_back(issue.field);
    CHECK(fields == std::vector<std::string>{"target.ages", "target.regions", "platforms", "weights.cost", "weights.fame", "colour"});
    // No weights: the documented defaults.
    std::vector<BriefIssue> none;
    const Brief plain = read_brief(nlohmann::ordered_json::parse(R"({"niches": ["coffee"]})"), "b.json", none);
    CHECK_FALSE(plain.weights.given);
    CHECK(plain.weights.engagement + plain.weights.authenticity + plain.weights.alignment + plain.weights.cost == doctest::Approx(1));
}

TEST_CASE("authenticity with no evidence is unknown, with the reason; a fired flag is evidence") {
    Engine engine;
    load(engine, "roster.csv", "handle,platform,followers,following\nquiet,instagram,5000,300\nf4f,instagram,4000,7000\n");
    run(engine);
    const CreatorResult& quiet = creator(engine, "quiet");
    CHECK_FALSE(quiet.authenticity.known());
    CHECK(quiet.authenticity.basis.find("unknown: no posts, follower history, comments, follower sample") == 0);
    const CreatorResult& f4f = creator(engine, "f4f");
    CHECK(f4f.authenticity.known());  // FOLLOW_FOR_FOLLOW fired: that is evidence
    CHECK(f4f.authenticity.score < 100);
    const auto report = nlohmann::json::parse(engine.report_json());
    CHECK(report["creators"][0]["scores"]["authenticity"].is_null());
    CHECK(report["creators"][0]["scores"]["authenticity_breakdown"]["basis"] == quiet.authenticity.basis);
}

TEST_CASE("a changed brief scores again without reading the posts or analysing them again") {
    Engine engine;
    load(engine, "roster.csv", roster);
    const std::uint32_t posts_id = load(engine, "posts.csv", posts);
    load(engine, "audience.csv", audience);
    const std::uint32_t brief_id = load(engine, "brief.json", brief);
    CHECK(engine.inputs_to_reread().empty());  // the brief's terms are found in the kept captions
    run(engine);
    const InputInfo* posts_input = engine.input_by_id(posts_id);
    const auto joins = engine.stage_runs(Stage::join), flags = engine.stage_runs(Stage::flags);
    const auto scorings = engine.stage_runs(Stage::scores);
    const double fit_before = creator(engine, "ana").fit.score;
    const double alignment_before = creator(engine, "bo").alignment.score;

    // Other weights and tiers: the scores stage alone runs, nothing is read again.
    const std::string weights_only =
        R"({"name": "Test", "target": {"countries": ["US"], "ages": ["18-24"]}, "niches": ["coffee"], "keywords": ["espresso"],
            "platforms": ["instagram"], "tiers": ["nano"], "weights": {"alignment": 1}})";
    load(engine, "brief.json", weights_only, brief_id);
    CHECK(engine.inputs_to_reread().empty());
    CHECK_FALSE(engine.results_current());
    CHECK(engine.progress().stage == "scoring against the brief");
    run(engine);
    CHECK(engine.stage_runs(Stage::join) == joins);
    CHECK(engine.stage_runs(Stage::flags) == flags);
    CHECK(engine.stage_runs(Stage::scores) == scorings + 1);
    CHECK(engine.input_by_id(posts_id) == posts_input);  // the same input: not read again
    const CreatorResult& ana = creator(engine, "ana");
    CHECK(ana.fit.score == doctest::Approx(ana.alignment.score));  // all the weight on alignment
    CHECK(ana.fit.score != doctest::Approx(fit_before));
    CHECK(part(ana.alignment, "tier").score == 0);  // micro is no longer wanted
    CHECK(creator(engine, "bo").alignment.score < alignment_before);

    // Other countries: the geo flag reads them, so the analysis runs again, still without a re-read.
    const std::string countries =
        R"({"name": "Test", "target": {"countries": ["DE"], "ages": ["18-24"]}, "niches": ["coffee"], "keywords": ["espresso"],
            "platforms": ["instagram"], "tiers": ["nano"], "weights": {"alignment": 1}})";
    load(engine, "brief.json", countries, brief_id);
    CHECK(engine.inputs_to_reread().empty());
    run(engine);
    CHECK(engine.stage_runs(Stage::join) == joins + 1);
    CHECK(engine.input_by_id(posts_id) == posts_input);
    CHECK(part(creator(engine, "bo").alignment, "countries").score == doctest::Approx(60));
}

TEST_CASE("other niches, keywords and blocklist search the kept captions and bios again: no file is read again") {
    Engine engine;
    load(engine, "roster.csv", roster);
    const std::uint32_t posts_id = load(engine, "posts.csv", posts);
    load(engine, "audience.csv", audience);
    const std::uint32_t brief_id = load(engine, "brief.json", brief);
    run(engine);
    const InputInfo* posts_input = engine.input_by_id(posts_id);
    const auto terms = engine.stage_runs(Stage::terms), joins = engine.stage_runs(Stage::join);
    CHECK(part(creator(engine, "bo").alignment, "content").score == 0);  // no coffee, no espresso

    // Gaming instead of coffee, "speedrun" for "espresso", and "boss" blocked.
    const std::string gaming =
        R"({"name": "Test", "target": {"countries": ["US"], "ages": ["18-24"]}, "niches": ["gaming"], "keywords": ["speedrun"],
            "blocklist": ["boss"], "platforms": ["instagram"], "tiers": ["micro"],
            "weights": {"engagement": 3, "authenticity": 3, "alignment": 2.5, "cost": 1.5}})";
    load(engine, "brief.json", gaming, brief_id);
    CHECK(engine.inputs_to_reread().empty());
    CHECK_FALSE(engine.results_current());
    run(engine);
    CHECK(engine.input_by_id(posts_id) == posts_input);  // the same input: not read again
    CHECK(engine.stage_runs(Stage::terms) == terms + 1);
    CHECK(engine.stage_runs(Stage::join) == joins + 1);
    CHECK(part(creator(engine, "bo").alignment, "content").score > 0);
    CHECK(part(creator(engine, "ana").alignment, "content").score == 0);

    // The same report as an engine that read the files with that brief from the start.
    Engine fresh;
    load(fresh, "brief.json", gaming);
    load(fresh, "roster.csv", roster);
    load(fresh, "posts.csv", posts);
    load(fresh, "audience.csv", audience);
    run(fresh);
    auto searched = nlohmann::json::parse(engine.report_json()), read = nlohmann::json::parse(fresh.report_json());
    // The inputs are listed in another order; the creators are the same.
    CHECK(searched["creators"] == read["creators"]);
    CHECK(searched["summary"] == read["summary"]);
}

TEST_CASE("a posts file whose captions were not kept is asked for again when the brief's terms change") {
    Engine engine;
    engine.set_kept_text_limit(40);  // less than this posts file's captions
    load(engine, "roster.csv", roster);
    const std::uint32_t posts_id = load(engine, "posts.csv", posts);
    load(engine, "brief.json", brief);
    CHECK(engine.inputs_to_reread() == std::vector<std::uint32_t>{posts_id});  // the roster's bios are in its table
    REQUIRE(engine.begin_reread(posts_id, posts.size()));
    REQUIRE(engine.feed(posts));
    REQUIRE(engine.finish_file());
    CHECK(engine.inputs_to_reread().empty());
    run(engine);
    CHECK(part(creator(engine, "ana").alignment, "content").score > 0);
}
