// The campaign brief's JSON read into the typed Brief, each field checked for its type.
#include "ingest/brief.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "model/text.hpp"

namespace creatorscope {

namespace {

using json = nlohmann::ordered_json;

enum class Case { lower, upper, as_written };

// A list of strings at `field` (one string alone is read as a list of one); an item that is not
// a string, or a value that is neither, is an issue. Items are trimmed, cased, each kept once.
std::vector<std::string> read_strings(const json& value, const std::string& field, Case casing, std::vector<BriefIssue>& issues) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& text) {
        std::string item(trim(text));
        if (casing == Case::lower) item = lower_ascii(item);
        if (casing == Case::upper) item = upper_ascii(item);
        if (!item.empty() && std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
    };
    if (value.is_string()) {
        add(value.get<std::string>());
    } else if (value.is_array()) {
        for (std::size_t k = 0; k < value.size(); ++k) {
            if (value[k].is_string()) {
                add(value[k].get<std::string>());
            } else {
                issues.push_back({field, "item " + std::to_string(k + 1) + " of " + field + " is not text; it was not used"});
            }
        }
    } else if (!value.is_null()) {
        issues.push_back({field, field + " should be a list of text; it was not used"});
    }
    return out;
}

std::string read_text(const json& value, const std::string& field, std::vector<BriefIssue>& issues) {
    if (value.is_string()) return std::string(trim(value.get<std::string>()));
    if (!value.is_null()) issues.push_back({field, field + " should be text; it was not used"});
    return {};
}

// A number, or NaN with an issue when the value is not one (a number written as text is read).
double read_number(const json& value, const std::string& field, std::vector<BriefIssue>& issues) {
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) {
        const std::string text(trim(value.get<std::string>()));
        char* end = nullptr;
        const double number = std::strtod(text.c_str(), &end);
        if (!text.empty() && end == text.c_str() + text.size() && std::isfinite(number)) return number;
    }
    if (!value.is_null()) issues.push_back({field, field + " should be a number; it was not used"});
    return std::nan("");
}

// The targets, from "target" (or "targets") and from the same names at the top level.
void read_targets(const json& document, Brief& brief, std::vector<BriefIssue>& issues) {
    const auto read_from = [&](const json& where, const std::string& prefix) {
        const auto list = [&](const char* name, Case casing, std::vector<std::string>& into) {
            if (!where.contains(name)) return;
            for (auto& item : read_strings(where[name], prefix + name, casing, issues)) {
                if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(std::move(item));
            }
        };
        list("countries", Case::upper, brief.countries);
        list("ages", Case::as_written, brief.ages);
        list("genders", Case::lower, brief.genders);
        list("languages", Case::lower, brief.languages);
        if (prefix.empty()) return;
        for (const auto& [key, value] : where.items()) {
            if (key != "countries" && key != "ages" && key != "genders" && key != "languages") {
                issues.push_back({prefix + key, "unknown target '" + key + "' (countries, ages, genders, languages); it was not used"});
            }
        }
    };
    for (const char* name : {"target", "targets"}) {
        if (!document.contains(name)) continue;
        if (document[name].is_object()) {
            read_from(document[name], std::string(name) + ".");
        } else {
            issues.push_back({name, std::string(name) + " should be an object (countries, ages, genders, languages); it was not used"});
        }
    }
    read_from(document, "");
}

// The fit weights: each a number of 0 or more; the ones not named count 0. Normalised to sum 1.
void read_weights(const json& value, FitWeights& weights, std::vector<BriefIssue>& issues) {
    if (value.is_null()) return;
    if (!value.is_object()) {
        issues.push_back({"weights", "weights should be an object (engagement, authenticity, alignment, cost); the defaults were used"});
        return;
    }
    FitWeights read;
    read.engagement = read.authenticity = read.alignment = read.cost = 0;
    const std::pair<const char*, double FitWeights::*> names[] = {
        {"engagement", &FitWeights::engagement}, {"authenticity", &FitWeights::authenticity},
        {"alignment", &FitWeights::alignment},   {"cost", &FitWeights::cost}};
    for (const auto& entry : value.items()) {
        const std::string& key = entry.key();
        const auto& item = entry.value();
        const auto found = std::find_if(std::begin(names), std::end(names), [&](const auto& n) { return key == n.first; });
        if (found == std::end(names)) {
            issues.push_back({"weights." + key, "unknown weight '" + key + "' (engagement, authenticity, alignment, cost); it was not used"});
            continue;
        }
        const double number = read_number(item, "weights." + key, issues);
        if (std::isnan(number)) continue;
        if (number < 0) {
            issues.push_back({"weights." + key, "weights." + key + " is negative; it was not used"});
            continue;
        }
        read.*(found->second) = number;
    }
    const double sum = read.engagement + read.authenticity + read.alignment + read.cost;
    if (!(sum > 0)) {
        issues.push_back({"weights", "the weights sum to 0; the defaults were used"});
        return;
    }
    weights = {read.engagement / sum, read.authenticity / sum, read.alignment / sum, read.cost / sum, true};
}

