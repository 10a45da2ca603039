// The brief editor: the campaign brief's fields (targets, niches, keywords, platforms, tiers,
// budget, blocklist, weights) in a dialog. Apply reads the edited brief in place of the loaded
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

}  // namespace

void BriefEditor::open(const Engine& engine) {
    input_.reset();
    json brief = json::object();
    for (std::size_t i = 0; i < engine.inputs().size(); ++i) {
        const auto& input = engine.inputs()[i];
        if (input->kind() == Kind::brief && input->document().is_object()) {
            brief = input->document();
            input_ = i;  // the first brief is the one edited
            break;
        }
    }
    original_ = brief.dump();
    const auto field = [&](const char* label, std::vector<std::string> path, bool list, const char* help) {
        Field f{label, std::move(path), list, help, {}};
        const std::string text = as_text(find_path(brief, f.path));
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
    };
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
        } else {
            // Numbers stay numbers (budget, weights); everything else is text.
            const json number = json::parse(text, nullptr, false);
            (*at)[key] = !number.is_discarded() && number.is_number() ? number : json(text);
        }
    }
    return brief.dump(2) + "\n";
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
    const float label_width = ImGui::GetFontSize() * 11.0f;
    for (auto& f : fields_) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(f.label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.help);
        ImGui::SameLine(label_width);
        ImGui::SetNextItemWidth(-1);
        ImGui::PushID(f.label);
        ImGui::InputText("##value", f.buffer.data(), f.buffer.size());
        // A weight applies as soon as it is edited (on leaving the field or Enter): only the
        // scores are computed again (the engine's scores stage), nothing is read again.
        if (f.path.front() == "weights" && ImGui::IsItemDeactivatedAfterEdit()) apply("Weights applied: the scores are computed again.");
        ImGui::PopID();
        note_item(std::string("Brief: ") + f.label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.help);
    }
    ImGui::EndChild();
    ImGui::EndPopup();
}

}  // namespace creatorscope::web
