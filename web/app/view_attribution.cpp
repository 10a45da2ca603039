// The attribution view: which channels and creators the orders belong to, by every model side
// by side (a table and a bar chart), each campaign creator's CPA, ROAS and ROI by the model
// the user picks, and the settings (lookback, time-decay half-life, position shares, Markov
// order) that re-run the attribution. docs/attribution.md explains the models.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "app/view_attribution.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"

namespace creatorscope::web {

namespace {

struct ModelInfo {
    const char* id;
    const char* name;
    ImU32 colour;
    const char* help;
};

// In the report's order (core/src/attribution/attribution.cpp); colours told apart in print and by most
// colour-blind readers (Okabe and Ito's palette).
constexpr std::array<ModelInfo, 7> models{{
    {"first_touch", "First touch", IM_COL32(230, 159, 0, 255), "All the credit to the first touch: which channels bring people in."},
    {"last_touch", "Last touch", IM_COL32(86, 180, 233, 255),
     "All the credit to the last touch before the order: what most shop and analytics reports show. Undercounts creators, who are rarely the last click."},
    {"linear", "Linear", IM_COL32(0, 158, 115, 255), "Each touch of the journey gets an equal share."},
    {"time_decay", "Time decay", IM_COL32(204, 184, 0, 255),
     "Touches closer to the order count more: a touch one half-life before it counts half as much."},
    {"position_based", "Position based", IM_COL32(0, 114, 178, 255),
     "First and last touch get 40% each, the touches between share the remaining 20%."},
    {"markov", "Markov", IM_COL32(213, 94, 0, 255),
     "Data-driven: each channel's share of the orders that would be lost without it (its removal effect), and of the revenue\n"
     "(its value removal effect, as ChannelAttribution computes it), from all journeys including those without an order."},
    {"shapley", "Shapley", IM_COL32(204, 121, 167, 255),
     "Game theory: each channel's average contribution over every order in which channels could join a journey."},
}};

void help_tooltip(const char* text) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return format_count(static_cast<double>(n)) + " " + (n == 1 ? one : many);
}

std::string format_ratio(const std::optional<double>& x) {
    if (!x) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.2fx", *x);
    return text;
}

std::string format_roi(const std::optional<double>& x) {
    if (!x) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%+.0f%%", *x * 100.0);
    return text;
}

std::string format_credit(double x) {
    char text[32];
    std::snprintf(text, sizeof text, x < 100 ? "%.1f" : "%.0f", x);
    return x < 100 ? std::string(text) : format_count(std::round(x));
}

}  // namespace

void AttributionView::sync_settings(const AttributionSettings& s) {
    lookback_days_ = static_cast<int>(std::lround(s.lookback_days));
    half_life_days_ = static_cast<float>(s.half_life_days);
    first_percent_ = static_cast<int>(std::lround(s.first_share * 100));
    last_percent_ = static_cast<int>(std::lround(s.last_share * 100));
    markov_order_ = s.markov_order;
}

