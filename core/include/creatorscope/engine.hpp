// The engine's one front door, used the same way by the CLI and the page: push a file's bytes
// in chunks (begin_file, feed, finish_file), then call step with a time budget until it says
// done, then read the results or the report. Nothing here blocks for long or throws.
//
// Settings are typed values (settings.hpp), set with one setter each; text (a file, the page's
// JavaScript) is parsed into them at the edge, by the settings type's own parse. The engine
// re-derives what a changed setting touches. When a brief's terms change after posts or
// rosters were read, their keyword hits are stale: the engine searches the text it kept (the
// rosters' bios, the posts' captions up to a limit per file) again, as the analysis's first
// stage, and reads nothing again. Only a posts file whose captions passed the limit is asked
// for again by id (inputs_to_reread); the caller answers through begin_reread without keeping
// any list of its own in step with the engine's. A brief whose change touches only the scoring
// (targets other than countries, platforms, tiers, budget, weights) is scored again alone: the
// scores stage runs, nothing is read or analysed again.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/brief.hpp"
#include "creatorscope/campaign.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/inputs.hpp"
#include "creatorscope/learnings.hpp"
#include "creatorscope/outreach.hpp"
#include "creatorscope/plan.hpp"
#include "creatorscope/results.hpp"
#include "creatorscope/settings.hpp"
#include "creatorscope/shortlist.hpp"
#include "creatorscope/status.hpp"
#include "creatorscope/text_sink.hpp"

namespace creatorscope {

// The engine's own parts (core/src), which callers never see.
class InputFile;
class StringPool;
class KeywordMatcher;
class CreatorJoin;
class BenchmarkPass;
class FlagPass;
struct FlagContext;
class AttributionRun;
class ScoringPass;
class PlanBuilder;

// The analysis runs as these stages, in order; each advances within step's time budget.
enum class Stage : std::uint8_t {
    terms,             // posts and rosters read with other terms searched again (from kept text)
    join,              // rosters, posts and histories joined into creators
    creators,          // each creator's figures and own flags
    benchmark_peers,   // the peer groups gathered and sorted
    benchmarks,        // each creator's percentile and reference band
    accounts,          // the accounts' own daily totals tied to their creators
    follower_samples,  // each follower sample judged
    flag_peers,        // what the flags compare across creators
    flags,             // the flags against peers, comments, audiences; authenticity
    scores,            // alignment and fit against the brief, and the rank (alone when only the brief changed)
    attribution,       // journeys, every model, the creators' returns, a piece at a time
    done,
};
std::string_view stage_name(Stage stage);  // "joining rows", ... in words for the progress bar

struct Progress {
    std::string phase;  // "idle", "reading", "analysing", "ready"
    std::string file;   // the file being read, when reading
    std::string stage;  // while analysing, the stage under way in words (stage_name)
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

    // ---- settings: one typed setter each (parse text with the type's own parse first)
    [[nodiscard]] Status set_tier_scheme(TierScheme scheme);
    const TierScheme& tier_scheme() const { return tiers_; }
    // The report day (seconds since 1970 within it), or nullopt for the latest date in the data.
    [[nodiscard]] Status set_as_of(std::optional<std::int64_t> day);
    // The caller's thresholds (nullopt: the built-in ones); a brief's "thresholds" apply on top.
    [[nodiscard]] Status set_thresholds(std::optional<FlagThresholds> thresholds);
    const FlagThresholds& thresholds() const { return flag_thresholds_; }  // in force for the last analysis
    // The caller's attribution settings (the fields they give), over a brief's and the built-in
    // ones; nullopt forgets them.
    [[nodiscard]] Status set_attribution_settings(std::optional<AttributionSettings> settings);

    // Every setting made through the calls above, as one JSON object, and back: a saved
    // workspace's settings (the file format's edge; engine/workspace_settings.cpp).
    nlohmann::ordered_json settings_json() const;
    [[nodiscard]] Status apply_settings_json(const nlohmann::ordered_json& settings);
    // Problems with the settings a loaded brief carries ("unknown flag threshold ..."), each
    // naming the brief; those settings are not used. Also listed as the brief's issues.
    const std::vector<std::string>& settings_problems() const { return settings_problems_; }

