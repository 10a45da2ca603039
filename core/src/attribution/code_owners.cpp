// Suggested owners of unowned discount codes (code_owners.hpp).
#include "attribution/code_owners.hpp"

#include "model/text.hpp"

namespace creatorscope {

namespace {

// Lowercase ASCII letters only: "LENA10" -> "lena", "lena.andrews" -> "lenaandrews".
std::string letters_of(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const char lower = lower_ascii_char(c);
        if (lower >= 'a' && lower <= 'z') out.push_back(lower);
    }
    return out;
}

// The words of a handle or a name: runs of letters ("lena.andrews" -> lena, andrews).
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words(1);
    for (const char c : text) {
        const char lower = lower_ascii_char(c);
        if (lower >= 'a' && lower <= 'z') {
            words.back().push_back(lower);
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

// Why the code's letters point to this creator, or empty when they do not.
std::string fit_of(const std::string& code, std::string_view original, const CodeOwnerCandidate& creator) {
    const std::string handle = letters_of(creator.handle);
    const std::string quoted = std::string(original) + " holds '" + code + "'";
    if (handle.size() >= 4 && handle.rfind(code, 0) == 0) return quoted + ", the start of " + creator.handle;
    if (handle.size() >= 4 && code.find(handle) != std::string::npos) return std::string(original) + " holds " + creator.handle;
    for (const auto& word : words_of(creator.handle)) {
        if (word.size() >= 4 && word == code) return quoted + ", a word of " + creator.handle;
    }
    for (const auto& word : words_of(creator.name)) {
        if (word.size() >= 4 && word == code) return quoted + ", a word of " + creator.handle + "'s name (" + creator.name + ")";
    }
    return "";
}

// The code's letters, else one of its words ("lena_fall_story": lena, fall, story) when it has several.
std::string fit_of_any(const std::string& letters, const std::vector<std::string>& words, std::string_view code, const CodeOwnerCandidate& creator) {
    std::string why = fit_of(letters, code, creator);
    for (std::size_t w = 0; why.empty() && words.size() > 1 && w < words.size(); ++w) {
        if (words[w].size() >= 4) why = fit_of(words[w], code, creator);
    }
    return why;
}

}  // namespace

std::optional<CodeOwnerSuggestion> suggest_code_owner(std::string_view code, const std::vector<CodeOwnerCandidate>& creators) {
    const std::string letters = letters_of(code);
    if (letters.size() < 4) return std::nullopt;
    const std::vector<std::string> words = words_of(code);
    std::optional<CodeOwnerSuggestion> found;
    for (const auto& creator : creators) {
        std::string why = fit_of_any(letters, words, code, creator);
        if (why.empty() || (found && found->handle == creator.handle)) continue;
        if (found) return std::nullopt;  // two creators fit: the user decides
        found = CodeOwnerSuggestion{creator.handle, std::move(why)};
    }
    return found;
}

}  // namespace creatorscope
