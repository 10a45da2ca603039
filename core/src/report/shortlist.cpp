// The shortlist (creatorscope/shortlist.hpp) and its CSV: one row per starred creator with the
// figures to decide on and the contact fields, safe to open in a spreadsheet.
#include "report/shortlist.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/report.hpp"

namespace creatorscope {

bool Shortlist::set(std::string_view handle, std::string_view platform, bool starred) {
    const auto found = std::find_if(entries_.begin(), entries_.end(),
                                    [&](const CreatorKey& k) { return k.handle == handle && k.platform == platform; });
    if (starred == (found != entries_.end())) return false;
    if (starred) {
        entries_.push_back({std::string(handle), std::string(platform)});
    } else {
        entries_.erase(found);
    }
    return true;
}

bool Shortlist::contains(std::string_view handle, std::string_view platform) const {
    return std::any_of(entries_.begin(), entries_.end(), [&](const CreatorKey& k) { return k.handle == handle && k.platform == platform; });
}

std::string csv_number(double value, int decimals) {
    if (std::isnan(value) || std::isinf(value)) return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

namespace {

std::string shortlist_row(const CreatorResult& c) {
    std::string flags;
    for (const auto& f : c.flags) flags += (flags.empty() ? "" : " ") + f.id;
    return csv_cell(c.handle) + ',' + csv_cell(c.name) + ',' + csv_cell(c.platform) + ',' + csv_number(c.followers, 0) + ',' +
           csv_cell(c.tier.value_or("")) + ',' + (c.engagement.available ? csv_number(c.engagement.rate, 6) : "") + ',' +
           csv_number(c.authenticity.score, 1) + ',' + csv_number(c.alignment.score, 1) + ',' + csv_number(c.fit.score, 1) + ',' +
           csv_cell(flags) + ',' + csv_number(c.cost.fee, 2) + ',' + csv_cell(c.currency) + ',' + csv_cell(c.email) + ',' +
           csv_cell(c.country) + ',' + csv_cell(c.category) + '\n';
}

}  // namespace

// In the order starred; a starred creator that is not loaded now has its handle and platform only.
std::string write_shortlist_csv(const std::vector<CreatorResult>& creators, const Shortlist& shortlist) {
    std::string out = "handle,name,platform,followers,tier,engagement_rate,authenticity,alignment,fit,flags,fee,currency,email,country,category\n";
    for (const CreatorKey& key : shortlist.entries()) {
        const auto found = std::find_if(creators.begin(), creators.end(),
                                        [&](const CreatorResult& c) { return c.handle == key.handle && c.platform == key.platform; });
        if (found != creators.end()) {
            out += shortlist_row(*found);
        } else {
            out += csv_cell(key.handle) + ",," + csv_cell(key.platform) + ",,,,,,,,,,,,\n";
        }
    }
    return out;
}

}  // namespace creatorscope
