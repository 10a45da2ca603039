// The engine: chunked input, stepwise analysis under a time budget, and the report.
#include "creatorscope/engine.hpp"

#include <chrono>

#include "creatorscope/report.hpp"
#include "creatorscope/values.hpp"

namespace creatorscope {

Engine::Engine() { tiers_ = *TierScheme::builtin("guide"); }
Engine::~Engine() = default;

Status Engine::set_tier_scheme(std::string_view name_or_json) {
    if (auto builtin = TierScheme::builtin(name_or_json)) {
        tiers_ = std::move(*builtin);
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
    }
    dirty_ = true;
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
    std::optional<Kind> forced;
    if (!kind.empty()) {
        forced = kind_from_name(kind);
        if (!forced) return Status::error("unknown input kind '" + std::string(kind) + "'");
    }
    if (current_) return Status::error("a file is already being read: finish it first");
    current_ = std::make_unique<InputFile>(std::move(name), forced, strings_);
    current_size_ = size;
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
    inputs_.push_back(std::move(current_));
    dirty_ = true;
    return Status::ok();
}

void Engine::cancel_file() { current_.reset(); }

void Engine::start_analysis() {
    dirty_ = false;
    in_progress_ = true;
    const auto latest = latest_date(inputs_);
    const std::int64_t day = as_of_override_ ? *as_of_override_ : latest.value_or(0);
    // The report day runs to its last second: a post at 18:00 on the as-of day counts.
    const std::int64_t start_of_day = day - ((day % seconds_per_day) + seconds_per_day) % seconds_per_day;
    as_of_ = start_of_day + seconds_per_day - 1;
    join_ = std::make_unique<CreatorJoin>();
    join_->add_inputs(inputs_, strings_);
    next_creator_ = 0;
}

bool Engine::step(double budget_ms) {
    const auto start = std::chrono::steady_clock::now();
    const auto out_of_time = [&] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() >= budget_ms;
    };
    if (dirty_) start_analysis();
    if (!in_progress_) return true;
    const AnalysisSettings settings{tiers_, as_of_};
    while (next_creator_ < join_->size()) {
        join_->compute_creator(next_creator_++, settings);
        if ((next_creator_ & 63) == 0 && out_of_time()) return false;
    }
    creators_ = join_->take_results();
    join_.reset();
    in_progress_ = false;
    ++generation_;
    return !dirty_;
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
        p.done = next_creator_;
        p.total = join_ ? join_->size() : 0;
    } else {
        p.phase = inputs_.empty() ? "idle" : "ready";
        p.done = p.total = creators_.size();
    }
    return p;
}

std::string Engine::as_of_date() const { return format_date(as_of_); }

bool Engine::any_input_issues() const {
    for (const auto& input : inputs_) {
        if (input->rejected() > 0 || input->issue_count() > 0) return true;
    }
    return false;
}

std::string Engine::report_json() {
    while (!step(1000.0)) {
    }
    return write_report_json(ReportView{inputs_, creators_, tiers_, as_of_date()});
}

std::string Engine::roster_csv() {
    while (!step(1000.0)) {
    }
    return write_roster_csv(creators_);
}

void Engine::clear() {
    inputs_.clear();
    current_.reset();
    creators_.clear();
    join_.reset();
    in_progress_ = false;
    dirty_ = false;
    as_of_ = 0;
    ++generation_;
}

}  // namespace creatorscope
