// The engine: chunked input, stepwise analysis under a time budget, and the report.
#include "creatorscope/engine.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "analysis/follower_model.hpp"
#include "analysis/join.hpp"
#include "analysis/tiers.hpp"
#include "attribution/attribution.hpp"
#include "flags/flags.hpp"
#include "ingest/dates.hpp"
#include "ingest/input_file.hpp"
#include "ingest/keywords.hpp"
#include "ingest/values.hpp"
#include "model/table.hpp"
#include "model/text.hpp"
#include "report/report.hpp"

namespace creatorscope {

Engine::Engine() : strings_(std::make_unique<StringPool>()) {
    tiers_ = *TierScheme::builtin("guide");
    rebuild_keywords();
}

// The terms captions and bios are searched for: the built-in brand-safety list and every
// loaded brief's keywords, niches and blocklist.
void Engine::rebuild_keywords() {
    std::vector<const nlohmann::ordered_json*> briefs;
    for (const auto& input : inputs_) {
        if (input->kind() == Kind::brief) briefs.push_back(&input->document());
    }
    keywords_ = KeywordMatcher::build(briefs);
}

Status Engine::begin_reread(std::size_t index, std::uint64_t size) {
    if (index >= inputs_.size()) return Status::error("no input " + std::to_string(index));
    return begin_file(inputs_[index]->name(), inputs_[index]->override_settings(), size, index);
}

std::vector<std::size_t> Engine::inputs_to_reread() const {
    std::vector<std::size_t> stale;
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
        const Kind kind = inputs_[i]->kind();
        if ((kind == Kind::posts || kind == Kind::roster) && inputs_[i]->keywords_fingerprint() != keywords_->fingerprint()) {
            stale.push_back(i);
        }
    }
    return stale;
}
Engine::~Engine() = default;

void Engine::refresh_input_views() {
    input_views_.assign(inputs_.size(), nullptr);
    for (std::size_t i = 0; i < inputs_.size(); ++i) input_views_[i] = inputs_[i].get();
}

std::uint64_t Engine::string_bytes() const { return strings_->memory_bytes(); }

Status Engine::set_tier_scheme(std::string_view name_or_json) {
    if (auto builtin = TierScheme::builtin(name_or_json)) {
        tiers_ = std::move(*builtin);
        tier_scheme_json_.clear();
    } else {
        const auto first = name_or_json.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos || name_or_json[first] != '{') {
            std::string names;
            for (const auto& n : TierScheme::builtin_names()) names += (names.empty() ? "" : ", ") + n;
            return Status::error("unknown tier scheme '" + std::string(name_or_json) + "' (built in: " + names + ")");
        }
        TierScheme scheme;
        if (auto status = TierScheme::parse(name_or_json, scheme); !status) return status;
        tiers_ = std::move(scheme);
        tier_scheme_json_ = std::string(name_or_json);
    }
    dirty_ = true;
    return Status::ok();
}

nlohmann::ordered_json Engine::settings_json() const {
    nlohmann::ordered_json j;
    j["tier_scheme"] = tier_scheme_json_.empty() ? nlohmann::ordered_json(tiers_.name())
                                                 : nlohmann::ordered_json::parse(tier_scheme_json_, nullptr, false);
    j["as_of"] = as_of_override_ ? nlohmann::ordered_json(format_date(*as_of_override_)) : nlohmann::ordered_json(nullptr);
    j["thresholds"] = thresholds_override_.is_null() ? nlohmann::ordered_json(nullptr)
                                                      : nlohmann::ordered_json::parse(thresholds_override_.dump(), nullptr, false);
    j["attribution"] = attribution_override_;
    return j;
}

Status Engine::apply_settings_json(const nlohmann::ordered_json& settings) {
    if (!settings.is_object()) return Status::error("the settings must be a JSON object");
    if (settings.contains("tier_scheme")) {
        const auto& t = settings["tier_scheme"];
        if (auto status = set_tier_scheme(t.is_string() ? t.get<std::string>() : t.dump()); !status) return status;
    }
    if (settings.contains("as_of")) {
        const auto& a = settings["as_of"];
        if (auto status = set_as_of(a.is_string() ? a.get<std::string>() : std::string()); !status) return status;
    }
    if (settings.contains("thresholds")) {
        const auto& t = settings["thresholds"];
        if (auto status = set_thresholds(t.is_null() ? std::string() : t.dump()); !status) return status;
    }
    if (settings.contains("attribution")) {
        const auto& a = settings["attribution"];
        if (auto status = set_attribution_settings(a.is_null() ? std::string() : a.dump()); !status) return status;
    }
    return Status::ok();
}

