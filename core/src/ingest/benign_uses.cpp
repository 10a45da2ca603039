// Benign uses of brand-safety terms (benign_uses.hpp).
#include "ingest/benign_uses.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "model/text.hpp"

namespace creatorscope {

namespace {

std::vector<std::string> lowered_list(const nlohmann::json& rule, const char* key) {
    std::vector<std::string> out;
    if (!rule.contains(key) || !rule[key].is_array()) return out;
    for (const auto& item : rule[key]) {
        if (item.is_string()) out.push_back(lower_ascii(trim(item.get<std::string>())));
    }
    return out;
}

// The length of the emoji or symbol (a pictograph, a heart, a joiner or a variation selector)
// that starts at text[i], or 0 when it is not one: letters of any script are not (issue 18's
// review: "xxx" followed by Cyrillic or CJK words is no sign-off). The 18+ sign is not either.
std::size_t emoji_at(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    if (byte(0) == 0xF0 && byte(1) == 0x9F) {  // U+1F000 to U+1FFFF: pictographs
        if (byte(2) == 0x94 && byte(3) == 0x9E) return 0;  // U+1F51E, no one under eighteen
        return 4;
    }
    if (byte(0) == 0xE2 && (byte(1) >= 0x98 && byte(1) <= 0x9E)) return 3;  // U+2600 to U+27BF: symbols, hearts
    if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0x8D) return 3;    // zero-width joiner
    if (byte(0) == 0xEF && byte(1) == 0xB8 && byte(2) == 0x8F) return 3;    // variation selector 16
    return 0;
}

bool is_space_or_punctuation(char c) { return static_cast<unsigned char>(c) < 0x80 && !is_word_byte(c); }

// The words (ASCII letters and digits, lowered) of text[from, to), in order.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (is_word_byte(c) && static_cast<unsigned char>(c) < 0x80) {
            word += lower_ascii_char(c);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// Only hashtags, mentions, emoji, spaces and punctuation after `end`.
bool closes_text(std::string_view text, std::size_t end) {
    std::size_t i = end;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '#' || c == '@') {  // a tag or a mention: skip its word
            ++i;
            while (i < text.size() && is_word_byte(text[i]) && emoji_at(text, i) == 0) ++i;
            continue;
        }
        if (const std::size_t n = emoji_at(text, i); n > 0) {
            i += n;
            continue;
        }
        if (!is_space_or_punctuation(c)) return false;
        ++i;
    }
    return true;
}

}  // namespace

std::vector<BenignUse> parse_benign_uses(const nlohmann::json& category) {
    std::vector<BenignUse> out;
    if (!category.contains("benign") || !category["benign"].is_array()) return out;
    for (const auto& rule : category["benign"]) {
        if (!rule.is_object() || !rule.contains("term") || !rule["term"].is_string()) continue;
        BenignUse use;
        use.term = lower_ascii(trim(rule["term"].get<std::string>()));
        use.at_end = rule.value("at_end", false);
        use.near = lowered_list(rule, "near");
        use.followed_by = lowered_list(rule, "followed_by");
        use.after = lowered_list(rule, "after");
        use.never_before = lowered_list(rule, "never_before");
        use.why = rule.value("why", "");
        if (!use.term.empty()) out.push_back(std::move(use));
    }
    return out;
}

bool benign_here(const BenignUse& rule, std::string_view text, std::size_t start, std::size_t end) {
    if (start > 0 && text[start - 1] == '#') return false;  // a hashtag (#xxx) is the term itself, never a benign use
    const std::vector<std::string> following = words_of(text.substr(std::min(end, text.size())));
    if (!following.empty() &&
        std::find(rule.never_before.begin(), rule.never_before.end(), following.front()) != rule.never_before.end()) {
        return false;  // "xxx video", "xxx content": the harmful use, whatever else is near
    }
    if (rule.at_end && closes_text(text, end)) return true;
    const std::vector<std::string> before = words_of(text.substr(0, start));
    if (!rule.followed_by.empty() && !following.empty() &&
        std::find(rule.followed_by.begin(), rule.followed_by.end(), following.front()) != rule.followed_by.end()) {
        return true;
    }
    for (const auto& word : rule.near) {
        const auto in = [&](const std::vector<std::string>& words, bool from_end) {
            for (std::size_t k = 0; k < std::min<std::size_t>(3, words.size()); ++k) {
                if (words[from_end ? words.size() - 1 - k : k] == word) return true;
            }
            return false;
        };
        if (in(before, true) || in(following, false)) return true;
    }
    for (const auto& phrase : rule.after) {
        const std::vector<std::string> wanted = words_of(phrase);
        if (wanted.empty() || wanted.size() > before.size()) continue;
        if (std::equal(wanted.begin(), wanted.end(), before.end() - static_cast<std::ptrdiff_t>(wanted.size()))) return true;
    }
    return false;
}

}  // namespace creatorscope
