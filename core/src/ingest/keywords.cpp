// Term matching for captions and bios: an Aho-Corasick automaton over case-folded byte classes.
#include "ingest/keywords.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <queue>

#include <nlohmann/json.hpp>

#include "model/byte_search.hpp"
#include "ingest/captions.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {
// The first 3 bytes of a term or of a word with the 0x20 bit set (ASCII letters lowered; other
// bytes may collide, which only lets a candidate through to the exact comparison), as a number.
std::uint32_t prefix_key(const char* p) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) | static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
            static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16) |
           0x202020u;
}
std::uint32_t prefix_hash(std::uint32_t key) { return (key * 2654435761u) >> 16; }
}  // namespace

void KeywordMatcher::add(std::string term, std::string category, bool sponsorship) {
    term = lower_ascii(trim(term));
    if (term.empty()) return;
    for (auto& existing : terms_) {
        if (existing.text != term || existing.sponsorship != sponsorship) continue;
        // A brief that blocklists a built-in term makes it its own: the blocklist's category (and
        // severity), and no benign uses (issue 18's review).
        if (category == "brief blocklist") existing.category = category;
        return;
    }
    terms_.push_back({std::move(term), std::move(category), sponsorship});
}

std::shared_ptr<const KeywordMatcher> KeywordMatcher::build(const std::vector<const Brief*>& briefs) {
    auto matcher = std::make_shared<KeywordMatcher>();
    const auto builtin = nlohmann::json::parse(builtin_brand_safety_text(), nullptr, false);
    if (builtin.is_object() && builtin.contains("categories")) {
        for (const auto& category : builtin["categories"]) {
            for (const auto& term : category["terms"]) matcher->add(term.get<std::string>(), category["name"].get<std::string>());
            for (auto& use : parse_benign_uses(category)) matcher->benign_.push_back(std::move(use));
        }
    }
    for (const Brief* brief : briefs) {
        if (brief == nullptr) continue;
        for (const auto& term : brief->blocklist) matcher->add(term, "brief blocklist");
        for (const auto& term : brief->keywords) matcher->add(term, "brief keyword");
        for (const auto& term : brief->niches) matcher->add(term, "brief niche");
    }
    for (const auto phrase : sponsorship_phrases()) matcher->add(std::string(phrase), "sponsorship", true);
    for (auto& term : matcher->terms_) {  // the built-in categories' benign uses (a brief's own terms have none)
        if (term.sponsorship || term.category.starts_with("brief ")) continue;
        for (std::size_t r = 0; r < matcher->benign_.size(); ++r) {
            if (matcher->benign_[r].term == term.text) term.benign = static_cast<int>(r);
        }
    }
    matcher->compile();
    return matcher;
}

const KeywordMatcher& KeywordMatcher::builtin() {
    static const std::shared_ptr<const KeywordMatcher> matcher = build({});
    return *matcher;
}

namespace {

constexpr std::uint32_t no_node = 0xFFFFFFFFu;  // a transition not yet in the trie

// Byte classes: one per byte that occurs in a term (upper-case ASCII shares its letter's); returns the number of classes.
std::size_t assign_byte_classes(const std::vector<KeywordMatcher::Term>& terms, std::vector<std::uint8_t>& class_of) {
    class_of.assign(256, 0);
    std::size_t classes = 1;
    for (const auto& term : terms) {
        for (char c : term.text) {
            auto& cls = class_of[static_cast<unsigned char>(c)];
            if (cls == 0 && classes < 255) cls = static_cast<std::uint8_t>(classes++);
        }
    }
    for (int b = 'A'; b <= 'Z'; ++b) class_of[static_cast<std::size_t>(b)] = class_of[static_cast<std::size_t>(b - 'A' + 'a')];
    return classes;
}

// The trie of the terms over byte classes: transitions per node and class (no_node where none), and the terms ending at each node.
void build_trie(const std::vector<KeywordMatcher::Term>& terms, const std::vector<std::uint8_t>& class_of, std::size_t classes,
                std::vector<std::uint32_t>& next, std::vector<std::vector<std::uint32_t>>& ends) {
    next.assign(classes, no_node);
    ends.assign(1, {});
    for (std::uint32_t t = 0; t < terms.size(); ++t) {
        std::uint32_t node = 0;
        for (char c : terms[t].text) {
            const std::size_t at = node * classes + class_of[static_cast<unsigned char>(c)];
            if (next[at] == no_node) {
                next[at] = static_cast<std::uint32_t>(ends.size());
                next.resize(next.size() + classes, no_node);
                ends.emplace_back();
            }
            node = next[at];
        }
        ends[node].push_back(t);
    }
}

// Breadth-first: failure links, missing transitions filled in (a full automaton), and the
// output chain of each node (the next node with ends on its failure chain, or 0).
void link_failures(std::vector<std::uint32_t>& next, const std::vector<std::vector<std::uint32_t>>& ends, std::size_t classes,
                   std::vector<std::uint32_t>& output) {
    const std::size_t nodes = ends.size();
    std::vector<std::uint32_t> fail(nodes, 0);
    output.assign(nodes, 0);
    std::queue<std::uint32_t> queue;
    for (std::size_t c = 0; c < classes; ++c) {
        if (next[c] == no_node) {
            next[c] = 0;
        } else {
            queue.push(next[c]);
        }
    }
    while (!queue.empty()) {
        const std::uint32_t node = queue.front();
        queue.pop();
        const std::uint32_t f = fail[node];
        output[node] = !ends[f].empty() ? f : output[f];
        for (std::size_t c = 0; c < classes; ++c) {
            std::uint32_t& child = next[node * classes + c];
            const std::uint32_t via_fail = next[f * classes + c];
            if (child == no_node) {
                child = via_fail;
            } else {
                fail[child] = via_fail;
                queue.push(child);
            }
        }
    }
}

}  // namespace

