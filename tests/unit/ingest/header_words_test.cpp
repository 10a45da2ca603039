// Headers read word by word in six languages, and magnitudes written as words.
#include <doctest/doctest.h>

#include "ingest/header_words.hpp"
#include "ingest/values.hpp"

using namespace creatorscope;

TEST_CASE("a header's words become the ideas they name, whatever the spelling") {
    const auto ideas = [](std::string_view header) { return ideas_text(header_words(header)); };
    CHECK(ideas("Influencer insta name") == "name, user");
    CHECK(header_words("Influencer insta name").platforms == std::vector<std::string>{"instagram"});
    CHECK(ideas("60_day_eng_rate") == "engagement, rate");
    CHECK(ideas("Me gusta promedio") == "average, likes");
    CHECK(ideas("Likes avg.") == "average, likes");
    CHECK(ideas("avgLikesPerPost") == "average, likes");
    CHECK(ideas("X.followers") == "followers");
    CHECK(ideas("followerCount") == "followers");
    CHECK(ideas("friends_count") == "following");
    CHECK(ideas("Abonnés") == "followers");
    CHECK(ideas("Número de seguidores") == "followers");
    // Words in another inflection than the table's: German adjective endings, plurals, singulars.
    CHECK(ideas("Durchschnittliche Aufrufe") == "average, views");
    CHECK(header_words("Durchschnittliche Aufrufe").unknown == 0);
    CHECK(ideas("Durchschnittlichen Likes") == "average, likes");
    CHECK(ideas("Seguidor") == "followers");
    // "Average" in its other genders and numbers: medias, moyennes, medie.
    CHECK(ideas("Interacciones medias") == "average, engagement");
    CHECK(ideas("Interactions moyennes") == "average, engagement");
    CHECK(ideas("Interazioni medie") == "average, engagement");
    CHECK(ideas("Interações médias") == "average, engagement");
    CHECK(ideas("Kommentaren") == "comments");
    CHECK(header_words("Name").unknown == 0);  // short words are not taken apart
    CHECK(header_words("Tiktoker name").platforms == std::vector<std::string>{"tiktok"});
    // A platform's name in camel case is one word, not "tik tok" or "you tube".
    CHECK(header_words("TikTok followers").platforms == std::vector<std::string>{"tiktok"});
    CHECK(header_words("YouTube channel").platforms == std::vector<std::string>{"youtube"});
    CHECK(header_words("YouTube channel").unknown == 0);
    // Ideas of their own keep a header from reading as a plainer one.
    CHECK(ideas("followers growth") == "change, followers");
    CHECK(ideas("influence_score") == "score");
    CHECK(header_words("influence_score").unknown == 1);
    CHECK(ideas("category_2") == "category");
}

TEST_CASE("figures with magnitudes in words, as lists in other languages write them") {
    CHECK(parse_count("35 mil", NumberLocale::dot_decimal).value == 35000);
    CHECK(parse_count("1,2 M", NumberLocale::dot_decimal).value == 1200000);
    CHECK(parse_count("2 Mio.", NumberLocale::dot_decimal).value == 2000000);
    CHECK(parse_count("1,5 mln", NumberLocale::dot_decimal).value == 1500000);
    CHECK(parse_count("3 Mrd.", NumberLocale::dot_decimal).value == 3e9);
    CHECK(parse_count("13.8M", NumberLocale::dot_decimal).value == 13800000);
    CHECK_FALSE(parse_count("mil", NumberLocale::dot_decimal).has_value());
    CHECK_FALSE(parse_count("12 apples", NumberLocale::dot_decimal).has_value());
}
