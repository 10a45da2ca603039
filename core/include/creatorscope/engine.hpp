// The engine's one front door, used the same way by the CLI and the page: push a file's bytes
// in chunks (begin_file, feed, finish_file), then call step with a time budget until it says
// done, then read the results or the report. Nothing here blocks for long or throws.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/creator.hpp"
#include "creatorscope/inputs.hpp"
#include "creatorscope/results.hpp"
#include "creatorscope/settings.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

// The engine's own parts (core/src), which callers never see.
class InputFile;
class StringPool;
class KeywordMatcher;
class CreatorJoin;
class BenchmarkPass;
class FlagPass;
struct FlagContext;

struct Progress {
    std::string phase;  // "idle", "reading", "analysing", "ready"
    std::string file;   // the file being read, when reading
    std::uint64_t done = 0;
    std::uint64_t total = 0;  // 0 when unknown
    std::uint64_t rows = 0;   // rows kept so far in the current file
};

class Engine {
public:
    Engine();
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // A built-in scheme name ("guide", "five-band") or a scheme's JSON text.
    Status set_tier_scheme(std::string_view name_or_json);
    const TierScheme& tier_scheme() const { return tiers_; }
    // "YYYY-MM-DD", or empty for the latest date in the data (the default).
    Status set_as_of(std::string_view date);
    // Flag thresholds over the built-in ones (a JSON object with keys of
    // assets/flags/thresholds.json); "" goes back to the built-in ones. A brief's "thresholds"
    // apply on top.
    Status set_thresholds(std::string_view json_text);
    const FlagThresholds& thresholds() const { return flag_thresholds_; }
    // Attribution settings (a JSON object with keys of AttributionSettings::to_json: lookback_days,
    // time_decay_half_life_days, ...) over a brief's "attribution" and the built-in ones; ""
    // forgets them.
    Status set_attribution_settings(std::string_view json_text);

    // Every setting made through the calls above (tier scheme, as-of date, thresholds,
    // attribution settings), as one JSON object, and back: a saved workspace's settings.
    nlohmann::ordered_json settings_json() const;
    Status apply_settings_json(const nlohmann::ordered_json& settings);

    // kind: empty to detect from content, or a kind name ("posts") to skip detection.
    // size: the file's size in bytes when known, for progress.
    Status begin_file(std::string name, std::string_view kind = {}, std::uint64_t size = 0);
    // The same with the user's corrections (kind and column mapping); with `replaces`, the file
    // read takes the place of that earlier input (the mapping editor's re-read).
    Status begin_file(std::string name, MappingOverride override, std::uint64_t size,
                      std::optional<std::size_t> replaces = std::nullopt);
    // Forgets one input.
    Status remove_input(std::size_t index);
    // Reads input `index` again with its own settings (the term list changed since: see below).
    Status begin_reread(std::size_t index, std::uint64_t size);
    // Posts and rosters read before a brief arrived were searched without the brief's terms:
    // these inputs must be read again (the CLI and the page do it at once, from their sources).
    std::vector<std::size_t> inputs_to_reread() const;
    Status feed(std::string_view bytes);
    Status finish_file();
    void cancel_file();  // drops the file being read; what was loaded before stays

    // Advances the analysis for about budget_ms milliseconds; true when results are current.
    bool step(double budget_ms);
    bool results_current() const { return !dirty_ && !in_progress_; }
    Progress progress() const;
    // Increments each time the results change, so views know when to refresh.
    std::uint64_t generation() const { return generation_; }

    // What callers may read of each input, in input order.
    const std::vector<const InputInfo*>& inputs() const { return input_views_; }
    // The input itself, for the engine's own tests.
    const InputFile& input_file(std::size_t index) const { return *inputs_[index]; }
    const std::vector<CreatorResult>& creators() const { return creators_; }
    const std::vector<AudienceSample>& audience_samples() const { return audience_samples_; }
    // Attribution over the loaded journeys (path files, visits and orders); nullopt without them.
    const std::optional<AttributionResult>& attribution() const { return attribution_; }
    std::uint64_t string_bytes() const;  // memory the shared string pool takes
    std::string as_of_date() const;  // empty when the data holds no date and none was set
    bool any_input_issues() const;

    // Finish any pending analysis, then write. Identical bytes on every platform.
    std::string report_json();
    std::string roster_csv();
    std::string report_html();

    void clear();  // forgets every input

private:
    void start_analysis();
    void place_yearless_dates();

    void refresh_input_views();

    std::unique_ptr<StringPool> strings_;
    std::vector<std::unique_ptr<InputFile>> inputs_;
    std::vector<const InputInfo*> input_views_;
    std::uint32_t next_input_id_ = 1;
    std::unique_ptr<InputFile> current_;
    std::uint64_t current_size_ = 0;
    std::optional<std::size_t> current_replaces_;

    void rebuild_keywords();

    std::shared_ptr<const KeywordMatcher> keywords_;
    TierScheme tiers_;
    std::string tier_scheme_json_;  // the scheme's JSON when it is not a built-in one
    std::optional<std::int64_t> as_of_override_;
    nlohmann::json thresholds_override_;  // null when none
    nlohmann::ordered_json attribution_override_;  // null when none
    FlagThresholds flag_thresholds_ = FlagThresholds::builtin();  // in force for the analysis
    std::int64_t as_of_ = 0;
    bool has_as_of_ = false;

    bool dirty_ = false;        // inputs or settings changed since the last analysis
    bool in_progress_ = false;  // an analysis is under way
    std::unique_ptr<CreatorJoin> join_;
    std::size_t next_creator_ = 0;
    // After the creators, each over all creators a slice at a time: 0 the benchmarks' peer
    // groups gathered, 1 the benchmarks assigned, then the follower samples, 2 what the flags
    // compare, 3 the flags; then attribution.
    int finish_stage_ = 0;
    std::unique_ptr<BenchmarkPass> benchmark_pass_;
    std::unique_ptr<FlagPass> flag_pass_;
    std::size_t next_in_stage_ = 0;  // the next creator of the stage under way
    FlagContext flag_context() const;
    std::vector<CreatorResult> creators_;
    std::vector<AudienceSample> audience_samples_;
    std::optional<AttributionResult> attribution_;
    std::uint64_t generation_ = 0;
};

}  // namespace creatorscope
