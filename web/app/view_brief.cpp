// The brief editor: the campaign brief's fields (targets, niches, keywords, platforms, tiers,
// budget, blocklist, weights, and the budget plan's settings) in a dialog. Apply reads the edited brief in place of the loaded
// one, so that the keyword search, the geography flags and the settings follow; Save brief
// downloads it as JSON; a brief file dropped or opened is read like any other file. Keys the
// dialog does not show (thresholds, attribution settings, anything else) are kept as they were.
#include <algorithm>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "app/view_brief.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/format.hpp"

namespace creatorscope::web {

namespace {

using json = nlohmann::ordered_json;

const json* find_path(const json& root, const std::vector<std::string>& path) {
    const json* at = &root;
    for (const auto& key : path) {
        if (!at->is_object() || !at->contains(key)) return nullptr;
        at = &(*at)[key];
    }
    return at;
}

std::string as_text(const json* value) {
    if (value == nullptr || value->is_null()) return {};
    if (value->is_string()) return value->get<std::string>();
    if (value->is_array()) {
        std::string out;
        for (const auto& item : *value) {
            if (!out.empty()) out += ", ";
            out += item.is_string() ? item.get<std::string>() : item.dump();
        }
        return out;
    }
    return value->dump();
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    for (const std::string_view item : split_trimmed(text, ",;\n")) out.emplace_back(item);
    return out;
}

// A share as a percentage without needless decimals: 0.25 -> "25", 0.125 -> "12.5".
std::string percent_text(const json* value) {
    if (value == nullptr || !value->is_number()) return as_text(value);
    std::string text = format_number(value->get<double>() * 100.0, 2);
    while (text.find('.') != std::string::npos && (text.back() == '0' || text.back() == '.')) text.pop_back();
    return text;
}

// Objects left empty in the plan settings (a tier whose shares were cleared) are dropped.
void drop_empty(json& object) {
    for (auto it = object.begin(); it != object.end();) {
        if (it->is_object()) drop_empty(*it);
        it = it->is_object() && it->empty() ? object.erase(it) : std::next(it);
    }
}

constexpr const char* plan_goal_help =
    "What the plan maximises: reach (expected views), engagement (interactions), conversions (orders), revenue, or fit-weighted "
    "reach (views times fit). Empty: from the brief's goal (sales: revenue, awareness: reach, else engagement).";

}  // namespace

LoadedBrief loaded_brief(const Engine& engine) {
    for (std::size_t i = 0; i < engine.inputs().size(); ++i) {
        const auto& input = engine.inputs()[i];
        if (input->kind() == Kind::brief && input->document().is_object()) return {input->document(), i};
    }
    return {};
}

void BriefEditor::open(const Engine& engine, bool to_plan) {
    scroll_to_plan_ = to_plan;
    LoadedBrief loaded = loaded_brief(engine);  // the first brief is the one edited
    const json& brief = loaded.document;
    input_ = loaded.input;
    original_ = brief.dump();
    const auto field = [&](const char* label, std::vector<std::string> path, bool list, const char* help, bool percent = false) {
        Field f{label, std::move(path), list, help, {}};
        f.percent = percent;
        const std::string text = percent ? percent_text(find_path(brief, f.path)) : as_text(find_path(brief, f.path));
        f.buffer.assign(std::max<std::size_t>(1024, text.size() + 512), '\0');
        std::memcpy(f.buffer.data(), text.data(), text.size());
        return f;
    };
    fields_ = {
        field("Campaign", {"name"}, false, "The campaign's name, for the reports."),
        field("Goal", {"goal"}, false, "awareness, engagement or sales."),
        field("Target countries", {"target", "countries"}, true,
              "ISO country codes (US, GB, CA). Creators whose audience is mostly elsewhere get AUDIENCE_GEO_MISMATCH."),
        field("Target ages", {"target", "ages"}, true, "Age buckets as the audience exports write them (18-24, 25-34)."),
        field("Target genders", {"target", "genders"}, true, "female, male, ..."),
        field("Languages", {"target", "languages"}, true, "Language codes (en, es)."),
        field("Niches", {"niches"}, true, "The topics the campaign wants (sustainable fashion, skincare). Searched in captions and bios."),
        field("Keywords", {"keywords"}, true, "Words and phrases to find in captions and bios (thrift, budget travel)."),
        field("Platforms", {"platforms"}, true, "instagram, tiktok, youtube."),
        field("Tiers", {"tiers"}, true, "The tiers wanted, by the chosen tier scheme's names (nano, micro, macro)."),
        field("Budget", {"budget"}, false, "The campaign's budget, a number."),
        field("Currency", {"currency"}, false, "USD, EUR, ..."),
        field("Blocklist", {"blocklist"}, true, "Terms that must not appear near the brand: posts and bios with them get BRAND_SAFETY."),
        field("Weight: engagement", {"weights", "engagement"}, false, "How much engagement counts in the fit score (0 to 1)."),
        field("Weight: authenticity", {"weights", "authenticity"}, false, "How much authenticity counts in the fit score (0 to 1)."),
        field("Weight: alignment", {"weights", "alignment"}, false, "How much alignment with the brief counts in the fit score (0 to 1)."),
        field("Weight: cost", {"weights", "cost"}, false, "How much cost counts in the fit score (0 to 1)."),
        field("Plan goal", {"plan", "goal"}, false, plan_goal_help),
        field("Plan budget", {"plan", "budget"}, false, "The budget to plan, a number. Empty: the brief's budget."),
        field("Plan platforms", {"plan", "platforms"}, true, "Only creators on these platforms are planned. Empty: the brief's platforms."),
        field("Always book", {"plan", "include"}, true, "Creators the plan must book: handle, or handle@platform (ana@tiktok)."),
        field("Never book", {"plan", "exclude"}, true, "Creators the plan must leave out: handle, or handle@platform."),
        field("Minimum fit (0-100)", {"plan", "min_fit"}, false, "Creators whose fit to the brief is below this (0 to 100) are not planned."),
        field("Bookings per creator", {"plan", "max_bookings"}, false, "How many posts one creator may be booked for at most (1 to 10). Empty: 1."),
    };
    const char* plan_hints[] = {"", "the brief's budget", "the brief's platforms", "nobody", "nobody", "none", "1"};
    for (std::size_t k = 0; k < std::size(plan_hints); ++k) fields_[fields_.size() - 7 + k].hint = plan_hints[k];
    fields_[fields_.size() - 7].section = "Budget plan";
    fields_[fields_.size() - 7].choices = {"", "reach", "engagement", "conversions", "revenue", "fit_reach"};
    // Each tier of the scheme: its share of the plan's budget, at least and at most.
    for (const auto& tier : engine.tier_scheme().tiers()) {
        for (const bool low : {true, false}) {
            Field f = field("", {"plan", "tiers", tier.name, low ? "min_share" : "max_share"}, false,
                            low ? "The least share of the plan's budget for this tier, in percent (25 = a quarter). Empty: no minimum."
                                : "The most share of the plan's budget this tier may get, in percent. Empty: all of it.",
                            true);
            f.label_text = tier.name + (low ? ": at least % of budget" : ": at most % of budget");
            f.hint = low ? "no minimum" : "no maximum";
            if (fields_.back().percent == false) f.section = "Each tier's share of the plan's budget, in percent (empty: no limit)";
            fields_.push_back(std::move(f));
        }
    }
    message_.clear();
    open_ = true;
    just_opened_ = true;
}

std::string BriefEditor::build_json() const {
    json brief = json::parse(original_, nullptr, false);
    if (!brief.is_object()) brief = json::object();
    for (const auto& f : fields_) {
        const std::string text(trim(std::string_view(f.buffer.data())));
        json* at = &brief;
        for (std::size_t k = 0; k + 1 < f.path.size(); ++k) {
            if (!at->contains(f.path[k]) || !(*at)[f.path[k]].is_object()) (*at)[f.path[k]] = json::object();
            at = &(*at)[f.path[k]];
        }
        const std::string& key = f.path.back();
        if (text.empty()) {
            at->erase(key);
            continue;
        }
        if (f.list) {
            (*at)[key] = split_list(text);
        } else if (f.percent) {
            const json number = json::parse(text, nullptr, false);
            (*at)[key] = !number.is_discarded() && number.is_number() ? json(number.get<double>() / 100.0) : json(text);
        } else {
            // Numbers stay numbers (budget, weights); everything else is text.
            const json number = json::parse(text, nullptr, false);
            (*at)[key] = !number.is_discarded() && number.is_number() ? number : json(text);
        }
    }
    if (brief.contains("plan") && brief["plan"].is_object()) {
        drop_empty(brief["plan"]);
        if (brief["plan"].empty()) brief.erase("plan");
    }
    return brief.dump(2) + "\n";
}

// A field picked from its values, each with its words ("reach: expected views").
void BriefEditor::choice_combo(Field& f) {
    const auto words = [](std::string_view value) -> std::string {
        if (value.empty()) return "from the brief's goal";
        if (value == "reach") return "reach: expected views";
        if (value == "engagement") return "engagement: expected interactions";
        if (value == "conversions") return "conversions: expected orders";
        if (value == "revenue") return "revenue: expected sales";
        if (value == "fit_reach") return "fit-weighted reach: views times fit";
        return std::string(value);
    };
    const std::string current(f.buffer.data());
    if (!ImGui::BeginCombo("##value", words(current).c_str())) return;
    for (const char* value : f.choices) {
        if (ImGui::Selectable(words(value).c_str(), current == value)) {
            std::fill(f.buffer.begin(), f.buffer.end(), '\0');
            std::memcpy(f.buffer.data(), value, std::strlen(value));
        }
    }
    ImGui::EndCombo();
}

void BriefEditor::draw(const Engine& engine, Actions& actions, float scale) {
    if (!begin_dialog("Campaign brief###BriefEditor", open_, just_opened_, ImVec2(640.0f * scale, 600.0f * scale))) return;
    ImGui::TextWrapped("What the campaign wants. Lists are written with commas. Apply analyses again with this brief (a weight "
                       "applies as soon as you leave its field); "
                       "Save brief downloads it as a JSON file you can open again later (Open files...).");
    const auto apply = [&](const char* message) {
        actions.later([text = build_json(), replace = input_](Engine&) { load_text("brief.json", "brief", text, replace); });
        message_ = message;
        if (!input_) input_ = engine.inputs().size();  // the new brief's place once it is read
    };
    if (ImGui::Button("Apply")) apply("Applied: the analysis runs again with this brief.");
    note_item("Apply brief");
    ImGui::SameLine();
    if (ImGui::Button("Save brief")) download_text("brief.json", "application/json", build_json());
    note_item("Save brief");
    ImGui::SameLine();
    if (ImGui::Button("Close")) {
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Close brief");
    if (!message_.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImColor(palette::muted_text), "%s", message_.c_str());
    }
    ImGui::Separator();
    ImGui::BeginChild("brief_fields", ImVec2(0, 0), false);
    const float label_width = ImGui::GetFontSize() * 14.0f;
    for (auto& f : fields_) {
        if (f.section != nullptr) {
            ImGui::Spacing();
            ImGui::TextColored(ImColor(palette::muted_text), "%s", f.section);
            if (scroll_to_plan_ && std::strcmp(f.section, "Budget plan") == 0) {
                ImGui::SetScrollHereY(0.0f);
                scroll_to_plan_ = false;
            }
            ImGui::Separator();
        }
        const std::string label = f.label_text.empty() ? std::string(f.label) : f.label_text;
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.help);
        ImGui::SameLine(label_width);
        ImGui::SetNextItemWidth(-1);
        ImGui::PushID(label.c_str());
        if (!f.choices.empty()) {
            choice_combo(f);
        } else {
            ImGui::InputTextWithHint("##value", f.hint.c_str(), f.buffer.data(), f.buffer.size());
        }
        // A weight applies as soon as it is edited (on leaving the field or Enter): only the
        // scores are computed again (the engine's scores stage), nothing is read again.
        if (f.path.front() == "weights" && ImGui::IsItemDeactivatedAfterEdit()) apply("Weights applied: the scores are computed again.");
        ImGui::PopID();
        note_item("Brief: " + label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.help);
    }
    ImGui::EndChild();
    note_item("Brief fields");
    ImGui::EndPopup();
}

}  // namespace creatorscope::web