// A share of the budget: 0 to 1, or a percentage above 1 ("40" is 40%).
double read_share(const json& value, const std::string& field, double fallback, std::vector<BriefIssue>& issues) {
    if (value.is_null()) return fallback;
    double share = read_number(value, field, issues);
    if (std::isnan(share)) return fallback;
    if (share > 1) share /= 100.0;
    if (share < 0 || share > 1) {
        issues.push_back({field, field + " should be a share of the budget between 0 and 1 (or 0% and 100%); it was not used"});
        return fallback;
    }
    return share;
}

// "tiers": {"micro": {"min_share": 0.4, "max_share": 0.7}, ...}.
void read_tier_shares(const json& value, PlanSettings& plan, std::vector<BriefIssue>& issues) {
    if (value.is_null()) return;
    if (!value.is_object()) {
        issues.push_back({"plan.tiers", "plan.tiers should be an object of tiers with min_share and max_share; it was not used"});
        return;
    }
    for (const auto& [tier, limits] : value.items()) {
        const std::string field = "plan.tiers." + tier;
        if (!limits.is_object()) {
            issues.push_back({field, field + " should be an object with min_share and max_share; it was not used"});
            continue;
        }
        TierShare share{lower_ascii(trim(tier))};
        share.min_share = read_share(limits.contains("min_share") ? limits["min_share"] : json(), field + ".min_share", 0, issues);
        share.max_share = read_share(limits.contains("max_share") ? limits["max_share"] : json(), field + ".max_share", 1, issues);
        if (share.min_share > share.max_share) {
            issues.push_back({field, field + ": the minimum share is above the maximum; it was not used"});
            continue;
        }
        plan.tiers.push_back(std::move(share));
    }
}

constexpr std::string_view plan_fields[] = {"goal", "budget", "tiers", "platforms", "include", "exclude", "min_fit", "max_bookings", "rates"};
constexpr std::string_view plan_goals[] = {"reach", "engagement", "conversions", "revenue", "fit_reach"};

void read_plan_settings(const json& value, PlanSettings& plan, std::vector<BriefIssue>& issues) {
    if (value.is_null()) return;
    if (!value.is_object()) {
        issues.push_back({"plan", "plan should be an object (goal, budget, tiers, platforms, include, exclude, min_fit, max_bookings, rates); it was not used"});
        return;
    }
    plan.given = true;
    const auto at = [&](const char* name) { return value.contains(name) ? value[name] : json(); };
    plan.goal = lower_ascii(read_text(at("goal"), "plan.goal", issues));
    if (!plan.goal.empty() && std::find(std::begin(plan_goals), std::end(plan_goals), plan.goal) == std::end(plan_goals)) {
        issues.push_back({"plan.goal", "plan.goal '" + plan.goal + "' is not one of reach, engagement, conversions, revenue, fit_reach; the brief's goal was used"});
        plan.goal.clear();
    }
    plan.budget = read_number(at("budget"), "plan.budget", issues);
    read_tier_shares(at("tiers"), plan, issues);
    plan.platforms = read_strings(at("platforms"), "plan.platforms", Case::lower, issues);
    plan.include = read_strings(at("include"), "plan.include", Case::lower, issues);
    plan.exclude = read_strings(at("exclude"), "plan.exclude", Case::lower, issues);
    plan.min_fit = read_number(at("min_fit"), "plan.min_fit", issues);
    read_rates(at("rates"), plan, issues);
    const double bookings = read_number(at("max_bookings"), "plan.max_bookings", issues);
    if (!std::isnan(bookings)) {
        if (bookings >= 1 && bookings <= 10 && bookings == std::floor(bookings)) {
            plan.max_bookings = static_cast<int>(bookings);
        } else {
            issues.push_back({"plan.max_bookings", "plan.max_bookings should be a whole number from 1 to 10; 1 was used"});
        }
    }
    for (const auto& [key, item] : value.items()) {
        if (std::find(std::begin(plan_fields), std::end(plan_fields), key) == std::end(plan_fields)) {
            issues.push_back({"plan." + key, "unknown plan field '" + key + "'; it was not used"});
        }
    }
}

