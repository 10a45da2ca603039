// The roster CSV (one row per creator account, safe to open in a spreadsheet), written row by
// row to a sink.
#include <cmath>
#include <cstdio>

#include "report/report.hpp"

namespace creatorscope {

std::string csv_cell(std::string_view text) {
    std::string cell(text);
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                          cell[0] == '\r')) {
        cell.insert(cell.begin(), '\'');
    }
    if (cell.find_first_of(",\"\r\n") != std::string::npos) {
        std::string quoted = "\"";
        for (char c : cell) {
            if (c == '"') quoted += '"';
            quoted += c;
        }
        quoted += '"';
        return quoted;
    }
    return cell;
}

namespace {

// The scores, the flags and the contact fields of a creator's roster row (a shortlist's columns).
std::string scores_cells(const CreatorResult& c) {
    const auto number = [](double value, int decimals) -> std::string {
        if (std::isnan(value) || std::isinf(value)) return "";
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
        return buffer;
    };
    std::vector<std::string> flags;
    for (const auto& f : c.flags) flags.push_back(f.id);
    return number(c.authenticity.score, 1) + ',' + number(c.alignment.score, 1) + ',' +
           (c.alignment.known() ? number(c.alignment.coverage, 4) : "") + ',' + number(c.fit.score, 1) + ',' +
           (c.fit.known() ? number(c.fit.coverage, 4) : "") + ',' + (c.fit.rank > 0 ? std::to_string(c.fit.rank) : "") + ',' +
           csv_cell(join(flags, " ")) + ',' + csv_cell(c.name) + ',' + csv_cell(c.email) + ',' + csv_cell(c.country) + ',' +
           csv_cell(c.category) + ',' + csv_cell(c.authenticity.basis) + ',' + csv_cell(c.alignment.basis) + ',' + csv_cell(c.fit.basis);
}

}  // namespace

void write_roster_csv(const std::vector<CreatorResult>& creators, TextSink& sink) {
    sink.write(
        "handle,platform,followers,tier,engagement_rate,engagement_rate_mean,posts_used,engagement_basis,caveats,"
        "peer_percentile,benchmark_band,growth_30d,growth_90d,posts_per_week,longest_gap_days,sponsored_share,"
        "fee,currency,cpe,cpm,emv_usd,roi,authenticity,alignment,alignment_coverage,fit,fit_coverage,fit_rank,flags,name,email,"
        "country,category,authenticity_basis,alignment_basis,fit_basis\n");
    const auto number = [](double value, int decimals) -> std::string {
        if (std::isnan(value) || std::isinf(value)) return "";
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
        return buffer;
    };
    for (const auto& c : creators) {
        const auto& e = c.engagement;
        const int known = e.sponsored_posts + e.organic_posts;
        sink.write(csv_cell(c.handle) + ',' + csv_cell(c.platform) + ',' + number(c.followers, 0) + ',' +
               csv_cell(c.tier.value_or("")) + ',' + (e.available ? number(e.rate, rate_decimals) : "") + ',' +
               (e.available && e.per_post_statistics ? number(e.rate_mean, rate_decimals) : "") + ',' + std::to_string(e.posts_used) + ',' +
               csv_cell(e.denominator) + ',' + csv_cell(join(e.caveats, " ")) + ',' + number(c.benchmark.percentile, 1) + ',' +
               csv_cell(c.benchmark.band) + ',' + number(c.growth.growth_30d, 6) + ',' + number(c.growth.growth_90d, 6) + ',' +
               number(c.cadence.posts_per_week, 2) + ',' + number(c.cadence.longest_gap_days, 1) + ',' +
               (known > 0 ? number(static_cast<double>(e.sponsored_posts) / known, 4) : "") + ',' + number(c.cost.fee, 2) + ',' +
               csv_cell(c.currency) + ',' + number(c.cost.cpe, 4) + ',' + number(c.cost.cpm, 2) + ',' + number(c.cost.emv, 2) + ',' +
               number(c.cost.roi, 4) + ',' + scores_cells(c) + '\n');
    }
}

std::string write_roster_csv(const std::vector<CreatorResult>& creators) {
    std::string out;
    StringSink sink(out);
    write_roster_csv(creators, sink);
    return out;
}

}  // namespace creatorscope
