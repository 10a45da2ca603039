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

bool is_space_or_mark(char c) { return !is_word_byte(c) || (static_cast<unsigned char>(c) >= 0x80); }

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

// Only hashtags, mentions, emoji (bytes outside ASCII), spaces and punctuation after `end`.
bool closes_text(std::string_view text, std::size_t end) {
    std::size_t i = end;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '#' || c == '@') {  // a tag or a mention: skip its word
            ++i;
            while (i < text.size() && is_word_byte(text[i])) ++i;
            continue;
        }
        if (!is_space_or_mark(c)) return false;
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
        use.why = rule.value("why", "");
        if (!use.term.empty()) out.push_back(std::move(use));
    }
    return out;
}

bool benign_here(const BenignUse& rule, std::string_view text, std::size_t start, std::size_t end) {
    if (rule.at_end && closes_text(text, end)) return true;
    const std::vector<std::string> before = words_of(text.substr(0, start));
    const std::vector<std::string> following = words_of(text.substr(std::min(end, text.size())));
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
