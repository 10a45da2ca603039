// The red-flag settings: every threshold of assets/flags/thresholds.json, editable in the page;
// Apply re-runs the analysis with them, Defaults goes back to the built-in ones. A brief's
// "thresholds" still apply on top (docs/flags.md).
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "app/view_settings.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"

namespace creatorscope::web {

void FlagSettings::open(const Engine& engine) {
    values_.clear();
    for (const auto& field : FlagThresholds::fields()) values_.emplace_back(std::string(field.name), engine.thresholds().*(field.member));
    message_.clear();
    open_ = true;
    just_opened_ = true;
}

void FlagSettings::draw(const Engine& /*engine*/, Actions& actions, float scale) {
    if (!begin_dialog("Red-flag thresholds###FlagSettings", open_, just_opened_, ImVec2(560.0f * scale, 560.0f * scale))) return;
    ImGui::TextWrapped("When each red flag fires. docs/flags.md explains every threshold and its source. "
                       "Apply to analyse again with these values; a loaded brief's \"thresholds\" still apply on top.");
    if (ImGui::Button("Apply")) {
        FlagThresholds chosen = FlagThresholds::builtin();
        int changes = 0;
        for (std::size_t k = 0; k < values_.size() && k < FlagThresholds::fields().size(); ++k) {
            const auto member = FlagThresholds::fields()[k].member;
            if (values_[k].second != chosen.*member) ++changes;
            chosen.*member = values_[k].second;
        }
        actions.later([thresholds = changes == 0 ? std::nullopt : std::optional<FlagThresholds>(chosen)](Engine& e) {
            (void)e.set_thresholds(thresholds);
        });
        message_ = changes == 0 ? "Built-in thresholds in force." : std::to_string(changes) + " threshold(s) changed.";
    }
    note_item("Apply thresholds");
    ImGui::SameLine();
    if (ImGui::Button("Defaults")) {
        values_.clear();
        for (const auto& field : FlagThresholds::fields()) values_.emplace_back(std::string(field.name), FlagThresholds::builtin().*(field.member));
        message_ = "Built-in values shown: Apply to use them.";
    }
    note_item("Default thresholds");
    ImGui::SameLine();
    if (ImGui::Button("Close")) {
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Close thresholds");
    if (!message_.empty()) ImGui::TextColored(ImColor(palette::muted_text), "%s", message_.c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", "Filter: inactive, follower, comments, view...", filter_, sizeof filter_);
    note_item("Filter thresholds");
    ImGui::Separator();
    ImGui::BeginChild("thresholds", ImVec2(0, 0), false);
    if (ImGui::BeginTable("threshold_table", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Threshold", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, 160.0f * scale);
        ImGui::TableHeadersRow();
        const std::string wanted(filter_);
        for (std::size_t k = 0; k < values_.size(); ++k) {
            auto& [name, value] = values_[k];
            if (!wanted.empty() && name.find(wanted) == std::string::npos) continue;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(name.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::PushID(static_cast<int>(k));
            ImGui::SetNextItemWidth(-1);
            ImGui::InputDouble("##value", &value, 0.0, 0.0, "%g");
            note_item("Threshold: " + name);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::EndPopup();
}

}  // namespace creatorscope::web
