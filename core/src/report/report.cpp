// The report JSON and the roster CSV.
#include "report/report.hpp"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "attribution/code_owners.hpp"
#include "ingest/dates.hpp"
#include "report/json_stream.hpp"
#include "report/report_account.hpp"
#include "report/report_scores.hpp"
#include "ingest/values.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

using json = nlohmann::ordered_json;

json count_or_null(double value) {
    if (std::isnan(value)) return nullptr;
    if (value == std::floor(value) && std::fabs(value) < 9e15) return static_cast<std::int64_t>(value);
    return round_to(value, 4);
}

json rate_or_null(bool available, double value) {
    if (!available || std::isnan(value)) return nullptr;
    return round_to(value, rate_decimals);
}

std::string delimiter_name(char delimiter) {
    switch (delimiter) {
        case ',': return "comma";
        case ';': return "semicolon";
        case '\t': return "tab";
        case '|': return "pipe";
        default: return "";
    }
}

json input_json(const InputFile& input) {
    json j;
    j["name"] = input.name();
    j["kind"] = std::string(kind_name(input.kind()));
    j["format"] = input.format_name().empty() ? json(nullptr) : json(input.format_name());
    j["rows"] = input.rows();
    j["rejected"] = input.rejected();
    j["skipped"] = input.skipped();
    j["issues_total"] = input.issue_count();
    if (input.kind() == Kind::posts || input.kind() == Kind::roster) j["keyword_hit_rows"] = input.keyword_hit_rows();
    j["encoding"] = input.encoding();
    j["container"] = input.container();
    if (input.delimiter() != 0) j["delimiter"] = delimiter_name(input.delimiter());
    json columns = json::array();
    for (const auto& column : input.mapping()) {
        columns.push_back({{"source", column.source},
                           {"canonical", column.canonical.empty() ? json(nullptr) : json(column.canonical)},
                           {"why", column.why.empty() ? json(nullptr) : json(column.why)}});
    }
    j["columns"] = std::move(columns);
    if (!input.inferred_platform().empty()) j["platform"] = {{"value", input.inferred_platform()}, {"why", input.platform_why()}};
    json issues = json::array();
    for (const auto& issue : input.issues()) {
        issues.push_back({{"line", issue.line}, {"column", issue.column}, {"message", issue.message}});
    }
    j["issues"] = std::move(issues);
    if (!input.notes().empty()) j["notes"] = input.notes();
    return j;
}

json engagement_json(const Engagement& e) {
    json j;
    j["rate"] = rate_or_null(e.available, e.rate);
    j["rate_mean"] = rate_or_null(e.available && e.per_post_statistics, e.rate_mean);  // a roster's one figure has no mean
    if (!std::isnan(e.stated_rate)) j["stated_rate"] = rate_or_null(true, e.stated_rate);
    j["posts"] = e.posts_used;
    j["caveats"] = e.caveats;
    json formula;
    formula["source"] = e.source;
    formula["numerator"] = e.summed.empty() ? json(nullptr) : json(join(e.summed, " + "));
    formula["denominator"] = e.denominator.empty() ? json(nullptr) : json(e.denominator);
    formula["statistic"] = e.statistic;
    if (e.source == "posts") {
        formula["window"] = e.window;
        formula["posts_in_window"] = e.posts_in_window;
        formula["posts_used"] = e.posts_used;
        json skipped = json::array();
        for (const auto& s : e.skipped) {
            skipped.push_back({{"post_id", s.post_id}, {"line", s.line}, {"reason", s.reason}});
        }
        formula["posts_skipped"] = std::move(skipped);
    }
    if (!e.followers_basis.empty()) formula["followers_basis"] = e.followers_basis;
    formula["text"] = describe_formula(e);
    j["formula"] = std::move(formula);
    if (!e.note.empty()) j["note"] = e.note;
    if (e.source == "posts") {
        j["expected_interactions"] = count_or_null(e.expected_interactions);
        j["expected_views"] = count_or_null(e.expected_views);
        const int known = e.sponsored_posts + e.organic_posts;
        j["sponsored"] = {{"posts", e.sponsored_posts},
                          {"organic_posts", e.organic_posts},
                          {"share", known > 0 ? json(round_to(static_cast<double>(e.sponsored_posts) / known, 4)) : json(nullptr)},
                          {"rate", rate_or_null(true, e.sponsored_rate)},
                          {"organic_rate", rate_or_null(true, e.organic_rate)}};
    }
    return j;
}

