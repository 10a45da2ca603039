// The campaign's pipeline (creatorscope/campaign.hpp): each shortlisted creator's deal, from
// first contact to paid, and its JSON form in a saved workspace.
#include <algorithm>
#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

#include "creatorscope/campaign.hpp"
#include "ingest/dates.hpp"

namespace creatorscope {

namespace {

constexpr std::array<std::string_view, deal_status_count> status_ids{
    "shortlisted", "contacted", "replied", "negotiating", "agreed", "live", "paid", "done"};
constexpr std::array<std::string_view, deal_status_count> status_labels{
    "Shortlisted", "Contacted", "Replied", "Negotiating", "Agreed", "Live", "Paid", "Done"};

bool same_creator(const Deal& d, std::string_view handle, std::string_view platform) {
    return d.creator.handle == handle && d.creator.platform == platform;
}

// A day as a deal keeps it: "YYYY-MM-DD" that is a date.
bool is_day(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    return parse_timestamp(text).has_value();
}

Status entry_error(std::size_t index, const std::string& what) {
    return Status::error("pipeline entry " + std::to_string(index + 1) + ": " + what);
}

Status read_reached(const nlohmann::ordered_json& j, std::size_t index, Deal& deal) {
    if (!j.is_object()) return entry_error(index, "\"reached\" must be an object of status: YYYY-MM-DD");
    for (auto step = j.begin(); step != j.end(); ++step) {
        const auto status = parse_deal_status(step.key());
        if (!status) return entry_error(index, "unknown status in \"reached\": " + step.key());
        if (!step.value().is_string() || !is_day(step.value().get<std::string>())) {
            return entry_error(index, "the day " + step.key() + " was reached must be YYYY-MM-DD");
        }
        deal.reached[static_cast<std::size_t>(*status)] = step.value().get<std::string>();
    }
    return Status::ok();
}

Status read_text(const nlohmann::ordered_json& entry, const char* field, std::size_t index, std::string& out) {
    if (!entry.contains(field)) return Status::ok();
    if (!entry[field].is_string()) return entry_error(index, std::string("\"") + field + "\" must be text");
    out = entry[field].get<std::string>();
    return Status::ok();
}

Status read_fee(const nlohmann::ordered_json& entry, std::size_t index, Deal& deal) {
    if (!entry.contains("agreed_fee") || entry["agreed_fee"].is_null()) return Status::ok();
    const auto& fee = entry["agreed_fee"];
    if (!fee.is_number() || !std::isfinite(fee.get<double>()) || fee.get<double>() < 0) {
        return entry_error(index, "\"agreed_fee\" must be a number, 0 or more");
    }
    deal.agreed_fee = fee.get<double>();
    return Status::ok();
}

Status read_deal(const nlohmann::ordered_json& entry, std::size_t index, Deal& deal) {
    static constexpr std::array<std::string_view, 7> fields{"handle", "platform", "status", "reached", "agreed_fee", "deliverables", "notes"};
    if (!entry.is_object()) return entry_error(index, "must be an object");
    for (auto field = entry.begin(); field != entry.end(); ++field) {
        if (std::find(fields.begin(), fields.end(), field.key()) == fields.end()) return entry_error(index, "unknown field " + field.key());
    }
    if (!entry.contains("handle") || !entry["handle"].is_string() || entry["handle"].get<std::string>().empty()) {
        return entry_error(index, "needs a handle (text)");
    }
    deal.creator.handle = entry["handle"].get<std::string>();
    if (auto s = read_text(entry, "platform", index, deal.creator.platform); !s) return s;
    std::string status = "shortlisted";
    if (auto s = read_text(entry, "status", index, status); !s) return s;
    const auto parsed = parse_deal_status(status);
    if (!parsed) return entry_error(index, "unknown status " + status);
    deal.status = *parsed;
    if (entry.contains("reached")) {
        if (auto s = read_reached(entry["reached"], index, deal); !s) return s;
    }
    if (auto s = read_fee(entry, index, deal); !s) return s;
    if (auto s = read_text(entry, "deliverables", index, deal.deliverables); !s) return s;
    return read_text(entry, "notes", index, deal.notes);
}

}  // namespace

std::string_view deal_status_id(DealStatus status) { return status_ids[static_cast<std::size_t>(status)]; }
std::string_view deal_status_label(DealStatus status) { return status_labels[static_cast<std::size_t>(status)]; }

std::optional<DealStatus> parse_deal_status(std::string_view id) {
    for (std::size_t i = 0; i < status_ids.size(); ++i) {
        if (status_ids[i] == id) return static_cast<DealStatus>(i);
    }
    return std::nullopt;
}

void Deal::move_to(DealStatus to, std::string_view day) {
    status = to;
    std::string& when = reached[static_cast<std::size_t>(to)];
    if (when.empty() && is_day(day)) when = std::string(day);
}

const Deal* Pipeline::find(std::string_view handle, std::string_view platform) const {
    const auto found = std::find_if(deals_.begin(), deals_.end(), [&](const Deal& d) { return same_creator(d, handle, platform); });
    return found == deals_.end() ? nullptr : &*found;
}

bool Pipeline::set(Deal deal) {
    const auto found = std::find_if(deals_.begin(), deals_.end(),
                                    [&](const Deal& d) { return same_creator(d, deal.creator.handle, deal.creator.platform); });
    if (found == deals_.end()) {
        deals_.push_back(std::move(deal));
        return true;
    }
    if (*found == deal) return false;
    *found = std::move(deal);
    return true;
}

bool Pipeline::remove(std::string_view handle, std::string_view platform) {
    const auto found = std::find_if(deals_.begin(), deals_.end(), [&](const Deal& d) { return same_creator(d, handle, platform); });
    if (found == deals_.end()) return false;
    deals_.erase(found);
    return true;
}

nlohmann::ordered_json Pipeline::to_json() const {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Deal& d : deals_) {
        nlohmann::ordered_json reached = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < deal_status_count; ++i) {
            if (!d.reached[i].empty()) reached[std::string(status_ids[i])] = d.reached[i];
        }
        list.push_back({{"handle", d.creator.handle},
                        {"platform", d.creator.platform},
                        {"status", std::string(deal_status_id(d.status))},
                        {"reached", std::move(reached)},
                        {"agreed_fee", d.agreed_fee ? nlohmann::ordered_json(*d.agreed_fee) : nlohmann::ordered_json(nullptr)},
                        {"deliverables", d.deliverables},
                        {"notes", d.notes}});
    }
    return list;
}

Status Pipeline::parse(const nlohmann::ordered_json& j, Pipeline& out) {
    if (!j.is_array()) return Status::error("the pipeline must be a list of deals");
    Pipeline read;
    for (std::size_t i = 0; i < j.size(); ++i) {
        Deal deal;
        if (auto status = read_deal(j[i], i, deal); !status) return status;
        read.set(std::move(deal));
    }
    out = std::move(read);
    return Status::ok();
}

std::vector<Deal> pipeline_deals(const Shortlist& shortlist, const Pipeline& pipeline) {
    std::vector<Deal> deals;
    for (const CreatorKey& key : shortlist.entries()) {
        const Deal* recorded = pipeline.find(key.handle, key.platform);
        deals.push_back(recorded ? *recorded : Deal{key});
    }
    for (const Deal& d : pipeline.deals()) {
        if (d.status != DealStatus::shortlisted && !shortlist.contains(d.creator.handle, d.creator.platform)) deals.push_back(d);
    }
    return deals;
}

}  // namespace creatorscope
