// The engine: inputs by stable id, chunked reading, the analysis as named stages within a time
// budget, and the report. The settings' setters and their JSON form are in settings.cpp.
#include "creatorscope/engine.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "analysis/follower_model.hpp"
#include "analysis/join.hpp"
#include "analysis/tiers.hpp"
#include "analysis/account_metrics.hpp"
#include "attribution/attribution_run.hpp"
#include "flags/flags.hpp"
#include "ingest/dates.hpp"
#include "ingest/input_file.hpp"
#include "ingest/keywords.hpp"
#include "model/table.hpp"
#include "model/text.hpp"
#include "plan/planner.hpp"
#include "report/report.hpp"
#include "report/shortlist.hpp"
#include "scores/scoring.hpp"

namespace creatorscope {

std::string_view stage_name(Stage stage) {
    switch (stage) {
        case Stage::terms: return "finding the brief's terms";
        case Stage::join: return "joining rows into creators";
        case Stage::creators: return "measuring each creator";
        case Stage::benchmark_peers: return "gathering peer groups";
        case Stage::benchmarks: return "ranking against peers and benchmarks";
        case Stage::follower_samples: return "judging follower samples";
        case Stage::flag_peers: return "comparing creators";
        case Stage::flags: return "checking red flags";
        case Stage::scores: return "scoring against the brief";
        case Stage::attribution: return "attributing orders";
        case Stage::accounts: return "adding account totals";
        case Stage::done: return "done";
    }
    return "done";
}

Engine::Engine()
    : strings_(std::make_unique<StringPool>()),
      kept_text_limit_(TermText::default_limit),
      tiers_(*TierScheme::builtin("guide")),
      flag_thresholds_(FlagThresholds::builtin()) {
    rebuild_keywords();
}

Engine::~Engine() = default;

// ---- inputs

std::optional<std::size_t> Engine::index_of(std::uint32_t id) const {
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
        if (inputs_[i]->id() == id) return i;
    }
    return std::nullopt;
}

const InputInfo* Engine::input_by_id(std::uint32_t id) const {
    const auto index = index_of(id);
    return index ? inputs_[*index].get() : nullptr;
}

void Engine::refresh_input_views() {
    input_views_.assign(inputs_.size(), nullptr);
    for (std::size_t i = 0; i < inputs_.size(); ++i) input_views_[i] = inputs_[i].get();
    collect_settings_problems();
}

std::uint64_t Engine::string_bytes() const { return strings_->memory_bytes(); }

// The terms captions and bios are searched for: the built-in brand-safety list and every
// loaded brief's keywords, niches and blocklist; and the brief in force, the last one loaded.
void Engine::rebuild_keywords() {
    std::vector<const Brief*> briefs;
    brief_.reset();
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief) continue;
        briefs.push_back(&input->brief());
        brief_ = input->brief();
    }
    keywords_ = KeywordMatcher::build(briefs);
}

// What the stages before scoring read of the briefs: their terms and countries (Brief's
// analysis_key), their thresholds and attribution settings.
std::string Engine::brief_analysis_key() const {
    std::string key;
    for (const auto& input : inputs_) {
        if (input->kind() != Kind::brief) continue;
        key += input->brief().analysis_key();
        const auto& document = input->document();
        for (const char* part : {"thresholds", "attribution"}) {
            if (document.is_object() && document.contains(part)) key += document[part].dump();
            key += '\n';
        }
    }
    return key;
}

// After a brief came or went: the terms and the brief in force again; the scores stage alone
// when nothing else changed and the earlier stages read nothing that changed, else all of it.
void Engine::briefs_changed(const std::string& key_before) {
    rebuild_keywords();
    if (!dirty_ && !in_progress_ && brief_analysis_key() == key_before) {
        rescore_ = true;
    } else {
        dirty_ = true;
    }
}

std::vector<std::uint32_t> Engine::inputs_to_reread() const {
    std::vector<std::uint32_t> stale;
    for (const auto& input : inputs_) {
        const Kind kind = input->kind();
        if ((kind == Kind::posts || kind == Kind::roster) && input->keywords_fingerprint() != keywords_->fingerprint() &&
            !input->can_search_terms_again()) {
            stale.push_back(input->id());
        }
    }
    return stale;
}

