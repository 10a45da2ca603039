// The application's frame: toolbar, progress, and either the empty state or the two panels.
#include "app/app.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"

namespace creatorscope::web {

std::string format_count(double value) {
    if (std::isnan(value)) return "-";
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.0f", value);
    std::string text = digits;
    const std::size_t start = text[0] == '-' ? 1 : 0;
    for (int at = static_cast<int>(text.size()) - 3; at > static_cast<int>(start); at -= 3) {
        text.insert(static_cast<std::size_t>(at), ",");
    }
    return text;
}

std::string format_percent(double fraction) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f%%", fraction * 100.0);
    return text;
}

std::string format_money(double value, const std::string& currency) {
    if (std::isnan(value)) return "-";
    char amount[64];
    if (std::fabs(value) < 10) {
        std::snprintf(amount, sizeof amount, "%.2f", value);
    } else {
        std::snprintf(amount, sizeof amount, "%s", format_count(std::round(value)).c_str());
    }
    return std::string(amount) + (currency.empty() ? "" : " " + currency);
}

void App::draw(float scale) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("CreatorScope", nullptr, flags);
    draw_toolbar(scale);
    draw_progress();
    ImGui::Separator();
    if (engine_.inputs().empty()) {
        draw_empty_state(scale);
    } else {
        // The files panel takes about a fifth of the width, within readable bounds.
        const float files_width = std::clamp(ImGui::GetContentRegionAvail().x * 0.22f, 200.0f * scale, 320.0f * scale);
        ImGui::BeginChild("files", ImVec2(files_width, 0), true);
        files_.draw(engine_, scale);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("main", ImVec2(0, 0), true);
        // The roster and the attribution, as tabs; attribution opens itself the first time
        // journeys arrive without creators (a path file alone).
        if (ImGui::BeginTabBar("views")) {
            if (ImGui::BeginTabItem("Roster")) {
                note_item("Tab: Roster");
                roster_.draw(engine_);
                ImGui::EndTabItem();
            } else {
                note_item("Tab: Roster");
            }
            const std::string attribution_tab = engine_.attribution() ? "Attribution###attribution" : "Attribution (no journeys)###attribution";
            if (ImGui::BeginTabItem(attribution_tab.c_str())) {
                note_item("Tab: Attribution");
                attribution_.draw(engine_, scale);
                ImGui::EndTabItem();
            } else {
                note_item("Tab: Attribution");
            }
            ImGui::EndTabBar();
        }
        ImGui::EndChild();
    }
    flag_settings_.draw(engine_, scale);  // modal dialogs: opened within the main window's ID scope
    brief_.draw(engine_, scale);
    ImGui::End();
    if (const auto opened = roster_.take_opened()) creator_.open(*opened);
    creator_.draw(engine_, scale);
}

void App::draw_toolbar(float scale) {
    ImGui::PushFont(fonts_.title);
    ImGui::TextColored(ImColor(palette::accent), "CreatorScope");
    ImGui::PopFont();
    ImGui::SameLine(0, 24.0f * scale);
    const float button_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(button_y + 3.0f * scale);
    if (ImGui::Button("Open files...")) open_file_picker();
    note_item("Open files");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open CSV, TSV or JSON exports (Ctrl+O). They are read here, in your browser.");
    ImGui::SameLine();
    if (ImGui::Button("Load sample data")) load_sample_data();
    note_item("Load sample data");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Load a fictional shortlist of 45 creator accounts with six months of posts.");
    ImGui::SameLine();
    // Exports, made here in the browser: one menu.
    ImGui::BeginDisabled(engine_.inputs().empty());
    if (ImGui::Button("Export...")) ImGui::OpenPopup("export_menu");
    note_item("Export");
    const ImVec2 below_export(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Download the roster as CSV, the report as JSON or as an HTML page to share and print.\nThe files are made here, in your browser.");
    ImGui::EndDisabled();
    ImGui::SetNextWindowPos(below_export, ImGuiCond_Appearing);  // a menu under its button
    if (ImGui::BeginPopup("export_menu")) {
        if (ImGui::MenuItem("Roster CSV", nullptr, false, !engine_.creators().empty())) {
            download_text("creatorscope-roster.csv", "text/csv", engine_.roster_csv());
        }
        note_item("Export roster CSV");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("One row per creator account with every column of the roster; safe to open in a spreadsheet.");
        if (ImGui::MenuItem("Report JSON")) download_text("creatorscope-report.json", "application/json", engine_.report_json());
        note_item("Export report JSON");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Everything: inputs and their issues, every creator's figures and flags, attribution.\n"
                              "Versioned (creatorscope.report/1) with a JSON Schema in assets/schema.");
        }
        if (ImGui::MenuItem("HTML report", nullptr, false, !engine_.creators().empty() || engine_.attribution().has_value())) {
            download_text("creatorscope-report.html", "text/html", engine_.report_html());
        }
        note_item("Export HTML report");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("One file to share or print: the roster, the attribution and a page per creator with its charts.\n"
                              "It opens in any browser, offline, and loads nothing from anywhere.");
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Workspace")) save_workspace();
        note_item("Export workspace");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Every loaded file, how each was read and your settings, in one file.\n"
                              "Open it later (Open files... or drop it here) to carry on where you left off.");
        }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Brief...")) brief_.open(engine_);
    note_item("Brief");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The campaign brief: target countries, niches, keywords, blocklist, budget. Edit, apply, save or load it.");
    ImGui::SameLine();
    if (ImGui::Button("Flag settings...")) flag_settings_.open(engine_);
    note_item("Flag settings");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The thresholds of the red flags: see and change them.");
    ImGui::SameLine();
    ImGui::BeginDisabled(engine_.inputs().empty());
    if (ImGui::Button("Clear")) engine_.clear();
    note_item("Clear");
    ImGui::EndDisabled();

    // The promise, in view (shortened when the window is narrow).
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 16.0f * scale;
    for (const char* privacy : {"Your files never leave this browser.", "Files stay in this browser."}) {
        const float width = ImGui::CalcTextSize(privacy).x;
        if (after + width > right) continue;
        ImGui::SameLine(right - width);
        ImGui::TextColored(ImColor(palette::muted_text), "%s", privacy);
        break;
    }
}

