// A WebGL 2 renderer for Dear ImGui's draw lists (see gl_renderer.hpp). The usual way to draw
// them: an orthographic projection of the display rectangle, premultiplied-free alpha blending,
// one scissor rectangle and one glDrawElements per command, the vertices streamed each frame.
#include "app/gl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace creatorscope::web {
namespace {

struct Renderer {
    GLuint program = 0, vertex_array = 0, vertices = 0, indices = 0, font_texture = 0;
    GLint projection = -1, sampler = -1;
};
Renderer renderer;

constexpr GLuint position_slot = 0, uv_slot = 1, colour_slot = 2;

const char* const vertex_source = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
    frag_uv = uv;
    frag_colour = colour;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// The atlas holds coverage only (one byte a texel): white, at that opacity, times the colour.
const char* const fragment_source = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_colour;
out vec4 out_colour;
void main() {
    out_colour = frag_colour * vec4(1.0, 1.0, 1.0, texture(atlas, frag_uv).r);
}
)";

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint compiled = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &compiled);
    if (compiled != GL_TRUE) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "CreatorScope: a WebGL shader did not compile: %s\n", log);
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

bool link_program() {
    const GLuint vertex = compile(GL_VERTEX_SHADER, vertex_source);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, fragment_source);
    if (vertex == 0 || fragment == 0) return false;
    renderer.program = glCreateProgram();
    glAttachShader(renderer.program, vertex);
    glAttachShader(renderer.program, fragment);
    glLinkProgram(renderer.program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint linked = GL_FALSE;
    glGetProgramiv(renderer.program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        std::fprintf(stderr, "CreatorScope: the WebGL program did not link\n");
        return false;
    }
    renderer.projection = glGetUniformLocation(renderer.program, "projection");
    renderer.sampler = glGetUniformLocation(renderer.program, "atlas");
    return true;
}

// The vertex layout (ImDrawVert: position, uv, colour as four bytes), kept in one vertex array.
void make_buffers() {
    glGenVertexArrays(1, &renderer.vertex_array);
    glGenBuffers(1, &renderer.vertices);
    glGenBuffers(1, &renderer.indices);
    glBindVertexArray(renderer.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, renderer.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, renderer.indices);
    glEnableVertexAttribArray(position_slot);
    glEnableVertexAttribArray(uv_slot);
    glEnableVertexAttribArray(colour_slot);
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glVertexAttribPointer(position_slot, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(uv_slot, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(colour_slot, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
}

// Everything a frame's drawing relies on, set every frame (cheap calls that wait for nothing).
void set_state(const ImDrawData& data) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    const float left = data.DisplayPos.x, right = data.DisplayPos.x + data.DisplaySize.x;
    const float top = data.DisplayPos.y, bottom = data.DisplayPos.y + data.DisplaySize.y;
    const float projection[16] = {
        2.0f / (right - left), 0, 0, 0,
        0, 2.0f / (top - bottom), 0, 0,
        0, 0, -1.0f, 0,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1.0f,
    };
    glUseProgram(renderer.program);
    glUniformMatrix4fv(renderer.projection, 1, GL_FALSE, projection);
    glUniform1i(renderer.sampler, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(renderer.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, renderer.vertices);
}

// One command: its clip rectangle in framebuffer pixels (y from the bottom) as the scissor,
// nothing when it clips everything away.
void draw_command(const ImDrawCmd& command, const ImDrawData& data, int framebuffer_height) {
    const ImVec2 offset = data.DisplayPos, scale = data.FramebufferScale;
    const float min_x = (command.ClipRect.x - offset.x) * scale.x, min_y = (command.ClipRect.y - offset.y) * scale.y;
    const float max_x = (command.ClipRect.z - offset.x) * scale.x, max_y = (command.ClipRect.w - offset.y) * scale.y;
    if (max_x <= min_x || max_y <= min_y) return;
    glScissor(static_cast<GLint>(min_x), static_cast<GLint>(static_cast<float>(framebuffer_height) - max_y),
              static_cast<GLsizei>(max_x - min_x), static_cast<GLsizei>(max_y - min_y));
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(command.GetTexID())));
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                   reinterpret_cast<void*>(static_cast<std::uintptr_t>(command.IdxOffset) * sizeof(ImDrawIdx)));
}

}  // namespace

bool gl_renderer_init() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "creatorscope_webgl2";
    if (!link_program()) return false;
    make_buffers();
    return true;
}

void gl_renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (renderer.font_texture == 0) glGenTextures(1, &renderer.font_texture);
    glBindTexture(GL_TEXTURE_2D, renderer.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(renderer.font_texture)));
    io.Fonts->ClearTexData();  // the atlas lives in the texture now
}

void gl_renderer_draw(const ImDrawData& data) {
    const int framebuffer_width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
    const int framebuffer_height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
    if (framebuffer_width <= 0 || framebuffer_height <= 0 || renderer.program == 0) return;
    set_state(data);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback != nullptr) {
                if (command.UserCallback == ImDrawCallback_ResetRenderState) set_state(data);
                else command.UserCallback(&list, &command);
                continue;
            }
            draw_command(command, data, framebuffer_height);
        }
    }
    glDisable(GL_SCISSOR_TEST);  // glClear at the next frame clears the whole canvas
}

}  // namespace creatorscope::web
