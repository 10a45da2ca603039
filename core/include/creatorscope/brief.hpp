// The campaign brief as a typed value: who the campaign wants to reach (countries, ages,
// genders, languages), what it is about (niches, keywords), where and with whom (platforms,
// tiers), what it may spend, and how the fit score weighs its parts. Read once from the loaded
// brief document (ingest/brief.cpp); the stages read this, never the JSON.
#pragma once

#include <limits>
#include <string>
#include <vector>

namespace creatorscope {

// How the fit score weighs its four parts (PRODUCT.md section 3). Given weights need not sum to
// 1: they are normalised over the parts that are known for a creator (docs/scores.md).
struct FitWeights {
    // The defaults when a brief gives none: engagement and authenticity first (vetting), then
    // alignment, then cost, as the sample brief does (docs/scores.md says why).
    double engagement = 0.30, authenticity = 0.30, alignment = 0.25, cost = 0.15;
    bool given = false;  // false: the brief gave no "weights" (the defaults stand)
};

// The budget planner's settings (the brief's "plan" object; docs/plan.md): what to maximise,
// the budget (the brief's when not given), each tier's share of it, who may or must be booked.
struct TierShare {
    std::string tier;       // lower case, as the tier scheme names it
    double min_share = 0;   // of the budget, 0 to 1
    double max_share = 1;
};
// A row of a rate table: the price of one sponsored post for accounts of a platform within a
// band of followers, as a published range (docs/plan.md). The brief's plan.rates replaces the
// shipped table (assets/rates/rates.json) when given.
struct RateRow {
    std::string platform;  // lower case
    double min_followers = 0;
    double max_followers = std::numeric_limits<double>::quiet_NaN();  // NaN: no upper limit
    double low = 0;
    double high = std::numeric_limits<double>::quiet_NaN();  // NaN: open ("10,000 and up")
};

struct PlanSettings {
    // "reach" (views), "engagement" (interactions), "conversions" (orders), "revenue", or
    // "fit_reach" (views weighted by fit); empty: from the brief's goal (sales: revenue,
    // awareness: reach, anything else: engagement).
    std::string goal;
    double budget = std::numeric_limits<double>::quiet_NaN();  // NaN: the brief's budget
    std::vector<TierShare> tiers;
    std::vector<std::string> platforms;           // empty: the brief's platforms (or any)
    std::vector<std::string> include, exclude;    // "handle" (every platform) or "handle@platform", lower case
    double min_fit = std::numeric_limits<double>::quiet_NaN();  // NaN: no minimum
    int max_bookings = 1;                         // bookings per creator and platform
    std::vector<RateRow> rates;                   // the brief's rate table; empty: the shipped one
    std::string rates_currency;                   // its currency (USD when it says none)
    bool given = false;                           // the brief had a "plan" object
};

struct Brief {
    std::string input;  // the brief's file name
    std::string name;   // the campaign's name ("Autumn capsule launch"), may be empty
    std::string goal;
    // target: country codes upper case ("US"), age buckets as written ("18-24", "55+"),
    // genders and languages lower case ("female", "en").
    std::vector<std::string> countries, ages, genders, languages;
    std::vector<std::string> niches, keywords, blocklist;  // lower case
    std::vector<std::string> platforms, tiers;             // lower case
    double budget = std::numeric_limits<double>::quiet_NaN();
    std::string currency;
    FitWeights weights;
    PlanSettings plan;

    // The budget the plan spends: plan.budget when given, else the brief's budget (NaN: none).
    double plan_budget() const { return plan.budget >= 0 ? plan.budget : budget; }

    // What the stages before scoring read of a brief (the terms searched in captions and bios,
    // the countries the geo flag compares): a change to these needs the analysis again, any
    // other change only the scoring stage.
    std::string analysis_key() const;
};

// A problem with one field of a brief: its path ("target.countries", "weights.cost") and what is wrong.
struct BriefIssue {
    std::string field;
    std::string message;
};

}  // namespace creatorscope
