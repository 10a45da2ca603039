// The roster: one row per creator account with its tier and engagement rate; sortable by
// every column, searchable, and drawn with the list clipper so long rosters stay smooth.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/view_roster.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/format.hpp"
#include "creatorscope/settings.hpp"

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
        ImGui::Text("Engagement rate %s (mean %s)", format_percent(e.rate).c_str(), format_percent(e.rate_mean).c_str());
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

// One column of the roster: its header, what the header's tooltip says, the widest value it
// expects, how it sorts, and how a cell is drawn (with the cell's own tooltip).
struct RosterColumn {
    const char* header;
    const char* help;
    const char* widest;
    bool descending_first;
    int (*compare)(const CreatorResult&, const CreatorResult&);
    void (*draw)(const CreatorResult&);
};

void muted_dash() { ImGui::TextColored(ImColor(palette::muted_text), "-"); }

// The follower sample of a creator (by handle), from the engine being drawn.
const Engine* drawn_engine = nullptr;
const AudienceSample* sample_of(const CreatorResult& c) {
    return drawn_engine == nullptr ? nullptr : sample_for(drawn_engine->audience_samples(), c.handle);
}

// Every roster column: its header, tooltip, sort key and how a cell draws (a data table).
const std::vector<RosterColumn>& roster_columns() {
    static const std::vector<RosterColumn> columns{
        {"Handle", "The creator's handle on the platform. Click a row for the creator's page: every figure,\nthe red flags with their evidence, the comments and the follower sample.", "", false,
         [](const CreatorResult& a, const CreatorResult& b) { return a.handle.compare(b.handle); },
         [](const CreatorResult& c) { ImGui::TextUnformatted(c.handle.c_str()); }},
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
             const ImU32 colour = score < 60 ? palette::error : score < 85 ? palette::warning : ImGui::GetColorU32(ImGuiCol_Text);
             ImGui::TextColored(ImColor(colour), "%.0f", score);
             if (ImGui::IsItemHovered()) {
                 std::vector<std::string> lines{"Authenticity " + format_number(score, 1), c.authenticity.formula};
                 for (const auto& [id, points] : c.authenticity.deductions) lines.push_back("-" + format_number(points, 0) + "  " + id);
                 if (c.authenticity.audience_quality >= 0) lines.push_back("Follower sample quality " + format_number(c.authenticity.audience_quality, 0));
                 tooltip_lines(lines);
             }
         }},
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
         "or by the post's views on TikTok and YouTube. * marks fewer than 5 posts.",
         "100.00% *", true, [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(rate_of(a), rate_of(b)); },
         [](const CreatorResult& c) {
             const Engagement& e = c.engagement;
             if (!e.available) {
                 muted_dash();
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
         "the share of them with a lower rate, ties counting half. 100 is the most engaged.",
         "100", true,
         [](const CreatorResult& a, const CreatorResult& b) { return compare_numbers(a.benchmark.percentile, b.benchmark.percentile); },
         [](const CreatorResult& c) {
             if (std::isnan(c.benchmark.percentile)) {
                 muted_dash();
             } else {
                 ImGui::TextUnformatted(format_number(c.benchmark.percentile, 0).c_str());
             }
             if (ImGui::IsItemHovered()) {
                 tooltip_lines({"Peer rank " + format_number(c.benchmark.percentile, 1),
                                "Among " + std::to_string(c.benchmark.peers) + " loaded " + c.platform + " " + c.tier.value_or("") +
                                    " creators measured by " + c.engagement.denominator +
                                    (c.benchmark.peers < 2 ? ": no other creator to compare with." : ".")});
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
         "In a follower sample of this creator: the share of accounts the follower model judges\n"
         "suspicious (no profile picture, no posts, following far more than followers, digit-heavy\n"
         "names...), with its 95% interval. The model and its accuracy: docs/metrics.md.",
         "100%", true,
         [](const CreatorResult& a, const CreatorResult& b) {
             const AudienceSample* x = sample_of(a);
             const AudienceSample* y = sample_of(b);
             return compare_numbers(x ? x->suspicious_share : std::nan(""), y ? y->suspicious_share : std::nan(""));
         },
         [](const CreatorResult& c) {
             const AudienceSample* sample = sample_of(c);
             if (sample == nullptr) {
                 muted_dash();
                 return;
             }
             const double share = sample->suspicious_share;
             const ImU32 colour = share >= 0.40 ? palette::error : share >= 0.25 ? palette::warning : ImGui::GetColorU32(ImGuiCol_Text);
             ImGui::TextColored(ImColor(colour), "%s", (format_number(share * 100, 0) + "%").c_str());
             if (ImGui::IsItemHovered()) {
                 std::vector<std::string> lines{
                     std::to_string(sample->suspicious) + " of " + std::to_string(sample->accounts.size()) + " sampled followers suspicious",
                     "95% interval " + format_number(sample->ci95.first * 100, 1) + "% to " + format_number(sample->ci95.second * 100, 1) +
                         "% (Wilson). Mass followers (following 1,500 or more): " + std::to_string(sample->mass_followers) + ".",
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
constexpr std::string_view numeric_columns[] = {"Followers", "Tier", "Authenticity", "Flags", "Engagement rate", "Posts", "Peer rank",
                                                "Benchmark", "Growth 30d", "Posts/week", "Sponsored", "Suspicious", "CPE", "CPM", "EMV", "ROI"};
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
            return sample ? sample->suspicious_share : std::nan("");
        }
        case 12: return c.cost.cpe;
        case 13: return c.cost.cpm;
        case 14: return c.cost.emv;
        case 15: return c.cost.roi;
        default: return std::nan("");
    }
}

const std::string* text_key(std::string_view header, const CreatorResult& c) {
    if (header == "Handle") return &c.handle;
    if (header == "Platform") return &c.platform;
    if (header == "By") return &c.engagement.denominator;
    return nullptr;
}

}  // namespace

void RosterView::rebuild_order(const Engine& engine, const ImGuiTableSortSpecs* specs) {
    drawn_engine = &engine;
    const auto& creators = engine.creators();
    order_.clear();
    const std::string needle = lower_ascii(applied_search_);
    for (std::uint32_t i = 0; i < creators.size(); ++i) {
        const auto& c = creators[i];
        if (!needle.empty()) {
            const std::string haystack = c.handle + " " + c.platform + " " + c.tier.value_or("") + " " + lower_ascii(c.category);
            if (haystack.find(needle) == std::string::npos) continue;
        }
        if (!platform_.empty() && c.platform != platform_) continue;
        if (!tier_.empty() && c.tier.value_or("") != tier_) continue;
        if (!flag_.empty()) {
            const bool has = flag_ == "any flag"      ? !c.flags.empty()
                             : flag_ == "a high flag" ? std::any_of(c.flags.begin(), c.flags.end(), [](const Flag& f) { return f.severity == "high"; })
                             : flag_ == "no flag"     ? c.flags.empty()
                                                      : std::any_of(c.flags.begin(), c.flags.end(), [&](const Flag& f) { return f.id == flag_; });
            if (!has) continue;
        }
        if (min_authenticity_ > 0 && !(c.authenticity.score >= min_authenticity_)) continue;
        order_.push_back(i);
    }
    if (specs == nullptr || specs->SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
    const auto& column = roster_columns()[static_cast<std::size_t>(spec.ColumnUserID)];
    const std::string_view header = column.header;
    if (const int numeric = numeric_column(header); numeric >= 0) {
        std::vector<std::pair<double, std::uint32_t>> keyed;
        keyed.reserve(order_.size());
        for (const std::uint32_t i : order_) keyed.emplace_back(numeric_key(numeric, creators[i]), i);
        std::sort(keyed.begin(), keyed.end(), [descending](const auto& a, const auto& b) {
            const bool a_missing = std::isnan(a.first), b_missing = std::isnan(b.first);
            if (a_missing || b_missing) return a_missing == b_missing ? a.second < b.second : b_missing;
            if (a.first != b.first) return descending ? a.first > b.first : a.first < b.first;
            return a.second < b.second;
        });
        for (std::size_t k = 0; k < keyed.size(); ++k) order_[k] = keyed[k].second;
        return;
    }
    if (header == "Handle" || header == "Platform" || header == "By") {
        std::vector<std::pair<std::string, std::uint32_t>> keyed;
        keyed.reserve(order_.size());
        for (const std::uint32_t i : order_) keyed.emplace_back(*text_key(header, creators[i]), i);
        std::sort(keyed.begin(), keyed.end(), [descending](const auto& a, const auto& b) {
            const int c = a.first.compare(b.first);
            if (c != 0) return descending ? c > 0 : c < 0;
            return a.second < b.second;
        });
        for (std::size_t k = 0; k < keyed.size(); ++k) order_[k] = keyed[k].second;
        return;
    }
    std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t ia, std::uint32_t ib) {
        const CreatorResult& a = creators[ia];
        const CreatorResult& b = creators[ib];
        const int result = column.compare(a, b);
        if (result == 2 || result == -2) return result < 0;  // missing values last
        if (result == 0) return ia < ib;
        return descending ? result > 0 : result < 0;
    });
}

void RosterView::draw_filters(const Engine& engine) {
    const auto& creators = engine.creators();
    if (choices_generation_ != engine.generation()) {
        choices_generation_ = engine.generation();
        platforms_.clear();
        flag_ids_.clear();
        for (const auto& c : creators) {
            if (!c.platform.empty() && std::find(platforms_.begin(), platforms_.end(), c.platform) == platforms_.end()) platforms_.push_back(c.platform);
            for (const auto& f : c.flags) {
                if (std::find(flag_ids_.begin(), flag_ids_.end(), f.id) == flag_ids_.end()) flag_ids_.push_back(f.id);
            }
        }
        std::sort(platforms_.begin(), platforms_.end());
        std::sort(flag_ids_.begin(), flag_ids_.end());
        tiers_.clear();
        for (const auto& tier : engine.tier_scheme().tiers()) tiers_.push_back(tier.name);
        // A filter whose value is gone (another tier scheme, a file removed) lets everything through.
        if (!platform_.empty() && std::find(platforms_.begin(), platforms_.end(), platform_) == platforms_.end()) platform_.clear();
        if (!tier_.empty() && std::find(tiers_.begin(), tiers_.end(), tier_) == tiers_.end()) tier_.clear();
        filters_changed_ = true;
    }
    // The filters flow onto a second line when the panel is narrow.
    bool first = true;
    const float gap = ImGui::GetFontSize();
    const auto place = [&](float width) {
        if (!first) {
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
        }
        first = false;
    };
    // One drop-down per filter: "All ..." first, then the values the loaded creators have.
    const auto choose = [&](const char* id, const char* label, const char* all, std::string& value, const std::vector<std::string>& options,
                            const std::vector<std::string>& extra, const char* help) {
        float width = ImGui::CalcTextSize(all).x;
        for (const auto& o : options) width = std::max(width, ImGui::CalcTextSize(o.c_str()).x);
        for (const auto& o : extra) width = std::max(width, ImGui::CalcTextSize(o.c_str()).x);
        width += ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
        place(ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + width);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(width);
        if (ImGui::BeginCombo(id, value.empty() ? all : value.c_str())) {
            if (ImGui::Selectable(all, value.empty())) {
                value.clear();
                filters_changed_ = true;
            }
            note_item(std::string(label) + " " + all);
            for (const auto* list : {&extra, &options}) {
                for (const auto& o : *list) {
                    if (ImGui::Selectable(o.c_str(), value == o)) {
                        value = o;
                        filters_changed_ = true;
                    }
                    note_item(std::string(label) + " " + o);
                }
            }
            ImGui::EndCombo();
        }
        note_item(std::string("Filter ") + label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
    };
    choose("##platform", "Platform", "all platforms", platform_, platforms_, {}, "Show one platform's accounts only.");
    choose("##tier", "Tier", "all tiers", tier_, tiers_, {}, "Show one tier only (of the tier scheme chosen above).");
    choose("##flag", "Flags", "any or none", flag_, flag_ids_, {"any flag", "a high flag", "no flag"},
           "Show accounts with any red flag, a high one, none, or one flag in particular.");
    place(ImGui::CalcTextSize("Authenticity at least").x + ImGui::GetStyle().ItemSpacing.x + ImGui::GetFontSize() * 6.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Authenticity at least");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    if (ImGui::SliderFloat("##authenticity", &min_authenticity_, 0.0f, 100.0f, "%.0f")) filters_changed_ = true;
    note_item("Filter Authenticity");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide accounts whose authenticity score is below this (0 shows every account). Ctrl+click to type a value.");
}

void RosterView::clear_filters() {
    platform_.clear();
    tier_.clear();
    flag_.clear();
    min_authenticity_ = 0;
    search_[0] = '\0';
    filters_changed_ = true;
}

void RosterView::draw(const Engine& engine, Actions& actions) {
    drawn_engine = &engine;
    const auto& creators = engine.creators();
    const bool filtered = !platform_.empty() || !tier_.empty() || !flag_.empty() || min_authenticity_ > 0 || search_[0] != '\0';
    if (filtered) {
        ImGui::Text("Roster: %s of %s creator accounts", format_count(static_cast<double>(order_.size())).c_str(),
                    format_count(static_cast<double>(creators.size())).c_str());
        note_item("Roster count");
        ImGui::SameLine();
        if (ImGui::SmallButton("Show all")) clear_filters();
        note_item("Show all");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the search and the filters");
    } else {
        ImGui::Text("Roster: %s creator accounts", format_count(static_cast<double>(creators.size())).c_str());
        note_item("Roster count");
    }
    ImGui::SameLine();
    const std::string as_of = engine.as_of_date();
    ImGui::TextColored(ImColor(palette::muted_text), "  report date %s;", as_of.empty() ? "(no dates in the data)" : as_of.c_str());
    // The tier scheme, chosen here (the CLI's --tiers): each scheme's thresholds in its tooltip.
    ImGui::SameLine();
    ImGui::TextUnformatted("tiers:");
    ImGui::SameLine();
    const std::string current = engine.tier_scheme().name();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("five-band").x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("##tiers", current.c_str())) {
        for (const auto& name : TierScheme::builtin_names()) {
            if (ImGui::Selectable(name.c_str(), name == current) && name != current) {
                actions.later([name](Engine& e) { (void)e.set_tier_scheme(*TierScheme::builtin(name)); });
            }
            note_item("Tier scheme: " + name);
        }
        ImGui::EndCombo();
    }
    note_item("Tier scheme");
    if (ImGui::IsItemHovered()) {
        std::string text = engine.tier_scheme().name() + ":";
        for (const auto& tier : engine.tier_scheme().tiers()) text += "\n  " + tier.name + " from " + format_count(tier.min_followers);
        text += "\n" + engine.tier_scheme().source();
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search handle, platform, tier or category", search_, sizeof search_);
    note_item("Search");
    draw_filters(engine);
    const bool search_changed = applied_search_ != search_ || filters_changed_;
    if (search_changed) applied_search_ = search_;
    filters_changed_ = false;

    // Empty states: say why the table is empty and what to do.
    if (creators.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No creator accounts yet.");
        ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted("The roster lists the creator accounts found in a roster (handle, platform, followers...) or in posts "
                               "(handle, likes, comments, date...). Open such an export, or press Load sample data to see how it works.");
        if (engine.attribution()) ImGui::TextUnformatted("The orders and visits loaded are attributed in the Attribution tab.");
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        note_item("Roster empty state");
        return;
    }
    if (order_.empty() && generation_ == engine.generation()) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No account matches the search and the filters.");
        ImGui::SameLine();
        if (ImGui::SmallButton("Show every account")) clear_filters();
        note_item("No match: show all");
    }

    // Wide: the handle stays in view while the figures scroll sideways; columns can be hidden
    // and reordered from the header's context menu (right click).
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable | ImGuiTableFlags_Reorderable;
    const auto& columns = roster_columns();
    const int column_count = static_cast<int>(columns.size());
    if (!ImGui::BeginTable("roster_table", column_count, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    // Figures get the width their header or widest typical value needs.
    const float sort_arrow = ImGui::GetFontSize();
    for (int i = 0; i < column_count; ++i) {
        const RosterColumn& column = columns[static_cast<std::size_t>(i)];
        ImGuiTableColumnFlags column_flags = ImGuiTableColumnFlags_WidthFixed;
        if (i == 0) column_flags |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
        if (column.descending_first) column_flags |= ImGuiTableColumnFlags_PreferSortDescending;
        const char* widest = i == 0 ? "sustainable.style.co" : column.widest;
        const float width = std::max(ImGui::CalcTextSize(column.header).x + sort_arrow, ImGui::CalcTextSize(widest).x);
        ImGui::TableSetupColumn(column.header, column_flags, width, static_cast<ImGuiID>(i));
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < column_count; ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        note_item(std::string("Header: ") + ImGui::TableGetColumnName(column));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", columns[static_cast<std::size_t>(column)].help);
    }

    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (search_changed || engine.generation() != generation_ || (specs != nullptr && specs->SpecsDirty)) {
        rebuild_order(engine, specs);
        generation_ = engine.generation();
        if (specs != nullptr) specs->SpecsDirty = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const CreatorResult& c = creators[order_[static_cast<std::size_t>(row)]];
            ImGui::TableNextRow();
            for (int column = 0; column < column_count; ++column) {
                if (!ImGui::TableSetColumnIndex(column)) continue;
                if (column == 0) {
                    // The handle opens the creator page (the whole row is the target).
                    ImGui::PushID(static_cast<int>(order_[static_cast<std::size_t>(row)]));
                    if (ImGui::Selectable(c.handle.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
                        opened_ = order_[static_cast<std::size_t>(row)];
                    }
                    note_item("Creator: " + c.handle + " " + c.platform);
                    ImGui::PopID();
                    continue;
                }
                columns[static_cast<std::size_t>(column)].draw(c);
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace creatorscope::web
