// The import panel: each loaded file with the kind and format CreatorScope recognised, rows
// kept, skipped and rejected, the issues found (line, column, reason), and the mapping editor
// that lets the user choose the kind and each column's meaning, then reads the file again.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "app/view_files.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"

namespace creatorscope::web {

namespace {

// Kinds a file can be read as (the brief is JSON and has no columns).
std::vector<Kind> column_kinds() {
    std::vector<Kind> kinds;
    for (const auto& spec : kind_specs()) {
        if (!spec.columns.empty()) kinds.push_back(spec.kind);
    }
    return kinds;
}

// The platforms a list without a platform column can be said to be on; the first keeps what the
// file says (or what CreatorScope inferred).
const std::vector<std::string>& editor_platforms() {
    static const std::vector<std::string> platforms{"as found", "instagram", "tiktok", "youtube", "facebook", "twitch", "twitter"};
    return platforms;
}

}  // namespace

void FilesPanel::open_editor(const InputInfo& input, std::size_t index) {
    editor_ = Editor{};
    editor_.index = index;
    editor_.name = input.name();
    const auto kinds = column_kinds();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k] == input.kind()) editor_.kind = static_cast<int>(k);
    }
    for (const auto& column : input.mapping()) {
        editor_.headers.push_back(column.source);
        editor_.canonical.push_back(column.canonical);
        editor_.why.push_back(column.why);
    }
    const auto& platforms = editor_platforms();
    editor_.found_platform = input.override_settings().platform ? std::string() : input.inferred_platform();
    if (input.override_settings().platform) {
        for (std::size_t p = 1; p < platforms.size(); ++p) {
            if (platforms[p] == *input.override_settings().platform) editor_.platform = static_cast<int>(p);
        }
    }
    editor_.open = true;
    editor_.just_opened = true;  // the dialog opens in draw(), outside the per-file ID scope
}

void FilesPanel::draw_editor(Actions& actions, float scale) {
    const std::string title = "Columns of " + editor_.name + "###Columns";
    if (!begin_dialog(title.c_str(), editor_.open, editor_.just_opened, ImVec2(780.0f * scale, 540.0f * scale))) return;
    ImGui::TextWrapped("How CreatorScope reads %s. Choose what the file holds and what each column means, "
                       "then read it again. Nothing leaves this browser.", editor_.name.c_str());
    ImGui::Separator();
    const auto kinds = column_kinds();
    const int previous_kind = editor_.kind;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("The file holds");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320.0f * scale);
    if (ImGui::BeginCombo("##kind", editor_.kind >= 0 ? std::string(kind_name(kinds[static_cast<std::size_t>(editor_.kind)])).c_str()
                                                               : "(choose: not recognised)")) {
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            const KindSpec& spec = kind_spec(kinds[k]);
            const std::string label = std::string(spec.name) + ": one row is " + std::string(spec.one_row_is);
            if (ImGui::Selectable(label.c_str(), editor_.kind == static_cast<int>(k))) editor_.kind = static_cast<int>(k);
        }
        ImGui::EndCombo();
    }
    note_item("Mapping kind");
    if (editor_.kind != previous_kind && editor_.kind >= 0) {
        // A new kind: start from what the synonyms table makes of the headers.
        editor_.canonical = suggest_columns(kinds[static_cast<std::size_t>(editor_.kind)], editor_.headers);
        editor_.why.assign(editor_.headers.size(), "");
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("on");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150.0f * scale);
    const auto& platforms = editor_platforms();
    const auto label = [&](std::size_t p) {
        return p == 0 && !editor_.found_platform.empty() ? platforms[0] + " (" + editor_.found_platform + ")" : platforms[p];
    };
    if (ImGui::BeginCombo("##platform", label(static_cast<std::size_t>(editor_.platform)).c_str())) {
        for (std::size_t p = 0; p < platforms.size(); ++p) {
            if (ImGui::Selectable(label(p).c_str(), editor_.platform == static_cast<int>(p))) editor_.platform = static_cast<int>(p);
        }
        ImGui::EndCombo();
    }
    note_item("Mapping platform");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("For a list with no platform column: the platform all its creators are on");
    ImGui::Spacing();
    draw_editor_table(scale);
    draw_editor_buttons(actions);
    ImGui::EndPopup();
}

