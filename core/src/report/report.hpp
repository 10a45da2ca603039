// Writers of what leaves the engine: the report JSON (schema creatorscope.report/1, see
// PRODUCT.md section 6) and the roster CSV, safe to open in a spreadsheet.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/join.hpp"
#include "attribution/attribution.hpp"
#include "analysis/follower_model.hpp"
#include "ingest/input_file.hpp"
#include "analysis/tiers.hpp"
#include "creatorscope/campaign.hpp"
#include "creatorscope/plan.hpp"
#include "creatorscope/shortlist.hpp"
#include "creatorscope/text_sink.hpp"

namespace creatorscope {

inline constexpr std::string_view report_schema = "creatorscope.report/1";
inline constexpr int rate_decimals = 8;  // a rate of 0.01234567 is 1.234567%: finer says nothing

struct ReportView {
    const std::vector<std::unique_ptr<InputFile>>& inputs;
    const std::vector<CreatorResult>& creators;
    const TierScheme& tiers;
    std::string as_of;
    const std::vector<AudienceSample>* audience_samples = nullptr;
    const AttributionResult* attribution = nullptr;
    std::size_t unattached_account_rows = 0;
    const Brief* brief = nullptr;  // the brief the scores are against
    const Shortlist* shortlist = nullptr;  // the starred creators
    const BudgetPlan* plan = nullptr;      // the brief's budget plan (the HTML report only)
    const Pipeline* pipeline = nullptr;    // each deal's status (the HTML report only)
};

// The report JSON written piece by piece to the sink (no document tree is built), and as a string.
void write_report_json(const ReportView& view, TextSink& sink);
std::string write_report_json(const ReportView& view);
// The self-contained HTML report (inline CSS and SVG, no script, no external resource).
void write_report_html(const ReportView& view, TextSink& sink);
std::string write_report_html(const ReportView& view);
void write_roster_csv(const std::vector<CreatorResult>& creators, TextSink& sink);
std::string write_roster_csv(const std::vector<CreatorResult>& creators);

// A spreadsheet cell that cannot run: text starting with = + - @ (or a tab or carriage
// return) gets a leading apostrophe (OWASP "CSV Injection"), and the cell is quoted as needed.
std::string csv_cell(std::string_view text);
// The parts with the separator between them.
std::string join(const std::vector<std::string>& parts, std::string_view separator);
// A number for a CSV cell with `decimals` decimals; empty when it is not a finite number.
std::string csv_number(double value, int decimals);

}  // namespace creatorscope