constexpr std::string_view known_fields[] = {"name",      "campaign", "goal",      "target",   "targets", "countries",
                                             "ages",      "genders",  "languages", "niches",   "keywords", "blocklist",
                                             "platforms", "tiers",    "budget",    "currency", "weights", "thresholds",
                                             "attribution", "plan"};

}  // namespace

Brief read_brief(const json& document, std::string input, std::vector<BriefIssue>& issues) {
    Brief brief;
    brief.input = std::move(input);
    if (!document.is_object()) {
        issues.push_back({"", "a brief should be a JSON object; it was not used"});
        return brief;
    }
    const auto at = [&](const char* name) -> const json& {
        static const json null_value;
        return document.contains(name) ? document[name] : null_value;
    };
    brief.name = read_text(at("name"), "name", issues);
    if (brief.name.empty()) brief.name = read_text(at("campaign"), "campaign", issues);
    brief.goal = read_text(at("goal"), "goal", issues);
    read_targets(document, brief, issues);
    brief.niches = read_strings(at("niches"), "niches", Case::lower, issues);
    brief.keywords = read_strings(at("keywords"), "keywords", Case::lower, issues);
    brief.blocklist = read_strings(at("blocklist"), "blocklist", Case::lower, issues);
    brief.platforms = read_strings(at("platforms"), "platforms", Case::lower, issues);
    brief.tiers = read_strings(at("tiers"), "tiers", Case::lower, issues);
    brief.budget = read_number(at("budget"), "budget", issues);
    brief.currency = upper_ascii(read_text(at("currency"), "currency", issues));
    read_weights(at("weights"), brief.weights, issues);
    read_plan_settings(at("plan"), brief.plan, issues);
    for (const auto& [key, value] : document.items()) {
        if (std::find(std::begin(known_fields), std::end(known_fields), key) == std::end(known_fields)) {
            issues.push_back({key, "unknown brief field '" + key + "'; it was not used"});
        }
    }
    return brief;
}

std::string Brief::analysis_key() const {
    std::string key;
    const auto add = [&](const char* label, const std::vector<std::string>& list) {
        key += label;
        for (const auto& item : list) key += '\x1f' + item;
        key += '\n';
    };
    add("countries", countries);
    add("niches", niches);
    add("keywords", keywords);
    add("blocklist", blocklist);
    return key;
}

// "rates": {"currency": "EUR", "rows": [{"platform": "instagram", "min_followers": 10000,
// "max_followers": 50000, "low": 100, "high": 500}, ...]}: a row without a platform or a low
// price, or with a high below its low, is an issue and left out.
void read_rates(const json& value, PlanSettings& plan, std::vector<BriefIssue>& issues) {
    if (value.is_null()) return;
    if (!value.is_object() || !value.contains("rows") || !value["rows"].is_array()) {
        issues.push_back({"plan.rates", "plan.rates should be an object with rows (platform, min_followers, max_followers, low, high); the shipped rates were used"});
        return;
    }
    plan.rates_currency = value.contains("currency") ? upper_ascii(read_text(value["currency"], "plan.rates.currency", issues)) : "";
    if (plan.rates_currency.empty()) plan.rates_currency = "USD";
    for (std::size_t k = 0; k < value["rows"].size(); ++k) {
        const json& row = value["rows"][k];
        const std::string field = "plan.rates.rows[" + std::to_string(k) + "]";
        const auto at = [&](const char* key) { return row.is_object() && row.contains(key) ? row[key] : json(); };
        RateRow r;
        r.platform = lower_ascii(read_text(at("platform"), field + ".platform", issues));
        r.low = read_number(at("low"), field + ".low", issues);
        r.high = read_number(at("high"), field + ".high", issues);
        const double least = read_number(at("min_followers"), field + ".min_followers", issues);
        r.min_followers = least >= 0 ? least : 0;
        r.max_followers = read_number(at("max_followers"), field + ".max_followers", issues);
        if (r.platform.empty() || !(r.low > 0) || r.high < r.low) {
            issues.push_back({field, field + " needs a platform and a low price above 0 (and a high not below it); it was left out"});
            continue;
        }
        plan.rates.push_back(std::move(r));
    }
}


}  // namespace creatorscope