Status Engine::begin_reread(std::uint32_t id, std::uint64_t size) {
    const auto index = index_of(id);
    if (!index) return Status::error("no input " + std::to_string(id));
    return begin_file(inputs_[*index]->name(), inputs_[*index]->override_settings(), size, id);
}

Status Engine::begin_file(std::string name, std::string_view kind, std::uint64_t size) {
    MappingOverride override;
    if (!kind.empty()) {
        override.kind = kind_from_name(kind);
        if (!override.kind) return Status::error("unknown input kind '" + std::string(kind) + "'");
    }
    return begin_file(std::move(name), std::move(override), size);
}

Status Engine::begin_file(std::string name, MappingOverride override, std::uint64_t size, std::optional<std::uint32_t> replaces) {
    if (current_) return Status::error("a file is already being read: finish it first");
    if (replaces && !index_of(*replaces)) return Status::error("no input " + std::to_string(*replaces) + " to replace");
    current_ = std::make_unique<InputFile>(std::move(name), std::move(override), *strings_, keywords_);
    current_->set_term_text_limit(kept_text_limit_);
    current_size_ = size;
    current_replaces_ = replaces;
    return Status::ok();
}

Status Engine::remove_input(std::uint32_t id) {
    const auto index = index_of(id);
    if (!index) return Status::error("no input " + std::to_string(id));
    const bool was_brief = inputs_[*index]->kind() == Kind::brief;
    const std::string key_before = was_brief ? brief_analysis_key() : std::string();
    inputs_.erase(inputs_.begin() + static_cast<std::ptrdiff_t>(*index));
    refresh_input_views();
    if (was_brief) {
        briefs_changed(key_before);
    } else {
        dirty_ = true;
    }
    return Status::ok();
}

Status Engine::feed(std::string_view bytes) {
    if (!current_) return Status::error("no file is being read: call begin_file first");
    current_->feed(bytes);
    return Status::ok();
}

Status Engine::finish_file(std::uint32_t* id) {
    if (!current_) return Status::error("no file is being read");
    current_->finish();
    const auto replaced = current_replaces_ ? index_of(*current_replaces_) : std::nullopt;
    // The term list changes only with the briefs: rebuild it only then.
    const bool brief_touched = current_->kind() == Kind::brief || (replaced && inputs_[*replaced]->kind() == Kind::brief);
    if (current_->kind() == Kind::brief) check_brief_settings(*current_);
    // Only a brief in or out (or one brief for another): maybe the scores alone are due.
    const bool brief_only = current_->kind() == Kind::brief && (!replaced || inputs_[*replaced]->kind() == Kind::brief);
    const std::string key_before = brief_touched ? brief_analysis_key() : std::string();
    if (replaced) {
        current_->set_id(inputs_[*replaced]->id());  // a re-read keeps the input's id
        inputs_[*replaced] = std::move(current_);
    } else {
        current_->set_id(next_input_id_++);
        inputs_.push_back(std::move(current_));
    }
    if (id != nullptr) *id = replaced ? inputs_[*replaced]->id() : inputs_.back()->id();
    current_replaces_.reset();
    refresh_input_views();
    if (brief_only) {
        briefs_changed(key_before);
    } else {
        if (brief_touched) rebuild_keywords();
        dirty_ = true;
    }
    return Status::ok();
}

void Engine::cancel_file() {
    current_.reset();
    current_replaces_.reset();
}

// ---- analysis

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

void Engine::start_analysis() {
    dirty_ = false;
    rescore_ = false;
    reattribute_ = false;
    scores_only_ = false;
    settings_in_force();
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
    term_input_ = 0;
    stage_ = Stage::terms;
    benchmark_pass_.reset();
    flag_pass_.reset();
    attribution_run_.reset();
    scoring_pass_.reset();
    next_in_stage_ = 0;
}

// The scores stage alone, over the creators as they are: a brief changed nothing else.
void Engine::start_scoring() {
    rescore_ = false;
    scores_only_ = true;
    in_progress_ = true;
    stage_ = Stage::scores;
    scoring_pass_.reset();
    next_in_stage_ = 0;
}

// The attribution stage alone, over the creators as they are: only the codes' owners changed.
void Engine::start_attribution() {
    reattribute_ = false;
    in_progress_ = true;
    stage_ = Stage::attribution;
    attribution_run_.reset();
}

