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

void set_theme(Theme theme, float scale) {
    ImGuiStyle style;
    const bool dark = theme == Theme::dark;
    if (dark) {
        ImGui::StyleColorsDark(&style);
    } else {
        ImGui::StyleColorsLight(&style);
    }
    style.WindowRounding = 0.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 5.0f;
    style.GrabRounding = 4.0f;
    style.PopupRounding = 6.0f;
    style.FramePadding = ImVec2(10.0f, 5.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.CellPadding = ImVec2(8.0f, 4.0f);
    ImVec4* colors = style.Colors;
    const ImVec4 blue(0.204f, 0.361f, 0.871f, 1.0f), light_blue(0.46f, 0.60f, 1.0f, 1.0f);
    const ImVec4 a = dark ? light_blue : blue;
    if (dark) {
        colors[ImGuiCol_Text] = ImVec4(0.90f, 0.91f, 0.94f, 1.0f);
        colors[ImGuiCol_WindowBg] = ImVec4(0.086f, 0.094f, 0.118f, 1.0f);
        colors[ImGuiCol_ChildBg] = ImVec4(0.118f, 0.129f, 0.161f, 1.0f);
        colors[ImGuiCol_PopupBg] = ImVec4(0.137f, 0.149f, 0.184f, 1.0f);
        colors[ImGuiCol_FrameBg] = ImVec4(0.173f, 0.188f, 0.235f, 1.0f);
        colors[ImGuiCol_FrameBgHovered] = ImVec4(0.212f, 0.231f, 0.290f, 1.0f);
        colors[ImGuiCol_FrameBgActive] = ImVec4(0.251f, 0.275f, 0.345f, 1.0f);
        colors[ImGuiCol_TableHeaderBg] = ImVec4(0.157f, 0.173f, 0.220f, 1.0f);
        colors[ImGuiCol_Border] = ImVec4(0.25f, 0.27f, 0.33f, 1.0f);
        colors[ImGuiCol_TableBorderStrong] = ImVec4(0.25f, 0.27f, 0.33f, 1.0f);
        colors[ImGuiCol_TableBorderLight] = ImVec4(0.20f, 0.22f, 0.27f, 1.0f);
        colors[ImGuiCol_TitleBg] = ImVec4(0.137f, 0.149f, 0.184f, 1.0f);
        colors[ImGuiCol_TitleBgActive] = ImVec4(0.173f, 0.188f, 0.235f, 1.0f);
    } else {
        colors[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.980f, 1.0f);
        colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        // Text fields and drop-downs on a tinted ground, so they read as fields on the white panels.
        colors[ImGuiCol_FrameBg] = ImVec4(0.925f, 0.937f, 0.965f, 1.0f);
        colors[ImGuiCol_FrameBgHovered] = ImVec4(0.878f, 0.898f, 0.953f, 1.0f);
        colors[ImGuiCol_FrameBgActive] = ImVec4(0.843f, 0.867f, 0.941f, 1.0f);
        colors[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.925f, 0.96f, 1.0f);
    }
    colors[ImGuiCol_Button] = ImVec4(a.x, a.y, a.z, dark ? 0.22f : 0.12f);
    colors[ImGuiCol_ButtonHovered] = ImVec4(a.x, a.y, a.z, dark ? 0.38f : 0.28f);
    colors[ImGuiCol_ButtonActive] = ImVec4(a.x, a.y, a.z, dark ? 0.55f : 0.45f);
    colors[ImGuiCol_Header] = ImVec4(a.x, a.y, a.z, dark ? 0.24f : 0.14f);
    colors[ImGuiCol_HeaderHovered] = ImVec4(a.x, a.y, a.z, dark ? 0.34f : 0.24f);
    colors[ImGuiCol_TableRowBgAlt] = ImVec4(a.x, a.y, a.z, dark ? 0.06f : 0.04f);
    colors[ImGuiCol_PlotHistogram] = ImVec4(a.x, a.y, a.z, 0.85f);
    colors[ImGuiCol_CheckMark] = a;
    colors[ImGuiCol_SliderGrab] = a;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
    // The palette: the same hues, lighter on dark ground so that they keep their contrast.
    palette::accent = dark ? IM_COL32(118, 153, 255, 255) : IM_COL32(52, 92, 222, 255);
    palette::muted_text = dark ? IM_COL32(160, 168, 184, 255) : IM_COL32(96, 104, 120, 255);
    palette::warning = dark ? IM_COL32(240, 160, 60, 255) : IM_COL32(176, 96, 0, 255);
    palette::error = dark ? IM_COL32(255, 110, 110, 255) : IM_COL32(190, 30, 45, 255);
    palette::gain = dark ? IM_COL32(80, 210, 140, 255) : IM_COL32(0, 128, 72, 255);
    palette::drop_zone = dark ? IM_COL32(118, 153, 255, 140) : IM_COL32(52, 92, 222, 110);
    palette::chart_background = dark ? IM_COL32(24, 27, 35, 255) : IM_COL32(251, 252, 254, 255);
    palette::chart_border = dark ? IM_COL32(64, 70, 86, 255) : IM_COL32(216, 220, 229, 255);
    palette::chart_axis = dark ? IM_COL32(110, 118, 136, 255) : IM_COL32(154, 163, 178, 255);
    palette::chart_ink = dark ? IM_COL32(230, 232, 240, 255) : IM_COL32(29, 35, 48, 255);
}

bool begin_dialog(const char* title, bool& open, bool& just_opened, ImVec2 size) {
    if (just_opened) ImGui::OpenPopup(title);
    just_opened = false;
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title, &open)) return false;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        open = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    return true;
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