void KeywordMatcher::compile() {
    fingerprint_.clear();
    for (const auto& term : terms_) {
        if (!term.sponsorship) fingerprint_ += term.category + ':' + term.text + (term.benign >= 0 ? " (benign uses)" : "") + '\n';
    }
    classes_ = assign_byte_classes(terms_, class_of_);
    build_trie(terms_, class_of_, classes_, next_, ends_);
    link_failures(next_, ends_, classes_, output_);
    const std::size_t nodes = ends_.size();
    report_.assign(nodes, 0);
    for (std::size_t node = 1; node < nodes; ++node) report_[node] = !ends_[node].empty() ? static_cast<std::uint32_t>(node) : output_[node];
    // The scan's table: each transition is the target's first slot (node times classes), shifted
    // left once, with the low bit set when terms end at the target (so the loop looks up nothing else).
    for (std::uint32_t& target : next_) target = (target * static_cast<std::uint32_t>(classes_)) << 1 | (report_[target] != 0 ? 1u : 0u);

    // The word-start index.
    word_starts_only_ = std::all_of(terms_.begin(), terms_.end(), [](const Term& t) { return is_word_byte(t.text[0]); });
    prefix_filter_.assign(1024, 0);
    prefix_terms_.clear();
    short_terms_.clear();
    for (std::uint32_t t = 0; t < terms_.size(); ++t) {
        const std::string& text = terms_[t].text;
        if (text.size() < 3) {
            short_terms_.push_back(t);
            continue;
        }
        const std::uint32_t key = prefix_key(text.data());
        prefix_filter_[prefix_hash(key) >> 6] |= std::uint64_t{1} << (prefix_hash(key) & 63);
        prefix_terms_.emplace_back(key, t);
    }
    std::sort(prefix_terms_.begin(), prefix_terms_.end());
}

void KeywordMatcher::match_at(std::string_view text, std::size_t start, std::uint32_t t, std::vector<std::uint32_t>* found,
                              std::size_t& sponsorship) const {
    const std::string& term = terms_[t].text;
    const std::size_t end = start + term.size();
    if (end > text.size()) return;
    for (std::size_t k = 0; k < term.size(); ++k) {
        if (lower_ascii_char(text[start + k]) != term[k]) return;
    }
    // Whole words only: the term must not run on into a longer word ("casinos" is not "casino").
    if (end < text.size() && is_word_byte(text[end]) && is_word_byte(text[end - 1])) return;
    if (benign_at(terms_[t], text, start, end)) return;
    if (terms_[t].sponsorship) {
        sponsorship = std::min<std::size_t>(sponsorship, t);
    } else if (found != nullptr && std::find(found->begin(), found->end(), t) == found->end()) {
        found->push_back(t);
    }
}

namespace {

// Calls at_word_start(i) for each word start of the text, 16 bytes at a time: word bytes whose previous byte is not one.
template <typename AtWordStart>
void for_each_word_start(const char* data, std::size_t size, AtWordStart& at_word_start) {
    std::size_t i = 0;
    std::uint32_t previous_word = 0;  // 1 when the byte before this block is a word byte
    for (; i + 16 <= size; i += 16) {
        const std::uint32_t words = bytes::word_mask16(data + i);
        std::uint32_t starts = words & ~((words << 1) | previous_word);
        previous_word = (words >> 15) & 1u;
        while (starts != 0) {
            at_word_start(i + static_cast<std::size_t>(std::countr_zero(starts)));
            starts &= starts - 1;
        }
    }
    if (i < size) {
        // The last bytes, copied into a block of 16 (the rest spaces: no word bytes).
        char tail[16];
        std::memset(tail, ' ', sizeof tail);
        bytes::copy(tail, data + i, size - i);
        const std::uint32_t words = bytes::word_mask16(tail);
        std::uint32_t starts = words & ~((words << 1) | previous_word);
        while (starts != 0) {
            at_word_start(i + static_cast<std::size_t>(std::countr_zero(starts)));
            starts &= starts - 1;
        }
    }
}

// The automaton over the text, one class look-up and one transition per byte: on_match(i, node)
// where terms end. Out of line, so that its loop keeps its few variables in registers.
template <typename OnMatch>
__attribute__((noinline)) void run_automaton(const char* data, std::size_t size, const std::uint8_t* class_of, const std::uint32_t* next,
                                             std::uint32_t classes, OnMatch& on_match) {
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint32_t target = next[state + class_of[static_cast<unsigned char>(data[i])]];
        state = target >> 1;
        if ((target & 1u) != 0) [[unlikely]] on_match(i, state / classes);
    }
}