json number_or_null(double value, int decimals) {
    if (std::isnan(value) || std::isinf(value)) return nullptr;
    return round_to(value, decimals);
}

json benchmark_json(const CreatorResult& c) {
    json j;
    j["peers"] = c.benchmark.peers;
    j["percentile"] = number_or_null(c.benchmark.percentile, 1);
    if (const ReferenceRow* row = c.benchmark.reference) {
        j["reference"] = {{"band", c.benchmark.band},
                          {"denominator", row->denominator},
                          {"min_followers", count_or_null(row->min_followers)},
                          {"max_followers", count_or_null(row->max_followers)},
                          {"low_below_percent", row->low_below},
                          {"average_low_percent", row->average_low},
                          {"average_high_percent", row->average_high},
                          {"high_above_percent", row->high_above},
                          {"source", row->source},
                          {"url", row->url},
                          {"retrieved", row->retrieved}};
    } else {
        j["reference"] = nullptr;
    }
    return j;
}

json growth_json(const Growth& g) {
    json j;
    j["available"] = g.available;
    j["followers_now"] = count_or_null(g.followers_now);
    j["date"] = g.available ? json(format_date(g.now_time)) : json(nullptr);
    j["change_30d"] = count_or_null(g.change_30d);
    j["growth_30d"] = number_or_null(g.growth_30d, 6);
    j["change_90d"] = count_or_null(g.change_90d);
    j["growth_90d"] = number_or_null(g.growth_90d, 6);
    j["avg_daily_change"] = number_or_null(g.avg_daily_change, 2);
    j["span_days"] = number_or_null(g.span_days, 2);
    j["history_days"] = g.history_days;
    if (!g.note.empty()) j["note"] = g.note;
    return j;
}

json cadence_json(const Cadence& c) {
    return {{"posts_90d", c.posts_90d},
            {"posts_per_week", number_or_null(c.posts_per_week, 2)},
            {"longest_gap_days", number_or_null(c.longest_gap_days, 1)},
            {"days_since_last_post", number_or_null(c.days_since_last_post, 1)}};
}

json cost_json(const CreatorResult& c) {
    return {{"fee", count_or_null(c.cost.fee)},
            {"currency", c.currency.empty() ? json(nullptr) : json(c.currency)},
            {"cpe", number_or_null(c.cost.cpe, 4)},
            {"cpm", number_or_null(c.cost.cpm, 2)},
            {"emv", number_or_null(c.cost.emv, 2)},
            {"emv_currency", EmvTable::builtin().currency()},
            {"roi", number_or_null(c.cost.roi, 4)}};
}

// Every code with its owner and the orders that used it.
json codes_json(const std::vector<CodeUse>& uses) {
    json codes = json::array();
    for (const CodeUse& use : uses) {
        codes.push_back({{"code", use.code},
                         {"owner", use.owner.empty() ? json(nullptr) : json(use.owner)},
                         {"owner_from", use.from == CodeUse::From::codes_file ? "codes_file" : use.from == CodeUse::From::page ? "page" : "unknown"},
                         {"orders", use.orders},
                         {"value", round_to(use.value, 4)}});
    }
    return codes;
}