void App::draw_progress() {
    const Progress progress = engine_.progress();
    if (progress.phase != "reading" && progress.phase != "analysing") return;
    const float fraction = progress.total > 0 ? static_cast<float>(progress.done) / static_cast<float>(progress.total) : 0.0f;
    char label[256];
    if (progress.phase == "reading") {
        std::snprintf(label, sizeof label, "Reading %s: %.1f of %.1f MB, %s rows", progress.file.c_str(),
                      static_cast<double>(progress.done) / 1e6, static_cast<double>(progress.total) / 1e6,
                      format_count(static_cast<double>(progress.rows)).c_str());
    } else {
        std::snprintf(label, sizeof label, "Analysing: %.0f%%", fraction * 100.0);
    }
    const float button_width = ImGui::CalcTextSize("Cancel").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::ProgressBar(fraction, ImVec2(-button_width - ImGui::GetStyle().ItemSpacing.x, 0), label);
    note_item("Progress");
    if (progress.phase == "reading") {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) cancel_loads();
        note_item("Cancel");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stop reading this file and the files waiting after it");
    }
}

void App::draw_empty_state(float scale) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float margin = 24.0f * scale;
    const ImVec2 min(origin.x + margin, origin.y + margin);
    const ImVec2 max(origin.x + avail.x - margin, origin.y + avail.y - margin);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(min, max, palette::drop_zone, 12.0f * scale, 0, 2.0f * scale);

    const char* lines[] = {
        "Drop your creator exports here",
        "Rosters and posts as CSV, TSV or JSON: exports from Instagram, TikTok, YouTube,",
        "influencer platforms or your own spreadsheets. Nothing is uploaded: the analysis runs in this browser.",
    };
    float y = (min.y + max.y) * 0.5f - 60.0f * scale;
    ImGui::PushFont(fonts_.title);
    float w = ImGui::CalcTextSize(lines[0]).x;
    ImGui::SetCursorScreenPos(ImVec2((min.x + max.x - w) * 0.5f, y));
    ImGui::TextUnformatted(lines[0]);
    ImGui::PopFont();
    y += 40.0f * scale;
    for (int i = 1; i < 3; ++i) {
        w = ImGui::CalcTextSize(lines[i]).x;
        ImGui::SetCursorScreenPos(ImVec2((min.x + max.x - w) * 0.5f, y));
        ImGui::TextColored(ImColor(palette::muted_text), "%s", lines[i]);
        y += ImGui::GetTextLineHeightWithSpacing();
    }
    y += 16.0f * scale;
    const char* open = "Open files...";
    const char* sample = "Try it with sample data";
    const ImGuiStyle& style = ImGui::GetStyle();
    const float open_w = ImGui::CalcTextSize(open).x + style.FramePadding.x * 2;
    const float sample_w = ImGui::CalcTextSize(sample).x + style.FramePadding.x * 2;
    ImGui::SetCursorScreenPos(ImVec2((min.x + max.x - open_w - sample_w - style.ItemSpacing.x) * 0.5f, y));
    if (ImGui::Button(open)) open_file_picker();
    note_item("Open files (empty state)");
    ImGui::SameLine();
    if (ImGui::Button(sample)) load_sample_data();
    note_item("Try it with sample data");
}

}  // namespace creatorscope::web