// What was attributed, and what could not be.
void AttributionView::draw_summary(const AttributionResult& a) {
    const JourneyStats& s = a.journeys;
    const std::string& currency = a.currency;
    ImGui::PushTextWrapPos(0.0f);
    if (s.orders > 0) {
        const std::size_t attributed = s.orders_with_touches + s.orders_by_code_only;
        ImGui::Text("%s: %s attributed, worth %s, by tracked visits within %d days or a creator's discount code.",
                    plural(s.orders, "order", "orders").c_str(), format_count(static_cast<double>(attributed)).c_str(),
                    format_money(a.value, currency).c_str(), static_cast<int>(std::lround(a.settings.lookback_days)));
        ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
        ImGui::Text("%s with tracked visits, %s by a creator's code alone (%s used a creator's code). %s; %s that did not end in an order.",
                    format_count(static_cast<double>(s.orders_with_touches)).c_str(),
                    format_count(static_cast<double>(s.orders_by_code_only)).c_str(),
                    plural(s.code_redemptions, "order", "orders").c_str(), plural(s.touches, "visit", "visits").c_str(),
                    plural(s.null_journeys, "journey", "journeys").c_str());
        ImGui::PopStyleColor();
    }
    if (s.path_rows > 0) {
        ImGui::Text("%s read from path files: %s conversions worth %s.", plural(s.path_rows, "journey", "journeys").c_str(),
                    format_credit(a.conversions).c_str(), format_money(a.value, currency).c_str());
    }
    for (const auto& note : a.notes) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        ImGui::Bullet();
        ImGui::TextUnformatted(note.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
}

// The settings, edited here and applied by re-running the attribution (an action after the frame).
void AttributionView::draw_settings(Actions& actions, float scale) {
    // Settings: edited here, applied by re-running the attribution; on two lines, so that they
    // fit from 1024 pixels up.
    ImGui::Spacing();
    const float field = ImGui::CalcTextSize("00000").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Lookback");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("days##lookback", &lookback_days_, 0);
    note_item("Lookback days");
    help_tooltip("Visits up to this many days before an order belong to its journey (after the same shopper's previous order).");
    ImGui::SameLine(0, 16.0f * scale);
    ImGui::TextUnformatted("Time-decay half-life");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputFloat("days##halflife", &half_life_days_, 0.0f, 0.0f, "%.1f");
    note_item("Half-life days");
    help_tooltip("Time decay: a visit this many days before the order counts half as much as one on the day.");
    ImGui::SameLine(0, 16.0f * scale);
    ImGui::TextUnformatted("Markov order");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("3").x + ImGui::GetFrameHeight() * 2);
    const char* orders[] = {"1", "2", "3"};
    if (ImGui::BeginCombo("##markov", orders[std::clamp(markov_order_, 1, 3) - 1])) {
        for (int o = 1; o <= 3; ++o) {
            if (ImGui::Selectable(orders[o - 1], o == markov_order_)) markov_order_ = o;
            note_item(std::string("Markov order: ") + orders[o - 1]);
        }
        ImGui::EndCombo();
    }
    note_item("Markov order");
    help_tooltip("How many previous channels the next step depends on. 1 is the usual choice; 2 and 3 need many journeys.");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Position based: first");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("%##first", &first_percent_, 0);
    note_item("First touch share");
    ImGui::SameLine();
    ImGui::TextUnformatted("last");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("%##last", &last_percent_, 0);
    note_item("Last touch share");
    help_tooltip("Position based: the first and the last touch get these shares; the touches between share the rest.");
    ImGui::SameLine(0, 16.0f * scale);
    if (ImGui::Button("Apply")) {
        AttributionSettings settings;
        settings.given = AttributionSettings::gives_lookback | AttributionSettings::gives_half_life | AttributionSettings::gives_markov |
                         AttributionSettings::gives_position;
        settings.lookback_days = lookback_days_;
        settings.half_life_days = half_life_days_;
        settings.markov_order = markov_order_;
        settings.first_share = first_percent_ / 100.0;
        settings.last_share = last_percent_ / 100.0;
        if (const Status status = settings.check(); !status) {
            message_ = status.message();
        } else {
            message_.clear();
            actions.later([settings](Engine& e) { (void)e.set_attribution_settings(settings); });
        }
    }
    note_item("Apply attribution settings");
    ImGui::SameLine();
    if (ImGui::Button("Defaults")) {
        actions.later([](Engine& e) { (void)e.set_attribution_settings(std::nullopt); });
        message_.clear();
    }
    note_item("Default attribution settings");
    help_tooltip("Back to the defaults: 30 days, a 7-day half-life, 40/20/40, first order (or the brief's settings).");
    if (!message_.empty()) ImGui::TextColored(ImColor(palette::error), "%s", message_.c_str());
}

// Which model credits the creators' orders.
void AttributionView::draw_model_picker() {
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Creators' return, with orders credited by");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("Position based").x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("##model", models[static_cast<std::size_t>(model_)].name)) {
        for (std::size_t m = 0; m < models.size(); ++m) {
            if (ImGui::Selectable(models[m].name, static_cast<int>(m) == model_)) model_ = static_cast<int>(m);
            note_item(std::string("Credit model: ") + models[m].name);
            help_tooltip(models[m].help);
        }
        ImGui::EndCombo();
    }
    note_item("Credit model");
    help_tooltip(models[static_cast<std::size_t>(model_)].help);
}

