// Tier schemes as data.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/tiers.hpp"

using namespace creatorscope;

TEST_CASE("the guide scheme's boundaries") {
    const auto guide = TierScheme::builtin("guide");
    REQUIRE(guide);
    CHECK(guide->tier_for(0, "instagram") == "emerging");
    CHECK(guide->tier_for(999, "instagram") == "emerging");
    CHECK(guide->tier_for(1000, "instagram") == "nano");
    CHECK(guide->tier_for(4999, "tiktok") == "nano");
    CHECK(guide->tier_for(5000, "tiktok") == "micro");
    CHECK(guide->tier_for(99999, "youtube") == "micro");
    CHECK(guide->tier_for(100000, "youtube") == "macro");
    CHECK(guide->tier_for(1000000, "youtube") == "celebrity");
    CHECK_FALSE(guide->tier_for(std::nan(""), "youtube"));
}

TEST_CASE("the five-band scheme leaves accounts under 1,000 unranked") {
    const auto five = TierScheme::builtin("five-band");
    REQUIRE(five);
    CHECK_FALSE(five->tier_for(999, ""));
    CHECK(five->tier_for(10000, "") == "micro");
    CHECK(five->tier_for(50000, "") == "mid");
    CHECK(five->tier_for(500000, "") == "macro");
    CHECK(five->tier_for(2000000, "") == "mega");
}

TEST_CASE("per-platform overrides and bad schemes") {
    TierScheme scheme;
    REQUIRE(TierScheme::parse(R"({"name":"x","tiers":[{"name":"small","min_followers":0},{"name":"big","min_followers":100}],
        "platforms":{"YouTube":[{"name":"small","min_followers":0},{"name":"big","min_followers":1000}]}})",
                              scheme));
    CHECK(scheme.tier_for(500, "instagram") == "big");
    CHECK(scheme.tier_for(500, "youtube") == "small");
    CHECK_FALSE(TierScheme::parse("{\"name\":\"x\"}", scheme));
    CHECK_FALSE(TierScheme::parse("not json", scheme));
    CHECK(TierScheme::parse(R"({"name":"x","tiers":[{"name":"a"}]})", scheme).message().find("min_followers") !=
          std::string::npos);
}
