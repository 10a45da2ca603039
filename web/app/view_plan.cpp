// The Plan view (view_plan.hpp): a summary line, the tiers' bar, the curve and the comparison,
// then the chosen creators and the others, each with its lock.
#include "app/view_plan.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/format.hpp"

namespace creatorscope::web {

// The plan is made again when the results or the locks change, a slice a frame (the analysis is
// done by then, so most of a 60 Hz frame), so that the page keeps drawing; the chosen set shows
// as soon as its solve is done, the curve's points after.
void PlanView::refresh(Engine& engine) {
    constexpr double slice_ms = 12.0;  // the analysis is done: most of a 60 Hz frame, leaving the drawing its few ms
    if (!engine.results_current()) return;
    if (!begun_ || generation_ != engine.generation() || locks_ != engine.plan_locks_version()) {
        engine.begin_plan();
        begun_ = building_ = true;
        shown_chosen_ = false;
        generation_ = engine.generation();
        locks_ = engine.plan_locks_version();
    }
    if (!building_) return;
    building_ = !engine.plan_step(slice_ms);
    const BudgetPlan* made = engine.planned();
    if (made != nullptr && (!shown_chosen_ || !building_)) {
        plan_ = *made;  // copied twice a plan: when chosen, and with its curve
        have_plan_ = shown_chosen_ = true;
    }
}

namespace {

using Lock = Engine::PlanLock;

// A value of the goal in its unit: "47,059 USD", "1.2M views".
std::string value_text(double value, const BudgetPlan& plan) {
    if (!std::isfinite(value)) return "-";
    if (plan.goal == "revenue") return format_money(value, plan.unit);
    return format_number(value, value < 100 ? 1 : 0) + " " + plan.unit;
}

std::string range_text(const PlanOutcome& o, const BudgetPlan& plan) {
    if (!std::isfinite(o.low) || !std::isfinite(o.high)) return "no range";
    return value_text(o.low, plan) + " to " + value_text(o.high, plan);
}

// The plan's totals in words: the budget and its use, the expected outcome and what each unit of
// money brings (a revenue below the cost said so), the range if every creator did as in their
// weaker or stronger posts; then whether it is proved the best.
void summary(const BudgetPlan& plan) {
    const double share = plan.budget > 0 ? plan.total_cost / plan.budget : 0;
    const std::string expected = plan_expected_words(plan);
    const std::string returns = plan_return_words(plan);
    const std::string each = returns.empty() ? "" : ", " + returns;
    ImGui::Text("Goal: %s.  Budget %s, planned %s (%s) on %zu creators.  %s %s%s.", plan.goal == "fit_reach" ? "fit-weighted reach" : plan.goal.c_str(),
                format_money(plan.budget, plan.currency).c_str(), format_money(plan.total_cost, plan.currency).c_str(), format_percent(share).c_str(),
                plan.selected.size(), expected.c_str(), value_text(plan.total_value, plan).c_str(), each.c_str());
    note_item("Plan summary");
    ImGui::TextColored(ImColor(palette::muted_text), "If every creator did as in their weaker or their stronger recent posts (10th and 90th percentiles): %s to %s.",
                       value_text(plan.total_low, plan).c_str(), value_text(plan.total_high, plan).c_str());
    if (plan.optimal) {
        ImGui::TextColored(ImColor(palette::gain), "The best mix of creators for this goal and your limits, given these estimates: no other plan is worth more.");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Proved by %s.", plan.method.c_str());
    } else {
        ImGui::TextColored(ImColor(palette::warning), "Within %s of the best possible: %s", format_percent(plan.gap).c_str(), plan.note.c_str());
    }
}

// The spend of each tier as one bar across the budget, the rest unspent.
void tier_bar(const BudgetPlan& plan, const Engine& engine, float scale) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x, height = 22.0f * scale;
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), palette::chart_background);
    static const ImU32 colours[] = {IM_COL32(52, 92, 222, 255), IM_COL32(0, 128, 72, 255), IM_COL32(176, 96, 0, 255),
                                    IM_COL32(120, 60, 170, 255), IM_COL32(20, 130, 150, 255), IM_COL32(150, 40, 80, 255)};
    const auto spend = plan_spend_by_tier(plan, engine.tier_scheme());
    float x = at.x;
    std::string legend;
    for (std::size_t k = 0; k < spend.size(); ++k) {
        const float w = plan.budget > 0 ? static_cast<float>(spend[k].second / plan.budget) * width : 0;
        draw->AddRectFilled(ImVec2(x, at.y), ImVec2(x + w, at.y + height), colours[k % 6]);
        x += w;
        legend += (legend.empty() ? "" : "   ") + (spend[k].first.empty() ? std::string("no tier") : spend[k].first) + " " +
                  format_money(spend[k].second, plan.currency) + " (" + format_percent(spend[k].second / plan.budget) + ")";
    }
    draw->AddRect(at, ImVec2(at.x + width, at.y + height), palette::chart_border);
    ImGui::Dummy(ImVec2(width, height));
    note_item("Plan tier bar");
    ImGui::TextColored(ImColor(palette::muted_text), "Spend by tier: %s%s", legend.c_str(), legend.empty() ? "nothing planned" : "");
    const std::string limits = plan_tier_limits(plan);
    if (!limits.empty()) ImGui::TextColored(ImColor(palette::muted_text), "Your limits on the tiers' spend: %s.", limits.c_str());
}