namespace {

struct Panel {
    ImVec2 min, max;
};

// Paints the ground (the window's background colour) everywhere on the display but inside the
// panels, which the clear colour already paints: each pixel is filled once. A software renderer
// (WebGL without a GPU) spends most of a frame filling pixels; painting the ground under the
// panels and then the panels over it filled the screen twice. The panels stand side by side
// and have rounded corners: the ground fills the corners outside the arcs too. panels: one or more.
void paint_ground(ImDrawList* draw_list, const ImVec2& display, std::vector<Panel> panels, float rounding, ImU32 ground) {
    std::sort(panels.begin(), panels.end(), [](const Panel& a, const Panel& b) { return a.min.x < b.min.x; });
    float top = panels.front().min.y, bottom = panels.front().max.y;
    for (const Panel& panel : panels) {
        top = std::min(top, panel.min.y);
        bottom = std::max(bottom, panel.max.y);
    }
    draw_list->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, top), ground);
    draw_list->AddRectFilled(ImVec2(0, bottom), display, ground);
    float left = 0;
    for (const Panel& panel : panels) {
        draw_list->AddRectFilled(ImVec2(left, top), ImVec2(panel.min.x, bottom), ground);
        draw_list->AddRectFilled(ImVec2(panel.min.x, top), ImVec2(panel.max.x, panel.min.y), ground);
        draw_list->AddRectFilled(ImVec2(panel.min.x, panel.max.y), ImVec2(panel.max.x, bottom), ground);
        left = panel.max.x;
    }
    draw_list->AddRectFilled(ImVec2(left, top), ImVec2(display.x, bottom), ground);
    // The corners: a fan from each corner point over the quarter arc the panel's border draws
    // (the border, drawn later, covers the seam). Without anti-aliasing: the fan is not convex.
    float r = rounding;
    for (const Panel& panel : panels) r = std::min({r, 0.5f * (panel.max.x - panel.min.x), 0.5f * (panel.max.y - panel.min.y)});
    if (r < 0.5f) return;
    const ImDrawListFlags saved = draw_list->Flags;
    draw_list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    constexpr float pi = 3.14159265358979f;
    for (const Panel& panel : panels) {
        const struct {
            ImVec2 corner, centre;
            float from;
        } corners[] = {
            {panel.min, ImVec2(panel.min.x + r, panel.min.y + r), pi},
            {ImVec2(panel.max.x, panel.min.y), ImVec2(panel.max.x - r, panel.min.y + r), 1.5f * pi},
            {panel.max, ImVec2(panel.max.x - r, panel.max.y - r), 0.0f},
            {ImVec2(panel.min.x, panel.max.y), ImVec2(panel.min.x + r, panel.max.y - r), 0.5f * pi},
        };
        for (const auto& c : corners) {
            draw_list->PathLineTo(c.corner);
            draw_list->PathArcTo(c.centre, r, c.from, c.from + 0.5f * pi, 8);
            draw_list->PathFillConvex(ground);
        }
    }
    draw_list->Flags = saved;
}

}  // namespace

