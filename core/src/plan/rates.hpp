// The rate table the planner estimates a booking's price from when the roster gives no fee
// (assets/rates/rates.json, compiled in; docs/plan.md cites its source): per platform and
// follower band, the published range per sponsored post in its currency.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/brief.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

struct RateEstimate {
    double fee = 0, low = 0, high = 0;  // high is NaN for an open top band
    std::string basis;                  // in words: "estimated from the published range $100-$500 ..."
};

class RateTable {
public:
    static Status parse(std::string_view json_text, RateTable& out);
    static const RateTable& builtin();
    // The brief's own table (plan.rates), replacing the shipped one.
    static RateTable from_rows(const std::vector<RateRow>& rows, std::string currency);
    bool custom() const { return custom_; }
    // The rows as the brief writes them (the page's rate editor starts from these).
    std::vector<RateRow> rows() const;
    // The estimate for an account of `followers` on `platform`, or nullopt when no row covers it.
    std::optional<RateEstimate> estimate(std::string_view platform, double followers) const;
    const std::string& currency() const { return currency_; }
    const std::string& source() const { return source_; }

private:
    struct Row {
        std::string platform;
        double min_followers = 0, max_followers = 0;  // max NaN: no upper limit
        double low = 0, high = 0;                     // high NaN: open
    };
    std::vector<Row> rows_;
    std::string currency_, source_;
    bool custom_ = false;
};

// The table the plan estimates from: the brief's when it gives one, else the shipped one.
RateTable plan_rates(const Brief& brief);

std::string_view builtin_rates_text();

// An amount rounded to two significant figures (224 -> 220, 1581 -> 1600).
double two_significant(double amount);

}  // namespace creatorscope