// What the optimum is worth at 80% to 120% of the budget: points joined, each labelled.
void curve(const BudgetPlan& plan, float scale) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x * 0.5f - 8.0f * scale, height = 150.0f * scale;
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), palette::chart_background);
    draw->AddRect(at, ImVec2(at.x + width, at.y + height), palette::chart_border);
    double top = 0;
    for (const auto& point : plan.curve) top = std::max(top, point.value);
    const float left = at.x + 12.0f * scale, right = at.x + width - 12.0f * scale;
    const float bottom = at.y + height - 34.0f * scale, ceiling = at.y + 44.0f * scale;  // below the title and the labels above the points
    ImVec2 previous{};
    for (std::size_t k = 0; k < plan.curve.size(); ++k) {
        const auto& point = plan.curve[k];
        const float x = left + (right - left) * static_cast<float>(k) / static_cast<float>(std::max<std::size_t>(1, plan.curve.size() - 1));
        const float y = bottom - (bottom - ceiling) * static_cast<float>(top > 0 ? point.value / top : 0);
        const ImVec2 p(x, y);
        if (k > 0) draw->AddLine(previous, p, palette::accent, 2.0f * scale);
        draw->AddCircleFilled(p, (point.name == "optimal" ? 5.0f : 3.5f) * scale, palette::accent);
        const std::string label = point.name == "optimal" ? "this budget" : point.name.substr(7);
        const std::string value = format_compact(point.value);
        // Centred on the point, kept inside the chart.
        const auto centred = [&](const std::string& text) {
            const float w = ImGui::CalcTextSize(text.c_str()).x;
            return std::clamp(x - w / 2, at.x + 4.0f * scale, at.x + width - w - 4.0f * scale);
        };
        draw->AddText(ImVec2(centred(value), y - 20.0f * scale), palette::chart_ink, value.c_str());
        draw->AddText(ImVec2(centred(label), bottom + 8.0f * scale), palette::muted_text, label.c_str());
        previous = p;
    }
    draw->AddText(ImVec2(at.x + 8.0f * scale, at.y + 6.0f * scale), palette::chart_ink, ("Expected " + (plan.goal == "revenue" ? "revenue (" + plan.unit + ")" : plan.unit) + " at less or more budget").c_str());
    ImGui::Dummy(ImVec2(width, height));
    note_item("Plan curve");
}

// The optimum beside the naive plans, as bars of their expected value.
void comparison(const BudgetPlan& plan, float scale) {
    ImGui::BeginGroup();
    ImGui::TextUnformatted("Against simpler ways to spend the same budget");
    double top = 0;
    for (const auto& totals : plan.comparisons) top = std::max(top, totals.value);
    for (const auto& totals : plan.comparisons) {
        const std::string name = plan_comparison_name(totals.name);
        ImGui::TextColored(ImColor(palette::muted_text), "%s: %d creators, %s", name.c_str(), totals.creators, value_text(totals.value, plan).c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x, w = top > 0 ? static_cast<float>(totals.value / top) * width : 0;
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + w, at.y + 12.0f * scale), totals.name == "optimal" ? palette::accent : palette::chart_axis);
        ImGui::Dummy(ImVec2(width, 14.0f * scale));
    }
    ImGui::EndGroup();
    note_item("Plan comparison");
}