// Each column of the file, what it is read as (a choice), and why CreatorScope read it so.
void FilesPanel::draw_editor_table(float scale) {
    const auto kinds = column_kinds();
    // Room below the table for the status line and the buttons, with the window's padding.
    const float footer = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetStyle().WindowPadding.y;
    if (!ImGui::BeginTable("mapping", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY, ImVec2(0, -footer))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column in the file", ImGuiTableColumnFlags_WidthFixed, 170.0f * scale);
    ImGui::TableSetupColumn("Read as", ImGuiTableColumnFlags_WidthFixed, 170.0f * scale);
    ImGui::TableSetupColumn("Why");
    ImGui::TableHeadersRow();
    const KindSpec* spec = editor_.kind >= 0 ? &kind_spec(kinds[static_cast<std::size_t>(editor_.kind)]) : nullptr;
    for (std::size_t s = 0; s < editor_.headers.size(); ++s) {
        ImGui::PushID(static_cast<int>(s));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(editor_.headers[s].c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::SetNextItemWidth(-1);
        const std::string current = editor_.canonical[s].empty() ? "(not used)" : editor_.canonical[s];
        if (spec == nullptr) {
            ImGui::TextDisabled("choose what the file holds first");
        } else if (ImGui::BeginCombo("##as", current.c_str())) {
            if (ImGui::Selectable("(not used)", editor_.canonical[s].empty())) editor_.canonical[s].clear();
            for (const auto& column : spec->columns) {
                if (column.synonyms.empty()) continue;  // derived by CreatorScope
                if (ImGui::Selectable(std::string(column.name).c_str(), editor_.canonical[s] == column.name)) {
                    editor_.canonical[s] = std::string(column.name);
                    editor_.why[s] = "chosen by you";
                }
            }
            ImGui::EndCombo();
        }
        ImGui::TableSetColumnIndex(2);
        const std::string& why = editor_.why[s];
        const auto colon = why.find(": ");
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette::muted_text));
        ImGui::TextWrapped("%s", colon == std::string::npos ? why.c_str() : why.c_str() + colon + 2);
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// What is still missing (Read again waits for it), then Read again and Cancel.
void FilesPanel::draw_editor_buttons(Actions& actions) {
    const auto kinds = column_kinds();
    std::vector<std::string> missing;
    if (editor_.kind >= 0) missing = missing_for(kinds[static_cast<std::size_t>(editor_.kind)], editor_.canonical);
    if (editor_.kind < 0) {
        ImGui::TextColored(ImColor(palette::error), "Choose what the file holds.");
    } else if (!missing.empty()) {
        std::string text = "Choose the column that holds ";
        for (std::size_t m = 0; m < missing.size(); ++m) text += (m ? ", and the one for " : "") + missing[m];
        ImGui::TextColored(ImColor(palette::error), "%s: a %s file cannot be read without it.", text.c_str(),
                           std::string(kind_name(kinds[static_cast<std::size_t>(editor_.kind)])).c_str());
    } else {
        ImGui::TextColored(ImColor(palette::muted_text), "Ready to read again.");
    }
    const bool ready = editor_.kind >= 0 && missing.empty();
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button("Read the file again with these settings") && ready) {
        nlohmann::json override;
        override["kind"] = std::string(kind_name(kinds[static_cast<std::size_t>(editor_.kind)]));
        override["columns"] = nlohmann::json::object();
        for (std::size_t s = 0; s < editor_.headers.size(); ++s) override["columns"][editor_.headers[s]] = editor_.canonical[s];
        if (editor_.platform > 0) override["platform"] = editor_platforms()[static_cast<std::size_t>(editor_.platform)];
        actions.later([index = editor_.index, text = override.dump()](Engine&) { reread_input(index, text); });
        editor_.open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    note_item("Read again");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        editor_.open = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Cancel editor");
}

void FilesPanel::draw(const Engine& engine, Actions& actions, float scale) {
    ImGui::TextUnformatted("Files");
    ImGui::Separator();
    std::size_t index = 0;
    for (const auto& input : engine.inputs()) {
        ImGui::PushID(static_cast<int>(index));
        const bool problems = input->issue_count() > 0;
        ImGui::TextUnformatted(input->name().c_str());
        if (!input->format_name().empty()) ImGui::TextColored(ImColor(palette::accent), "%s", input->format_name().c_str());
        ImGui::TextColored(ImColor(palette::muted_text), "%s, %s %s", std::string(kind_name(input->kind())).c_str(),
                           format_count(static_cast<double>(input->rows())).c_str(), input->rows() == 1 ? "row" : "rows");
        if (!input->inferred_platform().empty()) {
            ImGui::TextColored(ImColor(palette::muted_text), "on %s", input->inferred_platform().c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Platform: %s, because %s", input->inferred_platform().c_str(), input->platform_why().c_str());
        }
        if (input->skipped() > 0) {
            ImGui::TextColored(ImColor(palette::muted_text), "%s skipped (totals, separators, preamble)",
                               format_count(static_cast<double>(input->skipped())).c_str());
        }
        if (input->kind() == Kind::unknown) ImGui::TextColored(ImColor(palette::error), "Not recognised: choose its columns");
        if (problems) {
            char label[128];
            std::snprintf(label, sizeof label, "%s %s %s, %s %s###issues",
                          format_count(static_cast<double>(input->rejected())).c_str(),
                          input->kind() == Kind::unknown ? "unread" : "rejected", input->rejected() == 1 ? "row" : "rows",
                          format_count(static_cast<double>(input->issue_count())).c_str(),
                          input->issue_count() == 1 ? "issue" : "issues");
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette::warning));
            const bool open = ImGui::TreeNode(label);
            ImGui::PopStyleColor();
            if (open) {
                for (const auto& issue : input->issues()) {
                    if (issue.line > 0) {
                        ImGui::TextWrapped("Line %llu%s%s: %s", static_cast<unsigned long long>(issue.line),
                                           issue.column.empty() ? "" : ", column ", issue.column.c_str(), issue.message.c_str());
                    } else {
                        ImGui::TextWrapped("%s%s%s", issue.column.empty() ? "" : issue.column.c_str(),
                                           issue.column.empty() ? "" : ": ", issue.message.c_str());
                    }
                }
                if (input->issue_count() > input->issues().size()) {
                    ImGui::TextColored(ImColor(palette::muted_text), "... and %llu more",
                                       static_cast<unsigned long long>(input->issue_count() - input->issues().size()));
                }
                ImGui::TreePop();
            }
        }
        if (input->kind() != Kind::brief) {
            if (ImGui::SmallButton("Columns...")) open_editor(*input, index);
            note_item("Columns " + input->name());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("See and change how this file's columns are read");
            ImGui::SameLine();
        }
        if (ImGui::SmallButton("Remove")) actions.later([index](Engine&) { remove_input(index); });
        note_item("Remove " + input->name());
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::PopID();
        ++index;
    }
    if (editor_.open) draw_editor(actions, scale);  // here, outside the per-file ID scope
}

}  // namespace creatorscope::web
