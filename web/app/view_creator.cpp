// The creator page: one account's figures with their formulas, every red flag with its
// evidence, the authenticity score's breakdown, the comments and the follower sample.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/view_creator.hpp"
#include "app/brief_scores.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/format.hpp"
#include "creatorscope/creator.hpp"

namespace creatorscope::web {

namespace {

ImU32 severity_colour(const std::string& severity) {
    if (severity == "high") return palette::error;
    if (severity == "medium") return palette::warning;
    return palette::muted_text;
}

void figure(const char* label, const std::string& value, const std::string& how) {
    ImGui::TextColored(ImColor(palette::muted_text), "%s", label);
    ImGui::SameLine(ImGui::GetFontSize() * 15.0f);
    ImGui::TextUnformatted(value.c_str());
    if (!how.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(how.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

std::string maybe_percent(double fraction) { return std::isnan(fraction) ? "-" : format_percent(fraction); }

std::string day_of(std::int64_t time) { return format_date(time); }


// A chart drawn on the canvas: a framed plot area with its data range, the lowest and highest
// values written at the axes' ends, and the point nearest the mouse for the tooltip.
class Chart {
public:
    Chart(const char* id, ImVec2 size, double x0, double x1, double y0, double y1) : x0_(x0), x1_(x1), y0_(y0), y1_(y1) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton(id, size);
        hovered_ = ImGui::IsItemHovered();
        const float font = ImGui::GetFontSize();
        min_ = ImVec2(at.x + font * 3.6f, at.y + font * 0.5f);
        max_ = ImVec2(at.x + size.x - font * 0.5f, at.y + size.y - font * 1.4f);
        draw_ = ImGui::GetWindowDrawList();
        draw_->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), palette::chart_background, 4.0f);
        draw_->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), palette::chart_border, 4.0f);
        draw_->AddLine(ImVec2(min_.x, min_.y), ImVec2(min_.x, max_.y), palette::chart_axis);
        draw_->AddLine(ImVec2(min_.x, max_.y), ImVec2(max_.x, max_.y), palette::chart_axis);
    }
    ImVec2 map(double x, double y) const {
        const float fx = x1_ > x0_ ? static_cast<float>((x - x0_) / (x1_ - x0_)) : 0.5f;
        const float fy = y1_ > y0_ ? static_cast<float>((y - y0_) / (y1_ - y0_)) : 0.5f;
        return ImVec2(min_.x + fx * (max_.x - min_.x), max_.y - fy * (max_.y - min_.y));
    }
    void labels(const std::string& y_low, const std::string& y_high, const std::string& x_low, const std::string& x_high) const {
        const ImU32 muted = palette::muted_text;
        const float font = ImGui::GetFontSize();
        draw_->AddText(ImVec2(min_.x - ImGui::CalcTextSize(y_high.c_str()).x - 4, min_.y - font * 0.4f), muted, y_high.c_str());
        draw_->AddText(ImVec2(min_.x - ImGui::CalcTextSize(y_low.c_str()).x - 4, max_.y - font * 0.8f), muted, y_low.c_str());
        draw_->AddText(ImVec2(min_.x, max_.y + 2), muted, x_low.c_str());
        draw_->AddText(ImVec2(max_.x - ImGui::CalcTextSize(x_high.c_str()).x, max_.y + 2), muted, x_high.c_str());
    }
    // Offers a point for the tooltip: the nearest to the mouse wins.
    void consider(ImVec2 point, std::size_t index) {
        if (!hovered_) return;
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const float d = (point.x - mouse.x) * (point.x - mouse.x) + (point.y - mouse.y) * (point.y - mouse.y);
        if (d < best_) {
            best_ = d;
            nearest_ = index;
            nearest_at_ = point;
        }
    }
    // The nearest point within reach, ringed.
    std::optional<std::size_t> nearest() const {
        if (!nearest_ || best_ > 900.0f) return std::nullopt;
        draw_->AddCircle(nearest_at_, 6.0f, palette::chart_ink, 0, 1.5f);
        return nearest_;
    }
    ImDrawList* draw() const { return draw_; }
    ImVec2 min() const { return min_; }
    ImVec2 max() const { return max_; }

private:
    double x0_, x1_, y0_, y1_;
    ImVec2 min_, max_;
    ImDrawList* draw_ = nullptr;
    bool hovered_ = false;
    float best_ = 1e30f;
    std::optional<std::size_t> nearest_;
    ImVec2 nearest_at_;
};

