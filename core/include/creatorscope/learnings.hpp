// Learnings: what a campaign planned against what it got, creator by creator, with each
// creator's fit beside their result; kept with a saved campaign so that, across campaigns,
// each creator's history (campaigns, results, notes) shows who is worth working with again.
// docs/learnings.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/status.hpp"

namespace creatorscope {

struct CreatorResult;
struct BudgetPlan;
struct AttributionResult;
class Shortlist;
class Pipeline;

// One creator's campaign: planned, agreed, returned.
struct CreatorOutcome {
    std::string handle, platform, name;
    std::string status;                  // the deal's status id ("paid"); "" when never in the pipeline
    std::optional<double> fit;           // against the brief, 0 to 100, when known
    std::optional<double> planned_cost;  // the plan's cost of its bookings
    int planned_bookings = 0;
    std::string planned_deliverable;     // "reel"
    std::optional<double> actual_cost;   // the agreed fee, else the costs file's fee and product cost
    std::string cost_basis;              // "agreed fee", "costs file"
    std::optional<double> orders, revenue;  // credited by the Markov model (journeys or codes loaded)
    std::optional<double> roas;          // revenue / actual cost
    std::string deliverables, notes;     // from the deal
    bool operator==(const CreatorOutcome&) const = default;
};

struct CampaignSummary {
    std::string campaign;  // the brief's name, may be empty
    std::string currency;  // of the costs and revenue, when the data names one
    std::vector<CreatorOutcome> creators;
    double planned_cost = 0, actual_cost = 0;
    std::optional<double> orders, revenue, roas;  // over the creators; none without attribution
    bool operator==(const CampaignSummary&) const = default;
    // {"campaign", "currency", "totals": {...}, "creators": [{...}]}: numbers rounded to cents,
    // unknown figures null.
    nlohmann::ordered_json to_json() const;
    static Status parse(const nlohmann::ordered_json& j, CampaignSummary& out);
};

// What a summary is made from; any pointer may be null (no plan made, no journeys loaded).
struct SummarySource {
    const std::vector<CreatorResult>* creators = nullptr;
    const Shortlist* shortlist = nullptr;
    const Pipeline* pipeline = nullptr;
    const BudgetPlan* plan = nullptr;
    const AttributionResult* attribution = nullptr;
    std::string campaign;
};
// The creators in the pipeline (the shortlisted first, in the order starred), then those the
// plan books, then those with a costs row: each once.
CampaignSummary summarise_campaign(const SummarySource& source);

// One creator's past campaigns, from saved campaigns' summaries: "campaign name, saved on,
// status, cost, orders, revenue, ROAS, notes". The newest first.
struct CreatorHistoryEntry {
    std::string campaign, saved_at;  // saved_at: "YYYY-MM-DD"
    std::string currency;            // of that campaign's figures
    CreatorOutcome outcome;
};
// Finds a creator (handle and platform, compared as handles are) in summaries given as
// [{"name", "saved_at", "summary": <CampaignSummary JSON>}]; entries that do not parse are skipped.
std::vector<CreatorHistoryEntry> creator_history(const nlohmann::ordered_json& saved, const std::string& handle,
                                                 const std::string& platform);

}  // namespace creatorscope
