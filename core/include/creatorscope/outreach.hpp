// Outreach drafts: a first contact, a follow-up and an offer for each shortlisted creator,
// written from shipped templates (assets/outreach/templates.json) in English, Spanish, French,
// German, Portuguese and Italian, or from the user's own wording of them, and personalised
// from the data: the creator's name, niche, a recent post that matches the brief, why they fit
// (the alignment's strongest known parts), and for the offer the deliverables, timeline, usage
// rights and fee (the deal's agreed fee, else the plan's booking, else the roster's fee). The
// page copies a draft, opens it in the user's own mail program (a mailto: link: nothing is
// sent by the page) or downloads every draft as a CSV for mail merge. docs/outreach.md.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/status.hpp"

namespace creatorscope {

struct CreatorResult;
struct Brief;
struct Deal;
struct BudgetPlan;

enum class OutreachKind : std::uint8_t { first_contact, follow_up, offer };
inline constexpr std::size_t outreach_kind_count = 3;
std::string_view outreach_kind_id(OutreachKind kind);     // "first_contact", "follow_up", "offer"
std::string_view outreach_kind_label(OutreachKind kind);  // "First contact", "Follow-up", "Offer"
std::optional<OutreachKind> parse_outreach_kind(std::string_view id);

// The languages the templates ship in, by ISO 639-1 code, with their own names ("Español").
struct OutreachLanguage {
    std::string code;  // "en", "es", "fr", "de", "pt", "it"
    std::string name;  // in the language itself
};
const std::vector<OutreachLanguage>& outreach_languages();

// A template's wording: a subject and a body with {placeholders} (docs/outreach.md lists them:
// {first_name}, {name}, {handle}, {platform}, {niche}, {recent_post}, {why_fit}, {brand},
// {product}, {campaign}, {sender}, {deliverables}, {timeline}, {usage_rights}, {fee}).
struct OutreachTemplate {
    std::string subject;
    std::string body;
    bool operator==(const OutreachTemplate&) const = default;
};
// The shipped wording of one template in one language (English when the language is unknown).
const OutreachTemplate& shipped_outreach_template(std::string_view language, OutreachKind kind);

// What the user sets once per campaign: who writes, for which brand and product, the timeline
// and usage rights to offer, the language, and their own wording of any template (by
// "language/kind", "en/offer"), which wins over the shipped one. Kept in the workspace.
struct OutreachSettings {
    std::string language = "en";
    std::string sender, brand, product;
    std::string timeline;      // "posts live between 1 and 15 October"
    std::string usage_rights;  // "organic use on our own channels for 6 months"
    std::map<std::string, OutreachTemplate> edited;
    const OutreachTemplate& wording(std::string_view language, OutreachKind kind) const;
    bool operator==(const OutreachSettings&) const = default;
    nlohmann::ordered_json to_json() const;
    static Status parse(const nlohmann::ordered_json& j, OutreachSettings& out);  // an error names the field
};

// One draft, ready to copy: the address (the roster's email, may be empty), the subject and
// body with every placeholder filled, and the placeholders the data could not fill (left in
// the text as "[fee]" for the user to complete, and listed here).
struct OutreachDraft {
    std::string handle, platform, to;
    std::string language;
    OutreachKind kind = OutreachKind::first_contact;
    std::string subject, body;
    std::vector<std::string> missing;  // "fee", "recent_post", ...
    // What personalised it, in words, for the page to show beside the draft.
    std::string recent_post;  // the post quoted (its caption, shortened) and its date
    std::string why_fit;      // the sentence {why_fit} became
};

// What a draft is written from: the creator, the brief (may be null), the deal (may be null:
// its agreed fee and deliverables win) and the plan (may be null: the creator's booking's cost
// per booking and deliverable). The posts' captions come from the caller (post id -> caption),
// as the results keep ids only.
struct OutreachSource {
    const CreatorResult* creator = nullptr;
    const Brief* brief = nullptr;
    const Deal* deal = nullptr;
    const BudgetPlan* plan = nullptr;
    const std::map<std::string, std::string>* captions = nullptr;
};
OutreachDraft draft_outreach(const OutreachSource& source, const OutreachSettings& settings, OutreachKind kind);

// "mailto:lena@example.com?subject=...&body=..." with RFC 6068 percent-encoding (UTF-8; line
// breaks as %0D%0A).
std::string mailto_link(const OutreachDraft& draft);
// One row per draft for mail merge: handle, platform, name, email, language, kind, subject,
// body, missing; cells neutralised against formula injection like every CSV the engine writes.
std::string write_outreach_csv(const std::vector<OutreachDraft>& drafts, const std::vector<const CreatorResult*>& creators);

}  // namespace creatorscope
