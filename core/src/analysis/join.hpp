// The creators found in the loaded inputs and what is computed for each: who they are
// (roster rows and posts joined by handle and platform), their tier and their engagement.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "creatorscope/brief.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/settings.hpp"
#include "analysis/engagement.hpp"
#include "ingest/input_file.hpp"
#include "analysis/tiers.hpp"

namespace creatorscope {

// At most `limit` points of a history, evenly spread, keeping its ends and the `keep` days.
std::vector<FollowerPoint> thin_history(const std::vector<FollowerPoint>& history, std::size_t limit,
                                        const std::vector<std::string>& keep_dates);

// What one creator's own flags look at, handed from compute_creator to the flags stage.
struct CreatorEvidence {
    std::vector<PostCounts> window;       // the posts of the engagement window, newest first
    std::vector<FollowerPoint> history;   // the prepared follower history
    std::vector<PostCounts> all_posts;    // every dated post, when a history exists
    bool none_dated = false;              // no post has a date: file order stood in for time
    bool none_in_range = false;           // no post on or before the report date
    std::vector<std::size_t> undated;     // posts left out for want of a date
};

// Keeps the follower history for the charts (after the flags: the days they name are kept).
void keep_follower_series(CreatorResult& creator, const std::vector<FollowerPoint>& history);

// The peer group a creator's engagement is ranked in: platform, tier, the rate's denominator
// and its basis (posts, or the roster's own figures: like is compared with like).
std::string peer_group_key(const CreatorResult& creator);

// Whether a creator is a peer and gets a rank: a rate and a tier, and from posts enough of
// them (a rate from too few posts has the TOO_FEW_POSTS caveat instead; issue 18). A rate from
// the roster is compared only with other rosters' rates.
bool counts_as_peer(const CreatorResult& creator);

struct AnalysisSettings {
    TierScheme tiers;
    const FlagThresholds* thresholds = &FlagThresholds::builtin();
    std::int64_t as_of = 0;  // end of the report day, seconds since epoch
    const Brief* brief = nullptr;  // the brief in force, for the content evidence (none: not gathered)
};

// Joins rosters and posts into creators, in input order (roster rows first, then creators seen
// only in posts). Posts are kept as references to their table rows (8 bytes each), so a file of
// millions of posts is not copied; only each creator's window is read out in compute_creator.
class CreatorJoin {
public:
    CreatorJoin(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings);
    // Joins up to max_rows more rows (rosters first, then posts); true when every row is joined.
    bool add_rows(std::size_t max_rows);
    // Rows joined so far and in all, for progress.
    std::uint64_t rows_done() const { return rows_done_; }
    std::uint64_t rows_total() const { return rows_total_; }
    std::size_t size() const { return creators_.size(); }
    // Fills in tier, engagement, growth, cadence and cost for creator i, and gives what the
    // creator's own flags look at; complete_creator (after the flags) keeps the follower series
    // for the charts and says which posts were left out.
    void compute_creator(std::size_t i, const AnalysisSettings& settings, CreatorEvidence& evidence);
    void complete_creator(std::size_t i, const CreatorEvidence& evidence);
    CreatorResult& creator(std::size_t i) { return creators_[i]; }
    std::vector<CreatorResult> take_results() { return std::move(creators_); }

private:
    struct PostRef {
        std::uint32_t input;  // index in inputs, or summed_input for a post summed from daily rows
        std::uint32_t row;    // row in that input's table, or index in summed_[creator]
    };
    static constexpr std::uint32_t summed_input = 0xFFFFFFFFu;

    // By the texts' ids in the string pool (equal ids, equal texts): no text is copied per row.
    std::size_t find_or_add(std::uint32_t handle_id, std::uint32_t platform_id);
    PostCounts read_post(std::size_t creator, PostRef ref, bool with_text = false) const;
    std::int64_t post_time(std::size_t creator, PostRef ref) const;
    std::string_view post_id(std::size_t creator, PostRef ref) const;
    void drop_repeated_posts(std::size_t creator);

    void add_roster_row(const InputFile& input, std::size_t row);
    void add_history_row(const InputFile& input, std::size_t row);
    void add_post_row(std::size_t input_index, std::size_t row);
    void add_to_breakdown(std::size_t creator, std::size_t input_index, std::size_t row, const PostCounts& post);

    const std::vector<std::unique_ptr<InputFile>>* inputs_ = nullptr;
    const StringPool* strings_ = nullptr;
    int pass_ = 0;  // 0: rosters, 1: posts, 2: done
    std::size_t input_cursor_ = 0;
    std::size_t row_cursor_ = 0;
    std::uint64_t rows_done_ = 0, rows_total_ = 0;
    std::uint32_t last_handle_ = ~0u, last_platform_ = ~0u;
    std::size_t last_creator_ = 0;
    // (creator, post id) -> summed_ index; the ids are views into stable storage.
    struct DailyKey {
        std::size_t creator;
        std::string_view post_id;
        bool operator==(const DailyKey&) const = default;
    };
    struct DailyKeyHash {
        std::size_t operator()(const DailyKey& k) const { return std::hash<std::string_view>{}(k.post_id) ^ (k.creator * 0x9E3779B97F4A7C15ull); }
    };
    std::unordered_map<DailyKey, std::size_t, DailyKeyHash> daily_index_;
    // Ids made for posts whose file gives none ("posts.csv:17"), kept for the views to them.
    mutable StringPool made_ids_;
    mutable std::string made_id_scratch_;
    std::vector<std::string> dimension_of_;  // per input, the header of its dimension column (empty: none)
    std::vector<CreatorResult> creators_;
    // The creators of each handle, by the handle's pool id: the first (index + 1, 0: none), then
    // each creator's next of the same handle (index + 1), ascending; and each creator's platform
    // as a pool id. Arrays, so that joining a post costs two look-ups and no hashing.
    std::vector<std::uint32_t> handle_first_;
    std::vector<std::uint32_t> next_same_handle_;
    std::vector<std::uint32_t> platform_ids_;
    bool empty_platform(std::size_t creator) const { return strings_->get(platform_ids_[creator]).empty(); }
    std::vector<std::vector<PostRef>> posts_;
    std::vector<std::vector<PostCounts>> summed_;
    std::vector<std::vector<FollowerPoint>> histories_;
    std::vector<RosterFigures> roster_;  // what each creator's roster row says of engagement
    std::vector<bool> has_bio_;          // whether each creator's roster row has a bio
};

// Peer percentiles (same platform and tier) and the reference band, once every creator is computed.
void assign_benchmarks(std::vector<CreatorResult>& creators, const ReferenceTable& reference);

// assign_benchmarks in parts, for the engine's steps (a frame's worth each): gather every
// creator (in ranges, in order), then sort_groups once, then assign every creator (in ranges).
class BenchmarkPass {
public:
    void gather(const std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end);
    void sort_groups();
    void assign(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end, const ReferenceTable& reference);

private:
    // Per peer group (peer_group_key): its creators' known rates, sorted once gathered, and its
    // peer count (creators whose rate is unknown are peers too).
    std::map<std::string, std::pair<std::vector<double>, std::size_t>> groups_;
};

// The latest date any input holds (posts, histories, comments, visits, orders), or nullopt.
std::optional<std::int64_t> latest_date(const std::vector<std::unique_ptr<InputFile>>& inputs);

}  // namespace creatorscope
