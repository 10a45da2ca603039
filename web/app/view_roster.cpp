// The roster: one row per creator account with its tier and engagement rate; sortable by
// every column, searchable, and drawn with the list clipper so long rosters stay smooth.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/roster_columns.hpp"
#include "imgui_internal.h"  // TableSetColumnSortDirection: the sort by fit a brief brings
#include "app/view_roster.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/format.hpp"
#include "creatorscope/settings.hpp"
#include "creatorscope/sort_keys.hpp"

namespace creatorscope::web {

namespace {

// The tier scheme, chosen here (the CLI's --tiers): each scheme's thresholds in its tooltip.
void tier_scheme_choice(const Engine& engine, Actions& actions) {
    ImGui::TextUnformatted("tiers:");
    ImGui::SameLine();
    const std::string current = engine.tier_scheme().name();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("five-band").x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("##tiers", current.c_str())) {
        for (const auto& name : TierScheme::builtin_names()) {
            if (ImGui::Selectable(name.c_str(), name == current) && name != current) {
                actions.later([name](Engine& e) { (void)e.set_tier_scheme(*TierScheme::builtin(name)); });
            }
            note_item("Tier scheme: " + name);
        }
        ImGui::EndCombo();
    }
    note_item("Tier scheme");
    if (ImGui::IsItemHovered()) {
        std::string text = engine.tier_scheme().name() + ":";
        for (const auto& tier : engine.tier_scheme().tiers())
            text += "\n  " + tier.name + " from " + format_count(tier.min_followers);
        text += "\n" + engine.tier_scheme().source();
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// The empty roster's explanation: what the roster lists and how to fill it.
void no_creators_state(const Engine& engine) {
    ImGui::Spacing();
    ImGui::TextUnformatted("No creator accounts yet.");
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(
        "The roster lists the creator accounts found in a roster (handle, platform, followers...) or in posts "
        "(handle, likes, comments, date...). Open such an export, or press Load sample data to see how it works.");
    if (engine.attribution())
        ImGui::TextUnformatted("The orders and visits loaded are attributed in the Attribution tab.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    note_item("Roster empty state");
}

// The table's columns and its header row; figures get the width their header or widest typical value needs.
void table_columns(const std::vector<RosterColumn>& columns) {
    const int column_count = static_cast<int>(columns.size());
    ImGui::TableSetupScrollFreeze(1, 1);
    const float sort_arrow = ImGui::GetFontSize();
    for (int i = 0; i < column_count; ++i) {
        const RosterColumn& column = columns[static_cast<std::size_t>(i)];
        ImGuiTableColumnFlags column_flags = ImGuiTableColumnFlags_WidthFixed;
        if (i == 0) column_flags |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
        if (column.descending_first) column_flags |= ImGuiTableColumnFlags_PreferSortDescending;
        const char* widest = i == 0 ? "sustainable.style.co" : column.widest;
        const float width = std::max(ImGui::CalcTextSize(column.header).x + sort_arrow, ImGui::CalcTextSize(widest).x);
        ImGui::TableSetupColumn(column.header, column_flags, width, static_cast<ImGuiID>(i));
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < column_count; ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        note_item(std::string("Header: ") + ImGui::TableGetColumnName(column));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", columns[static_cast<std::size_t>(column)].help);
    }
}

}  // namespace

void RosterView::rebuild_order(const Engine& engine, const ImGuiTableSortSpecs* specs) {
    set_drawn_engine(&engine);
    const auto& creators = engine.creators();
    order_.clear();
    const std::string needle = lower_ascii(applied_search_);
    const std::vector<std::string>* texts = needle.empty() ? nullptr : &keys_.search_texts(engine);
    for (std::uint32_t i = 0; i < creators.size(); ++i) {
        const auto& c = creators[i];
        if (texts != nullptr && (*texts)[i].find(needle) == std::string::npos) continue;
        if (!platform_.empty() && c.platform != platform_) continue;
        if (!tier_.empty() && c.tier.value_or("") != tier_) continue;
        if (!flag_.empty()) {
            const bool has = flag_ == "any flag"      ? !c.flags.empty()
                             : flag_ == "a high flag" ? std::any_of(c.flags.begin(), c.flags.end(), [](const Flag& f) { return f.severity == "high"; })
                             : flag_ == "no flag"     ? c.flags.empty()
                                                      : std::any_of(c.flags.begin(), c.flags.end(), [&](const Flag& f) { return f.id == flag_; });
            if (!has) continue;
        }
        if (min_authenticity_ > 0 && !(c.authenticity.score >= min_authenticity_)) continue;
        if (shortlist_only_ && !engine.is_shortlisted(c)) continue;
        order_.push_back(i);
    }
    if (specs == nullptr || specs->SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
    const auto& column = roster_columns()[static_cast<std::size_t>(spec.ColumnUserID)];
    // Kept keys: sorting again reads no creator (creatorscope/sort_keys.hpp).
    if (const auto keys = keys_.sort_keys(engine, static_cast<std::size_t>(spec.ColumnUserID)); !keys.empty()) {
        sort_by_keys(order_, keys, descending);
        return;
    }
    std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t ia, std::uint32_t ib) {
        const CreatorResult& a = creators[ia];
        const CreatorResult& b = creators[ib];
        const int result = column.compare(a, b);
        if (result == 2 || result == -2) return result < 0;  // missing values last
        if (result == 0) return ia < ib;
        return descending ? result > 0 : result < 0;
    });
}

void RosterView::draw_filters(const Engine& engine) {
    const auto& creators = engine.creators();
    if (choices_generation_ != engine.generation()) {
        choices_generation_ = engine.generation();
        platforms_.clear();
        flag_ids_.clear();
        for (const auto& c : creators) {
            if (!c.platform.empty() && std::find(platforms_.begin(), platforms_.end(), c.platform) == platforms_.end()) platforms_.push_back(c.platform);
            for (const auto& f : c.flags) {
                if (std::find(flag_ids_.begin(), flag_ids_.end(), f.id) == flag_ids_.end()) flag_ids_.push_back(f.id);
            }
        }
        std::sort(platforms_.begin(), platforms_.end());
        std::sort(flag_ids_.begin(), flag_ids_.end());
        tiers_.clear();
        for (const auto& tier : engine.tier_scheme().tiers()) tiers_.push_back(tier.name);
        // A filter whose value is gone (another tier scheme, a file removed) lets everything through.
        if (!platform_.empty() && std::find(platforms_.begin(), platforms_.end(), platform_) == platforms_.end()) platform_.clear();
        if (!tier_.empty() && std::find(tiers_.begin(), tiers_.end(), tier_) == tiers_.end()) tier_.clear();
        filters_changed_ = true;
    }
    // The filters flow onto a second line when the panel is narrow.
    bool first = true;
    const float gap = ImGui::GetFontSize();
    const auto place = [&](float width) {
        if (!first) {
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
        }
        first = false;
    };
    // One drop-down per filter: "All ..." first, then the values the loaded creators have.
    const auto choose = [&](const char* id, const char* label, const char* all, std::string& value, const std::vector<std::string>& options,
                            const std::vector<std::string>& extra, const char* help) {
        float width = ImGui::CalcTextSize(all).x;
        for (const auto& o : options) width = std::max(width, ImGui::CalcTextSize(o.c_str()).x);
        for (const auto& o : extra) width = std::max(width, ImGui::CalcTextSize(o.c_str()).x);
        width += ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
        place(ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + width);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(width);
        if (ImGui::BeginCombo(id, value.empty() ? all : value.c_str())) {
            if (ImGui::Selectable(all, value.empty())) {
                value.clear();
                filters_changed_ = true;
            }
            note_item(std::string(label) + " " + all);
            for (const auto* list : {&extra, &options}) {
                for (const auto& o : *list) {
                    if (ImGui::Selectable(o.c_str(), value == o)) {
                        value = o;
                        filters_changed_ = true;
                    }
                    note_item(std::string(label) + " " + o);
                }
            }
            ImGui::EndCombo();
        }
        note_item(std::string("Filter ") + label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
    };
    choose("##platform", "Platform", "all platforms", platform_, platforms_, {}, "Show one platform's accounts only.");
    choose("##tier", "Tier", "all tiers", tier_, tiers_, {}, "Show one tier only (of the tier scheme chosen above).");
    choose("##flag", "Flags", "any or none", flag_, flag_ids_, {"any flag", "a high flag", "no flag"},
           "Show accounts with any red flag, a high one, none, or one flag in particular.");
    place(ImGui::CalcTextSize("Authenticity at least").x + ImGui::GetStyle().ItemSpacing.x + ImGui::GetFontSize() * 6.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Authenticity at least");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    if (ImGui::SliderFloat("##authenticity", &min_authenticity_, 0.0f, 100.0f, "%.0f")) filters_changed_ = true;
    note_item("Filter Authenticity");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide accounts whose authenticity score is below this (0 shows every account). Ctrl+click to type a value.");
    draw_shortlist_controls(engine);
}

// "Shortlist only" and Compare (2 to 4 starred creators side by side).
void RosterView::draw_shortlist_controls(const Engine& engine) {
    const std::size_t starred = engine.shortlist().entries().size();
    const std::string label = "Shortlist only (" + std::to_string(starred) + ")";
    const float gap = ImGui::GetFontSize();
    const float width = ImGui::GetFrameHeight() + ImGui::CalcTextSize(label.c_str()).x + ImGui::CalcTextSize("Compare").x + gap * 3;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
    if (ImGui::Checkbox(label.c_str(), &shortlist_only_)) filters_changed_ = true;
    note_item("Shortlist only");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the starred creators only. Star one with the star beside its handle, or S on its row.");
    ImGui::SameLine();
    ImGui::BeginDisabled(starred < 2 || starred > 4);
    if (ImGui::Button("Compare")) compare_ = true;
    ImGui::EndDisabled();
    note_item("Compare");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip(starred >= 2 && starred <= 4 ? "The starred creators side by side."
                                                       : "Star 2 to 4 creators to compare them side by side.");
    }
}

void RosterView::clear_filters() {
    platform_.clear();
    tier_.clear();
    flag_.clear();
    min_authenticity_ = 0;
    shortlist_only_ = false;
    search_[0] = '\0';
    filters_changed_ = true;
}

// The roster panel: the summary line, the search and filters, then the table or why it is empty.
void RosterView::draw(const Engine& engine, Actions& actions) {
    set_drawn_engine(&engine);
    if (engine.results_current()) keys_.build_one_ahead(engine);  // the sort keys, one column a frame
    draw_summary(engine);
    ImGui::SameLine();
    tier_scheme_choice(engine, actions);
    const bool search_changed = draw_search_and_filters(engine);

    // Empty states: say why the table is empty and what to do.
    if (engine.creators().empty()) {
        no_creators_state(engine);
        return;
    }
    if (order_.empty() && generation_ == engine.generation()) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No account matches the search and the filters.");
        ImGui::SameLine();
        if (ImGui::SmallButton("Show every account")) clear_filters();
        note_item("No match: show all");
    }
    draw_table(engine, actions, search_changed);
}

// The count of accounts shown (with "Show all" when filtered) and the report date.
void RosterView::draw_summary(const Engine& engine) {
    const auto& creators = engine.creators();
    const bool filtered =
        !platform_.empty() || !tier_.empty() || !flag_.empty() || min_authenticity_ > 0 || shortlist_only_ || search_[0] != '\0';
    if (filtered) {
        ImGui::Text("Roster: %s of %s creator accounts", format_count(static_cast<double>(order_.size())).c_str(),
                    format_count(static_cast<double>(creators.size())).c_str());
        note_item("Roster count");
        ImGui::SameLine();
        if (ImGui::SmallButton("Show all")) clear_filters();
        note_item("Show all");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the search and the filters");
    } else {
        ImGui::Text("Roster: %s creator accounts", format_count(static_cast<double>(creators.size())).c_str());
        note_item("Roster count");
    }
    ImGui::SameLine();
    const std::string as_of = engine.as_of_date();
    ImGui::TextColored(ImColor(palette::muted_text), "  report date %s;", as_of.empty() ? "(no dates in the data)" : as_of.c_str());
}

// The search field and the filters; true when either changed (the rows are chosen again).
bool RosterView::draw_search_and_filters(const Engine& engine) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search handle, platform, tier or category", search_, sizeof search_);
    note_item("Search");
    draw_filters(engine);
    const bool search_changed = applied_search_ != search_ || filters_changed_;
    if (search_changed) applied_search_ = search_;
    filters_changed_ = false;
    return search_changed;
}

// The table: its columns, the rows chosen and sorted again when anything changed, the visible rows.
void RosterView::draw_table(const Engine& engine, Actions& actions, bool search_changed) {
    // Wide: the handle stays in view while the figures scroll sideways; columns can be hidden
    // and reordered from the header's context menu (right click).
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable | ImGuiTableFlags_Reorderable;
    const auto& columns = roster_columns();
    if (!ImGui::BeginTable("roster_table", static_cast<int>(columns.size()), flags)) return;
    table_columns(columns);

    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    sort_by_fit_with_a_brief(engine, specs);
    specs = ImGui::TableGetSortSpecs();
    if (search_changed || engine.generation() != generation_ || shortlist_version_ != engine.shortlist_version() ||
        (specs != nullptr && specs->SpecsDirty)) {
        rebuild_order(engine, specs);
        generation_ = engine.generation();
        shortlist_version_ = engine.shortlist_version();
        if (specs != nullptr) specs->SpecsDirty = false;
    }
    draw_rows(engine, actions);
    ImGui::EndTable();
}

// With a brief, the roster sorts by fit (best first) until the user picks another column: the
// first frame with a brief sets the sort; a header click after that is the user's pick.
void RosterView::sort_by_fit_with_a_brief(const Engine& engine, ImGuiTableSortSpecs* specs) {
    if (engine.brief() == nullptr) {
        sorted_by_fit_ = user_sorted_ = false;
        return;
    }
    const auto& columns = roster_columns();
    int fit = 0;
    while (fit < static_cast<int>(columns.size()) && std::string_view(columns[static_cast<std::size_t>(fit)].header) != "Fit") ++fit;
    if (sorted_by_fit_ && specs != nullptr && specs->SpecsDirty) {
        const bool still_fit = specs->SpecsCount == 1 && static_cast<int>(specs->Specs[0].ColumnUserID) == fit &&
                               specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        if (!still_fit) user_sorted_ = true;
    }
    if (!sorted_by_fit_ && !user_sorted_) {
        ImGui::TableSetColumnSortDirection(fit, ImGuiSortDirection_Descending, false);
        sorted_by_fit_ = true;
    }
}

// A row's star: filled when the creator is on the shortlist; a click (or S on the row) toggles it.
void RosterView::star_cell(const Engine& engine, Actions& actions, const CreatorResult& c, bool row_focused) {
    const bool starred = engine.is_shortlisted(c);
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool toggle = ImGui::InvisibleButton("##star", ImVec2(size * 1.4f, size));
    note_item("Star: " + c.handle + " " + c.platform);
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetTooltip(starred ? "On the shortlist: click (or S) to take it off" : "Click (or S) to put it on the shortlist");
    const ImVec2 centre(at.x + size * 0.7f, at.y + size * 0.5f);
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float radius = (i % 2 == 0 ? 0.5f : 0.21f) * size;
        const float angle = -1.5707963f + static_cast<float>(i) * 0.6283185f;
        points[i] = ImVec2(centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle));
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 gold = IM_COL32(232, 170, 20, 255);
    if (starred) {
        for (int i = 0; i < 10; ++i) draw->AddTriangleFilled(centre, points[i], points[(i + 1) % 10], gold);
    }
    draw->AddPolyline(points, 10, starred ? gold : (hovered ? palette::accent : palette::chart_axis), ImDrawFlags_Closed, 1.2f);
    const ImGuiIO& io = ImGui::GetIO();
    if ((row_focused || ImGui::IsItemFocused()) && !io.WantTextInput) {
        for (const ImWchar typed : io.InputQueueCharacters) toggle = toggle != (typed == 's' || typed == 'S');
    }
    if (toggle) {
        actions.later([handle = c.handle, platform = c.platform, on = !starred](Engine& e) { e.set_shortlisted(handle, platform, on); });
    }
}

