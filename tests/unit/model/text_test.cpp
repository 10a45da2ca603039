// Text helpers (model/text.hpp, creatorscope/format.hpp): trimming, ASCII case, column-name and
// handle folding, platform names, figures for people, splitting, and UTF-8-safe prefixes.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/format.hpp"
#include "model/text.hpp"

using namespace creatorscope;

namespace {
std::vector<std::string> pieces(std::string_view text, std::string_view separators) {
    std::vector<std::string> out;
    for (const std::string_view piece : split_trimmed(text, separators)) out.emplace_back(piece);
    return out;
}
}  // namespace

TEST_CASE("trim drops white space and no-break spaces at either end, nothing inside") {
    CHECK(trim("  a b \t") == "a b");
    CHECK(trim("\t\r\n x\n") == "x");
    CHECK(trim("plain") == "plain");
    CHECK(trim("") == "");
    CHECK(trim("   ") == "");
    CHECK(trim("\xC2\xA0" "12,500" "\xC2\xA0") == "12,500");  // U+00A0 from a spreadsheet, both ends
    CHECK(trim(" \xC2\xA0 x \xC2\xA0 ") == "x");               // mixed with spaces
    CHECK(trim("\xC2\xA0") == "");
    CHECK(trim("a\xC2\xA0" "b") == "a\xC2\xA0" "b");           // inside: kept
    // Characters that merely start with C2 or end with A0 are not spaces.
    CHECK(trim("voil\xC3\xA0") == "voil\xC3\xA0");             // "voilà" ends in C3 A0
    CHECK(trim("\xC2\xA9 2025") == "\xC2\xA9 2025");           // "© 2025" starts with C2 A9
    CHECK(trim_edges("  y  ") == "y");
}

TEST_CASE("ASCII case changes leave every other byte alone") {
    CHECK(lower_ascii("Hello WORLD 123") == "hello world 123");
    CHECK(upper_ascii("us") == "US");
    CHECK(upper_ascii("gb-sct") == "GB-SCT");
    CHECK(lower_ascii("\xC3\x89" "COLE") == "\xC3\x89" "cole");          // "ÉCOLE": É stays as it is
    CHECK(upper_ascii("stra\xC3\x9F" "e") == "STRA\xC3\x9F" "E");        // "straße": ß stays as it is
    CHECK(lower_ascii("\xD0\x9C\xD0\xBE\xD1\x81") == "\xD0\x9C\xD0\xBE\xD1\x81");  // Cyrillic untouched
    CHECK(lower_ascii("") == "");
    CHECK(lower_ascii_char('Q') == 'q');
    CHECK(lower_ascii_char('@') == '@');
    CHECK(lower_ascii_char('[') == '[');  // just past 'Z'
    CHECK(is_word_byte('a'));
    CHECK(is_word_byte('_'));
    CHECK(is_word_byte('\xC3'));
    CHECK_FALSE(is_word_byte('-'));
    CHECK_FALSE(is_word_byte(' '));
}

TEST_CASE("equals_ignoring_case and contains_ignoring_case against a lower-case needle") {
    CHECK(equals_ignoring_case("TRUE", "true"));
    CHECK(equals_ignoring_case("Yes", "yes"));
    CHECK(equals_ignoring_case("", ""));
    CHECK_FALSE(equals_ignoring_case("yess", "yes"));
    CHECK_FALSE(equals_ignoring_case("ye", "yes"));
    CHECK_FALSE(equals_ignoring_case("\xC3\x89t\xC3\xA9", "\xC3\xA9t\xC3\xA9"));  // "Été" is not ASCII-folded
    CHECK(contains_ignoring_case("#Ad Paid PARTNERSHIP with Brand", "paid partnership"));
    CHECK(contains_ignoring_case("abc", "abc"));
    CHECK(contains_ignoring_case("xxABC", "abc"));  // at the very end
    CHECK(contains_ignoring_case("anything", ""));
    CHECK(contains_ignoring_case("", ""));
    CHECK_FALSE(contains_ignoring_case("ab", "abc"));
    CHECK_FALSE(contains_ignoring_case("a b c", "abc"));
    CHECK_FALSE(contains_ignoring_case("aab", "abb"));
    CHECK(contains_ignoring_case("aaab", "aab"));  // a partial match before the real one
}

