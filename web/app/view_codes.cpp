// The codes and tracking links editor (view_codes.hpp).
#include "app/view_codes.hpp"

#include <algorithm>
#include <cstring>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "imgui.h"

namespace creatorscope::web {

namespace {

std::string from_words(const CodeUse& use) {
    switch (use.from) {
        case CodeUse::From::codes_file: return "codes file";
        case CodeUse::From::page: return use.owner.empty() ? "you: no creator's" : "you";
        case CodeUse::From::unknown: return "unknown";
    }
    return "unknown";
}

// A channel name as a creator's handle compares ("@Lena.Andrews" -> "lena.andrews").
std::string comparable(std::string text) {
    if (!text.empty() && text.front() == '@') text.erase(0, 1);
    for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
}

// Gives (or forgets) the owner of a code or a tracking value once the frame is drawn.
void give_owner(Actions& actions, const std::string& value, bool is_code, std::optional<std::string> owner) {
    actions.later([value, is_code, owner = std::move(owner)](Engine& engine) {
        if (is_code) {
            engine.set_code_owner(value, owner);
        } else {
            engine.set_link_owner(value, owner);
        }
    });
}

}  // namespace

// The rows, again whenever the results or the owners changed.
void CodesEditor::refresh(const Engine& engine) {
    generation_ = engine.generation();
    owners_version_ = engine.owners_version();
    handles_.clear();
    for (const auto& c : engine.creators()) handles_.push_back(comparable(c.handle));
    std::sort(handles_.begin(), handles_.end());
    handles_.erase(std::unique(handles_.begin(), handles_.end()), handles_.end());
    codes_.clear();
    links_.clear();
    const auto& a = engine.attribution();
    if (!a) return;
    for (const CodeUse& use : a->codes) {
        Row row{use.code, use.owner, from_words(use), use.orders, use.value, std::nullopt, use.from == CodeUse::From::page};
        if (use.from == CodeUse::From::unknown) row.suggestion = engine.suggest_owner(use.code);
        codes_.push_back(std::move(row));
    }
    // Tracking values: the visits' channels that are no loaded creator's handle, then those the
    // user gave an owner (their visits are the owner's now, so they are no channel of their own).
    for (const auto& credit : a->credits.at("linear")) {
        if (std::binary_search(handles_.begin(), handles_.end(), credit.channel)) continue;
        Row row{credit.channel, "", "no owner", 0, credit.conversions, engine.suggest_owner(credit.channel), false};
        links_.push_back(std::move(row));
    }
    for (const auto& [value, owner] : engine.owners().links) links_.push_back(Row{value, owner, "you", 0, 0, std::nullopt, true});
}

// A button that opens a list of the loaded creators (with a filter), "No creator's" for codes,
// and "Forget" for an owner the user gave.
void CodesEditor::draw_owner_picker(const char* id, const Row& row, bool is_code, Actions& actions) {
    const std::string label = (row.owner.empty() ? std::string(row.set_in_page ? "No creator's" : "Choose owner") : row.owner) + "##" + id;
    if (ImGui::Button(label.c_str())) {
        filter_[0] = '\0';
        ImGui::OpenPopup(id);
    }
    note_item(std::string(is_code ? "Code owner: " : "Link owner: ") + row.value);
    if (!ImGui::BeginPopup(id)) return;
    const auto give = [&](std::optional<std::string> owner) { give_owner(actions, row.value, is_code, std::move(owner)); };
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ImGui::InputTextWithHint("##filter", "Type a handle", filter_, sizeof filter_);
    if (is_code && ImGui::Selectable("No creator's (a store-wide code)")) give(std::string());
    if (is_code) note_item("Owner choice: no creator's");
    if (row.set_in_page && ImGui::Selectable("Forget what I set")) give(std::nullopt);
    ImGui::Separator();
    int shown = 0;
    for (const auto& handle : handles_) {
        if (filter_[0] != '\0' && handle.find(comparable(filter_)) == std::string::npos) continue;
        if (++shown > 200) {
            ImGui::TextDisabled("More creators: type to narrow the list.");
            break;
        }
        if (ImGui::Selectable(handle.c_str(), handle == row.owner)) give(handle);
        note_item("Owner choice: " + handle);
    }
    ImGui::EndPopup();
}

// "Give to lena.andrews" for a suggested owner (why on hover); false when there is none.
bool CodesEditor::draw_suggestion(const Row& row, bool is_code, Actions& actions) {
    if (!row.suggestion) return false;
    const std::string accept = "Give to " + row.suggestion->handle + (is_code ? "##accept_code_" : "##accept_link_") + row.value;
    if (ImGui::SmallButton(accept.c_str())) give_owner(actions, row.value, is_code, row.suggestion->handle);
    note_item(std::string(is_code ? "Accept code suggestion: " : "Accept link suggestion: ") + row.value);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.suggestion->why.c_str());
    return true;
}

