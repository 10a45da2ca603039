// Platform glue for the browser: GLFW and WebGL 2 through Emscripten, a canvas that follows
// the window's CSS size at the device pixel ratio (crisp on high-DPI screens), fonts rebuilt
// when that ratio changes, and the main loop that gives the engine a time budget each frame.
#include <emscripten.h>
#include <emscripten/html5.h>

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include "app/app.hpp"
#include "app/frame_stats.hpp"
#include "app/gl_renderer.hpp"
#include "app/shell_bridge.hpp"
#include "bindings/engine_instance.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"

namespace {

using namespace creatorscope::web;

constexpr float body_font_px = 15.0f;
constexpr float title_font_px = 22.0f;
// The engine's work per frame. Idle (or with little to do) 6 ms, which leaves room for drawing
// at 60 Hz; while an analysis is pending it takes most of the frame, so the results come about
// four times sooner, and a frame is still drawn at least every busy_frame_ms (under 100 ms).
constexpr double idle_budget_ms = 6.0;
constexpr double busy_frame_ms = 50.0;  // the browser adds up to 50 ms a frame of its own
// While the engine works (a file read, an analysis), a changed picture is drawn at most every
// busy_picture_ms unless the user acts (mouse, wheel, keys): only the progress moves then, and a
// drawn frame costs the browser far more than a frame that draws nothing (with WebGL in
// software, about 20 ms to hand the canvas to the compositor, against 2 ms). The picture still
// follows the work within about 100 ms (FrameStats::max_stale_ms).
constexpr double busy_picture_ms = 66.0;

GLFWwindow* window = nullptr;
App* app = nullptr;
float applied_scale = 0.0f;
double last_frame_start = 0.0;
std::uint64_t shown_fingerprint = 0;  // the frame on screen (frame_fingerprint)
double shown_at = 0.0;               // when it was drawn
double stale_since = 0.0;            // when a changed picture was first held back (0: none held)
bool user_acted = false;             // this frame saw the mouse move, a button, the wheel or a key

void apply_scale(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0};
    // Two times horizontal oversampling (ImGui's default is three): the glyphs are as sharp at
    // these sizes, and the atlas is made in two thirds of the time at start-up.
    ImFontConfig config;
    config.OversampleH = 2;
    Fonts fonts;
    fonts.body = io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", std::round(body_font_px * scale), &config, ranges);
    fonts.title = io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", std::round(title_font_px * scale), &config, ranges);
    if (fonts.body == nullptr) fonts.body = fonts.title = io.Fonts->AddFontDefault();
    io.Fonts->Build();
    gl_renderer_upload_fonts();
    set_theme(app->theme(), scale);
    app->set_fonts(fonts);
    applied_scale = scale;
}

// Keys pressed and released between two frames: ImGui 1.86 reads which keys are down when a
// frame starts, so such a press would be lost (a shortcut like Ctrl+A typed quickly, or any key
// on a slow machine). While a press has not been seen by a frame, every release (the pressed
// key's, and its modifier's: Ctrl let go before the frame sees the A) waits for the end of the
// next frame.
bool unseen_press = false;
struct HeldRelease {
    int key, scancode, mods;
};
std::vector<HeldRelease> held_releases;

void key_callback(GLFWwindow* target, int key, int scancode, int action, int mods) {
    if (action == GLFW_RELEASE && unseen_press) {
        held_releases.push_back({key, scancode, mods});
        return;
    }
    if (action == GLFW_PRESS) unseen_press = true;
    ImGui_ImplGlfw_KeyCallback(target, key, scancode, action, mods);
}

// At the end of a frame: the whole frame has seen every key pressed before it as down
// (ImGui reads the keys and the modifiers at NewFrame and again in the widgets).
void release_held_keys() {
    unseen_press = false;
    for (const HeldRelease& release : held_releases) ImGui_ImplGlfw_KeyCallback(window, release.key, release.scancode, GLFW_RELEASE, release.mods);
    held_releases.clear();
}

