// The engine's front door (creatorscope/engine.hpp): errors as values, stable input ids,
// progress and stages, stepping within a budget, clear, and the settings' JSON round trip.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "creatorscope/format.hpp"
#include "test_files.hpp"

using namespace creatorscope;

namespace {
// A roster of `creators` and five posts each, dated up to 2025-03-10.
std::string roster_csv(int creators) {
    std::string text = "handle,platform,followers,following\n";
    for (int i = 0; i < creators; ++i) {
        text += "creator" + std::to_string(i) + ",instagram," + std::to_string(5000 + i * 1500) + "," + std::to_string(100 + i) + "\n";
    }
    return text;
}
std::string posts_csv(int creators) {
    std::string text = "handle,platform,post_id,published_at,likes,comments\n";
    for (int i = 0; i < creators; ++i) {
        for (int p = 0; p < 5; ++p) {
            text += "creator" + std::to_string(i) + ",instagram,p" + std::to_string(i) + "_" + std::to_string(p) + ",2025-03-0" +
                    std::to_string(p + 1) + "T12:00:00Z," + std::to_string(100 + i * 7 + p * 13) + "," + std::to_string(3 + p) + "\n";
        }
    }
    text += "creator0,instagram,last,2025-03-10,50,2\n";
    return text;
}
std::uint32_t load(Engine& engine, const std::string& name, const std::string& bytes) {
    REQUIRE(engine.begin_file(name, std::string_view{}, bytes.size()));
    REQUIRE(engine.feed(bytes));
    std::uint32_t id = 0;
    REQUIRE(engine.finish_file(&id));
    return id;
}
void run(Engine& engine) {
    for (int i = 0; i < 100'000 && !engine.step(1e9); ++i) {
    }
}
}  // namespace

TEST_CASE("engine: calls out of order are errors, given as values") {
    Engine engine;
    const Status feed = engine.feed("handle\n");
    CHECK_FALSE(feed);
    CHECK_FALSE(feed.is_ok());
    CHECK(feed.message() == "no file is being read: call begin_file first");
    const Status finish = engine.finish_file();
    CHECK_FALSE(finish);
    CHECK(finish.message() == "no file is being read");
    CHECK(engine.inputs().empty());

    REQUIRE(engine.begin_file("a.csv"));
    const Status twice = engine.begin_file("b.csv");
    CHECK_FALSE(twice);
    CHECK(twice.message() == "a file is already being read: finish it first");
    CHECK(engine.progress().file == "a.csv");  // the first file is still the one being read
    REQUIRE(engine.feed("handle,followers\nlena,100\n"));
    REQUIRE(engine.finish_file());
    CHECK(engine.inputs().size() == 1);
    CHECK(engine.inputs()[0]->name() == "a.csv");

    const Status kind = engine.begin_file("c.csv", "no-such-kind");
    CHECK_FALSE(kind);
    CHECK(kind.message() == "unknown input kind 'no-such-kind'");
    CHECK(engine.begin_file("c.csv", "posts"));  // a known kind name is fine
    engine.cancel_file();
    CHECK_FALSE(engine.remove_input(999));
    CHECK(engine.remove_input(999).message() == "no input 999");
    CHECK_FALSE(engine.begin_reread(999, 0));
    const Status replace = engine.begin_file("d.csv", MappingOverride{}, 0, 999u);
    CHECK_FALSE(replace);
    CHECK(replace.message() == "no input 999 to replace");
    CHECK(engine.feed("x").message() == "no file is being read: call begin_file first");  // the failed begin left no file open
}

