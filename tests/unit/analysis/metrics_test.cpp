// Growth, cadence, peer percentiles and the reference and EMV tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "analysis/join.hpp"
#include "ingest/dates.hpp"
#include "analysis/metrics.hpp"

using namespace creatorscope;

namespace {
std::int64_t day(const char* iso) { return parse_timestamp(iso).value; }
}  // namespace

TEST_CASE("a history of daily changes is anchored on the current count") {
    // Changes +10, +20, -5 on three days; the count today (the last day) is 1,000.
    const auto history = prepare_history({{day("2026-01-03"), not_a_number, -5}, {day("2026-01-01"), not_a_number, 10},
                                          {day("2026-01-02"), not_a_number, 20}},
                                         1000);
    REQUIRE(history.size() == 3);
    CHECK(history[2].followers == 1000);  // 01-03
    CHECK(history[1].followers == 1005);  // 01-02: before the -5
    CHECK(history[0].followers == 985);   // 01-01: before the +20
    CHECK(followers_at(history, day("2026-01-02") + 3600) == 1005);
    CHECK(std::isnan(followers_at(history, day("2025-12-31"))));
}

TEST_CASE("growth needs a day 30 days back; a history that ends early is read at its last day") {
    const std::vector<FollowerPoint> history{{day("2026-01-01"), 100, not_a_number}, {day("2026-01-20"), 110, not_a_number}};
    const Growth g = compute_growth(history, day("2026-03-01"));
    CHECK(g.available);
    CHECK(g.followers_now == 110);               // the last day, 2026-01-20
    CHECK(std::isnan(g.change_30d));             // 2025-12-21 is before the history
    CHECK(g.avg_daily_change == doctest::Approx(10.0 / 19.0));
    CHECK(g.note.find("less than 30 days") != std::string::npos);
    CHECK_FALSE(compute_growth(history, day("2025-12-01")).available);
}

TEST_CASE("cadence: no posts, and a silence up to the report date") {
    CHECK(compute_cadence({}, day("2026-03-31")).posts_90d == 0);
    const Cadence c = compute_cadence({day("2026-01-01"), day("2026-01-08")}, day("2026-03-31"));
    CHECK(c.posts_90d == 2);
    CHECK(c.longest_gap_days == doctest::Approx(82.0));  // 2026-01-08 to 2026-03-31
    CHECK(c.days_since_last_post == doctest::Approx(82.0));
    // An export that begins in the window: the time before its first post is no gap (issue 18:
    // "a gap of 90 days" for a creator who posted half a day before the report date).
    const std::int64_t as_of = day("2026-03-31");
    const Cadence recent = compute_cadence({as_of - 86400 / 2}, as_of);
    CHECK(recent.longest_gap_days == doctest::Approx(0.5));
    const Cadence two = compute_cadence({day("2026-03-01"), day("2026-03-30")}, as_of);
    CHECK(two.longest_gap_days == doctest::Approx(29.0));
    // A post before the window is known: the gap from the window's start counts.
    const Cadence known = compute_cadence({day("2025-10-01"), day("2026-03-30")}, as_of);
    CHECK(known.longest_gap_days == doctest::Approx(89.0));
}

TEST_CASE("peer percentiles count ties as half and need a peer") {
    CHECK(std::isnan(peer_percentile({0.02}, 0.02)));
    CHECK(peer_percentile({0.01, 0.02, 0.03}, 0.02) == doctest::Approx(50.0));
    CHECK(peer_percentile({0.02, 0.02, 0.03}, 0.02) == doctest::Approx(25.0));  // one tie: half of 1 of 2 others
    CHECK(peer_percentile({0.01, 0.02, 0.03}, 0.03) == doctest::Approx(100.0));
}

TEST_CASE("the shipped reference and EMV tables") {
    const ReferenceRow* row = ReferenceTable::builtin().find("instagram", "followers", 12000);
    REQUIRE(row != nullptr);
    CHECK(row->average_low == doctest::Approx(0.84));
    CHECK(ReferenceTable::band(*row, 0.0030) == "low");
    CHECK(ReferenceTable::band(*row, 0.0050) == "below average");
    CHECK(ReferenceTable::band(*row, 0.0100) == "average");
    CHECK(ReferenceTable::band(*row, 0.0200) == "above average");
    CHECK(ReferenceTable::band(*row, 0.0300) == "high");
    CHECK(ReferenceTable::builtin().find("instagram", "followers", 999) == nullptr);  // no band under 1k
    CHECK(ReferenceTable::builtin().find("tiktok", "views", 5'000'000) != nullptr);   // open-ended top band
    CHECK(ReferenceTable::builtin().find("tiktok", "followers", 50000) == nullptr);   // TikTok's bands are by views
    const EmvValues* emv = EmvTable::builtin().find("youtube");
    REQUIRE(emv != nullptr);
    CHECK(emv->view == doctest::Approx(0.02));
    CHECK(EmvTable::builtin().currency() == "USD");
    ReferenceTable bad;
    CHECK_FALSE(ReferenceTable::parse(R"({"rows":[{"platform":"instagram"}]})", bad));
}

