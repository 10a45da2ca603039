// Brand safety's precision per category (issue 18): a hand-labelled set of captions written by
// the team in the shapes real captions take (the harmful uses of "xxx" after a review: as a
// hashtag, before "video" or "content", before Cyrillic words or the 18+ sign), each labelled harmful (a hit is right) or harmless
// (a hit is a false alarm: kisses, pasta, an expression), and the one caption of the realdata
// posts (Kim et al. 2020, 486 captions) that any listed term matched, labelled by hand.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>

#include "ingest/keywords.hpp"
#include "test_files.hpp"

using namespace creatorscope;

namespace {
struct Labelled {
    const char* caption;
    const char* category;  // the category the caption is about
    bool harmful;          // a hit is right
};

// category -> {hits, right hits, harmful captions, harmful captions hit}
struct Tally {
    int hits = 0, right = 0, harmful = 0, found = 0;
};

void tally(std::map<std::string, Tally>& by, const Labelled& l) {
    const std::string hits = KeywordMatcher::builtin().find(l.caption);
    const bool hit = hits.find(std::string(l.category) + ": ") != std::string::npos;
    Tally& t = by[l.category];
    t.hits += hit;
    t.right += hit && l.harmful;
    t.harmful += l.harmful;
    t.found += hit && l.harmful;
    INFO(std::string(l.caption) << " -> " << hits);
    CHECK(hit == l.harmful);
}
}  // namespace

TEST_CASE("brand safety: each category's precision and recall on hand-labelled captions") {
    const Labelled captions[] = {
        {"Game night at the casino with the crew, first round on me #vegas", "gambling", true},
        {"Use my code for FREE BETS on the big match this weekend", "gambling", true},
        {"Poker night: who's in? Texas hold'em till 3am", "gambling", true},
        {"My poker face when the barista spells my name right", "gambling", false},
        {"Hit the jackpot with this thrift find, 4 euros!", "gambling", false},
        {"Spin to win the JACKPOT, link in bio, 18+ only", "gambling", true},
        {"Vodka shots before the club, who's coming", "alcohol", true},
        {"Penne alla vodka in 20 minutes, recipe below", "alcohol", false},
        {"The creamiest vodka sauce you will ever make", "alcohol", false},
        {"Tequila tasting with the distillery team", "alcohol", true},
        {"New vape flavours just dropped, mango ice", "tobacco and vaping", true},
        {"Quit vaping for 100 days and my lungs thank me", "tobacco and vaping", true},
        {"Spicy content on my OnlyFans, link in bio", "adult content", true},
        {"NSFW shoot behind the scenes, subscribers only", "adult content", true},
        {"Missed you all so much, see you next week xxx", "adult content", false},
        {"Love you mum xxx happy birthday", "adult content", false},
        {"Thanks for 10k!! xxx 💕 #grateful", "adult content", false},
        {"XXX rated videos, DM me", "adult content", true},
        {"hot content tonight #xxx #18plus", "adult content", true},
        {"Don't miss my new xxx video", "adult content", true},
        {"You'll love my xxx content, link below", "adult content", true},
        {"xxx \xd0\xbf\xd0\xbe\xd1\x80\xd0\xbd\xd0\xbe", "adult content", true},
        {"subscribe for more xxx \xf0\x9f\x94\x9e", "adult content", true},
        {"Good night all xxx \xe2\x9d\xa4\xef\xb8\x8f\xf0\x9f\x98\x98 #sleepy", "adult content", false},
        {"Ammunition sale this weekend only at the range", "arms and ammunition", true},
        {"Crypto giveaway: send 1 ETH, get 2 back, guaranteed returns", "financial scams", true},
        {"Forex signals group, join now, double your money", "financial scams", true},
    };
    std::map<std::string, Tally> by;
    for (const auto& l : captions) tally(by, l);
    for (const auto& [category, t] : by) {
        MESSAGE(category << ": precision " << (t.hits ? static_cast<double>(t.right) / t.hits : 1.0) << " (" << t.right << " of " << t.hits
                         << " hits), recall " << (t.harmful ? static_cast<double>(t.found) / t.harmful : 1.0) << " (" << t.found << " of "
                         << t.harmful << ")");
        CHECK(t.right == t.hits);     // precision 1 on this set
        CHECK(t.found == t.harmful);  // and every harmful caption found
    }
}

TEST_CASE("brand safety on the realdata captions: the one term matched is kisses, not adult content") {
    REALDATA_OR_SKIP();
    const auto csv = creatorscope::testing::read_file(creatorscope::testing::realdata_dir() /
                                                      "kim2020-instagram-influencers/post_table_extended_Bea3006.csv");
    // Bq4NyjWgNKB: "... to watching you endlessly apply sunscreen on overcast days xxx #35mm #padua"
    const auto at = csv.find("overcast days xxx");
    REQUIRE(at != std::string::npos);
    const std::string caption = csv.substr(csv.rfind('\n', at) + 1, csv.find('\n', at) - csv.rfind('\n', at) - 1);
    CHECK(KeywordMatcher::builtin().find(caption).empty());
}

TEST_CASE("a brief that blocklists a built-in term makes it its own: the blocklist's category and no benign use") {
    Brief brief;
    brief.blocklist = {"xxx"};
    const auto matcher = KeywordMatcher::build({&brief});
    CHECK(matcher->find("See you soon xxx") == "brief blocklist: xxx");
    CHECK(KeywordMatcher::builtin().find("See you soon xxx").empty());
}
