// The Results tab (view_results.hpp).
#include "app/view_results.hpp"

#include <algorithm>
#include <cstdio>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "imgui.h"

namespace creatorscope::web {

namespace {

std::string money(const std::optional<double>& value, const std::string& currency) {
    return value ? format_money(*value, currency) : std::string("-");
}

std::string ratio(const std::optional<double>& value) {
    if (!value) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", *value);
    return text;
}

std::string count(const std::optional<double>& value) {
    if (!value) return "-";
    char text[32];
    std::snprintf(text, sizeof text, *value == static_cast<double>(static_cast<long long>(*value)) ? "%.0f" : "%.1f", *value);
    return text;
}

std::string status_label(const std::string& id) {
    if (id.empty()) return "Not in the pipeline";
    const auto status = parse_deal_status(id);
    return status ? std::string(deal_status_label(*status)) : id;
}

void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
}

}  // namespace

void ResultsView::refresh(const Engine& engine, CampaignsView& campaigns) {
    const std::uint64_t key[6] = {engine.generation(), engine.shortlist_version(), engine.pipeline_version(), engine.owners_version(),
                                  engine.plan_locks_version(), saved_campaigns_version()};
    // The plan is made again in place: look again every half second as well.
    const bool due = ++frames_ >= 30 || engine.planned() != plan_ || !std::equal(std::begin(key), std::end(key), std::begin(key_));
    if (!due) return;
    frames_ = 0;
    std::copy(std::begin(key), std::end(key), std::begin(key_));
    plan_ = engine.planned();
    SummarySource source;
    source.creators = &engine.creators();
    source.shortlist = &engine.shortlist();
    source.pipeline = &engine.pipeline();
    source.plan = plan_;
    source.attribution = engine.attribution() ? &*engine.attribution() : nullptr;
    source.campaign = engine.brief() ? engine.brief()->name : std::string();
    summary_ = summarise_campaign(source);
    past_.clear();
    for (const CreatorOutcome& o : summary_.creators) past_.push_back(campaigns.history(o.handle, o.platform).size());
    if (selected_ && *selected_ >= summary_.creators.size()) selected_.reset();
    history_.clear();
    if (selected_) {
        const CreatorOutcome& o = summary_.creators[*selected_];
        history_ = campaigns.history(o.handle, o.platform);
    }
}

void ResultsView::draw(const Engine& engine, CampaignsView& campaigns, float scale) {
    refresh(engine, campaigns);
    if (summary_.creators.empty()) {
        ImGui::TextWrapped("Nothing to sum up yet. Star creators (they join the pipeline), make a plan, or load the campaign's costs "
                           "and orders: each creator's plan, cost and result then appear here, side by side.");
        note_item("Results empty state");
        return;
    }
    draw_totals();
    ImGui::Spacing();
    draw_table();
    draw_history(scale);
}

void ResultsView::draw_totals() const {
    const std::string& cur = summary_.currency;
    bool planned = false;
    for (const CreatorOutcome& o : summary_.creators) planned |= o.planned_cost.has_value();
    std::string line = (planned ? "Planned " + format_money(summary_.planned_cost, cur) : std::string("No plan made yet (the Plan tab makes one)")) +
                       "; spent " + format_money(summary_.actual_cost, cur) + " (agreed fees, else the costs files)";
    if (summary_.orders) {
        line += "; " + count(summary_.orders) + " orders and " + money(summary_.revenue, cur) + " revenue";
        if (summary_.roas) line += ", ROAS " + ratio(summary_.roas);
    }
    ImGui::TextWrapped("%s.", line.c_str());
    note_item("Results totals");
    ImGui::TextColored(ImColor(palette::muted_text), "%s",
                       summary_.orders ? "Orders and revenue as the Markov model credits them (the Attribution tab has every model)."
                                       : "No orders loaded yet: load the store's orders and visits (or codes) to see what each creator sold.");
}

void ResultsView::draw_table() {
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                      ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
    const float height = std::max(ImGui::GetTextLineHeightWithSpacing() * 8, ImGui::GetContentRegionAvail().y * (history_.empty() ? 1.0f : 0.6f));
    if (!ImGui::BeginTable("results", 10, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* header : {"Creator", "Status", "Fit", "Planned", "Spent", "Orders", "Revenue", "ROAS", "Before", "Notes"}) {
        ImGui::TableSetupColumn(header);
    }
    ImGui::TableHeadersRow();
    const std::string& cur = summary_.currency;
    for (std::size_t i = 0; i < summary_.creators.size(); ++i) {
        const CreatorOutcome& o = summary_.creators[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string label = o.handle + " (" + o.platform + ")##result" + std::to_string(i);
        if (ImGui::Selectable(label.c_str(), selected_ == i, ImGuiSelectableFlags_SpanAllColumns)) {
            selected_ = selected_ == i ? std::nullopt : std::optional<std::size_t>(i);
            key_[0] = ~0ull;  // the history of the new choice, next frame
        }
        note_item("Result: " + o.handle + " " + o.platform);
        cell(status_label(o.status));
        cell(o.fit ? count(o.fit) : std::string("-"));
        cell(o.planned_cost ? money(o.planned_cost, cur) + (o.planned_bookings > 1 ? " (" + std::to_string(o.planned_bookings) + " bookings)" : "") : "-");
        cell(o.actual_cost ? money(o.actual_cost, cur) + " (" + o.cost_basis + ")" : "-");
        cell(count(o.orders));
        cell(money(o.revenue, cur));
        cell(ratio(o.roas));
        cell(past_[i] == 0 ? std::string("first time") : std::to_string(past_[i]) + (past_[i] == 1 ? " campaign" : " campaigns"));
        if (past_[i] > 0) note_item("Before: " + o.handle + " " + o.platform);
        cell(o.notes);
    }
    ImGui::EndTable();
}

void ResultsView::draw_history(float scale) const {
    if (!selected_) {
        ImGui::TextColored(ImColor(palette::muted_text), "Choose a creator to see their campaigns saved in this browser.");
        return;
    }
    const CreatorOutcome& o = summary_.creators[*selected_];
    ImGui::Spacing();
    ImGui::Text("%s (%s) in the campaigns saved in this browser", o.handle.c_str(), o.platform.c_str());
    note_item("Creator history");
    if (history_.empty()) {
        ImGui::TextColored(ImColor(palette::muted_text), "None before this one: save this campaign to start their history.");
        return;
    }
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("history", 8, flags)) return;
    for (const char* header : {"Campaign", "Saved", "Status", "Spent", "Orders", "Revenue", "ROAS", "Notes"}) ImGui::TableSetupColumn(header);
    ImGui::TableHeadersRow();
    for (const CreatorHistoryEntry& h : history_) {
        ImGui::TableNextRow();
        cell(h.campaign);
        note_item("History: " + h.campaign);
        cell(h.saved_at);
        cell(status_label(h.outcome.status));
        cell(money(h.outcome.actual_cost, h.currency));
        cell(count(h.outcome.orders));
        cell(money(h.outcome.revenue, h.currency));
        cell(ratio(h.outcome.roas));
        cell(h.outcome.notes);
    }
    ImGui::EndTable();
    (void)scale;
}

}  // namespace creatorscope::web