// A chart's place when there is nothing to draw: the same size, and why (ends the chart's group).
void chart_placeholder(ImVec2 size, const char* why) {
    ImGui::Dummy(size);
    ImGui::TextColored(ImColor(palette::muted_text), "%s", why);
    ImGui::EndGroup();
}

void chart_title(const char* title, const char* help) {
    ImGui::TextUnformatted(title);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

// Engagement rate of each post over time, the creator's rate dashed, the published band shaded.
void rate_chart(const CreatorResult& c, ImVec2 size) {
    std::vector<const PostRate*> posts;
    for (const auto& p : c.engagement.per_post) {
        if (p.published_at != missing_time && !std::isnan(p.rate)) posts.push_back(&p);
    }
    ImGui::BeginGroup();
    chart_title("Engagement rate per post", "Each dot is a post of the window: its interactions / its denominator. Dashed: the creator's rate. "
                                            "Shaded: the published average band for this platform and size.");
    if (posts.size() < 2) {
        chart_placeholder(size, "Fewer than two dated posts.");
        return;
    }
    std::sort(posts.begin(), posts.end(), [](const PostRate* a, const PostRate* b) { return a->published_at < b->published_at; });
    double top = 0;
    for (const auto* p : posts) top = std::max(top, p->rate);
    const ReferenceRow* band = c.benchmark.reference;
    if (band != nullptr) top = std::max(top, band->average_high / 100.0);
    Chart chart("##rate_chart", size, static_cast<double>(posts.front()->published_at), static_cast<double>(posts.back()->published_at), 0, top * 1.1);
    note_item("Chart: engagement rate");
    if (band != nullptr) {
        const ImVec2 high = chart.map(0, band->average_high / 100.0), low = chart.map(0, band->average_low / 100.0);
        chart.draw()->AddRectFilled(ImVec2(chart.min().x, high.y), ImVec2(chart.max().x, low.y), IM_COL32(0, 114, 178, 34));
    }
    if (c.engagement.available) {
        const float y = chart.map(0, c.engagement.rate).y;
        for (float x = chart.min().x; x < chart.max().x; x += 7.0f) {
            chart.draw()->AddLine(ImVec2(x, y), ImVec2(std::min(x + 4.0f, chart.max().x), y), IM_COL32(213, 94, 0, 255), 1.5f);
        }
    }
    ImVec2 previous;
    for (std::size_t k = 0; k < posts.size(); ++k) {
        const ImVec2 point = chart.map(static_cast<double>(posts[k]->published_at), posts[k]->rate);
        if (k > 0) chart.draw()->AddLine(previous, point, IM_COL32(52, 92, 222, 110));
        chart.draw()->AddCircleFilled(point, 3.0f, IM_COL32(52, 92, 222, 255));
        chart.consider(point, k);
        previous = point;
    }
    chart.labels("0%", format_percent(top * 1.1), day_of(posts.front()->published_at), day_of(posts.back()->published_at));
    if (const auto k = chart.nearest()) {
        const PostRate& p = *posts[*k];
        ImGui::SetTooltip("Post %s, %s\n%s = %s interactions / %s", p.post_id.c_str(), day_of(p.published_at).c_str(), format_percent(p.rate).c_str(),
                          format_count(p.interactions).c_str(), format_count(p.denominator).c_str());
    }
    ImGui::EndGroup();
}

// Followers over time, with the days of spikes and drops marked.
void followers_chart(const CreatorResult& c, ImVec2 size) {
    const auto& series = c.follower_series;
    ImGui::BeginGroup();
    chart_title("Followers", "The follower history. Red marks: the days of follower spikes (pointing down at the day) and drops.");
    if (series.size() < 2) {
        chart_placeholder(size, "No follower history loaded.");
        return;
    }
    double low = series.front().followers, high = low;
    for (const auto& p : series) {
        low = std::min(low, static_cast<double>(p.followers));
        high = std::max(high, static_cast<double>(p.followers));
    }
    const double pad = std::max(1.0, (high - low) * 0.08);
    Chart chart("##followers_chart", size, static_cast<double>(series.front().time()), static_cast<double>(series.back().time()),
                std::max(0.0, low - pad), high + pad);
    note_item("Chart: followers");
    ImVec2 previous;
    for (std::size_t k = 0; k < series.size(); ++k) {
        const ImVec2 point = chart.map(static_cast<double>(series[k].time()), series[k].followers);
        if (k > 0) chart.draw()->AddLine(previous, point, IM_COL32(0, 158, 115, 255), 2.0f);
        chart.consider(point, k);
        previous = point;
    }
    for (const auto& flag : c.flags) {
        if (flag.id != "FOLLOWER_SPIKE" && flag.id != "FOLLOWER_DROP") continue;
        const bool spike = flag.id == "FOLLOWER_SPIKE";
        for (const auto& date : flag.dates) {
            for (const auto& p : series) {
                if (day_of(p.time()) != date) continue;
                const ImVec2 at = chart.map(static_cast<double>(p.time()), p.followers);
                const float tip = spike ? at.y - 4 : at.y + 4, base = spike ? at.y - 14 : at.y + 14;
                chart.draw()->AddTriangleFilled(ImVec2(at.x, tip), ImVec2(at.x - 6, base), ImVec2(at.x + 6, base), palette::error);
            }
        }
    }
    chart.labels(format_compact(std::max(0.0, low - pad)), format_compact(high + pad), day_of(series.front().time()), day_of(series.back().time()));
    if (const auto k = chart.nearest()) {
        ImGui::SetTooltip("%s: %s followers", day_of(series[*k].time()).c_str(), format_count(series[*k].followers).c_str());
    }
    ImGui::EndGroup();
}

// Likes against comments, a dot per post.
void likes_comments_chart(const CreatorResult& c, ImVec2 size) {
    std::vector<const PostRate*> posts;
    for (const auto& p : c.engagement.per_post) {
        if (!std::isnan(p.likes) && !std::isnan(p.comments)) posts.push_back(&p);
    }
    ImGui::BeginGroup();
    chart_title("Likes against comments", "One dot per post of the window: comments (up) against likes (across). Posts far from the others' "
                                          "line had comments that likes did not follow, or the reverse.");
    if (posts.size() < 2) {
        chart_placeholder(size, "The posts carry no likes and comments.");
        return;
    }
    double most_likes = 1, most_comments = 1;
    for (const auto* p : posts) {
        most_likes = std::max(most_likes, p->likes);
        most_comments = std::max(most_comments, p->comments);
    }
    Chart chart("##likes_chart", size, 0, most_likes * 1.05, 0, most_comments * 1.1);
    note_item("Chart: likes against comments");
    for (std::size_t k = 0; k < posts.size(); ++k) {
        const ImVec2 point = chart.map(posts[k]->likes, posts[k]->comments);
        chart.draw()->AddCircleFilled(point, 3.0f, IM_COL32(204, 121, 167, 255));
        chart.consider(point, k);
    }
    chart.labels("0", format_compact(most_comments * 1.1), "0 likes", format_compact(most_likes * 1.05));
    if (const auto k = chart.nearest()) {
        const PostRate& p = *posts[*k];
        ImGui::SetTooltip("Post %s, %s\n%s likes, %s comments", p.post_id.c_str(), day_of(p.published_at).c_str(), format_count(p.likes).c_str(),
                          format_count(p.comments).c_str());
    }
    ImGui::EndGroup();
}

// The authenticity score, its formula and what was deducted: what a vetting page is for.
void authenticity_section(const CreatorResult& c) {
    const Authenticity& a = c.authenticity;
    ImGui::Separator();
    if (a.known()) {
        ImGui::Text("Authenticity %.0f / 100", a.score);
    } else {
        ImGui::TextUnformatted("Authenticity unknown");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
    ImGui::TextWrapped("%s.", a.basis.c_str());
    ImGui::TextWrapped("%s.", a.formula.c_str());
    ImGui::PopStyleColor();
    for (const auto& [id, points] : a.deductions) ImGui::BulletText("-%.0f  %s", points, id.c_str());
    if (a.audience_quality >= 0) ImGui::BulletText("follower sample quality %.0f / 100", a.audience_quality);
}

// Every red flag: its severity, its id, its evidence and the first posts it names.
void flags_section(const CreatorResult& c) {
    ImGui::Separator();
    ImGui::Text("Red flags (%zu)", c.flags.size());
    if (c.flags.empty()) ImGui::TextColored(ImColor(palette::muted_text), "None: nothing in this creator's data crossed a threshold (docs/flags.md).");
    for (std::size_t k = 0; k < c.flags.size(); ++k) {
        const Flag& f = c.flags[k];
        ImGui::PushID(static_cast<int>(k));
        ImGui::TextColored(ImColor(severity_colour(f.severity)), "%s", f.severity.c_str());
        ImGui::SameLine(ImGui::GetFontSize() * 5.0f);
        ImGui::TextUnformatted(f.id.c_str());
        note_item("Flag: " + f.id);
        ImGui::Indent(ImGui::GetFontSize() * 5.0f);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(f.evidence.c_str());
        if (!f.posts.empty()) {
            std::string posts;
            for (std::size_t p = 0; p < f.posts.size() && p < 8; ++p) posts += (posts.empty() ? "" : ", ") + f.posts[p];
            if (f.posts.size() > 8) posts += ", ...";
            ImGui::TextColored(ImColor(palette::muted_text), "Posts: %s", posts.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::Unindent(ImGui::GetFontSize() * 5.0f);
        ImGui::PopID();
    }
}

// The three charts, side by side as the width allows.
void charts_section(const CreatorResult& c, float scale) {
    ImGui::Separator();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const int per_row = avail >= 3 * 300.0f * scale + 2 * spacing ? 3 : (avail >= 2 * 260.0f * scale + spacing ? 2 : 1);
    const float width = (avail - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    const ImVec2 size(width, std::min(200.0f * scale, width * 0.62f));
    rate_chart(c, size);
    if (per_row > 1) ImGui::SameLine();
    followers_chart(c, size);
    if (per_row > 2) ImGui::SameLine();
    likes_comments_chart(c, size);
}

// Who the creator is, as the roster says: the display name, the category and country, the
// contact address, and the account's own post count beside the posts loaded.
void identity_section(const CreatorResult& c) {
    std::string who = c.name;
    const auto add = [&](const std::string& part) {
        if (!part.empty()) who += (who.empty() ? "" : " \xC2\xB7 ") + part;
    };
    add(c.category);
    add(c.country);
    add(c.email);
    if (!who.empty()) ImGui::TextUnformatted(who.c_str());
    std::string posts = std::to_string(c.posts_loaded) + (c.posts_loaded == 1 ? " post loaded" : " posts loaded");
    if (!std::isnan(c.posts_on_account)) posts = format_count(c.posts_on_account) + " posts on the account (the roster says); " + posts;
    ImGui::TextColored(ImColor(palette::muted_text), "%s", posts.c_str());
}

// The creator's figures, each with how it was computed in its tooltip.
void figures_section(const CreatorResult& c) {
    ImGui::Separator();
    ImGui::TextUnformatted("Figures");
    const Engagement& e = c.engagement;
    figure("Followers", format_count(c.followers), "From the roster, or the latest day of the follower history.");
    figure("Tier", c.tier.value_or("-"), "From the follower count and the tier scheme chosen beside the report date.");
    std::string mean = e.per_post_statistics ? " (mean " + format_percent(e.rate_mean) + ")" : " (from the roster)";
    if (!std::isnan(e.stated_rate)) mean += "; the list states " + format_percent(e.stated_rate) + ", not used (hover for why)";
    figure("Engagement rate", e.available ? format_percent(e.rate) + mean : "-", describe_formula(e) + (e.note.empty() ? "" : ". " + e.note));
    figure("By followers / views / reach",
           maybe_percent(c.rate_by_followers) + " / " + maybe_percent(c.rate_by_views) + " / " + maybe_percent(c.rate_by_reach),
           "The same posts measured by each denominator the data has.");
    figure("Peer rank", std::isnan(c.benchmark.percentile) ? "-" : std::to_string(static_cast<int>(std::lround(c.benchmark.percentile))) + " of 100 (" + std::to_string(c.benchmark.peers) + " peers)",
           describe_peer_rank(c) + ". The share of them with a lower rate.");
    figure("Benchmark", c.benchmark.band.empty() ? "-" : c.benchmark.band,
           c.benchmark.reference ? c.benchmark.reference->source : std::string("No published band for this platform and size."));
    figure("Growth 30 / 90 days", maybe_percent(c.growth.growth_30d) + " / " + maybe_percent(c.growth.growth_90d),
           c.growth.available ? "(followers now - followers then) / followers then, from the follower history." : c.growth.note);
    char cadence[128];
    std::snprintf(cadence, sizeof cadence, "%.1f a week; longest gap %.0f days", c.cadence.posts_per_week, c.cadence.longest_gap_days);
    figure("Posting", std::isnan(c.cadence.posts_per_week) ? "-" : cadence, "Over the 90 days up to the report date.");
    figure("Sponsored / organic rate", maybe_percent(e.sponsored_rate) + " / " + maybe_percent(e.organic_rate),
           std::to_string(e.sponsored_posts) + " sponsored and " + std::to_string(e.organic_posts) + " organic posts among those used.");
}

// The account's video views each day, from its analytics export.
void account_views_chart(const AccountMetrics& a, ImVec2 size) {
    ImGui::BeginGroup();
    chart_title("Views by day", "The account's video views each day, from its analytics export (all its videos, not only those loaded).");
    if (a.daily_views.size() < 2) {
        chart_placeholder(size, "Fewer than two days of views.");
        return;
    }
    double high = 0;
    for (const auto& [day, views] : a.daily_views) high = std::max(high, static_cast<double>(views));
    const double top = high * 1.08 + 1;
    const auto time_of = [](std::int32_t day) { return static_cast<double>(day) * 86400.0; };
    Chart chart("##account_views_chart", size, time_of(a.daily_views.front().first), time_of(a.daily_views.back().first), 0.0, top);
    note_item("Chart: account views");
    ImVec2 previous;
    for (std::size_t k = 0; k < a.daily_views.size(); ++k) {
        const ImVec2 point = chart.map(time_of(a.daily_views[k].first), a.daily_views[k].second);
        if (k > 0) chart.draw()->AddLine(previous, point, palette::accent, 1.5f);
        chart.consider(point, k);
        previous = point;
    }
    const auto day = [&](std::size_t k) { return day_of(static_cast<std::int64_t>(a.daily_views[k].first) * 86400); };
    chart.labels("0", format_compact(top), day(0), day(a.daily_views.size() - 1));
    if (const auto k = chart.nearest()) ImGui::SetTooltip("%s: %s views", day(*k).c_str(), format_count(a.daily_views[*k].second).c_str());
    ImGui::EndGroup();
}

// The account as a whole, from the platform's own analytics export (TikTok Studio's Overview,
// Viewers, Follower activity), when one is loaded: totals, the last 28 days, views by day.
void account_section(const CreatorResult& c, float scale) {
    if (!c.account) return;
    const AccountMetrics& a = *c.account;
    ImGui::Separator();
    const auto day = [](std::int32_t d) { return format_date(static_cast<std::int64_t>(d) * 86400); };
    ImGui::Text("The account as a whole: %d days, %s to %s", a.days, day(a.first_day).c_str(), day(a.last_day).c_str());
    std::string files;
    for (const auto& input : a.inputs) files += (files.empty() ? "" : ", ") + input;
    const std::string how = "From " + files + (a.attached == "handle" ? "" : ", tied to this creator as " + a.attached) + ".";
    const std::string period = " in " + std::to_string(a.days) + (a.days == 1 ? " day" : " days");
    figure("Views", format_count(a.views) + period + "; " + format_count(a.views_28d) + " in the last 28", how);
    figure("Profile views", format_count(a.profile_views) + period + "; " + format_count(a.profile_views_28d) + " in the last 28", how);
    figure("Likes / comments / shares", format_count(a.likes) + " / " + format_count(a.comments) + " / " + format_count(a.shares) + period,
           "Net daily changes summed over the days: " + how);
    figure("New / returning viewers", format_count(a.new_viewers) + " / " + format_count(a.returning_viewers) + period, how);
    figure("Followers most active", a.peak_hour < 0 ? "-" : std::to_string(a.peak_hour) + ":00 (" + format_count(a.peak_active_followers) + " on average)",
           "The hour of day with the most active followers on average, in the export's time zone.");
    account_views_chart(a, ImVec2(ImGui::GetContentRegionAvail().x, 150.0f * scale));
}

// The comments: how many, how many are low-effort, and the accounts that recur.
// Each table split by a dimension (YouTube Studio's Subscription status...): its parts' views
// with their share, as bars.
void breakdowns_section(const CreatorResult& c) {
    for (const auto& b : c.breakdowns) {
        ImGui::Separator();
        ImGui::Text("%s by %s", b.of == "posts" ? "Its videos' views" : "The channel's views", b.dimension.c_str());
        note_item(("Breakdown: " + b.dimension + " of " + b.of).c_str());
        ImGui::TextColored(ImColor(palette::muted_text), "From %s", b.input.c_str());
        const double views = b.total_views();
        for (const auto& part : b.parts) {
            const float share = views > 0 && !std::isnan(part.views) ? static_cast<float>(part.views / views) : 0.0f;
            const std::string label = part.value + ": " + format_count(part.views) + (views > 0 ? " (" + format_percent(share) + ")" : "");
            ImGui::ProgressBar(share, ImVec2(ImGui::GetFontSize() * 14.0f, 0), "");
            ImGui::SameLine();
            ImGui::TextUnformatted(label.c_str());
        }
    }
}

void comments_section(const CreatorResult& c) {
    ImGui::Separator();
    const CommentStats& cs = c.comments;
    if (cs.comments == 0) {
        ImGui::TextColored(ImColor(palette::muted_text), "Comments: none loaded for this creator (load a comments export to see who comments)");
        return;
    }
    ImGui::Text("Comments: %d on %d posts, by %d accounts", cs.comments, cs.posts, cs.distinct_authors);
    if (cs.comments > 0) {
        ImGui::BulletText("emoji only %d, mentions only %d, generic praise %d: %s of all", cs.emoji_only, cs.mention_only, cs.generic_phrase,
                          format_percent(cs.generic_share()).c_str());
        if (!cs.recurring.empty()) {
            std::string names;
            for (std::size_t k = 0; k < cs.recurring.size() && k < 8; ++k) names += (names.empty() ? "" : ", ") + cs.recurring[k].first;
            ImGui::Bullet();
            ImGui::TextWrapped("on half the posts or more: %s", names.c_str());
        }
    }
}

// Each follower sample of this creator: the suspicious share and the first suspicious accounts.
void follower_samples_section(const Engine& engine, const CreatorResult& c) {
    for (const auto& sample : engine.audience_samples()) {
        if (sample.creator != c.handle || sample.accounts.empty()) continue;
        ImGui::Separator();
        ImGui::Text("Follower sample: %zu accounts from %s", sample.accounts.size(), sample.input.c_str());
        ImGui::BulletText("an estimated %s suspicious (95%% interval %s to %s), corrected for the accounts the model misjudges",
                          format_percent(sample.corrected_share).c_str(), format_percent(sample.corrected_ci95.first).c_str(),
                          format_percent(sample.corrected_ci95.second).c_str());
        ImGui::BulletText("the model marked %d (%s); %d follow 1,500 accounts or more, which alone marks no one", sample.suspicious,
                          format_percent(sample.suspicious_share).c_str(), sample.mass_followers);
        int shown = 0;
        for (const auto& account : sample.accounts) {
            if (!account.verdict.suspicious || shown == 5) continue;
            std::string why;
            for (const auto& r : account.verdict.reasons) why += (why.empty() ? "" : "; ") + r;
            ImGui::Bullet();
            ImGui::TextWrapped("%s (score %.2f): %s", account.account.c_str(), account.verdict.score, why.c_str());
            ++shown;
        }
    }
}

}  // namespace

void creator_rate_chart(const CreatorResult& c, ImVec2 size) { rate_chart(c, size); }
void creator_followers_chart(const CreatorResult& c, ImVec2 size) { followers_chart(c, size); }

void CreatorPage::open(std::size_t index) {
    index_ = index;
    open_ = true;
    just_opened_ = true;
}

// The page's window, centred when it opens, with the creator's sections top to bottom.
void CreatorPage::draw(const Engine& engine, float scale) {
    if (!open_) return;
    const auto& creators = engine.creators();
    if (index_ >= creators.size()) {
        open_ = false;
        return;
    }
    const CreatorResult& c = creators[index_];
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f * scale, io.DisplaySize.x - 40.0f * scale), io.DisplaySize.y - 80.0f * scale),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (just_opened_) ImGui::SetNextWindowFocus();
    just_opened_ = false;
    const std::string title = c.handle + " on " + (c.platform.empty() ? std::string("?") : c.platform) + "###Creator";
    if (!ImGui::Begin(title.c_str(), &open_, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    note_item("Creator page");
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        open_ = false;  // Escape closes, as in any dialog
    }
    if (ImGui::Button("Close")) open_ = false;
    note_item("Close creator page");
    ImGui::PushTextWrapPos(0.0f);  // long lines wrap at the window's edge
    identity_section(c);
    authenticity_section(c);
    against_brief_section(c, engine.brief() != nullptr);
    flags_section(c);
    charts_section(c, scale);
    figures_section(c);
    account_section(c, scale);
    breakdowns_section(c);
    comments_section(c);
    follower_samples_section(engine, c);
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace creatorscope::web
