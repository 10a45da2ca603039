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
    }
    editor_.open = true;
    editor_.just_opened = true;  // the dialog opens in draw(), outside the per-file ID scope
}

void FilesPanel::draw_editor(Actions& actions, float scale) {
    const std::string title = "Columns of " + editor_.name + "###Columns";
    if (!begin_dialog(title.c_str(), editor_.open, editor_.just_opened, ImVec2(620.0f * scale, 520.0f * scale))) return;
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
    }
    ImGui::Spacing();
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.0f;
    if (ImGui::BeginTable("mapping", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                          ImVec2(0, -footer))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Column in the file");
        ImGui::TableSetupColumn("Read as");
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
                    }
                }
                ImGui::EndCombo();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Read the file again with these settings") && editor_.kind >= 0) {
        nlohmann::json override;
        override["kind"] = std::string(kind_name(kinds[static_cast<std::size_t>(editor_.kind)]));
        override["columns"] = nlohmann::json::object();
        for (std::size_t s = 0; s < editor_.headers.size(); ++s) override["columns"][editor_.headers[s]] = editor_.canonical[s];
        actions.later([index = editor_.index, text = override.dump()](Engine&) { reread_input(index, text); });
        editor_.open = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Read again");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        editor_.open = false;
        ImGui::CloseCurrentPopup();
    }
    note_item("Cancel editor");
    ImGui::EndPopup();
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
