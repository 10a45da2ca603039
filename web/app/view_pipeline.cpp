// The Pipeline tab (view_pipeline.hpp).
#include "app/view_pipeline.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "imgui.h"

namespace creatorscope::web {

std::string today_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &local);
    return day;
}

namespace {

DealStatus status_at(std::size_t index) { return static_cast<DealStatus>(index); }
std::size_t index_of(DealStatus status) { return static_cast<std::size_t>(status); }
bool same(const CreatorKey& a, const CreatorKey& b) { return a.handle == b.handle && a.platform == b.platform; }

// Records the deal as changed once the frame is drawn.
void record(Actions& actions, Deal deal) {
    actions.later([deal = std::move(deal)](Engine& engine) { engine.set_deal(deal); });
}

void move(Actions& actions, Deal deal, DealStatus to) {
    deal.move_to(to, today_iso());
    record(actions, std::move(deal));
}

// "1,200 USD agreed", "fee 900 USD (roster)", or "" when neither is known.
std::string fee_words(const Deal& deal, double roster_fee, const std::string& currency) {
    if (deal.agreed_fee) return format_money(*deal.agreed_fee, currency) + " agreed";
    if (std::isfinite(roster_fee) && roster_fee > 0) return "fee " + format_money(roster_fee, currency) + " (roster)";
    return "";
}

}  // namespace

std::size_t PipelineView::size(const Engine& engine) { return pipeline_deals(engine.shortlist(), engine.pipeline()).size(); }

std::optional<CreatorKey> PipelineView::take_draft_request() {
    auto request = std::move(draft_request_);
    draft_request_.reset();
    return request;
}

void PipelineView::refresh(const Engine& engine) {
    generation_ = engine.generation();
    shortlist_version_ = engine.shortlist_version();
    pipeline_version_ = engine.pipeline_version();
    rows_.clear();
    for (Deal& deal : pipeline_deals(engine.shortlist(), engine.pipeline())) {
        Row row{std::move(deal), "", "", "", "", std::nan(""), false};
        for (const auto& c : engine.creators()) {
            if (c.handle != row.deal.creator.handle || c.platform != row.deal.creator.platform) continue;
            row = Row{std::move(row.deal), c.name, c.tier.value_or(""), c.email, c.currency, c.cost.fee, true};
            break;
        }
        rows_.push_back(std::move(row));
    }
    if (selected_ && selected() == nullptr) selected_.reset();
    if (const Row* row = selected()) select(*row);  // the fields show what was recorded
}

const PipelineView::Row* PipelineView::selected() const {
    if (!selected_) return nullptr;
    for (const Row& row : rows_) {
        if (same(row.deal.creator, *selected_)) return &row;
    }
    return nullptr;
}

void PipelineView::select(const Row& row) {
    selected_ = row.deal.creator;
    if (row.deal.agreed_fee) {
        std::snprintf(fee_, sizeof fee_, "%.2f", *row.deal.agreed_fee);
    } else {
        fee_[0] = '\0';
    }
    std::snprintf(deliverables_, sizeof deliverables_, "%s", row.deal.deliverables.c_str());
    std::snprintf(notes_, sizeof notes_, "%s", row.deal.notes.c_str());
}

// A card: the handle, platform and tier, the fee; a click chooses it for the editor below, the
// arrows move it a step back or on (dated today).
void PipelineView::draw_card(const Row& row, Actions& actions, float width, float scale) {
    const Deal& deal = row.deal;
    const std::string key = deal.creator.handle + " " + deal.creator.platform;
    ImGui::PushID(key.c_str());
    const bool chosen = selected_ && same(*selected_, deal.creator);
    const std::string fee = fee_words(deal, row.roster_fee, row.currency);
    const std::string text = deal.creator.handle + "\n" + deal.creator.platform + (row.tier.empty() ? "" : " · " + row.tier) + "\n" +
                             (fee.empty() ? "no fee yet" : fee);
    const float height = ImGui::GetTextLineHeightWithSpacing() * 3.2f;
    if (ImGui::Selectable(text.c_str(), chosen, 0, ImVec2(width, height))) select(row);
    note_item("Card: " + key);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s%s", row.name.empty() ? "" : (row.name + "\n").c_str(), "Click to edit the deal below.");
    const std::size_t at = index_of(deal.status);
    ImGui::BeginDisabled(at == 0);
    if (ImGui::SmallButton("\xE2\x86\x90")) move(actions, deal, status_at(at - 1));
    ImGui::EndDisabled();
    note_item("Move back: " + key);
    if (at > 0 && ImGui::IsItemHovered()) ImGui::SetTooltip("Back to %s", std::string(deal_status_label(status_at(at - 1))).c_str());
    ImGui::SameLine(0, 4.0f * scale);
    ImGui::BeginDisabled(at + 1 >= deal_status_count);
    if (ImGui::SmallButton("\xE2\x86\x92")) move(actions, deal, status_at(at + 1));
    ImGui::EndDisabled();
    note_item("Move on: " + key);
    if (at + 1 < deal_status_count && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("On to %s (dated today)", std::string(deal_status_label(status_at(at + 1))).c_str());
    }
    ImGui::SameLine(0, 4.0f * scale);
    if (ImGui::SmallButton("Draft")) draft_request_ = deal.creator;
    note_item("Draft outreach: " + key);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Write the first contact, a follow-up or the offer for this creator.");
    ImGui::Spacing();
    ImGui::PopID();
}

