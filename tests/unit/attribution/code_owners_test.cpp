// Suggested owners for discount codes no codes file names.
#include <doctest/doctest.h>

#include "attribution/code_owners.hpp"

using namespace creatorscope;

TEST_CASE("a code holding one creator's handle or name is suggested to them; none when none or two fit") {
    const std::vector<CodeOwnerCandidate> roster = {
        {"lena.andrews", "Lena Andrews"}, {"marcusleefit", "Marcus Lee"}, {"diegobrews", "Diego Ramos"}, {"lena.k", "Lena Kim"}};
    const auto owner = [&roster](std::string_view code) {
        const auto s = suggest_code_owner(code, roster);
        return s ? s->handle : std::string();
    };
    CHECK(owner("MARCUS15") == "marcusleefit");   // the start of the handle
    CHECK(owner("DIEGOBREWS20") == "diegobrews");  // the whole handle
    CHECK(owner("ANDREWS10") == "lena.andrews");   // a word of the handle
    CHECK(owner("RAMOS") == "diegobrews");         // a word of the name
    CHECK(owner("LENA10").empty());                // lena.andrews and lena.k both start so
    CHECK(owner("WELCOME5").empty());              // nobody's
    CHECK(owner("LEE5").empty());                  // too short to tell (3 letters)
    const auto why = suggest_code_owner("MARCUS15", roster);
    REQUIRE(why);
    CHECK(why->why == "MARCUS15 holds 'marcus', the start of marcusleefit");
}

TEST_CASE("a tracking value of several words is suggested by one of its words") {
    const std::vector<CodeOwnerCandidate> roster = {{"lena.andrews", "Lena Andrews"}, {"marcusleefit", "Marcus Lee"}};
    const auto story = suggest_code_owner("lena_fall_story", roster);
    REQUIRE(story);
    CHECK(story->handle == "lena.andrews");
    CHECK(story->why == "lena_fall_story holds 'lena', the start of lena.andrews");
    const auto campaign = suggest_code_owner("fall-2026-marcus", roster);
    REQUIRE(campaign);
    CHECK(campaign->handle == "marcusleefit");
    CHECK_FALSE(suggest_code_owner("google_cpc", roster).has_value());
    CHECK_FALSE(suggest_code_owner("lena-marcus", roster).has_value());  // two fit: the user decides
}
