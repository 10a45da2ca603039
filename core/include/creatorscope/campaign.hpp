// What the user records about a campaign beyond its files, kept across analyses and in the
// workspace (Engine::settings_json): who owns each discount code and each tracking value (the
// Attribution view's editor, over what the codes files say), and where each shortlisted
// creator is in the pipeline, from first contact to paid (the Pipeline tab).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/shortlist.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

// Owners the user gave in the page. A code's owner wins over a codes file's; "" marks a code as
// no creator's (a store-wide code such as WELCOME5), so it is not listed as unknown. A tracking
// value is a visit's channel as the touchpoints file has it (utm_source, utm_campaign, a link
// id): given an owner, its visits are that creator's.
struct TrackedOwners {
    std::map<std::string, std::string> codes;  // code_key(code) -> owner's handle, or ""
    std::map<std::string, std::string> links;  // link_key(value) -> owner's handle
    static std::string code_key(std::string_view code);    // trimmed, upper case ("lena10" -> "LENA10")
    static std::string link_key(std::string_view value);   // as channels are compared (normalize_handle)
    // Sets (handle given) or forgets (nullopt) one owner; false when nothing changed.
    bool set_code(std::string_view code, std::optional<std::string> handle);
    bool set_link(std::string_view value, std::optional<std::string> handle);
    bool empty() const { return codes.empty() && links.empty(); }
    bool operator==(const TrackedOwners&) const = default;
    // {"codes": {"WELCOME5": ""}, "links": {"lena_fall": "lena.andrews"}}, and back (an error names the entry).
    nlohmann::ordered_json to_json() const;
    static Status parse(const nlohmann::ordered_json& j, TrackedOwners& out);
};

// A loaded creator whose handle or name a code or tracking value holds ("LENA10": lena.andrews),
// for the user to accept; never applied unasked.
struct OwnerSuggestion {
    std::string handle;
    std::string why;  // "LENA10 holds 'lena', the start of lena.andrews"
};

// The steps of working with a creator, in order.
enum class DealStatus : std::uint8_t { shortlisted, contacted, replied, negotiating, agreed, live, paid, done };
inline constexpr std::size_t deal_status_count = 8;
std::string_view deal_status_id(DealStatus status);    // "shortlisted", "contacted", ... (files)
std::string_view deal_status_label(DealStatus status); // "Shortlisted", "Contacted", ... (screens)
std::optional<DealStatus> parse_deal_status(std::string_view id);

// One creator's deal: the status, the day each step was reached, what was agreed, the notes.
struct Deal {
    CreatorKey creator;
    DealStatus status = DealStatus::shortlisted;
    std::array<std::string, deal_status_count> reached;  // "YYYY-MM-DD" per status, "" when not reached
    std::optional<double> agreed_fee;
    std::string deliverables;  // "2 reels, 3 stories; usage rights 6 months"
    std::string notes;
    // Moves to `status` on `day` ("YYYY-MM-DD"): the day is noted for that step unless it was
    // reached before; the steps after it keep their days (a deal can go back a step).
    void move_to(DealStatus to, std::string_view day);
    bool operator==(const Deal&) const = default;
};

// Every deal of the campaign, in the order they were first recorded.
class Pipeline {
public:
    const Deal* find(std::string_view handle, std::string_view platform) const;
    // The creator's deal as recorded (replacing the one before); false when nothing changed.
    bool set(Deal deal);
    bool remove(std::string_view handle, std::string_view platform);
    const std::vector<Deal>& deals() const { return deals_; }
    bool empty() const { return deals_.empty(); }
    void clear() { deals_.clear(); }
    bool operator==(const Pipeline&) const = default;
    // [{"handle", "platform", "status", "reached": {"contacted": "2026-10-02"}, "agreed_fee",
    // "deliverables", "notes"}], and back (an error names the entry and the field).
    nlohmann::ordered_json to_json() const;
    static Status parse(const nlohmann::ordered_json& j, Pipeline& out);

private:
    std::vector<Deal> deals_;
};

// The creators in the pipeline: the shortlisted (in the order starred), then any other with a
// deal past "shortlisted", so recorded work is never hidden (the Pipeline tab, its CSV).
std::vector<Deal> pipeline_deals(const Shortlist& shortlist, const Pipeline& pipeline);

}  // namespace creatorscope
