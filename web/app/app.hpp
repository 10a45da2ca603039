// The CreatorScope application: one full-window ImGui surface with the toolbar, the files
// panel, the roster and the attribution, and the dialogs. Each view has its own header and
// source (view_*.hpp, view_*.cpp); this one owns the layout and applies the views' actions
// after each frame.
#pragma once

#include "app/actions.hpp"
#include "app/look.hpp"
#include "app/view_attribution.hpp"
#include "app/view_brief.hpp"
#include "app/view_compare.hpp"
#include "app/view_pipeline.hpp"
#include "app/view_campaigns.hpp"
#include "app/view_results.hpp"
#include "app/view_outreach.hpp"
#include "app/view_plan.hpp"
#include "app/view_creator.hpp"
#include "app/view_files.hpp"
#include "app/view_roster.hpp"
#include "app/view_settings.hpp"
#include "imgui.h"

namespace creatorscope::web {

class App {
public:
    explicit App(Engine& engine, Theme theme) : engine_(engine), theme_(theme) {}
    void set_fonts(Fonts fonts) { fonts_ = fonts; }
    void draw(float scale);
    // The colour the frame is cleared with before ImGui draws: the panels' colour while the
    // panels are shown, else the ground's. Drawing relies on it (see App::draw).
    ImVec4 clear_color() const;
    Theme theme() const { return theme_; }
    // True once after the user switched themes: the platform glue applies the new style.
    bool take_theme_change() {
        const bool changed = theme_changed_;
        theme_changed_ = false;
        return changed;
    }

private:
    void draw_toolbar(float scale);
    void draw_views(float scale);
    void draw_export_menu(ImVec2 at);
    void draw_progress();
    void draw_empty_state(float scale);

    Engine& engine_;
    bool panels_shown_ = false;
    Theme theme_;
    bool theme_changed_ = false;
    Fonts fonts_;
    RosterView roster_;
    AttributionView attribution_;
    FilesPanel files_;
    CreatorPage creator_;
    CompareView compare_;
    PlanView plan_;
    PipelineView pipeline_;
    CampaignsView campaigns_;
    ResultsView results_;
    OutreachView outreach_;
    bool plan_visible_ = false;  // the Plan tab was drawn this frame
    FlagSettings flag_settings_;
    BriefEditor brief_;
    Actions actions_;
};

}  // namespace creatorscope::web
