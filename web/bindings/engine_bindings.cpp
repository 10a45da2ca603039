// The whole JavaScript-to-engine boundary: a handful of functions, bytes in, status and text out.
// Errors come back as values ({"ok": false, "error": "..."}), never as exceptions.
#include <emscripten/bind.h>
#include <emscripten/heap.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bindings/engine_instance.hpp"

namespace creatorscope::web {

Engine& page_engine() {
    static Engine engine;
    return engine;
}


namespace {

std::string status_text(const Status& status) {
    nlohmann::json j;
    j["ok"] = status.is_ok();
    if (!status.is_ok()) j["error"] = status.message();
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string begin_file(const std::string& name, const std::string& kind, double size) {
    return status_text(page_engine().begin_file(name, kind, size > 0 ? static_cast<std::uint64_t>(size) : 0));
}

// The mapping editor's re-read: override is {"kind": "posts", "columns": {"Header": "canonical"},
// "platform": "tiktok"} ("" ignores a column); replace is the id of the input the file replaces, or -1.
std::string begin_file_with(const std::string& name, const std::string& override_json, double size, int replace) {
    MappingOverride override;
    if (auto status = parse_mapping_override(override_json, override); !status) return status_text(status);
    std::optional<std::uint32_t> replaces;
    if (replace >= 0) replaces = static_cast<std::uint32_t>(replace);
    return status_text(page_engine().begin_file(name, std::move(override), size > 0 ? static_cast<std::uint64_t>(size) : 0, replaces));
}

// The engine's request to read an input again (see staleInputs), by the input's id.
std::string begin_reread(int id, double size) {
    if (id < 0) return status_text(Status::error("no such input"));
    return status_text(page_engine().begin_reread(static_cast<std::uint32_t>(id), size > 0 ? static_cast<std::uint64_t>(size) : 0));
}

// The inputs the engine asks to read again because a brief arrived after them (JSON array of ids).
std::string stale_inputs() { return nlohmann::json(page_engine().inputs_to_reread()).dump(); }

std::string remove_input(int id) {
    if (id < 0) return status_text(Status::error("no such input"));
    return status_text(page_engine().remove_input(static_cast<std::uint32_t>(id)));
}

// bytes arrives from a Uint8Array (Embind copies it into the string, one byte at a time in
// JavaScript: fine for small inputs, slow for megabytes; see feed_buffer).
std::string feed(const std::string& bytes) { return status_text(page_engine().feed(bytes)); }

// The fast path for large slices: JavaScript asks for a buffer in WebAssembly memory of the
// slice's size, copies the slice into it with one HEAPU8.set, then calls feed_from_buffer.
std::vector<char>& slice_buffer() {
    static std::vector<char> buffer;
    return buffer;
}
double feed_buffer(double size) {
    slice_buffer().resize(static_cast<std::size_t>(size));
    return static_cast<double>(reinterpret_cast<std::uintptr_t>(slice_buffer().data()));
}
std::string feed_from_buffer(double size) {
    const auto length = std::min(slice_buffer().size(), static_cast<std::size_t>(size));
    return status_text(page_engine().feed(std::string_view(slice_buffer().data(), length)));
}
// {"ok": true, "id": N}: the input's id, by which the engine asks for it again.
std::string finish_file() {
    std::uint32_t id = 0;
    const Status status = page_engine().finish_file(&id);
    nlohmann::json j = nlohmann::json::parse(status_text(status));
    if (status) j["id"] = id;
    return j.dump();
}
void cancel_file() { page_engine().cancel_file(); }
bool step(double budget_ms) { return page_engine().step(budget_ms); }
std::string report_json() { return page_engine().report_json(); }
std::string report_html() { return page_engine().report_html(); }
std::string plan_json() { return page_engine().plan_json(); }
std::string roster_csv() { return page_engine().roster_csv(); }
// Settings arrive as text and are parsed here, at the edge, into the engine's typed settings.
std::string set_tier_scheme(const std::string& name_or_json) {
    TierScheme scheme;
    if (auto status = TierScheme::select(name_or_json, scheme); !status) return status_text(status);
    return status_text(page_engine().set_tier_scheme(std::move(scheme)));
}
std::string set_as_of(const std::string& date) {
    std::optional<std::int64_t> day;
    if (auto status = parse_report_date(date, day); !status) return status_text(status);
    return status_text(page_engine().set_as_of(day));
}
// "" goes back to the built-in thresholds; otherwise a JSON object of names and numbers.
std::string set_thresholds(const std::string& json_text) {
    if (json_text.find_first_not_of(" \t\r\n") == std::string::npos) return status_text(page_engine().set_thresholds(std::nullopt));
    FlagThresholds thresholds = FlagThresholds::builtin();
    if (auto status = thresholds.apply_json(json_text); !status) return status_text(status);
    return status_text(page_engine().set_thresholds(thresholds));
}
// "" forgets the caller's attribution settings; otherwise a JSON object of the names it sets.
std::string set_attribution_settings(const std::string& json_text) {
    if (json_text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return status_text(page_engine().set_attribution_settings(std::nullopt));
    }
    AttributionSettings settings;
    if (auto status = AttributionSettings::parse(json_text, settings); !status) return status_text(status);
    return status_text(page_engine().set_attribution_settings(settings));
}
void clear() { page_engine().clear(); }

// An owner as JSON text, given to `set`: null forgets the owner, "" (codes only) marks no
// creator's, else a handle; anything else is the error `wrong`.
template <typename Set>
std::string set_owner(const std::string& owner_json, const char* wrong, Set set) {
    const auto owner = nlohmann::json::parse(owner_json, nullptr, false);
    if (!owner.is_null() && !owner.is_string()) return status_text(Status::error(wrong));
    set(owner.is_string() ? std::optional<std::string>(owner.get<std::string>()) : std::nullopt);
    return status_text(Status::ok());
}
std::string set_code_owner(const std::string& code, const std::string& owner_json) {
    return set_owner(owner_json, "a code's owner is a handle (text), \"\" for no creator's, or null to forget it",
                     [&](std::optional<std::string> owner) { page_engine().set_code_owner(code, std::move(owner)); });
}
std::string set_link_owner(const std::string& value, const std::string& owner_json) {
    return set_owner(owner_json, "a tracking value's owner is a handle (text), or null to forget it",
                     [&](std::optional<std::string> owner) { page_engine().set_link_owner(value, std::move(owner)); });
}
std::string pipeline_csv() { return page_engine().pipeline_csv(); }
std::string codes_csv() { return page_engine().codes_csv(); }
std::string campaign_summary_json() { return page_engine().campaign_summary_json(); }

// Outreach (outreach.hpp): the settings as JSON (OutreachSettings::to_json's shape), a draft as
// {handle, platform, to, language, kind, subject, body, missing, recent_post, why_fit, mailto}
// (null when no creator has that handle and platform), and the mail-merge CSV of one kind.
std::string set_outreach_settings(const std::string& json_text) {
    const auto j = nlohmann::ordered_json::parse(json_text, nullptr, false);
    if (j.is_discarded()) return status_text(Status::error("the outreach settings are not JSON"));
    OutreachSettings settings;
    if (auto status = OutreachSettings::parse(j, settings); !status) return status_text(status);
    page_engine().set_outreach_settings(std::move(settings));
    return status_text(Status::ok());
}
std::string outreach_settings_json() { return page_engine().outreach_settings().to_json().dump(); }
std::string outreach_draft(const std::string& handle, const std::string& platform, const std::string& kind_id) {
    const auto kind = parse_outreach_kind(kind_id);
    if (!kind) return "null";
    const auto draft = page_engine().outreach_draft(handle, platform, *kind);
    if (!draft) return "null";
    return nlohmann::ordered_json{{"handle", draft->handle}, {"platform", draft->platform}, {"to", draft->to},
                                  {"language", draft->language}, {"kind", std::string(outreach_kind_id(draft->kind))}, {"subject", draft->subject},
                                  {"body", draft->body}, {"missing", draft->missing}, {"recent_post", draft->recent_post},
                                  {"why_fit", draft->why_fit}, {"mailto", mailto_link(*draft)}}
        .dump();
}
std::string outreach_csv(const std::string& kind_id) {
    const auto kind = parse_outreach_kind(kind_id);
    return page_engine().outreach_csv(kind.value_or(OutreachKind::first_contact));
}

// A workspace (shell/creatorscope.js saves and loads it): the settings, and how each input was
// read (the kind and the columns the user chose, or null when detected).
std::string settings_json() { return page_engine().settings_json().dump(); }
std::string apply_settings_json(const std::string& text) {
    const auto document = nlohmann::ordered_json::parse(text, nullptr, false);
    if (document.is_discarded()) return status_text(Status::error("the settings are not valid JSON"));
    return status_text(page_engine().apply_settings_json(document));
}
std::string input_overrides() {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& input : page_engine().inputs()) {
        const MappingOverride& o = input->override_settings();
        if (!o.kind && o.columns.empty() && !o.platform) {
            list.push_back(nullptr);
            continue;
        }
        list.push_back(nlohmann::json::parse(mapping_override_json(o)));
    }
    return list.dump();
}

std::string status() {
    Engine& engine = page_engine();
    const Progress progress = engine.progress();
    nlohmann::json j;
    j["phase"] = progress.phase;
    j["stage"] = progress.stage;
    j["file"] = progress.file;
    j["done"] = progress.done;
    j["total"] = progress.total;
    j["rows"] = progress.rows;
    j["generation"] = engine.generation();
    j["results_current"] = engine.results_current();
    j["creators"] = engine.creators().size();
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& input : engine.inputs()) {
        inputs.push_back({{"id", input->id()},
                          {"name", input->name()},
                          {"kind", std::string(kind_name(input->kind()))},
                          {"format", input->format_name()},
                          {"rows", input->rows()},
                          {"rejected", input->rejected()},
                          {"skipped", input->skipped()},
                          {"issues", input->issue_count()}});
    }
    j["inputs"] = std::move(inputs);
    std::uint64_t table_bytes = 0;
    for (const auto& input : engine.inputs()) table_bytes += input->table_bytes();
    j["memory"] = {{"heap_bytes", emscripten_get_heap_size()}, {"table_bytes", table_bytes},
                   {"string_bytes", engine.string_bytes()}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}


}  // namespace

}  // namespace creatorscope::web