Status Engine::set_as_of(std::string_view date) {
    if (date.empty()) {
        as_of_override_.reset();
    } else {
        const auto parsed = parse_timestamp(date);
        if (!parsed.has_value()) return Status::error("--as-of: " + (parsed.reason.empty() ? "no date given" : parsed.reason));
        as_of_override_ = parsed.value;
    }
    dirty_ = true;
    return Status::ok();
}

Status Engine::begin_file(std::string name, std::string_view kind, std::uint64_t size) {
    MappingOverride override;
    if (!kind.empty()) {
        override.kind = kind_from_name(kind);
        if (!override.kind) return Status::error("unknown input kind '" + std::string(kind) + "'");
    }
    return begin_file(std::move(name), std::move(override), size);
}

Status Engine::begin_file(std::string name, MappingOverride override, std::uint64_t size,
                          std::optional<std::size_t> replaces) {
    if (current_) return Status::error("a file is already being read: finish it first");
    if (replaces && *replaces >= inputs_.size()) return Status::error("no input " + std::to_string(*replaces) + " to replace");
    current_ = std::make_unique<InputFile>(std::move(name), std::move(override), *strings_, keywords_);
    current_size_ = size;
    current_replaces_ = replaces;
    return Status::ok();
}

Status Engine::remove_input(std::size_t index) {
    if (index >= inputs_.size()) return Status::error("no input " + std::to_string(index));
    const bool was_brief = inputs_[index]->kind() == Kind::brief;
    inputs_.erase(inputs_.begin() + static_cast<std::ptrdiff_t>(index));
    refresh_input_views();
    if (was_brief) rebuild_keywords();
    dirty_ = true;
    return Status::ok();
}

Status Engine::feed(std::string_view bytes) {
    if (!current_) return Status::error("no file is being read: call begin_file first");
    current_->feed(bytes);
    return Status::ok();
}

Status Engine::finish_file() {
    if (!current_) return Status::error("no file is being read");
    current_->finish();
    // The term list changes only with the briefs: rebuild it only then.
    const bool briefs_changed = current_->kind() == Kind::brief ||
                                (current_replaces_ && inputs_[*current_replaces_]->kind() == Kind::brief);
    if (current_replaces_) {
        current_->set_id(inputs_[*current_replaces_]->id());  // a re-read keeps the input's id
        inputs_[*current_replaces_] = std::move(current_);
    } else {
        current_->set_id(next_input_id_++);
        inputs_.push_back(std::move(current_));
    }
    refresh_input_views();
    current_replaces_.reset();
    if (briefs_changed) rebuild_keywords();
    dirty_ = true;
    return Status::ok();
}

void Engine::cancel_file() {
    current_.reset();
    current_replaces_.reset();
}

// Dates written without a year are placed against the data's full dates: first the daily
// series (which end at their export day, on or after the latest full date), then single
// dates (the latest occurrence on or before the newest date known). See docs/inputs.md.
void Engine::place_yearless_dates() {
    std::optional<std::int64_t> latest;
    bool any = false;
    for (const auto& input : inputs_) {
        if (input->yearless_count() > 0) any = true;
        const auto full = input->latest_full_time();
        if (full && (!latest || *full > *latest)) latest = full;
    }
    if (!any) return;
    if (latest) {
        for (auto& input : inputs_) input->place_yearless_series(*latest);
        std::int64_t limit = *latest;
        for (const auto& input : inputs_) {
            if (const auto full = input->latest_full_time(); full && *full > limit) limit = *full;
        }
        for (auto& input : inputs_) input->place_yearless_values(limit);
    }
    for (auto& input : inputs_) input->report_unplaced_yearless();
}

