// Draws Dear ImGui's draw lists with WebGL 2 (OpenGL ES 3.0 through Emscripten). In place of
// ImGui's OpenGL3 backend: the page owns its GL context and nothing else draws in it, so the
// state a frame needs is set each frame and nothing is read back. The backend saves and restores
// about twenty pieces of GL state a frame with glGetIntegerv and glIsEnabled, and in a browser
// each is a round trip to the GPU process: 5 ms of a drawn frame's 8 ms with WebGL in software.
#pragma once

#include "imgui.h"

namespace creatorscope::web {

// Compiles the shaders and makes the buffers; false (after printing why) if WebGL refused.
bool gl_renderer_init();
// Uploads ImGui's font atlas (one byte a texel) and gives ImGui its texture: after the fonts change.
void gl_renderer_upload_fonts();
// Draws the frame's lists into the current framebuffer (viewport and clear are the caller's).
void gl_renderer_draw(const ImDrawData& data);

}  // namespace creatorscope::web
