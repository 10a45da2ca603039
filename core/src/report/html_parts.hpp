// The HTML report's text helpers and the sections beyond the roster and the charts
// (report_html.cpp writes the page): the files with how each column was read, who a creator
// is, the account's own totals, the tables split by a dimension.
#pragma once

#include <string>
#include <string_view>

#include "creatorscope/creator.hpp"
#include "creatorscope/plan.hpp"
#include "creatorscope/settings.hpp"
#include "report/report.hpp"

namespace creatorscope::html {

std::string escape(std::string_view text);
// Element ids: "c" and the creator's position, so that any handle makes a valid id.
inline std::string creator_id(std::size_t index) { return "c" + std::to_string(index + 1); }
std::string fixed(double value, int decimals);
std::string count(double value);  // "-" when unknown
std::string percent(double fraction, int decimals = 2);
std::string signed_percent(double fraction);
std::string money(double value, const std::string& currency);

// The Files section: each file's kind, platform, rows and issues, and why each column was (or
// was not) used, folded under the file.
void write_files_section(std::string& h, const ReportView& view);
// "Sunny Trails · fitness · GB · sunny@example.com; 412 posts on the account", or empty.
std::string profile_line(const CreatorResult& c);
// The account as a whole (its own daily totals) as figures: "<dt>...</dt><dd>...</dd>".
std::string account_figures(const AccountMetrics& a);
// Alignment and fit against the brief with their parts, as figures; empty without a brief.
std::string brief_score_figures(const CreatorResult& c);
// The Shortlist section: the starred creators with their scores and contact; nothing when none.
void write_shortlist_section(std::string& h, const ReportView& view);
// The Pipeline section: each shortlisted creator's deal (status, the days each step was
// reached, agreed fee, deliverables, notes) and the count at each status; nothing when none.
void write_pipeline_section(std::string& h, const ReportView& view);
// The Budget plan section: summary, tiers' bar, curve, naive plans, chosen and not chosen.
void write_plan_section(std::string& h, const BudgetPlan& plan, const TierScheme& tiers);
// Each table split by a dimension, as a small table of its parts; empty when none.
std::string breakdowns_html(const CreatorResult& c);

}  // namespace creatorscope::html
