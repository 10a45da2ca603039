// The HTML report's Pipeline section (html_parts.hpp): how many deals stand at each status, then
// one row per creator in the pipeline (the shortlisted in the order starred, then any other with
// recorded work) with the status, the day each step was reached, the agreed fee, deliverables
// and notes. Written only once a deal has been recorded: a shortlist alone is the Shortlist section.
#include <algorithm>

#include "report/html_parts.hpp"

namespace creatorscope::html {

namespace {

std::size_t creator_index(const ReportView& view, const CreatorKey& key) {
    std::size_t i = 0;
    while (i < view.creators.size() && !(view.creators[i].handle == key.handle && view.creators[i].platform == key.platform)) ++i;
    return i;
}

// "Contacted 2026-10-02; Replied 2026-10-04": every step reached, in order.
std::string reached_text(const Deal& deal) {
    std::string text;
    for (std::size_t s = 0; s < deal_status_count; ++s) {
        if (deal.reached[s].empty()) continue;
        text += (text.empty() ? "" : "; ") + std::string(deal_status_label(static_cast<DealStatus>(s))) + " " + deal.reached[s];
    }
    return text.empty() ? "-" : text;
}

std::string counts_line(const std::vector<Deal>& deals) {
    std::string line;
    for (std::size_t s = 0; s < deal_status_count; ++s) {
        const auto n = std::count_if(deals.begin(), deals.end(), [&](const Deal& d) { return static_cast<std::size_t>(d.status) == s; });
        if (n == 0) continue;
        line += (line.empty() ? "" : ", ") + std::string(deal_status_label(static_cast<DealStatus>(s))) + ": " + std::to_string(n);
    }
    return line;
}

}  // namespace

void write_pipeline_section(std::string& h, const ReportView& view) {
    if (view.pipeline == nullptr || view.pipeline->empty() || view.shortlist == nullptr) return;
    const std::vector<Deal> deals = pipeline_deals(*view.shortlist, *view.pipeline);
    h += "<section id=\"pipeline\"><h2>Pipeline</h2>\n<p class=\"muted\">" + std::to_string(deals.size()) +
         " creators, each with where the deal stands and the day each step was reached. " + escape(counts_line(deals)) +
         ".</p>\n<table><thead><tr><th>Handle</th><th>Platform</th><th>Status</th><th>Steps reached</th><th class=\"n\">Agreed fee</th>"
         "<th>Deliverables</th><th>Notes</th><th>Email</th></tr></thead><tbody>\n";
    for (const Deal& deal : deals) {
        const std::size_t i = creator_index(view, deal.creator);
        const bool loaded = i < view.creators.size();
        const std::string currency = loaded ? view.creators[i].currency : std::string();
        h += "<tr><td>" + (loaded ? "<a href=\"#" + creator_id(i) + "\">" + escape(deal.creator.handle) + "</a>" : escape(deal.creator.handle)) +
             "</td><td>" + escape(deal.creator.platform) + "</td><td>" + escape(deal_status_label(deal.status)) + "</td><td>" +
             escape(reached_text(deal)) + "</td><td class=\"n\">" + (deal.agreed_fee ? money(*deal.agreed_fee, currency) : std::string("-")) +
             "</td><td>" + escape(deal.deliverables) + "</td><td>" + escape(deal.notes) + "</td><td>" +
             escape(loaded ? view.creators[i].email : std::string()) + "</td></tr>\n";
    }
    h += "</tbody></table></section>\n";
}

}  // namespace creatorscope::html
