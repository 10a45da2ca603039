// Engagement rate: the formula of PRODUCT.md section 3, checked against figures worked by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/engagement.hpp"
#include "ingest/dates.hpp"
#include "ingest/values.hpp"

using namespace creatorscope;

namespace {
const double none = std::nan("");
std::int64_t day(int d) { return days_from_civil(2025, 1, static_cast<unsigned>(d)) * seconds_per_day; }
PostCounts post(const char* id, int d, double likes, double comments, double shares = none, double saves = none,
                double views = none) {
    return PostCounts{id, 0, day(d), likes, comments, shares, saves, views};
}
const std::int64_t end_of_january = day(31) + seconds_per_day - 1;
}  // namespace

TEST_CASE("median and mean over followers, Instagram") {
    // Interactions 110, 220, 330 on 10,000 followers: rates 1.1%, 2.2%, 3.3%, 4.4%, 5.5%.
    std::vector<PostCounts> posts{post("a", 1, 100, 10), post("b", 2, 200, 20), post("c", 3, 300, 30),
                                  post("d", 4, 400, 40), post("e", 5, 500, 50)};
    const auto e = compute_engagement("instagram", 10000, posts, end_of_january, 12);
    REQUIRE(e.available);
    CHECK(e.denominator == "followers");
    CHECK(e.summed == std::vector<std::string>{"likes", "comments"});
    CHECK(e.rate == doctest::Approx(0.033));       // median of five: the third, 330 / 10,000
    CHECK(e.rate_mean == doctest::Approx(0.033));  // (1.1 + 2.2 + 3.3 + 4.4 + 5.5) / 5 = 3.3%
    CHECK(e.posts_used == 5);
    CHECK(e.caveats.empty());
}

TEST_CASE("the window keeps the most recent posts, whatever the input order") {
    // 14 posts, window 12: the two oldest (days 1 and 2, 1,000 likes each) fall outside.
    std::vector<PostCounts> posts;
    for (int d = 14; d >= 3; --d) posts.push_back(post("p", d, 100, 0));
    posts.insert(posts.begin() + 5, post("old1", 1, 1000, 0));
    posts.push_back(post("old2", 2, 1000, 0));
    const auto e = compute_engagement("instagram", 1000, posts, end_of_january, 12);
    CHECK(e.posts_used == 12);
    CHECK(e.rate == doctest::Approx(0.1));  // 100 / 1,000 for every post in the window
}

TEST_CASE("posts after the report date are outside the window") {
    std::vector<PostCounts> posts{post("a", 1, 10, 0), post("b", 20, 990, 0)};
    const auto e = compute_engagement("instagram", 1000, posts, day(10), 12);
    CHECK(e.posts_used == 1);
    CHECK(e.rate == doctest::Approx(0.01));
}

TEST_CASE("hidden likes are left out, not zeroed") {
    // Post b has hidden likes (-1 reads as missing): median of a and c only = (2% + 4%) / 2.
    std::vector<PostCounts> posts{post("a", 1, 20, 0), post("b", 2, none, 5), post("c", 3, 40, 0)};
    const auto e = compute_engagement("instagram", 1000, posts, end_of_january, 12);
    CHECK(e.posts_used == 2);
    REQUIRE(e.skipped.size() == 1);
    CHECK(e.skipped[0].post_id == "b");
    CHECK(e.skipped[0].reason == "likes hidden or missing");
    CHECK(e.rate == doctest::Approx(0.03));
    CHECK(e.caveats == std::vector<std::string>{"TOO_FEW_POSTS"});
}

TEST_CASE("video platforms are measured by views, with shares and saves summed") {
    // (80 + 10 + 5 + 5) / 1,000 views = 10%; (40 + 5 + 3 + 2) / 2,000 = 2.5%. Median 6.25%.
    std::vector<PostCounts> posts{post("a", 1, 80, 10, 5, 5, 1000), post("b", 2, 40, 5, 3, 2, 2000)};
    const auto e = compute_engagement("tiktok", 50000, posts, end_of_january, 30);
    CHECK(e.denominator == "views");
    CHECK(e.summed == std::vector<std::string>{"likes", "comments", "shares", "saves"});
    CHECK(e.rate == doctest::Approx(0.0625));
    CHECK(e.rate_mean == doctest::Approx(0.0625));
}

TEST_CASE("zero views skip the post; zero followers give no figure") {
    std::vector<PostCounts> posts{post("a", 1, 10, 0, none, none, 0), post("b", 2, 10, 0, none, none, 100)};
    const auto by_views = compute_engagement("youtube", 0, posts, end_of_january, 30);
    CHECK(by_views.posts_used == 1);
    CHECK(by_views.skipped[0].reason == "zero views");

    std::vector<PostCounts> photos{post("a", 1, 10, 0)};
    const auto no_followers = compute_engagement("instagram", 0, photos, end_of_january, 12);
    CHECK_FALSE(no_followers.available);
    CHECK(no_followers.note == "the follower count is zero");
}

TEST_CASE("a single post gives a figure with the TOO_FEW_POSTS caveat") {
    const auto e = compute_engagement("instagram", 200, {post("only", 5, 9, 1)}, end_of_january, 12);
    CHECK(e.available);
    CHECK(e.rate == doctest::Approx(0.05));  // 10 / 200
    CHECK(e.caveats == std::vector<std::string>{"TOO_FEW_POSTS"});
}

TEST_CASE("the roster's own figure stands in when no posts are loaded") {
    RosterFigures stated_only;
    stated_only.stated_rate = 0.021;
    const auto stated = engagement_from_roster("instagram", 1000, stated_only);
    CHECK(stated.available);
    CHECK(stated.rate == doctest::Approx(0.021));
    CHECK(stated.source == "roster");
    RosterFigures averages_only;
    averages_only.avg_likes = 30;
    averages_only.avg_comments = 5;
    const auto averages = engagement_from_roster("instagram", 1000, averages_only);
    CHECK(averages.rate == doctest::Approx(0.035));  // (30 + 5) / 1,000
    const auto nothing = engagement_from_roster("instagram", 1000, RosterFigures{});
    CHECK_FALSE(nothing.available);
}
