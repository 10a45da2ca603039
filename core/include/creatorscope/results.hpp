// The results beyond the creators that the engine hands to callers: attribution (credits per
// model and channel, each creator's returns, how journeys were built) and the verdicts on each
// follower sample.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "creatorscope/creator.hpp"
#include "creatorscope/settings.hpp"

namespace creatorscope {

struct ChannelCredit {
    std::string channel;
    double conversions = 0;
    double value = 0;
    double share = 0;  // of all conversions
};

// A creator's campaign cost (a costs file row) and what each model says it returned.
struct CreatorReturn {
    struct ByModel {
        double conversions = 0, value = 0;
        std::optional<double> cpa;  // cost / conversions; none without conversions
        std::optional<double> roas, roi;  // value / cost, (value - cost) / cost; none without cost
    };
    std::string handle;
    std::optional<std::size_t> channel;  // index of the creator's channel, when it appears in journeys
    double fee = 0, product_cost = 0, cost = 0;
    std::string currency;
    std::map<std::string, ByModel> models;
};

// A discount code redeemed in the orders or named by a codes file, with whose it is and how
// many orders used it (the codes CSV, the Attribution view's editor).
struct CodeUse {
    enum class From : std::uint8_t { codes_file, page, unknown };
    std::string code;   // upper case
    std::string owner;  // the owner's handle (normalised); "" when unknown or no creator's
    From from = From::unknown;  // a codes file named the owner, the user did in the page, or nobody
    std::size_t orders = 0;     // orders that used it (an order's codes up to the first a creator owns)
    double value = 0;           // those orders' value, net of refunds
};

// How journeys were built from visits and orders, to say what was used and what was not.
struct JourneyStats {
    std::size_t path_rows = 0;                // journeys read from path files
    std::size_t touches = 0;                  // visits read
    std::size_t touches_used = 0;             // in some journey (converting or not)
    std::size_t touches_outside_lookback = 0; // before an order, but older than the lookback
    std::size_t orders = 0;
    std::size_t orders_with_touches = 0;      // at least one visit within the lookback
    std::size_t orders_by_code_only = 0;      // no visit, but a creator's code
    std::size_t orders_unattributed = 0;      // neither: no journey (direct or untracked)
    double value_unattributed = 0;
    std::size_t code_redemptions = 0;         // orders whose code belongs to a creator
    std::map<std::string, std::size_t> unknown_codes;  // codes not in any codes file, with their orders
    std::size_t null_journeys = 0;            // visitors' journeys that did not end in an order
};

struct AttributionResult {
    double conversions = 0, value = 0;
    AttributionSettings settings;
    std::vector<std::string> models;                            // in the report's order
    std::map<std::string, std::vector<ChannelCredit>> credits;  // per model, channels in channel order
    std::vector<double> removal_effects;                        // markov, per channel: conversions lost without it
    std::vector<double> value_removal_effects;                  // markov, per channel: value lost without it
    std::size_t markov_states = 0;                              // states of the chain, start included
    std::string shapley_method;                                 // how the Shapley values were computed
    JourneyStats journeys;
    std::vector<CodeUse> codes;           // by code
    std::vector<CreatorReturn> creators;  // creators with costs, in the costs files' order
    std::string currency;                 // of the orders' values, when they name one
    std::vector<std::string> notes;       // what a marketer should know about these figures
    // Milliseconds spent per stage (heuristics, markov, shapley), for the benchmark; not reported.
    std::vector<std::pair<std::string, double>> timings_ms;
};

struct AccountVerdict {
    bool suspicious = false;
    double score = 0;                  // the model's probability, 0 to 1
    bool mass_follower = false;        // follows 1,500 accounts or more
    std::vector<std::string> reasons;  // what weighed most towards suspicious, strongest first
};

struct JudgedAccount {
    std::uint64_t row = 0;  // the line in its file
    std::string account;
    AccountVerdict verdict;
};

struct AudienceSample {
    std::string input;    // the file
    std::string creator;  // the sampled creator, or empty when the file does not say
    std::vector<JudgedAccount> accounts;  // in input order
    int suspicious = 0, mass_followers = 0, mass_or_suspicious = 0;
    double suspicious_share = not_a_number;
    std::pair<double, double> ci95{not_a_number, not_a_number};
    double mass_or_suspicious_share = not_a_number;
    // The share corrected for the model's error rates, and its 95% interval (the flag rests on it).
    double corrected_share = not_a_number;
    std::pair<double, double> corrected_ci95{not_a_number, not_a_number};
};

// The first non-empty sample of a creator (by handle), or null.
const AudienceSample* sample_for(const std::vector<AudienceSample>& samples, std::string_view handle);

}  // namespace creatorscope
