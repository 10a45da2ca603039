// Finding listed terms in captions and bios while files are read, so the text itself need not
// be kept: the brand-safety categories (assets/keywords/brand_safety.json, compiled in), the
// terms of the campaign brief (its keywords, niches and blocklist) and the phrases that mark a
// post as sponsored ("paid partnership", ...). Matching is by whole words, ignoring ASCII case,
// with an Aho-Corasick automaton: one pass over the text, whatever the number of terms.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/brief.hpp"
#include "ingest/benign_uses.hpp"
#include "ingest/captions.hpp"

namespace creatorscope {

class KeywordMatcher {
public:
    struct Term {
        std::string text;      // lowered
        std::string category;  // "gambling", ..., or "brief keyword", "brief blocklist", "brief niche"
        bool sponsorship = false;  // a sponsorship phrase: marks the post, is not a keyword hit
        int benign = -1;           // its benign use (an index into benign_uses()), or -1
    };

    // The built-in brand-safety terms and sponsorship phrases, plus those of any briefs given.
    static std::shared_ptr<const KeywordMatcher> build(const std::vector<const Brief*>& briefs);
    // The built-in terms alone (built once).
    static const KeywordMatcher& builtin();

    // The terms found in text, in the order of the term list, each once, as "category: term"
    // joined by " | " (empty when none).
    std::string find(std::string_view text) const;

    // The same in one pass without allocating: keyword hits are written to hits (cleared first)
    // when wanted; the first sponsorship phrase found (by list order) is returned, or "".
    std::string_view scan(std::string_view text, std::string* hits) const;

    const std::vector<Term>& terms() const { return terms_; }
    const std::vector<BenignUse>& benign_uses() const { return benign_; }
    // Identifies the term list, so a file read with an older list can be recognised.
    const std::string& fingerprint() const { return fingerprint_; }

private:
    void add(std::string term, std::string category, bool sponsorship = false);
    void compile();

    std::vector<Term> terms_;
    std::vector<BenignUse> benign_;
    std::string fingerprint_;
    // Whether the term found at text[start, end) is one of its benign uses (not a hit).
    bool benign_at(const Term& term, std::string_view text, std::size_t start, std::size_t end) const {
        return term.benign >= 0 && benign_here(benign_[static_cast<std::size_t>(term.benign)], text, start, end);
    }
    // The automaton over byte classes (each byte that occurs in a term has its own class, ASCII
    // case folded; every other byte shares class 0): transitions per node and class; for each
    // node, the first node on its output chain where terms end (or 0).
    std::vector<std::uint8_t> class_of_;
    std::size_t classes_ = 1;
    std::vector<std::uint32_t> next_;
    std::vector<std::uint32_t> report_;
    std::vector<std::uint32_t> output_;             // the next node with ends on the failure chain
    std::vector<std::vector<std::uint32_t>> ends_;  // term indexes ending exactly at the node

    // The fast path, when every term starts with a letter or digit: terms can only begin where a
    // word begins, so only word starts are looked at. A term of 3 bytes or more is found by its
    // first 3 bytes (lowered): a 65,536-bit filter on their hash, then a sorted list of
    // (prefix, term); shorter terms are compared at every word start.
    bool word_starts_only_ = false;
    std::vector<std::uint64_t> prefix_filter_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> prefix_terms_;
    std::vector<std::uint32_t> short_terms_;
    void match_at(std::string_view text, std::size_t start, std::uint32_t term, std::vector<std::uint32_t>* found,
                  std::size_t& sponsorship) const;
};

std::string_view builtin_brand_safety_text();

// A caption's hashtags, and sponsorship phrases in several languages ("paid partnership",
// "anzeige"...) found by the built-in matcher.
CaptionFacts read_caption(std::string_view caption);

}  // namespace creatorscope
