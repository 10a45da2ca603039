// Attribution a piece at a time (ModelRun, AttributionRun): stepped with a budget that is always
// spent, so that each advance does one piece of work, it gives exactly the report (and the very
// same numbers) of one run from start to end, and it takes many steps on inputs with several
// channels.
#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "attribution/attribution.hpp"
#include "attribution/attribution_run.hpp"
#include "attribution/models.hpp"
#include "ingest/input_file.hpp"
#include "model/kinds.hpp"
#include "model/table.hpp"
#include "report/report.hpp"

using namespace creatorscope;

namespace {

// The time budget of a frame that is always spent: every advance stops after one piece.
bool always_out_of_time() { return true; }

struct Rng {  // splitmix64, so that the journeys are the same on every machine
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint32_t below(std::uint64_t n) { return static_cast<std::uint32_t>(next() % n); }
};

// `count` journeys of 1 to 6 touches over `channels` channels, some timed, a third converting.
std::vector<Journey> make_journeys(std::size_t count, std::uint32_t channels, std::uint64_t seed) {
    Rng rng{seed};
    std::vector<Journey> journeys(count);
    for (auto& j : journeys) {
        const std::size_t touches = 1 + rng.below(6);
        for (std::size_t k = 0; k < touches; ++k) j.channels.push_back(rng.below(channels));
        if (rng.below(2) == 0) {
            for (std::size_t k = 0; k < touches; ++k) j.ages_days.push_back(static_cast<float>(touches - 1 - k) * 2.5f);
        }
        if (rng.below(3) == 0) {
            j.conversions = 1;
            j.value = 10 + rng.below(200);
        } else {
            j.nulls = 1 + rng.below(3);
        }
    }
    return journeys;
}

// The report's attribution section, as the report JSON writes it.
std::string report_of(const AttributionResult& result) {
    static const std::vector<std::unique_ptr<InputFile>> no_inputs;
    static const std::vector<CreatorResult> no_creators;
    static const TierScheme tiers = *TierScheme::builtin("guide");
    return write_report_json(ReportView{no_inputs, no_creators, tiers, "", nullptr, &result});
}

// Every figure unrounded (17 significant digits), to show the numbers themselves are the same.
std::string exact_figures(const AttributionResult& result) {
    nlohmann::ordered_json out;
    out["conversions"] = result.conversions;
    out["value"] = result.value;
    for (const auto& [model, credits] : result.credits) {
        for (const auto& c : credits) out[model].push_back({c.channel, c.conversions, c.value, c.share});
    }
    out["removal_effects"] = result.removal_effects;
    for (const auto& creator : result.creators) {
        for (const auto& [model, f] : creator.models) out["creators"][creator.handle][model] = {f.conversions, f.value};
    }
    return out.dump();
}

std::vector<std::string> channel_names(std::size_t n) {
    std::vector<std::string> names;
    for (std::size_t c = 0; c < n; ++c) names.push_back("channel " + std::to_string(c + 1));
    return names;
}

// A CSV read as `kind`, as the engine reads it.
std::unique_ptr<InputFile> read_input(StringPool& pool, const std::string& name, Kind kind, const std::string& text) {
    MappingOverride override;
    override.kind = kind;
    auto file = std::make_unique<InputFile>(name, override, pool);
    file->feed(text);
    file->finish();
    REQUIRE(file->finished());
    REQUIRE(file->kind() == kind);
    return file;
}

// Visits and orders of `users` users over a few sources and three creators (one with a code),
// dated in September 2026; a few visits lack a channel, a few orders a user.
std::vector<std::unique_ptr<InputFile>> visit_inputs(StringPool& pool, std::uint32_t users) {
    Rng rng{42};
    const std::vector<std::string> channels{"google", "Google", "email", "tiktok", "@Lena.Andrews", "marcusleefit", "zoe", ""};
    std::string touches_a = "user_id,timestamp,channel\n", touches_b = touches_a;
    std::string orders = "user_id,timestamp,revenue,currency,discount_code\n";
    for (std::uint32_t u = 0; u < users; ++u) {
        const std::string user = std::string("u").append(std::to_string(u));
        for (std::uint32_t k = 0, visits = rng.below(5); k < visits; ++k) {
            const std::string day = std::to_string(10 + rng.below(18)), hour = std::to_string(10 + rng.below(10));
            (u % 2 == 0 ? touches_a : touches_b) += user + ",2026-09-" + day + "T" + hour + ":00:00Z," + channels[rng.below(channels.size())] + "\n";
        }
        if (rng.below(3) == 0) {
            const char* code = rng.below(4) == 0 ? "LENA10" : rng.below(5) == 0 ? "NOSUCH" : "";
            orders += (rng.below(20) == 0 ? "" : user) + ",2026-09-" + std::to_string(15 + rng.below(14)) + "T20:00:00Z," +
                      std::to_string(20 + rng.below(100)) + "," + (rng.below(10) == 0 ? "EUR" : "USD") + "," + code + "\n";
        }
    }
    std::vector<std::unique_ptr<InputFile>> inputs;
    inputs.push_back(read_input(pool, "paths.csv", Kind::paths, "path,conversions,value,nulls\na > b > google,3,60,4\nb,1,5,9\n"));
    inputs.push_back(read_input(pool, "touchpoints_a.csv", Kind::touchpoints, touches_a));
    inputs.push_back(read_input(pool, "touchpoints_b.csv", Kind::touchpoints, touches_b));
    inputs.push_back(read_input(pool, "conversions.csv", Kind::conversions, orders));
    inputs.push_back(read_input(pool, "codes.csv", Kind::codes, "code,handle\nlena10,lena.andrews\n"));
    inputs.push_back(read_input(pool, "costs.csv", Kind::costs,
                                "handle,fee,product_cost,currency\nlena.andrews,400,20,USD\nzoe,100,0,EUR\nnobody,5,0,USD\nzoe,50,0,EUR\n"));
    return inputs;
}

}  // namespace

