// Reading hashtags and sponsorship markers out of captions.
#include "creatorscope/captions.hpp"

#include <array>
#include <vector>

#include "creatorscope/text.hpp"

namespace creatorscope {

namespace {

constexpr std::array<std::string_view, 16> sponsored_tags{
    "ad", "ads", "sponsored", "spon", "partner", "paidpartnership", "advertisement", "werbung", "anzeige",
    "publicidad", "publi", "pub", "sponsoris\xC3\xA9", "sponsorise", "adv", "patrocinado"};

constexpr std::array<std::string_view, 9> sponsored_phrases{
    "paid partnership", "in collaboration with", "sponsored by", "in partnership with",
    "en colaboraci\xC3\xB3n con", "bezahlte partnerschaft", "partenariat r\xC3\xA9mun\xC3\xA9r\xC3\xA9",
    "parceria paga", "collaborazione retribuita"};

// A hashtag runs over letters, digits, '_' and any non-ASCII byte (accented letters, emoji
// modifiers are rare inside tags and harmless).
bool tag_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether text contains phrase (given in lower case), ignoring ASCII case, without copying.
bool contains_ignoring_case(std::string_view text, std::string_view phrase) {
    if (phrase.size() > text.size()) return false;
    const char first = phrase.front();
    for (std::size_t i = 0; i + phrase.size() <= text.size(); ++i) {
        if (lower(text[i]) != first) continue;
        std::size_t k = 1;
        while (k < phrase.size() && lower(text[i + k]) == phrase[k]) ++k;
        if (k == phrase.size()) return true;
    }
    return false;
}

}  // namespace

CaptionFacts read_caption(std::string_view caption) {
    CaptionFacts facts;
    int tags = 0;
    bool phrase_candidate = false;
    const std::size_t size = caption.size();
    for (std::size_t i = 0; i < size; ++i) {
        const char c = caption[i];
        // Every sponsorship phrase contains "par", "col" or "spo": note whether any may be here.
        const char lowered = lower(c);
        if (!phrase_candidate && (lowered == 'p' || lowered == 'c' || lowered == 's') && i + 2 < size) {
            const char b = lower(caption[i + 1]), d = lower(caption[i + 2]);
            phrase_candidate = (lowered == 'p' && b == 'a' && d == 'r') || (lowered == 'c' && b == 'o' && d == 'l') ||
                               (lowered == 's' && b == 'p' && d == 'o');
        }
        const bool full_width = c == '\xEF' && caption.substr(i, 3) == "\xEF\xBC\x83";  // '＃'
        if (c != '#' && !full_width) continue;
        const std::size_t start = full_width ? i + 3 : i + 1;
        std::size_t end = start;
        while (end < size && tag_byte(caption[end])) ++end;
        if (end == start) continue;
        // The tag, lowered, appended to the list, then dropped again if it was already there.
        const std::size_t mark = facts.hashtags.size();
        if (!facts.hashtags.empty()) facts.hashtags += ' ';
        facts.hashtags += '#';
        const std::size_t tag_start = facts.hashtags.size();
        for (std::size_t k = start; k < end; ++k) facts.hashtags += lower(caption[k]);
        const std::string_view tag = std::string_view(facts.hashtags).substr(tag_start);
        if (!facts.sponsored && tag.size() <= 15) {
            for (auto marker : sponsored_tags) {
                if (tag == marker) {
                    facts.sponsored = true;
                    facts.marker = "#" + std::string(tag);
                    break;
                }
            }
        }
        // Already listed? Compare with each earlier tag (the list is short).
        bool duplicate = false;
        for (std::size_t at = 0; at < mark && !duplicate;) {
            const std::size_t next = facts.hashtags.find(' ', at);
            const std::size_t stop = next == std::string::npos || next > mark ? mark : next;
            duplicate = std::string_view(facts.hashtags).substr(at + 1, stop - at - 1) == tag;
            at = stop + 1;
        }
        if (duplicate || tags >= 12) {
            facts.hashtags.resize(mark);
        } else {
            ++tags;
        }
        i = end - 1;
    }
    if (!facts.sponsored && phrase_candidate) {
        for (auto phrase : sponsored_phrases) {
            if (contains_ignoring_case(caption, phrase)) {
                facts.sponsored = true;
                facts.marker = std::string(phrase);
                break;
            }
        }
    }
    return facts;
}

}  // namespace creatorscope
