// The HTML report: one self-contained file (inline CSS and SVG charts, no script, no request
// to anywhere: its Content-Security-Policy forbids them) that opens in any browser, offline,
// and prints well. The same bytes from the CLI (--html) and the page (Export, HTML report).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "ingest/dates.hpp"
#include "model/kinds.hpp"
#include "report/html_parts.hpp"
#include "report/report.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

using html::count;
using html::escape;
using html::fixed;
using html::money;
using html::percent;
using html::signed_percent;

using html::creator_id;

constexpr const char* style = R"css(
:root { --ink: #1d2330; --muted: #5f6878; --line: #d8dce5; --accent: #345cde; --high: #be1e2d; --medium: #b06000; --low: #5f6878; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1120px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 6px; }
p.muted, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f7; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f7f8fb; }
nav a { margin-right: 14px; }
a { color: var(--accent); }
.high { color: var(--high); font-weight: 600; }
.medium { color: var(--medium); }
.low, .info { color: var(--low); }
.gain { color: #00804a; }
.loss { color: var(--high); }
article.creator { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 14px 0; break-inside: avoid-page; }
dl.figures { display: grid; grid-template-columns: 190px 1fr; gap: 2px 12px; margin: 6px 0 10px; }
dl.figures dt { color: var(--muted); }
dl.figures dd { margin: 0; }
ul.flags { margin: 4px 0 10px; padding-left: 20px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure { margin: 0; width: 340px; }
figcaption { font-size: 12px; color: var(--muted); }
table.breakdown { width: auto; min-width: 340px; }
table.breakdown caption { text-align: left; font-size: 12px; color: var(--muted); }
details summary { color: var(--muted); font-size: 12px; cursor: pointer; }
details ul { margin: 2px 0 4px; padding-left: 18px; font-size: 12px; }
p.who { margin: 0 0 4px; }
ul.parts { margin: 2px 0; padding-left: 18px; font-size: 12px; }
svg { background: #fbfcfe; border: 1px solid var(--line); }
svg text { font: 10px "DejaVu Sans", Helvetica, Arial, sans-serif; fill: #5f6878; }
.legend span { display: inline-block; margin-right: 12px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid-page; }
  tr, figure { break-inside: avoid-page; }
  svg, th, tbody tr:nth-child(even) { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)css";

// An SVG chart frame: plot area inside margins, with the data's range mapped onto it.
struct Frame {
    double width = 340, height = 170;
    double left = 46, right = 10, top = 10, bottom = 24;
    double x_min = 0, x_max = 1, y_min = 0, y_max = 1;
    double x(double v) const { return left + (x_max > x_min ? (v - x_min) / (x_max - x_min) : 0.5) * (width - left - right); }
    double y(double v) const { return height - bottom - (y_max > y_min ? (v - y_min) / (y_max - y_min) : 0.5) * (height - top - bottom); }
};

std::string svg_open(const Frame& f, const std::string& label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fixed(f.width, 0) + "\" height=\"" + fixed(f.height, 0) +
           "\" viewBox=\"0 0 " + fixed(f.width, 0) + " " + fixed(f.height, 0) + "\" role=\"img\" aria-label=\"" + escape(label) + "\">";
}

// Axes with the lowest and highest value of each written at its end.
std::string axes(const Frame& f, const std::string& y_low, const std::string& y_high, const std::string& x_low, const std::string& x_high) {
    std::string s;
    s += "<line x1=\"" + fixed(f.left, 1) + "\" y1=\"" + fixed(f.top, 1) + "\" x2=\"" + fixed(f.left, 1) + "\" y2=\"" +
         fixed(f.height - f.bottom, 1) + "\" stroke=\"#9aa3b2\"/>";
    s += "<line x1=\"" + fixed(f.left, 1) + "\" y1=\"" + fixed(f.height - f.bottom, 1) + "\" x2=\"" + fixed(f.width - f.right, 1) +
         "\" y2=\"" + fixed(f.height - f.bottom, 1) + "\" stroke=\"#9aa3b2\"/>";
    s += "<text x=\"" + fixed(f.left - 4, 1) + "\" y=\"" + fixed(f.top + 8, 1) + "\" text-anchor=\"end\">" + escape(y_high) + "</text>";
    s += "<text x=\"" + fixed(f.left - 4, 1) + "\" y=\"" + fixed(f.height - f.bottom, 1) + "\" text-anchor=\"end\">" + escape(y_low) + "</text>";
    s += "<text x=\"" + fixed(f.left, 1) + "\" y=\"" + fixed(f.height - 8, 1) + "\">" + escape(x_low) + "</text>";
    s += "<text x=\"" + fixed(f.width - f.right, 1) + "\" y=\"" + fixed(f.height - 8, 1) + "\" text-anchor=\"end\">" + escape(x_high) + "</text>";
    return s;
}

// Engagement rate of each post over time, the creator's median as a line and the published
// reference band (average) behind them.
std::string rate_chart(const CreatorResult& c) {
    std::vector<std::pair<double, double>> points;  // (time, rate)
    for (const auto& p : c.engagement.per_post) {
        if (p.published_at != missing_time && !std::isnan(p.rate)) points.emplace_back(static_cast<double>(p.published_at), p.rate);
    }
    if (points.size() < 2) return {};
    std::sort(points.begin(), points.end());
    Frame f;
    f.x_min = points.front().first;
    f.x_max = points.back().first;
    f.y_max = 0;
    for (const auto& [t, r] : points) f.y_max = std::max(f.y_max, r);
    const ReferenceRow* band = c.benchmark.reference;
    if (band != nullptr) f.y_max = std::max(f.y_max, band->average_high / 100.0);
    f.y_max *= 1.1;
    std::string s = svg_open(f, "Engagement rate per post over time");
    if (band != nullptr) {
        const double y_high = f.y(band->average_high / 100.0), y_low = f.y(band->average_low / 100.0);
        s += "<rect x=\"" + fixed(f.left, 1) + "\" y=\"" + fixed(y_high, 1) + "\" width=\"" + fixed(f.width - f.left - f.right, 1) +
             "\" height=\"" + fixed(y_low - y_high, 1) + "\" fill=\"#0072b2\" fill-opacity=\"0.12\"/>";
    }
    s += axes(f, "0%", percent(f.y_max, 1), format_date(static_cast<std::int64_t>(f.x_min)), format_date(static_cast<std::int64_t>(f.x_max)));
    std::string line;
    for (const auto& [t, r] : points) line += fixed(f.x(t), 1) + "," + fixed(f.y(r), 1) + " ";
    s += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#345cde\" stroke-opacity=\"0.45\"/>";
    for (const auto& [t, r] : points) s += "<circle cx=\"" + fixed(f.x(t), 1) + "\" cy=\"" + fixed(f.y(r), 1) + "\" r=\"2.5\" fill=\"#345cde\"/>";
    if (c.engagement.available) {
        const double y = f.y(c.engagement.rate);
        s += "<line x1=\"" + fixed(f.left, 1) + "\" y1=\"" + fixed(y, 1) + "\" x2=\"" + fixed(f.width - f.right, 1) + "\" y2=\"" + fixed(y, 1) +
             "\" stroke=\"#d55e00\" stroke-dasharray=\"4 3\"/>";
    }
    s += "</svg>";
    std::string caption = "Engagement rate per post (by " + c.engagement.denominator + "); dashed: the rate of " +
                          percent(c.engagement.rate) + " (" + c.engagement.statistic + ")";
    if (band != nullptr) caption += "; shaded: the average band of " + band->source;
    return "<figure>" + s + "<figcaption>" + escape(caption) + "</figcaption></figure>";
}

// Followers over time with the days of spikes and drops marked.
std::string followers_chart(const CreatorResult& c) {
    const auto& series = c.follower_series;
    if (series.size() < 2) return {};
    Frame f;
    f.x_min = static_cast<double>(series.front().time());
    f.x_max = static_cast<double>(series.back().time());
    f.y_min = f.y_max = series.front().followers;
    for (const auto& p : series) {
        f.y_min = std::min(f.y_min, static_cast<double>(p.followers));
        f.y_max = std::max(f.y_max, static_cast<double>(p.followers));
    }
    const double pad = std::max(1.0, (f.y_max - f.y_min) * 0.08);
    f.y_min = std::max(0.0, f.y_min - pad);
    f.y_max += pad;
    std::string s = svg_open(f, "Followers over time");
    s += axes(f, format_compact(f.y_min), format_compact(f.y_max), format_date(static_cast<std::int64_t>(f.x_min)), format_date(static_cast<std::int64_t>(f.x_max)));
    std::string line;
    for (const auto& p : series) line += fixed(f.x(static_cast<double>(p.time())), 1) + "," + fixed(f.y(p.followers), 1) + " ";
    s += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#009e73\" stroke-width=\"1.5\"/>";
    int marks = 0;
    for (const auto& flag : c.flags) {
        if (flag.id != "FOLLOWER_SPIKE" && flag.id != "FOLLOWER_DROP") continue;
        for (const auto& date : flag.dates) {
            for (const auto& p : series) {
                if (format_date(p.time()) != date) continue;
                const double x = f.x(static_cast<double>(p.time())), y = f.y(p.followers);
                const bool spike = flag.id == "FOLLOWER_SPIKE";
                s += "<path d=\"M" + fixed(x, 1) + "," + fixed(spike ? y - 3 : y + 3, 1) + " l-5," + (spike ? "-8" : "8") + " h10 z\" fill=\"#be1e2d\"><title>" +
                     escape(flag.id + " " + date) + "</title></path>";
                ++marks;
            }
        }
    }
    s += "</svg>";
    std::string caption = "Followers, " + format_date(series.front().time()) + " to " + format_date(series.back().time());
    if (marks > 0) caption += "; red marks: the days of follower spikes or drops";
    return "<figure>" + s + "<figcaption>" + escape(caption) + "</figcaption></figure>";
}

// Likes against comments, one dot per post: a pod or bought comments stand apart from the line.
std::string likes_comments_chart(const CreatorResult& c) {
    std::vector<std::pair<double, double>> points;
    for (const auto& p : c.engagement.per_post) {
        if (!std::isnan(p.likes) && !std::isnan(p.comments)) points.emplace_back(p.likes, p.comments);
    }
    if (points.size() < 2) return {};
    Frame f;
    f.x_max = f.y_max = 0;
    for (const auto& [l, m] : points) {
        f.x_max = std::max(f.x_max, l);
        f.y_max = std::max(f.y_max, m);
    }
    f.x_max = std::max(1.0, f.x_max * 1.05);
    f.y_max = std::max(1.0, f.y_max * 1.1);
    std::string s = svg_open(f, "Likes against comments per post");
    s += axes(f, "0", format_compact(f.y_max), "0 likes", format_compact(f.x_max));
    for (const auto& [l, m] : points) s += "<circle cx=\"" + fixed(f.x(l), 1) + "\" cy=\"" + fixed(f.y(m), 1) + "\" r=\"2.5\" fill=\"#cc79a7\"/>";
    s += "</svg>";
    return "<figure>" + s + "<figcaption>Comments (up) against likes (across), one dot per post of the window</figcaption></figure>";
}

std::string flag_summary(const CreatorResult& c) {
    if (c.flags.empty()) return "none";
    std::map<std::string, int> by;
    for (const auto& f : c.flags) ++by[f.severity];
    std::string out;
    for (const char* severity : {"high", "medium", "low", "info"}) {
        if (by.count(severity) == 0) continue;
        if (!out.empty()) out += ", ";
        out += "<span class=\"" + std::string(severity) + "\">" + std::to_string(by[severity]) + " " + severity + "</span>";
    }
    return out;
}

void write_creator(std::string& h, const CreatorResult& c, std::size_t index) {
    h += "<article class=\"creator\" id=\"" + creator_id(index) + "\"><h3>" + escape(c.handle) + " <span class=\"muted\">" +
         escape(c.platform.empty() ? "platform unknown" : c.platform) + "</span></h3>\n";
    if (const std::string who = html::profile_line(c); !who.empty()) h += "<p class=\"who\">" + who + "</p>\n";
    h += "<dl class=\"figures\">";
    const auto figure = [&](const std::string& label, const std::string& value) {
        h += "<dt>" + escape(label) + "</dt><dd>" + value + "</dd>";
    };
    figure("Followers, tier", escape(count(c.followers)) + ", " + escape(c.tier.value_or("no tier")));
    const Engagement& e = c.engagement;
    figure("Engagement rate", e.available ? escape(percent(e.rate)) + " <span class=\"muted\">" + escape(describe_formula(e)) + "</span>"
                                          : "<span class=\"muted\">" + escape(e.note.empty() ? "not available" : e.note) + "</span>");
    if (c.benchmark.peers > 0 || c.benchmark.reference != nullptr) {
        std::string text;
        if (c.engagement.available && c.tier) text = describe_peer_rank(c);
        if (c.benchmark.reference != nullptr) text += (text.empty() ? "" : "; ") + c.benchmark.band + " against " + c.benchmark.reference->source;
        if (text.empty()) text = "no peers loaded";
        figure("Against peers and benchmarks", escape(text));
    }
    if (c.growth.available) {
        figure("Follower growth", escape(signed_percent(c.growth.growth_30d) + " in 30 days, " + signed_percent(c.growth.growth_90d) +
                                         " in 90 days; " + fixed(c.growth.avg_daily_change, 1) + " a day on average"));
    }
    if (!std::isnan(c.cadence.posts_per_week)) {
        figure("Posting", escape(fixed(c.cadence.posts_per_week, 1) + " posts a week over 90 days; longest gap " +
                                 fixed(c.cadence.longest_gap_days, 0) + " days; last post " + fixed(c.cadence.days_since_last_post, 0) +
                                 " days before the report date"));
    }
    if (!std::isnan(c.cost.fee)) {
        figure("Cost per post", escape(money(c.cost.fee, c.currency) + "; CPE " + money(c.cost.cpe, c.currency) + ", CPM " +
                                       money(c.cost.cpm, c.currency) + ", EMV " + money(c.cost.emv, "USD") + ", ROI " + signed_percent(c.cost.roi)));
    }
    std::string authenticity = c.authenticity.known() ? fixed(c.authenticity.score, 0) + " / 100" : "unknown";
    for (const auto& [id, points] : c.authenticity.deductions) authenticity += "; -" + fixed(points, 0) + " " + id;
    if (!c.authenticity.basis.empty()) authenticity += " (" + c.authenticity.basis + ")";
    figure("Authenticity", escape(authenticity));
    h += html::brief_score_figures(c);
    if (c.account) h += html::account_figures(*c.account);
    h += "</dl>\n" + html::breakdowns_html(c);
    if (c.flags.empty()) {
        h += "<p class=\"muted\">No red flag.</p>\n";
    } else {
        h += "<ul class=\"flags\">";
        for (const auto& f : c.flags) {
            h += "<li><span class=\"" + escape(f.severity) + "\">" + escape(f.severity) + " " + escape(f.id) + "</span>: " + escape(f.evidence);
            if (!f.dates.empty()) {
                h += " <span class=\"muted\">(";
                for (std::size_t k = 0; k < f.dates.size() && k < 6; ++k) h += (k ? ", " : "") + escape(f.dates[k]);
                if (f.dates.size() > 6) h += ", ...";
                h += ")</span>";
            }
            h += "</li>";
        }
        h += "</ul>\n";
    }
    const std::string charts = rate_chart(c) + followers_chart(c) + likes_comments_chart(c);
    if (!charts.empty()) h += "<div class=\"charts\">" + charts + "</div>\n";
    h += "</article>\n";
}

// Each creator's cost and what the Markov model credits them with, and the ROAS range across models.
void write_creator_returns(std::string& h, const AttributionResult& a) {
    if (a.creators.empty()) return;
    h += "<h3>Creators' return (orders credited by the Markov model; ROAS range across all seven models)</h3>\n"
         "<table><thead><tr><th>Creator</th><th class=\"n\">Cost</th><th class=\"n\">Orders</th><th class=\"n\">Revenue</th>"
         "<th class=\"n\">CPA</th><th class=\"n\">ROAS</th><th class=\"n\">ROI</th><th class=\"n\">ROAS across models</th></tr></thead><tbody>\n";
    for (const auto& c : a.creators) {
        const auto& f = c.models.at("markov");
        const std::string currency = c.currency.empty() ? a.currency : c.currency;
        double low = INFINITY, high = -INFINITY;
        for (const auto& [model, figures] : c.models) {
            if (!figures.roas) continue;
            low = std::min(low, *figures.roas);
            high = std::max(high, *figures.roas);
        }
        const std::string roi_class = f.roi ? (*f.roi >= 0 ? "gain" : "loss") : "muted";
        h += "<tr><td>" + escape(c.handle) + "</td><td class=\"n\">" + money(c.cost, currency) + "</td><td class=\"n\">" + fixed(f.conversions, 1) +
             "</td><td class=\"n\">" + money(f.value, a.currency) + "</td><td class=\"n\">" + (f.cpa ? money(*f.cpa, currency) : "-") +
             "</td><td class=\"n\">" + (f.roas ? fixed(*f.roas, 2) + "x" : "-") + "</td><td class=\"n " + roi_class + "\">" +
             (f.roi ? signed_percent(*f.roi) : "-") + "</td><td class=\"n\">" +
             (std::isfinite(low) ? fixed(low, 2) + "x to " + fixed(high, 2) + "x" : "-") + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
}

void write_attribution(std::string& h, const AttributionResult& a) {
    static const std::vector<std::pair<const char*, const char*>> models{
        {"first_touch", "First touch"}, {"last_touch", "Last touch"}, {"linear", "Linear"}, {"time_decay", "Time decay"},
        {"position_based", "Position based"}, {"markov", "Markov"}, {"shapley", "Shapley"}};
    static const char* colours[] = {"#e69f00", "#56b4e9", "#009e73", "#ccb800", "#0072b2", "#d55e00", "#cc79a7"};
    const JourneyStats& s = a.journeys;
    h += "<section id=\"attribution\"><h2>Attribution</h2>\n<p>";
    if (s.orders > 0) {
        h += escape(count(static_cast<double>(s.orders)) + " orders: " + count(static_cast<double>(s.orders_with_touches + s.orders_by_code_only)) +
                    " attributed, worth " + money(a.value, a.currency) + ", by tracked visits within " + fixed(a.settings.lookback_days, 0) +
                    " days or a creator's discount code; " + count(static_cast<double>(s.orders_unattributed)) + " not attributed. ");
    }
    if (s.path_rows > 0) h += escape(count(static_cast<double>(s.path_rows)) + " journeys from path files. ");
    h += escape("Settings: lookback " + fixed(a.settings.lookback_days, 0) + " days, time-decay half-life " + fixed(a.settings.half_life_days, 1) +
                " days, position based " + fixed(a.settings.first_share * 100, 0) + "/" + fixed((1 - a.settings.first_share - a.settings.last_share) * 100, 0) +
                "/" + fixed(a.settings.last_share * 100, 0) + ", Markov order " + std::to_string(a.settings.markov_order) + ".");
    h += "</p>\n";
    for (const auto& note : a.notes) h += "<p class=\"medium\">" + escape(note) + "</p>\n";
    write_creator_returns(h, a);
    // Channels by model: grouped bars, then the table.
    const auto& linear = a.credits.at("linear");
    std::vector<std::size_t> order(linear.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return linear[x].conversions > linear[y].conversions; });
    const std::size_t shown = std::min<std::size_t>(order.size(), 30);
    if (shown > 0) {
        double top = 0;
        for (std::size_t k = 0; k < shown; ++k) {
            for (const auto& [id, name] : models) top = std::max(top, a.credits.at(id)[order[k]].conversions);
        }
        const double bar = 5, group = bar * 7 + 8, label = 150, width = 560;
        const double height = group * static_cast<double>(shown) + 6;
        h += "<h3>Orders by channel and model</h3>\n<p class=\"legend\">";
        for (std::size_t m = 0; m < models.size(); ++m) h += std::string("<span><i style=\"background:") + colours[m] + "\"></i>" + models[m].second + "</span>";
        h += "</p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fixed(label + width + 60, 0) + "\" height=\"" + fixed(height, 0) +
             "\" role=\"img\" aria-label=\"Orders by channel and model\">";
        for (std::size_t k = 0; k < shown; ++k) {
            const double y0 = 4 + group * static_cast<double>(k);
            h += "<text x=\"4\" y=\"" + fixed(y0 + group / 2, 1) + "\" style=\"font-size:11px;fill:#1d2330\">" + escape(linear[order[k]].channel) + "</text>";
            for (std::size_t m = 0; m < models.size(); ++m) {
                const double v = a.credits.at(models[m].first)[order[k]].conversions;
                const double w = top > 0 ? std::max(1.0, v / top * width) : 1.0;
                h += "<rect x=\"" + fixed(label, 0) + "\" y=\"" + fixed(y0 + bar * static_cast<double>(m), 1) + "\" width=\"" + fixed(w, 1) +
                     "\" height=\"" + fixed(bar - 1, 1) + "\" fill=\"" + colours[m] + "\"><title>" + escape(linear[order[k]].channel) + ", " +
                     models[m].second + ": " + fixed(v, 1) + " orders</title></rect>";
            }
        }
        h += "</svg>\n";
    }
    h += "<table><thead><tr><th>Channel</th>";
    for (const auto& [id, name] : models) h += std::string("<th class=\"n\">") + name + "</th>";
    h += "<th class=\"n\">Removal effect</th></tr></thead><tbody>\n";
    for (const std::size_t c : order) {
        h += "<tr><td>" + escape(linear[c].channel) + "</td>";
        for (const auto& [id, name] : models) h += "<td class=\"n\">" + fixed(a.credits.at(id)[c].conversions, 1) + "</td>";
        h += "<td class=\"n\">" + (c < a.removal_effects.size() ? percent(a.removal_effects[c], 1) : std::string("-")) + "</td></tr>\n";
    }
    h += "</tbody></table>\n<p class=\"muted\">" + escape("Orders each model credits to each channel. Shapley: " + a.shapley_method +
                                                       ". Markov: removal effects solved exactly from the chain of " +
                                                       std::to_string(a.markov_states) +
                                                       " states; its revenue is split by value removal effects (the revenue lost without each).") + "</p>\n</section>\n";
}

}  // namespace

// The page is made in a buffer that goes to the sink whenever it passes 64 KiB, so a report of
// any size is never held whole.
void write_report_html(const ReportView& view, TextSink& sink) {
    constexpr std::size_t spill_bytes = 64 * 1024;
    std::string h;
    h.reserve(2 * spill_bytes);
    const auto spill = [&] {
        if (h.size() < spill_bytes) return;
        sink.write(h);
        h.clear();
    };
    const std::string date = view.as_of.empty() ? "no date in the data" : view.as_of;
    h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>CreatorScope report, " +
         escape(date) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
    std::size_t rows = 0;
    for (const auto& input : view.inputs) rows += input->rows();
    h += "<header><h1>CreatorScope report</h1><p class=\"muted\">Report date " + escape(date) + "; tier scheme " + escape(view.tiers.name()) +
         "; " + count(static_cast<double>(view.creators.size())) + " creator accounts from " + count(static_cast<double>(view.inputs.size())) +
         " files (" + count(static_cast<double>(rows)) +
         " rows). Made by CreatorScope on the user's own machine: no data was uploaded. Every figure's formula is given beside it; "
         "the project's docs/metrics.md, docs/flags.md and docs/attribution.md give their sources.</p></header>\n";
    h += "<nav><a href=\"#files\">Files</a><a href=\"#roster\">Roster</a>";
    if (view.attribution != nullptr) h += "<a href=\"#attribution\">Attribution</a>";
    if (view.shortlist != nullptr && !view.shortlist->empty()) h += "<a href=\"#shortlist\">Shortlist</a>";
    if (view.pipeline != nullptr && !view.pipeline->empty()) h += "<a href=\"#pipeline\">Pipeline</a>";
    if (view.plan != nullptr) h += "<a href=\"#plan\">Plan</a>";
    h += "<a href=\"#creators\">Creators</a></nav>\n";

    html::write_files_section(h, view);

    h += "<section id=\"roster\"><h2>Roster</h2>\n<table><thead><tr><th>Handle</th><th>Platform</th><th class=\"n\">Followers</th><th>Tier</th>"
         "<th class=\"n\">Authenticity</th><th class=\"n\">Fit</th><th>Flags</th><th class=\"n\">Engagement rate</th><th>By</th><th class=\"n\">Peer rank</th>"
         "<th class=\"n\">Growth 30d</th><th class=\"n\">Posts/week</th><th class=\"n\">CPE</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < view.creators.size(); ++i) {
        const CreatorResult& c = view.creators[i];
        h += "<tr><td><a href=\"#" + creator_id(i) + "\">" + escape(c.handle) + "</a></td><td>" + escape(c.platform) + "</td><td class=\"n\">" +
             count(c.followers) + "</td><td>" + escape(c.tier.value_or("-")) + "</td><td class=\"n\">" + (c.authenticity.known() ? fixed(c.authenticity.score, 0) : std::string("-")) + "</td><td class=\"n\">" +
             (c.fit.known() ? fixed(c.fit.score, 0) : std::string("-")) + "</td><td>" +
             flag_summary(c) + "</td><td class=\"n\">" + (c.engagement.available ? percent(c.engagement.rate) : "-") + "</td><td>" +
             escape(c.engagement.available ? c.engagement.denominator : "") + "</td><td class=\"n\">" +
             (std::isnan(c.benchmark.percentile) ? "-" : fixed(c.benchmark.percentile, 0)) + "</td><td class=\"n\">" +
             signed_percent(c.growth.growth_30d) + "</td><td class=\"n\">" +
             (std::isnan(c.cadence.posts_per_week) ? "-" : fixed(c.cadence.posts_per_week, 1)) + "</td><td class=\"n\">" +
             money(c.cost.cpe, c.currency) + "</td></tr>\n";
        spill();
    }
    h += "</tbody></table></section>\n";
    html::write_shortlist_section(h, view);
    html::write_pipeline_section(h, view);
    if (view.plan != nullptr) html::write_plan_section(h, *view.plan, view.tiers);

    if (view.attribution != nullptr) write_attribution(h, *view.attribution);

    h += "<section id=\"creators\"><h2>Creators</h2>\n";
    for (std::size_t i = 0; i < view.creators.size(); ++i) {
        write_creator(h, view.creators[i], i);
        spill();
    }
    h += "</section>\n</body>\n</html>\n";
    sink.write(h);
}

std::string write_report_html(const ReportView& view) {
    std::string h;
    h.reserve(64 * 1024 + view.creators.size() * 6 * 1024);
    StringSink sink(h);
    write_report_html(view, sink);
    return h;
}

}  // namespace creatorscope
