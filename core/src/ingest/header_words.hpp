// A header read word by word: "Influencer insta name", "60_day_eng_rate", "Me gusta promedio",
// "X.followers" and "followerCount" become the ideas they name (user + name, engagement + rate,
// likes + average, followers), in English, Spanish, French, German, Portuguese and Italian.
// Two headers mean the same when their ideas do, whatever the words, their order or the
// qualifiers around them (a platform's name, "of", a period such as "60 day").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

struct HeaderWords {
    std::vector<std::string> ideas;      // sorted, each once: "average", "likes"
    std::vector<std::string> platforms;  // platforms the header names: "tiktok" for "Tiktoker name"
    int unknown = 0;                     // words that are none of the known ones
    bool empty() const { return ideas.empty(); }
};

// The ideas of a header as written in a file.
HeaderWords header_words(std::string_view header);

// The ideas of a folded synonym from the kinds table ("avglikes": average + likes), by splitting
// it into known words; unknown > 0 when it cannot be split.
HeaderWords synonym_words(std::string_view folded);

// The words as read, for the reason shown ("likes, average").
std::string ideas_text(const HeaderWords& words);

// The letters and digits of a text, lowercased, Latin accents off ("Côte d'Ivoire" ->
// "cotedivoire"); other scripts' letters kept as they are.
std::string fold_letters(std::string_view text);

}  // namespace creatorscope
