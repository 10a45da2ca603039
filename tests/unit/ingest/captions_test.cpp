// Captions reduced to what the analyses need: hashtags and sponsorship markers.
#include <doctest/doctest.h>

#include "ingest/keywords.hpp"

using namespace creatorscope;

TEST_CASE("hashtags are lowered, listed once, in order") {
    const auto facts = read_caption("Thrift haul! #Thrift #SlowFashion #thrift #caf\xC3\xA9_life end#not");
    CHECK(facts.hashtags == "#thrift #slowfashion #caf\xC3\xA9_life");  // "end#not" is no tag
    CHECK_FALSE(facts.sponsored);
}

TEST_CASE("sponsorship markers: tags and phrases in several languages") {
    CHECK(read_caption("Loving this serum #AD").sponsored);
    CHECK(read_caption("Loving this serum #AD").marker == "#ad");
    CHECK(read_caption("new drop #sponsored #fit").sponsored);
    CHECK(read_caption("Werbung | #anzeige").sponsored);
    CHECK(read_caption("Paid partnership with Glow").sponsored);
    CHECK(read_caption("in collaboration with @brand").marker == "in collaboration with");
    CHECK(read_caption("en colaboraci\xC3\xB3n con @marca").sponsored);
    CHECK_FALSE(read_caption("my #adventure in Paris, a partial view").sponsored);  // #adventure is not #ad
    CHECK_FALSE(read_caption("").sponsored);
}

TEST_CASE("full-width hash signs start hashtags too") {
    CHECK(read_caption("\xEF\xBC\x83" "Travel now").hashtags == "#travel");
}

TEST_CASE("at most twelve hashtags are kept") {
    std::string caption;
    for (int i = 0; i < 20; ++i) caption += " #t" + std::to_string(i);
    const auto facts = read_caption(caption);
    CHECK(facts.hashtags.rfind("#t11") != std::string::npos);
    CHECK(facts.hashtags.find("#t12") == std::string::npos);
}

TEST_CASE("a sponsorship tag past the twelfth still marks the post; repeats do not use up the twelve") {
    std::string caption;
    for (int i = 0; i < 14; ++i) caption += " #t" + std::to_string(i);
    const auto facts = read_caption(caption + " #Werbung");
    CHECK(facts.sponsored);
    CHECK(facts.marker == "#werbung");
    CHECK(facts.hashtags.find("#werbung") == std::string::npos);
    const auto repeated = read_caption("#a1 #A1 #a1 #a2 #a3 #a4 #a5 #a6 #a7 #a8 #a9 #a10 #a11 #a12 #a13");
    CHECK(repeated.hashtags == "#a1 #a2 #a3 #a4 #a5 #a6 #a7 #a8 #a9 #a10 #a11 #a12");
}