Status Engine::set_thresholds(std::string_view json_text) {
    if (trim(json_text).empty()) {
        thresholds_override_ = nullptr;
        dirty_ = true;
        return Status::ok();
    }
    const auto document = nlohmann::json::parse(json_text, nullptr, false);
    FlagThresholds check = FlagThresholds::builtin();
    if (document.is_discarded()) return Status::error("the thresholds are not valid JSON");
    if (auto status = check.apply(document); !status) return status;
    thresholds_override_ = document;
    dirty_ = true;
    return Status::ok();
}

Status Engine::set_attribution_settings(std::string_view json_text) {
    if (trim(json_text).empty()) {
        attribution_override_ = nullptr;
        dirty_ = true;
        return Status::ok();
    }
    const auto document = nlohmann::ordered_json::parse(json_text, nullptr, false);
    if (document.is_discarded()) return Status::error("the attribution settings are not valid JSON");
    AttributionSettings check;
    if (auto status = check.apply(document); !status) return status;
    attribution_override_ = document;
    dirty_ = true;
    return Status::ok();
}

void Engine::start_analysis() {
    dirty_ = false;
    // Thresholds: built in, then the caller's, then the brief's.
    flag_thresholds_ = FlagThresholds::builtin();
    if (!thresholds_override_.is_null()) (void)flag_thresholds_.apply(thresholds_override_);
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief || !input->document().is_object() || !input->document().contains("thresholds")) continue;
        (void)flag_thresholds_.apply(nlohmann::json::parse(input->document()["thresholds"].dump(), nullptr, false));
    }
    in_progress_ = true;
    place_yearless_dates();
    const auto latest = latest_date(inputs_);
    has_as_of_ = as_of_override_.has_value() || latest.has_value();
    const std::int64_t day = as_of_override_ ? *as_of_override_ : latest.value_or(0);
    // The report day runs to its last second: a post at 18:00 on the as-of day counts.
    const std::int64_t start_of_day = day - ((day % seconds_per_day) + seconds_per_day) % seconds_per_day;
    as_of_ = start_of_day + seconds_per_day - 1;
    join_ = std::make_unique<CreatorJoin>(inputs_, *strings_);
    next_creator_ = 0;
    finish_stage_ = 0;
    benchmark_pass_.reset();
    flag_pass_.reset();
    next_in_stage_ = 0;
}

bool Engine::step(double budget_ms) {
    const auto start = std::chrono::steady_clock::now();
    const auto out_of_time = [&] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() >= budget_ms;
    };
    if (dirty_) start_analysis();
    if (!in_progress_) return true;
    const AnalysisSettings settings{tiers_, &flag_thresholds_, as_of_};
    // Join rows in batches, then compute creators one by one, looking at the clock as we go.
    while (!join_->add_rows(2048)) {
        if (out_of_time()) return false;
    }
    CreatorEvidence evidence;
    while (next_creator_ < join_->size()) {
        const std::size_t i = next_creator_++;
        join_->compute_creator(i, settings, evidence);
        creator_flags(join_->creator(i), evidence.window, evidence.history, evidence.all_posts, flag_thresholds_, as_of_);
        join_->complete_creator(i, evidence);
        if ((next_creator_ & 15) == 0 && out_of_time()) return false;
    }
    // Then the stages over all creators, a slice of creators at a time, looking at the clock
    // after each (100,000 creators take a few hundred milliseconds per stage).
    const auto in_slices = [&](std::size_t slice, const auto& work) {
        while (next_in_stage_ < creators_.size()) {
            const std::size_t end = std::min(creators_.size(), next_in_stage_ + slice);
            work(next_in_stage_, end);
            next_in_stage_ = end;
            if (out_of_time()) return false;
        }
        next_in_stage_ = 0;
        return true;
    };
    if (finish_stage_ == 0) {
        if (!benchmark_pass_) {
            creators_ = join_->take_results();
            benchmark_pass_ = std::make_unique<BenchmarkPass>();
        }
        if (!in_slices(1024, [&](std::size_t begin, std::size_t end) { benchmark_pass_->gather(creators_, begin, end); })) return false;
        benchmark_pass_->sort_groups();
        finish_stage_ = 1;
        if (out_of_time()) return false;
    }
    if (finish_stage_ == 1) {
        const ReferenceTable& reference = ReferenceTable::builtin();
        if (!in_slices(1024, [&](std::size_t begin, std::size_t end) { benchmark_pass_->assign(creators_, begin, end, reference); })) {
            return false;
        }
        benchmark_pass_.reset();
        audience_samples_ = judge_follower_samples(inputs_, *strings_, FollowerModel::builtin());
        finish_stage_ = 2;
        if (out_of_time()) return false;
    }
    if (finish_stage_ == 2) {
        flag_pass_ = std::make_unique<FlagPass>(creators_, flag_context());
        finish_stage_ = 3;
        if (out_of_time()) return false;
    }
    if (finish_stage_ == 3) {
        if (!in_slices(64, [&](std::size_t begin, std::size_t end) { flag_pass_->flag(creators_, begin, end); })) return false;
        flag_pass_.reset();
        finish_stage_ = 4;
    }
    // Attribution: settings built in, then the brief's, then the caller's; then every model.
    AttributionSettings attribution_settings;
    std::string brief_problem;
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief || !input->document().is_object() || !input->document().contains("attribution")) continue;
        if (auto status = attribution_settings.apply(input->document()["attribution"]); !status) {
            brief_problem = input->name() + ": its attribution settings were not used: " + status.message();
        }
    }
    (void)attribution_settings.apply(attribution_override_);
    attribution_ = attribute_inputs(inputs_, *strings_, attribution_settings);
    if (attribution_ && !brief_problem.empty()) attribution_->notes.push_back(brief_problem);
    join_.reset();
    in_progress_ = false;
    ++generation_;
    return !dirty_;
}

