// The campaign summary (learnings.hpp): planned against actual, creator by creator, and each
// creator's history across saved campaigns.
#include "creatorscope/learnings.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "creatorscope/campaign.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/plan.hpp"
#include "creatorscope/results.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

using json = nlohmann::ordered_json;

json money(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) return nullptr;
    return std::round(*value * 100.0) / 100.0;
}

std::optional<double> number_at(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

std::string text_at(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool same_creator(const CreatorOutcome& o, const std::string& handle, const std::string& platform) {
    return normalize_handle(o.handle) == normalize_handle(handle) && (o.platform == platform || o.platform.empty() || platform.empty());
}

// The summary's rows: each creator once, in the order of the pipeline, the plan, the costs.
class Rows {
public:
    CreatorOutcome& at(const std::string& handle, const std::string& platform) {
        for (auto& row : rows_) {
            if (same_creator(row, handle, platform)) return row;
        }
        rows_.push_back(CreatorOutcome{.handle = handle, .platform = platform});
        return rows_.back();
    }
    std::vector<CreatorOutcome> take() { return std::move(rows_); }

private:
    std::vector<CreatorOutcome> rows_;
};

void add_pipeline(Rows& rows, const SummarySource& s) {
    if (!s.shortlist || !s.pipeline) return;
    for (const Deal& deal : pipeline_deals(*s.shortlist, *s.pipeline)) {
        CreatorOutcome& row = rows.at(deal.creator.handle, deal.creator.platform);
        row.status = std::string(deal_status_id(deal.status));
        row.deliverables = deal.deliverables;
        row.notes = deal.notes;
        if (deal.agreed_fee) {
            row.actual_cost = deal.agreed_fee;
            row.cost_basis = "agreed fee";
        }
    }
}

void add_plan(Rows& rows, const SummarySource& s) {
    if (!s.plan) return;
    for (const PlanPick& pick : s.plan->selected) {
        if (pick.candidate >= s.plan->candidates.size()) continue;
        const PlanCandidate& c = s.plan->candidates[pick.candidate];
        CreatorOutcome& row = rows.at(c.handle, c.platform);
        row.planned_cost = pick.cost;
        row.planned_bookings = pick.bookings;
        row.planned_deliverable = c.deliverable;
    }
}

void add_costs(Rows& rows, const SummarySource& s) {
    if (!s.attribution) return;
    for (const CreatorReturn& r : s.attribution->creators) {
        CreatorOutcome& row = rows.at(r.handle, "");
        if (!row.actual_cost) {
            row.actual_cost = r.cost;
            row.cost_basis = "costs file";
        }
    }
}

// Names, fits and the Markov model's credit, once every row is known. Codes and links credit a
// person (a handle), not an account: a creator with two accounts in the summary has the credit
// on the first (`credited` holds the handles already given theirs).
void complete(CreatorOutcome& row, const SummarySource& s, std::vector<std::string>& credited) {
    if (s.creators) {
        for (const CreatorResult& c : *s.creators) {
            if (!same_creator(row, c.handle, c.platform)) continue;
            if (row.platform.empty()) row.platform = c.platform;
            row.name = c.name;
            if (c.fit.known()) row.fit = std::round(c.fit.score * 10.0) / 10.0;
            break;
        }
    }
    if (!s.attribution) return;
    const auto credits = s.attribution->credits.find("markov");
    if (credits == s.attribution->credits.end()) return;
    const std::string key = normalize_handle(row.handle);
    if (std::find(credited.begin(), credited.end(), key) != credited.end()) return;
    credited.push_back(key);
    row.orders = 0.0;
    row.revenue = 0.0;
    for (const ChannelCredit& credit : credits->second) {
        if (normalize_handle(credit.channel) != key) continue;
        row.orders = credit.conversions;
        row.revenue = credit.value;
    }
    if (row.actual_cost && *row.actual_cost > 0) row.roas = *row.revenue / *row.actual_cost;
}

std::string currency_of(const SummarySource& s) {
    if (s.attribution && !s.attribution->currency.empty()) return s.attribution->currency;
    if (s.attribution) {
        for (const CreatorReturn& r : s.attribution->creators) {
            if (!r.currency.empty()) return r.currency;
        }
    }
    return s.plan ? s.plan->currency : std::string();
}

void add_totals(CampaignSummary& summary) {
    for (const CreatorOutcome& row : summary.creators) {
        summary.planned_cost += row.planned_cost.value_or(0);
        summary.actual_cost += row.actual_cost.value_or(0);
        if (row.orders) summary.orders = summary.orders.value_or(0) + *row.orders;
        if (row.revenue) summary.revenue = summary.revenue.value_or(0) + *row.revenue;
    }
    if (summary.revenue && summary.actual_cost > 0) summary.roas = *summary.revenue / summary.actual_cost;
}

json outcome_json(const CreatorOutcome& o) {
    return json{{"handle", o.handle},
                {"platform", o.platform},
                {"name", o.name},
                {"status", o.status},
                {"fit", o.fit ? json(*o.fit) : json(nullptr)},
                {"planned_cost", money(o.planned_cost)},
                {"planned_bookings", o.planned_bookings},
                {"planned_deliverable", o.planned_deliverable},
                {"actual_cost", money(o.actual_cost)},
                {"cost_basis", o.cost_basis},
                {"orders", money(o.orders)},
                {"revenue", money(o.revenue)},
                {"roas", money(o.roas)},
                {"deliverables", o.deliverables},
                {"notes", o.notes}};
}

CreatorOutcome outcome_from(const json& j) {
    CreatorOutcome o;
    o.handle = text_at(j, "handle");
    o.platform = text_at(j, "platform");
    o.name = text_at(j, "name");
    o.status = text_at(j, "status");
    o.fit = number_at(j, "fit");
    o.planned_cost = number_at(j, "planned_cost");
    o.planned_bookings = static_cast<int>(number_at(j, "planned_bookings").value_or(0));
    o.planned_deliverable = text_at(j, "planned_deliverable");
    o.actual_cost = number_at(j, "actual_cost");
    o.cost_basis = text_at(j, "cost_basis");
    o.orders = number_at(j, "orders");
    o.revenue = number_at(j, "revenue");
    o.roas = number_at(j, "roas");
    o.deliverables = text_at(j, "deliverables");
    o.notes = text_at(j, "notes");
    return o;
}

}  // namespace

CampaignSummary summarise_campaign(const SummarySource& source) {
    Rows rows;
    add_pipeline(rows, source);
    add_plan(rows, source);
    add_costs(rows, source);
    CampaignSummary summary;
    summary.campaign = source.campaign;
    summary.currency = currency_of(source);
    summary.creators = rows.take();
    std::vector<std::string> credited;
    for (CreatorOutcome& row : summary.creators) complete(row, source, credited);
    add_totals(summary);
    return summary;
}

json CampaignSummary::to_json() const {
    json rows = json::array();
    for (const CreatorOutcome& o : creators) rows.push_back(outcome_json(o));
    return json{{"campaign", campaign},
                {"currency", currency},
                {"totals", {{"planned_cost", money(planned_cost)}, {"actual_cost", money(actual_cost)}, {"orders", money(orders)},
                            {"revenue", money(revenue)}, {"roas", money(roas)}}},
                {"creators", std::move(rows)}};
}

Status CampaignSummary::parse(const json& j, CampaignSummary& out) {
    if (!j.is_object()) return Status::error("a campaign summary is a JSON object");
    const auto creators = j.find("creators");
    if (creators == j.end() || !creators->is_array()) return Status::error("a campaign summary's creators is a list");
    CampaignSummary summary;
    summary.campaign = text_at(j, "campaign");
    summary.currency = text_at(j, "currency");
    for (const json& row : *creators) {
        if (!row.is_object() || text_at(row, "handle").empty()) return Status::error("each creator of a campaign summary has a handle");
        summary.creators.push_back(outcome_from(row));
    }
    add_totals(summary);
    out = std::move(summary);
    return Status::ok();
}

std::vector<CreatorHistoryEntry> creator_history(const json& saved, const std::string& handle, const std::string& platform) {
    std::vector<CreatorHistoryEntry> history;
    if (!saved.is_array()) return history;
    for (const json& campaign : saved) {
        if (!campaign.is_object() || !campaign.contains("summary")) continue;
        CampaignSummary summary;
        if (!CampaignSummary::parse(campaign["summary"], summary).is_ok()) continue;
        for (const CreatorOutcome& o : summary.creators) {
            if (!same_creator(o, handle, platform)) continue;
            history.push_back({text_at(campaign, "name"), text_at(campaign, "saved_at").substr(0, 10), summary.currency, o});
            break;
        }
    }
    std::stable_sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.saved_at > b.saved_at; });
    return history;
}

}  // namespace creatorscope
