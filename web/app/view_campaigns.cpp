#include "app/view_campaigns.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "app/view_pipeline.hpp"
#include "imgui.h"

namespace creatorscope::web {

namespace {

using json = nlohmann::ordered_json;

std::optional<double> number_at(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

std::string text_at(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A saved campaign's day and time as the shell stored it (ISO 8601, UTC): "2026-10-30 08:00".
std::string saved_when(const std::string& iso) {
    if (iso.size() < 16) return iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

}  // namespace

std::string format_bytes(double bytes) {
    char text[32];
    if (bytes >= 1e9) {
        std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
    } else if (bytes >= 1e6) {
        std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
    } else {
        std::snprintf(text, sizeof text, "%.0f KB", std::ceil(bytes / 1e3));
    }
    return text;
}

void CampaignsView::refresh() {
    if (version_ == saved_campaigns_version()) return;
    version_ = saved_campaigns_version();
    saved_.clear();
    others_ = json::array();
    json list = json::parse(saved_campaigns_json(), nullptr, false);
    if (!list.is_object()) return;
    usage_ = number_at(list, "usage");
    quota_ = number_at(list, "quota");
    current_ = number_at(list, "current");
    const auto campaigns = list.find("campaigns");
    if (campaigns == list.end() || !campaigns->is_array()) return;
    for (const json& c : *campaigns) {
        if (!c.is_object() || !number_at(c, "id")) continue;
        Saved s{*number_at(c, "id"), text_at(c, "name"), text_at(c, "saved_at"), number_at(c, "bytes").value_or(0), 0,
                static_cast<std::size_t>(number_at(c, "files").value_or(0))};
        const auto summary = c.find("summary");
        if (summary != c.end() && summary->is_object() && summary->contains("creators") && (*summary)["creators"].is_array()) {
            s.creators = (*summary)["creators"].size();
        }
        if (!current_ || *current_ != s.id) others_.push_back(c);
        saved_.push_back(std::move(s));
    }
}

bool CampaignsView::any() {
    refresh();
    return !saved_.empty();
}

std::vector<CreatorHistoryEntry> CampaignsView::history(const std::string& handle, const std::string& platform) {
    refresh();
    return creator_history(others_, handle, platform);
}

const CampaignsView::Saved* CampaignsView::named(const std::string& name) const {
    for (const Saved& s : saved_) {
        if (s.name == name) return &s;
    }
    return nullptr;
}

void CampaignsView::draw_save_button(const Engine& engine) {
    refresh();
    ImGui::BeginDisabled(engine.inputs().empty());
    if (ImGui::Button("Save...")) {
        std::string name;
        for (const Saved& s : saved_) {
            if (current_ && s.id == *current_) name = s.name;
        }
        if (name.empty() && engine.brief() && !engine.brief()->name.empty()) name = engine.brief()->name;
        if (name.empty()) name = "Campaign " + today_iso();
        std::snprintf(name_, sizeof name_, "%s", name.c_str());
        save_open_ = save_just_opened_ = true;
    }
    note_item("Save campaign");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keep this campaign in this browser, to reopen it from the start screen.\nNothing is sent anywhere.");
    ImGui::EndDisabled();
}

void CampaignsView::draw_save_dialog(float scale) {
    if (!begin_dialog("Save the campaign in this browser", save_open_, save_just_opened_, ImVec2(560 * scale, 0))) return;
    ImGui::TextWrapped("Kept in this browser's own storage on this computer, and nowhere else: nothing is sent. "
                       "The files as they were read come back with the brief, the shortlist, the plan's choices, the pipeline, "
                       "the owners of codes and links and the outreach wording.");
    ImGui::Spacing();
    ImGui::TextUnformatted("Name");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputText("##campaign_name", name_, sizeof name_);
    note_item("Campaign name");
    const std::string name(name_);
    if (const Saved* same = named(name)) {
        ImGui::TextColored(ImColor(palette::warning), "Replaces the campaign saved under this name on %s.", saved_when(same->saved_at).c_str());
    }
    ImGui::TextColored(ImColor(palette::muted_text), "Export... > Workspace file makes a copy to keep elsewhere or move to another computer.");
    ImGui::Spacing();
    ImGui::BeginDisabled(name.find_first_not_of(" \t") == std::string::npos);
    if (ImGui::Button("Save in this browser")) {
        save_campaign(name);
        save_open_ = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Save in this browser");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        save_open_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void CampaignsView::draw_row(const Saved& s) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(s.name.c_str());
    note_item("Saved campaign: " + s.name);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(saved_when(s.saved_at).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%zu in the summary, %zu files", s.creators, s.files);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_bytes(s.bytes).c_str());
    ImGui::TableNextColumn();
    ImGui::PushID(s.name.c_str());
    if (ImGui::SmallButton("Open")) open_campaign(s.id);
    note_item("Open campaign: " + s.name);
    ImGui::SameLine();
    if (ImGui::SmallButton("Delete...")) {
        deleting_ = s;
        delete_open_ = delete_just_opened_ = true;
    }
    note_item("Delete campaign: " + s.name);
    ImGui::PopID();
}

// The space the saved campaigns take, and a warning as the browser's quota nears (80%).
void CampaignsView::draw_space(float scale) {
    (void)scale;
    std::string line = "Kept in this browser only.";
    if (usage_ && quota_ && *quota_ > 0) {
        line = "This page keeps " + format_bytes(*usage_) + " in this browser, of the " + format_bytes(*quota_) + " the browser allows it.";
    } else if (usage_) {
        line = "This page keeps " + format_bytes(*usage_) + " in this browser.";
    }
    ImGui::TextColored(ImColor(palette::muted_text), "%s", line.c_str());
    note_item("Storage used");
    if (usage_ && quota_ && *quota_ > 0 && *usage_ > 0.8 * *quota_) {
        ImGui::TextColored(ImColor(palette::warning), "Nearly full: delete campaigns you no longer need, or keep them as workspace files (Export...).");
        note_item("Storage warning");
    }
}

float CampaignsView::draw_list(float width, float scale) {
    refresh();
    draw_delete_dialog(scale);
    if (saved_.empty()) return 0;
    const float top = ImGui::GetCursorPosY();
    const float x = ImGui::GetCursorPosX();
    ImGui::TextUnformatted("Saved campaigns");
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    ImGui::SetCursorPosX(x);
    if (ImGui::BeginTable("saved_campaigns", 5, flags, ImVec2(width, 0))) {
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Saved", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("What it holds", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableHeadersRow();
        for (const Saved& s : saved_) draw_row(s);
        ImGui::EndTable();
    }
    note_item("Saved campaigns");
    ImGui::SetCursorPosX(x);
    draw_space(scale);
    return ImGui::GetCursorPosY() - top;
}

void CampaignsView::draw_delete_dialog(float scale) {
    if (!begin_dialog("Delete the saved campaign?", delete_open_, delete_just_opened_, ImVec2(480 * scale, 0))) return;
    if (deleting_) {
        ImGui::TextWrapped("\"%s\", saved on %s, will be removed from this browser. Your own files are not touched.",
                           deleting_->name.c_str(), saved_when(deleting_->saved_at).c_str());
    }
    ImGui::Spacing();
    if (ImGui::Button("Delete")) {
        if (deleting_) delete_campaign(deleting_->id);
        deleting_.reset();
        delete_open_ = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Confirm delete");
    ImGui::SameLine();
    if (ImGui::Button("Keep it")) {
        deleting_.reset();
        delete_open_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace creatorscope::web