// A column per status, each with its cards; scrolls sideways when the columns do not fit.
void PipelineView::draw_board(Actions& actions, float scale) {
    const float column = std::max(170.0f * scale, (ImGui::GetContentRegionAvail().x - 8 * ImGui::GetStyle().ItemSpacing.x) / 8.0f);
    const float height = std::max(ImGui::GetContentRegionAvail().y * 0.55f, 220.0f * scale);
    ImGui::BeginChild("board", ImVec2(0, height), false, ImGuiWindowFlags_HorizontalScrollbar);
    for (std::size_t s = 0; s < deal_status_count; ++s) {
        if (s > 0) ImGui::SameLine();
        const auto count = std::count_if(rows_.begin(), rows_.end(), [&](const Row& r) { return index_of(r.deal.status) == s; });
        const std::string id = "column_" + std::to_string(s);
        ImGui::BeginChild(id.c_str(), ImVec2(column, 0), true);
        ImGui::TextColored(ImColor(palette::accent), "%s", std::string(deal_status_label(status_at(s))).c_str());
        ImGui::SameLine();
        ImGui::TextColored(ImColor(palette::muted_text), "%d", static_cast<int>(count));
        note_item("Column: " + std::string(deal_status_label(status_at(s))));
        ImGui::Separator();
        for (const Row& row : rows_) {
            if (index_of(row.deal.status) == s) draw_card(row, actions, column - 2 * ImGui::GetStyle().WindowPadding.x, scale);
        }
        ImGui::EndChild();
    }
    ImGui::EndChild();
}

void PipelineView::draw_status_combo(const Row& row, Actions& actions, const char* id) {
    const std::string current(deal_status_label(row.deal.status));
    if (!ImGui::BeginCombo(id, current.c_str())) return;
    for (std::size_t s = 0; s < deal_status_count; ++s) {
        const std::string label(deal_status_label(status_at(s)));
        if (ImGui::Selectable(label.c_str(), s == index_of(row.deal.status)) && s != index_of(row.deal.status)) {
            move(actions, row.deal, status_at(s));
        }
        note_item("Status choice: " + label);
    }
    ImGui::EndCombo();
}

