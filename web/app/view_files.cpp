// The files panel: each loaded file with its detected kind, rows kept and rejected, and the
// issues found in it (line, column, reason).
#include <string>

#include "app/app.hpp"
#include "creatorscope/engine.hpp"

namespace creatorscope::web {

void draw_files_panel(Engine& engine) {
    ImGui::TextUnformatted("Files");
    ImGui::Separator();
    int index = 0;
    for (const auto& input : engine.inputs()) {
        ImGui::PushID(index++);
        const bool problems = input->issue_count() > 0;
        ImGui::TextUnformatted(input->name().c_str());
        ImGui::TextColored(ImColor(palette::muted_text), "%s, %s %s", std::string(kind_name(input->kind())).c_str(),
                           format_count(static_cast<double>(input->rows())).c_str(), input->rows() == 1 ? "row" : "rows");
        if (input->kind() == Kind::unknown) {
            ImGui::TextColored(ImColor(palette::error), "Not recognised");
        }
        if (problems) {
            char label[96];
            std::snprintf(label, sizeof label, "%s rejected %s, %s %s###issues",
                          format_count(static_cast<double>(input->rejected())).c_str(), input->rejected() == 1 ? "row" : "rows",
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
                        ImGui::TextWrapped("%s", issue.message.c_str());
                    }
                }
                if (input->issue_count() > input->issues().size()) {
                    ImGui::TextColored(ImColor(palette::muted_text), "... and %llu more",
                                       static_cast<unsigned long long>(input->issue_count() - input->issues().size()));
                }
                ImGui::TreePop();
            }
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
}

}  // namespace creatorscope::web