// Appends the found terms to hits in the order of the term list, as "category: term" joined by " | ".
void write_hits(const std::vector<KeywordMatcher::Term>& terms, std::vector<std::uint32_t>& found, std::string& hits) {
    std::sort(found.begin(), found.end());
    for (std::uint32_t t : found) {
        if (!hits.empty()) hits += " | ";
        hits += terms[t].category;
        hits += ": ";
        hits += terms[t].text;
    }
}

}  // namespace

std::string_view KeywordMatcher::scan(std::string_view text, std::string* hits) const {
    if (hits != nullptr) hits->clear();
    if (terms_.empty()) return {};
    // Terms found, as a list of indexes (few per text, so a short list beats a bitmap).
    std::vector<std::uint32_t> found;
    std::size_t sponsorship = terms_.size();
    const char* const data = text.data();
    const std::size_t size = text.size();
    // Out of line, so that the automaton's loop (run_automaton) keeps its few variables in registers.
    const auto on_match = [&](std::size_t i, std::uint32_t node) __attribute__((noinline)) {
        for (std::uint32_t out = report_[node]; out != 0; out = output_[out]) {
            for (std::uint32_t t : ends_[out]) {
                // Whole words only: "bet" does not match inside "alphabet".
                const std::size_t length = terms_[t].text.size();
                const std::size_t start = i + 1 - length;
                const bool starts_word = start == 0 || !is_word_byte(data[start - 1]) || !is_word_byte(data[start]);
                const bool ends_word = i + 1 >= size || !is_word_byte(data[i + 1]) || !is_word_byte(data[i]);
                if (!starts_word || !ends_word || benign_at(terms_[t], text, start, i + 1)) continue;
                if (terms_[t].sponsorship) {
                    sponsorship = std::min<std::size_t>(sponsorship, t);
                } else if (hits != nullptr && std::find(found.begin(), found.end(), t) == found.end()) {
                    found.push_back(t);
                }
            }
        }
    };
    if (word_starts_only_) {
        // Every term starts with a letter or digit, so a match starts where a word starts: look
        // only there. A word start whose first 3 bytes begin no term costs one bit test.
        std::vector<std::uint32_t>* const found_terms = hits != nullptr ? &found : nullptr;
        const auto at_word_start = [&](std::size_t i) {
            for (std::uint32_t t : short_terms_) match_at(text, i, t, found_terms, sponsorship);
            if (i + 3 > size) return;
            const std::uint32_t key = prefix_key(data + i);
            const std::uint32_t hash = prefix_hash(key);
            if (((prefix_filter_[hash >> 6] >> (hash & 63)) & 1u) == 0) return;
            auto it = std::lower_bound(prefix_terms_.begin(), prefix_terms_.end(), std::make_pair(key, std::uint32_t{0}));
            for (; it != prefix_terms_.end() && it->first == key; ++it) match_at(text, i, it->second, found_terms, sponsorship);
        };
        for_each_word_start(data, size, at_word_start);
    } else {
        // Some term starts with punctuation: the automaton.
        run_automaton(data, size, class_of_.data(), next_.data(), static_cast<std::uint32_t>(classes_), on_match);
    }
    if (hits != nullptr && !found.empty()) write_hits(terms_, found, *hits);
    return sponsorship < terms_.size() ? std::string_view(terms_[sponsorship].text) : std::string_view{};
}

std::string KeywordMatcher::find(std::string_view text) const {
    std::string hits;
    scan(text, &hits);
    return hits;
}

// A caption read alone: its hashtags, then (when no tag marks it) the built-in sponsorship phrases.
CaptionFacts read_caption(std::string_view caption) {
    CaptionFacts facts;
    read_hashtags(caption, facts);
    if (!facts.sponsored) {
        const std::string_view phrase = KeywordMatcher::builtin().scan(caption, nullptr);
        if (!phrase.empty()) {
            facts.sponsored = true;
            facts.marker = std::string(phrase);
        }
    }
    return facts;
}

}  // namespace creatorscope
