// Alignment and fit on screen (brief_scores.hpp): cells, tooltips, parts and audience bars.
#include "app/brief_scores.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "imgui.h"

namespace creatorscope::web {

namespace {

std::string whole(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

std::string share_text(double fraction) { return std::isnan(fraction) ? "-" : whole(fraction * 100) + "%"; }

ImU32 score_colour(double score) {
    return score < 40 ? palette::error : score < 60 ? palette::warning : ImGui::GetColorU32(ImGuiCol_Text);
}

// One audience part as bars: each bucket's share, the brief's targets marked (accent, "target").
void audience_bars(const ScorePart& part) {
    const float label_width = ImGui::GetFontSize() * 9.0f;
    const float bar_width = ImGui::GetFontSize() * 14.0f;
    const float height = ImGui::GetTextLineHeight();
    for (const AudienceRow& row : part.rows) {
        ImGui::TextUnformatted(row.bucket.c_str());
        ImGui::SameLine(label_width);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + bar_width, at.y + height), palette::chart_background);
        const float filled = bar_width * static_cast<float>(std::clamp(row.share, 0.0, 1.0));
        const ImU32 colour = row.in_target > 0 ? palette::accent : palette::chart_axis;
        draw->AddRectFilled(at, ImVec2(at.x + filled, at.y + height), colour);
        draw->AddRect(at, ImVec2(at.x + bar_width, at.y + height), palette::chart_border);
        ImGui::Dummy(ImVec2(bar_width, height));
        ImGui::SameLine();
        if (row.in_target >= 1) {
            ImGui::Text("%s  target", share_text(row.share).c_str());
        } else if (row.in_target > 0) {
            ImGui::Text("%s  %s in the target ages", share_text(row.share).c_str(), share_text(row.in_target).c_str());
        } else {
            ImGui::TextColored(ImColor(palette::muted_text), "%s", share_text(row.share).c_str());
        }
    }
}

void score_parts(const char* name, const BriefScore& score) {
    ImGui::Text("%s: ", name);
    ImGui::SameLine(0, 0);
    if (score.known()) {
        ImGui::TextColored(ImColor(score_colour(score.score)), "%s", score_text(score).c_str());
        ImGui::SameLine();
        ImGui::TextColored(ImColor(palette::muted_text), "(%s%% rests on data%s)", whole(score.coverage * 100).c_str(),
                           score.rank > 0 ? (", rank " + std::to_string(score.rank)).c_str() : "");
    } else {
        ImGui::TextColored(ImColor(palette::muted_text), "unknown");
    }
    if (!score.basis.empty()) ImGui::TextColored(ImColor(palette::muted_text), "%s", score.basis.c_str());
    double total_weight = 0;
    for (const ScorePart& part : score.parts) total_weight += part.weight;
    for (const ScorePart& part : score.parts) {
        ImGui::Bullet();
        ImGui::Text("%s: %s (weight %s%%)", part_label(part).c_str(), part.known() ? whole(part.score).c_str() : "unknown",
                    whole(total_weight > 0 ? 100 * part.weight / total_weight : 0).c_str());
        ImGui::Indent();
        ImGui::TextColored(ImColor(palette::muted_text), "%s", part.basis.c_str());
        ImGui::Unindent();
    }
}

}  // namespace

std::string score_text(const BriefScore& score) { return score.known() ? whole(score.score) : "-"; }

std::string part_label(const ScorePart& part) {
    static constexpr const char* labels[][2] = {
        {"countries", "Audience countries"}, {"ages", "Audience ages"}, {"genders", "Audience genders"},
        {"languages", "Audience languages"}, {"content", "Content match"}, {"platform", "Platform"},
        {"tier", "Tier"}, {"engagement", "Engagement against peers"}, {"authenticity", "Authenticity"},
        {"alignment", "Alignment"}, {"cost", "Cost efficiency"}};
    for (const auto& [name, label] : labels) {
        if (part.name == name) return label;
    }
    return part.name;
}

void brief_score_tooltip(const char* name, const BriefScore& score) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
    if (score.known()) {
        ImGui::Text("%s %s: %s%% rests on data", name, score_text(score).c_str(), whole(score.coverage * 100).c_str());
    } else {
        ImGui::Text("%s unknown", name);
    }
    ImGui::Separator();
    if (!score.basis.empty()) ImGui::TextWrapped("%s", score.basis.c_str());
    for (const ScorePart& part : score.parts) {
        ImGui::TextWrapped("%s %s: %s", part_label(part).c_str(), part.known() ? whole(part.score).c_str() : "unknown",
                           part.basis.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void brief_score_cell(const char* name, const BriefScore& score) {
    if (score.known()) {
        ImGui::TextColored(ImColor(score_colour(score.score)), "%s", score_text(score).c_str());
    } else {
        ImGui::TextColored(ImColor(palette::muted_text), "-");
    }
    if (ImGui::IsItemHovered()) brief_score_tooltip(name, score);
}

void against_brief_section(const CreatorResult& c, bool brief_loaded) {
    ImGui::Separator();
    ImGui::TextColored(ImColor(palette::accent), "Against the brief");
    note_item("Against the brief");
    if (!brief_loaded) {
        ImGui::TextColored(ImColor(palette::muted_text), "No brief is loaded: open one, or write one with Brief..., to score this creator against it.");
        return;
    }
    score_parts("Alignment", c.alignment);
    ImGui::Spacing();
    score_parts("Fit", c.fit);
    bool any_audience = false;
    for (const ScorePart& part : c.alignment.parts) {
        if (part.rows.empty()) continue;
        if (!any_audience) {
            ImGui::Spacing();
            ImGui::TextUnformatted("The audience against the brief's targets");
            note_item("Audience bars");
        }
        any_audience = true;
        ImGui::Spacing();
        ImGui::Text("%s: %s in target", part_label(part).c_str(), share_text(part.share_in_target).c_str());
        if (!part.input.empty()) {
            ImGui::SameLine();
            ImGui::TextColored(ImColor(palette::muted_text), "(from %s)", part.input.c_str());
        }
        audience_bars(part);
    }
    if (!any_audience) ImGui::TextColored(ImColor(palette::muted_text), "No audience file gives this creator's audience.");
}

}  // namespace creatorscope::web