json attribution_creator_json(const AttributionResult& a, const CreatorReturn& c) {
    const auto optional_number = [](const std::optional<double>& x, int decimals) -> json {
        return x ? number_or_null(*x, decimals) : json(nullptr);
    };
    json by_model = json::object();
    for (const auto& model : a.models) {
        const auto& f = c.models.at(model);
        by_model[model] = {{"conversions", round_to(f.conversions, 4)},
                           {"value", round_to(f.value, 4)},
                           {"cpa", optional_number(f.cpa, 4)},
                           {"roas", optional_number(f.roas, 6)},
                           {"roi", optional_number(f.roi, 6)}};
    }
    return {{"handle", c.handle},
            {"channel", c.channel ? json(a.credits.at("markov")[*c.channel].channel) : json(nullptr)},
            {"fee", round_to(c.fee, 4)},
            {"product_cost", round_to(c.product_cost, 4)},
            {"cost", round_to(c.cost, 4)},
            {"currency", c.currency.empty() ? json(nullptr) : json(c.currency)},
            {"models", std::move(by_model)}};
}

json attribution_models_json(const AttributionResult& a) {
    json models = json::object();
    for (const auto& model : a.models) {
        json list = json::array();
        for (const auto& c : a.credits.at(model)) {
            list.push_back({{"channel", c.channel},
                            {"conversions", round_to(c.conversions, 4)},
                            {"value", round_to(c.value, 4)},
                            {"share", round_to(c.share, 6)}});
        }
        models[model] = std::move(list);
    }
    return models;
}

json removal_effects_json(const AttributionResult& a) {
    json removal = json::array();
    for (std::size_t c = 0; c < a.removal_effects.size(); ++c) {
        removal.push_back({{"channel", a.credits.at("markov")[c].channel},
                           {"effect", round_to(a.removal_effects[c], 6)},
                           {"value_effect", c < a.value_removal_effects.size() ? round_to(a.value_removal_effects[c], 6) : 0.0}});
    }
    return removal;
}

json journeys_json(const AttributionResult& a, const std::vector<CreatorResult>& roster) {
    const JourneyStats& s = a.journeys;
    json unknown = json::array();
    std::vector<CodeOwnerCandidate> candidates;
    for (const auto& c : roster) candidates.push_back({c.handle, c.name});
    for (const auto& [code, orders] : s.unknown_codes) {
        const auto suggestion = suggest_code_owner(code, candidates);
        unknown.push_back({{"code", code},
                           {"orders", orders},
                           {"suggested_owner", suggestion ? json(suggestion->handle) : json(nullptr)},
                           {"why", suggestion ? json(suggestion->why) : json(nullptr)}});
    }
    return {{"from_path_files", s.path_rows},
            {"visits", s.touches},
            {"visits_used", s.touches_used},
            {"visits_outside_lookback", s.touches_outside_lookback},
            {"orders", s.orders},
            {"orders_with_visits", s.orders_with_touches},
            {"orders_by_code_only", s.orders_by_code_only},
            {"orders_unattributed", s.orders_unattributed},
            {"value_unattributed", round_to(s.value_unattributed, 4)},
            {"code_redemptions", s.code_redemptions},
            {"unknown_codes", std::move(unknown)},
            {"journeys_without_order", s.null_journeys}};
}

// The attribution object, its creators streamed one by one.
void write_attribution(JsonStream& out, const AttributionResult& a, const std::vector<CreatorResult>& roster) {
    out.begin_object();
    out.member("conversions", round_to(a.conversions, 4));
    out.member("value", round_to(a.value, 4));
    out.member("currency", a.currency.empty() ? json(nullptr) : json(a.currency));
    out.member("settings", a.settings.to_json());
    out.member("journeys", journeys_json(a, roster));
    out.member("codes", codes_json(a.codes));
    out.member("models", attribution_models_json(a));
    out.member("markov_removal_effects", removal_effects_json(a));
    out.member("markov_states", a.markov_states);
    out.member("shapley_method", a.shapley_method);
    out.key("creators");
    out.begin_array();
    for (const auto& c : a.creators) out.value(attribution_creator_json(a, c));
    out.end_array();
    out.member("notes", a.notes);
    out.end_object();
}

}  // namespace

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string describe_formula(const Engagement& e) {
    if (e.source == "roster") {
        if (!e.available) return e.note;
        if (e.summed.empty()) return "engagement rate as stated in the roster";
        return "(" + join(e.summed, " + ") + ") / " + (e.denominator == "views" ? "avg_views" : "followers") + ", from the roster's averages";
    }
    if (!e.available) return e.note;
    return "median over the " + std::to_string(e.posts_used) + " most recent usable posts of (" + join(e.summed, " + ") +
           ") / " + (e.denominator == "views" ? "the post's views" : "followers") + "; window " +
           std::to_string(e.window) + " posts";
}

