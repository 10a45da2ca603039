// Tier schemes: parsing the JSON form and looking a follower count up.
#include "analysis/tiers.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "model/text.hpp"

namespace creatorscope {

namespace {

Status read_tiers(const nlohmann::json& array, std::vector<Tier>& out, const std::string& where) {
    if (!array.is_array() || array.empty()) return Status::error(where + ": \"tiers\" must be a non-empty list");
    out.clear();
    for (const auto& item : array) {
        if (!item.is_object() || !item.contains("name") || !item["name"].is_string() ||
            !item.contains("min_followers") || !item["min_followers"].is_number()) {
            return Status::error(where + ": each tier needs a \"name\" (text) and \"min_followers\" (a number)");
        }
        out.push_back({item["name"].get<std::string>(), item["min_followers"].get<double>()});
    }
    std::stable_sort(out.begin(), out.end(), [](const Tier& a, const Tier& b) { return a.min_followers < b.min_followers; });
    return Status::ok();
}

}  // namespace

Status TierScheme::parse(std::string_view json_text, TierScheme& out) {
    const auto document = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded() || !document.is_object()) return Status::error("a tier scheme must be a JSON object");
    TierScheme scheme;
    if (!document.contains("name") || !document["name"].is_string()) {
        return Status::error("a tier scheme needs a \"name\"");
    }
    scheme.name_ = document["name"].get<std::string>();
    if (document.contains("title") && document["title"].is_string()) scheme.title_ = document["title"].get<std::string>();
    if (document.contains("source") && document["source"].is_string()) scheme.source_ = document["source"].get<std::string>();
    if (!document.contains("tiers")) return Status::error("a tier scheme needs \"tiers\"");
    if (auto status = read_tiers(document["tiers"], scheme.tiers_, "tier scheme " + scheme.name_); !status) return status;
    if (document.contains("platforms") && document["platforms"].is_object()) {
        for (const auto& [platform, tiers] : document["platforms"].items()) {
            std::vector<Tier> list;
            if (auto status = read_tiers(tiers, list, "tier scheme " + scheme.name_ + ", platform " + platform); !status) {
                return status;
            }
            scheme.platforms_[normalize_platform(platform)] = std::move(list);
        }
    }
    out = std::move(scheme);
    return Status::ok();
}

std::optional<TierScheme> TierScheme::builtin(std::string_view name) {
    for (auto text : builtin_tier_scheme_texts()) {
        TierScheme scheme;
        if (parse(text, scheme) && scheme.name() == name) return scheme;
    }
    return std::nullopt;
}

std::vector<std::string> TierScheme::builtin_names() {
    std::vector<std::string> names;
    for (auto text : builtin_tier_scheme_texts()) {
        TierScheme scheme;
        if (parse(text, scheme)) names.push_back(scheme.name());
    }
    return names;
}

const std::vector<Tier>& TierScheme::tiers(std::string_view platform) const {
    if (!platform.empty()) {
        if (const auto found = platforms_.find(std::string(platform)); found != platforms_.end()) return found->second;
    }
    return tiers_;
}

std::optional<std::string> TierScheme::tier_for(double followers, std::string_view platform) const {
    if (std::isnan(followers)) return std::nullopt;
    const auto& list = tiers(platform);
    const Tier* found = nullptr;
    for (const auto& tier : list) {
        if (followers >= tier.min_followers) found = &tier;
    }
    if (found == nullptr) return std::nullopt;
    return found->name;
}

Status TierScheme::select(std::string_view name_or_json, TierScheme& out) {
    if (auto builtin_scheme = builtin(name_or_json)) {
        out = std::move(*builtin_scheme);
        return Status::ok();
    }
    const auto first = name_or_json.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || name_or_json[first] != '{') {
        std::string names;
        for (const auto& n : builtin_names()) names += (names.empty() ? "" : ", ") + n;
        return Status::error("unknown tier scheme '" + std::string(name_or_json) + "' (built in: " + names + ")");
    }
    TierScheme scheme;
    if (auto status = parse(name_or_json, scheme); !status) return status;
    scheme.custom_json_ = std::string(name_or_json);
    out = std::move(scheme);
    return Status::ok();
}

}  // namespace creatorscope
