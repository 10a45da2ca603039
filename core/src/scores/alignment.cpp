// Alignment with the brief: the audience parts (scores/audience.cpp), the content match, the
// platform and the tier, one rule per function, and the weighted mean over the known parts.
#include <algorithm>
#include <cmath>

#include "model/text.hpp"
#include "scores/scoring.hpp"

namespace creatorscope {

namespace {

// The parts' weights within alignment (docs/scores.md says why): who the audience is counts
// most (the guide: "large audiences are meaningless if they do not resemble your ideal
// customers"), then what the creator talks about, then where and at what size.
constexpr double weight_countries = 0.25, weight_ages = 0.15, weight_genders = 0.10, weight_languages = 0.10;
constexpr double weight_content = 0.25, weight_platform = 0.075, weight_tier = 0.075;

// Posts: a creator with this share of recent posts on the brief's topics matches fully.
constexpr double full_match_post_share = 0.5;
// Within content: the posts (what the creator does) weigh more than the profile (what it says).
constexpr double content_posts_weight = 0.75;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The content match: the brief's niches and keywords in the window's captions and hashtags
// (the share of posts with one, 100 at half of them or more) and in the profile (bio or
// category: 100 with one, 0 without), 3 to 1; either alone when the other is unknown.
ScorePart content_part(const CreatorResult& c, const Brief& brief) {
    ScorePart part;
    part.name = "content";
    part.weight = weight_content;
    part.targets = brief.niches;
    part.targets.insert(part.targets.end(), brief.keywords.begin(), brief.keywords.end());
    if (part.targets.empty()) {
        part.weight = 0;
        part.basis = "not asked: the brief names no niches or keywords";
        return part;
    }
    const ContentEvidence& e = c.content;
    const bool posts_known = e.posts_with_text > 0, profile_known = e.has_bio || e.has_category;
    if (!posts_known && !profile_known) {
        part.basis = e.posts > 0 ? "unknown: the " + std::to_string(e.posts) + " recent posts have no caption or hashtags, and no bio or category is loaded"
                                 : "unknown: no posts, bio or category loaded";
        return part;
    }
    const bool profile_match = std::any_of(e.matches.begin(), e.matches.end(), [](const ContentMatch& m) { return m.where == "bio" || m.where == "category"; });
    const double share = posts_known ? static_cast<double>(e.posts_matching) / e.posts_with_text : 0;
    const double posts_score = 100.0 * std::min(1.0, share / full_match_post_share);
    const double profile_score = profile_match ? 100.0 : 0.0;
    part.score = posts_known && profile_known ? content_posts_weight * posts_score + (1 - content_posts_weight) * profile_score
                 : posts_known                ? posts_score
                                              : profile_score;
    part.figure = posts_known ? share : not_a_number;
    std::string basis;
    if (posts_known) {
        basis = std::to_string(e.posts_matching) + " of " + std::to_string(e.posts_with_text) + " recent posts with text name the brief's niches or keywords";
    }
    if (profile_known) {
        basis += std::string(basis.empty() ? "" : "; ") + (profile_match ? "the profile names them" : "the profile names none") + " (" +
                 (e.has_bio && e.has_category ? "bio and category" : e.has_bio ? "bio" : "category") + ")";
    }
    part.basis = basis;
    return part;
}

// The platform in the brief's platforms: 100 or 0.
ScorePart platform_part(const CreatorResult& c, const Brief& brief) {
    ScorePart part;
    part.name = "platform";
    part.weight = weight_platform;
    part.targets = brief.platforms;
    part.value = c.platform;
    if (brief.platforms.empty()) {
        part.weight = 0;
        part.basis = "not asked: the brief names no platforms";
    } else if (c.platform.empty()) {
        part.basis = "unknown: no input says the account's platform";
    } else {
        const bool wanted = std::find(brief.platforms.begin(), brief.platforms.end(), c.platform) != brief.platforms.end();
        part.score = wanted ? 100 : 0;
        part.basis = c.platform + (wanted ? " is" : " is not") + " among the brief's platforms (" + joined(brief.platforms) + ")";
    }
    return part;
}

// The tier in the brief's tiers: 100 or 0.
ScorePart tier_part(const CreatorResult& c, const Brief& brief) {
    ScorePart part;
    part.name = "tier";
    part.weight = weight_tier;
    part.targets = brief.tiers;
    part.value = c.tier.value_or("");
    if (brief.tiers.empty()) {
        part.weight = 0;
        part.basis = "not asked: the brief names no tiers";
    } else if (!c.tier) {
        part.basis = "unknown: no follower count places the account in a tier";
    } else {
        const std::string tier = lower_ascii(*c.tier);
        const bool wanted = std::find(brief.tiers.begin(), brief.tiers.end(), tier) != brief.tiers.end();
        part.score = wanted ? 100 : 0;
        part.basis = *c.tier + (wanted ? " is" : " is not") + " among the brief's tiers (" + joined(brief.tiers) + ")";
    }
    return part;
}

}  // namespace

void combine_parts(BriefScore& s, const std::string& what) {
    double asked = 0, known = 0, sum = 0;
    std::vector<std::string> unknown;
    for (const auto& part : s.parts) {
        if (part.weight <= 0) continue;
        asked += part.weight;
        if (!part.known()) {
            unknown.push_back(part.name);
            continue;
        }
        known += part.weight;
        sum += part.weight * part.score;
    }
    if (asked <= 0) {
        s.basis = "unknown: the brief asks nothing " + what + " could be measured by";
        return;
    }
    s.coverage = known / asked;
    if (known <= 0) {
        s.basis = "unknown: no part of " + what + " has data (" + joined(unknown) + ")";
        return;
    }
    s.score = sum / known;
    std::vector<std::string> names;
    for (const auto& part : s.parts) {
        if (part.weight > 0 && part.known()) names.push_back(part.name);
    }
    s.basis = "weighted mean of " + std::to_string(names.size()) + " known parts (" + joined(names) + "), " +
              format_number(100.0 * s.coverage, 0) + "% of the weight" + (unknown.empty() ? "" : "; unknown: " + joined(unknown));
}

BriefScore score_alignment(const CreatorResult& c, const Brief& brief, const AudienceRows* rows, const AudienceIndex& index) {
    BriefScore s;
    const std::pair<const char*, double> audience[] = {
        {"countries", weight_countries}, {"ages", weight_ages}, {"genders", weight_genders}, {"languages", weight_languages}};
    const std::vector<std::string>* targets[] = {&brief.countries, &brief.ages, &brief.genders, &brief.languages};
    for (std::size_t k = 0; k < 4; ++k) {
        ScorePart part = audience_part(audience[k].first, *targets[k], rows, index);
        part.weight = targets[k]->empty() ? 0 : audience[k].second;
        s.parts.push_back(std::move(part));
    }
    s.parts.push_back(content_part(c, brief));
    s.parts.push_back(platform_part(c, brief));
    s.parts.push_back(tier_part(c, brief));
    combine_parts(s, "alignment");
    return s;
}

void clear_brief_scores(CreatorResult& c) {
    c.alignment = {};
    c.fit = {};
    c.alignment.basis = c.fit.basis = "unknown: no brief loaded";
}

}  // namespace creatorscope