// The lock buttons of one creator: in (book it whatever it costs), out (never), or neither.
void lock_buttons(const PlanCandidate& c, const Engine& engine, Actions& actions, bool chosen) {
    const Lock lock = engine.plan_lock(c.handle, c.platform);
    ImGui::PushID((c.handle + "@" + c.platform).c_str());
    const auto set = [&](Lock to) {
        actions.later([handle = c.handle, platform = c.platform, to](Engine& e) { e.set_plan_lock(handle, platform, to); });
    };
    if (lock != Lock::none) {
        ImGui::TextColored(ImColor(palette::accent), "%s", lock == Lock::in ? "locked in" : "left out");
    } else if (chosen) {
        if (ImGui::SmallButton("Lock in")) set(Lock::in);
        note_item("Plan lock in " + c.handle + " " + c.platform);
        ImGui::SameLine();
        if (ImGui::SmallButton("Leave out")) set(Lock::out);
        note_item("Plan lock out " + c.handle + " " + c.platform);
    } else if (c.excluded.empty()) {
        if (ImGui::SmallButton("Add")) set(Lock::in);
        note_item("Plan lock in " + c.handle + " " + c.platform);
    }
    ImGui::PopID();
}

// The creators locked in or out, each with its undo.
void locks_line(const BudgetPlan& plan, const Engine& engine, Actions& actions) {
    bool any = false;
    for (const auto& c : plan.candidates) {
        const Lock lock = engine.plan_lock(c.handle, c.platform);
        if (lock == Lock::none) continue;
        if (!any) ImGui::TextUnformatted("Your choices:");
        any = true;
        ImGui::SameLine();
        ImGui::PushID((c.handle + "@" + c.platform).c_str());
        const std::string label = c.handle + (lock == Lock::in ? " locked in" : " left out") + ": undo";
        if (ImGui::SmallButton(label.c_str())) {
            actions.later([handle = c.handle, platform = c.platform](Engine& e) { e.set_plan_lock(handle, platform, Lock::none); });
        }
        note_item("Plan unlock " + c.handle + " " + c.platform);
        ImGui::PopID();
    }
}

void chosen_row(const BudgetPlan& plan, const PlanPick& pick, const Engine& engine, Actions& actions);

