// Small text helpers shared by the readers: trimming, case folding, the normal forms of
// column names, handles and platform names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

// Without white space (and no-break spaces) at either end. Inline: most cells have none.
std::string_view trim_edges(std::string_view text);
inline std::string_view trim(std::string_view text) {
    if (text.empty()) return text;
    const auto first = static_cast<unsigned char>(text.front()), last = static_cast<unsigned char>(text.back());
    if (first > ' ' && first != 0xC2 && last > ' ' && last != 0xA0) return text;
    return trim_edges(text);
}
std::string lower_ascii(std::string_view text);
std::string upper_ascii(std::string_view text);  // country codes: "us" and "US" alike

// One byte in ASCII lower case (other bytes unchanged). Inline: the readers call it per byte.
constexpr char lower_ascii_char(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// A byte of a word, hashtag or handle: ASCII letters and digits, '_', and any byte of a
// non-ASCII character (accented letters, scripts other than Latin).
constexpr bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Whether text equals, or contains, `lowered` (given in lower case), ignoring ASCII case,
// without copying. equals_ignoring_case is inline: the reader calls it on every yes/no cell.
inline bool equals_ignoring_case(std::string_view text, std::string_view lowered) {
    if (text.size() != lowered.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower_ascii_char(text[i]) != lowered[i]) return false;
    }
    return true;
}
bool contains_ignoring_case(std::string_view text, std::string_view lowered);

// Folds a column header for synonym look-up: ASCII letters lowered, everything that is not a
// letter or digit dropped ("Published At", "published_at" and "#Published-at" all fold to
// "publishedat"). Non-ASCII bytes are kept, so "Publicación" folds to "publicación".
std::string fold_column_name(std::string_view header);

// A creator handle in its comparable form: trimmed, without a leading '@', ASCII lowered.
std::string normalize_handle(std::string_view handle);

// A platform name in its canonical form ("instagram", "tiktok", "youtube", ...); names it does
// not know are folded and kept, so nothing is lost.
std::string normalize_platform(std::string_view platform);

// A number for people: "12,345", "-36", "1,234.5" (decimals as asked, thousands separated).
std::string format_number(double value, int decimals = 0);
// Axis labels: "1.50M", "185.9k", "940"; "-" for a missing value.
std::string format_compact(double value);
// The pieces of `text` between any of `separators`, trimmed, empty ones left out
// ("a > b >  c" by ">" gives a, b, c).
std::vector<std::string_view> split_trimmed(std::string_view text, std::string_view separators);

// Shortens text to at most max_bytes without cutting a UTF-8 sequence in half.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace creatorscope
