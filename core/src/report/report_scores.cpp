// The scores' JSON: one function per score, one per kind of part.
#include "report/report_scores.hpp"

#include <cmath>

#include "ingest/values.hpp"

namespace creatorscope {

namespace {

using json = nlohmann::ordered_json;

json number_or_null(double value, int decimals) {
    if (std::isnan(value) || std::isinf(value)) return nullptr;
    return round_to(value, decimals);
}

json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json audience_data(const ScorePart& part) {
    json rows = json::array();
    for (const auto& row : part.rows) {
        rows.push_back({{"bucket", row.bucket}, {"share", round_to(row.share, 4)}, {"in_target", round_to(row.in_target, 4)}});
    }
    return {{"input", text_or_null(part.input)},
            {"targets", part.targets},
            {"share_in_target", number_or_null(part.share_in_target, 4)},
            {"rows", std::move(rows)}};
}

json content_data(const ScorePart& part, const ContentEvidence& e) {
    json matches = json::array();
    for (const auto& m : e.matches) matches.push_back({{"term", m.term}, {"source", m.source}, {"where", m.where}, {"posts", m.posts}});
    return {{"targets", part.targets},
            {"posts", e.posts},
            {"posts_with_text", e.posts_with_text},
            {"posts_matching", e.posts_matching},
            {"share_matching", number_or_null(part.figure, 4)},
            {"has_bio", e.has_bio},
            {"has_category", e.has_category},
            {"matches", std::move(matches)}};
}

// A part's data, by the part's name.
json part_data(const ScorePart& part, const CreatorResult& c) {
    const std::string& name = part.name;
    if (name == "countries" || name == "ages" || name == "genders" || name == "languages") return audience_data(part);
    if (name == "content") return content_data(part, c.content);
    if (name == "platform" || name == "tier") return {{"value", text_or_null(part.value)}, {"targets", part.targets}};
    if (name == "engagement") return {{"percentile", number_or_null(part.figure, 1)}, {"peers", part.peers}};
    if (name == "authenticity") return {{"authenticity", number_or_null(part.figure, 1)}};
    if (name == "alignment") return {{"alignment", number_or_null(part.figure, 1)}, {"coverage", round_to(c.alignment.coverage, 4)}};
    return {{"cpe", number_or_null(part.figure, 4)},
            {"peer_median_cpe", number_or_null(part.reference, 4)},
            {"peers", part.peers},
            {"currency", text_or_null(c.currency)}};
}

json parts_json(const BriefScore& score, const CreatorResult& c) {
    json parts = json::object();
    for (const auto& part : score.parts) {
        parts[part.name] = {{"score", number_or_null(part.score, 1)},
                            {"weight", round_to(part.weight, 4)},
                            {"basis", part.basis},
                            {"data", part_data(part, c)}};
    }
    return parts;
}

json brief_score_json(const BriefScore& score, const CreatorResult& c) {
    return {{"score", number_or_null(score.score, 1)},
            {"coverage", round_to(score.coverage, 4)},
            {"basis", score.basis},
            {"parts", parts_json(score, c)}};
}

json weights_json(const FitWeights& w) {
    return {{"engagement", round_to(w.engagement, 4)},
            {"authenticity", round_to(w.authenticity, 4)},
            {"alignment", round_to(w.alignment, 4)},
            {"cost", round_to(w.cost, 4)}};
}

}  // namespace

json scores_json(const CreatorResult& c) {
    json deductions = json::array();
    for (const auto& [id, points] : c.authenticity.deductions) deductions.push_back({{"flag", id}, {"points", points}});
    json fit = brief_score_json(c.fit, c);
    fit["rank"] = c.fit.rank > 0 ? json(c.fit.rank) : json(nullptr);
    json weights = json::object();
    for (const auto& part : c.fit.parts) weights[part.name] = round_to(part.weight, 4);
    fit["weights"] = std::move(weights);
    return {{"authenticity", number_or_null(c.authenticity.score, 1)},
            {"authenticity_breakdown",
             {{"start", 100},
              {"deductions", deductions},
              {"audience_quality", c.authenticity.audience_quality < 0 ? json(nullptr) : json(round_to(c.authenticity.audience_quality, 1))},
              {"formula", c.authenticity.formula},
              {"basis", c.authenticity.basis}}},
            {"alignment", brief_score_json(c.alignment, c)},
            {"fit", std::move(fit)}};
}

json brief_json(const Brief* brief) {
    if (brief == nullptr) return nullptr;
    return {{"input", brief->input},
            {"name", text_or_null(brief->name)},
            {"countries", brief->countries},
            {"ages", brief->ages},
            {"genders", brief->genders},
            {"languages", brief->languages},
            {"niches", brief->niches},
            {"keywords", brief->keywords},
            {"platforms", brief->platforms},
            {"tiers", brief->tiers},
            {"budget", number_or_null(brief->budget, 2)},
            {"currency", text_or_null(brief->currency)},
            {"weights", weights_json(brief->weights)},
            {"weights_source", brief->weights.given ? "brief" : "defaults"}};
}

}  // namespace creatorscope