FlagContext Engine::flag_context() const {
    FlagContext context;
    context.inputs = &inputs_;
    context.strings = strings_.get();
    context.samples = &audience_samples_;
    context.thresholds = &flag_thresholds_;
    context.as_of = as_of_;
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief || !input->document().is_object()) continue;
        const auto& brief = input->document();
        if (brief.contains("target") && brief["target"].is_object() && brief["target"].contains("countries") &&
            brief["target"]["countries"].is_array()) {
            for (const auto& country : brief["target"]["countries"]) {
                if (!country.is_string()) continue;
                context.target_countries.push_back(upper_ascii(country.get<std::string>()));
            }
        }
    }
    return context;
}

Progress Engine::progress() const {
    Progress p;
    if (current_) {
        p.phase = "reading";
        p.file = current_->name();
        p.done = current_->bytes_read();
        p.total = current_size_;
        p.rows = current_->rows();
    } else if (in_progress_ || dirty_) {
        p.phase = "analysing";
        // Joining rows is the first half of the work, computing creators the second.
        if (join_ && join_->rows_done() < join_->rows_total()) {
            p.done = join_->rows_done();
            p.total = join_->rows_total() * 2;
        } else if (join_) {
            p.done = join_->rows_total() + next_creator_ * join_->rows_total() / std::max<std::size_t>(1, join_->size());
            p.total = join_->rows_total() * 2;
        }
    } else {
        p.phase = inputs_.empty() ? "idle" : "ready";
        p.done = p.total = creators_.size();
    }
    return p;
}

std::string Engine::as_of_date() const { return has_as_of_ ? format_date(as_of_) : std::string(); }

bool Engine::any_input_issues() const {
    for (const auto& input : inputs_) {
        if (input->rejected() > 0 || input->issue_count() > 0) return true;
    }
    return false;
}

std::string Engine::report_json() {
    while (!step(1000.0)) {
    }
    return write_report_json(ReportView{inputs_, creators_, tiers_, as_of_date(), &audience_samples_, attribution_ ? &*attribution_ : nullptr});
}

std::string Engine::report_html() {
    while (!step(1000.0)) {
    }
    return write_report_html(ReportView{inputs_, creators_, tiers_, as_of_date(), &audience_samples_, attribution_ ? &*attribution_ : nullptr});
}

std::string Engine::roster_csv() {
    while (!step(1000.0)) {
    }
    return write_roster_csv(creators_);
}

void Engine::clear() {
    inputs_.clear();
    refresh_input_views();
    current_.reset();
    current_replaces_.reset();
    rebuild_keywords();
    creators_.clear();
    join_.reset();
    in_progress_ = false;
    dirty_ = false;
    as_of_ = 0;
    has_as_of_ = false;
    ++generation_;
}

}  // namespace creatorscope
