// The pipeline and codes CSVs (campaign_csv.hpp).
#include "report/campaign_csv.hpp"

#include <algorithm>

#include "attribution/code_owners.hpp"
#include "report/report.hpp"

namespace creatorscope {

namespace {

const CreatorResult* find_creator(const std::vector<CreatorResult>& creators, const CreatorKey& key) {
    const auto found = std::find_if(creators.begin(), creators.end(),
                                    [&](const CreatorResult& c) { return c.handle == key.handle && c.platform == key.platform; });
    return found == creators.end() ? nullptr : &*found;
}

std::string_view owner_from(CodeUse::From from, const std::string& owner) {
    switch (from) {
        case CodeUse::From::codes_file: return "codes file";
        case CodeUse::From::page: return owner.empty() ? "no creator's" : "set in the page";
        case CodeUse::From::unknown: return "unknown";
    }
    return "unknown";
}

}  // namespace

std::string write_pipeline_csv(const std::vector<CreatorResult>& creators, const Shortlist& shortlist, const Pipeline& pipeline) {
    std::string out = "handle,name,platform,email,status";
    for (std::size_t i = 0; i < deal_status_count; ++i) out += ',' + std::string(deal_status_id(static_cast<DealStatus>(i)));
    out += ",agreed_fee,currency,deliverables,notes\n";
    for (const Deal& d : pipeline_deals(shortlist, pipeline)) {
        const CreatorResult* c = find_creator(creators, d.creator);
        out += csv_cell(d.creator.handle) + ',' + csv_cell(c ? c->name : "") + ',' + csv_cell(d.creator.platform) + ',' +
               csv_cell(c ? c->email : "") + ',' + std::string(deal_status_id(d.status));
        for (const std::string& day : d.reached) out += ',' + csv_cell(day);
        out += ',' + (d.agreed_fee ? csv_number(*d.agreed_fee, 2) : std::string()) + ',' + csv_cell(c ? c->currency : "") + ',' +
               csv_cell(d.deliverables) + ',' + csv_cell(d.notes) + '\n';
    }
    return out;
}

std::string write_codes_csv(const AttributionResult& attribution, const std::vector<CreatorResult>& creators) {
    std::vector<CodeOwnerCandidate> candidates;
    for (const auto& c : creators) candidates.push_back({c.handle, c.name});
    std::string out = "code,owner,owner_from,suggested_owner,why,orders,revenue,currency\n";
    for (const CodeUse& use : attribution.codes) {
        std::optional<CodeOwnerSuggestion> suggestion;
        if (use.from == CodeUse::From::unknown) suggestion = suggest_code_owner(use.code, candidates);
        out += csv_cell(use.code) + ',' + csv_cell(use.owner) + ',' + std::string(owner_from(use.from, use.owner)) + ',' +
               csv_cell(suggestion ? suggestion->handle : "") + ',' + csv_cell(suggestion ? suggestion->why : "") + ',' +
               std::to_string(use.orders) + ',' + csv_number(use.value, 2) + ',' + csv_cell(attribution.currency) + '\n';
    }
    return out;
}

}  // namespace creatorscope