TEST_CASE("engine: input ids are unique, kept by a re-read or a replacement, never reused") {
    Engine engine;
    const std::string roster = roster_csv(3), posts = posts_csv(3);
    const std::uint32_t a = load(engine, "roster.csv", roster);
    const std::uint32_t b = load(engine, "posts.csv", posts);
    const std::uint32_t c = load(engine, "more.csv", roster_csv(2));
    CHECK(std::set<std::uint32_t>{a, b, c}.size() == 3);
    CHECK(a != 0);
    REQUIRE(engine.inputs().size() == 3);
    CHECK(engine.input_by_id(b) == engine.inputs()[1]);
    CHECK(engine.input_by_id(b)->kind() == Kind::posts);

    // The mapping editor: the file read again with the user's corrections takes b's place and id.
    MappingOverride override;
    override.kind = Kind::posts;
    REQUIRE(engine.begin_file("posts (fixed).csv", override, posts.size(), b));
    REQUIRE(engine.feed(posts));
    std::uint32_t replaced = 0;
    REQUIRE(engine.finish_file(&replaced));
    CHECK(replaced == b);
    REQUIRE(engine.inputs().size() == 3);
    CHECK(engine.inputs()[1]->id() == b);  // and its place in the order
    CHECK(engine.inputs()[1]->name() == "posts (fixed).csv");
    CHECK(engine.inputs()[1]->override_settings().kind == Kind::posts);

    // A re-read keeps the id, the name and the override.
    REQUIRE(engine.begin_reread(b, posts.size()));
    CHECK(engine.progress().file == "posts (fixed).csv");
    REQUIRE(engine.feed(posts));
    std::uint32_t again = 0;
    REQUIRE(engine.finish_file(&again));
    CHECK(again == b);
    CHECK(engine.input_by_id(b)->override_settings().kind == Kind::posts);
    CHECK(engine.inputs().size() == 3);

    // Removing an input leaves the others' ids, and its id is not given out again.
    REQUIRE(engine.remove_input(a));
    CHECK(engine.input_by_id(a) == nullptr);
    CHECK(engine.inputs().size() == 2);
    CHECK(engine.inputs()[0]->id() == b);
    CHECK(engine.inputs()[1]->id() == c);
    const std::uint32_t d = load(engine, "roster.csv", roster);
    CHECK(d != a);
    CHECK(d != b);
    CHECK(d != c);
    CHECK_FALSE(engine.remove_input(a));
    engine.clear();
    const std::uint32_t e = load(engine, "roster.csv", roster);
    CHECK(std::set<std::uint32_t>{a, b, c, d, e}.size() == 5);  // not even after clear
}

TEST_CASE("engine: cancel_file drops only the file being read") {
    Engine engine;
    const std::uint32_t kept = load(engine, "roster.csv", roster_csv(2));
    REQUIRE(engine.begin_file("posts.csv"));
    REQUIRE(engine.feed(posts_csv(2)));
    CHECK(engine.progress().phase == "reading");
    engine.cancel_file();
    CHECK(engine.progress().phase != "reading");
    CHECK_FALSE(engine.finish_file());  // nothing to finish now
    REQUIRE(engine.inputs().size() == 1);
    CHECK(engine.inputs()[0]->id() == kept);
    engine.cancel_file();  // with no file: nothing happens
    CHECK(engine.inputs().size() == 1);
    // Cancelling a replacement keeps the input it was to replace.
    REQUIRE(engine.begin_reread(kept, 0));
    REQUIRE(engine.feed("handle,followers\nsomeone,1\n"));
    engine.cancel_file();
    run(engine);
    REQUIRE(engine.inputs().size() == 1);
    CHECK(engine.inputs()[0]->rows() == 2);
    CHECK(engine.creators().size() == 2);
}