// The mouse wheel, read from the browser's own event. Emscripten 3.1.6's GLFW hands the scroll
// callback the event's raw deltas (pixels, positive downwards) where GLFW and ImGui count wheel
// notches, positive upwards: the roster scrolled up by 100 notches when the wheel turned one down.
// Browsers scroll about 100 pixels per notch (Emscripten counts the same), or 3 lines.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
    double per_notch = 100.0;  // DOM_DELTA_PIXEL
    if (event->deltaMode == DOM_DELTA_LINE) per_notch = 3.0;
    if (event->deltaMode == DOM_DELTA_PAGE) per_notch = 0.1;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= static_cast<float>(event->deltaY / per_notch);
    io.MouseWheelH -= static_cast<float>(event->deltaX / per_notch);
    return EM_TRUE;  // the page itself does not scroll
}

// What a frame puts on screen, as one number: the framebuffer's size, the clear colour and the
// draw lists (vertices, indices, and each command's clip rectangle, texture and range). A frame
// whose fingerprint is the one on screen is not drawn again: the canvas keeps its picture (WebGL
// shows a drawing buffer until it is drawn to), and the renderer has nothing to do, which is
// most of a frame's cost where WebGL runs in software. Not a cryptographic hash: two different
// frames with one fingerprint would leave the older on screen until the next change, or for a
// second at most (see frame()).
std::uint64_t frame_fingerprint(const ImDrawData& data, int width, int height, const ImVec4& clear) {
    std::uint64_t hash = 0x243f6a8885a308d3ull;
    const auto mix = [&hash](const void* bytes, std::size_t size) {
        const auto* at = static_cast<const unsigned char*>(bytes);
        for (; size >= 8; size -= 8, at += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, at, 8);
            hash = (hash ^ word) * 0x9e3779b97f4a7c15ull;
            hash ^= hash >> 29;
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, at, size);
        hash = (hash ^ tail ^ (static_cast<std::uint64_t>(size) << 56)) * 0x9e3779b97f4a7c15ull;
        hash ^= hash >> 29;
    };
    const int size[2] = {width, height};
    mix(size, sizeof size);
    mix(&clear, sizeof clear);
    mix(&data.DisplayPos, sizeof data.DisplayPos);
    mix(&data.DisplaySize, sizeof data.DisplaySize);
    mix(&data.FramebufferScale, sizeof data.FramebufferScale);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        mix(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& command : list.CmdBuffer) {
            mix(&command.ClipRect, sizeof command.ClipRect);
            const std::uint64_t fields[4] = {static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(command.TextureId)),
                                             static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(command.UserCallback)),
                                             command.VtxOffset | (static_cast<std::uint64_t>(command.IdxOffset) << 32),
                                             command.ElemCount};
            mix(&fields, sizeof fields);
        }
    }
    return hash;
}

// When this frame's phases began and the UI ended (emscripten_get_now, milliseconds).
struct FrameTimes {
    double start = 0, engine_start = 0, ui_start = 0, ui_end = 0;
};

// Follows the canvas's CSS size at the device pixel ratio, with fonts and theme to match; returns the ratio.
float follow_canvas() {
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
    if (app->take_theme_change()) set_theme(app->theme(), applied_scale);
    set_pixel_ratio(ratio);
    return ratio;
}

// Builds the frame's draw lists: ImGui's new frame, the application, Render.
void draw_ui(float ratio) {
    ImGui_ImplGlfw_NewFrame();
    // Keyboard: Enter activates the focused button or row as Space does (ImGui's own mapping
    // keeps Enter for text fields only), unless a text field is being typed in.
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && (io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER])) {
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    }
    ImGui::NewFrame();
    user_acted = io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f || io.MouseWheel != 0.0f || io.MouseWheelH != 0.0f ||
                 ImGui::IsAnyMouseDown() || io.InputQueueCharacters.Size > 0 || unseen_press;
    app->draw(ratio);
    ImGui::Render();
}