EMSCRIPTEN_BINDINGS(creatorscope_engine) {
    using namespace creatorscope::web;
    emscripten::function("beginFile", &begin_file);
    emscripten::function("beginFileWith", &begin_file_with);
    emscripten::function("removeInput", &remove_input);
    emscripten::function("beginReread", &begin_reread);
    emscripten::function("staleInputs", &stale_inputs);
    emscripten::function("feed", &feed);
    emscripten::function("feedBuffer", &feed_buffer);
    emscripten::function("feedFromBuffer", &feed_from_buffer);
    emscripten::function("finishFile", &finish_file);
    emscripten::function("cancelFile", &cancel_file);
    emscripten::function("step", &step);
    emscripten::function("status", &status);
    emscripten::function("reportJson", &report_json);
    emscripten::function("reportHtml", &report_html);
    emscripten::function("planJson", &plan_json);
    emscripten::function("rosterCsv", &roster_csv);
    emscripten::function("setTierScheme", &set_tier_scheme);
    emscripten::function("setAsOf", &set_as_of);
    emscripten::function("setThresholds", &set_thresholds);
    emscripten::function("setAttributionSettings", &set_attribution_settings);
    emscripten::function("clear", &clear);
    emscripten::function("setCodeOwner", &set_code_owner);
    emscripten::function("setLinkOwner", &set_link_owner);
    emscripten::function("pipelineCsv", &pipeline_csv);
    emscripten::function("codesCsv", &codes_csv);
    emscripten::function("campaignSummaryJson", &campaign_summary_json);
    emscripten::function("setOutreachSettings", &set_outreach_settings);
    emscripten::function("outreachSettingsJson", &outreach_settings_json);
    emscripten::function("outreachDraft", &outreach_draft);
    emscripten::function("outreachCsv", &outreach_csv);
    emscripten::function("settingsJson", &settings_json);
    emscripten::function("applySettingsJson", &apply_settings_json);
    emscripten::function("inputOverrides", &input_overrides);
}