    // ---- inputs
    // kind: empty to detect from content, or a kind name ("posts") to skip detection.
    // size: the file's size in bytes when known, for progress.
    [[nodiscard]] Status begin_file(std::string name, std::string_view kind = {}, std::uint64_t size = 0);
    // The same with the user's corrections (kind and column mapping); with `replaces` (an input
    // id), the file read takes the place of that input and keeps its id (the mapping editor).
    [[nodiscard]] Status begin_file(std::string name, MappingOverride override, std::uint64_t size,
                                    std::optional<std::uint32_t> replaces = std::nullopt);
    // Forgets one input.
    [[nodiscard]] Status remove_input(std::uint32_t id);
    // The inputs the engine asks to read again, by id: posts files read with other terms whose
    // captions were too long to keep. Answer each with begin_reread and its bytes.
    std::vector<std::uint32_t> inputs_to_reread() const;
    // Reads input `id` again with its own settings (kind, mapping, name).
    [[nodiscard]] Status begin_reread(std::uint32_t id, std::uint64_t size);
    // The bytes of captions kept per posts file for searching a new brief's terms without the
    // file (TermText::default_limit, 64 MiB); 0 keeps none. Applies to files read after it.
    void set_kept_text_limit(std::size_t bytes) { kept_text_limit_ = bytes; }
    [[nodiscard]] Status feed(std::string_view bytes);
    // Ends the file; on success `id` is the input's id (stable while it is loaded).
    [[nodiscard]] Status finish_file(std::uint32_t* id = nullptr);
    void cancel_file();  // drops the file being read; what was loaded before stays

    // What callers may read of each input, in input order, and one input by its id.
    const std::vector<const InputInfo*>& inputs() const { return input_views_; }
    const InputInfo* input_by_id(std::uint32_t id) const;
    // The input itself, for the engine's own tests.
    const InputFile& input_file(std::size_t index) const { return *inputs_[index]; }

    // ---- analysis
    // Advances the analysis for about budget_ms milliseconds; true when results are current.
    bool step(double budget_ms);
    bool results_current() const { return !dirty_ && !rescore_ && !reattribute_ && !in_progress_; }
    // A file is being read or an analysis is pending: the progress moves.
    bool busy() const { return current_ != nullptr || !results_current(); }
    Progress progress() const;
    Stage stage() const { return stage_; }
    // Rows of account totals (TikTok Studio's Overview...) tied to no creator: no handle, and not
    // one creator on their platform.
    std::size_t unattached_account_rows() const { return unattached_account_rows_; }
    // Increments each time the results change, so views know when to refresh.
    std::uint64_t generation() const { return generation_; }
    // How many times each stage has run to its end since the engine was made (tests, profiling).
    std::uint64_t stage_runs(Stage stage) const { return stage_runs_[static_cast<std::size_t>(stage)]; }
    // The brief the scores are against: the last brief loaded (nullptr without one).
    const Brief* brief() const { return brief_ ? &*brief_ : nullptr; }

    const std::vector<CreatorResult>& creators() const { return creators_; }
    const std::vector<AudienceSample>& audience_samples() const { return audience_samples_; }
    // Attribution over the loaded journeys (path files, visits and orders); nullopt without them.
    const std::optional<AttributionResult>& attribution() const { return attribution_; }
    std::uint64_t string_bytes() const;  // memory the shared string pool takes
    std::string as_of_date() const;      // empty when the data holds no date and none was set
    bool any_input_issues() const;

    // ---- the shortlist: starred creators by handle and platform, kept across analyses and in
    // the workspace (settings_json); starring never re-analyses.
    void set_shortlisted(std::string_view handle, std::string_view platform, bool starred);
    bool is_shortlisted(const CreatorResult& creator) const { return shortlist_.contains(creator); }
    const Shortlist& shortlist() const { return shortlist_; }
    // Increments each time the shortlist changes (a view showing the shortlist only refreshes).
    std::uint64_t shortlist_version() const { return shortlist_version_; }

