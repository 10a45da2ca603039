// The engine's settings: one typed setter each, the settings in force for an analysis (the
// caller's, with every loaded brief's "thresholds" and "attribution" on top or beneath as
// documented), the problems a brief's settings have, and the settings' JSON form in a saved
// workspace (the file format's edge).
#include <string>

#include "creatorscope/engine.hpp"
#include "ingest/dates.hpp"
#include "ingest/input_file.hpp"
#include "model/text.hpp"

namespace creatorscope {

Status parse_report_date(std::string_view text, std::optional<std::int64_t>& out) {
    if (trim(text).empty()) {
        out.reset();
        return Status::ok();
    }
    const auto parsed = parse_timestamp(text);
    if (!parsed.has_value()) return Status::error("--as-of: " + (parsed.reason.empty() ? "no date given" : parsed.reason));
    out = parsed.value;
    return Status::ok();
}

Status Engine::set_tier_scheme(TierScheme scheme) {
    tiers_ = std::move(scheme);
    dirty_ = true;
    return Status::ok();
}

Status Engine::set_as_of(std::optional<std::int64_t> day) {
    as_of_override_ = day;
    dirty_ = true;
    return Status::ok();
}

Status Engine::set_thresholds(std::optional<FlagThresholds> thresholds) {
    caller_thresholds_ = std::move(thresholds);
    dirty_ = true;
    return Status::ok();
}

Status Engine::set_attribution_settings(std::optional<AttributionSettings> settings) {
    caller_attribution_ = settings;
    dirty_ = true;
    return Status::ok();
}

namespace {

// Saved plan locks: [{"creator": "handle@platform", "lock": "in" or "out"}].
Status parse_plan_locks(const nlohmann::ordered_json& list, std::vector<std::pair<std::string, Engine::PlanLock>>& out) {
    if (!list.is_array()) return Status::error("the plan locks must be a list of {creator, lock}");
    out.clear();
    for (const auto& entry : list) {
        if (!entry.is_object() || !entry.contains("creator") || !entry["creator"].is_string() || !entry.contains("lock") ||
            !entry["lock"].is_string() || (entry["lock"] != "in" && entry["lock"] != "out")) {
            return Status::error("each plan lock needs a creator (handle@platform) and a lock (in or out)");
        }
        out.emplace_back(entry["creator"].get<std::string>(), entry["lock"] == "in" ? Engine::PlanLock::in : Engine::PlanLock::out);
    }
    return Status::ok();
}

// A saved shortlist: [{"handle": "...", "platform": "..."}], in the order starred.
Status parse_shortlist(const nlohmann::ordered_json& list, Shortlist& out) {
    if (!list.is_array()) return Status::error("the shortlist must be a list of {handle, platform}");
    for (const auto& entry : list) {
        if (!entry.is_object() || !entry.contains("handle") || !entry["handle"].is_string() ||
            (entry.contains("platform") && !entry["platform"].is_string())) {
            return Status::error("each shortlist entry needs a handle and a platform (text)");
        }
        for (auto field = entry.begin(); field != entry.end(); ++field) {
            if (field.key() != "handle" && field.key() != "platform") return Status::error("the shortlist has an unknown field: " + field.key());
        }
        out.set(entry["handle"].get<std::string>(), entry.value("platform", std::string()), true);
    }
    return Status::ok();
}

// A brief's settings object by name, or null when it has none.
const nlohmann::ordered_json* brief_part(const InputFile& brief, const char* name) {
    const auto& document = brief.document();
    if (!document.is_object() || !document.contains(name)) return nullptr;
    return &document[name];
}

}  // namespace

// A brief's "thresholds" and "attribution" are checked when it is read: a misspelt name is the
// brief's issue (and a settings problem the CLI stops on), never a setting silently ignored.
void Engine::check_brief_settings(InputFile& brief) {
    if (const auto* thresholds = brief_part(brief, "thresholds")) {
        FlagThresholds check = FlagThresholds::builtin();
        if (auto status = check.apply_json(thresholds->dump()); !status) {
            brief.report_setting_problem("thresholds", status.message() + "; the brief's thresholds were not used");
        }
    }
    if (const auto* attribution = brief_part(brief, "attribution")) {
        AttributionSettings check;
        if (auto status = check.apply(*attribution); !status) {
            brief.report_setting_problem("attribution", status.message() + "; the brief's attribution settings were not used");
        }
    }
}

void Engine::collect_settings_problems() {
    settings_problems_.clear();
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief) continue;
        for (const auto& issue : input->issues()) {
            if (issue.line != 0) continue;
            const std::string problem = issue.message.substr(0, issue.message.find("; the brief's"));
            if (issue.column == "thresholds") settings_problems_.push_back(input->name() + ": its thresholds were not used: " + problem);
            if (issue.column == "attribution") {
                settings_problems_.push_back(input->name() + ": its attribution settings were not used: " + problem);
            }
        }
    }
}

