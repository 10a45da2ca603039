// What the application asks of the page around it (shell/creatorscope.js): the file picker,
// the sample data, downloads; and where its labelled items are on screen, so that the shell
// and the browser tests can find and click them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "creatorscope/text_sink.hpp"

namespace creatorscope::web {

void open_file_picker();
void load_sample_data();
void download_text(std::string_view file_name, std::string_view mime_type, std::string_view text);
// A download written piece by piece (a report writer with a sink): 1 MiB at a time goes to the
// browser, so a large report is never held whole in WebAssembly memory.
void download_streamed(std::string_view file_name, std::string_view mime_type, const std::function<void(TextSink&)>& write);
// Stops the file being read and the files waiting to be read.
void cancel_loads();
// Reads input `index` again with the user's kind and column mapping (JSON, see engine_bindings.cpp).
void reread_input(std::size_t index, const std::string& override_json);
void remove_input(std::size_t index);
// Downloads the workspace: every loaded file with how it was read, and the settings.
void save_workspace();
// Reads `text` as a file of that kind, in place of input `replace` when given (the brief editor).
void load_text(const std::string& name, const std::string& kind, const std::string& text, std::optional<std::size_t> replace);

// Saved campaigns, in the browser's own storage (shell/campaigns.js): save the campaign as it is
// now under a name (replacing the one saved under that name), reopen one, delete one. The shell
// pushes the list back after each change (saved_campaigns below).
void save_campaign(const std::string& name);
void open_campaign(double id);
void delete_campaign(double id);
// The open campaign was closed (Clear): the next save is a new one unless named as an old one.
void campaign_closed();
// What the shell last pushed: {"campaigns": [{"id", "name", "saved_at", "bytes", "files",
// "summary"}], "usage", "quota", "current"} (usage and quota in bytes, null when the browser does
// not say; current: the id of the campaign open now, or null); the version counts the pushes.
const std::string& saved_campaigns_json();
std::uint64_t saved_campaigns_version();
// Opens a mailto: link in the user's own mail program (the page sends nothing itself).
void open_mail_link(const std::string& url);

// The clipboard of ImGui's text fields. Paste: the shell hands over the text of the browser's
// paste event as it happens, before the frame that reads Ctrl+V takes it from here (the page
// cannot read the system clipboard itself). Copy: what a field copies is kept here, and goes to
// the system clipboard too when the browser allows it.
const char* clipboard_text();
void set_clipboard_text(const char* text);

// Records the last ImGui item's rectangle under a label (in CSS pixels), for itemRect(label).
void note_item(std::string_view label);
// The device pixel ratio the application draws at (set by the platform glue each frame).
void set_pixel_ratio(float ratio);

}  // namespace creatorscope::web
