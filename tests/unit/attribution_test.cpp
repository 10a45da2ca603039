// Attribution models: the ChannelAttribution toy example, the heuristics against sums computed
// here independently on Data.csv, totals, removal effects, and Shapley's two computations.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "creatorscope/attribution.hpp"
#include "creatorscope/engine.hpp"
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
    REQUIRE_MESSAGE(fs::exists(file), "../shared/realdata is missing beside the repository");
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
