// Account metrics tied to creators and summed (account_metrics.hpp).
#include "analysis/account_metrics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "analysis/breakdowns.hpp"
#include "ingest/dates.hpp"

namespace creatorscope {

namespace {

// The creator an account's rows belong to: the one with that handle (and platform), or with no
// handle given, the only creator on the platform. creators.size() when none or several.
std::size_t owner_of(const std::vector<CreatorResult>& creators, const std::string& handle, const std::string& platform, std::string& how) {
    std::size_t found = creators.size();
    int matches = 0;
    for (std::size_t i = 0; i < creators.size(); ++i) {
        const CreatorResult& c = creators[i];
        const bool same_platform = platform.empty() || c.platform.empty() || c.platform == platform;
        if (!same_platform || (!handle.empty() && c.handle != handle)) continue;
        found = i;
        ++matches;
    }
    if (matches != 1) return creators.size();
    how = handle.empty() ? "the only " + (platform.empty() ? std::string("") : platform + " ") + "creator in the data" : "handle";
    return found;
}

void add(double& sum, double value) {
    if (std::isnan(value)) return;
    sum = std::isnan(sum) ? value : sum + value;
}

struct Day {
    double views = std::nan(""), profile_views = std::nan(""), likes = std::nan(""), comments = std::nan(""), shares = std::nan("");
    double new_viewers = std::nan(""), returning_viewers = std::nan("");
};

// Sums the days (and the last 28 to the last day) into the creator's account figures.
void sum_days(const std::map<std::int32_t, Day>& days, AccountMetrics& m) {
    if (days.empty()) return;
    m.first_day = days.begin()->first;
    m.last_day = days.rbegin()->first;
    m.days = static_cast<int>(days.size());
    for (const auto& [day, d] : days) {
        add(m.views, d.views);
        add(m.profile_views, d.profile_views);
        add(m.likes, d.likes);
        add(m.comments, d.comments);
        add(m.shares, d.shares);
        add(m.new_viewers, d.new_viewers);
        add(m.returning_viewers, d.returning_viewers);
        if (day > m.last_day - 28) {
            add(m.views_28d, d.views);
            add(m.profile_views_28d, d.profile_views);
        }
        if (!std::isnan(d.views)) m.daily_views.emplace_back(day, static_cast<float>(d.views));
    }
}

// The hour of day with the most active followers on average over the days given.
void peak_hour(const std::array<double, 24>& sum, const std::array<int, 24>& count, AccountMetrics& m) {
    for (int h = 0; h < 24; ++h) {
        if (count[static_cast<std::size_t>(h)] == 0) continue;
        const double mean = sum[static_cast<std::size_t>(h)] / count[static_cast<std::size_t>(h)];
        if (m.peak_hour < 0 || mean > m.peak_active_followers) {
            m.peak_hour = h;
            m.peak_active_followers = mean;
        }
    }
}

struct Gathered {
    std::map<std::int32_t, Day> days;
    std::vector<Breakdown> breakdowns;  // rows by a dimension instead of by day
    std::array<double, 24> active_sum{};
    std::array<int, 24> active_count{};
    AccountMetrics metrics;
};

// One row of an account table by a dimension into its part.
void gather_part(const InputFile& input, const StringPool& strings, const std::string& dimension, std::size_t row, Gathered& g) {
    static const int views = canonical_index(Kind::account_metrics, "views"), likes = canonical_index(Kind::account_metrics, "likes"),
                     comments = canonical_index(Kind::account_metrics, "comments"),
                     part = canonical_index(Kind::account_metrics, "dimension");
    const Table& t = input.table();
    Breakdown* b = nullptr;
    for (auto& candidate : g.breakdowns) {
        if (candidate.dimension == dimension && candidate.input == input.name()) b = &candidate;
    }
    if (b == nullptr) b = &g.breakdowns.emplace_back(Breakdown{dimension, input.name(), "account", {}});
    std::string value(strings.get(t.text(part, row)));
    if (value.empty()) value = "(not given)";
    add_to_part(b->part(value), t.number(views, row), t.number(likes, row), t.number(comments, row));
}

// One row of an account file into the creator's days (or hours).
void gather_row(const Table& t, std::size_t row, Gathered& g) {
    static const int date = canonical_index(Kind::account_metrics, "date"), hour = canonical_index(Kind::account_metrics, "hour"),
                     views = canonical_index(Kind::account_metrics, "views"),
                     profile = canonical_index(Kind::account_metrics, "profile_views"),
                     likes = canonical_index(Kind::account_metrics, "likes"), comments = canonical_index(Kind::account_metrics, "comments"),
                     shares = canonical_index(Kind::account_metrics, "shares"),
                     new_viewers = canonical_index(Kind::account_metrics, "new_viewers"),
                     returning = canonical_index(Kind::account_metrics, "returning_viewers"),
                     active = canonical_index(Kind::account_metrics, "active_followers");
    const std::int64_t time = t.time(date, row);
    if (time == missing_time || is_yearless(time)) return;
    const double hour_of_day = t.number(hour, row), active_followers = t.number(active, row);
    if (!std::isnan(hour_of_day) && !std::isnan(active_followers) && hour_of_day >= 0 && hour_of_day < 24) {
        g.active_sum[static_cast<std::size_t>(hour_of_day)] += active_followers;
        ++g.active_count[static_cast<std::size_t>(hour_of_day)];
        return;
    }
    Day& d = g.days[static_cast<std::int32_t>(floor_div(time, 86400))];
    add(d.views, t.number(views, row));
    add(d.profile_views, t.number(profile, row));
    add(d.likes, t.number(likes, row));
    add(d.comments, t.number(comments, row));
    add(d.shares, t.number(shares, row));
    add(d.new_viewers, t.number(new_viewers, row));
    add(d.returning_viewers, t.number(returning, row));
}

}  // namespace

void attach_account_metrics(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                            std::vector<CreatorResult>& creators, std::size_t& unattached) {
    static const int handle = canonical_index(Kind::account_metrics, "handle"), platform = canonical_index(Kind::account_metrics, "platform"),
                     date = canonical_index(Kind::account_metrics, "date");
    std::map<std::size_t, Gathered> by_creator;
    std::map<std::string, std::pair<std::size_t, std::string>> owners;  // "handle\x1fplatform" -> owner, how
    unattached = 0;
    for (const auto& input : inputs) {
        if (!input->finished() || input->kind() != Kind::account_metrics) continue;
        const Table& t = input->table();
        const std::string dimension = dimension_header(*input);
        for (std::size_t row = 0; row < t.rows(); ++row) {
            const std::string who(strings.get(t.text(handle, row))), on(strings.get(t.text(platform, row)));
            auto [known, added] = owners.try_emplace(who + '\x1f' + on);
            if (added) known->second.first = owner_of(creators, who, on, known->second.second);
            const std::size_t owner = known->second.first;
            const std::string& how = known->second.second;
            if (owner == creators.size()) {
                ++unattached;
                continue;
            }
            Gathered& g = by_creator[owner];
            g.metrics.attached = how;
            if (std::find(g.metrics.inputs.begin(), g.metrics.inputs.end(), input->name()) == g.metrics.inputs.end()) {
                g.metrics.inputs.push_back(input->name());
            }
            if (!dimension.empty() && t.time(date, row) == missing_time) {
                gather_part(*input, strings, dimension, row, g);
            } else {
                gather_row(t, row, g);
            }
        }
    }
    for (auto& [i, g] : by_creator) {
        sum_days(g.days, g.metrics);
        peak_hour(g.active_sum, g.active_count, g.metrics);
        for (auto& b : g.breakdowns) creators[i].breakdowns.push_back(std::move(b));
        if (g.metrics.days > 0 || g.metrics.peak_hour >= 0) creators[i].account = std::move(g.metrics);
    }
}

}  // namespace creatorscope