// Creators with costs: what each returned, by the model the user picks.
void AttributionView::draw_creators(const AttributionResult& a) {
    if (a.creators.empty()) return;
    const std::string& currency = a.currency;
    draw_model_picker();
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("creator_returns", 8, flags)) {
        const char* headers[] = {"Creator", "Cost", "Orders", "Revenue", "CPA", "ROAS", "ROI", "ROAS across models"};
        const char* help[] = {
            "The creator's handle, as in the costs file",
            "Fee plus product cost, from the costs file",
            "Orders credited to the creator by the chosen model (shares of orders when a journey had several touches)",
            "Revenue of the credited orders",
            "Cost per acquisition: cost / orders credited",
            "Return on ad spend: revenue credited / cost",
            "Return on investment: (revenue credited - cost) / cost",
            "The lowest and highest ROAS of the seven models: where they agree, trust the figure",
        };
        for (const char* header : headers) ImGui::TableSetupColumn(header);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int column = 0; column < 8; ++column) {
            ImGui::TableSetColumnIndex(column);
            ImGui::TableHeader(headers[column]);
            note_item(std::string("Return header: ") + headers[column]);
            help_tooltip(help[column]);
        }
        const char* model_id = models[static_cast<std::size_t>(model_)].id;
        for (const auto& creator : a.creators) {
            const auto& f = creator.models.at(model_id);
            const std::string money = creator.currency.empty() ? currency : creator.currency;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(creator.handle.c_str());
            note_item("Return: " + creator.handle);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(format_money(creator.cost, money).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(format_credit(f.conversions).c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(format_money(f.value, currency).c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(f.cpa ? format_money(*f.cpa, money).c_str() : "-");
            note_item("CPA: " + creator.handle);
            ImGui::TableSetColumnIndex(5);
            ImGui::TextUnformatted(format_ratio(f.roas).c_str());
            note_item("ROAS: " + creator.handle);
            ImGui::TableSetColumnIndex(6);
            const bool gain = f.roi && *f.roi >= 0;
            ImGui::TextColored(ImColor(f.roi ? (gain ? palette::gain : palette::error) : palette::muted_text), "%s",
                               format_roi(f.roi).c_str());
            note_item("ROI: " + creator.handle);
            ImGui::TableSetColumnIndex(7);
            double low = INFINITY, high = -INFINITY;
            for (const auto& [model, figures] : creator.models) {
                if (!figures.roas) continue;
                low = std::min(low, *figures.roas);
                high = std::max(high, *figures.roas);
            }
            if (std::isfinite(low)) {
                ImGui::Text("%.2fx to %.2fx", low, high);
            } else {
                ImGui::TextUnformatted("-");
            }
        }
        ImGui::EndTable();
    }
}

// Every channel by every model: a bar chart, then the table with the exact figures.
// The exact figures of every channel by every model, with the Markov removal effect.
void AttributionView::draw_channel_table(const AttributionResult& a) {
    const std::string& currency = a.currency;
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("channel_credits", static_cast<int>(models.size()) + 2, flags)) {
        ImGui::TableSetupColumn("Channel");
        for (const auto& m : models) ImGui::TableSetupColumn(m.name);
        ImGui::TableSetupColumn("Removal effect");
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        ImGui::TableSetColumnIndex(0);
        ImGui::TableHeader("Channel");
        for (std::size_t m = 0; m < models.size(); ++m) {
            ImGui::TableSetColumnIndex(static_cast<int>(m) + 1);
            ImGui::TableHeader(models[m].name);
            note_item(std::string("Model header: ") + models[m].name);
            help_tooltip(models[m].help);
        }
        ImGui::TableSetColumnIndex(static_cast<int>(models.size()) + 1);
        ImGui::TableHeader("Removal effect");
        help_tooltip("Markov: the share of orders that would be lost if journeys reaching this channel stopped there;\n"
                     "with revenue shown, the share of revenue that would be lost (Markov's revenue is split by it).");
        for (const std::size_t c : channel_order_) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(a.credits.at("linear")[c].channel.c_str());
            note_item("Channel: " + a.credits.at("linear")[c].channel);
            for (std::size_t m = 0; m < models.size(); ++m) {
                ImGui::TableSetColumnIndex(static_cast<int>(m) + 1);
                const ChannelCredit& credit = a.credits.at(models[m].id)[c];
                ImGui::TextUnformatted(show_value_ != 0 ? format_money(credit.value, currency).c_str() : format_credit(credit.conversions).c_str());
            }
            ImGui::TableSetColumnIndex(static_cast<int>(models.size()) + 1);
            const std::vector<double>& effects = show_value_ != 0 ? a.value_removal_effects : a.removal_effects;
            ImGui::TextUnformatted(c < effects.size() ? format_percent(effects[c]).c_str() : "-");
        }
        ImGui::EndTable();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
    ImGui::TextWrapped("Shapley: %s. Markov: order %d, %s states, removal effects solved exactly from the chain.",
                       a.shapley_method.c_str(), a.settings.markov_order, format_count(static_cast<double>(a.markov_states)).c_str());
    ImGui::PopStyleColor();
}

