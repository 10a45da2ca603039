// The Compare view: one column per creator, one row per figure, so that two to four creators
// read across; the scores' parts under each score, and the creator page's charts, small.
#include "app/view_compare.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

#include "app/brief_scores.hpp"
#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "app/view_creator.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/format.hpp"

namespace creatorscope::web {

namespace {

using Creators = std::vector<const CreatorResult*>;

std::string flags_text(const CreatorResult& c) {
    if (c.flags.empty()) return "none";
    std::string text;
    for (const auto& f : c.flags) text += (text.empty() ? "" : "\n") + f.severity + "  " + f.id;
    return text;
}

// A row: its label, then one cell per creator.
void figure_row(const char* label, const Creators& creators, const std::function<void(const CreatorResult&)>& cell) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextColored(ImColor(palette::muted_text), "%s", label);
    for (std::size_t i = 0; i < creators.size(); ++i) {
        ImGui::TableSetColumnIndex(static_cast<int>(i) + 1);
        cell(*creators[i]);
    }
}

void text_row(const char* label, const Creators& creators, const std::function<std::string(const CreatorResult&)>& text) {
    figure_row(label, creators, [&](const CreatorResult& c) { ImGui::TextUnformatted(text(c).c_str()); });
}

// A score and, under it, each of its parts (by name, as the first creator lists them).
void score_rows(const char* label, const Creators& creators, BriefScore CreatorResult::*score) {
    figure_row(label, creators, [&](const CreatorResult& c) { brief_score_cell(label, c.*score); });
    const auto& parts = (creators.front()->*score).parts;
    for (const ScorePart& part : parts) {
        const std::string name = "   " + part_label(part);
        figure_row(name.c_str(), creators, [&](const CreatorResult& c) {
            const auto& own = (c.*score).parts;
            const auto found = std::find_if(own.begin(), own.end(), [&](const ScorePart& p) { return p.name == part.name; });
            if (found == own.end() || !found->known()) {
                ImGui::TextColored(ImColor(palette::muted_text), "%s", found == own.end() ? "-" : "unknown");
            } else {
                ImGui::Text("%.0f", found->score);
            }
            if (found != own.end() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", found->basis.c_str());
        });
    }
}

void figures(const Creators& creators) {
    text_row("Followers", creators, [](const CreatorResult& c) { return format_count(c.followers); });
    text_row("Tier", creators, [](const CreatorResult& c) { return c.tier.value_or("-"); });
    text_row("Engagement rate", creators, [](const CreatorResult& c) {
        return c.engagement.available ? format_percent(c.engagement.rate) + " by " + c.engagement.denominator : std::string("-");
    });
    text_row("Peer rank", creators, [](const CreatorResult& c) {
        return std::isnan(c.benchmark.percentile) ? std::string("-") : format_number(c.benchmark.percentile, 0) + " of 100";
    });
    text_row("Growth 30 days", creators, [](const CreatorResult& c) {
        return std::isnan(c.growth.growth_30d) ? std::string("-") : format_percent(c.growth.growth_30d);
    });
    text_row("Fee per post", creators, [](const CreatorResult& c) { return format_money(c.cost.fee, c.currency); });
    text_row("Cost per engagement", creators, [](const CreatorResult& c) { return format_money(c.cost.cpe, c.currency); });
    text_row("Cost per 1,000 views", creators, [](const CreatorResult& c) { return format_money(c.cost.cpm, c.currency); });
    text_row("Media value of a post", creators, [](const CreatorResult& c) { return format_money(c.cost.emv, "USD"); });
    figure_row("Authenticity", creators, [](const CreatorResult& c) {
        if (c.authenticity.known()) {
            ImGui::Text("%.0f", c.authenticity.score);
        } else {
            ImGui::TextColored(ImColor(palette::muted_text), "unknown");
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.authenticity.basis.c_str());
    });
}

}  // namespace

void CompareView::open(std::vector<CreatorKey> creators) {
    keys_ = std::move(creators);
    open_ = true;
    just_opened_ = true;
}

void CompareView::draw(const Engine& engine, float scale) {
    if (!open_) return;
    Creators creators;
    for (const CreatorKey& key : keys_) {
        for (const auto& c : engine.creators()) {
            if (c.handle == key.handle && c.platform == key.platform) creators.push_back(&c);
        }
    }
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - 60.0f * scale, io.DisplaySize.y - 80.0f * scale), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (just_opened_) ImGui::SetNextWindowFocus();
    just_opened_ = false;
    if (!ImGui::Begin("Compare creators###Compare", &open_, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    note_item("Compare view");
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) open_ = false;
    if (ImGui::Button("Close")) open_ = false;
    note_item("Close compare");
    if (creators.size() < 2) {
        ImGui::TextUnformatted("Fewer than two of the creators compared are loaded now: star two to four in the roster and press Compare.");
        ImGui::End();
        return;
    }
    const int columns = static_cast<int>(creators.size()) + 1;
    if (ImGui::BeginTable("compare_table", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("   Engagement against peers").x);
        for (const CreatorResult* c : creators) ImGui::TableSetupColumn((c->handle + " on " + c->platform).c_str());
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int column = 0; column < columns; ++column) {
            ImGui::TableSetColumnIndex(column);
            ImGui::TableHeader(ImGui::TableGetColumnName(column));
            if (column > 0) note_item("Compare column: " + creators[column - 1]->handle + " " + creators[column - 1]->platform);
        }
        figures(creators);
        score_rows("Alignment", creators, &CreatorResult::alignment);
        score_rows("Fit", creators, &CreatorResult::fit);
        text_row("Red flags", creators, flags_text);
        figure_row("Followers over time", creators, [&](const CreatorResult& c) {
            const float width = ImGui::GetContentRegionAvail().x;
            if (c.follower_series.size() >= 2) {
                creator_followers_chart(c, ImVec2(width, 120.0f * scale));
            } else {
                creator_rate_chart(c, ImVec2(width, 120.0f * scale));
            }
        });
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace creatorscope::web
