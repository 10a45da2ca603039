// Platform glue for the browser: GLFW and WebGL 2 through Emscripten, a canvas that follows
// the window's CSS size at the device pixel ratio (crisp on high-DPI screens), fonts rebuilt
// when that ratio changes, and the main loop that gives the engine a time budget each frame.
#include <emscripten.h>
#include <emscripten/html5.h>

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdio>

#include "app/app.hpp"
#include "app/shell_bridge.hpp"
#include "bindings/engine_instance.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace {

using namespace creatorscope::web;

constexpr float body_font_px = 15.0f;
constexpr float title_font_px = 22.0f;
constexpr double engine_budget_ms = 6.0;  // engine work per frame: leaves room for drawing at 60 Hz

GLFWwindow* window = nullptr;
App* app = nullptr;
float applied_scale = 0.0f;
double last_frame_start = 0.0;

void apply_theme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
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
    colors[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.980f, 1.0f);
    colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    // Text fields and drop-downs on a tinted ground, so they read as fields on the white panels.
    colors[ImGuiCol_FrameBg] = ImVec4(0.925f, 0.937f, 0.965f, 1.0f);
    colors[ImGuiCol_FrameBgHovered] = ImVec4(0.878f, 0.898f, 0.953f, 1.0f);
    colors[ImGuiCol_FrameBgActive] = ImVec4(0.843f, 0.867f, 0.941f, 1.0f);
    colors[ImGuiCol_Button] = ImVec4(0.204f, 0.361f, 0.871f, 0.12f);
    colors[ImGuiCol_ButtonHovered] = ImVec4(0.204f, 0.361f, 0.871f, 0.28f);
    colors[ImGuiCol_ButtonActive] = ImVec4(0.204f, 0.361f, 0.871f, 0.45f);
    colors[ImGuiCol_Header] = ImVec4(0.204f, 0.361f, 0.871f, 0.14f);
    colors[ImGuiCol_HeaderHovered] = ImVec4(0.204f, 0.361f, 0.871f, 0.24f);
    colors[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.925f, 0.96f, 1.0f);
    colors[ImGuiCol_TableRowBgAlt] = ImVec4(0.204f, 0.361f, 0.871f, 0.04f);
    colors[ImGuiCol_PlotHistogram] = ImVec4(0.204f, 0.361f, 0.871f, 0.85f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void apply_scale(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0};
    Fonts fonts;
    fonts.body = io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", std::round(body_font_px * scale), nullptr, ranges);
    fonts.title = io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", std::round(title_font_px * scale), nullptr, ranges);
    if (fonts.body == nullptr) fonts.body = fonts.title = io.Fonts->AddFontDefault();
    io.Fonts->Build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    apply_theme(scale);
    app->set_fonts(fonts);
    applied_scale = scale;
}

void frame() {
    const double start = emscripten_get_now();
    FrameStats& stats = frame_stats();

    // Follow the canvas's CSS size at the device pixel ratio.
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int width = static_cast<int>(std::lround(css_width * ratio));
    const int height = static_cast<int>(std::lround(css_height * ratio));
    int current_width = 0, current_height = 0;
    glfwGetWindowSize(window, &current_width, &current_height);
    if (width > 0 && height > 0 && (width != current_width || height != current_height)) {
        // Not glfwSetWindowSize: Emscripten's GLFW asks for full screen when the size equals the
        // screen's (a maximised kiosk window, or a headless browser). Browser.setCanvasSize
        // resizes the canvas and tells GLFW through its resize listener.
        EM_ASM({ Browser.setCanvasSize($0, $1); }, width, height);
    }
    if (ratio != applied_scale) apply_scale(ratio);
    set_pixel_ratio(ratio);

    glfwPollEvents();
    page_engine().step(engine_budget_ms);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app->draw(ratio);
    ImGui::Render();

    int framebuffer_width = 0, framebuffer_height = 0;
    glfwGetFramebufferSize(window, &framebuffer_width, &framebuffer_height);
    glViewport(0, 0, framebuffer_width, framebuffer_height);
    glClearColor(0.965f, 0.969f, 0.980f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    // Frame figures for status(): the time between frame starts is what a person feels.
    const double now = emscripten_get_now();
    if (now - start > stats.max_work_ms) stats.max_work_ms = now - start;
    stats.last_ms = last_frame_start > 0 ? start - last_frame_start : now - start;
    last_frame_start = start;
    if (stats.frames > 0) {
        if (stats.last_ms > stats.max_ms) {
            stats.max_ms = stats.last_ms;
            stats.slowest_phase = page_engine().progress().phase;
        }
        if (stats.last_ms > 100.0) ++stats.over_100ms;
    }
    ++stats.frames;
}

}  // namespace

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "CreatorScope: GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    window = glfwCreateWindow(1280, 800, "CreatorScope", nullptr, nullptr);
    if (window == nullptr) {
        std::fprintf(stderr, "CreatorScope: WebGL 2 is not available in this browser\n");
        return 1;
    }
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored without the user asking
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    static App application(page_engine());
    app = &application;
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