TEST_CASE("fold_column_name keeps lower-case letters and digits, and non-ASCII bytes") {
    CHECK(fold_column_name("Published At") == "publishedat");
    CHECK(fold_column_name("published_at") == "publishedat");
    CHECK(fold_column_name("#Published-at") == "publishedat");
    CHECK(fold_column_name("  Likes (total) ") == "likestotal");
    CHECK(fold_column_name("Top 3 Countries") == "top3countries");
    CHECK(fold_column_name("Publicaci\xC3\xB3n") == "publicaci\xC3\xB3n");
    CHECK(fold_column_name("Abonn\xC3\xA9s") == "abonn\xC3\xA9s");
    CHECK(fold_column_name("%$#") == "");
    CHECK(fold_column_name("") == "");
}

TEST_CASE("normalize_handle: trimmed, one leading '@' dropped, ASCII lowered") {
    CHECK(normalize_handle("@Lena.Andrews") == "lena.andrews");
    CHECK(normalize_handle("  @MarcusK  ") == "marcusk");
    CHECK(normalize_handle("marcusk") == "marcusk");
    CHECK(normalize_handle("@ lena") == "lena");  // the space after '@' goes too
    CHECK(normalize_handle("\xC2\xA0@lena\xC2\xA0") == "lena");
    CHECK(normalize_handle("@@double") == "@double");  // only one '@'
    CHECK(normalize_handle("lena@brand") == "lena@brand");  // an '@' inside is part of it
    CHECK(normalize_handle("Jos\xC3\x89") == "jos\xC3\x89");  // non-ASCII bytes unchanged
    CHECK(normalize_handle("@") == "");
    CHECK(normalize_handle("") == "");
    CHECK(normalize_handle("@Lena") == normalize_handle("lena"));
}

TEST_CASE("normalize_platform: known names and abbreviations, others folded and kept") {
    CHECK(normalize_platform("Instagram") == "instagram");
    CHECK(normalize_platform("IG") == "instagram");
    CHECK(normalize_platform("insta") == "instagram");
    CHECK(normalize_platform("Instagram Reels") == "instagram");
    CHECK(normalize_platform("TikTok") == "tiktok");
    CHECK(normalize_platform("Tik-Tok") == "tiktok");
    CHECK(normalize_platform("tt") == "tiktok");
    CHECK(normalize_platform("YouTube Shorts") == "youtube");
    CHECK(normalize_platform("YT") == "youtube");
    CHECK(normalize_platform("FB") == "facebook");
    CHECK(normalize_platform(" Twitch ") == "twitch");
    CHECK(normalize_platform("Snap Chat") == "snapchat");  // unknown: folded, not lost
    CHECK(normalize_platform("") == "");
}

TEST_CASE("format_number: thousands separated, decimals as asked, negatives") {
    CHECK(format_number(0) == "0");
    CHECK(format_number(999) == "999");
    CHECK(format_number(1000) == "1,000");
    CHECK(format_number(12345) == "12,345");
    CHECK(format_number(1234567) == "1,234,567");
    CHECK(format_number(-36) == "-36");
    CHECK(format_number(-123) == "-123");  // no separator after the sign
    CHECK(format_number(-1234) == "-1,234");
    CHECK(format_number(-123456) == "-123,456");
    CHECK(format_number(1234.5, 1) == "1,234.5");
    CHECK(format_number(1234567.891, 2) == "1,234,567.89");
    CHECK(format_number(-9876.54321, 3) == "-9,876.543");
    CHECK(format_number(0.25, 2) == "0.25");
    CHECK(format_number(1499.6) == "1,500");  // rounded, then separated
    CHECK(format_number(1e12) == "1,000,000,000,000");
}

