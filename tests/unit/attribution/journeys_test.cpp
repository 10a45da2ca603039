// Journeys built from tracked visits and orders (build_journeys): the lookback window, a new
// journey after each order, the redeemed code's owner as last touch, unattributed orders, the
// journeys that did not convert, more users and visits than one piece of work (ties in input
// order); and reading channel paths (parse_path).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "attribution/attribution.hpp"

using namespace creatorscope;

namespace {
constexpr std::int64_t day = 86'400;
constexpr std::int64_t t0 = 1'750'000'000;  // some time in 2025
Order order(std::optional<std::uint32_t> user, std::optional<std::int64_t> time, double value,
            std::optional<std::uint32_t> code = std::nullopt) {
    Order o;
    o.user = user;
    o.time = time;
    o.value = value;
    o.code_channel = code;
    return o;
}
using Channels = std::vector<std::uint32_t>;
struct Rng {  // splitmix64
    std::uint64_t state;
    std::uint32_t below(std::uint32_t n) {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<std::uint32_t>((z ^ (z >> 31)) % n);
    }
};
}  // namespace

TEST_CASE("journeys: touches older than the lookback are left out and counted") {
    JourneyStats stats;
    // User 1: visits 40, 20 and 1 day before the order (channels 0, 1, 2); lookback 30 days.
    const std::vector<Touch> touches{{1, t0 - 40 * day, 0}, {1, t0 - 20 * day, 1}, {1, t0 - day, 2}};
    const auto journeys = build_journeys(touches, {order(1u, t0, 50)}, 30, stats);
    REQUIRE(journeys.size() == 1);
    CHECK(journeys[0].channels == Channels{1, 2});
    CHECK(journeys[0].conversions == 1);
    CHECK(journeys[0].value == 50);
    CHECK(journeys[0].nulls == 0);
    REQUIRE(journeys[0].ages_days.size() == 2);
    CHECK(journeys[0].ages_days[0] == doctest::Approx(20));
    CHECK(journeys[0].ages_days[1] == doctest::Approx(1));
    CHECK(stats.touches == 3);
    CHECK(stats.touches_used == 2);
    CHECK(stats.touches_outside_lookback == 1);
    CHECK(stats.orders == 1);
    CHECK(stats.orders_with_touches == 1);
    CHECK(stats.orders_unattributed == 0);
    CHECK(stats.null_journeys == 0);

    // A touch exactly at the lookback's edge counts; one second older does not.
    JourneyStats edge;
    const auto at_edge = build_journeys({{1, t0 - 30 * day, 0}, {1, t0 - 30 * day - 1, 1}}, {order(1u, t0, 1)}, 30, edge);
    REQUIRE(at_edge.size() == 1);
    CHECK(at_edge[0].channels == Channels{0});
    CHECK(edge.touches_outside_lookback == 1);

    // With a longer lookback every visit is in.
    JourneyStats longer;
    const auto all = build_journeys(touches, {order(1u, t0, 50)}, 60, longer);
    REQUIRE(all.size() == 1);
    CHECK(all[0].channels == Channels{0, 1, 2});
}

TEST_CASE("journeys: visits after a user's previous order start a new journey; visits are sorted by time") {
    JourneyStats stats;
    // Given out of order on purpose: the builder sorts by user and time.
    const std::vector<Touch> touches{{7, t0 + 5 * day, 2}, {7, t0 - 2 * day, 0}, {7, t0 + 3 * day, 1}, {7, t0 - day, 1}};
    const std::vector<Order> orders{order(7u, t0 + 6 * day, 30), order(7u, t0, 20)};
    const auto journeys = build_journeys(touches, orders, 30, stats);
    REQUIRE(journeys.size() == 2);
    CHECK(journeys[0].channels == Channels{0, 1});  // before the first order
    CHECK(journeys[0].value == 20);
    CHECK(journeys[1].channels == Channels{1, 2});  // between the first and the second
    CHECK(journeys[1].value == 30);
    CHECK(stats.touches_used == 4);
    CHECK(stats.orders_with_touches == 2);

    // A visit at the very second of the order belongs to it.
    JourneyStats same;
    const auto same_second = build_journeys({{1, t0, 3}}, {order(1u, t0, 5)}, 30, same);
    REQUIRE(same_second.size() == 1);
    CHECK(same_second[0].channels == Channels{3});
    CHECK(same_second[0].ages_days == std::vector<float>{0});

    // A second order with no new visit is not credited to the visits of the first.
    JourneyStats twice;
    const auto repeat = build_journeys({{1, t0 - day, 0}}, {order(1u, t0, 5), order(1u, t0 + day, 8)}, 30, twice);
    REQUIRE(repeat.size() == 1);
    CHECK(repeat[0].value == 5);
    CHECK(twice.orders_unattributed == 1);
    CHECK(twice.value_unattributed == 8);
}

