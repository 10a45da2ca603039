// Reading hashtags and sponsorship markers out of captions.
#include "creatorscope/captions.hpp"

#include <algorithm>
#include <array>

#include "byte_search.hpp"
#include "creatorscope/keywords.hpp"
#include "creatorscope/text.hpp"

namespace creatorscope {

namespace {

constexpr std::array<std::string_view, 16> sponsored_tags{
    "ad", "ads", "sponsored", "spon", "partner", "paidpartnership", "advertisement", "werbung", "anzeige",
    "publicidad", "publi", "pub", "sponsoris\xC3\xA9", "sponsorise", "adv", "patrocinado"};

constexpr std::array<std::string_view, 9> phrases{
    "paid partnership", "in collaboration with", "sponsored by", "in partnership with",
    "en colaboraci\xC3\xB3n con", "bezahlte partnerschaft", "partenariat r\xC3\xA9mun\xC3\xA9r\xC3\xA9",
    "parceria paga", "collaborazione retribuita"};

constexpr std::size_t max_tags = 12;

}  // namespace

const std::array<std::string_view, 9>& sponsorship_phrases() { return phrases; }

void read_hashtags(std::string_view caption, CaptionFacts& facts) {
    facts.hashtags.clear();
    facts.sponsored = false;
    facts.marker.clear();
    std::size_t tags = 0;
    const char* const data = caption.data();
    const char* const end = data + caption.size();
    const char* p = data;
    while (p < end) {
        // The next '#', or a full-width '＃' (EF BC 83).
        const char* found = bytes::find_first_of3(p, end, '#', '\xEF', '#');
        if (found == end) break;
        const char* start;
        if (*found == '#') {
            start = found + 1;
            // "end#not" is no hashtag: a tag starts after a space, punctuation or an emoji.
            if (found > data) {
                const char before = found[-1];
                if ((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9') || before == '_') {
                    p = found + 1;
                    continue;
                }
            }
        } else if (end - found >= 3 && found[1] == '\xBC' && found[2] == '\x83') {
            start = found + 3;
        } else {
            p = found + 1;
            continue;
        }
        const char* stop = start;
        while (stop < end && is_word_byte(*stop)) ++stop;
        p = std::max(stop, found + 1);
        if (stop == start) continue;
        if (facts.hashtags.capacity() < 64) facts.hashtags.reserve(64);
        // The tag, lowered, appended to the list, then dropped again if it was already there.
        const std::size_t mark = facts.hashtags.size();
        if (mark != 0) facts.hashtags += ' ';
        facts.hashtags += '#';
        const std::size_t tag_start = facts.hashtags.size();
        facts.hashtags.append(start, static_cast<std::size_t>(stop - start));
        for (std::size_t k = tag_start; k < facts.hashtags.size(); ++k) facts.hashtags[k] = lower_ascii_char(facts.hashtags[k]);
        const std::string_view tag = std::string_view(facts.hashtags).substr(tag_start);
        if (!facts.sponsored && tag.size() <= 15) {
            for (auto marker : sponsored_tags) {
                if (tag == marker) {
                    facts.sponsored = true;
                    facts.marker.assign("#").append(tag);
                    break;
                }
            }
        }
        // Already listed? Compare with each earlier tag (the list is short).
        bool duplicate = false;
        for (std::size_t at = 0; at < mark && !duplicate;) {
            const std::size_t next = facts.hashtags.find(' ', at);
            const std::size_t stop_at = next == std::string::npos || next > mark ? mark : next;
            duplicate = std::string_view(facts.hashtags).substr(at + 1, stop_at - at - 1) == tag;
            at = stop_at + 1;
        }
        if (duplicate || tags >= max_tags) {
            facts.hashtags.resize(mark);
        } else {
            ++tags;
        }
    }
}

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
