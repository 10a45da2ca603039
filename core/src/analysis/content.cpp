// The brief's terms in a creator's content: captions (the reader's hits), hashtags, bio, category.
#include "analysis/content.hpp"

#include <algorithm>

#include "model/text.hpp"

namespace creatorscope {

std::string hashtag_form(std::string_view term) {
    std::string out;
    for (char c : term) {
        if (c == ' ' || c == '-' || c == '#' || c == '\t') continue;
        out += lower_ascii_char(c);
    }
    return out;
}

namespace {

struct BriefTerm {
    std::string text;    // lower case, as the reader's hits write it
    std::string tag;     // its hashtag form
    std::string source;  // "niche" or "keyword"
};

std::vector<BriefTerm> brief_terms(const Brief& brief) {
    std::vector<BriefTerm> terms;
    const auto add = [&](const std::vector<std::string>& list, const char* source) {
        for (const auto& term : list) {
            const std::string lowered = lower_ascii(trim(term));
            if (lowered.empty()) continue;
            if (std::any_of(terms.begin(), terms.end(), [&](const BriefTerm& t) { return t.text == lowered; })) continue;
            terms.push_back({lowered, hashtag_form(lowered), source});
        }
    };
    add(brief.niches, "niche");
    add(brief.keywords, "keyword");
    return terms;
}

// The terms named in the reader's hits ("brief niche: coffee | gambling: casino"), whatever the
// category the reader filed them under (a term both a keyword and a niche is listed once).
std::vector<std::size_t> terms_in_hits(std::string_view hits, const std::vector<BriefTerm>& terms) {
    std::vector<std::size_t> found;
    std::size_t at = 0;
    while (at < hits.size()) {
        std::size_t end = hits.find(" | ", at);
        if (end == std::string_view::npos) end = hits.size();
        const std::string_view hit = hits.substr(at, end - at);
        const std::size_t colon = hit.find(": ");
        const std::string_view text = colon == std::string_view::npos ? hit : hit.substr(colon + 2);
        for (std::size_t t = 0; t < terms.size(); ++t) {
            if (terms[t].text == text && std::find(found.begin(), found.end(), t) == found.end()) found.push_back(t);
        }
        at = end + 3;
    }
    return found;
}

// The terms whose hashtag form is one of the hashtags ("#thrift #slowfashion", or a list by commas).
std::vector<std::size_t> terms_in_hashtags(std::string_view hashtags, const std::vector<BriefTerm>& terms) {
    std::vector<std::size_t> found;
    std::size_t at = 0;
    while (at < hashtags.size()) {
        std::size_t end = hashtags.find_first_of(" ,;", at);
        if (end == std::string_view::npos) end = hashtags.size();
        const std::string tag = hashtag_form(hashtags.substr(at, end - at));
        for (std::size_t t = 0; !tag.empty() && t < terms.size(); ++t) {
            if (terms[t].tag == tag && std::find(found.begin(), found.end(), t) == found.end()) found.push_back(t);
        }
        at = end + 1;
    }
    return found;
}

// Whether a category names a term, or a term the category, as whole words ("fitness" and
// "home fitness" match; "fit" and "fitness" do not).
bool category_matches(const std::string& category, const std::string& term) {
    const auto within = [](const std::string& text, const std::string& part) {
        for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
            const bool starts = at == 0 || !is_word_byte(text[at - 1]);
            const bool ends = at + part.size() == text.size() || !is_word_byte(text[at + part.size()]);
            if (starts && ends) return true;
        }
        return false;
    };
    return !term.empty() && (within(category, term) || within(term, category));
}

void add_match(ContentEvidence& evidence, const BriefTerm& term, const char* where, std::string_view post) {
    auto found = std::find_if(evidence.matches.begin(), evidence.matches.end(),
                              [&](const ContentMatch& m) { return m.term == term.text && m.where == where; });
    if (found == evidence.matches.end()) {
        evidence.matches.push_back({term.text, term.source, where, {}});
        found = evidence.matches.end() - 1;
    }
    if (!post.empty() && std::find(found->posts.begin(), found->posts.end(), post) == found->posts.end()) found->posts.emplace_back(post);
}

}  // namespace

ContentEvidence gather_content(const CreatorResult& c, const std::vector<PostCounts>& window, bool has_bio, const Brief& brief) {
    ContentEvidence evidence;
    const std::vector<BriefTerm> terms = brief_terms(brief);
    evidence.posts = static_cast<int>(window.size());
    for (const auto& post : window) {
        if (!post.has_text) continue;
        ++evidence.posts_with_text;
        const auto in_caption = terms_in_hits(post.keyword_hits, terms);
        const auto in_tags = terms_in_hashtags(post.hashtags, terms);
        for (std::size_t t : in_caption) add_match(evidence, terms[t], "caption", post.post_id);
        for (std::size_t t : in_tags) {
            // A caption's own hashtags are in its text: "#thrift" is already the caption's "thrift".
            if (std::find(in_caption.begin(), in_caption.end(), t) == in_caption.end()) add_match(evidence, terms[t], "hashtags", post.post_id);
        }
        if (!in_caption.empty() || !in_tags.empty()) ++evidence.posts_matching;
    }
    evidence.has_bio = has_bio;
    for (std::size_t t : terms_in_hits(c.bio_keyword_hits, terms)) add_match(evidence, terms[t], "bio", "");
    const std::string category = lower_ascii(trim(c.category));
    evidence.has_category = !category.empty();
    for (const auto& term : terms) {
        if (evidence.has_category && category_matches(category, term.text)) add_match(evidence, term, "category", "");
    }
    return evidence;
}

}  // namespace creatorscope
