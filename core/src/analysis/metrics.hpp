// The figures around engagement that PRODUCT.md section 3 defines: follower growth, posting
// cadence, the position against peers and against a published reference table, and cost
// (CPE, CPM, EMV, ROI). docs/metrics.md gives each formula in words, with its sources.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/creator.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

// One day of a follower history: the count, or only the day's change (NaN when unknown).
struct FollowerPoint {
    std::int64_t time = 0;
    double followers = not_a_number;
    double change = not_a_number;
};

// Sorts by time, fills counts from daily changes when a history has changes only and a current
// count anchors them (the last day's count is `anchor`), and drops days without either.
std::vector<FollowerPoint> prepare_history(std::vector<FollowerPoint> history, double anchor);

// The count on the latest day at or before time; NaN before the history starts.
double followers_at(const std::vector<FollowerPoint>& sorted, std::int64_t time);

Growth compute_growth(const std::vector<FollowerPoint>& sorted, std::int64_t as_of);

Cadence compute_cadence(std::vector<std::int64_t> post_times, std::int64_t as_of);

class ReferenceTable {
public:
    static Status parse(std::string_view json_text, ReferenceTable& out);
    static const ReferenceTable& builtin();
    const ReferenceRow* find(std::string_view platform, std::string_view denominator, double followers) const;
    // "low", "below average", "average", "above average" or "high" for a rate (a fraction).
    static std::string band(const ReferenceRow& row, double rate);

private:
    std::vector<ReferenceRow> rows_;
};

// EMV values per interaction and per view, by platform (assets/emv/values.json).
struct EmvValues {
    double like = 0, comment = 0, share = 0, save = 0, view = 0;
};
class EmvTable {
public:
    static Status parse(std::string_view json_text, EmvTable& out);
    static const EmvTable& builtin();
    const EmvValues* find(std::string_view platform) const;
    const std::string& currency() const { return currency_; }
    const std::string& source() const { return source_; }

private:
    std::vector<std::pair<std::string, EmvValues>> platforms_;
    std::string currency_, source_;
};

// The median (the mean of the middle two for an even count); NaN for none.
double median(std::vector<double> values);

// Mid-rank percentile of value among values (which include it): the share of the others below
// it, counting ties as half; NaN with fewer than 2 values.
double peer_percentile(const std::vector<double>& values, double value);
// The same from the peers' values sorted (NaN left out) and their number: a binary search, for
// ranking every creator of a large roster against its group.
double peer_percentile_sorted(const std::vector<double>& sorted, std::size_t peers, double value);

std::string_view builtin_benchmarks_text();
std::string_view builtin_emv_text();

}  // namespace creatorscope
