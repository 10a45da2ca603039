// The look every view shares: fonts, the two themes and their palette, the modal dialog, and the
// number formats of the page.
#pragma once

#include <string>

#include "imgui.h"

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

}  // namespace creatorscope::web
