// Term matching for captions and bios: an Aho-Corasick automaton over lowered bytes.
#include "creatorscope/keywords.hpp"

#include <algorithm>
#include <queue>

#include "creatorscope/text.hpp"

namespace creatorscope {


void KeywordMatcher::add(std::string term, std::string category) {
    term = lower_ascii(trim(term));
    if (term.empty()) return;
    for (const auto& existing : terms_) {
        if (existing.text == term) return;
    }
    terms_.push_back({std::move(term), std::move(category)});
}

std::shared_ptr<const KeywordMatcher> KeywordMatcher::build(const std::vector<const nlohmann::ordered_json*>& briefs) {
    auto matcher = std::make_shared<KeywordMatcher>();
    const auto builtin = nlohmann::json::parse(builtin_brand_safety_text(), nullptr, false);
    if (builtin.is_object() && builtin.contains("categories")) {
        for (const auto& category : builtin["categories"]) {
            for (const auto& term : category["terms"]) matcher->add(term.get<std::string>(), category["name"].get<std::string>());
        }
    }
    const auto add_list = [&](const nlohmann::ordered_json& list, const std::string& category) {
        if (!list.is_array()) return;
        for (const auto& term : list) {
            if (term.is_string()) matcher->add(term.get<std::string>(), category);
        }
    };
    for (const auto* brief : briefs) {
        if (brief == nullptr || !brief->is_object()) continue;
        if (brief->contains("blocklist")) add_list((*brief)["blocklist"], "brief blocklist");
        if (brief->contains("keywords")) add_list((*brief)["keywords"], "brief keyword");
        if (brief->contains("niches")) add_list((*brief)["niches"], "brief niche");
    }
    matcher->compile();
    return matcher;
}

void KeywordMatcher::compile() {
    fingerprint_.clear();
    for (const auto& term : terms_) fingerprint_ += term.category + ':' + term.text + '\n';
    next_.assign(256, -1);
    fail_.assign(1, 0);
    ends_.assign(1, {});
    depth_.assign(1, 0);
    for (std::uint32_t t = 0; t < terms_.size(); ++t) {
        std::int32_t node = 0;
        for (char c : terms_[t].text) {
            const auto b = static_cast<unsigned char>(c);
            if (next_[static_cast<std::size_t>(node) * 256 + b] < 0) {
                next_[static_cast<std::size_t>(node) * 256 + b] = static_cast<std::int32_t>(fail_.size());
                next_.resize(next_.size() + 256, -1);
                fail_.push_back(0);
                ends_.emplace_back();
                depth_.push_back(depth_[static_cast<std::size_t>(node)] + 1);
            }
            node = next_[static_cast<std::size_t>(node) * 256 + b];
        }
        ends_[static_cast<std::size_t>(node)].push_back(t);
    }
    // Breadth-first: failure links, and missing transitions filled in (a full automaton).
    output_.assign(fail_.size(), -1);
    std::queue<std::int32_t> queue;
    for (int b = 0; b < 256; ++b) {
        std::int32_t& child = next_[static_cast<std::size_t>(b)];
        if (child < 0) {
            child = 0;
        } else {
            fail_[static_cast<std::size_t>(child)] = 0;
            queue.push(child);
        }
    }
    while (!queue.empty()) {
        const std::int32_t node = queue.front();
        queue.pop();
        const std::int32_t f = fail_[static_cast<std::size_t>(node)];
        output_[static_cast<std::size_t>(node)] = !ends_[static_cast<std::size_t>(f)].empty() ? f : output_[static_cast<std::size_t>(f)];
        for (int b = 0; b < 256; ++b) {
            std::int32_t& child = next_[static_cast<std::size_t>(node) * 256 + static_cast<std::size_t>(b)];
            const std::int32_t via_fail = next_[static_cast<std::size_t>(f) * 256 + static_cast<std::size_t>(b)];
            if (child < 0) {
                child = via_fail;
            } else {
                fail_[static_cast<std::size_t>(child)] = via_fail;
                queue.push(child);
            }
        }
    }
}

std::string KeywordMatcher::find(std::string_view text) const {
    if (terms_.empty()) return {};
    std::vector<bool> found;
    std::int32_t node = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        node = next_[static_cast<std::size_t>(node) * 256 + static_cast<unsigned char>(lower_ascii_char(text[i]))];
        for (std::int32_t out = ends_[static_cast<std::size_t>(node)].empty() ? output_[static_cast<std::size_t>(node)] : node; out > 0;
             out = output_[static_cast<std::size_t>(out)]) {
            for (std::uint32_t t : ends_[static_cast<std::size_t>(out)]) {
                // Whole words only: "bet" does not match inside "alphabet".
                const std::size_t length = terms_[t].text.size();
                const std::size_t start = i + 1 - length;
                const bool starts_word = start == 0 || !is_word_byte(text[start - 1]) || !is_word_byte(text[start]);
                const bool ends_word = i + 1 >= text.size() || !is_word_byte(text[i + 1]) || !is_word_byte(text[i]);
                if (starts_word && ends_word) {
                    if (found.empty()) found.assign(terms_.size(), false);
                    found[t] = true;
                }
            }
        }
    }
    std::string hits;
    for (std::size_t t = 0; t < found.size(); ++t) {
        if (!found[t]) continue;
        if (!hits.empty()) hits += " | ";
        hits += terms_[t].category + ": " + terms_[t].text;
    }
    return hits;
}

}  // namespace creatorscope
