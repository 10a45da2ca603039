// Growth, cadence, peer position, the reference table and the cost figures.
#include "analysis/metrics.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "model/text.hpp"

namespace creatorscope {

namespace {
constexpr std::int64_t day_seconds = 86400;

double number_field(const nlohmann::json& object, const char* key) {
    return object.contains(key) && object[key].is_number() ? object[key].get<double>() : not_a_number;
}
std::string text_field(const nlohmann::json& object, const char* key) {
    return object.contains(key) && object[key].is_string() ? object[key].get<std::string>() : std::string();
}
}  // namespace

std::vector<FollowerPoint> prepare_history(std::vector<FollowerPoint> history, double anchor) {
    std::stable_sort(history.begin(), history.end(), [](const FollowerPoint& a, const FollowerPoint& b) { return a.time < b.time; });
    const bool any_count = std::any_of(history.begin(), history.end(), [](const FollowerPoint& p) { return !std::isnan(p.followers); });
    if (!any_count && !std::isnan(anchor) && !history.empty()) {
        // Changes only: walk back from the current count (the last day's count is the anchor).
        double count = anchor;
        for (std::size_t k = history.size(); k-- > 0;) {
            history[k].followers = count;
            if (!std::isnan(history[k].change)) count -= history[k].change;
        }
    }
    std::vector<FollowerPoint> kept;
    for (const auto& point : history) {
        if (std::isnan(point.followers)) continue;
        if (!kept.empty() && kept.back().time == point.time) {
            kept.back() = point;  // the same day twice: the later row stands
        } else {
            kept.push_back(point);
        }
    }
    return kept;
}

double followers_at(const std::vector<FollowerPoint>& sorted, std::int64_t time) {
    const auto after = std::upper_bound(sorted.begin(), sorted.end(), time,
                                        [](std::int64_t t, const FollowerPoint& p) { return t < p.time; });
    if (after == sorted.begin()) return not_a_number;
    return std::prev(after)->followers;
}

Growth compute_growth(const std::vector<FollowerPoint>& sorted, std::int64_t as_of) {
    Growth g;
    const auto after = std::upper_bound(sorted.begin(), sorted.end(), as_of,
                                        [](std::int64_t t, const FollowerPoint& p) { return t < p.time; });
    g.history_days = static_cast<int>(after - sorted.begin());
    if (g.history_days == 0) {
        g.note = sorted.empty() ? "no follower history loaded" : "the follower history starts after the report date";
        return g;
    }
    const FollowerPoint& now = *std::prev(after);
    g.available = true;
    g.followers_now = now.followers;
    g.now_time = now.time;
    const auto change_since = [&](int days, double& change, double& growth) {
        const double then = followers_at(sorted, now.time - days * day_seconds);
        if (std::isnan(then)) return;
        change = now.followers - then;
        if (then > 0) growth = change / then;
    };
    change_since(30, g.change_30d, g.growth_30d);
    change_since(90, g.change_90d, g.growth_90d);
    // The average daily change over up to 90 days: from the first day of the span to now.
    const auto start = std::lower_bound(sorted.begin(), after, now.time - 90 * day_seconds,
                                        [](const FollowerPoint& p, std::int64_t t) { return p.time < t; });
    g.span_days = static_cast<double>(now.time - start->time) / day_seconds;
    if (g.span_days > 0) g.avg_daily_change = (now.followers - start->followers) / g.span_days;
    if (std::isnan(g.change_30d)) g.note = "the follower history covers less than 30 days before its last day";
    return g;
}

Cadence compute_cadence(std::vector<std::int64_t> post_times, std::int64_t as_of) {
    Cadence c;
    std::sort(post_times.begin(), post_times.end());
    const auto end = std::upper_bound(post_times.begin(), post_times.end(), as_of);
    if (end == post_times.begin()) return c;
    const std::int64_t window_start = as_of - 90 * day_seconds;
    const auto first = std::upper_bound(post_times.begin(), end, window_start);
    c.posts_90d = static_cast<int>(end - first);
    c.posts_per_week = c.posts_90d / (90.0 / 7.0);
    c.days_since_last_post = static_cast<double>(as_of - *std::prev(end)) / day_seconds;
    // Gaps that reach into the window: between known posts (from the window's start only when a
    // post before it is known: an export that begins in the window says nothing of the time
    // before its first post), and from the last post to the report date.
    double longest = 0;
    const bool earlier_known = first != post_times.begin();
    std::int64_t previous = earlier_known ? std::max(*std::prev(first), window_start) : (first != end ? *first : as_of);
    for (auto it = first; it != end; ++it) {
        longest = std::max(longest, static_cast<double>(*it - previous) / day_seconds);
        previous = *it;
    }
    longest = std::max(longest, static_cast<double>(as_of - previous) / day_seconds);
    c.longest_gap_days = longest;
    return c;
}

Status ReferenceTable::parse(std::string_view json_text, ReferenceTable& out) {
    const auto document = nlohmann::json::parse(json_text, nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("rows") || !document["rows"].is_array()) {
        return Status::error("a reference table is a JSON object with \"rows\"");
    }
    ReferenceTable table;
    for (const auto& row : document["rows"]) {
        ReferenceRow r;
        r.platform = normalize_platform(text_field(row, "platform"));
        r.denominator = text_field(row, "denominator");
        r.min_followers = number_field(row, "min_followers");
        r.max_followers = number_field(row, "max_followers");
        r.low_below = number_field(row, "low_below");
        r.average_low = number_field(row, "average_low");
        r.average_high = number_field(row, "average_high");
        r.high_above = number_field(row, "high_above");
        r.source = text_field(row, "source");
        r.url = text_field(row, "url");
        r.retrieved = text_field(row, "retrieved");
        if (r.platform.empty() || r.denominator.empty() || std::isnan(r.min_followers) || std::isnan(r.low_below) ||
            std::isnan(r.average_low) || std::isnan(r.average_high) || std::isnan(r.high_above) || r.source.empty()) {
            return Status::error("each reference row needs platform, denominator, min_followers, the four band edges and a source");
        }
        table.rows_.push_back(std::move(r));
    }
    out = std::move(table);
    return Status::ok();
}

const ReferenceTable& ReferenceTable::builtin() {
    static const ReferenceTable table = [] {
        ReferenceTable t;
        (void)parse(builtin_benchmarks_text(), t);
        return t;
    }();
    return table;
}

const ReferenceRow* ReferenceTable::find(std::string_view platform, std::string_view denominator, double followers) const {
    if (std::isnan(followers)) return nullptr;
    for (const auto& row : rows_) {
        if (row.platform == platform && row.denominator == denominator && followers >= row.min_followers &&
            (std::isnan(row.max_followers) || followers < row.max_followers)) {
            return &row;
        }
    }
    return nullptr;
}

std::string ReferenceTable::band(const ReferenceRow& row, double rate) {
    const double percent = rate * 100.0;
    if (percent < row.low_below) return "low";
    if (percent < row.average_low) return "below average";
    if (percent <= row.average_high) return "average";
    if (percent <= row.high_above) return "above average";
    return "high";
}

Status EmvTable::parse(std::string_view json_text, EmvTable& out) {
    const auto document = nlohmann::json::parse(json_text, nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("platforms") || !document["platforms"].is_object()) {
        return Status::error("an EMV table is a JSON object with \"platforms\"");
    }
    EmvTable table;
    table.currency_ = text_field(document, "currency");
    table.source_ = text_field(document, "source");
    for (const auto& item : document["platforms"].items()) {
        const auto& values = item.value();
        EmvValues v;
        const auto value = [&](const char* key) {
            const double x = number_field(values, key);
            return std::isnan(x) ? 0.0 : x;
        };
        v.like = value("like");
        v.comment = value("comment");
        v.share = value("share");
        v.save = value("save");
        v.view = value("view");
        table.platforms_.emplace_back(normalize_platform(item.key()), v);
    }
    out = std::move(table);
    return Status::ok();
}

const EmvTable& EmvTable::builtin() {
    static const EmvTable table = [] {
        EmvTable t;
        (void)parse(builtin_emv_text(), t);
        return t;
    }();
    return table;
}

const EmvValues* EmvTable::find(std::string_view platform) const {
    for (const auto& [name, values] : platforms_) {
        if (name == platform) return &values;
    }
    return nullptr;
}

double median(std::vector<double> values) {
    if (values.empty()) return not_a_number;
    const std::size_t n = values.size();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2 == 1) return *middle;
    return (*std::max_element(values.begin(), middle) + *middle) / 2.0;
}

double peer_percentile(const std::vector<double>& values, double value) {
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v)) sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());
    return peer_percentile_sorted(sorted, values.size(), value);
}

double peer_percentile_sorted(const std::vector<double>& sorted, std::size_t peers, double value) {
    if (peers < 2 || std::isnan(value)) return not_a_number;
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), value);
    const auto last = std::upper_bound(first, sorted.end(), value);
    const auto below = static_cast<double>(first - sorted.begin());
    const auto equal = static_cast<double>(last - first);
    // The value itself is among the equal ones: the others tied with it count half.
    return 100.0 * (below + 0.5 * (equal - 1)) / static_cast<double>(peers - 1);
}

}  // namespace creatorscope