void chosen_table(const BudgetPlan& plan, const Engine& engine, Actions& actions) {
    if (!ImGui::BeginTable("plan_chosen", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 10.5f);
    ImGui::TableSetupColumn("Creator", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Tier", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
    ImGui::TableSetupColumn("Booking", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Cost", ImGuiTableColumnFlags_WidthFixed, em * 8.0f);
    ImGui::TableSetupColumn("Expected (range of its recent posts)", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Why chosen", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    // Only the rows on screen are drawn (a plan may book thousands): each row one line high.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(plan.selected.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) chosen_row(plan, plan.selected[static_cast<std::size_t>(row)], engine, actions);
    }
    // The totals under the rows.
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("Total: %zu creators", plan.selected.size());
    note_item("Plan total row");
    ImGui::TableSetColumnIndex(4);
    ImGui::TextUnformatted(format_money(plan.total_cost, plan.currency).c_str());
    ImGui::TableSetColumnIndex(5);
    ImGui::TextUnformatted(value_text(plan.total_value, plan).c_str());
    ImGui::EndTable();
}

void chosen_row(const BudgetPlan& plan, const PlanPick& pick, const Engine& engine, Actions& actions) {
    {
        const PlanCandidate& c = plan.candidates[pick.candidate];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        lock_buttons(c, engine, actions, true);
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("%s on %s", c.handle.c_str(), c.platform.c_str());
        note_item("Plan row: " + c.handle + " " + c.platform);
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(c.tier.empty() ? "-" : c.tier.c_str());
        ImGui::TableSetColumnIndex(3);
        ImGui::Text("%d %s%s", pick.bookings, c.deliverable.c_str(), pick.bookings == 1 ? "" : "s");
        ImGui::TableSetColumnIndex(4);
        ImGui::Text("%s%s", format_money(pick.cost, plan.currency).c_str(), c.fee_estimated ? " (estimate)" : "");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.fee_basis.c_str());
        ImGui::TableSetColumnIndex(5);
        ImGui::Text("%s (%s)", value_text(pick.value.expected, plan).c_str(), range_text(pick.value, plan).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", c.value_basis.c_str(), c.discount_basis.c_str());
        ImGui::TableSetColumnIndex(6);
        ImGui::TextUnformatted(pick.why.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", pick.why.c_str());
    }
}

void other_row(const BudgetPlan& plan, const PlanCandidate& c, const Engine& engine, Actions& actions);

void others_table(const BudgetPlan& plan, const Engine& engine, Actions& actions) {
    std::vector<bool> chosen(plan.candidates.size(), false);
    for (const auto& pick : plan.selected) chosen[pick.candidate] = true;
    if (!ImGui::BeginTable("plan_others", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 10.5f);
    ImGui::TableSetupColumn("Creator", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Cost", ImGuiTableColumnFlags_WidthFixed, em * 8.0f);
    ImGui::TableSetupColumn("Expected per booking", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Not chosen because", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    std::vector<std::size_t> others;
    for (std::size_t k = 0; k < plan.candidates.size(); ++k) {
        if (!chosen[k]) others.push_back(k);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(others.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const PlanCandidate& c = plan.candidates[others[static_cast<std::size_t>(row)]];
            other_row(plan, c, engine, actions);
        }
    }
    ImGui::EndTable();
}

void other_row(const BudgetPlan& plan, const PlanCandidate& c, const Engine& engine, Actions& actions) {
    {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        lock_buttons(c, engine, actions, false);
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("%s on %s", c.handle.c_str(), c.platform.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(std::isfinite(c.fee) ? format_money(c.fee, plan.currency).c_str() : "-");
        ImGui::TableSetColumnIndex(3);
        ImGui::TextUnformatted(c.value.known() ? value_text(c.value.expected, plan).c_str() : "-");
        ImGui::TableSetColumnIndex(4);
        const char* why = !c.excluded.empty()                                   ? c.excluded.c_str()
                          : engine.plan_lock(c.handle, c.platform) == Lock::out ? "locked out"
                                                                                : "others bring more for the money within the limits";
        ImGui::TextUnformatted(why);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", why);
    }
}

}  // namespace

void PlanView::draw(const Engine& engine, Actions& actions, float scale) {
    if (engine.brief() == nullptr) {
        ImGui::TextWrapped("Load a campaign brief with a budget (Brief... in the toolbar, or a brief file) to plan the budget across creators.");
        note_item("Plan empty state");
        return;
    }
    if (!have_plan_) {
        ImGui::TextUnformatted("Planning the budget: finding the best set of creators...");
        note_item("Plan working");
        return;
    }
    const BudgetPlan& plan = plan_;
    if (ImGui::Button("Plan settings...")) edit_settings_ = true;
    note_item("Plan settings");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("The goal, the budget, each tier's share, the platforms, who must or must not be booked,\n"
                          "the least fit and the bookings per creator: the Budget plan part of the brief.");
    }
    if (!(plan.budget > 0)) {
        ImGui::TextWrapped("The brief has no budget: give it one in Plan settings... to plan.");
        note_item("Plan empty state");
        return;
    }
    if (!plan.feasible) {
        ImGui::TextColored(ImColor(palette::warning), "No plan fits: %s.", plan.note.c_str());
        note_item("Plan summary");
    } else {
        summary(plan);
    }
    if (building_) {
        ImGui::TextColored(ImColor(palette::muted_text), "%s",
                           plan.curve.empty() ? "Working out what less or more budget would buy..." : "Planning again with your latest changes...");
        note_item("Plan working");
    }
    ImGui::Spacing();
    tier_bar(plan, engine, scale);
    ImGui::Spacing();
    curve(plan, scale);
    ImGui::SameLine(0, 16.0f * scale);
    comparison(plan, scale);
    ImGui::Spacing();
    locks_line(plan, engine, actions);
    ImGui::TextUnformatted("Chosen");
    chosen_table(plan, engine, actions);
    ImGui::Spacing();
    if (ImGui::CollapsingHeader("Not chosen, and why")) {
        note_item("Plan others");
        others_table(plan, engine, actions);
    } else {
        note_item("Plan others");
    }
    if (ImGui::CollapsingHeader("Rates used to estimate fees")) {
        note_item("Plan rates");
        rates_.draw(plan, engine, actions, scale);
    } else {
        note_item("Plan rates");
    }
}

}  // namespace creatorscope::web
