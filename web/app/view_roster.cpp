// The roster: one row per creator account with its tier and engagement rate; sortable by
// every column, searchable, and drawn with the list clipper so long rosters stay smooth.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "app/app.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/report.hpp"
#include "creatorscope/text.hpp"

namespace creatorscope::web {

namespace {

enum Column { handle_column, platform_column, followers_column, tier_column, rate_column, basis_column, posts_column };

// Missing figures sort last whichever the direction.
int compare_numbers(double a, double b) {
    const bool a_missing = std::isnan(a), b_missing = std::isnan(b);
    if (a_missing || b_missing) return a_missing == b_missing ? 0 : (a_missing ? 2 : -2);
    return a < b ? -1 : (a > b ? 1 : 0);
}

double rate_of(const CreatorResult& c) { return c.engagement.available ? c.engagement.rate : std::nan(""); }

void engagement_tooltip(const CreatorResult& c) {
    const Engagement& e = c.engagement;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    if (e.available) {
        ImGui::Text("Engagement rate %s (mean %s)", format_percent(e.rate).c_str(), format_percent(e.rate_mean).c_str());
    } else {
        ImGui::TextUnformatted("No engagement rate");
    }
    ImGui::Separator();
    ImGui::TextWrapped("%s", describe_formula(e).c_str());
    if (e.source == "posts" && e.available) {
        ImGui::TextWrapped("Posts in the window: %d; used: %d; left out: %d.", e.posts_in_window, e.posts_used,
                           static_cast<int>(e.skipped.size()));
        for (std::size_t i = 0; i < e.skipped.size() && i < 5; ++i) {
            ImGui::BulletText("%s: %s", e.skipped[i].post_id.c_str(), e.skipped[i].reason.c_str());
        }
    }
    for (const auto& caveat : e.caveats) {
        if (caveat == "TOO_FEW_POSTS") {
            ImGui::TextColored(ImColor(palette::warning), "Too few posts (under %d) for a trustworthy figure.",
                               minimum_trustworthy_posts);
        }
    }
    if (!e.note.empty() && e.available) ImGui::TextColored(ImColor(palette::muted_text), "%s", e.note.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void RosterView::rebuild_order(const Engine& engine, const ImGuiTableSortSpecs* specs) {
    const auto& creators = engine.creators();
    order_.clear();
    const std::string needle = lower_ascii(applied_search_);
    for (std::uint32_t i = 0; i < creators.size(); ++i) {
        if (!needle.empty()) {
            const auto& c = creators[i];
            const std::string haystack = c.handle + " " + c.platform + " " + c.tier.value_or("") + " " + lower_ascii(c.category);
            if (haystack.find(needle) == std::string::npos) continue;
        }
        order_.push_back(i);
    }
    if (specs == nullptr || specs->SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
    const auto column = static_cast<Column>(spec.ColumnUserID);
    std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t ia, std::uint32_t ib) {
        const CreatorResult& a = creators[ia];
        const CreatorResult& b = creators[ib];
        int result = 0;
        switch (column) {
            case handle_column: result = a.handle.compare(b.handle); break;
            case platform_column: result = a.platform.compare(b.platform); break;
            case followers_column:
            case tier_column: result = compare_numbers(a.followers, b.followers); break;
            case rate_column: result = compare_numbers(rate_of(a), rate_of(b)); break;
            case basis_column: result = a.engagement.denominator.compare(b.engagement.denominator); break;
            case posts_column: result = a.engagement.posts_used - b.engagement.posts_used; break;
        }
        if (result == 2 || result == -2) return result < 0;  // missing values last
        if (result == 0) return ia < ib;
        return descending ? result > 0 : result < 0;
    });
}

void RosterView::draw(Engine& engine) {
    const auto& creators = engine.creators();
    ImGui::Text("Roster: %s creator accounts", format_count(static_cast<double>(creators.size())).c_str());
    ImGui::SameLine();
    const std::string as_of = engine.as_of_date();
    ImGui::TextColored(ImColor(palette::muted_text), "  tiers: %s scheme, report date %s", engine.tier_scheme().name().c_str(),
                       as_of.empty() ? "(no dates in the data)" : as_of.c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search handle, platform, tier or category", search_, sizeof search_);
    note_item("Search");
    const bool search_changed = applied_search_ != search_;
    if (search_changed) applied_search_ = search_;

    constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                      ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("roster_table", 7, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Figures get the width their header or widest typical value needs; the handle takes the rest.
    const float sort_arrow = ImGui::GetFontSize();
    const auto fixed = [&](const char* header, const char* widest) {
        return std::max(ImGui::CalcTextSize(header).x + sort_arrow, ImGui::CalcTextSize(widest).x);
    };
    ImGui::TableSetupColumn("Handle", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthStretch, 0.0f, handle_column);
    ImGui::TableSetupColumn("Platform", ImGuiTableColumnFlags_WidthFixed, fixed("Platform", "instagram"), platform_column);
    ImGui::TableSetupColumn("Followers", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            fixed("Followers", "12,345,678"), followers_column);
    ImGui::TableSetupColumn("Tier", ImGuiTableColumnFlags_WidthFixed, fixed("Tier", "celebrity"), tier_column);
    ImGui::TableSetupColumn("Engagement rate", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            fixed("Engagement rate", "100.00% *"), rate_column);
    ImGui::TableSetupColumn("Measured by", ImGuiTableColumnFlags_WidthFixed, fixed("Measured by", "followers"), basis_column);
    ImGui::TableSetupColumn("Posts used", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            fixed("Posts used", "30"), posts_column);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    const char* header_help[] = {
        "The creator's handle on the platform.",
        "Instagram, TikTok or YouTube.",
        "Followers (subscribers on YouTube) as the roster states them.",
        "Size tier from the follower count and the selected tier scheme.",
        "Median over the most recent posts (12 on Instagram, 30 on TikTok and YouTube) of\n"
        "(likes + comments, plus shares and saves where the export has them) divided by\n"
        "followers on Instagram, or by the post's views on TikTok and YouTube.",
        "The denominator of the engagement rate: followers or views.",
        "How many posts the engagement rate was computed from. Under 5 is too few to trust.",
    };
    for (int column = 0; column < 7; ++column) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        note_item(std::string("Header: ") + ImGui::TableGetColumnName(column));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", header_help[column]);
    }

    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (search_changed || engine.generation() != generation_ || (specs != nullptr && specs->SpecsDirty)) {
        rebuild_order(engine, specs);
        generation_ = engine.generation();
        if (specs != nullptr) specs->SpecsDirty = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const CreatorResult& c = creators[order_[static_cast<std::size_t>(row)]];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(handle_column);
            ImGui::TextUnformatted(c.handle.c_str());
            ImGui::TableSetColumnIndex(platform_column);
            ImGui::TextUnformatted(c.platform.empty() ? "-" : c.platform.c_str());
            ImGui::TableSetColumnIndex(followers_column);
            ImGui::TextUnformatted(format_count(c.followers).c_str());
            ImGui::TableSetColumnIndex(tier_column);
            ImGui::TextUnformatted(c.tier ? c.tier->c_str() : "-");
            ImGui::TableSetColumnIndex(rate_column);
            const Engagement& e = c.engagement;
            if (e.available) {
                const bool caveat = !e.caveats.empty();
                if (caveat) {
                    ImGui::TextColored(ImColor(palette::warning), "%s *", format_percent(e.rate).c_str());
                } else {
                    ImGui::TextUnformatted(format_percent(e.rate).c_str());
                }
            } else {
                ImGui::TextColored(ImColor(palette::muted_text), "-");
            }
            if (ImGui::IsItemHovered()) engagement_tooltip(c);
            ImGui::TableSetColumnIndex(basis_column);
            ImGui::TextUnformatted(e.denominator.empty() ? "-" : e.denominator.c_str());
            ImGui::TableSetColumnIndex(posts_column);
            ImGui::Text("%d", e.posts_used);
        }
    }
    ImGui::EndTable();
}

}  // namespace creatorscope::web
