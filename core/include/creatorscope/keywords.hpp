// Finding listed terms in captions and bios while files are read, so the text itself need not
// be kept: the brand-safety categories (assets/keywords/brand_safety.json, compiled in) and the
// terms of the campaign brief (its keywords, niches and blocklist). Matching is by whole words,
// ignoring ASCII case, with an Aho-Corasick automaton: one pass over the text, whatever the
// number of terms.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace creatorscope {

class KeywordMatcher {
public:
    struct Term {
        std::string text;      // lowered
        std::string category;  // "gambling", ..., or "brief keyword", "brief blocklist", "brief niche"
    };

    // The built-in brand-safety terms, plus those of any briefs given.
    static std::shared_ptr<const KeywordMatcher> build(const std::vector<const nlohmann::ordered_json*>& briefs);

    // The terms found in text, in the order of the term list, each once, as "category: term"
    // joined by " | " (empty when none).
    std::string find(std::string_view text) const;

    const std::vector<Term>& terms() const { return terms_; }
    // Identifies the term list, so a file read with an older list can be recognised.
    const std::string& fingerprint() const { return fingerprint_; }

private:
    void add(std::string term, std::string category);
    void compile();

    std::vector<Term> terms_;
    std::string fingerprint_;
    // The automaton: per node, 256 transitions; the terms ending at the node (by output links).
    std::vector<std::int32_t> next_;
    std::vector<std::int32_t> fail_;
    std::vector<std::vector<std::uint32_t>> ends_;  // term indexes ending exactly here
    std::vector<std::int32_t> output_;              // the nearest node on the fail chain with ends
    std::vector<std::uint32_t> depth_;
};

// The JSON text of the built-in brand-safety list (generated from assets/keywords at build time).
std::string_view builtin_brand_safety_text();

}  // namespace creatorscope