bool Engine::step(double budget_ms) {
    const auto start = std::chrono::steady_clock::now();
    const std::function<bool()> out_of_time = [&] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() >= budget_ms;
    };
    if (dirty_) start_analysis();
    if (rescore_ && !in_progress_) start_scoring();
    if (reattribute_ && !in_progress_) start_attribution();
    if (!in_progress_) return true;
    while (stage_ != Stage::done) {
        if (!run_stage(stage_, out_of_time)) return false;  // the budget ran out within the stage
        ++stage_runs_[static_cast<std::size_t>(stage_)];
        stage_ = scores_only_ && stage_ == Stage::scores ? Stage::done : static_cast<Stage>(static_cast<int>(stage_) + 1);
        if (stage_ != Stage::done && out_of_time()) return false;
    }
    scores_only_ = false;
    join_.reset();
    in_progress_ = false;
    ++generation_;
    return results_current();
}

// One stage, as far as the time allows: true when it is finished. Stages over every creator
// take a slice of creators at a time, looking at the clock after each (100,000 creators take
// a few hundred milliseconds per stage).
bool Engine::run_stage(Stage stage, const std::function<bool()>& out_of_time) {
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
    switch (stage) {
        case Stage::terms:
            return run_terms(out_of_time);
        case Stage::join:
            while (!join_->add_rows(2048)) {
                if (out_of_time()) return false;
            }
            return true;
        case Stage::creators:
            return run_creators(out_of_time);
        case Stage::benchmark_peers:
            if (!benchmark_pass_) {
                creators_ = join_->take_results();
                benchmark_pass_ = std::make_unique<BenchmarkPass>();
            }
            if (!in_slices(1024, [&](std::size_t begin, std::size_t end) { benchmark_pass_->gather(creators_, begin, end); })) return false;
            benchmark_pass_->sort_groups();
            return true;
        case Stage::benchmarks: {
            const ReferenceTable& reference = ReferenceTable::builtin();
            if (!in_slices(1024, [&](std::size_t begin, std::size_t end) { benchmark_pass_->assign(creators_, begin, end, reference); })) {
                return false;
            }
            benchmark_pass_.reset();
            return true;
        }
        case Stage::accounts:
            attach_account_metrics(inputs_, *strings_, creators_, unattached_account_rows_);
            return true;
        case Stage::follower_samples:
            audience_samples_ = judge_follower_samples(inputs_, *strings_, FollowerModel::builtin());
            return true;
        case Stage::flag_peers:
            flag_pass_ = std::make_unique<FlagPass>(creators_, flag_context());
            return true;
        case Stage::flags:
            if (!in_slices(64, [&](std::size_t begin, std::size_t end) { flag_pass_->flag(creators_, begin, end); })) return false;
            flag_pass_.reset();
            return true;
        case Stage::scores:
            if (!scoring_pass_) scoring_pass_ = std::make_unique<ScoringPass>(inputs_, *strings_, creators_, brief());
            if (!in_slices(256, [&](std::size_t begin, std::size_t end) { scoring_pass_->score(creators_, begin, end); })) return false;
            scoring_pass_->finish(creators_);
            scoring_pass_.reset();
            return true;
        case Stage::attribution:
            return run_attribution(out_of_time);
        case Stage::done:
            return true;
    }
    return true;
}

// Each creator's figures, then its own flags (the flags stage comes after analysis), then what
// the charts keep.
// Posts and rosters read with other terms than the engine's are searched again from the text
// they kept, a slice of rows at a time (a file whose captions were let go is read again instead).
bool Engine::run_terms(const std::function<bool()>& out_of_time) {
    for (; term_input_ < inputs_.size(); ++term_input_) {
        InputFile& input = *inputs_[term_input_];
        if (input.keywords_fingerprint() == keywords_->fingerprint() || !input.can_search_terms_again()) continue;
        while (!input.search_terms_again(keywords_, next_in_stage_, 4096)) {
            if (out_of_time()) return false;
        }
        next_in_stage_ = 0;
    }
    term_input_ = 0;
    return true;
}

bool Engine::run_creators(const std::function<bool()>& out_of_time) {
    const AnalysisSettings settings{tiers_, &flag_thresholds_, as_of_, brief()};
    CreatorEvidence evidence;
    while (next_creator_ < join_->size()) {
        const std::size_t i = next_creator_++;
        join_->compute_creator(i, settings, evidence);
        creator_flags(join_->creator(i), evidence.window, evidence.history, evidence.all_posts, flag_thresholds_, as_of_);
        join_->complete_creator(i, evidence);
        if ((next_creator_ & 15) == 0 && out_of_time()) return false;
    }
    return true;
}

