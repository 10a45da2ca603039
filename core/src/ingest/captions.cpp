// Reading hashtags and sponsorship markers out of captions.
#include "ingest/captions.hpp"

#include <algorithm>
#include <array>

#include "model/byte_search.hpp"
#include "model/text.hpp"

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

namespace {

// Whether a lowered tag is a sponsorship marker: its length and first letter turn away almost
// every tag before any comparison.
bool is_sponsored_tag(std::string_view tag) {
    constexpr auto lengths = [] {
        std::uint32_t mask = 0;
        for (auto marker : sponsored_tags) mask |= 1u << marker.size();
        return mask;
    }();
    if (tag.size() >= 32 || ((lengths >> tag.size()) & 1u) == 0) return false;
    const char first = tag[0];
    if (first != 'a' && first != 's' && first != 'p' && first != 'w') return false;
    for (auto marker : sponsored_tags) {
        if (marker == tag) return true;
    }
    return false;
}

}  // namespace

void read_hashtags(std::string_view caption, CaptionFacts& facts) {
    std::string& out = facts.hashtags;
    out.clear();
    facts.sponsored = false;
    facts.marker.clear();
    // The tags kept so far, as places in out, to drop a repeated one.
    std::array<std::pair<std::uint32_t, std::uint32_t>, max_tags> kept{};
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
        const auto length = static_cast<std::size_t>(stop - start);
        if (tags >= max_tags) {
            // Past the kept tags, a marker still marks the post.
            if (facts.sponsored || length >= 32) continue;
            char lowered[32];
            for (std::size_t k = 0; k < length; ++k) lowered[k] = lower_ascii_char(start[k]);
            if (is_sponsored_tag({lowered, length})) {
                facts.sponsored = true;
                facts.marker.assign("#").append(lowered, length);
            }
            continue;
        }
        // The tag, lowered, written after a space and a '#'; dropped again if already listed.
        const std::size_t mark = out.size();
        out.resize(mark + length + (mark != 0 ? 2 : 1));
        char* to = out.data() + mark;
        if (mark != 0) *to++ = ' ';
        *to++ = '#';
        const auto tag_start = static_cast<std::uint32_t>(to - out.data());
        for (const char* from = start; from < stop; ++from) *to++ = lower_ascii_char(*from);
        const std::string_view tag(out.data() + tag_start, length);
        bool duplicate = false;
        for (std::size_t k = 0; k < tags && !duplicate; ++k) {
            duplicate = kept[k].second == length && bytes::equal(out.data() + kept[k].first, tag.data(), length);
        }
        if (duplicate) {
            out.resize(mark);
            continue;
        }
        if (!facts.sponsored && is_sponsored_tag(tag)) {
            facts.sponsored = true;
            facts.marker.assign("#").append(tag);
        }
        kept[tags++] = {tag_start, static_cast<std::uint32_t>(length)};
    }
}

}  // namespace creatorscope