TEST_CASE("engine: progress goes idle, reading, analysing, ready; the stage is named while analysing") {
    Engine engine;
    Progress p = engine.progress();
    CHECK(p.phase == "idle");
    CHECK(p.stage.empty());
    CHECK(engine.stage() == Stage::done);
    CHECK(engine.step(0));  // nothing to do

    const std::string roster = roster_csv(300);  // more rows than are held to recognise the columns
    REQUIRE(engine.begin_file("roster.csv", std::string_view{}, roster.size()));
    REQUIRE(engine.feed(roster.substr(0, 100)));
    p = engine.progress();
    CHECK(p.phase == "reading");
    CHECK(p.file == "roster.csv");
    CHECK(p.done == 100);
    CHECK(p.total == roster.size());
    REQUIRE(engine.feed(roster.substr(100)));
    CHECK(engine.progress().done == roster.size());
    CHECK(engine.progress().rows > 0);
    REQUIRE(engine.finish_file());
    load(engine, "posts.csv", posts_csv(60));

    p = engine.progress();
    CHECK(p.phase == "analysing");
    CHECK(p.stage == stage_name(Stage::join));
    CHECK_FALSE(engine.results_current());
    const std::uint64_t generation = engine.generation();
    std::size_t steps = 0;
    std::set<std::string> stages;
    while (!engine.step(0)) {
        ++steps;
        REQUIRE(steps < 100'000);
        p = engine.progress();
        CHECK(p.phase == "analysing");
        CHECK_FALSE(p.stage.empty());
        CHECK(p.stage == stage_name(engine.stage()));
        CHECK(engine.stage() != Stage::done);
        stages.insert(p.stage);
        CHECK(engine.generation() == generation);  // no new results until the analysis ends
    }
    CHECK(steps >= 2);  // a zero budget takes a slice or a stage per step
    CHECK(stages.size() >= 2);
    CHECK(engine.stage() == Stage::done);
    CHECK(engine.results_current());
    CHECK(engine.generation() == generation + 1);
    p = engine.progress();
    CHECK(p.phase == "ready");
    CHECK(p.done == 300);
    CHECK(p.total == 300);
    CHECK(engine.creators().size() == 300);
    CHECK(stage_name(Stage::done) == "done");
    CHECK(stage_name(Stage::attribution) == "attributing orders");
}

TEST_CASE("engine: many small steps give the same report as one big step") {
    Engine small, big;
    for (Engine* engine : {&small, &big}) {
        load(*engine, "roster.csv", roster_csv(150));
        load(*engine, "posts.csv", posts_csv(150));
    }
    std::size_t steps = 1;
    while (!small.step(0.0)) ++steps;
    CHECK(steps > 3);
    CHECK(big.step(1e9));
    CHECK(small.report_json() == big.report_json());
    CHECK(small.roster_csv() == big.roster_csv());
    CHECK(small.creators().size() == 150);
}

TEST_CASE("engine: generation counts each new set of results, and clear forgets every input") {
    Engine engine;
    CHECK(engine.generation() == 0);
    load(engine, "roster.csv", roster_csv(4));
    load(engine, "posts.csv", posts_csv(4));
    run(engine);
    CHECK(engine.generation() == 1);
    CHECK(engine.step(10));  // results current: no new generation
    CHECK(engine.generation() == 1);
    REQUIRE(engine.set_as_of(std::nullopt));
    CHECK_FALSE(engine.results_current());
    run(engine);
    CHECK(engine.generation() == 2);
    CHECK(engine.creators().size() == 4);
    CHECK(engine.as_of_date() == "2025-03-10");

    REQUIRE(engine.begin_file("half.csv"));
    REQUIRE(engine.feed("handle,followers\n"));
    engine.clear();
    CHECK(engine.generation() == 3);
    CHECK(engine.inputs().empty());
    CHECK(engine.creators().empty());
    CHECK(engine.progress().phase == "idle");
    CHECK(engine.as_of_date().empty());
    CHECK(engine.results_current());
    CHECK_FALSE(engine.finish_file());  // the file being read went too
    const auto report = nlohmann::json::parse(engine.report_json());
    CHECK(report.is_object());
    load(engine, "roster.csv", roster_csv(2));
    run(engine);
    CHECK(engine.creators().size() == 2);
}

TEST_CASE("engine: the report day is the data's latest date, or the day set") {
    Engine engine;
    load(engine, "posts.csv", posts_csv(2));
    run(engine);
    CHECK(engine.as_of_date() == "2025-03-10");

    std::optional<std::int64_t> day;
    REQUIRE(parse_report_date("2025-03-05", day));
    REQUIRE(day.has_value());
    REQUIRE(engine.set_as_of(day));
    run(engine);
    CHECK(engine.as_of_date() == "2025-03-05");
    CHECK(nlohmann::json::parse(engine.report_json())["as_of"] == "2025-03-05");

    REQUIRE(parse_report_date("  ", day));
    CHECK_FALSE(day.has_value());  // blank: the latest date in the data
    REQUIRE(engine.set_as_of(day));
    run(engine);
    CHECK(engine.as_of_date() == "2025-03-10");

    std::optional<std::int64_t> untouched = 42;
    const Status bad = parse_report_date("someday", untouched);
    CHECK_FALSE(bad);
    CHECK(bad.message().starts_with("--as-of: "));
    CHECK(untouched == 42);
    CHECK_FALSE(parse_report_date("July 16", untouched));  // a report day needs a year
    REQUIRE(parse_report_date("Aug 28, 2025", untouched));  // any full date form
    REQUIRE(untouched.has_value());
    CHECK(format_date(*untouched) == "2025-08-28");

    Engine empty;
    run(empty);
    CHECK(empty.as_of_date().empty());  // no data, no date
    REQUIRE(empty.set_as_of(day.value_or(0) + 86'400));
    run(empty);
    CHECK(empty.as_of_date() == "1970-01-02");
}

TEST_CASE("engine: settings_json and apply_settings_json round trip") {
    Engine engine;
    const auto defaults = engine.settings_json();
    CHECK(defaults["tier_scheme"] == "guide");
    CHECK(defaults["as_of"].is_null());
    CHECK(defaults["thresholds"].is_null());
    CHECK(defaults["attribution"].is_null());

    TierScheme five;
    REQUIRE(TierScheme::select("five-band", five));
    REQUIRE(engine.set_tier_scheme(five));
    std::optional<std::int64_t> day;
    REQUIRE(parse_report_date("2025-06-30", day));
    REQUIRE(engine.set_as_of(day));
    FlagThresholds thresholds = FlagThresholds::builtin();
    REQUIRE(thresholds.apply_json(R"({"inactive_days": 60})"));
    REQUIRE(engine.set_thresholds(thresholds));
    AttributionSettings attribution;
    REQUIRE(AttributionSettings::parse(R"({"lookback_days": 14})", attribution));
    REQUIRE(engine.set_attribution_settings(attribution));

    const auto saved = engine.settings_json();
    CHECK(saved["tier_scheme"] == "five-band");
    CHECK(saved["as_of"] == "2025-06-30");
    CHECK(saved["thresholds"] == nlohmann::ordered_json::parse(R"({"inactive_days": 60})"));
    CHECK(saved["attribution"]["lookback_days"] == 14);

    Engine restored;
    REQUIRE(restored.apply_settings_json(saved));
    CHECK(restored.settings_json() == saved);
    CHECK(restored.tier_scheme().name() == "five-band");
    load(restored, "posts.csv", posts_csv(1));
    run(restored);
    CHECK(restored.as_of_date() == "2025-06-30");
    CHECK(restored.thresholds().inactive_days == 60);

    // Nulls go back to the built-in settings.
    REQUIRE(restored.apply_settings_json(nlohmann::ordered_json::parse(R"({"as_of": null, "thresholds": null, "attribution": null})")));
    const auto back = restored.settings_json();
    CHECK(back["tier_scheme"] == "five-band");  // a part not named is left as it is
    CHECK(back["as_of"].is_null());
    CHECK(back["thresholds"].is_null());
    CHECK(back["attribution"].is_null());
    run(restored);
    CHECK(restored.as_of_date() == "2025-03-10");
    CHECK(restored.thresholds().inactive_days == FlagThresholds::builtin().inactive_days);

    // A custom scheme is kept as its JSON.
    const auto custom = nlohmann::ordered_json::parse(R"({"name": "mine", "tiers": [{"name": "small", "min_followers": 0}, {"name": "big", "min_followers": 1000}]})");
    Engine custom_engine;
    REQUIRE(custom_engine.apply_settings_json(nlohmann::ordered_json{{"tier_scheme", custom}}));
    CHECK(custom_engine.tier_scheme().name() == "mine");
    CHECK(custom_engine.settings_json()["tier_scheme"]["name"] == "mine");
    Engine custom_again;
    REQUIRE(custom_again.apply_settings_json(custom_engine.settings_json()));
    CHECK(custom_again.settings_json() == custom_engine.settings_json());
}

TEST_CASE("engine: settings with any invalid part change nothing") {
    Engine engine;
    const auto before = engine.settings_json();
    const Status thresholds = engine.apply_settings_json(
        nlohmann::ordered_json::parse(R"({"tier_scheme": "five-band", "thresholds": {"no_such_threshold": 1}})"));
    CHECK_FALSE(thresholds);
    CHECK(thresholds.message().find("no_such_threshold") != std::string::npos);
    CHECK(engine.tier_scheme().name() == "guide");  // the valid tier scheme was not applied either
    CHECK(engine.settings_json() == before);

    CHECK_FALSE(engine.apply_settings_json(nlohmann::ordered_json::parse(R"({"tier_scheme": "five-band", "as_of": "not a date"})")));
    CHECK_FALSE(engine.apply_settings_json(nlohmann::ordered_json::parse(R"({"tier_scheme": "no-such-scheme"})")));
    CHECK_FALSE(engine.apply_settings_json(nlohmann::ordered_json::parse(R"({"tier_scheme": "five-band", "thresholds": {"inactive_days": "many"}})")));
    CHECK_FALSE(engine.apply_settings_json(nlohmann::ordered_json::parse(R"({"as_of": "2025-01-01", "attribution": {"lookback_days": -5}})")));
    CHECK_FALSE(engine.apply_settings_json(nlohmann::ordered_json::parse(R"({"attribution": {"no_such_setting": 1}})")));
    const Status not_object = engine.apply_settings_json(nlohmann::ordered_json::array());
    CHECK_FALSE(not_object);
    CHECK(not_object.message() == "the settings must be a JSON object");
    CHECK(engine.settings_json() == before);
    CHECK(engine.tier_scheme().name() == "guide");
    CHECK(engine.results_current());  // nothing changed, so nothing to analyse again
}

TEST_CASE("engine: clear forgets the attribution and the follower samples too") {
    Engine engine;
    REQUIRE(engine.begin_file("paths.csv"));
    REQUIRE(engine.feed("path,conversions\na > b,3\n"));
    REQUIRE(engine.finish_file());
    while (!engine.step(50)) {
    }
    REQUIRE(engine.attribution().has_value());
    engine.clear();
    while (!engine.step(50)) {
    }
    CHECK_FALSE(engine.attribution().has_value());
    CHECK(engine.audience_samples().empty());
    CHECK(nlohmann::json::parse(engine.report_json())["attribution"].is_null());
}

TEST_CASE("engine: attribution is a stage of many steps, with the report of one step") {
    // The shipped sample's visits, orders, codes and costs: a dozen channels.
    const std::filesystem::path sample = std::filesystem::path(CREATORSCOPE_SOURCE_DIR) / "assets/sample";
    Engine sliced, whole;
    for (Engine* engine : {&sliced, &whole}) {
        for (const char* name : {"touchpoints.csv", "conversions.csv", "codes.csv", "costs.csv"}) {
            load(*engine, name, creatorscope::testing::read_file(sample / name));
        }
    }
    CHECK(whole.step(1e9));
    // A zero budget is spent after every piece of work: each step does one piece.
    std::size_t in_attribution = 0;
    while (!sliced.step(0.0)) {
        if (sliced.stage() != Stage::attribution) continue;
        ++in_attribution;
        CHECK(sliced.progress().stage == "attributing orders");
        CHECK_FALSE(sliced.attribution().has_value());  // the result comes with the stage's end
    }
    CHECK(in_attribution > 10);
    REQUIRE(sliced.attribution().has_value());
    CHECK(sliced.attribution()->credits.at("markov").size() > 5);
    CHECK(sliced.report_json() == whole.report_json());

    // Inputs that change while the stage is under way start it again, with the new inputs.
    Engine changed;
    for (const char* name : {"touchpoints.csv", "conversions.csv", "codes.csv"}) {
        load(changed, name, creatorscope::testing::read_file(sample / name));
    }
    for (int i = 0; i < 1000 && changed.stage() != Stage::attribution; ++i) changed.step(0.0);
    REQUIRE(changed.stage() == Stage::attribution);
    CHECK_FALSE(changed.step(0.0));  // the stage is under way
    load(changed, "costs.csv", creatorscope::testing::read_file(sample / "costs.csv"));
    while (!changed.step(0.0)) {
    }
    CHECK(changed.report_json() == whole.report_json());
}