TEST_CASE("models a piece at a time: the same report as at once, in many steps") {
    // 12 channels: exact Shapley; 20: its closed form. Every Markov order. 10,000 journeys take
    // more than one slice of journeys per phase.
    for (const std::uint32_t n : {2u, 12u, 20u}) {
        const std::vector<std::string> channels = channel_names(n);
        const std::vector<Journey> journeys = make_journeys(10000, n, 7 + n);
        for (const int order : {1, 2, 3}) {
            CAPTURE(n);
            CAPTURE(order);
            AttributionSettings settings;
            settings.markov_order = order;
            const AttributionResult at_once = attribute(channels, journeys, settings);
            ModelRun run(channels, journeys, settings);
            std::size_t steps = 1;
            while (!run.advance(always_out_of_time)) ++steps;
            const AttributionResult stepped = run.take();
            CHECK(report_of(stepped) == report_of(at_once));
            CHECK(exact_figures(stepped) == exact_figures(at_once));
            CHECK(stepped.notes == at_once.notes);
            CHECK(stepped.markov_states == at_once.markov_states);
            // At least: three slices each of the heuristics, the chain and Shapley, the full
            // solve and one per channel's removal.
            CHECK(steps > 3 * 3 + 1 + n);
        }
    }
}

TEST_CASE("models a piece at a time: no journeys, and journeys with no conversion") {
    const std::vector<std::string> channels = channel_names(3);
    for (const auto& journeys : {std::vector<Journey>{}, std::vector<Journey>{{{0, 1}, 0, 0, 2}, {{2}, 0, 0, 1}}}) {
        const AttributionResult at_once = attribute(channels, journeys);
        ModelRun run(channels, journeys, {});
        while (!run.advance(always_out_of_time)) {
        }
        const AttributionResult stepped = run.take();
        CHECK(report_of(stepped) == report_of(at_once));
        CHECK(stepped.notes == std::vector<std::string>{"the journeys hold no conversions: every model credits zero"});
    }
}

TEST_CASE("attribution over the inputs a piece at a time: the same report as attribute_inputs at once") {
    StringPool pool;
    // 5,000 users: more than one slice of rows in the touchpoints and conversions files, and of
    // users when the journeys are built.
    const auto inputs = visit_inputs(pool, 5000);
    const AttributionSettings settings;
    const std::optional<AttributionResult> at_once = attribute_inputs(inputs, pool, settings);
    REQUIRE(at_once.has_value());
    AttributionRun run(inputs, pool, settings);
    std::size_t steps = 1;
    while (!run.advance(always_out_of_time)) ++steps;
    const std::optional<AttributionResult> stepped = run.take();
    REQUIRE(stepped.has_value());
    CHECK(report_of(*stepped) == report_of(*at_once));
    CHECK(exact_figures(*stepped) == exact_figures(*at_once));
    CHECK(stepped->notes == at_once->notes);
    // What the inputs hold made it through: path rows, visits, orders, a code, the costs.
    CHECK(stepped->journeys.path_rows == 2);
    CHECK(stepped->journeys.touches > 2048);
    CHECK(stepped->journeys.code_redemptions > 0);
    CHECK(stepped->creators.size() == 3);
    CHECK(stepped->credits.at("markov").size() > 5);
    // Rows in slices (paths, codes, touchpoints over two files, orders, costs), the journeys,
    // the models' pieces, the returns.
    CHECK(steps > 20);
}

TEST_CASE("attribution over the inputs a piece at a time: nothing to attribute is no result") {
    StringPool pool;
    std::vector<std::unique_ptr<InputFile>> inputs;
    inputs.push_back(read_input(pool, "costs.csv", Kind::costs, "handle,fee\nzoe,100\n"));
    AttributionRun run(inputs, pool, {});
    CHECK(run.advance(always_out_of_time));  // done at once
    CHECK_FALSE(run.take().has_value());
    CHECK_FALSE(attribute_inputs(inputs, pool, {}).has_value());
}
