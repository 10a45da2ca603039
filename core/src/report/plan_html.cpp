// The HTML report's Budget plan section (html_parts.hpp): the summary against the budget, the
// tiers' spend as a bar, what 80% to 120% of the budget buys as a curve, the optimum beside the
// two naive plans, the chosen creators with their expected outcome and range, and those not
// chosen with the reason. Inline SVG, no script (docs/plan.md).
#include <algorithm>
#include <cmath>

#include "report/html_parts.hpp"

namespace creatorscope::html {

namespace {

std::string goal_words(const std::string& goal) { return goal == "fit_reach" ? "fit-weighted reach" : goal; }

// A value of the goal in its unit: "46,499 USD", "1,204,000 views".
std::string value_text(double value, const BudgetPlan& plan) {
    if (!std::isfinite(value)) return "-";
    if (plan.goal == "revenue") return money(value, plan.unit);
    return (std::fabs(value) < 100 ? fixed(value, 1) : count(value)) + " " + escape(plan.unit);
}

std::string range_text(const PlanOutcome& o, const BudgetPlan& plan) {
    if (!std::isfinite(o.low) || !std::isfinite(o.high)) return "no range";
    return value_text(o.low, plan) + " to " + value_text(o.high, plan);
}

std::string summary(const BudgetPlan& plan) {
    std::string h = "<p>Goal: " + escape(goal_words(plan.goal)) + ". Budget " + money(plan.budget, plan.currency) + ", planned " +
                    money(plan.total_cost, plan.currency) + " (" + percent(plan.budget > 0 ? plan.total_cost / plan.budget : NAN, 1) + ") on " +
                    std::to_string(plan.selected.size()) + " creators. " + escape(plan_expected_words(plan)) + " " + value_text(plan.total_value, plan) +
                    (plan.total_cost > 0 ? ", " + escape(plan_return_words(plan)) : std::string()) + ". If every creator did as in their weaker or their stronger recent posts (the 10th and 90th percentiles): " +
                    value_text(plan.total_low, plan) + " to " + value_text(plan.total_high, plan) + ".</p>\n";
    if (plan.optimal) {
        h += "<p class=\"gain\">The best mix of creators for this goal and your limits, given these estimates: no other plan is worth more (proved by " +
             escape(plan.method) + ").</p>\n";
    } else {
        h += "<p class=\"medium\">Within " + percent(plan.gap) + " of the best possible: " + escape(plan.note) + " (" + escape(plan.method) + ").</p>\n";
    }
    return h;
}

// The spend of each tier across the budget as one stacked bar, with each tier's limits.
std::string tier_bar(const BudgetPlan& plan, const TierScheme& scheme) {
    static const char* colours[] = {"#345cde", "#008048", "#b06000", "#783caa", "#148296", "#962850"};
    const auto spend = plan_spend_by_tier(plan, scheme);
    const double width = 1000, height = 26;
    std::string h = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"" + fixed(height, 0) + "\" viewBox=\"0 0 " + fixed(width, 0) + " " +
                    fixed(height, 0) + "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Spend by tier\">";
    double x = 0;
    std::string legend;
    for (std::size_t k = 0; k < spend.size(); ++k) {
        const double w = plan.budget > 0 ? spend[k].second / plan.budget * width : 0;
        const std::string name = spend[k].first.empty() ? "no tier" : spend[k].first;
        h += std::string("<rect x=\"") + fixed(x, 1) + "\" y=\"0\" width=\"" + fixed(w, 1) + "\" height=\"" + fixed(height, 0) + "\" fill=\"" +
             colours[k % 6] + "\"><title>" + escape(name) + ": " + money(spend[k].second, plan.currency) + "</title></rect>";
        x += w;
        legend += std::string("<span><i style=\"background:") + colours[k % 6] + "\"></i>" + escape(name) + " " + money(spend[k].second, plan.currency) +
                  " (" + percent(plan.budget > 0 ? spend[k].second / plan.budget : NAN, 1) + ")</span>";
    }
    const bool unspent = plan.budget > 0 && plan.total_cost < plan.budget * 0.995;
    h += "</svg>\n<p class=\"legend\">" + (legend.empty() ? std::string("Nothing planned.") : legend) +
         (unspent ? " The rest of the bar is the budget left unspent." : "") + "</p>\n";
    const std::string limits = plan_tier_limits(plan);
    if (!limits.empty()) h += "<p class=\"muted\">Your limits on the tiers' spend: " + escape(limits) + ".</p>\n";
    return h;
}

// The optimum's value at 80% to 120% of the budget, points joined and labelled.
std::string curve(const BudgetPlan& plan) {
    if (plan.curve.empty()) return "";
    const double width = 520, height = 200, left = 40, right = width - 40, bottom = height - 40, top_y = 30;
    double top = 0;
    for (const auto& point : plan.curve) top = std::max(top, point.value);
    std::string h = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fixed(width, 0) + "\" height=\"" + fixed(height, 0) +
                    "\" role=\"img\" aria-label=\"Outcome against budget\"><polyline fill=\"none\" stroke=\"#345cde\" stroke-width=\"2\" points=\"";
    std::string marks;
    for (std::size_t k = 0; k < plan.curve.size(); ++k) {
        const auto& point = plan.curve[k];
        const double x = left + (right - left) * static_cast<double>(k) / static_cast<double>(std::max<std::size_t>(1, plan.curve.size() - 1));
        const double y = bottom - (bottom - top_y) * (top > 0 ? point.value / top : 0);
        h += fixed(x, 1) + "," + fixed(y, 1) + " ";
        const bool here = std::fabs(point.budget - plan.budget) <= 1e-6 * std::max(1.0, plan.budget);
        marks += "<circle cx=\"" + fixed(x, 1) + "\" cy=\"" + fixed(y, 1) + "\" r=\"" + (here ? "5" : "3.5") + "\" fill=\"" +
                 (here ? "#008048" : "#345cde") + "\"><title>" + escape(point.name) + ": " + money(point.budget, plan.currency) + " buys " +
                 value_text(point.value, plan) + "</title></circle><text x=\"" + fixed(x, 1) + "\" y=\"" + fixed(y - 9, 1) +
                 "\" text-anchor=\"middle\" style=\"font-size:11px;fill:#1d2330\">" + value_text(point.value, plan) + "</text><text x=\"" + fixed(x, 1) +
                 "\" y=\"" + fixed(bottom + 18, 1) + "\" text-anchor=\"middle\" style=\"font-size:11px;fill:#5b6475\">" + money(point.budget, plan.currency) +
                 "</text>";
    }
    h += "\"/>" + marks + "</svg><figcaption>What the best plan brings at 80% to 120% of the budget (the larger point is the budget as set).</figcaption></figure>\n";
    return h;
}

// The optimum beside the naive plans: cost, value, creators and the optimum's gain over each.
std::string comparison(const BudgetPlan& plan) {
    std::string h = "<table><thead><tr><th>Plan</th><th class=\"n\">Cost</th><th class=\"n\">Expected</th><th class=\"n\">Creators</th>"
                    "<th class=\"n\">This plan's advantage</th></tr></thead><tbody>\n";
    double best = plan.total_value;
    for (const auto& naive : plan.comparisons) {
        if (naive.name == "optimal") best = naive.value;
    }
    for (const auto& naive : plan.comparisons) {
        const bool optimum = naive.name == "optimal";
        const std::string gain = optimum            ? "-"
                                 : !naive.feasible  ? "it breaks the brief's limits"
                                 : naive.value > 0  ? signed_percent(best / naive.value - 1) + " more"
                                                    : "-";
        h += "<tr><td>" + escape(plan_comparison_name(naive.name)) + "</td><td class=\"n\">" + money(naive.cost, plan.currency) + "</td><td class=\"n\">" +
             value_text(naive.value, plan) + "</td><td class=\"n\">" + std::to_string(naive.creators) + "</td><td class=\"n\">" + gain + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
    bool minimums = false;
    for (const auto& t : plan.tiers) minimums = minimums || t.min_spend > 0;
    if (minimums) h += "<p class=\"muted\">The simpler plans book in their order while the budget and the tiers' maximums allow; they seek no tier's minimum.</p>\n";
    return h;
}

std::string chosen_table(const BudgetPlan& plan) {
    std::string h = "<table><thead><tr><th>Creator</th><th>Tier</th><th>Books</th><th class=\"n\">Cost</th><th class=\"n\">Expected</th>"
                    "<th>Range of its recent posts</th><th>Why chosen</th></tr></thead><tbody>\n";
    for (const auto& pick : plan.selected) {
        const PlanCandidate& c = plan.candidates[pick.candidate];
        h += "<tr><td>" + escape(c.handle) + " on " + escape(c.platform) + "</td><td>" + escape(c.tier.empty() ? "-" : c.tier) + "</td><td>" +
             std::to_string(pick.bookings) + " " + escape(c.deliverable.empty() ? "booking" : c.deliverable) + (pick.bookings > 1 ? "s" : "") +
             "</td><td class=\"n\">" + money(pick.cost, plan.currency) + (c.fee_estimated ? " (estimate)" : "") + "</td><td class=\"n\">" +
             value_text(pick.value.expected, plan) + "</td><td>" + range_text(pick.value, plan) + "</td><td>" + escape(pick.why) + "</td></tr>\n";
    }
    return h + "</tbody></table>\n";
}

std::string others_table(const BudgetPlan& plan) {
    std::vector<bool> chosen(plan.candidates.size(), false);
    for (const auto& pick : plan.selected) chosen[pick.candidate] = true;
    std::string rows;
    std::size_t shown = 0;
    for (std::size_t k = 0; k < plan.candidates.size(); ++k) {
        if (chosen[k]) continue;
        const PlanCandidate& c = plan.candidates[k];
        rows += "<tr><td>" + escape(c.handle) + " on " + escape(c.platform) + "</td><td class=\"n\">" +
                (std::isfinite(c.fee) ? money(c.fee, plan.currency) : std::string("-")) + "</td><td class=\"n\">" +
                (c.value.known() ? value_text(c.value.expected, plan) : std::string("-")) + "</td><td>" +
                escape(c.excluded.empty() ? "others bring more for the money within the limits" : c.excluded) + "</td></tr>\n";
        ++shown;
    }
    if (shown == 0) return "";
    return "<details><summary>Not chosen, and why (" + std::to_string(shown) + ")</summary>\n<table><thead><tr><th>Creator</th><th class=\"n\">Cost</th>"
           "<th class=\"n\">Expected per booking</th><th>Not chosen because</th></tr></thead><tbody>\n" + rows + "</tbody></table></details>\n";
}

}  // namespace

void write_plan_section(std::string& h, const BudgetPlan& plan, const TierScheme& tiers) {
    h += "<section id=\"plan\"><h2>Budget plan</h2>\n";
    if (!plan.feasible) {
        h += "<p class=\"medium\">No plan fits: " + escape(plan.note) + ".</p>\n";
    } else {
        h += summary(plan);
    }
    h += tier_bar(plan, tiers);
    h += "<h3>What more budget buys</h3>\n" + curve(plan);
    h += "<h3>Against simpler ways to spend the same budget</h3>\n" + comparison(plan);
    if (!plan.selected.empty()) h += "<h3>Chosen</h3>\n" + chosen_table(plan);
    h += others_table(plan);
    for (const auto& note : plan.notes) h += "<p class=\"muted\">" + escape(note) + "</p>\n";
    h += "</section>\n";
}

}  // namespace creatorscope::html