// One row per creator: the status to change in place, since when, the fee, deliverables, notes.
void PipelineView::draw_table(Actions& actions) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_ScrollY;
    const float height = std::max(ImGui::GetContentRegionAvail().y * 0.55f, ImGui::GetTextLineHeightWithSpacing() * 6);
    if (!ImGui::BeginTable("pipeline_table", 7, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* name : {"Creator", "Platform", "Status", "Since", "Fee", "Deliverables", "Notes"}) ImGui::TableSetupColumn(name);
    ImGui::TableHeadersRow();
    for (const Row& row : rows_) {
        const Deal& deal = row.deal;
        const std::string key = deal.creator.handle + " " + deal.creator.platform;
        ImGui::PushID(key.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable(deal.creator.handle.c_str(), selected_ && same(*selected_, deal.creator), ImGuiSelectableFlags_SpanAllColumns |
                              ImGuiSelectableFlags_AllowItemOverlap)) {
            select(row);
        }
        note_item("Row: " + key);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(deal.creator.platform.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        draw_status_combo(row, actions, "##status");
        note_item("Status: " + key);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(deal.reached[index_of(deal.status)].empty() ? "-" : deal.reached[index_of(deal.status)].c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(fee_words(deal, row.roster_fee, row.currency).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(deal.deliverables.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(deal.notes.substr(0, deal.notes.find('\n')).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// "Shortlisted 2026-11-28 > Contacted 2026-12-01 > Replied -": every step with its day.
void PipelineView::draw_steps(const Deal& deal) {
    for (std::size_t s = 0; s < deal_status_count; ++s) {
        if (s > 0) ImGui::SameLine(0, 2);
        const std::string label(deal_status_label(status_at(s)));
        const std::string day = deal.reached[s].empty() ? "-" : deal.reached[s];
        const ImU32 ink = s == index_of(deal.status) ? palette::accent : (deal.reached[s].empty() ? palette::muted_text : ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::TextColored(ImColor(ink), "%s%s %s", s > 0 ? "\xE2\x86\x92 " : "", label.c_str(), day.c_str());
    }
}

// The chosen creator's deal: status, the days reached, agreed fee, deliverables, notes.
void PipelineView::draw_editor(Actions& actions, float scale) {
    const Row* row = selected();
    ImGui::Separator();
    if (row == nullptr) {
        ImGui::TextColored(ImColor(palette::muted_text), "Choose a creator above to record the fee, deliverables and notes of the deal.");
        return;
    }
    const Deal& deal = row->deal;
    ImGui::Text("Deal with %s on %s%s", deal.creator.handle.c_str(), deal.creator.platform.c_str(),
                row->email.empty() ? "" : (" (" + row->email + ")").c_str());
    note_item("Deal editor");
    ImGui::SetNextItemWidth(180.0f * scale);
    draw_status_combo(*row, actions, "Status##editor");
    note_item("Deal status");
    draw_steps(deal);
    ImGui::SetNextItemWidth(140.0f * scale);
    ImGui::InputTextWithHint("Agreed fee", row->currency.empty() ? "amount" : row->currency.c_str(), fee_, sizeof fee_,
                             ImGuiInputTextFlags_CharsDecimal);
    note_item("Agreed fee");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Deal changed = deal;
        char* end = nullptr;
        const double fee = std::strtod(fee_, &end);
        changed.agreed_fee = fee_[0] != '\0' && end != fee_ && std::isfinite(fee) && fee >= 0 ? std::optional<double>(fee) : std::nullopt;
        record(actions, std::move(changed));
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##deliverables", "Deliverables: 2 reels and 3 stories, live 1 to 15 October; usage rights 6 months", deliverables_,
                             sizeof deliverables_);
    note_item("Deliverables");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Deal changed = deal;
        changed.deliverables = deliverables_;
        record(actions, std::move(changed));
    }
    ImGui::InputTextMultiline("##notes", notes_, sizeof notes_, ImVec2(-1, ImGui::GetTextLineHeight() * 4));
    note_item("Notes");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Deal changed = deal;
        changed.notes = notes_;
        record(actions, std::move(changed));
    }
    if (notes_[0] == '\0' && !ImGui::IsItemActive()) {
        ImGui::GetWindowDrawList()->AddText(ImVec2(ImGui::GetItemRectMin().x + ImGui::GetStyle().FramePadding.x,
                                                   ImGui::GetItemRectMin().y + ImGui::GetStyle().FramePadding.y),
                                            palette::muted_text, "Notes: what was said, what to remember next time");
    }
}

void PipelineView::draw(const Engine& engine, Actions& actions, float scale) {
    if (engine.generation() != generation_ || engine.shortlist_version() != shortlist_version_ || engine.pipeline_version() != pipeline_version_) {
        refresh(engine);
    }
    if (rows_.empty()) {
        ImGui::TextWrapped("No creators in the pipeline yet. Star creators in the Roster (the star beside each handle) to bring them here, "
                           "then follow each deal from first contact to paid.");
        note_item("Pipeline empty state");
        return;
    }
    ImGui::RadioButton("Board", &mode_, 0);
    note_item("Pipeline board");
    ImGui::SameLine();
    ImGui::RadioButton("Table", &mode_, 1);
    note_item("Pipeline table");
    ImGui::SameLine(0, 20.0f * scale);
    if (ImGui::Button("Download pipeline CSV")) {
        actions.later([](Engine& e) { download_text("creatorscope-pipeline.csv", "text/csv", e.pipeline_csv()); });
    }
    note_item("Download pipeline CSV");
    ImGui::SameLine(0, 20.0f * scale);
    ImGui::TextColored(ImColor(palette::muted_text), "%d creators. A move is dated today (%s); the pipeline is kept with the campaign.",
                       static_cast<int>(rows_.size()), today_iso().c_str());
    if (mode_ == 0) {
        draw_board(actions, scale);
    } else {
        draw_table(actions);
    }
    draw_editor(actions, scale);
}

}  // namespace creatorscope::web
