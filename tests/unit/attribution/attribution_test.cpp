// Attribution models: the ChannelAttribution toy example, the heuristics against sums computed
// here independently on Data.csv, totals, removal effects, and Shapley's two computations.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "attribution/attribution.hpp"
#include "creatorscope/engine.hpp"
#include "settings_text.hpp"
#include "test_files.hpp"

using namespace creatorscope;
namespace fs = std::filesystem;

namespace {
double credit_of(const AttributionResult& r, const std::string& model, const std::string& channel) {
    for (const auto& c : r.credits.at(model)) {
        if (c.channel == channel) return c.conversions;
    }
    return NAN;
}

// ChannelAttribution's simulation, written here independently: walks through the first-order
// chain of the journeys; per channel, the converting walks that visited it and the value they
// brought (drawn, as the package draws it, from the values per conversion of the journeys that
// converted from the walk's last channel, weighted by their conversions).
struct Walks {
    std::vector<double> visits, value_visits;
    double converted = 0, value = 0;
};
Walks simulate_walks(std::size_t n, const std::vector<Journey>& journeys, int count) {
    const std::size_t start = n, conversion = n + 1, null_state = n + 2;
    std::vector<std::map<std::size_t, double>> counts(n + 1);
    std::vector<std::vector<std::pair<double, double>>> values(n + 1);  // per last channel: value per conversion, conversions
    for (const auto& j : journeys) {
        const double weight = j.conversions + j.nulls;
        std::size_t from = start;
        for (std::uint32_t c : j.channels) {
            if (c != from) counts[from][c] += weight;
            from = c;
        }
        counts[from][conversion] += j.conversions;
        counts[from][null_state] += j.nulls;
        if (j.conversions > 0) values[from].emplace_back(j.value / j.conversions, j.conversions);
    }
    std::uint64_t state = 12345;  // splitmix64
    const auto uniform = [&state] {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<double>((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
    };
    const auto draw = [&uniform](const auto& weighted) {  // a weighted pick from (item, weight) pairs
        double total = 0;
        for (const auto& [item, w] : weighted) total += w;
        double pick = uniform() * total;
        auto chosen = weighted.begin()->first;
        for (const auto& [item, w] : weighted) {
            chosen = item;
            if ((pick -= w) <= 0) break;
        }
        return chosen;
    };
    Walks walks;
    walks.visits.assign(n, 0.0);
    walks.value_visits.assign(n, 0.0);
    for (int walk = 0; walk < count; ++walk) {
        std::vector<char> seen(n, 0);
        std::size_t at = start, last = start;
        for (int step = 0; step < 1000 && at != conversion && at != null_state; ++step) {
            last = at;
            at = draw(counts[at]);
            if (at < n) seen[at] = 1;
        }
        if (at != conversion) continue;
        const double value = values[last].empty() ? 0.0 : draw(values[last]);
        ++walks.converted;
        walks.value += value;
        for (std::size_t c = 0; c < n; ++c) {
            walks.visits[c] += seen[c];
            walks.value_visits[c] += seen[c] ? value : 0.0;
        }
    }
    return walks;
}
}  // namespace

TEST_CASE("the ChannelAttribution toy example: Markov gives A = 2, B = 1") {
    // From the package's 2015 vignette (realdata/channelattribution/SOURCE.md): three journeys,
    // one conversion each; removal effects A = 1, B = 0.5.
    std::vector<std::string> channels;
    std::vector<Journey> journeys;
    for (const char* path : {"A > B > A > B > B > A", "A > B > B > A > A", "A > A"}) journeys.push_back({parse_path(path, channels), 1, 0, 0});
    const AttributionResult r = attribute(channels, journeys);
    CHECK(r.conversions == 3);
    CHECK(credit_of(r, "markov", "A") == doctest::Approx(2.0));
    CHECK(credit_of(r, "markov", "B") == doctest::Approx(1.0));
    CHECK(r.removal_effects[0] == doctest::Approx(1.0));
    CHECK(r.removal_effects[1] == doctest::Approx(0.5));
    // The heuristics on the same paths, by hand: first and last touch are all A; linear gives
    // A 3/6 + 3/5 + 2/2 = 2.1 and B 3/6 + 2/5 = 0.9.
    CHECK(credit_of(r, "first_touch", "A") == 3);
    CHECK(credit_of(r, "last_touch", "B") == 0);
    CHECK(credit_of(r, "linear", "A") == doctest::Approx(2.1));
    CHECK(credit_of(r, "linear", "B") == doctest::Approx(0.9));
    // Shapley: every journey holds both channels except "A > A": A = 0.5 + 0.5 + 1 = 2, B = 1.
    CHECK(credit_of(r, "shapley", "A") == doctest::Approx(2.0));
    CHECK(credit_of(r, "shapley", "B") == doctest::Approx(1.0));
}

TEST_CASE("position based and time decay on one journey") {
    std::vector<std::string> channels;
    const std::vector<Journey> journeys{{parse_path("a > b > c > d", channels), 10, 100, 0}};
    AttributionSettings settings;
    settings.half_life_steps = 1;  // each step back halves the weight: 1/8, 1/4, 1/2, 1 of 15/8
    const AttributionResult r = attribute(channels, journeys, settings);
    CHECK(credit_of(r, "position_based", "a") == doctest::Approx(4.0));
    CHECK(credit_of(r, "position_based", "b") == doctest::Approx(1.0));
    CHECK(credit_of(r, "position_based", "d") == doctest::Approx(4.0));
    CHECK(credit_of(r, "time_decay", "d") == doctest::Approx(10.0 * 1.0 / 1.875));
    CHECK(credit_of(r, "time_decay", "a") == doctest::Approx(10.0 * 0.125 / 1.875));
}

TEST_CASE("ChannelAttribution's Data.csv: heuristics checked independently, totals, removal effects") {
    const fs::path file = fs::path(CREATORSCOPE_SOURCE_DIR) / "../shared/realdata/channelattribution/Data.csv";
    REALDATA_OR_SKIP();
    std::istringstream lines(creatorscope::testing::read_file(file));
    std::string line;
    std::getline(lines, line);
    std::vector<std::string> channels;
    std::vector<Journey> journeys;
    // Independent sums: first, last and linear, by channel name, straight from the text.
    std::map<std::string, double> first, last, linear;
    double total = 0, total_value = 0;
    while (std::getline(lines, line)) {
        if (line.empty()) continue;
        std::vector<std::string> fields;
        std::stringstream split(line);
        for (std::string f; std::getline(split, f, ';');) fields.push_back(f);
        REQUIRE(fields.size() == 4);
        const double conversions = std::stod(fields[1]), value = std::stod(fields[2]), nulls = std::stod(fields[3]);
        std::vector<std::string> steps;
        for (std::size_t at = 0; at < fields[0].size();) {
            std::size_t end = fields[0].find(" > ", at);
            if (end == std::string::npos) end = fields[0].size();
            steps.push_back(fields[0].substr(at, end - at));
            at = end + 3;
        }
        first[steps.front()] += conversions;
        last[steps.back()] += conversions;
        for (const auto& s : steps) linear[s] += conversions / static_cast<double>(steps.size());
        total += conversions;
        total_value += value;
        journeys.push_back({parse_path(fields[0], channels), conversions, value, nulls});
    }
    REQUIRE(journeys.size() == 10000);
    CHECK(total == 19785);
    REQUIRE(channels.size() == 12);
    const AttributionResult r = attribute(channels, journeys);
    CHECK(r.conversions == doctest::Approx(19785));
    CHECK(r.value == doctest::Approx(total_value));
    for (const auto& channel : channels) {
        CAPTURE(channel);
        CHECK(credit_of(r, "first_touch", channel) == doctest::Approx(first[channel]));
        CHECK(credit_of(r, "last_touch", channel) == doctest::Approx(last[channel]));
        CHECK(credit_of(r, "linear", channel) == doctest::Approx(linear[channel]));
    }
    for (const auto& model : r.models) {
        CAPTURE(model);
        double sum = 0, share = 0;
        for (const auto& c : r.credits.at(model)) {
            sum += c.conversions;
            share += c.share;
        }
        CHECK(sum == doctest::Approx(19785));
        CHECK(share == doctest::Approx(1.0));
    }
    for (double effect : r.removal_effects) {
        CHECK(effect >= 0.0);
        CHECK(effect <= 1.0);
    }
    // Shapley over all 4,096 coalitions equals the closed form (each journey split equally
    // among its distinct channels), computed here.
    std::map<std::string, double> closed;
    for (const auto& j : journeys) {
        std::vector<std::uint32_t> distinct = j.channels;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (std::uint32_t c : distinct) closed[channels[c]] += j.conversions / static_cast<double>(distinct.size());
    }
    for (const auto& channel : channels) CHECK(credit_of(r, "shapley", channel) == doctest::Approx(closed[channel]));
    MESSAGE("Markov removal effects computed for " << channels.size() << " channels; Shapley: " << r.shapley_method);
    // ChannelAttribution estimates the same removal effects by simulation: walks through the
    // first-order transition matrix (repeats of a channel in a row dropped), each channel
    // credited with the share of converting walks that visited it, and with the share of the
    // value they brought, each converting walk's value drawn from the values per conversion of
    // the journeys that converted from the same last channel. That simulation, written here
    // independently with 400,000 walks, agrees with the exact values within its noise (about
    // 0.002 for 88,000 converting walks; the check allows 0.01, and 0.015 for value).
    {
        const Walks walks = simulate_walks(channels.size(), journeys, 400000);
        double credited = 0;
        for (std::size_t c = 0; c < channels.size(); ++c) {
            CAPTURE(channels[c]);
            CHECK(std::fabs(walks.visits[c] / walks.converted - r.removal_effects[c]) < 0.01);
            CHECK(std::fabs(walks.value_visits[c] / walks.value - r.value_removal_effects[c]) < 0.015);
            credited += r.credits.at("markov")[c].value;
        }
        CHECK(credited == doctest::Approx(total_value));
        MESSAGE("simulated " << walks.converted << " converting walks of 400,000; eta: simulated " << walks.visits[0] / walks.converted
                             << ", exact " << r.removal_effects[0] << "; value " << walks.value_visits[0] / walks.value << ", exact "
                             << r.value_removal_effects[0]);
    }
    // Higher orders give conversions that still sum to the total.
    for (int order : {2, 3}) {
        AttributionSettings settings;
        settings.markov_order = order;
        const AttributionResult higher = attribute(channels, journeys, settings);
        double sum = 0;
        for (const auto& c : higher.credits.at("markov")) sum += c.conversions;
        CHECK(sum == doctest::Approx(19785));
    }
}

TEST_CASE("a semicolon file with decimal points: values like 2.402 follow the column's other values") {
    // ChannelAttribution's Data.csv is semicolon-separated with decimal points: "0.244" can only
    // be a decimal, so "2.402" in the same column is 2.402, not 2,402.
    const auto value_of = [](const std::string& text) {
        Engine engine;
        REQUIRE(engine.begin_file("paths.csv"));
        REQUIRE(engine.feed(text));
        REQUIRE(engine.finish_file());
        const auto report = nlohmann::json::parse(engine.report_json());
        return report["attribution"]["value"].get<double>();
    };
    CHECK(value_of("path;total_conversions;total_conversion_value;total_null\na > b;1;0.244;3\nb;1;2.402;1\n") == doctest::Approx(2.646));
    // Nothing shows a decimal point: "2.402" keeps the file's convention (a thousands group).
    CHECK(value_of("path;total_conversions;total_conversion_value;total_null\na > b;1;1.250;3\nb;1;2.402;1\n") == doctest::Approx(3652));
}

TEST_CASE("journeys from visits and orders: lookback, code owners, orders without visits, non-converting visitors") {
    // Channels: 0 = a, 1 = b, 2 = c, 3 = d. Times in days (86,400 s).
    const auto day = [](double d) { return static_cast<std::int64_t>(d * 86400); };
    std::vector<Touch> touches{
        {1, day(0), 0}, {1, day(10), 1}, {1, day(45), 2},  // user 1: a and b are 50 and 40 days before the order
        {1, day(52), 3},                                   // after the order: a journey without an order
        {2, day(1), 0},                                    // user 2: a, then an order with b's code
        {3, day(5), 2}, {3, day(6), 1},                    // user 3: never orders
    };
    std::vector<Order> orders{
        {1, day(50), 80.0, std::nullopt},
        {2, day(2), 40.0, 1u},
        {2, day(3), 30.0, std::nullopt},      // no visit since the last order, no code: not attributed
        {std::nullopt, day(4), 25.0, 1u},     // no user: b's code alone
        {std::nullopt, std::nullopt, 10.0, std::nullopt},  // nothing to go on
    };
    JourneyStats stats;
    const std::vector<Journey> journeys = build_journeys(touches, orders, 30, stats);
    CHECK(stats.touches == 7);
    CHECK(stats.orders == 5);
    CHECK(stats.touches_outside_lookback == 2);
    CHECK(stats.touches_used == 5);
    CHECK(stats.orders_with_touches == 2);
    CHECK(stats.orders_by_code_only == 1);
    CHECK(stats.orders_unattributed == 2);
    CHECK(stats.value_unattributed == 40.0);
    CHECK(stats.code_redemptions == 2);
    CHECK(stats.null_journeys == 2);
    // Converting journeys: [c] (5 days), [a, b-code] (1 day, 0), [b-code]; without orders:
    // user 1's [d], user 3's [c, b].
    std::vector<std::vector<std::uint32_t>> converting, not_converting;
    for (const auto& j : journeys) (j.conversions > 0 ? converting : not_converting).push_back(j.channels);
    CHECK(converting == std::vector<std::vector<std::uint32_t>>{{2}, {0, 1}, {1}});
    CHECK(not_converting == std::vector<std::vector<std::uint32_t>>{{3}, {2, 1}});
    const Journey& first = *std::find_if(journeys.begin(), journeys.end(), [](const Journey& j) { return j.value == 80.0; });
    REQUIRE(first.ages_days.size() == 1);
    CHECK(first.ages_days[0] == doctest::Approx(5.0));
    const Journey& coded = *std::find_if(journeys.begin(), journeys.end(), [](const Journey& j) { return j.value == 40.0; });
    CHECK(coded.ages_days == std::vector<float>{1.0f, 0.0f});

    // A longer lookback reaches b (40 days) but not a (50 days).
    JourneyStats longer;
    const auto with_b = build_journeys(touches, orders, 45, longer);
    CHECK(longer.touches_outside_lookback == 1);
    CHECK(std::any_of(with_b.begin(), with_b.end(), [](const Journey& j) {
        return j.value == 80.0 && j.channels == std::vector<std::uint32_t>{1, 2};
    }));
}

TEST_CASE("time decay by days on timed journeys") {
    // Touches 14, 7 and 0 days before the order with a half-life of 7 days weigh 1/4, 1/2, 1.
    Journey j;
    j.channels = {0, 1, 2};
    j.ages_days = {14, 7, 0};
    j.conversions = 1;
    j.value = 70;
    const AttributionResult r = attribute({"a", "b", "c"}, {j});
    CHECK(credit_of(r, "time_decay", "a") == doctest::Approx(0.25 / 1.75));
    CHECK(credit_of(r, "time_decay", "b") == doctest::Approx(0.5 / 1.75));
    CHECK(credit_of(r, "time_decay", "c") == doctest::Approx(1.0 / 1.75));
    AttributionSettings slow;
    slow.half_life_days = 14;  // now 1/2, 1/sqrt(2), 1
    const AttributionResult s = attribute({"a", "b", "c"}, {j}, slow);
    CHECK(credit_of(s, "time_decay", "a") == doctest::Approx(0.5 / (1.5 + std::sqrt(0.5))));
}

TEST_CASE("attribution settings: validated, and round-trip through JSON") {
    AttributionSettings s;
    CHECK(s.apply(nlohmann::ordered_json::parse(R"({"lookback_days": 14, "markov_order": 2, "position_based": [0.3, 0.4, 0.3], "time_decay_half_life_days": 3})")));
    CHECK(s.lookback_days == 14);
    CHECK(s.markov_order == 2);
    CHECK(s.first_share == doctest::Approx(0.3));
    CHECK(s.half_life_days == 3);
    CHECK(s.to_json().dump() == R"({"lookback_days":14.0,"time_decay_half_life_days":3.0,"time_decay_half_life_steps":7.0,"position_based":[0.3,0.4,0.3],"markov_order":2})");
    for (const char* bad : {R"({"markov_order": 4})", R"({"lookback_days": 0})", R"({"position_based": [0.5, 0.5, 0.5]})",
                            R"({"lookback": 7})", R"({"time_decay_half_life_days": "7"})", "[1]"}) {
        CAPTURE(bad);
        AttributionSettings t = s;
        const Status status = t.apply(nlohmann::ordered_json::parse(bad));
        CHECK_FALSE(status);
        CHECK_FALSE(status.message().empty());
        CHECK(t.lookback_days == 14);  // unchanged
    }
}

TEST_CASE("creators' returns: CPA, ROAS and ROI from each model's credit") {
    // One journey a > b with 4 conversions worth 300; b's costs 100 + 50.
    const AttributionResult r = attribute({"a", "b"}, {Journey{{0, 1}, 4, 300, 0}});
    CreatorReturn b;
    b.handle = "b";
    b.fee = 100;
    b.product_cost = 50;
    CreatorReturn nobody;
    nobody.handle = "z";
    nobody.fee = 10;
    const auto returns = creator_returns(r, {b, nobody}, {"a", "b"});
    REQUIRE(returns.size() == 2);
    CHECK(returns[0].cost == 150);
    const auto& last = returns[0].models.at("last_touch");
    CHECK(last.conversions == 4);
    CHECK(*last.cpa == doctest::Approx(37.5));
    CHECK(*last.roas == doctest::Approx(2.0));
    CHECK(*last.roi == doctest::Approx(1.0));
    const auto& first = returns[0].models.at("first_touch");
    CHECK_FALSE(first.cpa.has_value());  // no conversions: no cost per acquisition
    CHECK(*first.roi == doctest::Approx(-1.0));
    CHECK(returns[0].models.at("linear").cpa == doctest::Approx(75.0));
    CHECK_FALSE(returns[1].channel.has_value());
    CHECK(*returns[1].models.at("markov").roas == 0.0);
}

TEST_CASE("the sample campaign: journeys, codes, costs and settings through the engine") {
    const fs::path sample = fs::path(CREATORSCOPE_SOURCE_DIR) / "assets/sample";
    const auto load = [&](Engine& engine, const char* name) {
        REQUIRE(engine.begin_file(name));
        REQUIRE(engine.feed(creatorscope::testing::read_file(sample / name)));
        REQUIRE(engine.finish_file());
    };
    Engine engine;
    for (const char* name : {"touchpoints.csv", "conversions.csv", "codes.csv", "costs.csv"}) load(engine, name);
    auto report = nlohmann::json::parse(engine.report_json());
    const auto& a = report["attribution"];
    REQUIRE(a.is_object());
    // Every order is counted once: with visits, by a creator's code alone, or not attributed.
    const auto& j = a["journeys"];
    CHECK(j["orders"] == 305);
    CHECK(j["orders_with_visits"].get<int>() + j["orders_by_code_only"].get<int>() + j["orders_unattributed"].get<int>() == 305);
    CHECK(j["orders_by_code_only"] == 9);
    CHECK(j["unknown_codes"][0]["code"] == "WELCOME5");
    // The attributed conversions and value are what the orders hold, less the unattributed ones;
    // each model hands out exactly that.
    double order_value = 0;
    {
        std::istringstream lines(creatorscope::testing::read_file(sample / "conversions.csv"));
        std::string line;
        std::getline(lines, line);
        while (std::getline(lines, line)) {
            std::vector<std::string> fields;
            std::stringstream split(line);
            for (std::string f; std::getline(split, f, ',');) fields.push_back(f);
            order_value += std::stod(fields[3]);
        }
    }
    CHECK(a["conversions"].get<double>() == doctest::Approx(305 - j["orders_unattributed"].get<double>()));
    CHECK(a["value"].get<double>() == doctest::Approx(order_value - j["value_unattributed"].get<double>()));
    for (const auto& [model, credits] : a["models"].items()) {
        CAPTURE(model);
        double sum = 0, value = 0;
        for (const auto& c : credits) {
            sum += c["conversions"].get<double>();
            value += c["value"].get<double>();
        }
        CHECK(sum == doctest::Approx(a["conversions"].get<double>()));
        CHECK(value == doctest::Approx(a["value"].get<double>()).epsilon(1e-6));
    }
    // All six campaign creators have costs, CPA, ROAS and ROI; each figure follows from the others.
    REQUIRE(a["creators"].size() == 6);
    for (const auto& c : a["creators"]) {
        CAPTURE(c["handle"]);
        CHECK(c["cost"].get<double>() == doctest::Approx(c["fee"].get<double>() + c["product_cost"].get<double>()));
        for (const auto& [model, f] : c["models"].items()) {
            REQUIRE(f["conversions"].get<double>() > 0);
            CHECK(f["cpa"].get<double>() == doctest::Approx(c["cost"].get<double>() / f["conversions"].get<double>()));
            CHECK(f["roas"].get<double>() == doctest::Approx(f["value"].get<double>() / c["cost"].get<double>()).epsilon(1e-5));
            CHECK(f["roi"].get<double>() == doctest::Approx(f["roas"].get<double>() - 1).epsilon(1e-5));
        }
    }
    // A three-day lookback leaves visits out; settings show in the report.
    REQUIRE(creatorscope::testing::set_attribution_text(engine, R"({"lookback_days": 3, "markov_order": 2})"));
    report = nlohmann::json::parse(engine.report_json());
    CHECK(report["attribution"]["settings"]["lookback_days"] == 3.0);
    CHECK(report["attribution"]["settings"]["markov_order"] == 2);
    CHECK(report["attribution"]["journeys"]["visits_outside_lookback"].get<int>() > 0);
    CHECK_FALSE(creatorscope::testing::set_attribution_text(engine, R"({"markov_order": 9})"));
    // A brief's settings apply under the caller's.
    REQUIRE(creatorscope::testing::set_attribution_text(engine, ""));
    REQUIRE(engine.begin_file("brief.json"));
    REQUIRE(engine.feed(R"({"name": "t", "attribution": {"lookback_days": 7, "markov_order": 3}})"));
    REQUIRE(engine.finish_file());
    report = nlohmann::json::parse(engine.report_json());
    CHECK(report["attribution"]["settings"]["lookback_days"] == 7.0);
    REQUIRE(creatorscope::testing::set_attribution_text(engine, R"({"lookback_days": 10})"));
    report = nlohmann::json::parse(engine.report_json());
    CHECK(report["attribution"]["settings"]["lookback_days"] == 10.0);
    CHECK(report["attribution"]["settings"]["markov_order"] == 3);
}

TEST_CASE("the engine's settings as JSON, and back (a workspace's settings)") {
    Engine engine;
    REQUIRE(creatorscope::testing::set_tiers_text(engine, "five-band"));
    REQUIRE(creatorscope::testing::set_as_of_text(engine, "2026-06-30"));
    REQUIRE(creatorscope::testing::set_thresholds_text(engine, R"({"inactive_days": 45})"));
    REQUIRE(creatorscope::testing::set_attribution_text(engine, R"({"lookback_days": 14})"));
    const auto saved = engine.settings_json();
    CHECK(saved.dump() == R"({"tier_scheme":"five-band","as_of":"2026-06-30","thresholds":{"inactive_days":45},"attribution":{"lookback_days":14},"shortlist":[],"plan_locks":[],"owners":{"codes":{},"links":{}},"pipeline":[],"outreach":{"language":"en","sender":"","brand":"","product":"","timeline":"","usage_rights":"","edited":{}}})");
    Engine other;
    REQUIRE(other.apply_settings_json(saved));
    CHECK(other.settings_json() == saved);
    CHECK(other.tier_scheme().name() == "five-band");
    // Defaults written out read back as defaults; a wrong value is refused.
    Engine plain;
    const auto defaults = plain.settings_json();
    CHECK(defaults.dump() == R"({"tier_scheme":"guide","as_of":null,"thresholds":null,"attribution":null,"shortlist":[],"plan_locks":[],"owners":{"codes":{},"links":{}},"pipeline":[],"outreach":{"language":"en","sender":"","brand":"","product":"","timeline":"","usage_rights":"","edited":{}}})");
    REQUIRE(other.apply_settings_json(defaults));
    CHECK(other.settings_json() == defaults);
    CHECK_FALSE(other.apply_settings_json(nlohmann::ordered_json::parse(R"({"tier_scheme": "no-such-scheme"})")));
}