TEST_CASE("journeys: a redeemed code's owner is the last touch") {
    JourneyStats stats;
    const std::vector<Touch> touches{{1, t0 - 2 * day, 0}, {1, t0 - day, 1}};
    const std::vector<Order> orders{order(1u, t0, 40, 5u),             // visits, then the code
                                    order(2u, t0, 25, 5u),             // the code alone
                                    order(std::nullopt, std::nullopt, 10, 6u)};  // no user, no time: the code still counts
    const auto journeys = build_journeys(touches, orders, 30, stats);
    REQUIRE(journeys.size() == 3);
    CHECK(journeys[0].channels == Channels{0, 1, 5});
    REQUIRE(journeys[0].ages_days.size() == 3);
    CHECK(journeys[0].ages_days.back() == 0);  // the code, at the order
    CHECK(journeys[1].channels == Channels{5});
    CHECK(journeys[1].value == 25);
    CHECK(journeys[2].channels == Channels{6});
    CHECK(journeys[2].value == 10);
    CHECK(stats.code_redemptions == 3);
    CHECK(stats.orders_with_touches == 1);
    CHECK(stats.orders_by_code_only == 2);
    CHECK(stats.orders_unattributed == 0);
    CHECK(stats.orders == 3);
}

TEST_CASE("journeys: orders with neither visits nor a code are counted, not attributed") {
    JourneyStats stats;
    const std::vector<Touch> touches{{1, t0 - 90 * day, 0}};  // far outside the lookback
    const std::vector<Order> orders{order(1u, t0, 12.5),                      // only a stale visit
                                    order(2u, t0, 20),                        // a user never seen
                                    order(std::nullopt, t0, 7.5),             // no user
                                    order(3u, std::nullopt, 10)};             // no time
    const auto journeys = build_journeys(touches, orders, 30, stats);
    CHECK(journeys.empty());
    CHECK(stats.orders == 4);
    CHECK(stats.orders_unattributed == 4);
    CHECK(stats.value_unattributed == doctest::Approx(50));
    CHECK(stats.orders_with_touches == 0);
    CHECK(stats.orders_by_code_only == 0);
    CHECK(stats.touches_outside_lookback == 1);
    CHECK(stats.touches_used == 0);
    CHECK(stats.null_journeys == 0);  // the stale visit was before the order: not a journey of its own

    // Stats add up over several calls (the engine calls once, but the counters accumulate).
    const auto more = build_journeys({}, {order(9u, t0, 1)}, 30, stats);
    CHECK(more.empty());
    CHECK(stats.orders == 5);
    CHECK(stats.orders_unattributed == 5);
}

TEST_CASE("journeys: visits that end in no order make one non-converting journey") {
    JourneyStats stats;
    const std::vector<Touch> touches{
        {4, t0 - 50 * day, 0},  // more than 30 days before the user's last visit: left out
        {4, t0 - 10 * day, 1},
        {4, t0, 2},
        {5, t0 - day, 3},      // user 5 ordered after this visit...
        {5, t0 + day, 1},      // ...and then came back without ordering
    };
    const auto journeys = build_journeys(touches, {order(5u, t0, 9)}, 30, stats);
    REQUIRE(journeys.size() == 3);
    CHECK(journeys[0].channels == Channels{1, 2});  // user 4: no order at all
    CHECK(journeys[0].conversions == 0);
    CHECK(journeys[0].value == 0);
    CHECK(journeys[0].nulls == 1);
    REQUIRE(journeys[0].ages_days.size() == 2);
    CHECK(journeys[0].ages_days[0] == doctest::Approx(10));  // to the last visit
    CHECK(journeys[0].ages_days[1] == 0);
    CHECK(journeys[1].channels == Channels{3});  // user 5's order
    CHECK(journeys[1].conversions == 1);
    CHECK(journeys[2].channels == Channels{1});  // user 5's later visit
    CHECK(journeys[2].nulls == 1);
    CHECK(stats.null_journeys == 2);
    CHECK(stats.touches == 5);
    CHECK(stats.touches_used == 4);
    CHECK(stats.touches_outside_lookback == 0);  // counted only before orders

    // No visits and no orders: nothing.
    JourneyStats none;
    CHECK(build_journeys({}, {}, 30, none).empty());
    CHECK(none.touches == 0);
    CHECK(none.orders == 0);
}

TEST_CASE("journeys: users are kept apart whatever their order in the input") {
    JourneyStats stats;
    const std::vector<Touch> touches{{3, t0 - day, 2}, {1, t0 - day, 0}, {2, t0 - day, 1}, {1, t0 - 2 * day, 3}};
    const std::vector<Order> orders{order(3u, t0, 3), order(1u, t0, 1), order(2u, t0, 2)};
    const auto journeys = build_journeys(touches, orders, 30, stats);
    REQUIRE(journeys.size() == 3);
    double total = 0;
    for (const auto& j : journeys) {
        total += j.value;
        if (j.value == 1) {
            CHECK(j.channels == Channels{3, 0});
        }
        if (j.value == 2) {
            CHECK(j.channels == Channels{1});
        }
        if (j.value == 3) {
            CHECK(j.channels == Channels{2});
        }
    }
    CHECK(total == 6);
    CHECK(stats.orders_with_touches == 3);
    CHECK(stats.null_journeys == 0);
}

