// Engagement from a roster's own figures when no posts are loaded (engagement.hpp): the
// interactions an average post gets over followers, or over average views on the platforms
// measured by views (PRODUCT.md section 3), and the list's stated rate checked against it.
#include <cmath>

#include "analysis/engagement.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

bool known(double value) { return !std::isnan(value); }

// The interactions of an average post: likes, comments and shares where the list gives them,
// or the list's one figure for them.
double average_interactions(const RosterFigures& roster, std::vector<std::string>& summed) {
    if (known(roster.avg_likes)) {
        double sum = roster.avg_likes;
        summed.push_back("avg_likes");
        if (known(roster.avg_comments)) {
            summed.push_back("avg_comments");
            sum += roster.avg_comments;
        }
        if (known(roster.avg_shares)) {
            summed.push_back("avg_shares");
            sum += roster.avg_shares;
        }
        return sum;
    }
    if (known(roster.avg_engagement)) {
        summed.push_back("avg_engagement");
        return roster.avg_engagement;
    }
    return std::nan("");
}

// The stated rate and the one from the averages differ by more than the tolerance either way.
bool disagree(double stated, double from_averages) {
    if (stated <= 0 || from_averages <= 0) return stated != from_averages;
    const double ratio = stated / from_averages;
    return ratio > stated_rate_tolerance || ratio < 1.0 / stated_rate_tolerance;
}

std::string percent(double rate) { return format_number(rate * 100.0, 2) + "%"; }

}  // namespace

void roster_rates(double followers, const RosterFigures& roster, double& by_followers, double& by_views) {
    std::vector<std::string> summed;
    const double interactions = average_interactions(roster, summed);
    if (!known(interactions)) return;
    if (known(followers) && followers > 0) by_followers = interactions / followers;
    if (known(roster.avg_views) && roster.avg_views > 0) by_views = interactions / roster.avg_views;
}

namespace {

// interactions: the roster's average per post (average_interactions), the columns summed.
Engagement roster_rate(const std::string& platform, double followers, const RosterFigures& roster, double interactions,
                       const std::vector<std::string>& summed) {
    Engagement result;
    result.source = "roster";
    result.statistic = "as stated in the roster";
    result.denominator = "followers";
    result.per_post_statistics = false;
    result.caveats.push_back("TOO_FEW_POSTS");
    const bool by_views = measured_by_views(platform) && known(roster.avg_views) && roster.avg_views > 0 && known(interactions);
    const bool by_followers = known(interactions) && known(followers) && followers > 0;
    const double by_followers_rate = by_followers ? interactions / followers : std::nan("");
    if (by_views || by_followers) {
        result.available = true;
        result.summed = summed;
        result.statistic = "roster averages";
        result.denominator = by_views ? "views" : "followers";
        result.rate = result.rate_mean = by_views ? interactions / roster.avg_views : by_followers_rate;
        result.note = std::string("from the roster's averages, by ") + (by_views ? "average views" : "followers") + "; load posts to compute it";
    }
    if (!known(roster.stated_rate)) {
        if (!result.available) {
            result.caveats.clear();
            result.note = "no posts loaded for this creator";
        }
        return result;
    }
    // The list's own rate: used when nothing else says, or when it agrees with the averages.
    if (!result.available || (!by_views && !disagree(roster.stated_rate, by_followers_rate))) {
        const bool checked = result.available;
        result = Engagement{};
        result.source = "roster";
        result.statistic = "as stated in the roster";
        result.denominator = "followers";
        result.per_post_statistics = false;
        result.caveats.push_back("TOO_FEW_POSTS");
        result.available = true;
        result.rate = result.rate_mean = roster.stated_rate;
        result.note = checked ? "the roster's own engagement rate, within 3 times of its averages; load posts to compute it"
                              : "the roster's own engagement rate; load posts to compute it";
        return result;
    }
    result.stated_rate = roster.stated_rate;
    if (by_followers && disagree(roster.stated_rate, by_followers_rate)) {
        result.note = "the roster states " + percent(roster.stated_rate) + ", but its averages give " + percent(by_followers_rate) +
                      " of followers: more than 3 times apart (a stated rate may cover a period without posts), so the averages are used" +
                      (by_views ? ", by average views" : "");
    } else {
        result.note += "; the roster also states " + percent(roster.stated_rate) + " (by followers)";
    }
    return result;
}

}  // namespace

// The rate as above, and what one post is expected to bring by the roster's own averages
// (its interactions and views per post): the figures cost per engagement, cost per thousand
// views and the planner read, as they read a median of posts when posts are loaded.
Engagement engagement_from_roster(const std::string& platform, double followers, const RosterFigures& roster) {
    std::vector<std::string> summed;
    const double interactions = average_interactions(roster, summed);
    Engagement result = roster_rate(platform, followers, roster, interactions, summed);
    if (known(interactions) && interactions > 0) result.expected_interactions = interactions;
    if (known(roster.avg_views) && roster.avg_views > 0) result.expected_views = roster.avg_views;
    return result;
}

}  // namespace creatorscope
