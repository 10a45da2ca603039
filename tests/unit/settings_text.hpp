// The engine's settings from text, as the CLI and the page's bindings parse them at the edge
// (each settings type's own parse, then the engine's typed setter), for tests written with text.
#pragma once

#include <optional>
#include <string_view>

#include "creatorscope/engine.hpp"

namespace creatorscope::testing {

inline Status set_tiers_text(Engine& engine, std::string_view name_or_json) {
    TierScheme scheme;
    if (auto status = TierScheme::select(name_or_json, scheme); !status) return status;
    return engine.set_tier_scheme(std::move(scheme));
}

inline Status set_as_of_text(Engine& engine, std::string_view date) {
    std::optional<std::int64_t> day;
    if (auto status = parse_report_date(date, day); !status) return status;
    return engine.set_as_of(day);
}

// "" goes back to the built-in thresholds.
inline Status set_thresholds_text(Engine& engine, std::string_view json_text) {
    if (json_text.empty()) return engine.set_thresholds(std::nullopt);
    FlagThresholds thresholds = FlagThresholds::builtin();
    if (auto status = thresholds.apply_json(json_text); !status) return status;
    return engine.set_thresholds(thresholds);
}

// "" forgets the caller's attribution settings.
inline Status set_attribution_text(Engine& engine, std::string_view json_text) {
    if (json_text.empty()) return engine.set_attribution_settings(std::nullopt);
    AttributionSettings settings;
    if (auto status = AttributionSettings::parse(json_text, settings); !status) return status;
    return engine.set_attribution_settings(settings);
}

}  // namespace creatorscope::testing
