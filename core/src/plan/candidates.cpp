// Every creator as a plan candidate: the price of a booking and what it is expected to bring
// for the goal, with its range and basis, or the reason it is left out (docs/plan.md).
#include <algorithm>
#include <cmath>
#include <map>

#include "analysis/deliverables.hpp"
#include "analysis/metrics.hpp"
#include "model/text.hpp"
#include "plan/planner.hpp"
#include "plan/rates.hpp"

namespace creatorscope {

std::string plan_goal(const Brief& brief) {
    if (!brief.plan.goal.empty()) return brief.plan.goal;
    const std::string goal = lower_ascii(brief.goal);
    if (goal.find("sale") != std::string::npos || goal.find("revenue") != std::string::npos || goal.find("conversion") != std::string::npos) {
        return "revenue";
    }
    if (goal.find("aware") != std::string::npos || goal.find("reach") != std::string::npos) return "reach";
    return "engagement";
}

std::string plan_unit(const std::string& goal, const std::string& currency) {
    if (goal == "reach") return "views";
    if (goal == "fit_reach") return "fit-weighted views";
    if (goal == "conversions") return "orders";
    if (goal == "revenue") return currency;
    return "interactions";
}

std::string plan_currency(const Brief& brief, const std::vector<CreatorResult>& creators) {
    if (!brief.currency.empty()) return brief.currency;
    std::map<std::string, int> seen;
    for (const auto& c : creators) {
        if (!c.currency.empty()) ++seen[c.currency];
    }
    std::string best = plan_rates(brief).currency();
    int most = 0;
    for (const auto& [currency, count] : seen) {
        if (count > most) {
            best = currency;
            most = count;
        }
    }
    return best;
}

namespace {

// A high BRAND_SAFETY flag (the brief's blocklist, or terms of several categories): no plan books it.
const Flag* high_brand_safety(const CreatorResult& c) {
    for (const auto& flag : c.flags) {
        if (flag.id == "BRAND_SAFETY" && flag.severity == "high") return &flag;
    }
    return nullptr;
}

bool listed(const std::vector<std::string>& list, const CreatorResult& c) {
    const std::string handle = lower_ascii(c.handle);
    const std::string on_platform = handle + "@" + lower_ascii(c.platform);
    return std::find(list.begin(), list.end(), handle) != list.end() || std::find(list.begin(), list.end(), on_platform) != list.end();
}

PlanOutcome outcome_of(const DeliverableOutcome::Spread& spread, double factor) {
    PlanOutcome out;
    if (!spread.known()) return out;
    out.low = spread.low * factor;
    out.expected = spread.expected * factor;
    out.high = spread.high * factor;
    return out;
}

// Scales a figure's range by another's spread (attributed sales follow the interactions').
PlanOutcome with_spread_of(double expected, const PlanOutcome& like) {
    PlanOutcome out;
    out.expected = expected;
    if (like.known() && like.expected > 0) {
        out.low = expected * like.low / like.expected;
        out.high = expected * like.high / like.expected;
    }
    return out;
}

// The creator's attributed sales per post loaded (markov, by the creator's handle as the
// channel), or nullptr when the attribution names no such channel.
struct Sales {
    double orders = 0, revenue = 0;
    int posts = 0;
};
std::map<std::string, Sales> sales_by_handle(const std::vector<CreatorResult>& creators, const AttributionResult* attribution) {
    std::map<std::string, Sales> sales;
    if (attribution == nullptr) return sales;
    const auto credits = attribution->credits.find("markov");
    if (credits == attribution->credits.end()) return sales;
    for (const auto& credit : credits->second) sales[lower_ascii(credit.channel)] = {credit.conversions, credit.value, 0};
    for (const auto& c : creators) {
        const auto found = sales.find(lower_ascii(c.handle));
        if (found != sales.end()) found->second.posts += c.posts_loaded;
    }
    return sales;
}

// The booking's price: the roster's fee, else the published rate table's estimate.
bool set_fee(const CreatorResult& c, const std::string& currency, const RateTable& rates, PlanCandidate& candidate) {
    if (c.cost.fee > 0) {
        if (!c.currency.empty() && c.currency != currency) {
            candidate.excluded = "its fee is in " + c.currency + ", the plan in " + currency;
            return false;
        }
        candidate.fee = candidate.fee_low = candidate.fee_high = c.cost.fee;
        candidate.fee_basis = "the roster's fee per post";
        return true;
    }
    const auto estimate = rates.estimate(c.platform, c.followers);
    const std::string table = rates.custom() ? "your rate table" : "the published rates";
    if (!estimate) {
        candidate.excluded = "no fee in the roster, and " + table + (rates.custom() ? " has" : " have") + " no row for " +
                             (c.platform.empty() ? std::string("its platform") : c.platform);
        return false;
    }
    if (rates.currency() != currency) {
        candidate.excluded = "no fee in the roster, and " + table + (rates.custom() ? " is" : " are") + " in " + rates.currency() + ", the plan in " + currency;
        return false;
    }
    candidate.fee = estimate->fee;
    candidate.fee_low = estimate->low;
    candidate.fee_high = estimate->high;
    candidate.fee_estimated = true;
    candidate.fee_basis = estimate->basis;
    return true;
}

// The expected figures of one booking of `d`, discounted by authenticity where they are counts.
void set_figures(const DeliverableOutcome& d, const Sales* sales, double aov, PlanCandidate& candidate) {
    const double discount = candidate.discount;
    candidate.deliverable = d.type;
    candidate.posts = d.posts;
    candidate.views = outcome_of(d.views.known() ? d.views : d.reach, discount);
    candidate.interactions = outcome_of(d.interactions, discount);
    if (sales != nullptr && sales->posts > 0) {
        candidate.revenue = with_spread_of(sales->revenue / sales->posts, candidate.interactions);
        candidate.orders = with_spread_of(sales->orders / sales->posts, candidate.interactions);
    } else {
        candidate.revenue = outcome_of(d.emv, discount);
        if (aov > 0 && candidate.revenue.known()) {
            candidate.orders = {candidate.revenue.low / aov, candidate.revenue.expected / aov, candidate.revenue.high / aov};
        }
    }
}

PlanOutcome goal_value(const PlanCandidate& candidate, const std::string& goal) {
    if (goal == "reach") return candidate.views;
    if (goal == "conversions") return candidate.orders;
    if (goal == "revenue") return candidate.revenue;
    if (goal == "fit_reach") {
        if (!(candidate.fit >= 0)) return {};
        const double f = candidate.fit / 100.0;
        return {candidate.views.low * f, candidate.views.expected * f, candidate.views.high * f};
    }
    return candidate.interactions;
}

std::string value_basis(const PlanCandidate& candidate, const std::string& goal, const Sales* sales) {
    const std::string from = candidate.posts > 0 ? "the median of its " + std::to_string(candidate.posts) + " recent " + candidate.deliverable +
                                                      (candidate.posts == 1 ? "" : "s") + " (range: 10th to 90th percentile)"
                                                : "the roster's average per post (no range)";
    if ((goal == "revenue" || goal == "conversions") && sales != nullptr && sales->posts > 0) {
        return "its attributed sales (markov) over its " + std::to_string(sales->posts) + " posts loaded, per post; the range follows its interactions";
    }
    if (goal == "revenue") return "earned media value of " + from + ", no attributed sales";
    if (goal == "conversions") return "earned media value of " + from + " over the average order, no attributed sales";
    if (goal == "fit_reach") return "views of " + from + ", times its fit";
    return (goal == "reach" ? "views of " : "interactions of ") + from;
}

// The deliverable that serves the goal best: the kinds the creator posts, else the roster's figures.
std::vector<DeliverableOutcome> offered(const CreatorResult& c) {
    if (!c.deliverables.empty()) return c.deliverables;
    DeliverableOutcome d;
    d.type = deliverable_types(c.platform).front();
    const auto one = [](double figure) {
        DeliverableOutcome::Spread s;
        if (figure > 0) s.expected = figure;
        return s;
    };
    d.views = one(c.engagement.expected_views);
    d.interactions = one(c.engagement.expected_interactions);
    // A roster's own figures: its rate by followers times the followers is its interactions per post.
    if (!d.interactions.known() && c.engagement.available && c.engagement.denominator == "followers" && c.followers > 0) {
        d.interactions = one(c.engagement.rate * c.followers);
    }
    d.emv = one(c.cost.emv);
    return {d};
}

}  // namespace

std::vector<PlanCandidate> plan_candidates(const std::vector<CreatorResult>& creators, const Brief& brief,
                                           const AttributionResult* attribution, const std::string& goal,
                                           const std::string& currency) {
    const auto sales = sales_by_handle(creators, attribution);
    const double aov = attribution != nullptr && attribution->conversions > 0 ? attribution->value / attribution->conversions : 0;
    const std::vector<std::string>& platforms = brief.plan.platforms.empty() ? brief.platforms : brief.plan.platforms;
    std::vector<PlanCandidate> candidates;
    candidates.reserve(creators.size());
    const RateTable rates = plan_rates(brief);
    for (std::size_t k = 0; k < creators.size(); ++k) {
        const CreatorResult& c = creators[k];
        PlanCandidate candidate;
        candidate.creator = k;
        candidate.handle = c.handle;
        candidate.platform = c.platform;
        candidate.tier = c.tier.value_or("");
        candidate.followers = c.followers;
        candidate.fit = c.fit.known() ? c.fit.score : std::nan("");
        candidate.required = listed(brief.plan.include, c);
        candidate.discount = c.authenticity.known() ? c.authenticity.score / 100.0 : 1.0;
        candidate.discount_basis = c.authenticity.known() ? "views, interactions and earned media counted at its authenticity (" +
                                                                std::to_string(static_cast<int>(std::lround(c.authenticity.score))) + "%)"
                                                          : "counted in full: its authenticity is unknown";
        const auto found = sales.find(lower_ascii(c.handle));
        const Sales* own_sales = found != sales.end() ? &found->second : nullptr;
        if (!platforms.empty() && std::find(platforms.begin(), platforms.end(), lower_ascii(c.platform)) == platforms.end()) {
            candidate.excluded = "its platform is not among the plan's";
        } else if (listed(brief.plan.exclude, c)) {
            candidate.excluded = "on the exclude list";
        } else if (const Flag* unsafe = high_brand_safety(c)) {
            candidate.excluded = "a high brand-safety flag: " + unsafe->evidence;
        } else if (brief.plan.min_fit >= 0 && !(candidate.fit >= brief.plan.min_fit)) {
            candidate.excluded = candidate.fit >= 0 ? "its fit is below the plan's minimum" : "it has no fit, and the plan asks for a minimum";
        } else if (set_fee(c, currency, rates, candidate)) {
            double best = -1;
            for (const auto& d : offered(c)) {
                PlanCandidate trial = candidate;
                set_figures(d, own_sales, aov, trial);
                trial.value = goal_value(trial, goal);
                if (trial.value.known() && trial.value.expected > best) {
                    best = trial.value.expected;
                    candidate = std::move(trial);
                }
            }
            if (best < 0) candidate.excluded = "its posts give nothing to expect for this goal";
            candidate.value_basis = value_basis(candidate, goal, own_sales);
        }
        if (candidate.required && !candidate.excluded.empty()) candidate.required = false;
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

}  // namespace creatorscope
