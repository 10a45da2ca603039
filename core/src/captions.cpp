// Reading hashtags and sponsorship markers out of captions.
#include "creatorscope/captions.hpp"

#include <algorithm>
#include <array>
#include <cstring>
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

// Whether any sponsorship phrase may be in the caption: each contains "par", "col" or "spo",
// looked for with memchr (fast) on their first letters.
bool may_hold_phrase(std::string_view caption) {
    static constexpr std::array<std::pair<char, std::string_view>, 6> starts{
        {{'p', "ar"}, {'P', "ar"}, {'c', "ol"}, {'C', "ol"}, {'s', "po"}, {'S', "po"}}};
    const char* data = caption.data();
    const std::size_t size = caption.size();
    for (const auto& [letter, rest] : starts) {
        const char* at = data;
        while (true) {
            at = static_cast<const char*>(std::memchr(at, letter, static_cast<std::size_t>(data + size - at)));
            if (at == nullptr || at + 2 >= data + size) break;
            if (lower_ascii_char(at[1]) == rest[0] && lower_ascii_char(at[2]) == rest[1]) return true;
            ++at;
        }
    }
    return false;
}

}  // namespace

CaptionFacts read_caption(std::string_view caption) {
    CaptionFacts facts;
    int tags = 0;
    const char* data = caption.data();
    const std::size_t size = caption.size();
    std::size_t i = 0;
    while (i < size) {
        // The next '#' (memchr), or a full-width '＃' (EF BC 83), whichever comes first.
        const char* hash = static_cast<const char*>(std::memchr(data + i, '#', size - i));
        std::size_t found = hash == nullptr ? size : static_cast<std::size_t>(hash - data);
        std::size_t start = found + 1;
        if (caption.find("\xEF\xBC\x83", i) < found) {
            found = caption.find("\xEF\xBC\x83", i);
            start = found + 3;
        }
        if (found >= size) break;
        // "end#not" is no hashtag: a tag starts after a space, punctuation or an emoji.
        if (found > 0 && start == found + 1) {
            const char before = data[found - 1];
            if ((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9') || before == '_') {
                i = found + 1;
                continue;
            }
        }
        std::size_t end = start;
        while (end < size && is_word_byte(data[end])) ++end;
        i = std::max(end, found + 1);
        if (end == start) continue;
        if (facts.hashtags.capacity() < 64) facts.hashtags.reserve(64);
        // The tag, lowered, appended to the list, then dropped again if it was already there.
        const std::size_t mark = facts.hashtags.size();
        if (!facts.hashtags.empty()) facts.hashtags += ' ';
        facts.hashtags += '#';
        const std::size_t tag_start = facts.hashtags.size();
        for (std::size_t k = start; k < end; ++k) facts.hashtags += lower_ascii_char(data[k]);
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
    }
    if (!facts.sponsored && may_hold_phrase(caption)) {
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