// The rows on screen, through the list clipper; a click on a row opens its creator page.
void RosterView::draw_rows(const Engine& engine, Actions& actions) {
    const auto& creators = engine.creators();
    const auto& columns = roster_columns();
    const int column_count = static_cast<int>(columns.size());
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const CreatorResult& c = creators[order_[static_cast<std::size_t>(row)]];
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(order_[static_cast<std::size_t>(row)]));
            bool handle_focused = false;
            // The handle first, whatever the columns' order: the star reads whether its row has the focus.
            if (ImGui::TableSetColumnIndex(0)) {
                // The handle opens the creator page (the whole row is the target).
                if (ImGui::Selectable(c.handle.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
                    opened_ = order_[static_cast<std::size_t>(row)];
                }
                note_item("Creator: " + c.handle + " " + c.platform);
                handle_focused = ImGui::IsItemFocused();
            }
            for (int column = 1; column < column_count; ++column) {
                if (!ImGui::TableSetColumnIndex(column)) continue;
                if (std::string_view(columns[static_cast<std::size_t>(column)].header) == "Shortlist") {
                    star_cell(engine, actions, c, handle_focused);
                    continue;
                }
                columns[static_cast<std::size_t>(column)].draw(c);
            }
            ImGui::PopID();
        }
    }
}

}  // namespace creatorscope::web