    // ---- the campaign's own records (campaign.hpp), kept in the workspace (settings_json)
    // The owner of a discount code or a tracking value (nullopt forgets it; "" marks a code as
    // no creator's): the attribution alone is run again, nothing else.
    void set_code_owner(std::string_view code, std::optional<std::string> handle);
    void set_link_owner(std::string_view value, std::optional<std::string> handle);
    const TrackedOwners& owners() const { return owners_; }
    // The one loaded creator a code or a tracking value points to, when exactly one does.
    std::optional<OwnerSuggestion> suggest_owner(std::string_view code_or_value) const;
    std::uint64_t owners_version() const { return owners_version_; }
    // A creator's deal in the pipeline, as recorded (nothing is analysed again), or forgotten.
    void set_deal(Deal deal);
    void remove_deal(std::string_view handle, std::string_view platform);
    const Pipeline& pipeline() const { return pipeline_; }
    std::uint64_t pipeline_version() const { return pipeline_version_; }
    // The shortlisted creators' deals, one row each (a shortlisted creator with no deal recorded
    // is at "shortlisted"), and every code with its owner; after any pending analysis.
    std::string pipeline_csv();
    std::string codes_csv();
    // ---- learnings (learnings.hpp; engine/learnings.cpp): the campaign's summary, planned
    // against actual per creator (the pipeline, the plan made last, the costs and the Markov
    // credit), and its JSON, which a saved campaign keeps for each creator's history; after
    // any pending analysis.
    CampaignSummary campaign_summary();
    std::string campaign_summary_json();
    // ---- outreach drafts (outreach.hpp; engine/outreach.cpp): the sender, the language and
    // the user's wording of the templates, kept in the workspace (settings_json "outreach");
    // setting them never re-analyses.
    void set_outreach_settings(OutreachSettings settings);
    const OutreachSettings& outreach_settings() const { return outreach_; }
    std::uint64_t outreach_version() const { return outreach_version_; }
    // One template's draft for a loaded creator (nullopt when no creator has that handle and
    // platform), personalised from the results, the brief, the creator's deal and the plan
    // made last (planned()); after any pending analysis.
    std::optional<OutreachDraft> outreach_draft(std::string_view handle, std::string_view platform, OutreachKind kind);
    // Every shortlisted creator's draft of one template, one row each (mail merge).
    std::string outreach_csv(OutreachKind kind);
    // Finish any pending analysis, then write. Identical bytes on every platform.
    // The sink versions write piece by piece, never holding the whole text (the CLI writes a
    // report of any size straight to its file); the string versions collect the same bytes.
    std::string report_json();
    std::string roster_csv();
    std::string shortlist_csv();  // the starred creators with their contact fields
    std::string report_html();
    void report_json(TextSink& sink);
    void roster_csv(TextSink& sink);
    void report_html(TextSink& sink);
    // The budget plan for the brief in force (engine_plan.cpp; docs/plan.md), with the
    // request's budget and goal over the brief's and the page's locks over its include and
    // exclude lists; finishes any pending analysis first.
    BudgetPlan plan(const PlanRequest& request = {});
    // A creator locked into the plan (booked whatever it costs), out of it, or neither.
    enum class PlanLock : std::uint8_t { none, in, out };
    void set_plan_lock(std::string_view handle, std::string_view platform, PlanLock lock);
    PlanLock plan_lock(std::string_view handle, std::string_view platform) const;
    std::uint64_t plan_locks_version() const { return plan_locks_version_; }  // increments on each change
    // The same plan made in slices, as the page makes it so that it keeps drawing: begin_plan
    // (finishes any pending analysis first), then plan_step until it returns true; planned()
    // is the plan once its own solve is done (the curve's points may still be coming: then
    // plan_step has not yet returned true), else null. A later begin_plan starts again.
    void begin_plan(const PlanRequest& request = {});
    bool plan_step(double budget_ms);
    const BudgetPlan* planned() const;
    std::string plan_json(const PlanRequest& request = {});  // "schema": "creatorscope.plan/1"
    std::string plan_csv(const PlanRequest& request = {});   // the chosen creators, one row each

