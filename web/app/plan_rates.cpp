// The rate table in the Plan view (plan_rates.hpp).
#include "app/plan_rates.hpp"

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "app/view_brief.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/format.hpp"

namespace creatorscope::web {

namespace {

using json = nlohmann::ordered_json;

bool same_rows(const std::vector<RateRow>& a, const std::vector<RateRow>& b) {
    if (a.size() != b.size()) return false;
    const auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k].platform != b[k].platform || !same(a[k].min_followers, b[k].min_followers) || !same(a[k].max_followers, b[k].max_followers) ||
            !same(a[k].low, b[k].low) || !same(a[k].high, b[k].high)) {
            return false;
        }
    }
    return true;
}

json number_or_null(double value) { return std::isnan(value) ? json(nullptr) : json(value); }

// The brief with its plan.rates set to `rows` (or removed, for none), read in place of the
// loaded brief: the analysis keeps its results and the plan is made again.
void write_rates(const Engine& engine, Actions& actions, const std::vector<RateRow>* rows, const std::string& currency) {
    LoadedBrief loaded = loaded_brief(engine);
    json& brief = loaded.document;
    const std::optional<std::size_t> index = loaded.input;
    if (!brief.contains("plan") || !brief["plan"].is_object()) brief["plan"] = json::object();
    if (rows == nullptr) {
        brief["plan"].erase("rates");
        if (brief["plan"].empty()) brief.erase("plan");
    } else {
        json table = {{"currency", currency}, {"rows", json::array()}};
        for (const auto& r : *rows) {
            table["rows"].push_back({{"platform", r.platform}, {"min_followers", r.min_followers}, {"max_followers", number_or_null(r.max_followers)},
                                     {"low", r.low}, {"high", number_or_null(r.high)}});
        }
        brief["plan"]["rates"] = std::move(table);
    }
    actions.later([text = brief.dump(2) + "\n", index](Engine&) { load_text("brief.json", "brief", text, index); });
}

std::string band_text(const RateRow& r) {
    const std::string from = format_number(r.min_followers, 0);
    return std::isnan(r.max_followers) ? from + " and more" : from + " to " + format_number(r.max_followers, 0);
}

}  // namespace

void RateEditor::draw(const BudgetPlan& plan, const Engine& engine, Actions& actions, float scale) {
    if (!edited_ || !same_rows(shown_, plan.rates)) {
        rows_ = shown_ = plan.rates;
        edited_ = false;
    }
    ImGui::TextWrapped("%s", (std::string(plan.rates_custom ? "Your own rate table (the brief's plan.rates)" : "Published rates: " + plan.rates_source) +
                              ". A creator with no fee in the roster is priced at the middle of its band (the geometric mean of the low and the "
                              "high, to two figures; twice the low for an open top band), marked as an estimate. Change a range and press Apply "
                              "rates to plan with your own prices; they are kept in the brief.")
                                 .c_str());
    note_item("Plan rates text");
    const float em = ImGui::GetFontSize();
    if (ImGui::BeginTable("plan_rates", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("Platform", ImGuiTableColumnFlags_WidthFixed, em * 7.0f);
        ImGui::TableSetupColumn("Followers", ImGuiTableColumnFlags_WidthFixed, em * 12.0f);
        ImGui::TableSetupColumn(("Low, " + plan.rates_currency + " per post").c_str(), ImGuiTableColumnFlags_WidthFixed, em * 10.0f);
        ImGui::TableSetupColumn(("High, " + plan.rates_currency + " per post (empty: open)").c_str(), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (std::size_t k = 0; k < rows_.size(); ++k) {
            RateRow& r = rows_[k];
            ImGui::PushID(static_cast<int>(k));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(r.platform.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(band_text(r).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::SetNextItemWidth(em * 8.0f);
            if (ImGui::InputDouble("##low", &r.low, 0, 0, "%.0f")) edited_ = true;
            note_item("Rate low " + r.platform + " " + format_number(r.min_followers, 0));
            ImGui::TableSetColumnIndex(3);
            ImGui::SetNextItemWidth(em * 8.0f);
            double high = std::isnan(r.high) ? 0.0 : r.high;
            if (ImGui::InputDouble("##high", &high, 0, 0, std::isnan(r.high) ? "open" : "%.0f")) {
                r.high = high > 0 ? high : std::nan("");
                edited_ = true;
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::BeginDisabled(!edited_);
    if (ImGui::Button("Apply rates")) {
        write_rates(engine, actions, &rows_, plan.rates_currency);
        edited_ = false;
    }
    ImGui::EndDisabled();
    note_item("Apply rates");
    if (plan.rates_custom) {
        ImGui::SameLine(0, 8.0f * scale);
        if (ImGui::Button("Back to the published rates")) write_rates(engine, actions, nullptr, "");
        note_item("Published rates");
    }
}

}  // namespace creatorscope::web
