// The plan JSON (plan_json.hpp). Money to the cent, expected figures to two decimals.
#include "report/plan_json.hpp"

#include <algorithm>
#include <cmath>

#include "creatorscope/format.hpp"

#include "report/report.hpp"

namespace creatorscope {

namespace {

using json = nlohmann::ordered_json;

json rounded(double value, double scale = 100.0) {
    if (!std::isfinite(value)) return nullptr;
    return std::round(value * scale) / scale;
}

json outcome_json(const PlanOutcome& o) { return {{"expected", rounded(o.expected)}, {"low", rounded(o.low)}, {"high", rounded(o.high)}}; }

json candidate_json(const PlanCandidate& c) {
    json j;
    j["handle"] = c.handle;
    j["platform"] = c.platform;
    j["tier"] = c.tier.empty() ? json(nullptr) : json(c.tier);
    j["cost"] = rounded(c.fee);
    j["value"] = rounded(c.value.expected);
    j["value_range"] = {rounded(c.value.low), rounded(c.value.high)};
    j["deliverable"] = c.deliverable.empty() ? json(nullptr) : json(c.deliverable);
    j["cost_estimated"] = c.fee_estimated;
    j["cost_range"] = {rounded(c.fee_low), rounded(c.fee_high)};
    j["cost_basis"] = c.fee_basis;
    j["value_basis"] = c.value_basis;
    j["expected"] = {{"views", outcome_json(c.views)}, {"interactions", outcome_json(c.interactions)},
                     {"orders", outcome_json(c.orders)}, {"revenue", outcome_json(c.revenue)}};
    j["posts"] = c.posts;
    j["discount"] = rounded(c.discount, 1e4);
    j["discount_basis"] = c.discount_basis;
    j["fit"] = rounded(c.fit, 10.0);
    j["required"] = c.required;
    j["excluded"] = c.excluded.empty() ? json(nullptr) : json(c.excluded);
    return j;
}

json totals_json(const PlanTotals& t) {
    return {{"name", t.name}, {"budget", rounded(t.budget)}, {"cost", rounded(t.cost)}, {"value", rounded(t.value)},
            {"creators", t.creators}, {"feasible", t.feasible}, {"optimal", t.optimal}};
}

}  // namespace

json plan_json(const BudgetPlan& plan) {
    json j;
    j["schema"] = "creatorscope.plan/1";
    j["goal"] = plan.goal;
    j["unit"] = plan.unit;
    j["currency"] = plan.currency;
    j["budget"] = rounded(plan.budget);
    j["total_cost"] = rounded(plan.total_cost);
    j["total_value"] = rounded(plan.total_value);
    j["total_value_range"] = {rounded(plan.total_low), rounded(plan.total_high)};
    j["feasible"] = plan.feasible;
    j["optimal"] = plan.optimal;
    j["gap"] = rounded(plan.gap, 1e6);
    j["bound"] = rounded(plan.bound);
    j["method"] = plan.method;
    j["note"] = plan.note.empty() ? json(nullptr) : json(plan.note);
    json selected = json::array();
    for (const auto& pick : plan.selected) {
        const PlanCandidate& c = plan.candidates[pick.candidate];
        json s = {{"handle", c.handle}, {"platform", c.platform}, {"tier", c.tier.empty() ? json(nullptr) : json(c.tier)},
                  {"cost", rounded(pick.cost)}, {"value", rounded(pick.value.expected)},
                  {"value_range", {rounded(pick.value.low), rounded(pick.value.high)}}, {"bookings", pick.bookings},
                  {"deliverable", c.deliverable}, {"cost_estimated", c.fee_estimated}, {"why", pick.why}};
        selected.push_back(std::move(s));
    }
    j["selected"] = std::move(selected);
    json tiers = json::array();
    for (const auto& t : plan.tiers) {
        tiers.push_back({{"tier", t.tier}, {"spend", rounded(t.spend)}, {"min_spend", rounded(t.min_spend)}, {"max_spend", rounded(t.max_spend)}});
    }
    j["tiers"] = std::move(tiers);
    j["curve"] = json::array();
    for (const auto& point : plan.curve) j["curve"].push_back(totals_json(point));
    j["comparisons"] = json::array();
    for (const auto& naive : plan.comparisons) j["comparisons"].push_back(totals_json(naive));
    json rates = json::array();
    for (const auto& r : plan.rates) {
        rates.push_back({{"platform", r.platform}, {"min_followers", rounded(r.min_followers)}, {"max_followers", rounded(r.max_followers)},
                         {"low", rounded(r.low)}, {"high", rounded(r.high)}});
    }
    j["rates"] = {{"currency", plan.rates_currency}, {"custom", plan.rates_custom}, {"source", plan.rates_source}, {"rows", std::move(rates)}};
    json candidates = json::array();
    for (const auto& c : plan.candidates) candidates.push_back(candidate_json(c));
    j["candidates"] = std::move(candidates);
    return j;
}


std::string plan_comparison_name(const std::string& name) {
    if (name == "optimal") return "This plan";
    if (name == "biggest creators first") return "Biggest creators first";
    if (name == "greedy by fit") return "Highest fit first";
    return name;
}

std::string plan_expected_words(const BudgetPlan& plan) {
    return plan.goal == "revenue" ? "Expected revenue" : plan.goal == "conversions" ? "Expected orders" : "Expected " + plan.unit;
}

std::string plan_return_words(const BudgetPlan& plan) {
    if (!(plan.total_cost > 0)) return "";
    const double each = plan.total_value / plan.total_cost;
    return "about " + format_number(each, each >= 100 ? 0 : 2) + " " + (plan.goal == "revenue" ? plan.currency : plan.unit) + " per " + plan.currency +
           " spent" + (plan.goal == "revenue" && each < 1 ? " (less than it costs)" : "");
}

std::vector<std::pair<std::string, double>> plan_spend_by_tier(const BudgetPlan& plan, const TierScheme& scheme) {
    std::vector<std::pair<std::string, double>> spend;
    for (const auto& pick : plan.selected) {
        const std::string& tier = plan.candidates[pick.candidate].tier;
        auto found = std::find_if(spend.begin(), spend.end(), [&](const auto& s) { return s.first == tier; });
        if (found == spend.end()) found = spend.insert(spend.end(), {tier, 0.0});
        found->second += pick.cost;
    }
    const auto rank = [&](const std::string& tier) {
        for (std::size_t k = 0; k < scheme.tiers().size(); ++k) {
            if (scheme.tiers()[k].name == tier) return k;
        }
        return scheme.tiers().size();
    };
    std::stable_sort(spend.begin(), spend.end(), [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    return spend;
}

std::string plan_tier_limits(const BudgetPlan& plan) {
    const auto share = [&](double amount) { return format_number(plan.budget > 0 ? amount / plan.budget * 100.0 : 0.0, 0) + "%"; };
    const auto money = [&](double amount) { return format_number(amount, 0) + " " + plan.currency; };
    std::string out;
    for (const auto& t : plan.tiers) {
        const bool low = t.min_spend > 0, high = std::isfinite(t.max_spend) && t.max_spend < plan.budget;
        if (!low && !high) continue;
        std::string part = t.tier + " ";
        if (low && high) {
            part += share(t.min_spend) + " to " + share(t.max_spend) + " (" + money(t.min_spend) + " to " + money(t.max_spend) + ")";
        } else if (low) {
            part += "at least " + share(t.min_spend) + " (" + money(t.min_spend) + ")";
        } else {
            part += "at most " + share(t.max_spend) + " (" + money(t.max_spend) + ")";
        }
        out += (out.empty() ? "" : "; ") + part;
    }
    return out;
}

std::string plan_csv(const BudgetPlan& plan) {
    std::string out = "handle,platform,tier,deliverable,bookings,cost,cost_estimated,currency,expected_" + plan.goal + ",low,high,unit,why\n";
    for (const auto& pick : plan.selected) {
        const PlanCandidate& c = plan.candidates[pick.candidate];
        const std::string cells[] = {csv_cell(c.handle), csv_cell(c.platform), csv_cell(c.tier), csv_cell(c.deliverable), std::to_string(pick.bookings),
                                     csv_number(pick.cost, 2), c.fee_estimated ? "yes" : "no", csv_cell(plan.currency), csv_number(pick.value.expected, 2),
                                     csv_number(pick.value.low, 2), csv_number(pick.value.high, 2), csv_cell(plan.unit), csv_cell(pick.why)};
        for (std::size_t k = 0; k < std::size(cells); ++k) out += (k > 0 ? "," : "") + cells[k];
        out += "\n";
    }
    out += "total,,,," + std::to_string(plan.selected.size()) + "," + csv_number(plan.total_cost, 2) + ",," + csv_cell(plan.currency) + "," +
           csv_number(plan.total_value, 2) + "," + csv_number(plan.total_low, 2) + "," + csv_number(plan.total_high, 2) + "," + csv_cell(plan.unit) + "," +
           csv_cell(plan.optimal ? "proved optimal" : "within " + csv_number(plan.gap * 100, 2) + "% of the best") + "\n";
    return out;
}

}  // namespace creatorscope
