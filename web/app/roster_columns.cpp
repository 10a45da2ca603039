// The roster's columns: each header, its tooltip, how it sorts and how a cell draws (with the
// cell's own tooltip); and the sort keys, read once per row.
#include "app/roster_columns.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "app/brief_scores.hpp"
#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/format.hpp"

namespace creatorscope::web {

namespace {

// Missing figures sort last whichever the direction.
int compare_numbers(double a, double b) {
    const bool a_missing = std::isnan(a), b_missing = std::isnan(b);
    if (a_missing || b_missing) return a_missing == b_missing ? 0 : (a_missing ? 2 : -2);
    return a < b ? -1 : (a > b ? 1 : 0);
}

double rate_of(const CreatorResult& c) { return c.engagement.available ? c.engagement.rate : std::nan(""); }

std::string format_number(double value, int decimals) {
    if (std::isnan(value)) return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string format_signed_percent(double fraction) {
    if (std::isnan(fraction)) return "-";
    return (fraction > 0 ? "+" : "") + format_percent(fraction);
}

int band_rank(const std::string& band) {
    static constexpr const char* bands[] = {"low", "below average", "average", "above average", "high"};
    for (int i = 0; i < 5; ++i) {
        if (band == bands[i]) return i;
    }
    return -1;
}

void tooltip_lines(const std::vector<std::string>& lines) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 1) ImGui::Separator();
        ImGui::TextWrapped("%s", lines[i].c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void engagement_tooltip(const CreatorResult& c) {
    const Engagement& e = c.engagement;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    if (e.available) {
        if (e.per_post_statistics) {
            ImGui::Text("Engagement rate %s (mean %s)", format_percent(e.rate).c_str(), format_percent(e.rate_mean).c_str());
        } else {
            ImGui::Text("Engagement rate %s, from the roster", format_percent(e.rate).c_str());
        }
    } else {
        ImGui::TextUnformatted("No engagement rate");
    }
    ImGui::Separator();
    ImGui::TextWrapped("%s", describe_formula(e).c_str());
    if (e.followers_basis == "at post time") ImGui::TextWrapped("Followers on each post's day, from the follower history.");
    if (e.source == "posts" && e.available) {
        ImGui::TextWrapped("Posts in the window: %d; used: %d; left out: %d.", e.posts_in_window, e.posts_used,
                           static_cast<int>(e.skipped.size()));
        for (std::size_t i = 0; i < e.skipped.size() && i < 5; ++i) {
            ImGui::BulletText("%s: %s", e.skipped[i].post_id.c_str(), e.skipped[i].reason.c_str());
        }
        ImGui::TextWrapped("Same posts by followers %s, by views %s, by reach %s.", format_percent(c.rate_by_followers).c_str(),
                           format_percent(c.rate_by_views).c_str(), format_percent(c.rate_by_reach).c_str());
    }
    for (const auto& caveat : e.caveats) {
        if (caveat == "TOO_FEW_POSTS") {
            ImGui::TextColored(ImColor(palette::warning), "Too few posts (under %d) for a trustworthy figure.",
                               minimum_trustworthy_posts);
        }
    }
    if (!e.note.empty() && e.available) ImGui::TextColored(ImColor(palette::muted_text), "%s", e.note.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}


void muted_dash() { ImGui::TextColored(ImColor(palette::muted_text), "-"); }

// The follower sample of a creator (by handle), from the engine being drawn.
const Engine* drawn_engine = nullptr;
const AudienceSample* sample_of(const CreatorResult& c) {
    return drawn_engine == nullptr ? nullptr : sample_for(drawn_engine->audience_samples(), c.handle);
}

// 1 for a starred creator, 0 for the others (the star column's sort key).
double starred_key(const CreatorResult& c) { return drawn_engine != nullptr && drawn_engine->is_shortlisted(c) ? 1 : 0; }

}  // namespace

void set_drawn_engine(const Engine* engine) { drawn_engine = engine; }

// Every roster column: its header, tooltip, sort key and how a cell draws (a data table).
const std::vector<RosterColumn>& roster_columns() {
    static const std::vector<RosterColumn> columns{
        {"Handle", "The creator's handle on the platform. Click a row for the creator's page: every figure,\nthe red flags with their evidence, the comments and the follower sample.", "", false,
         [](const CreatorResult& a, const CreatorResult& b) { return a.handle.compare(b.handle); },
         [](const CreatorResult& c) { ImGui::TextUnformatted(c.handle.c_str()); }},
        {"Shortlist",
         "Click a star to put the creator on the shortlist (click again to take it off), or press S\n"
         "on the row the keyboard is on (arrow keys move it). \"Shortlist only\" above shows the starred\n"
         "creators; Compare shows 2 to 4 of them side by side; Export... saves them as CSV.",
         "", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(starred_key(a), starred_key(b)); },
         [](const CreatorResult&) {}},  // drawn by the roster view, which can change the shortlist
        {"Platform", "Instagram, TikTok or YouTube.", "instagram", false,
         [](const CreatorResult& a, const CreatorResult& b) { return a.platform.compare(b.platform); },
         [](const CreatorResult& c) { ImGui::TextUnformatted(c.platform.empty() ? "-" : c.platform.c_str()); }},
        {"Followers", "Followers (subscribers on YouTube) as the roster states them, or the latest day of the follower history.",
         "12,345,678", true, [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.followers, b.followers); },
         [](const CreatorResult& c) { ImGui::TextUnformatted(format_count(c.followers).c_str()); }},
        {"Tier", "Size tier from the follower count and the selected tier scheme.", "celebrity", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.followers, b.followers); },
         [](const CreatorResult& c) { ImGui::TextUnformatted(c.tier ? c.tier->c_str() : "-"); }},
        {"Authenticity",
         "0 to 100: 100 minus 25 per high, 10 per medium and 3 per low red flag that speaks to\n"
         "authenticity, blended with the follower sample's quality when there is one (docs/flags.md).\n"
         "Click a handle for the flags and their evidence.",
         "100", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.authenticity.score, b.authenticity.score); },
         [](const CreatorResult& c) {
             const double score = c.authenticity.score;
             if (!c.authenticity.known()) {  // nothing its flags read was loaded
                 ImGui::TextColored(ImColor(palette::muted_text), "unknown");
                 if (ImGui::IsItemHovered()) tooltip_lines({"Authenticity unknown", c.authenticity.basis});
                 return;
             }
             const ImU32 colour = score < 60 ? palette::error : score < 85 ? palette::warning : ImGui::GetColorU32(ImGuiCol_Text);
             ImGui::TextColored(ImColor(colour), "%.0f", score);
             if (ImGui::IsItemHovered()) {
                 std::vector<std::string> lines{"Authenticity " + format_number(score, 1), c.authenticity.formula, c.authenticity.basis};
                 for (const auto& [id, points] : c.authenticity.deductions) lines.push_back("-" + format_number(points, 0) + "  " + id);
                 if (c.authenticity.audience_quality >= 0) lines.push_back("Follower sample quality " + format_number(c.authenticity.audience_quality, 0));
                 tooltip_lines(lines);
             }
         }},
        {"Alignment",
         "0 to 100: how well the audience and the content match the brief: audience share in its\n"
         "countries, ages, genders and languages, its niches and keywords in captions, hashtags, bio\n"
         "and category, its platforms and tiers (docs/scores.md). - without a brief or any data.\n"
         "Hover a score for its parts and how much of it rests on data.",
         "100", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.alignment.score, b.alignment.score); },
         [](const CreatorResult& c) { brief_score_cell("Alignment", c.alignment); }},
        {"Fit",
         "0 to 100: the brief's weighted blend of engagement against peers, authenticity, alignment\n"
         "and cost efficiency (docs/scores.md); its weights are in the Brief dialog. With a brief, the\n"
         "roster is sorted by fit, best first, until you pick another column.",
         "100", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.fit.score, b.fit.score); },
         [](const CreatorResult& c) { brief_score_cell("Fit", c.fit); }},
        {"Flags",
         "Red flags: patterns that bought followers, bought engagement, engagement groups or brand\n"
         "risk leave behind, by severity. Hover for the list; click the handle for the evidence.",
         "2 high, 2 med", true,
         [](const CreatorResult& a, const CreatorResult& b) {
             const auto weight = [](const CreatorResult& c) {
                 double w = 0;
                 for (const auto& f : c.flags) w += f.severity == "high" ? 100 : f.severity == "medium" ? 10 : 1;
                 return w;
             };
             return compare_numbers(weight(a), weight(b));
         },
         [](const CreatorResult& c) {
             int high = 0, medium = 0, low = 0;
             for (const auto& f : c.flags) {
                 high += f.severity == "high";
                 medium += f.severity == "medium";
                 low += f.severity == "low";
             }
             if (c.flags.empty()) {
                 ImGui::TextColored(ImColor(palette::muted_text), "none");
             } else if (high > 0) {
                 ImGui::TextColored(ImColor(palette::error), "%d high%s", high, medium + low > 0 ? " +" : "");
             } else if (medium > 0) {
                 ImGui::TextColored(ImColor(palette::warning), "%d medium%s", medium, low > 0 ? " +" : "");
             } else {
                 ImGui::Text("%d low", low);
             }
             if (ImGui::IsItemHovered() && !c.flags.empty()) {
                 std::vector<std::string> lines{std::to_string(c.flags.size()) + (c.flags.size() == 1 ? " red flag" : " red flags")};
                 for (const auto& f : c.flags) lines.push_back(f.severity + "  " + f.id + ": " + f.evidence);
                 tooltip_lines(lines);
             }
         }},
        {"Engagement rate",
         "Median over the most recent posts (12 on Instagram, 30 on TikTok and YouTube) of\n"
         "(likes + comments, plus shares and saves where the export has them) divided by\n"
         "followers on Instagram (on the post's day when a follower history is loaded),\n"
         "or by the post's views on TikTok and YouTube. * marks fewer than 5 posts.\n"
         "(list: x%) marks a list's own rate more than 3 times off the rate from its averages:\n"
         "the rate from the averages is shown.",
         "100.00% *", true, [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(rate_of(a), rate_of(b)); },
         [](const CreatorResult& c) {
             const Engagement& e = c.engagement;
             if (!e.available) {
                 muted_dash();
             } else if (!std::isnan(e.stated_rate)) {
                 ImGui::TextColored(ImColor(palette::warning), "%s * (list: %s)", format_percent(e.rate).c_str(),
                                    format_percent(e.stated_rate).c_str());
             } else if (!e.caveats.empty()) {
                 ImGui::TextColored(ImColor(palette::warning), "%s *", format_percent(e.rate).c_str());
             } else {
                 ImGui::TextUnformatted(format_percent(e.rate).c_str());
             }
             if (ImGui::IsItemHovered()) engagement_tooltip(c);
         }},
        {"By", "What the engagement rate is measured by (its denominator): followers or views.", "followers", false,
         [](const CreatorResult& a, const CreatorResult& b) { return a.engagement.denominator.compare(b.engagement.denominator); },
         [](const CreatorResult& c) { ImGui::TextUnformatted(c.engagement.denominator.empty() ? "-" : c.engagement.denominator.c_str()); }},
        {"Posts", "How many posts the engagement rate was computed from. Under 5 is too few to trust.", "30", true,
         [](const CreatorResult& a, const CreatorResult& b) { return a.engagement.posts_used - b.engagement.posts_used; },
         [](const CreatorResult& c) { ImGui::Text("%d", c.engagement.posts_used); }},
        {"Peer rank",
         "Percentile of the engagement rate among the loaded creators of the same platform and tier:\n"
         "the share of them with a lower rate, ties counting half. 100 is the most engaged.\n"
         "A rate from fewer than 5 posts gets no rank, and is not a peer.",
         "100", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.benchmark.percentile, b.benchmark.percentile); },
         [](const CreatorResult& c) {
             if (std::isnan(c.benchmark.percentile)) {
                 muted_dash();
             } else {
                 ImGui::TextUnformatted(format_number(c.benchmark.percentile, 0).c_str());
             }
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({"Peer rank " + format_number(c.benchmark.percentile, 1), describe_peer_rank(c) + "."});
             }
         }},
        {"Benchmark",
         "The engagement rate against published benchmarks for the platform and follower range\n"
         "(Modash's tables, in assets/benchmarks/engagement.json): low, below average,\n"
         "average, above average or high.",
         "above average", true,
         [](const CreatorResult& a, const CreatorResult& b) { return band_rank(a.benchmark.band) - band_rank(b.benchmark.band); },
         [](const CreatorResult& c) {
             const ReferenceRow* row = c.benchmark.reference;
             if (row == nullptr) {
                 muted_dash();
             } else {
                 const int rank = band_rank(c.benchmark.band);
                 const ImU32 colour = rank <= 0 ? palette::error : rank == 1 ? palette::warning : ImGui::GetColorU32(ImGuiCol_Text);
                 ImGui::TextColored(ImColor(colour), "%s", c.benchmark.band.c_str());
             }
             if (ImGui::IsItemHovered()) {
                 if (row == nullptr) {
                     tooltip_lines({"No published benchmark", "No source publishes a band for this platform and size (none under 1,000 followers)."});
                 } else {
                     tooltip_lines({c.benchmark.band + ": " + format_percent(c.engagement.rate) + " by " + row->denominator,
                                    "Average for " + c.platform + " " + format_count(row->min_followers) +
                                        (std::isnan(row->max_followers) ? "+" : " to " + format_count(row->max_followers)) +
                                        " followers: " + format_number(row->average_low, 2) + "% to " +
                                        format_number(row->average_high, 2) + "%; low under " + format_number(row->low_below, 2) +
                                        "%, high over " + format_number(row->high_above, 2) + "%.",
                                    "Source: " + row->source + ", " + row->url + " (retrieved " + row->retrieved + ")."});
                 }
             }
         }},
        {"Growth 30d",
         "Follower growth over the last 30 days of the follower history:\n"
         "(followers now - followers 30 days before) / followers 30 days before.",
         "+12.34%", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.growth.growth_30d, b.growth.growth_30d); },
         [](const CreatorResult& c) {
             const Growth& g = c.growth;
             if (std::isnan(g.growth_30d)) {
                 muted_dash();
             } else {
                 ImGui::TextUnformatted(format_signed_percent(g.growth_30d).c_str());
             }
             if (ImGui::IsItemHovered()) {
                 if (!g.available) {
                     tooltip_lines({"No growth figure", g.note});
                 } else {
                     tooltip_lines({"Followers " + format_count(g.followers_now) + " on the history's last day",
                                    "30 days: " + format_count(g.change_30d) + " (" + format_signed_percent(g.growth_30d) + ")",
                                    "90 days: " + format_count(g.change_90d) + " (" + format_signed_percent(g.growth_90d) + ")",
                                    "Average daily change " + format_number(g.avg_daily_change, 1) + " over " +
                                        format_number(g.span_days, 0) + " days." + (g.note.empty() ? "" : " " + g.note)});
                 }
             }
         }},
        {"Posts/week", "Posts in the 90 days up to the report date, divided by 90 / 7.", "12.3", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.cadence.posts_per_week, b.cadence.posts_per_week); },
         [](const CreatorResult& c) {
             ImGui::TextUnformatted(format_number(c.cadence.posts_per_week, 1).c_str());
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({std::to_string(c.cadence.posts_90d) + " posts in 90 days",
                                "Longest gap without a post: " + format_number(c.cadence.longest_gap_days, 1) + " days; last post " +
                                    format_number(c.cadence.days_since_last_post, 1) + " days before the report date's end."});
             }
         }},
        {"Sponsored", "Share of the posts used that are sponsored (a paid-partnership field, #ad and the like, or\n"
                      "\"paid partnership\" and its translations in the caption).", "100%", true,
         [](const CreatorResult& a, const CreatorResult& b) {
             const auto share = [](const CreatorResult& c) {
                 const int known = c.engagement.sponsored_posts + c.engagement.organic_posts;
                 return known > 0 ? static_cast<double>(c.engagement.sponsored_posts) / known : std::nan("");
             };
             return compare_numbers(share(a), share(b));
         },
         [](const CreatorResult& c) {
             const Engagement& e = c.engagement;
             const int known = e.sponsored_posts + e.organic_posts;
             if (known == 0) {
                 muted_dash();
             } else {
                 ImGui::Text("%d%%", static_cast<int>(std::lround(100.0 * e.sponsored_posts / known)));
             }
             if (ImGui::IsItemHovered() && known > 0) {
                 tooltip_lines({std::to_string(e.sponsored_posts) + " sponsored, " + std::to_string(e.organic_posts) + " organic",
                                "Median engagement rate: sponsored " + format_percent(e.sponsored_rate) + ", organic " +
                                    format_percent(e.organic_rate) + "."});
             }
         }},
        {"Suspicious",
         "In a follower sample of this creator: the estimated share of suspicious accounts (no\n"
         "profile picture, no posts, following far more than followers, digit-heavy names...),\n"
         "corrected for the accounts the model misjudges, with its 95% interval. The model and\n"
         "its accuracy on data it was not fitted to: docs/metrics.md.",
         "100%", true,
         [](const CreatorResult& a, const CreatorResult& b) {
             const AudienceSample* x = sample_of(a);
             const AudienceSample* y = sample_of(b);
             return compare_numbers(x ? x->corrected_share : std::nan(""), y ? y->corrected_share : std::nan(""));
         },
         [](const CreatorResult& c) {
             const AudienceSample* sample = sample_of(c);
             if (sample == nullptr) {
                 muted_dash();
                 return;
             }
             const double share = sample->corrected_share, low = sample->corrected_ci95.first;
             const ImU32 colour = low >= 0.40 ? palette::error : low >= 0.25 ? palette::warning : ImGui::GetColorU32(ImGuiCol_Text);
             ImGui::TextColored(ImColor(colour), "%s", (format_number(share * 100, 0) + "%").c_str());
             if (ImGui::IsItemHovered()) {
                 std::vector<std::string> lines{
                     "An estimated " + format_number(share * 100, 0) + "% of followers are suspicious (95% interval " +
                         format_number(low * 100, 0) + "% to " + format_number(sample->corrected_ci95.second * 100, 0) + "%),",
                     "corrected for the accounts the model misjudges: it marked " + std::to_string(sample->suspicious) + " of " +
                         std::to_string(sample->accounts.size()) + " sampled (" + format_number(sample->suspicious_share * 100, 0) + "%).",
                     "Mass followers (following 1,500 or more): " + std::to_string(sample->mass_followers) + ", which alone marks no one.",
                     "From " + sample->input + "."};
                 int shown = 0;
                 for (const auto& account : sample->accounts) {
                     if (!account.verdict.suspicious || shown == 3) continue;
                     std::string why;
                     for (const auto& r : account.verdict.reasons) why += (why.empty() ? "" : "; ") + r;
                     lines.push_back(account.account + ": " + why);
                     ++shown;
                 }
                 tooltip_lines(lines);
             }
         }},
        {"CPE", "Cost per engagement: the fee per post / the expected interactions of a post\n"
                "(the median over the window's posts).", "12.34 USD", false,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.cost.cpe, b.cost.cpe); },
         [](const CreatorResult& c) {
             ImGui::TextUnformatted(format_money(c.cost.cpe, c.currency).c_str());
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({"CPE " + format_money(c.cost.cpe, c.currency),
                                "Fee " + format_money(c.cost.fee, c.currency) + " / expected interactions " +
                                    format_count(c.engagement.expected_interactions) + "."});
             }
         }},
        {"CPM", "Cost per thousand views: the fee per post / the expected views of a post x 1,000.", "123 USD", false,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.cost.cpm, b.cost.cpm); },
         [](const CreatorResult& c) {
             ImGui::TextUnformatted(format_money(c.cost.cpm, c.currency).c_str());
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({"CPM " + format_money(c.cost.cpm, c.currency),
                                "Fee " + format_money(c.cost.fee, c.currency) + " / expected views " +
                                    format_count(c.engagement.expected_views) + " x 1,000."});
             }
         }},
        {"EMV", "Earned media value of a post: likes, comments, shares, saves and views, each times its\n"
                "per-platform value (assets/emv/values.json, after Fair Influence's EMV benchmarks);\n"
                "the median over the window's posts, in US dollars.", "12,345 USD", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.cost.emv, b.cost.emv); },
         [](const CreatorResult& c) {
             ImGui::TextUnformatted(format_money(c.cost.emv, "USD").c_str());
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({"EMV " + format_money(c.cost.emv, "USD") + " per post",
                                "The median over the window's posts of each count times its value for " + c.platform +
                                    ". Replace the values with your own media rates."});
             }
         }},
        {"ROI", "Return on the fee: (EMV of a post - fee) / fee. -50% returns half the fee in media value.", "-100.0%", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.cost.roi, b.cost.roi); },
         [](const CreatorResult& c) {
             ImGui::TextUnformatted(format_signed_percent(c.cost.roi).c_str());
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({"ROI " + format_signed_percent(c.cost.roi),
                                "(EMV " + format_money(c.cost.emv, "USD") + " - fee " + format_money(c.cost.fee, c.currency) +
                                    ") / fee. Orders replace EMV once attribution is computed."});
             }
         }},
    };
    return columns;
}

