// The red flags' thresholds as typed fields, read from assets/flags/thresholds.json through one
// table of names; an unknown name, a missing one or a value that is not a number is an error
// naming it (never a NaN that silently keeps a flag from firing).
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/settings.hpp"
#include "flags/flags.hpp"

namespace creatorscope {

namespace {

// The keys a thresholds file may hold beside the thresholds: its own name and a note.
bool is_descriptive_key(std::string_view key) { return key == "name" || key == "note"; }

const FlagThresholds::Field* find_field(std::string_view name) {
    for (const auto& field : FlagThresholds::fields()) {
        if (field.name == name) return &field;
    }
    return nullptr;
}

}  // namespace

const std::vector<FlagThresholds::Field>& FlagThresholds::fields() {
    static const std::vector<Field> table{
        {"follower_spike_z", &FlagThresholds::follower_spike_z},
        {"follower_spike_min_share", &FlagThresholds::follower_spike_min_share},
        {"follower_drop_z", &FlagThresholds::follower_drop_z},
        {"follower_drop_min_share", &FlagThresholds::follower_drop_min_share},
        {"engagement_followed_share", &FlagThresholds::engagement_followed_share},
        {"low_engagement_percentile", &FlagThresholds::low_engagement_percentile},
        {"high_engagement_percentile", &FlagThresholds::high_engagement_percentile},
        {"high_engagement_multiple", &FlagThresholds::high_engagement_multiple},
        {"low_comment_diversity", &FlagThresholds::low_comment_diversity},
        {"min_peers", &FlagThresholds::min_peers},
        {"comment_like_ratio_z", &FlagThresholds::comment_like_ratio_z},
        {"generic_comments_medium", &FlagThresholds::generic_comments_medium},
        {"generic_comments_high", &FlagThresholds::generic_comments_high},
        {"pod_post_share", &FlagThresholds::pod_post_share},
        {"pod_min_posts", &FlagThresholds::pod_min_posts},
        {"pod_min_accounts", &FlagThresholds::pod_min_accounts},
        {"follow_limit_instagram", &FlagThresholds::follow_limit_instagram},
        {"follow_limit_tiktok", &FlagThresholds::follow_limit_tiktok},
        {"follow_limit_share", &FlagThresholds::follow_limit_share},
        {"mass_following", &FlagThresholds::mass_following},
        {"suspicious_audience_medium", &FlagThresholds::suspicious_audience_medium},
        {"suspicious_audience_high", &FlagThresholds::suspicious_audience_high},
        {"geo_target_share", &FlagThresholds::geo_target_share},
        {"view_inflation_views", &FlagThresholds::view_inflation_views},
        {"view_inflation_rate_drop", &FlagThresholds::view_inflation_rate_drop},
        {"view_inflation_min_posts", &FlagThresholds::view_inflation_min_posts},
        {"view_inflation_min_share", &FlagThresholds::view_inflation_min_share},
        {"view_inflation_high_share", &FlagThresholds::view_inflation_high_share},
        {"view_inflation_outlier_views", &FlagThresholds::view_inflation_outlier_views},
        {"view_inflation_outlier_rate_drop", &FlagThresholds::view_inflation_outlier_rate_drop},
        {"uniform_min_posts", &FlagThresholds::uniform_min_posts},
        {"uniform_max_cv", &FlagThresholds::uniform_max_cv},
        {"inactive_days", &FlagThresholds::inactive_days},
        {"irregular_gap_days", &FlagThresholds::irregular_gap_days},
        {"sponsored_share", &FlagThresholds::sponsored_share},
        {"sponsored_rate_ratio", &FlagThresholds::sponsored_rate_ratio},
        {"low_view_rate", &FlagThresholds::low_view_rate},
        {"weight_high", &FlagThresholds::weight_high},
        {"weight_medium", &FlagThresholds::weight_medium},
        {"weight_low", &FlagThresholds::weight_low},
        {"audience_weight", &FlagThresholds::audience_weight},
    };
    return table;
}

Status FlagThresholds::apply_json(std::string_view json_text, bool require_all) {
    const auto document = nlohmann::json::parse(json_text, nullptr, false);
    if (document.is_discarded()) return Status::error("the flag thresholds are not valid JSON");
    if (!document.is_object()) return Status::error("the flag thresholds must be a JSON object of names and numbers");
    FlagThresholds changed = *this;
    for (const auto& [key, value] : document.items()) {
        if (is_descriptive_key(key)) continue;
        const Field* field = find_field(key);
        if (field == nullptr) return Status::error("unknown flag threshold \"" + key + "\" (the names are those of assets/flags/thresholds.json)");
        if (!value.is_number() || !std::isfinite(value.get<double>())) {
            return Status::error("flag threshold \"" + key + "\" must be a number");
        }
        changed.*(field->member) = value.get<double>();
    }
    if (require_all) {
        for (const auto& field : fields()) {
            if (!document.contains(std::string(field.name))) return Status::error("flag threshold \"" + std::string(field.name) + "\" is missing");
        }
    }
    *this = changed;
    return Status::ok();
}

const FlagThresholds& FlagThresholds::builtin() {
    static const FlagThresholds thresholds = [] {
        FlagThresholds t;
        // Every field is named in the asset; tests/unit/flags checks that this reads cleanly.
        (void)t.apply_json(builtin_thresholds_text(), true);
        return t;
    }();
    return thresholds;
}

Status FlagThresholds::check_builtin() {
    FlagThresholds t;
    return t.apply_json(builtin_thresholds_text(), true);
}

std::string FlagThresholds::changes_json(const FlagThresholds& base) const {
    nlohmann::ordered_json changes = nlohmann::ordered_json::object();
    for (const auto& field : fields()) {
        const double value = this->*(field.member);
        if (value == base.*(field.member)) continue;
        // Whole numbers as written in the asset ("inactive_days": 45, not 45.0).
        if (value == std::floor(value) && std::fabs(value) < 1e15) {
            changes[std::string(field.name)] = static_cast<std::int64_t>(value);
        } else {
            changes[std::string(field.name)] = value;
        }
    }
    return changes.dump();
}

}  // namespace creatorscope