// Attribution a piece at a time (the journeys, each model, the creators' returns); the result
// replaces the last one when it is complete, with the briefs' attribution settings problems.
bool Engine::run_attribution(const std::function<bool()>& out_of_time) {
    if (!attribution_run_) attribution_run_ = std::make_unique<AttributionRun>(inputs_, *strings_, attribution_settings_, owners_);
    if (!attribution_run_->advance(out_of_time)) return false;
    attribution_ = attribution_run_->take();
    attribution_run_.reset();
    if (!attribution_) return true;
    for (const auto& problem : settings_problems_) {
        if (problem.find("attribution") != std::string::npos) attribution_->notes.push_back(problem);
    }
    return true;
}

FlagContext Engine::flag_context() const {
    FlagContext context;
    context.inputs = &inputs_;
    context.strings = strings_.get();
    context.samples = &audience_samples_;
    context.thresholds = &flag_thresholds_;
    context.as_of = as_of_;
    if (brief_) context.target_countries = brief_->countries;
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
    } else if (in_progress_ || dirty_ || rescore_ || reattribute_) {
        p.phase = "analysing";
        p.stage = std::string(stage_name(in_progress_ ? stage_ : dirty_ ? Stage::join : rescore_ ? Stage::scores : Stage::attribution));
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

// ---- reports

void Engine::report_json(TextSink& sink) {
    while (!step(1000.0)) {
    }
    write_report_json(ReportView{inputs_, creators_, tiers_, as_of_date(), &audience_samples_, attribution_ ? &*attribution_ : nullptr,
                                 unattached_account_rows_, brief(), &shortlist_},
                      sink);
}

void Engine::report_html(TextSink& sink) {
    while (!step(1000.0)) {
    }
    // The plan when the brief gives a budget (with the locks, as the Plan view shows it).
    std::optional<BudgetPlan> budget_plan;
    if (brief_ && brief_->plan_budget() > 0) budget_plan = plan();
    write_report_html(ReportView{inputs_, creators_, tiers_, as_of_date(), &audience_samples_, attribution_ ? &*attribution_ : nullptr, unattached_account_rows_,
                                 brief(), &shortlist_, budget_plan ? &*budget_plan : nullptr, &pipeline_},
                      sink);
}

void Engine::roster_csv(TextSink& sink) {
    while (!step(1000.0)) {
    }
    write_roster_csv(creators_, sink);
}

namespace {
template <typename Write>
std::string collected(Write write) {
    std::string text;
    StringSink sink(text);
    write(sink);
    return text;
}
}  // namespace

std::string Engine::report_json() { return collected([this](TextSink& sink) { report_json(sink); }); }
std::string Engine::report_html() { return collected([this](TextSink& sink) { report_html(sink); }); }
std::string Engine::roster_csv() { return collected([this](TextSink& sink) { roster_csv(sink); }); }

std::string Engine::shortlist_csv() {
    while (!step(1000.0)) {
    }
    return write_shortlist_csv(creators_, shortlist_);
}

void Engine::set_shortlisted(std::string_view handle, std::string_view platform, bool starred) {
    if (shortlist_.set(handle, platform, starred)) ++shortlist_version_;
}

void Engine::clear() {
    inputs_.clear();
    refresh_input_views();
    current_.reset();
    current_replaces_.reset();
    rebuild_keywords();
    creators_.clear();
    audience_samples_.clear();
    attribution_.reset();
    unattached_account_rows_ = 0;
    join_.reset();
    benchmark_pass_.reset();
    flag_pass_.reset();
    attribution_run_.reset();
    scoring_pass_.reset();
    in_progress_ = false;
    dirty_ = false;
    rescore_ = false;
    reattribute_ = false;
    scores_only_ = false;
    stage_ = Stage::done;
    as_of_ = 0;
    has_as_of_ = false;
    shortlist_.clear();
    ++shortlist_version_;
    owners_ = {};
    ++owners_version_;
    pipeline_.clear();
    ++pipeline_version_;
    outreach_ = {};
    ++outreach_version_;
    ++generation_;
}

}  // namespace creatorscope
