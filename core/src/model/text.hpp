// Small text helpers shared by the readers: trimming, case folding, the normal forms of
// column names, handles and platform names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/format.hpp"

namespace creatorscope {

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

// Shortens text to at most max_bytes without cutting a UTF-8 sequence in half.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace creatorscope