std::string describe_peer_rank(const CreatorResult& c) {
    const Engagement& e = c.engagement;
    if (!e.available || !c.tier) return "no rank: no engagement rate or no tier";
    if (e.source == "posts" && e.too_few_posts()) {
        return "no rank: a rate from " + std::to_string(e.posts_used) + (e.posts_used == 1 ? " post, " : " posts, ") +
               std::to_string(minimum_trustworthy_posts) + " needed to rank it among peers";
    }
    const std::string group = std::to_string(c.benchmark.peers) + " loaded " + c.platform + " " + *c.tier + " creator" +
                              (c.benchmark.peers == 1 ? "" : "s") + " measured by " + e.denominator +
                              (e.source == "roster" ? " from a roster's figures" : " from enough posts");
    if (std::isnan(c.benchmark.percentile)) return "no rank: " + group + ", no other to compare with";
    return "percentile " + format_number(c.benchmark.percentile, 0) + " among " + group;
}

namespace {

json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

// What the roster says about who the creator is: the display name, the contact address, the
// country and category as the list gives them, and the account's own post count.
json profile_json(const CreatorResult& c) {
    return {{"name", text_or_null(c.name)},
            {"email", text_or_null(c.email)},
            {"country", text_or_null(c.country)},
            {"audience_country", text_or_null(c.audience_country)},
            {"category", text_or_null(c.category)},
            {"posts_on_account", count_or_null(c.posts_on_account)}};
}

// Tables split by a dimension: each part's figures as the export gives them, with its share of
// the views over the parts.
json breakdowns_json(const std::vector<Breakdown>& breakdowns) {
    json out = json::array();
    for (const auto& b : breakdowns) {
        const double views = b.total_views();
        json parts = json::array();
        for (const auto& part : b.parts) {
            parts.push_back({{"value", part.value},
                             {"rows", part.rows},
                             {"views", count_or_null(part.views)},
                             {"likes", count_or_null(part.likes)},
                             {"comments", count_or_null(part.comments)},
                             {"share_of_views", views > 0 && !std::isnan(part.views) ? json(round_to(part.views / views, 4)) : json(nullptr)}});
        }
        out.push_back({{"dimension", b.dimension}, {"input", b.input}, {"of", b.of}, {"parts", std::move(parts)}});
    }
    return out;
}

// One creator in the report: who, the engagement with its basis, the benchmark, growth,
// cadence, cost, the flags with their evidence, the comments, the scores.
json creator_json(const CreatorResult& c) {
    json j;
    j["handle"] = c.handle;
    j["platform"] = c.platform.empty() ? json(nullptr) : json(c.platform);
    j["followers"] = count_or_null(c.followers);
    j["tier"] = c.tier ? json(*c.tier) : json(nullptr);
    j["in_roster"] = c.in_roster;
    j["posts_loaded"] = c.posts_loaded;
    j["profile"] = profile_json(c);
    j["engagement"] = engagement_json(c.engagement);
    j["engagement"]["rates"] = {{"by_followers", rate_or_null(true, c.rate_by_followers)},
                                {"by_views", rate_or_null(true, c.rate_by_views)},
                                {"by_reach", rate_or_null(true, c.rate_by_reach)}};
    j["benchmark"] = benchmark_json(c);
    j["growth"] = growth_json(c.growth);
    j["cadence"] = cadence_json(c.cadence);
    j["cost"] = cost_json(c);
    if (c.account) j["account"] = account_json(*c.account);
    if (!c.breakdowns.empty()) j["breakdowns"] = breakdowns_json(c.breakdowns);
    json flags = json::array();
    for (const auto& f : c.flags) {
        flags.push_back({{"id", f.id},
                         {"severity", f.severity},
                         {"evidence", f.evidence},
                         {"value", number_or_null(f.value, 4)},
                         {"threshold", number_or_null(f.threshold, 4)},
                         {"posts", f.posts},
                         {"dates", f.dates}});
    }
    j["flags"] = std::move(flags);
    const CommentStats& cs = c.comments;
    j["comments"] = {{"comments", cs.comments},
                     {"posts", cs.posts},
                     {"distinct_authors", cs.distinct_authors},
                     {"emoji_only", cs.emoji_only},
                     {"mention_only", cs.mention_only},
                     {"generic_phrase", cs.generic_phrase},
                     {"generic_share", cs.comments > 0 ? json(round_to(cs.generic_share(), 4)) : json(nullptr)}};
    j["scores"] = scores_json(c);
    return j;
}

// One follower sample: its figures, and every account's verdict in input order.
json sample_json(const AudienceSample& sample) {
    json j;
    j["input"] = sample.input;
    j["creator"] = sample.creator.empty() ? json(nullptr) : json(sample.creator);
    j["sampled"] = sample.accounts.size();
    j["suspicious"] = sample.suspicious;
    j["suspicious_share"] = number_or_null(sample.suspicious_share, 4);
    j["ci95"] = json::array({number_or_null(sample.ci95.first, 4), number_or_null(sample.ci95.second, 4)});
    j["corrected_share"] = number_or_null(sample.corrected_share, 4);
    j["corrected_ci95"] = json::array({number_or_null(sample.corrected_ci95.first, 4), number_or_null(sample.corrected_ci95.second, 4)});
    j["mass_followers"] = sample.mass_followers;
    j["mass_or_suspicious_share"] = number_or_null(sample.mass_or_suspicious_share, 4);
    json accounts = json::array();
    for (const auto& a : sample.accounts) {
        accounts.push_back({{"row", a.row},
                            {"account", a.account},
                            {"suspicious", a.verdict.suspicious},
                            {"score", round_to(a.verdict.score, 4)},
                            {"mass_follower", a.verdict.mass_follower},
                            {"reasons", a.verdict.reasons}});
    }
    j["accounts"] = std::move(accounts);
    return j;
}

}  // namespace

