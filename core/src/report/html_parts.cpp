// The HTML report's text helpers and extra sections (html_parts.hpp).
#include "report/html_parts.hpp"

#include <cmath>
#include <cstdio>

#include "ingest/dates.hpp"
#include "model/kinds.hpp"
#include "model/text.hpp"

namespace creatorscope::html {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string fixed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string count(double value) { return std::isnan(value) ? "-" : format_number(std::round(value), 0); }
std::string percent(double fraction, int decimals) {
    return std::isnan(fraction) || std::isinf(fraction) ? "-" : fixed(fraction * 100.0, decimals) + "%";
}
std::string signed_percent(double fraction) {
    if (std::isnan(fraction) || std::isinf(fraction)) return "-";
    return (fraction > 0 ? "+" : "") + fixed(fraction * 100.0, 1) + "%";
}
std::string money(double value, const std::string& currency) {
    if (std::isnan(value) || std::isinf(value)) return "-";
    const std::string amount = std::fabs(value) < 10 ? fixed(value, 2) : format_number(std::round(value), 0);
    return amount + (currency.empty() ? "" : " " + escape(currency));
}

namespace {

std::string day_text(std::int32_t day) { return format_date(static_cast<std::int64_t>(day) * 86400); }

std::string kind_words(Kind kind) {
    std::string words(kind_name(kind));
    for (char& c : words) c = c == '_' ? ' ' : c;
    return words;
}

// Why each column of a file was or was not used, as a folded list.
std::string columns_html(const InputFile& input) {
    if (input.mapping().empty()) return "";
    std::string h = "<details><summary>How its " + std::to_string(input.mapping().size()) + " columns were read</summary><ul>";
    for (const auto& column : input.mapping()) {
        const std::string why = column.why.empty() ? std::string("not read") : column.why;
        h += "<li><b>" + escape(column.source) + "</b>: " + escape(why) + "</li>";
    }
    return h + "</ul></details>";
}

}  // namespace

void write_files_section(std::string& h, const ReportView& view) {
    h += "<section id=\"files\"><h2>Files</h2>\n<table><thead><tr><th>File</th><th>Read as</th><th>Platform</th><th class=\"n\">Rows kept</th>"
         "<th class=\"n\">Rows rejected</th><th class=\"n\">Issues</th></tr></thead><tbody>\n";
    for (const auto& input : view.inputs) {
        std::string platform = input->inferred_platform().empty() ? "-" : escape(input->inferred_platform());
        if (!input->platform_why().empty()) platform += " <span class=\"muted\">(" + escape(input->platform_why()) + ")</span>";
        const std::string format = input->format_name().empty() ? "" : " <span class=\"muted\">(" + escape(input->format_name()) + ")</span>";
        h += "<tr><td>" + escape(input->name()) + columns_html(*input) + "</td><td>" + escape(kind_words(input->kind())) + format + "</td><td>" +
             platform + "</td><td class=\"n\">" + count(static_cast<double>(input->rows())) + "</td><td class=\"n\">" +
             count(static_cast<double>(input->rejected())) + "</td><td class=\"n\">" + count(static_cast<double>(input->issue_count())) +
             "</td></tr>\n";
    }
    h += "</tbody></table></section>\n";
}

std::string profile_line(const CreatorResult& c) {
    std::string line;
    for (const std::string* part : {&c.name, &c.category, &c.country, &c.email}) {
        if (!part->empty()) line += (line.empty() ? "" : " \xC2\xB7 ") + escape(*part);
    }
    if (!std::isnan(c.posts_on_account)) line += (line.empty() ? "" : "; ") + count(c.posts_on_account) + " posts on the account (the roster says)";
    return line;
}

std::string account_figures(const AccountMetrics& a) {
    std::string h;
    const auto figure = [&](const std::string& label, const std::string& value) { h += "<dt>" + escape(label) + "</dt><dd>" + escape(value) + "</dd>"; };
    if (a.days > 0) figure("The account as a whole", std::to_string(a.days) + " days, " + day_text(a.first_day) + " to " + day_text(a.last_day));
    if (!std::isnan(a.views)) {
        figure("Video views", count(a.views) + " in " + std::to_string(a.days) + " days" +
                                  (std::isnan(a.views_28d) ? "" : "; " + count(a.views_28d) + " in the last 28"));
    }
    if (!std::isnan(a.profile_views)) figure("Profile views", count(a.profile_views) + " in " + std::to_string(a.days) + " days");
    if (!std::isnan(a.new_viewers)) figure("New / returning viewers", count(a.new_viewers) + " / " + count(a.returning_viewers));
    if (a.peak_hour >= 0) figure("Followers most active", std::to_string(a.peak_hour) + ":00, " + count(a.peak_active_followers) + " on average");
    return h;
}

std::string brief_score_figures(const CreatorResult& c) {
    std::string h;
    const auto score = [&](const std::string& label, const BriefScore& s, bool ranked) {
        if (!s.known() && s.parts.empty()) return;
        std::string value = s.known() ? fixed(s.score, 0) + " / 100" : std::string("unknown");
        if (ranked && s.rank > 0) value += ", rank " + std::to_string(s.rank);
        if (s.known()) value += " <span class=\"muted\">(" + fixed(s.coverage * 100.0, 0) + "% of it rests on data)</span>";
        std::string parts;
        for (const auto& part : s.parts) {
            parts += "<li>" + escape(part.name) + ": " + (part.known() ? fixed(part.score, 0) : std::string("unknown")) +
                     " <span class=\"muted\">" + escape(part.basis) + "</span></li>";
        }
        h += "<dt>" + escape(label) + "</dt><dd>" + value + (parts.empty() ? "" : "<ul class=\"parts\">" + parts + "</ul>") + "</dd>";
    };
    score("Alignment with the brief", c.alignment, false);
    score("Fit for the brief", c.fit, true);
    return h;
}

std::string breakdowns_html(const CreatorResult& c) {
    std::string h;
    for (const auto& b : c.breakdowns) {
        const double views = b.total_views();
        h += "<table class=\"breakdown\"><caption>" + escape(b.of == "posts" ? "Its videos' views" : "The channel's views") + " by " +
             escape(b.dimension) + " <span class=\"muted\">(" + escape(b.input) + ")</span></caption><thead><tr><th>" + escape(b.dimension) +
             "</th><th class=\"n\">Views</th><th class=\"n\">Share</th><th class=\"n\">Comments</th></tr></thead><tbody>";
        for (const auto& part : b.parts) {
            h += "<tr><td>" + escape(part.value) + "</td><td class=\"n\">" + count(part.views) + "</td><td class=\"n\">" +
                 (views > 0 && !std::isnan(part.views) ? percent(part.views / views, 1) : "-") + "</td><td class=\"n\">" + count(part.comments) +
                 "</td></tr>";
        }
        h += "</tbody></table>\n";
    }
    return h;
}

// In the order starred; a starred creator no longer loaded is named as such.
void write_shortlist_section(std::string& h, const ReportView& view) {
    if (view.shortlist == nullptr || view.shortlist->empty()) return;
    h += "<section id=\"shortlist\"><h2>Shortlist</h2>\n<p class=\"muted\">" + std::to_string(view.shortlist->entries().size()) +
         " creators starred in CreatorScope, in the order starred.</p>\n<table><thead><tr><th>Handle</th><th>Name</th><th>Platform</th>"
         "<th class=\"n\">Followers</th><th>Tier</th><th class=\"n\">Authenticity</th><th class=\"n\">Alignment</th>"
         "<th class=\"n\">Fit</th><th class=\"n\">Fee</th><th>Email</th><th>Country</th></tr></thead><tbody>\n";
    const auto score = [](bool known, double value) { return known ? fixed(value, 0) : std::string("-"); };
    for (const auto& key : view.shortlist->entries()) {
        std::size_t i = 0;
        while (i < view.creators.size() && !(view.creators[i].handle == key.handle && view.creators[i].platform == key.platform)) ++i;
        if (i == view.creators.size()) {
            h += "<tr><td>" + escape(key.handle) + "</td><td colspan=\"10\" class=\"muted\">" + escape(key.platform) +
                 ": not in the loaded data</td></tr>\n";
            continue;
        }
        const CreatorResult& c = view.creators[i];
        h += "<tr><td><a href=\"#" + creator_id(i) + "\">" + escape(c.handle) + "</a></td><td>" + escape(c.name) + "</td><td>" +
             escape(c.platform) + "</td><td class=\"n\">" + count(c.followers) + "</td><td>" + escape(c.tier.value_or("-")) +
             "</td><td class=\"n\">" + score(c.authenticity.known(), c.authenticity.score) + "</td><td class=\"n\">" +
             score(c.alignment.known(), c.alignment.score) + "</td><td class=\"n\">" + score(c.fit.known(), c.fit.score) +
             "</td><td class=\"n\">" + money(c.cost.fee, c.currency) + "</td><td>" + escape(c.email) + "</td><td>" + escape(c.country) +
             "</td></tr>\n";
    }
    h += "</tbody></table></section>\n";
}

}  // namespace creatorscope::html
