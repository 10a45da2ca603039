// The outreach drafts (creatorscope/outreach.hpp): a template's wording with its placeholders
// filled from the data (personalise.hpp), what could not be filled left as "[fee]" and listed,
// and the draft as a mailto: link for the user's own mail program.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "creatorscope/brief.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/format.hpp"
#include "outreach/personalise.hpp"

namespace creatorscope {

namespace {

constexpr std::array<std::string_view, 15> placeholders{"first_name", "name",     "handle",    "platform", "niche",
                                                        "recent_post", "why_fit", "brand",     "product",  "campaign",
                                                        "sender",     "deliverables", "timeline", "usage_rights", "fee"};

bool is_placeholder(std::string_view name) {
    return std::find(placeholders.begin(), placeholders.end(), name) != placeholders.end();
}

std::string given(std::string_view text) { return std::string(trim(text)); }

// Every placeholder's value for this creator (empty: the data does not give it).
std::map<std::string, std::string, std::less<>> draft_values(const OutreachSource& source, const OutreachSettings& settings,
                                                              const OutreachWords& words, OutreachDraft& draft) {
    const CreatorResult& c = *source.creator;
    std::map<std::string, std::string, std::less<>> v;
    const std::string name = given(c.name);
    v["name"] = name.empty() ? c.handle : name;
    v["first_name"] = name.empty() ? c.handle : first_word(name);
    v["handle"] = c.handle;
    v["platform"] = platform_label(c.platform);
    v["niche"] = outreach_niche(source);
    draft.recent_post = outreach_recent_post(source, words);
    v["recent_post"] = draft.recent_post;
    draft.why_fit = outreach_why_fit(c, words);
    v["why_fit"] = draft.why_fit;
    v["brand"] = given(settings.brand);
    v["product"] = given(settings.product);
    v["campaign"] = source.brief != nullptr ? given(source.brief->name) : std::string();
    v["sender"] = given(settings.sender);
    v["deliverables"] = outreach_deliverables(source);
    v["timeline"] = given(settings.timeline);
    v["usage_rights"] = given(settings.usage_rights);
    v["fee"] = outreach_fee(source);
    return v;
}

// The text with each known {placeholder} replaced by its value, or by "[placeholder]" (listed
// in missing) when it has none; braces around anything else are left as written.
std::string fill(std::string_view text, const std::map<std::string, std::string, std::less<>>& values, std::vector<std::string>& missing) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        out.append(text.substr(at, open - at));
        if (!is_placeholder(name)) {
            out += '{';
            at = open + 1;
            continue;
        }
        const auto found = values.find(name);
        if (found != values.end() && !found->second.empty()) {
            out += found->second;
        } else {
            out += "[" + std::string(name) + "]";
            if (std::find(missing.begin(), missing.end(), name) == missing.end()) missing.emplace_back(name);
        }
        at = close + 1;
    }
    out.append(text.substr(at));
    return out;
}

bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
}

// RFC 6068: every byte but the unreserved ones (and "@" in the address) as %XX of its UTF-8;
// each line break, whatever it was written as, as %0D%0A.
std::string percent_encode(std::string_view text, bool address) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "%0D%0A";
        } else if (unreserved(c) || (address && c == '@')) {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

}  // namespace

OutreachDraft draft_outreach(const OutreachSource& source, const OutreachSettings& settings, OutreachKind kind) {
    OutreachDraft draft;
    draft.language = settings.language;
    draft.kind = kind;
    if (source.creator == nullptr) return draft;
    draft.handle = source.creator->handle;
    draft.platform = source.creator->platform;
    draft.to = given(source.creator->email);
    const OutreachWords& words = outreach_words_for(settings.language);
    const auto values = draft_values(source, settings, words, draft);
    const OutreachTemplate& wording = settings.wording(settings.language, kind);
    draft.subject = fill(wording.subject, values, draft.missing);
    draft.body = fill(wording.body, values, draft.missing);
    return draft;
}

std::string mailto_link(const OutreachDraft& draft) {
    return "mailto:" + percent_encode(draft.to, true) + "?subject=" + percent_encode(draft.subject, false) +
           "&body=" + percent_encode(draft.body, false);
}

}  // namespace creatorscope