void CodesEditor::draw_codes(Actions& actions, const std::string& currency) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("codes", 5, flags)) return;
    ImGui::TableSetupColumn("Code");
    ImGui::TableSetupColumn("Orders");
    ImGui::TableSetupColumn("Revenue");
    ImGui::TableSetupColumn("Owner");
    ImGui::TableSetupColumn("Suggestion or source");
    ImGui::TableHeadersRow();
    for (const Row& row : codes_) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.value.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_count(static_cast<double>(row.orders)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(row.value_total, currency).c_str());
        ImGui::TableNextColumn();
        draw_owner_picker(("code_owner_" + row.value).c_str(), row, true, actions);
        ImGui::TableNextColumn();
        if (!draw_suggestion(row, true, actions)) ImGui::TextColored(ImColor(palette::muted_text), "%s", row.from.c_str());
    }
    ImGui::EndTable();
}

void CodesEditor::draw_links(Actions& actions) {
    if (links_.empty()) return;
    ImGui::Spacing();
    ImGui::TextUnformatted("Tracking values (utm_source, utm_campaign, link ids) that are no creator's handle:");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("links", 3, flags)) return;
    ImGui::TableSetupColumn("Tracking value");
    ImGui::TableSetupColumn("Owner");
    ImGui::TableSetupColumn("Suggestion");
    ImGui::TableHeadersRow();
    for (const Row& row : links_) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.value.c_str());
        ImGui::TableNextColumn();
        draw_owner_picker(("link_owner_" + row.value).c_str(), row, false, actions);
        ImGui::TableNextColumn();
        draw_suggestion(row, false, actions);
    }
    ImGui::EndTable();
}

void CodesEditor::draw(const Engine& engine, Actions& actions, float /*scale*/) {
    if (engine.generation() != generation_ || engine.owners_version() != owners_version_) refresh(engine);
    if (codes_.empty() && links_.empty()) return;
    std::size_t unknown = 0;
    for (const Row& row : codes_) unknown += row.from == "unknown" ? 1 : 0;
    const std::string header = "Discount codes and tracking links" +
                               (unknown > 0 ? " (" + std::to_string(unknown) + (unknown == 1 ? " code has" : " codes have") + " no owner)" : std::string()) +
                               "###codes_editor";
    ImGui::SetNextItemOpen(unknown > 0, ImGuiCond_Once);
    const bool open = ImGui::CollapsingHeader(header.c_str());
    note_item("Codes editor");
    if (!open) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
    ImGui::TextWrapped("Give each code an owner to credit their orders to that creator; the attribution above updates at once and "
                       "the owners are kept with the campaign. Suggestions come from codes that hold a creator's handle or name.");
    ImGui::PopStyleColor();
    draw_codes(actions, engine.attribution() ? engine.attribution()->currency : std::string());
    draw_links(actions);
    if (ImGui::Button("Download codes CSV")) {
        actions.later([](Engine& e) { download_text("creatorscope-codes.csv", "text/csv", e.codes_csv()); });
    }
    note_item("Download codes CSV");
}

}  // namespace creatorscope::web