// Thresholds: built in, then the caller's, then each brief's. Attribution: built in, then each
// brief's, then the fields the caller gives.
void Engine::settings_in_force() {
    flag_thresholds_ = caller_thresholds_.value_or(FlagThresholds::builtin());
    AttributionSettings attribution;
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief) continue;
        if (const auto* thresholds = brief_part(*input, "thresholds")) {
            (void)flag_thresholds_.apply_json(thresholds->dump());  // a problem is in settings_problems
        }
        if (const auto* part = brief_part(*input, "attribution")) {
            (void)attribution.apply(*part);  // nothing changes on a problem (settings_problems names it)
        }
    }
    attribution_settings_ = caller_attribution_ ? attribution.with(*caller_attribution_) : attribution;
}

nlohmann::ordered_json Engine::settings_json() const {
    nlohmann::ordered_json j;
    j["tier_scheme"] = tiers_.custom_json().empty() ? nlohmann::ordered_json(tiers_.name())
                                                    : nlohmann::ordered_json::parse(tiers_.custom_json(), nullptr, false);
    j["as_of"] = as_of_override_ ? nlohmann::ordered_json(format_date(*as_of_override_)) : nlohmann::ordered_json(nullptr);
    j["thresholds"] = caller_thresholds_ ? nlohmann::ordered_json::parse(caller_thresholds_->changes_json(FlagThresholds::builtin()))
                                         : nlohmann::ordered_json(nullptr);
    j["attribution"] = caller_attribution_ ? nlohmann::ordered_json::parse(caller_attribution_->given_json()) : nlohmann::ordered_json(nullptr);
    j["shortlist"] = nlohmann::ordered_json::array();
    for (const auto& key : shortlist_.entries()) j["shortlist"].push_back({{"handle", key.handle}, {"platform", key.platform}});
    j["plan_locks"] = nlohmann::ordered_json::array();
    for (const auto& [creator, lock] : plan_locks_) j["plan_locks"].push_back({{"creator", creator}, {"lock", lock == PlanLock::in ? "in" : "out"}});
    j["owners"] = owners_.to_json();
    j["pipeline"] = pipeline_.to_json();
    j["outreach"] = outreach_.to_json();
    return j;
}

Status Engine::apply_settings_json(const nlohmann::ordered_json& settings) {
    if (!settings.is_object()) return Status::error("the settings must be a JSON object");
    TierScheme scheme = tiers_;
    std::optional<std::int64_t> day = as_of_override_;
    std::optional<FlagThresholds> thresholds = caller_thresholds_;
    std::optional<AttributionSettings> attribution = caller_attribution_;
    if (settings.contains("tier_scheme")) {
        const auto& t = settings["tier_scheme"];
        if (auto status = TierScheme::select(t.is_string() ? t.get<std::string>() : t.dump(), scheme); !status) return status;
    }
    if (settings.contains("as_of")) {
        const auto& a = settings["as_of"];
        if (auto status = parse_report_date(a.is_string() ? a.get<std::string>() : std::string(), day); !status) return status;
    }
    if (settings.contains("thresholds")) {
        const auto& t = settings["thresholds"];
        thresholds.reset();
        if (!t.is_null()) {
            FlagThresholds read = FlagThresholds::builtin();
            if (auto status = read.apply_json(t.dump()); !status) return status;
            thresholds = read;
        }
    }
    if (settings.contains("attribution")) {
        const auto& a = settings["attribution"];
        attribution.reset();
        if (!a.is_null()) {
            AttributionSettings read;
            if (auto status = AttributionSettings::parse(a.dump(), read); !status) return status;
            attribution = read;
        }
    }
    Shortlist shortlist = shortlist_;
    if (settings.contains("shortlist")) {
        shortlist.clear();
        if (auto status = parse_shortlist(settings["shortlist"], shortlist); !status) return status;
    }
    auto locks = plan_locks_;
    if (settings.contains("plan_locks")) {
        if (auto status = parse_plan_locks(settings["plan_locks"], locks); !status) return status;
    }
    TrackedOwners owners = owners_;
    if (settings.contains("owners")) {
        if (auto status = TrackedOwners::parse(settings["owners"], owners); !status) return status;
    }
    Pipeline pipeline = pipeline_;
    if (settings.contains("pipeline")) {
        if (auto status = Pipeline::parse(settings["pipeline"], pipeline); !status) return status;
    }
    OutreachSettings outreach = outreach_;
    if (settings.contains("outreach")) {
        if (auto status = OutreachSettings::parse(settings["outreach"], outreach); !status) return status;
    }
    // Nothing changes unless every part is valid.
    if (!(owners == owners_)) {
        owners_ = std::move(owners);
        owners_changed();
    }
    if (!(pipeline == pipeline_)) {
        pipeline_ = std::move(pipeline);
        ++pipeline_version_;
    }
    set_outreach_settings(std::move(outreach));
    if (locks != plan_locks_) {
        plan_locks_ = std::move(locks);
        ++plan_locks_version_;
    }
    if (!(shortlist.entries() == shortlist_.entries())) {
        shortlist_ = std::move(shortlist);
        ++shortlist_version_;
    }
    (void)set_tier_scheme(std::move(scheme));
    (void)set_as_of(day);
    (void)set_thresholds(std::move(thresholds));
    (void)set_attribution_settings(attribution);
    return Status::ok();
}

}  // namespace creatorscope