TEST_CASE("peer percentile by binary search equals the count over the group, ties and missing rates included") {
    std::vector<double> rates;
    std::uint64_t state = 12345;
    for (int i = 0; i < 500; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const auto draw = static_cast<int>((state >> 33) % 60);
        rates.push_back(draw == 0 ? std::numeric_limits<double>::quiet_NaN() : draw / 1000.0);  // many ties
    }
    std::vector<double> sorted;
    for (double rate : rates) {
        if (!std::isnan(rate)) sorted.push_back(rate);
    }
    std::sort(sorted.begin(), sorted.end());
    for (double rate : rates) {
        // The count over the group, as the definition reads.
        double below = 0, equal = 0;
        for (double v : rates) {
            below += v < rate ? 1 : 0;
            equal += v == rate ? 1 : 0;
        }
        const double expected = std::isnan(rate) ? rate : 100.0 * (below + 0.5 * (equal - 1)) / (rates.size() - 1);
        const double fast = peer_percentile_sorted(sorted, rates.size(), rate);
        if (std::isnan(expected)) {
            CHECK(std::isnan(fast));
        } else {
            CHECK(fast == doctest::Approx(expected).epsilon(1e-12));
            CHECK(peer_percentile(rates, rate) == doctest::Approx(expected).epsilon(1e-12));
        }
    }
}

TEST_CASE("benchmarks set in slices, as the page's steps do, equal benchmarks set at once") {
    // 3,000 creators over three platforms, four tiers and both denominators, some without a
    // rate or a tier; rates repeat (ties).
    std::vector<CreatorResult> creators(3000);
    std::uint32_t seed = 20261127;
    const auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 8; };
    const char* platforms[] = {"instagram", "tiktok", "youtube"};
    const char* tiers[] = {"nano", "micro", "macro", "mega"};
    for (auto& c : creators) {
        c.handle = "creator" + std::to_string(next() % 100000);
        c.platform = platforms[next() % 3];
        c.followers = 1000.0 + next() % 2000000;
        if (next() % 10 != 0) c.tier = tiers[next() % 4];
        c.engagement.available = next() % 8 != 0;
        c.engagement.denominator = next() % 2 ? "followers" : "views";
        c.engagement.rate = next() % 12 == 0 ? std::nan("") : static_cast<double>(next() % 400) / 4000.0;
    }
    std::vector<CreatorResult> sliced = creators;
    assign_benchmarks(creators, ReferenceTable::builtin());
    BenchmarkPass pass;
    for (std::size_t at = 0; at < sliced.size(); at += 7) pass.gather(sliced, at, at + 7);
    pass.sort_groups();
    for (std::size_t at = 0; at < sliced.size(); at += 13) pass.assign(sliced, at, at + 13, ReferenceTable::builtin());
    int with_percentile = 0;
    for (std::size_t i = 0; i < creators.size(); ++i) {
        const auto& a = creators[i].benchmark;
        const auto& b = sliced[i].benchmark;
        CHECK(a.peers == b.peers);
        CHECK(((std::isnan(a.percentile) && std::isnan(b.percentile)) || a.percentile == b.percentile));
        CHECK(a.reference == b.reference);
        CHECK(a.band == b.band);
        with_percentile += std::isnan(a.percentile) ? 0 : 1;
    }
    CHECK(with_percentile > 2000);  // the case is not empty
}

TEST_CASE("a rate from too few posts is no peer and gets no rank; roster rates rank among roster rates") {
    // Issue 18: the peers behind a percentile need enough posts each.
    const auto creator = [](const char* handle, const char* source, int posts, double rate) {
        CreatorResult c;
        c.handle = handle;
        c.platform = "instagram";
        c.tier = "micro";
        c.followers = 20000;
        c.engagement.available = true;
        c.engagement.source = source;
        c.engagement.denominator = "followers";
        c.engagement.posts_used = posts;
        c.engagement.rate = rate;
        if (posts < minimum_trustworthy_posts) c.engagement.caveats.push_back("TOO_FEW_POSTS");
        return c;
    };
    std::vector<CreatorResult> creators = {creator("a", "posts", 12, 0.01), creator("b", "posts", 12, 0.02), creator("c", "posts", 12, 0.03),
                                           creator("two.posts", "posts", 2, 0.50), creator("r1", "roster", 0, 0.04),
                                           creator("r2", "roster", 0, 0.05)};
    assign_benchmarks(creators, ReferenceTable::builtin());
    // The 50% rate from two posts does not push the others down: c is still the top of three.
    CHECK(creators[0].benchmark.peers == 3);
    CHECK(creators[0].benchmark.percentile == doctest::Approx(0.0));
    CHECK(creators[2].benchmark.percentile == doctest::Approx(100.0));
    CHECK(std::isnan(creators[3].benchmark.percentile));
    CHECK(describe_peer_rank(creators[3]) == "no rank: a rate from 2 posts, 5 needed to rank it among peers");
    // The roster's figures are compared with each other only.
    CHECK(creators[4].benchmark.peers == 2);
    CHECK(creators[5].benchmark.percentile == doctest::Approx(100.0));
    CHECK(describe_peer_rank(creators[5]) == "percentile 100 among 2 loaded instagram micro creators measured by followers from a roster's figures");
    CHECK(describe_peer_rank(creators[1]) == "percentile 50 among 3 loaded instagram micro creators measured by followers from enough posts");
}