// Renders the draw lists to the canvas unless the same frame is already on screen (frame_fingerprint).
void present(const FrameTimes& times, FrameStats& stats) {
    int framebuffer_width = 0, framebuffer_height = 0;
    glfwGetFramebufferSize(window, &framebuffer_width, &framebuffer_height);
    const ImVec4 ground = app->clear_color();
    const std::uint64_t fingerprint = frame_fingerprint(*ImGui::GetDrawData(), framebuffer_width, framebuffer_height, ground);
    // Once a second the frame is drawn whatever its fingerprint: a safety net, should the
    // browser ever drop the canvas's picture.
    const bool changed = fingerprint != shown_fingerprint;
    if (changed && page_engine().busy() && !user_acted && times.start - shown_at < busy_picture_ms) {
        if (stale_since == 0.0) stale_since = times.start;
        stats.ui_ms.add(times.ui_end - times.ui_start);
        return;
    }
    if (stale_since != 0.0) {
        stats.max_stale_ms = std::max(stats.max_stale_ms, times.start - stale_since);
        stale_since = 0.0;
    }
    if (changed || times.start - shown_at >= 1000.0) {
        glViewport(0, 0, framebuffer_width, framebuffer_height);
        glClearColor(ground.x, ground.y, ground.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        gl_renderer_draw(*ImGui::GetDrawData());
        shown_fingerprint = fingerprint;
        shown_at = times.start;
        ++stats.drawn;
        stats.gl_ms.add(emscripten_get_now() - times.ui_end);
    }
    stats.ui_ms.add(times.ui_end - times.ui_start);
}

// Frame figures for status(): the time between frame starts is what a person feels.
void record_frame(const FrameTimes& times, FrameStats& stats) {
    const double start = times.start;
    const double now = emscripten_get_now();
    if (now - start > stats.max_work_ms) stats.max_work_ms = now - start;
    stats.last_ms = last_frame_start > 0 ? start - last_frame_start : now - start;
    last_frame_start = start;
    if (stats.frames > 0) {
        if (stats.last_ms > stats.max_ms) {
            stats.max_ms = stats.last_ms;
            stats.slowest_phase = stats.previous_phase;
        }
        if (stats.last_ms > 100.0) {
            ++stats.over_100ms;
            if (stats.slow.size() < 32) {
                stats.slow.push_back({stats.last_ms, stats.previous_engine_ms, stats.previous_ui_ms, stats.previous_gl_ms,
                                      stats.previous_phase});
            }
        }
    }
    ++stats.frames;
    stats.previous_engine_ms = times.ui_start - times.engine_start;
    stats.previous_ui_ms = times.ui_end - times.ui_start;
    stats.previous_gl_ms = now - times.ui_end;
    stats.previous_phase = page_engine().progress().phase;
}

// One turn of the main loop: canvas size, events, the engine's budget, the UI, the picture, the figures.
void frame() {
    FrameTimes times;
    times.start = emscripten_get_now();
    FrameStats& stats = frame_stats();
    const float ratio = follow_canvas();

    glfwPollEvents();
    times.engine_start = emscripten_get_now();
    const double drawing_ms = stats.previous_ui_ms + stats.previous_gl_ms;
    const double budget = page_engine().results_current() ? idle_budget_ms : std::clamp(busy_frame_ms - drawing_ms, idle_budget_ms, busy_frame_ms);
    page_engine().step(budget);

    times.ui_start = emscripten_get_now();
    draw_ui(ratio);
    times.ui_end = emscripten_get_now();

    present(times, stats);
    record_frame(times, stats);
    release_held_keys();
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
    glfwSetKeyCallback(window, key_callback);  // in front of ImGui's: see key_callback
    glfwSetScrollCallback(window, [](GLFWwindow*, double, double) {});  // the wheel: see on_wheel
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
    // Copy and paste through the browser (see clipboard_text), not GLFW's clipboard, which in
    // Emscripten never sees the system's.
    io.GetClipboardTextFn = [](void*) { return clipboard_text(); };
    io.SetClipboardTextFn = [](void*, const char* text) { set_clipboard_text(text); };
    if (!gl_renderer_init()) return 1;

    // The theme follows the system's light or dark preference until the user switches.
    const bool prefers_dark = EM_ASM_INT({ return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0; }) != 0;
    static App application(page_engine(), prefers_dark ? Theme::dark : Theme::light);
    app = &application;
    frame();  // the first frame now, not at the next display frame: the page shows sooner
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