void AttributionView::draw_channels(const AttributionResult& a, float scale) {
    const std::string& currency = a.currency;
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Channels by model:");
    ImGui::SameLine();
    ImGui::RadioButton("orders", &show_value_, 0);
    note_item("Show orders");
    ImGui::SameLine();
    ImGui::RadioButton("revenue", &show_value_, 1);
    note_item("Show revenue");
    // Legend, on its own line.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float swatch = ImGui::GetFontSize() * 0.8f;
    for (std::size_t legend = 0; legend < models.size(); ++legend) {
        const ModelInfo& m = models[legend];
        if (legend > 0) ImGui::SameLine(0, 14.0f * scale);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float y = at.y + (ImGui::GetFrameHeight() - swatch) * 0.5f;
        draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + swatch, y + swatch), m.colour, 2.0f * scale);
        ImGui::Dummy(ImVec2(swatch, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, 4.0f * scale);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(m.name);
        help_tooltip(m.help);
    }
    const auto figure = [&](const ChannelCredit& c) { return show_value_ != 0 ? c.value : c.conversions; };
    const std::size_t shown = std::min<std::size_t>(channel_order_.size(), 30);
    double top = 0;
    for (std::size_t k = 0; k < shown; ++k) {
        for (const auto& m : models) top = std::max(top, figure(a.credits.at(m.id)[channel_order_[k]]));
    }
    {
        const float bar = std::max(3.0f, 5.0f * scale);
        const float label_width = ImGui::GetFontSize() * 11.0f;
        const float group = bar * static_cast<float>(models.size()) + 10.0f * scale;
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        // As wide as the panel allows, up to a width the eye can still compare bars across.
        const float width = std::clamp(ImGui::GetContentRegionAvail().x - label_width - ImGui::GetFontSize() * 5.0f, 100.0f,
                                       ImGui::GetFontSize() * 60.0f);
        ImGui::InvisibleButton("attribution_chart", ImVec2(label_width + width, group * static_cast<float>(shown) + 4.0f * scale));
        note_item("Attribution chart");
        const bool hovered = ImGui::IsItemHovered();
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        for (std::size_t k = 0; k < shown; ++k) {
            const std::size_t c = channel_order_[k];
            const float y0 = origin.y + group * static_cast<float>(k);
            const std::string& name = a.credits.at("linear")[c].channel;
            draw->AddText(ImVec2(origin.x, y0 + (group - 10.0f * scale - ImGui::GetFontSize()) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                          name.c_str());
            for (std::size_t m = 0; m < models.size(); ++m) {
                const ChannelCredit& credit = a.credits.at(models[m].id)[c];
                const float length = top > 0 ? static_cast<float>(figure(credit) / top) * width : 0.0f;
                const ImVec2 min(origin.x + label_width, y0 + bar * static_cast<float>(m));
                const ImVec2 max(min.x + std::max(length, 1.0f), min.y + bar - 1.0f);
                draw->AddRectFilled(min, max, models[m].colour);
                if (hovered && mouse.y >= min.y && mouse.y < min.y + bar && mouse.x >= origin.x) {
                    ImGui::SetTooltip("%s, %s: %s orders, %s (%.1f%% of all orders)", name.c_str(), models[m].name,
                                      format_credit(credit.conversions).c_str(), format_money(credit.value, currency).c_str(),
                                      credit.share * 100.0);
                }
            }
        }
    }
    if (channel_order_.size() > shown) {
        ImGui::TextColored(ImColor(palette::muted_text), "The chart shows the 30 channels with the most orders by the linear model; the table has all %zu.",
                           channel_order_.size());
    }

    draw_channel_table(a);
}

void AttributionView::draw(const Engine& engine, Actions& actions, float scale) {
    const auto& result = engine.attribution();
    if (!result) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No journeys loaded yet.");
        ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
        ImGui::TextWrapped("To see which creators sold, open your tracked visits (touchpoints: user, time, channel or creator) "
                           "and your orders (conversions: user, time, revenue, discount code), with the discount codes each creator "
                           "owns and each creator's costs; or an aggregated path file (\"a > b > c\" with conversions). "
                           "The sample data has a September campaign with all of these.");
        ImGui::PopStyleColor();
        note_item("Attribution empty state");
        return;
    }
    const AttributionResult& a = *result;
    if (engine.generation() != generation_) {
        generation_ = engine.generation();
        sync_settings(a.settings);
        std::vector<std::pair<double, std::size_t>> by_linear;
        const auto& linear = a.credits.at("linear");
        for (std::size_t c = 0; c < linear.size(); ++c) by_linear.emplace_back(-linear[c].conversions, c);
        std::stable_sort(by_linear.begin(), by_linear.end());
        channel_order_.clear();
        for (const auto& [minus, c] : by_linear) channel_order_.push_back(c);
    }
    draw_summary(a);
    draw_settings(actions, scale);
    ImGui::BeginChild("attribution_body", ImVec2(0, 0), false);
    draw_creators(a);
    codes_.draw(engine, actions, scale);
    draw_channels(a, scale);
    ImGui::EndChild();
    note_item("Attribution area");
}


}  // namespace creatorscope::web