    void clear();  // forgets every input

private:
    std::optional<std::size_t> index_of(std::uint32_t id) const;
    void refresh_input_views();
    void rebuild_keywords();
    std::string brief_analysis_key() const;
    void briefs_changed(const std::string& key_before);
    void check_brief_settings(InputFile& brief);
    void collect_settings_problems();
    void start_analysis();
    void start_scoring();
    void start_attribution();
    void owners_changed();
    void settings_in_force();
    void place_yearless_dates();
    bool run_stage(Stage stage, const std::function<bool()>& out_of_time);
    bool run_terms(const std::function<bool()>& out_of_time);
    bool run_creators(const std::function<bool()>& out_of_time);
    bool run_attribution(const std::function<bool()>& out_of_time);
    FlagContext flag_context() const;

    std::unique_ptr<StringPool> strings_;
    std::vector<std::unique_ptr<InputFile>> inputs_;
    std::vector<const InputInfo*> input_views_;
    std::uint32_t next_input_id_ = 1;
    std::unique_ptr<InputFile> current_;
    std::uint64_t current_size_ = 0;
    std::optional<std::uint32_t> current_replaces_;
    std::shared_ptr<const KeywordMatcher> keywords_;
    std::size_t kept_text_limit_;  // captions kept per posts file (set_kept_text_limit)
    std::size_t term_input_ = 0;   // the input the terms stage is searching
    std::optional<Brief> brief_;  // the brief in force (the last loaded)

    // The caller's settings, and those in force for the analysis (the caller's with the briefs').
    TierScheme tiers_;
    std::optional<std::int64_t> as_of_override_;
    std::optional<FlagThresholds> caller_thresholds_;
    std::optional<AttributionSettings> caller_attribution_;
    FlagThresholds flag_thresholds_;
    AttributionSettings attribution_settings_;
    std::vector<std::string> settings_problems_;
    std::int64_t as_of_ = 0;
    bool has_as_of_ = false;

    bool dirty_ = false;        // inputs or settings changed since the last analysis
    bool in_progress_ = false;  // an analysis is under way
    bool rescore_ = false;      // only the brief's scoring changed: the scores stage alone is due
    bool scores_only_ = false;  // the run under way is the scores stage alone
    Stage stage_ = Stage::done;
    std::unique_ptr<CreatorJoin> join_;
    std::size_t next_creator_ = 0;
    std::unique_ptr<BenchmarkPass> benchmark_pass_;
    std::size_t unattached_account_rows_ = 0;  // account totals that no single creator could take
    std::unique_ptr<FlagPass> flag_pass_;
    std::size_t next_in_stage_ = 0;  // the next creator of the stage under way
    std::unique_ptr<AttributionRun> attribution_run_;  // the attribution stage under way
    std::unique_ptr<ScoringPass> scoring_pass_;        // the scores stage under way
    std::unique_ptr<PlanBuilder> plan_builder_;        // the plan being made in slices
    std::array<std::uint64_t, static_cast<std::size_t>(Stage::done) + 1> stage_runs_{};
    std::vector<CreatorResult> creators_;
    std::vector<AudienceSample> audience_samples_;
    std::optional<AttributionResult> attribution_;
    std::uint64_t generation_ = 0;
    Shortlist shortlist_;
    std::uint64_t shortlist_version_ = 0;
    std::vector<std::pair<std::string, PlanLock>> plan_locks_;  // "handle@platform", lower case
    std::uint64_t plan_locks_version_ = 0;
    TrackedOwners owners_;
    std::uint64_t owners_version_ = 0;
    bool reattribute_ = false;  // only the owners changed: the attribution stage alone is due
    Pipeline pipeline_;
    std::uint64_t pipeline_version_ = 0;
    OutreachSettings outreach_;
    std::uint64_t outreach_version_ = 0;
};

}  // namespace creatorscope