TEST_CASE("format_compact: millions with two decimals, tens of thousands with one, '-' for NaN") {
    CHECK(format_compact(1'500'000) == "1.50M");
    CHECK(format_compact(13'800'000) == "13.80M");
    CHECK(format_compact(999'999) == "1.00M");  // not "1000.0k"
    CHECK(format_compact(999'949) == "999.9k");
    CHECK(format_compact(1'000'000) == "1.00M");
    CHECK(format_compact(185'900) == "185.9k");
    CHECK(format_compact(12'345) == "12.3k");
    CHECK(format_compact(10'000) == "10.0k");
    CHECK(format_compact(9'999.4) == "9,999");
    CHECK(format_compact(940) == "940");
    CHECK(format_compact(940.6) == "941");
    CHECK(format_compact(0) == "0");
    CHECK(format_compact(-2'500'000) == "-2.50M");
    CHECK(format_compact(-45'000) == "-45.0k");
    CHECK(format_compact(-12) == "-12");
    CHECK(format_compact(std::numeric_limits<double>::quiet_NaN()) == "-");
}

TEST_CASE("split_trimmed: pieces between any separator, trimmed, empty ones left out") {
    CHECK(pieces("a > b >  c", ">") == std::vector<std::string>{"a", "b", "c"});
    CHECK(pieces("LENA10, FREESHIP;  summer ", ",;") == std::vector<std::string>{"LENA10", "FREESHIP", "summer"});
    CHECK(pieces(" , a,,b , ", ",") == std::vector<std::string>{"a", "b"});
    CHECK(pieces("single", ",") == std::vector<std::string>{"single"});
    CHECK(pieces("", ",").empty());
    CHECK(pieces(",,,", ",").empty());
    CHECK(pieces("a>b", "").size() == 1);  // no separators: the whole text
    CHECK(pieces("x\xC2\xA0>\xC2\xA0y", ">") == std::vector<std::string>{"x", "y"});
}

TEST_CASE("utf8_prefix never cuts a multi-byte character") {
    CHECK(utf8_prefix("hello", 10) == "hello");
    CHECK(utf8_prefix("hello", 5) == "hello");
    CHECK(utf8_prefix("hello", 3) == "hel");
    CHECK(utf8_prefix("hello", 0) == "");
    const std::string_view cafe = "caf\xC3\xA9!";  // "café!": é is two bytes
    CHECK(utf8_prefix(cafe, 4) == "caf");          // would cut é in half: stops before it
    CHECK(utf8_prefix(cafe, 5) == "caf\xC3\xA9");
    const std::string_view euro = "\xE2\x82\xAC" "uro";  // "€uro": € is three bytes
    CHECK(utf8_prefix(euro, 1) == "");
    CHECK(utf8_prefix(euro, 2) == "");
    CHECK(utf8_prefix(euro, 3) == "\xE2\x82\xAC");
    const std::string_view emoji = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80";  // two four-byte characters
    CHECK(utf8_prefix(emoji, 7) == "\xF0\x9F\x98\x80");
    CHECK(utf8_prefix(emoji, 4) == "\xF0\x9F\x98\x80");
    CHECK(utf8_prefix(emoji, 3) == "");
    // Every prefix of a mixed text ends on a character boundary.
    const std::string_view mixed = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
    std::size_t bad = 0;
    for (std::size_t n = 0; n <= mixed.size(); ++n) {
        const std::string_view prefix = utf8_prefix(mixed, n);
        if (prefix.size() > n) ++bad;
        if (prefix.size() < mixed.size() && (static_cast<unsigned char>(mixed[prefix.size()]) & 0xC0) == 0x80) ++bad;
    }
    CHECK(bad == 0);
}

TEST_CASE("format_date gives the day of a timestamp, also before 1970") {
    CHECK(format_date(0) == "1970-01-01");
    CHECK(format_date(86'399) == "1970-01-01");
    CHECK(format_date(-1) == "1969-12-31");
    CHECK(format_date(951'782'400) == "2000-02-29");
    CHECK(format_date(1'756'339'200 + 50'000) == "2025-08-28");
}
