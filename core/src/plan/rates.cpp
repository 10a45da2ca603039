// The published rate table, read once (rates.hpp).
#include "plan/rates.hpp"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace creatorscope {

double two_significant(double amount) {
    if (!(amount > 0)) return amount;
    const double scale = std::pow(10.0, std::floor(std::log10(amount)) - 1);
    return std::round(amount / scale) * scale;
}

Status RateTable::parse(std::string_view json_text, RateTable& out) {
    const auto document = nlohmann::json::parse(json_text, nullptr, false);
    if (!document.is_object() || !document.contains("rows") || !document["rows"].is_array()) return Status::error("a rate table needs rows");
    out = RateTable();
    out.currency_ = document.value("currency", "USD");
    out.source_ = document.value("source", "");
    for (const auto& row : document["rows"]) {
        if (!row.is_object() || !row.contains("platform") || !row.contains("low")) return Status::error("a rate row needs platform and low");
        Row r;
        r.platform = row["platform"].get<std::string>();
        r.min_followers = row.value("min_followers", 0.0);
        r.max_followers = row.contains("max_followers") && row["max_followers"].is_number() ? row["max_followers"].get<double>() : std::nan("");
        r.low = row["low"].get<double>();
        r.high = row.contains("high") && row["high"].is_number() ? row["high"].get<double>() : std::nan("");
        out.rows_.push_back(std::move(r));
    }
    return Status::ok();
}

const RateTable& RateTable::builtin() {
    static const RateTable table = [] {
        RateTable t;
        (void)parse(builtin_rates_text(), t);
        return t;
    }();
    return table;
}

RateTable RateTable::from_rows(const std::vector<RateRow>& rows, std::string currency) {
    RateTable table;
    table.currency_ = std::move(currency);
    table.source_ = "the brief's own rate table (plan.rates)";
    table.custom_ = true;
    for (const auto& row : rows) table.rows_.push_back({row.platform, row.min_followers, row.max_followers, row.low, row.high});
    return table;
}

std::vector<RateRow> RateTable::rows() const {
    std::vector<RateRow> out;
    for (const auto& row : rows_) out.push_back({row.platform, row.min_followers, row.max_followers, row.low, row.high});
    return out;
}

RateTable plan_rates(const Brief& brief) {
    return brief.plan.rates.empty() ? RateTable::builtin() : RateTable::from_rows(brief.plan.rates, brief.plan.rates_currency);
}

namespace {
std::string amount_text(double amount) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", amount);
    return text;
}
}  // namespace

std::optional<RateEstimate> RateTable::estimate(std::string_view platform, double followers) const {
    if (!(followers >= 0)) return std::nullopt;
    const Row* first = nullptr;
    for (const Row& row : rows_) {
        if (row.platform != platform) continue;
        if (first == nullptr || row.min_followers < first->min_followers) first = &row;
        const bool above = followers >= row.min_followers, below = std::isnan(row.max_followers) || followers < row.max_followers;
        if (!above || !below) continue;
        RateEstimate e;
        e.low = row.low;
        e.high = row.high;
        e.fee = std::isnan(row.high) ? 2 * row.low : two_significant(std::sqrt(row.low * row.high));
        const std::string range = std::isnan(row.high) ? amount_text(row.low) + "+" : amount_text(row.low) + "-" + amount_text(row.high);
        e.basis = std::string(custom_ ? "estimated from your rate table's range " : "estimated from the published range ") + range + " " + currency_ +
                  " per post for " + std::string(platform) + " accounts of this size (no fee in the roster)";
        return e;
    }
    if (first != nullptr && followers < first->min_followers) {
        RateEstimate e;
        e.fee = e.low = first->low;
        e.high = first->low;
        e.basis = std::string(custom_ ? "estimated at the low end of your rate table's first band (" : "estimated at the low end of the first published band (") +
                  amount_text(first->low) + " " + currency_ +
                  " per post): the account is below its " + amount_text(first->min_followers) + " followers (no fee in the roster)";
        return e;
    }
    return std::nullopt;
}

}  // namespace creatorscope
