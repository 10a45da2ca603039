// The creator page: one account's figures with their formulas, every red flag with its
// evidence, the authenticity score's breakdown, the comments and the follower sample.
#include <cmath>
#include <cstdio>
#include <string>

#include "app/app.hpp"
#include "app/shell_bridge.hpp"
#include "creatorscope/engine.hpp"
#include "creatorscope/report.hpp"

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

}  // namespace

void CreatorPage::open(std::size_t index) {
    index_ = index;
    open_ = true;
    just_opened_ = true;
}

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

    // Authenticity first: what a vetting page is for.
    const Authenticity& a = c.authenticity;
    ImGui::Separator();
    ImGui::Text("Authenticity %.0f / 100", a.score);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted_text);
    ImGui::TextWrapped("%s.", a.formula.c_str());
    ImGui::PopStyleColor();
    for (const auto& [id, points] : a.deductions) ImGui::BulletText("-%.0f  %s", points, id.c_str());
    if (a.audience_quality >= 0) ImGui::BulletText("follower sample quality %.0f / 100", a.audience_quality);

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

    ImGui::Separator();
    ImGui::TextUnformatted("Figures");
    const Engagement& e = c.engagement;
    figure("Followers", format_count(c.followers), "From the roster, or the latest day of the follower history.");
    figure("Tier", c.tier.value_or("-"), "From the follower count and the tier scheme chosen beside the report date.");
    figure("Engagement rate", e.available ? format_percent(e.rate) + " (mean " + format_percent(e.rate_mean) + ")" : "-", describe_formula(e));
    figure("By followers / views / reach",
           maybe_percent(c.rate_by_followers) + " / " + maybe_percent(c.rate_by_views) + " / " + maybe_percent(c.rate_by_reach),
           "The same posts measured by each denominator the data has.");
    figure("Peer rank", std::isnan(c.benchmark.percentile) ? "-" : std::to_string(static_cast<int>(std::lround(c.benchmark.percentile))) + " of 100 (" + std::to_string(c.benchmark.peers) + " peers)",
           "Share of loaded creators of the same platform and tier with a lower rate.");
    figure("Benchmark", c.benchmark.band.empty() ? "-" : c.benchmark.band,
           c.benchmark.reference ? c.benchmark.reference->source : std::string("No published band for this platform and size."));
    figure("Growth 30 / 90 days", maybe_percent(c.growth.growth_30d) + " / " + maybe_percent(c.growth.growth_90d),
           c.growth.available ? "(followers now - followers then) / followers then, from the follower history." : c.growth.note);
    char cadence[128];
    std::snprintf(cadence, sizeof cadence, "%.1f a week; longest gap %.0f days", c.cadence.posts_per_week, c.cadence.longest_gap_days);
    figure("Posting", std::isnan(c.cadence.posts_per_week) ? "-" : cadence, "Over the 90 days up to the report date.");
    figure("Sponsored / organic rate", maybe_percent(e.sponsored_rate) + " / " + maybe_percent(e.organic_rate),
           std::to_string(e.sponsored_posts) + " sponsored and " + std::to_string(e.organic_posts) + " organic posts among those used.");

    ImGui::Separator();
    const CommentStats& cs = c.comments;
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

    for (const auto& sample : engine.audience_samples()) {
        if (sample.creator != c.handle || sample.accounts.empty()) continue;
        ImGui::Separator();
        ImGui::Text("Follower sample: %zu accounts from %s", sample.accounts.size(), sample.input.c_str());
        ImGui::BulletText("suspicious %d (%s, 95%% interval %s to %s); mass followers %d", sample.suspicious,
                          format_percent(sample.suspicious_share).c_str(), format_percent(sample.ci95.first).c_str(),
                          format_percent(sample.ci95.second).c_str(), sample.mass_followers);
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
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace creatorscope::web
