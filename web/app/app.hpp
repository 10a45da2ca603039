// The CreatorScope application: one full-window ImGui surface with the toolbar, the files
// panel and the roster. Each view lives in its own file; this one owns the layout and the
// shared look (fonts, colours, number formats).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "imgui.h"

namespace creatorscope {
class Engine;
class InputInfo;
struct AttributionSettings;
struct AttributionResult;
}

namespace creatorscope::web {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
};

// The two themes, and the colours the views draw with beyond ImGui's own, in one place: set by
// set_theme for the theme in force.
enum class Theme { light, dark };
namespace palette {
inline ImU32 accent = IM_COL32(52, 92, 222, 255);
inline ImU32 muted_text = IM_COL32(96, 104, 120, 255);
inline ImU32 warning = IM_COL32(176, 96, 0, 255);
inline ImU32 error = IM_COL32(190, 30, 45, 255);
inline ImU32 gain = IM_COL32(0, 128, 72, 255);
inline ImU32 drop_zone = IM_COL32(52, 92, 222, 110);
inline ImU32 chart_background = IM_COL32(251, 252, 254, 255);
inline ImU32 chart_border = IM_COL32(216, 220, 229, 255);
inline ImU32 chart_axis = IM_COL32(154, 163, 178, 255);
inline ImU32 chart_ink = IM_COL32(29, 35, 48, 255);
}  // namespace palette
// Opens the modal dialog `title` (sized on first appearance) when `just_opened`, and begins it;
// Escape closes it, as in any dialog. True while it is drawn: the caller ends it with EndPopup.
bool begin_dialog(const char* title, bool& open, bool& just_opened, ImVec2 size);
// Sets ImGui's style (at the pixel scale) and the palette for a theme.
void set_theme(Theme theme, float scale);

// "48,200"
std::string format_count(double value);
// "3.41%"
std::string format_percent(double fraction);
// "1.14 USD" under 10, "12,009 USD" above; "-" for a missing value.
std::string format_money(double value, const std::string& currency);

// One creator's page, opened from the roster.
class CreatorPage {
public:
    void open(std::size_t index);
    void draw(const Engine& engine, float scale);
    bool is_open() const { return open_; }

private:
    std::size_t index_ = 0;
    bool open_ = false;
    bool just_opened_ = false;
};

// The red-flag thresholds, editable (a dialog).
class FlagSettings {
public:
    void open(const Engine& engine);
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    std::vector<std::pair<std::string, double>> values_;
    std::string message_;
    char filter_[64] = "";
    bool open_ = false;
    bool just_opened_ = false;
};

// The campaign brief: its fields edited in a dialog, applied (the brief is read again and the
// analysis re-run), saved as a JSON file, or loaded from one.
class BriefEditor {
public:
    void open(const Engine& engine);
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Field {
        const char* label;
        std::vector<std::string> path;  // where it lives in the brief JSON ("target", "countries")
        bool list;                      // a list written "a, b, c"
        const char* help;
        std::vector<char> buffer;
    };
    std::string build_json() const;
    std::vector<Field> fields_;
    std::string original_;  // the brief loaded when the dialog opened (keys the dialog does not show stay)
    std::optional<std::size_t> input_;
    std::string message_;
    bool open_ = false;
    bool just_opened_ = false;
};

class RosterView {
public:
    void draw(const Engine& engine, Actions& actions);
    // Set when a handle was clicked this frame: the creator to open.
    std::optional<std::size_t> take_opened() {
        auto opened = opened_;
        opened_.reset();
        return opened;
    }

private:
    void rebuild_order(const Engine& engine, const ImGuiTableSortSpecs* specs);
    void draw_filters(const Engine& engine);
    void clear_filters();  // the search and every filter: every account shown
    std::vector<std::uint32_t> order_;
    std::uint64_t generation_ = ~0ull;
    char search_[128] = "";
    std::string applied_search_;
    std::optional<std::size_t> opened_;
    // Filters: "" is every value. flag_ is "" (any), "any flag", "a high flag", "no flag" or a flag id.
    std::string platform_, tier_, flag_;
    float min_authenticity_ = 0;
    bool filters_changed_ = false;
    std::uint64_t choices_generation_ = ~0ull;
    std::vector<std::string> platforms_, tiers_, flag_ids_;  // the choices the loaded creators offer
};

// Attribution: the models side by side, creators' CPA, ROAS and ROI, and the settings.
class AttributionView {
public:
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    void sync_settings(const AttributionSettings& settings);
    void draw_summary(const AttributionResult& a);
    void draw_settings(Actions& actions, float scale);
    void draw_model_picker();
    void draw_creators(const AttributionResult& a);
    void draw_channels(const AttributionResult& a, float scale);
    void draw_channel_table(const AttributionResult& a);
    std::uint64_t generation_ = ~0ull;
    std::vector<std::size_t> channel_order_;  // channels by the linear model's orders, most first
    int lookback_days_ = 30;
    float half_life_days_ = 7;
    int first_percent_ = 40, last_percent_ = 40;
    int markov_order_ = 1;
    int model_ = 5;       // the model that credits the creators' orders: Markov
    int show_value_ = 0;  // 0: orders, 1: revenue
    std::string message_;
};

class FilesPanel {
public:
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Editor {
        bool open = false;
        bool just_opened = false;
        std::size_t index = 0;
        std::string name;
        int kind = -1;                       // index in the list of kinds with columns
        std::vector<std::string> headers;    // the file's headers
        std::vector<std::string> canonical;  // what each is read as ("" not used)
    };
    void open_editor(const InputInfo& input, std::size_t index);
    void draw_editor(Actions& actions, float scale);
    Editor editor_;
};

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
    FlagSettings flag_settings_;
    BriefEditor brief_;
    Actions actions_;
};

}  // namespace creatorscope::web
