// Engagement from a roster's own figures: the platform's basis, the stated rate checked against
// the averages, and a mean that is not a copy of the figure.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/engagement.hpp"

using namespace creatorscope;

TEST_CASE("TikTok and YouTube rosters with average views are measured by views, as their posts would be") {
    RosterFigures tiktok;
    tiktok.avg_likes = 2.1e6;
    tiktok.avg_comments = 9.5e3;
    tiktok.avg_views = 11.9e6;
    const Engagement e = engagement_from_roster("tiktok", 64.5e6, tiktok);
    CHECK(e.available);
    CHECK(e.denominator == "views");
    CHECK(e.rate == doctest::Approx((2.1e6 + 9.5e3) / 11.9e6));
    CHECK_FALSE(e.per_post_statistics);
    double by_followers = std::nan(""), by_views = std::nan("");
    roster_rates(64.5e6, tiktok, by_followers, by_views);
    CHECK(by_followers == doctest::Approx((2.1e6 + 9.5e3) / 64.5e6));
    CHECK(by_views == doctest::Approx(e.rate));
    // Instagram stays by followers even with average views.
    const Engagement instagram = engagement_from_roster("instagram", 64.5e6, tiktok);
    CHECK(instagram.denominator == "followers");
    CHECK(instagram.rate == doctest::Approx(by_followers));
    // No average views: by followers, and the note says so.
    tiktok.avg_views = std::nan("");
    CHECK(engagement_from_roster("tiktok", 64.5e6, tiktok).denominator == "followers");
}

TEST_CASE("a stated rate more than 3 times from the averages gives way to them, and both are shown") {
    RosterFigures list;
    list.stated_rate = 0.0002;  // a 60-day figure for an account that did not post then
    list.avg_likes = 8.7e6;
    const Engagement e = engagement_from_roster("instagram", 475.8e6, list);
    CHECK(e.rate == doctest::Approx(8.7e6 / 475.8e6));
    CHECK(e.stated_rate == doctest::Approx(0.0002));
    CHECK(e.note.find("states 0.02%") != std::string::npos);
    CHECK(e.note.find("1.83%") != std::string::npos);
    // Within 3 times: the list's own figure stands.
    list.stated_rate = 0.015;
    const Engagement agreed = engagement_from_roster("instagram", 475.8e6, list);
    CHECK(agreed.rate == doctest::Approx(0.015));
    CHECK(std::isnan(agreed.stated_rate));
    // Only a stated rate: used as it is.
    RosterFigures stated_only;
    stated_only.stated_rate = 0.031;
    CHECK(engagement_from_roster("instagram", 1000, stated_only).rate == doctest::Approx(0.031));
}

TEST_CASE("average interactions given as one figure, and nothing at all") {
    RosterFigures one_figure;
    one_figure.avg_engagement = 637e3;
    const Engagement e = engagement_from_roster("instagram", 48.5e6, one_figure);
    CHECK(e.available);
    CHECK(e.summed == std::vector<std::string>{"avg_engagement"});
    CHECK(e.rate == doctest::Approx(637e3 / 48.5e6));
    const Engagement none = engagement_from_roster("instagram", 48.5e6, RosterFigures{});
    CHECK_FALSE(none.available);
    CHECK(none.note == "no posts loaded for this creator");
}