TEST_CASE("journeys: more users than one piece of the work takes, each once, in user order") {
    // 10,000 users (the builder takes 4,096 at a time), given newest first: two visits each,
    // an order for the even ones; the odd ones' visits make a journey that did not convert.
    std::vector<Touch> touches;
    std::vector<Order> orders;
    for (std::uint32_t u = 10'000; u-- > 0;) {
        touches.push_back({u, t0 - day, 3});
        touches.push_back({u, t0 - 2 * day, u % 3});
        if (u % 2 == 0) orders.push_back(order(u, t0, u));
    }
    JourneyStats stats;
    const auto journeys = build_journeys(touches, orders, 30, stats);
    REQUIRE(journeys.size() == 10'000);
    std::size_t unexpected = 0;  // journeys not as user u's should be
    for (std::uint32_t u = 0; u < 10'000; ++u) {
        const Journey& j = journeys[u];
        const bool ordered = u % 2 == 0;
        if (j.channels != Channels{u % 3, 3} || j.conversions != (ordered ? 1 : 0) || j.value != (ordered ? u : 0) ||
            j.nulls != (ordered ? 0 : 1)) {
            ++unexpected;
        }
    }
    CHECK(unexpected == 0);
    CHECK(stats.touches_used == 20'000);
    CHECK(stats.orders_with_touches == 5'000);
    CHECK(stats.null_journeys == 5'000);
}

TEST_CASE("journeys: visits at the same second keep their input order, however many there are") {
    // 40,000 visits of 10 users at two times: each journey's channels are the user's visits in
    // time order, ties in input order, as a stable sort gives them.
    Rng rng{3};
    std::vector<Touch> touches;
    for (std::uint32_t k = 0; k < 40'000; ++k) touches.push_back({rng.below(10), t0 - (1 + rng.below(2)) * day, k});
    std::vector<Order> orders;
    for (std::uint32_t u = 0; u < 10; ++u) orders.push_back(order(u, t0, 1));
    std::vector<Touch> sorted = touches;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Touch& a, const Touch& b) { return a.user != b.user ? a.user < b.user : a.time < b.time; });
    JourneyStats stats;
    const auto journeys = build_journeys(touches, orders, 30, stats);
    REQUIRE(journeys.size() == 10);
    for (std::uint32_t u = 0; u < 10; ++u) {
        Channels expected;
        for (const Touch& t : sorted) {
            if (t.user == u) expected.push_back(t.channel);
        }
        CHECK(journeys[u].channels == expected);
    }
}

TEST_CASE("parse_path reads 'a > b > c', adding new channel names") {
    std::vector<std::string> channels;
    CHECK(parse_path("a > b >  c", channels) == Channels{0, 1, 2});
    CHECK(channels == std::vector<std::string>{"a", "b", "c"});
    // Known names keep their index; a repeated channel is a repeated step.
    CHECK(parse_path("c > a > a > d", channels) == Channels{2, 0, 0, 3});
    CHECK(channels == std::vector<std::string>{"a", "b", "c", "d"});
    // Empty steps and white space around the separators are dropped.
    CHECK(parse_path(" > b >> > e > ", channels) == Channels{1, 4});
    CHECK(channels.size() == 5);
    CHECK(parse_path("", channels).empty());
    CHECK(parse_path(" >  > ", channels).empty());
    CHECK(channels.size() == 5);
    // Names are kept as written (inside): case and inner spaces matter.
    CHECK(parse_path("Paid Search > A", channels) == Channels{5, 6});
    CHECK(channels[5] == "Paid Search");
    CHECK(channels[6] == "A");
    CHECK(parse_path("single", channels) == Channels{7});
}

TEST_CASE("parse_path through an index finds the names the scan finds") {
    // 5,000 paths over 3,000 names: the same indexes and the same names in the same order.
    Rng rng{11};
    std::vector<std::string> scanned, indexed;
    std::unordered_map<std::string, std::uint32_t> index;
    int differ = 0;  // paths read differently
    for (int k = 0; k < 5000; ++k) {
        std::string path;
        for (std::uint32_t step = 0, steps = rng.below(6); step < steps; ++step) {
            path += (step > 0 ? " > " : "") + std::string("channel ").append(std::to_string(rng.below(3000)));
        }
        if (parse_path(path, indexed, index) != parse_path(path, scanned)) ++differ;
    }
    CHECK(differ == 0);
    CHECK(indexed == scanned);
    CHECK(index.size() == indexed.size());
}