void write_report_json(const ReportView& view, TextSink& sink) {
    JsonStream out(sink);
    out.begin_object();
    out.member("schema", std::string(report_schema));
    out.member("as_of", view.as_of.empty() ? json(nullptr) : json(view.as_of));
    out.member("settings", {{"tier_scheme", view.tiers.name()}, {"tier_scheme_source", view.tiers.source()}});
    out.member("brief", brief_json(view.brief));
    out.key("inputs");
    out.begin_array();
    for (const auto& input : view.inputs) out.value(input_json(*input));
    out.end_array();
    out.key("creators");
    out.begin_array();
    for (const auto& c : view.creators) out.value(creator_json(c));
    out.end_array();
    if (view.unattached_account_rows > 0) {
        out.member("account_totals_unattached",
                   {{"rows", view.unattached_account_rows},
                    {"why", "account totals (an analytics export's daily figures) that name no account, with "
                            "more than one creator on their platform: load them with a handle column, or "
                            "with that creator's files only"}});
    }
    out.key("audience_samples");
    out.begin_array();
    if (view.audience_samples != nullptr) {
        for (const auto& sample : *view.audience_samples) out.value(sample_json(sample));
    }
    out.end_array();
    json shortlist = json::array();
    if (view.shortlist != nullptr) {
        for (const auto& key : view.shortlist->entries()) shortlist.push_back({{"handle", key.handle}, {"platform", key.platform}});
    }
    out.member("shortlist", shortlist);
    out.key("attribution");
    if (view.attribution != nullptr) {
        write_attribution(out, *view.attribution, view.creators);
    } else {
        out.value(nullptr);
    }
    out.end_object();
    out.finish();
}

std::string write_report_json(const ReportView& view) {
    std::string text;
    StringSink sink(text);
    write_report_json(view, sink);
    return text;
}

}  // namespace creatorscope
