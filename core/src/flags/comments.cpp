// The comment classes the flags rest on: emoji only, mentions only, generic praise (the phrases
// of assets/flags/generic_comments.json), or ordinary; Unicode-aware.
#include <string>
#include <string_view>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "flags/flags.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

// UTF-8 decoding for the comment classes: the next code point, or U+FFFD for a broken sequence.
std::uint32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char first = byte(at);
    std::size_t length = first < 0x80 ? 1 : (first >> 5) == 0x6 ? 2 : (first >> 4) == 0xE ? 3 : (first >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) {
        ++at;
        return 0xFFFD;
    }
    std::uint32_t cp = length == 1 ? first : length == 2 ? (first & 0x1F) : length == 3 ? (first & 0x0F) : (first & 0x07);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(at + k) & 0x3F);
    at += length;
    return cp;
}

// Pictographs, dingbats, hearts, flags (regional indicators), skin tones, keycaps, and the
// joiners and selectors that bind emoji sequences.
bool is_emoji_part(std::uint32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
           (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           cp == 0x20E3 || cp == 0x00A9 || cp == 0x00AE || cp == 0x2122 || cp == 0x3030 || cp == 0x303D || (cp >= 0xE0020 && cp <= 0xE007F);
}

const std::unordered_set<std::string>& generic_phrases() {
    static const std::unordered_set<std::string> phrases = [] {
        std::unordered_set<std::string> out;
        const auto document = nlohmann::json::parse(builtin_generic_comments_text(), nullptr, false);
        if (document.is_object() && document.contains("phrases")) {
            for (const auto& phrase : document["phrases"]) {
                if (phrase.is_string()) out.insert(phrase.get<std::string>());
            }
        }
        return out;
    }();
    return phrases;
}

}  // namespace

CommentClass classify_comment(std::string_view text) {
    text = trim(text);
    if (text.empty()) return CommentClass::ordinary;
    // Emoji only: every code point is an emoji part, a space or ASCII punctuation, with at
    // least one emoji.
    bool emoji = false, other = false;
    std::string words;  // lowered letters, digits and single spaces, emoji and punctuation dropped
    bool only_mentions = true, any_mention = false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const std::uint32_t cp = next_code_point(text, at);
        if (is_emoji_part(cp)) {
            emoji = true;
            if (!words.empty() && words.back() != ' ') words += ' ';
            continue;
        }
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                other = true;
                words += lower_ascii_char(c);
            } else if (c == '\'' || c == '-' || c == '.') {
                if (!words.empty() && words.back() != ' ') words += ' ';
            } else if (!words.empty() && words.back() != ' ') {
                words += ' ';
            }
            continue;
        }
        if (cp == 0xA0 || cp == 0x2019) {
            if (!words.empty() && words.back() != ' ') words += ' ';
            continue;
        }
        other = true;  // a letter of another script (accents included): kept as written
        words.append(text.substr(start, at - start));
    }
    // Mentions: every word starts with '@'.
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n')) ++at;
        if (at >= text.size()) break;
        std::size_t end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n') ++end;
        if (text[at] == '@' && end - at > 1) {
            any_mention = true;
        } else {
            // A word of emoji or punctuation alone does not stop a comment being mentions only.
            bool has_letter = false;
            for (std::size_t k = at; k < end; ++k) has_letter = has_letter || is_word_byte(text[k]);
            if (has_letter) {
                std::size_t probe = at;
                bool all_emoji = true;
                while (probe < end) {
                    if (!is_emoji_part(next_code_point(text, probe))) all_emoji = false;
                }
                if (!all_emoji) only_mentions = false;
            }
        }
        at = end;
    }
    if (any_mention && only_mentions) return CommentClass::mention_only;
    if (emoji && !other) return CommentClass::emoji_only;
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (!words.empty() && generic_phrases().count(words) > 0) return CommentClass::generic_phrase;
    return CommentClass::ordinary;
}

}  // namespace creatorscope