// Sort keys, read once per row before sorting: sorting 100,000 rows through the compare
// functions touches each creator's record about 17 times at random, which takes a tenth of a
// second; sorting the keys alone takes a few milliseconds. Each key orders exactly as its
// column's compare function (NaN: missing, always last).
// The numeric columns with a key, by header; -1 for the others.
constexpr std::string_view numeric_columns[] = {"Followers", "Tier",      "Authenticity", "Flags",     "Engagement rate", "Posts",
                                                "Peer rank", "Benchmark", "Growth 30d",   "Posts/week", "Sponsored",      "Suspicious",
                                                "CPE",       "CPM",       "EMV",          "ROI",       "Alignment",       "Fit",
                                                "Shortlist"};
int numeric_column(std::string_view header) {
    const auto found = std::find(std::begin(numeric_columns), std::end(numeric_columns), header);
    return found == std::end(numeric_columns) ? -1 : static_cast<int>(found - std::begin(numeric_columns));
}

double numeric_key(int column, const CreatorResult& c) {
    switch (column) {
        case 0:
        case 1: return c.followers;
        case 2: return c.authenticity.score;
        case 3: {
            double w = 0;
            for (const auto& f : c.flags) w += f.severity == "high" ? 100 : f.severity == "medium" ? 10 : 1;
            return w;
        }
        case 4: return rate_of(c);
        case 5: return c.engagement.posts_used;
        case 6: return c.benchmark.percentile;
        case 7: return band_rank(c.benchmark.band);
        case 8: return c.growth.growth_30d;
        case 9: return c.cadence.posts_per_week;
        case 10: {
            const int known = c.engagement.sponsored_posts + c.engagement.organic_posts;
            return known > 0 ? static_cast<double>(c.engagement.sponsored_posts) / known : std::nan("");
        }
        case 11: {
            const AudienceSample* sample = sample_of(c);
            return sample ? sample->corrected_share : std::nan("");
        }
        case 12: return c.cost.cpe;
        case 13: return c.cost.cpm;
        case 14: return c.cost.emv;
        case 15: return c.cost.roi;
        case 16: return c.alignment.score;
        case 17: return c.fit.score;
        case 18: return starred_key(c);
        default: return std::nan("");
    }
}

const std::string* text_key(std::string_view header, const CreatorResult& c) {
    if (header == "Handle") return &c.handle;
    if (header == "Platform") return &c.platform;
    if (header == "By") return &c.engagement.denominator;
    return nullptr;
}

}  // namespace creatorscope::web