ImVec4 App::clear_color() const {
    return ImGui::GetStyle().Colors[panels_shown_ ? ImGuiCol_ChildBg : ImGuiCol_WindowBg];
}

void App::draw(float scale) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // The window's background is painted around the panels (paint_ground), not under them.
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
    ImGui::Begin("CreatorScope", nullptr, flags);
    draw_toolbar(scale);
    draw_progress();
    ImGui::Separator();
    std::vector<Panel> panels;
    if (engine_.inputs().empty()) {
        draw_empty_state(scale);
    } else {
        // The panels' colour is the clear colour: the panels and the children inside them draw
        // no background of their own (one fill per pixel: see paint_ground).
        ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
        // The files panel takes about a fifth of the width, within readable bounds.
        const float files_width = std::clamp(ImGui::GetContentRegionAvail().x * 0.22f, 200.0f * scale, 320.0f * scale);
        ImGui::BeginChild("files", ImVec2(files_width, 0), true);
        files_.draw(engine_, actions_, scale);
        ImGui::EndChild();
        panels.push_back({ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        ImGui::SameLine();
        ImGui::BeginChild("main", ImVec2(0, 0), true);
        draw_views(scale);
        ImGui::EndChild();
        panels.push_back({ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        ImGui::PopStyleColor();
    }
    panels_shown_ = !panels.empty();
    if (panels_shown_) {
        paint_ground(ImGui::GetBackgroundDrawList(), io.DisplaySize, std::move(panels), ImGui::GetStyle().ChildRounding,
                     ImGui::GetColorU32(ImGuiCol_WindowBg));
    }
    flag_settings_.draw(engine_, actions_, scale);  // modal dialogs: opened within the main window's ID scope
    if (plan_.take_edit_settings()) brief_.open(engine_, true);
    brief_.draw(engine_, actions_, scale);
    campaigns_.draw_save_dialog(scale);
    if (auto creator = pipeline_.take_draft_request()) outreach_.open(engine_, std::move(*creator));
    outreach_.draw(engine_, actions_, scale);
    ImGui::End();
    if (const auto opened = roster_.take_opened()) creator_.open(*opened);
    creator_.draw(engine_, scale);
    if (roster_.take_compare()) compare_.open(engine_.shortlist().entries());
    compare_.draw(engine_, scale);
    actions_.apply(engine_);  // what the views asked, now that the frame is drawn
    if (plan_visible_) plan_.refresh(engine_);  // outside the views: making the plan needs the engine itself
    plan_visible_ = false;
}

// The views, as tabs: the roster, the plan, the pipeline and the attribution; attribution opens
// itself the first time journeys arrive without creators (a path file alone).
void App::draw_views(float scale) {
    if (ImGui::BeginTabBar("views")) {
        if (ImGui::BeginTabItem("Roster")) {
            note_item("Tab: Roster");
            roster_.draw(engine_, actions_);
            ImGui::EndTabItem();
        } else {
            note_item("Tab: Roster");
        }
        if (ImGui::BeginTabItem("Plan")) {
            note_item("Tab: Plan");
            ImGui::BeginChild("plan_scroll");
            plan_.draw(engine_, actions_, scale);
            ImGui::EndChild();
            note_item("Plan area");
            ImGui::EndTabItem();
            plan_visible_ = true;
        } else {
            note_item("Tab: Plan");
        }
        const std::size_t in_pipeline = PipelineView::size(engine_);
        const std::string pipeline_tab = in_pipeline > 0 ? "Pipeline (" + std::to_string(in_pipeline) + ")###pipeline" : std::string("Pipeline###pipeline");
        if (ImGui::BeginTabItem(pipeline_tab.c_str())) {
            note_item("Tab: Pipeline");
            pipeline_.draw(engine_, actions_, scale);
            ImGui::EndTabItem();
        } else {
            note_item("Tab: Pipeline");
        }
        const std::string attribution_tab = engine_.attribution() ? "Attribution###attribution" : "Attribution (no journeys)###attribution";
        if (ImGui::BeginTabItem(attribution_tab.c_str())) {
            note_item("Tab: Attribution");
            attribution_.draw(engine_, actions_, scale);
            ImGui::EndTabItem();
        } else {
            note_item("Tab: Attribution");
        }
        if (ImGui::BeginTabItem("Results")) {
            note_item("Tab: Results");
            results_.draw(engine_, campaigns_, scale);
            ImGui::EndTabItem();
        } else {
            note_item("Tab: Results");
        }
        ImGui::EndTabBar();
    }
}

// The Export... menu: each export is made after the frame (an action), here in the browser.
void App::draw_export_menu(ImVec2 at) {
    ImGui::SetNextWindowPos(at, ImGuiCond_Appearing);  // a menu under its button
    if (ImGui::BeginPopup("export_menu")) {
        if (ImGui::MenuItem("Roster CSV", nullptr, false, !engine_.creators().empty())) {
            actions_.later([](Engine& e) { download_streamed("creatorscope-roster.csv", "text/csv", [&](TextSink& sink) { e.roster_csv(sink); }); });
        }
        note_item("Export roster CSV");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("One row per creator account with every column of the roster; safe to open in a spreadsheet.");
        if (ImGui::MenuItem("Shortlist CSV", nullptr, false, !engine_.shortlist().empty())) {
            actions_.later([](Engine& e) { download_text("creatorscope-shortlist.csv", "text/csv", e.shortlist_csv()); });
        }
        note_item("Export shortlist CSV");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("The starred creators, one row each: handle, name, platform, followers, tier, rate, the scores,\n"
                              "flags, fee and the contact fields. Star creators in the roster first.");
        }
        if (ImGui::MenuItem("Plan CSV", nullptr, false, engine_.brief() != nullptr && !engine_.creators().empty())) {
            actions_.later([](Engine& e) { download_text("creatorscope-plan.csv", "text/csv", e.plan_csv()); });
        }
        note_item("Export plan CSV");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("The budget plan's chosen creators, one row each: booking, cost, expected outcome with its range,\n"
                              "and why; then the total. Load a brief with a budget first.");
        }
        if (ImGui::MenuItem("Report JSON")) {
            actions_.later([](Engine& e) { download_streamed("creatorscope-report.json", "application/json", [&](TextSink& sink) { e.report_json(sink); }); });
        }
        note_item("Export report JSON");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Everything: inputs and their issues, every creator's figures and flags, attribution.\n"
                              "Versioned (creatorscope.report/1) with a JSON Schema in assets/schema.");
        }
        if (ImGui::MenuItem("HTML report", nullptr, false, !engine_.creators().empty() || engine_.attribution().has_value())) {
            actions_.later([](Engine& e) { download_streamed("creatorscope-report.html", "text/html", [&](TextSink& sink) { e.report_html(sink); }); });
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
    draw_export_menu(below_export);
    ImGui::SameLine();
    campaigns_.draw_save_button(engine_);
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
    if (ImGui::Button("Clear")) {
        actions_.later([](Engine& e) { e.clear(); });
        campaign_closed();
    }
    note_item("Clear");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(theme_ == Theme::dark ? "Light" : "Dark")) {
        theme_ = theme_ == Theme::dark ? Theme::light : Theme::dark;
        theme_changed_ = true;
    }
    note_item("Theme");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Switch to the %s theme", theme_ == Theme::dark ? "light" : "dark");

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

    // While the first file is read, the space says so (the bar above shows how far it is).
    const Progress progress = engine_.progress();
    const bool reading = progress.phase == "reading";
    const std::string title = reading ? "Reading " + progress.file : std::string("Drop your creator exports here");
    const char* lines[] = {
        title.c_str(),
        reading ? "The accounts appear here once the file is read. Cancel, above, stops it."
                : "Rosters and posts as CSV, TSV or JSON: exports from Instagram, TikTok, YouTube,",
        reading ? "Nothing is uploaded: the file is read here, in this browser."
                : "influencer platforms or your own spreadsheets. Nothing is uploaded: the analysis runs in this browser.",
    };
    // With saved campaigns listed below, the words move up to make room for the list.
    const bool listed = !reading && campaigns_.any();
    float y = listed ? min.y + 48.0f * scale : (min.y + max.y) * 0.5f - 60.0f * scale;
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
    if (reading) return;
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
    if (!listed) return;
    const float list_width = std::min(max.x - min.x - 48.0f * scale, 900.0f * scale);
    ImGui::SetCursorScreenPos(ImVec2((min.x + max.x - list_width) * 0.5f, y + ImGui::GetFrameHeight() + 36.0f * scale));
    campaigns_.draw_list(list_width, scale);
}

}  // namespace creatorscope::web
