// Terms found in captions and bios: the brand-safety list and the brief's terms.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "ingest/brief.hpp"
#include "ingest/input_file.hpp"
#include "ingest/keywords.hpp"

using namespace creatorscope;

TEST_CASE("built-in brand-safety terms, as whole words, in any case") {
    const auto matcher = KeywordMatcher::build({});
    CHECK(matcher->find("Tonight: CASINO night with free bets for new users") == "gambling: casino | gambling: free bets");
    CHECK(matcher->find("my alphabet soup recipe") == "");          // "bet" is not a word here, nor a term
    CHECK(matcher->find("vaping is bad, says the doctor") == "tobacco and vaping: vaping");
    CHECK(matcher->find("casinos") == "gambling: casinos");
    CHECK(matcher->find("") == "");
}

TEST_CASE("a brief adds its keywords, niches and blocklist") {
    std::vector<BriefIssue> issues;
    const Brief brief = read_brief(nlohmann::ordered_json::parse(R"({"keywords": ["Thrift", "budget travel"], "blocklist": ["fast fashion"], "niches": ["coffee"]})"),
                                   "brief.json", issues);
    CHECK(issues.empty());
    const auto matcher = KeywordMatcher::build({&brief});
    CHECK(matcher->find("Thrift haul vs fast fashion, with coffee") ==
          "brief blocklist: fast fashion | brief keyword: thrift | brief niche: coffee");
    CHECK(matcher->fingerprint() != KeywordMatcher::build({})->fingerprint());
}

TEST_CASE("posts read before a brief are searched for its terms again from their kept captions, not read again") {
    Engine engine;
    const std::string posts = "handle,platform,post_id,published_at,likes,comments,caption\na,instagram,p1,2025-01-01,10,1,My thrift haul\n";
    std::uint32_t posts_id = 0, brief_id = 0;
    REQUIRE(engine.begin_file("posts.csv"));
    REQUIRE(engine.feed(posts));
    REQUIRE(engine.finish_file(&posts_id));
    const InputInfo* read = engine.input_by_id(posts_id);
    REQUIRE(engine.begin_file("brief.json"));
    REQUIRE(engine.feed(R"({"keywords": ["thrift"]})"));
    REQUIRE(engine.finish_file(&brief_id));
    CHECK(engine.inputs_to_reread().empty());
    CHECK(engine.input_file(0).keyword_hit_rows() == 0);
    while (!engine.step(1000)) {
    }
    CHECK(engine.input_file(0).keyword_hit_rows() == 1);
    CHECK(engine.input_by_id(posts_id) == read);  // the same input: its file was not read again
    CHECK(engine.stage_runs(Stage::terms) >= 1);
}

TEST_CASE("the engine asks by id for posts whose captions it did not keep, and a re-read keeps the id") {
    Engine engine;
    engine.set_kept_text_limit(0);  // keep no caption: a brief's new terms need the file again
    const std::string posts = "handle,platform,post_id,published_at,likes,comments,caption\na,instagram,p1,2025-01-01,10,1,My thrift haul\n";
    std::uint32_t posts_id = 0, brief_id = 0, again = 0;
    REQUIRE(engine.begin_file("posts.csv"));
    REQUIRE(engine.feed(posts));
    REQUIRE(engine.finish_file(&posts_id));
    CHECK(engine.inputs_to_reread().empty());
    REQUIRE(engine.begin_file("brief.json"));
    REQUIRE(engine.feed(R"({"keywords": ["thrift"]})"));
    REQUIRE(engine.finish_file(&brief_id));
    CHECK(brief_id != posts_id);
    REQUIRE(engine.inputs_to_reread() == std::vector<std::uint32_t>{posts_id});
    CHECK(engine.input_file(0).keyword_hit_rows() == 0);
    REQUIRE(engine.begin_reread(posts_id, posts.size()));
    REQUIRE(engine.feed(posts));
    REQUIRE(engine.finish_file(&again));
    CHECK(again == posts_id);
    CHECK(engine.inputs_to_reread().empty());
    CHECK(engine.inputs().size() == 2);
    CHECK(engine.input_file(0).keyword_hit_rows() == 1);
    CHECK(engine.input_by_id(posts_id) == engine.inputs()[0]);
    // Ids stay with their inputs as others go, and are not used again.
    REQUIRE(engine.remove_input(posts_id));
    CHECK(engine.input_by_id(posts_id) == nullptr);
    CHECK(engine.inputs()[0]->id() == brief_id);
    CHECK_FALSE(engine.begin_reread(posts_id, 0));
    std::uint32_t next = 0;
    REQUIRE(engine.begin_file("posts.csv"));
    REQUIRE(engine.feed(posts));
    REQUIRE(engine.finish_file(&next));
    CHECK(next != posts_id);
    CHECK(next != brief_id);
}

TEST_CASE("the word-start search and the automaton find the same terms") {
    // A term that starts with punctuation sends the matcher to its automaton (every byte);
    // otherwise it looks only at word starts. Both must agree on every other term.
    std::vector<BriefIssue> issues;
    const Brief brief = read_brief(nlohmann::ordered_json::parse(R"({"keywords": ["-promo"]})"), "brief.json", issues);
    const auto words = KeywordMatcher::build({});
    const auto automaton = KeywordMatcher::build({&brief});
    const std::vector<std::string> texts{
        "Tonight: CASINO night with free bets", "casinos and Casino.", "#casino", "alphabet bet365 poker", "e-cig vs vape",
        "link in bio 18+ now", "Paid Partnership with X", "in collaboration withX", "sponsored by", "xxx", "ab",
        "über casino ñ", "get rich quick, get rich quickly", "a very long caption that goes on and on about coffee and a jackpot at the end",
        "weed delivery weekly", "thc gummies!", "vodka-tonic", "slot machine slot machines", ""};
    for (const auto& text : texts) {
        CAPTURE(text);
        std::string a, b;
        const auto phrase_a = words->scan(text, &a);
        const auto phrase_b = automaton->scan(text, &b);
        CHECK(a == b);
        CHECK(phrase_a == phrase_b);
    }
    CHECK(automaton->find("a -promo here") == "brief keyword: -promo");
}
