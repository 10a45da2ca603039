// creators[].account: what the platform's analytics export says of the account as a whole, over
// which days, from which files, and how it was tied to the creator.
#include "report/report_account.hpp"

#include <cmath>

#include "ingest/dates.hpp"

namespace creatorscope {

namespace {
nlohmann::json count_or_null(double value) { return std::isnan(value) ? nlohmann::json(nullptr) : nlohmann::json(std::llround(value)); }
std::string day_text(std::int32_t day) { return format_date(static_cast<std::int64_t>(day) * 86400); }
}  // namespace

nlohmann::json account_json(const AccountMetrics& a) {
    nlohmann::json j;
    j["inputs"] = a.inputs;
    j["attached_by"] = a.attached;
    j["days"] = a.days;
    j["from"] = a.days > 0 ? nlohmann::json(day_text(a.first_day)) : nlohmann::json(nullptr);
    j["to"] = a.days > 0 ? nlohmann::json(day_text(a.last_day)) : nlohmann::json(nullptr);
    j["totals"] = {{"views", count_or_null(a.views)},
                   {"profile_views", count_or_null(a.profile_views)},
                   {"likes", count_or_null(a.likes)},
                   {"comments", count_or_null(a.comments)},
                   {"shares", count_or_null(a.shares)},
                   {"new_viewers", count_or_null(a.new_viewers)},
                   {"returning_viewers", count_or_null(a.returning_viewers)}};
    j["last_28_days"] = {{"views", count_or_null(a.views_28d)}, {"profile_views", count_or_null(a.profile_views_28d)}};
    j["active_followers_peak"] = a.peak_hour < 0 ? nlohmann::json(nullptr)
                                                 : nlohmann::json({{"hour", a.peak_hour}, {"mean_active_followers", count_or_null(a.peak_active_followers)}});
    return j;
}

}  // namespace creatorscope
