// The browser side of shell_bridge.hpp: calls into shell/creatorscope.js and the item-rect
// registry exposed to JavaScript as itemRect(label).
#include "app/shell_bridge.hpp"

#include <emscripten.h>
#include <emscripten/bind.h>

#include <map>

#include <nlohmann/json.hpp>

#include "imgui.h"

// clang-format off
EM_JS(void, js_open_file_picker, (), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.openFilePicker();
});
EM_JS(void, js_load_sample_data, (), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.loadSample();
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int length), {
    if (typeof window === 'undefined' || !window.creatorscopeShell) return;
    const bytes = HEAPU8.slice(data, data + length);
    window.creatorscopeShell.download(UTF8ToString(name), UTF8ToString(mime), bytes);
});
EM_JS(void, js_download_part, (const char* data, int length), {
    (Module.downloadParts = Module.downloadParts || []).push(HEAPU8.slice(data, data + length));
});
EM_JS(void, js_download_parts, (const char* name, const char* mime), {
    const parts = Module.downloadParts || [];
    Module.downloadParts = [];
    if (typeof window === 'undefined' || !window.creatorscopeShell) return;
    window.creatorscopeShell.download(UTF8ToString(name), UTF8ToString(mime), parts);
});
EM_JS(void, js_cancel_loads, (), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.cancelLoads();
});
EM_JS(void, js_reread_input, (int index, const char* override_json), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.rereadInput(index, UTF8ToString(override_json));
});
EM_JS(void, js_load_text, (const char* name, const char* kind, const char* text, int replace), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) {
        window.creatorscopeShell.loadText(UTF8ToString(name), UTF8ToString(kind), UTF8ToString(text), replace);
    }
});
EM_JS(void, js_save_workspace, (), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.saveWorkspace();
});
EM_JS(void, js_remove_input, (int index), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.removeInput(index);
});
EM_JS(void, js_save_campaign, (const char* name), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.saveCampaign(UTF8ToString(name));
});
EM_JS(void, js_open_campaign, (double id), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.openCampaign(id);
});
EM_JS(void, js_delete_campaign, (double id), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.deleteCampaign(id);
});
EM_JS(void, js_campaign_closed, (), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.campaignClosed();
});
EM_JS(void, js_open_mail_link, (const char* url), {
    if (typeof window !== 'undefined' && window.creatorscopeShell) window.creatorscopeShell.openMailLink(UTF8ToString(url));
});
EM_JS(void, js_write_clipboard, (const char* text), {
    if (typeof navigator !== 'undefined' && navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
    }
});
// clang-format on

namespace creatorscope::web {

namespace {
struct Rect {
    float x, y, w, h;
    int frame;  // the frame that drew the item: items not drawn lately are not on screen
};
std::map<std::string, Rect, std::less<>>& rects() {
    static std::map<std::string, Rect, std::less<>> registry;
    return registry;
}
float pixel_ratio = 1.0f;

std::string& clipboard() {
    static std::string text;
    return text;
}
void paste_text(const std::string& text) { clipboard() = text; }

struct SavedCampaigns {
    std::string json = R"({"campaigns": [], "usage": null, "quota": null, "current": null})";
    std::uint64_t version = 0;
};
SavedCampaigns& saved() {
    static SavedCampaigns list;
    return list;
}
void set_saved_campaigns(const std::string& json) {
    saved().json = json;
    ++saved().version;
}

std::string item_rect(const std::string& label) {
    const auto found = rects().find(label);
    if (found == rects().end()) return "null";
    const Rect& r = found->second;
    if (r.frame < ImGui::GetFrameCount() - 1) return "null";
    return nlohmann::json{{"x", r.x}, {"y", r.y}, {"width", r.w}, {"height", r.h}}.dump();
}
}  // namespace

void open_file_picker() { js_open_file_picker(); }
void load_sample_data() { js_load_sample_data(); }
void download_text(std::string_view file_name, std::string_view mime_type, std::string_view text) {
    const std::string name(file_name), mime(mime_type);
    js_download(name.c_str(), mime.c_str(), text.data(), static_cast<int>(text.size()));
}

namespace {

// Hands the text to the page 1 MiB at a time (the page joins the parts into one Blob).
class DownloadSink final : public TextSink {
public:
    void write(std::string_view text) override {
        buffer_.append(text);
        if (buffer_.size() >= part_bytes) flush();
    }
    using TextSink::write;
    void flush() {
        if (!buffer_.empty()) js_download_part(buffer_.data(), static_cast<int>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t part_bytes = 1 << 20;
    std::string buffer_;
};

}  // namespace

void download_streamed(std::string_view file_name, std::string_view mime_type, const std::function<void(TextSink&)>& write) {
    DownloadSink sink;
    write(sink);
    sink.flush();
    const std::string name(file_name), mime(mime_type);
    js_download_parts(name.c_str(), mime.c_str());
}

void cancel_loads() { js_cancel_loads(); }
void reread_input(std::size_t index, const std::string& override_json) {
    js_reread_input(static_cast<int>(index), override_json.c_str());
}
void remove_input(std::size_t index) { js_remove_input(static_cast<int>(index)); }
void save_workspace() { js_save_workspace(); }
void load_text(const std::string& name, const std::string& kind, const std::string& text, std::optional<std::size_t> replace) {
    js_load_text(name.c_str(), kind.c_str(), text.c_str(), replace ? static_cast<int>(*replace) : -1);
}

void save_campaign(const std::string& name) { js_save_campaign(name.c_str()); }
void open_campaign(double id) { js_open_campaign(id); }
void delete_campaign(double id) { js_delete_campaign(id); }
void campaign_closed() { js_campaign_closed(); }
const std::string& saved_campaigns_json() { return saved().json; }
std::uint64_t saved_campaigns_version() { return saved().version; }
void open_mail_link(const std::string& url) { js_open_mail_link(url.c_str()); }

void note_item(std::string_view label) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    rects()[std::string(label)] = Rect{min.x / pixel_ratio, min.y / pixel_ratio, (max.x - min.x) / pixel_ratio,
                                       (max.y - min.y) / pixel_ratio, ImGui::GetFrameCount()};
}

const char* clipboard_text() { return clipboard().c_str(); }
void set_clipboard_text(const char* text) {
    clipboard() = text != nullptr ? text : "";
    js_write_clipboard(clipboard().c_str());
}

void set_pixel_ratio(float ratio) { pixel_ratio = ratio > 0 ? ratio : 1.0f; }

}  // namespace creatorscope::web

EMSCRIPTEN_BINDINGS(creatorscope_shell_bridge) {
    emscripten::function("itemRect", &creatorscope::web::item_rect);
    emscripten::function("pasteText", &creatorscope::web::paste_text);
    emscripten::function("setSavedCampaigns", &creatorscope::web::set_saved_campaigns);
}
