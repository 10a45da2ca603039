// Joining inputs into creators and computing each creator's figures.
#include "analysis/join.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "analysis/breakdowns.hpp"
#include "analysis/deliverables.hpp"
#include "analysis/content.hpp"

namespace creatorscope {

std::size_t CreatorJoin::find_or_add(std::uint32_t handle_id, std::uint32_t platform_id) {
    const std::string_view platform = strings_->get(platform_id);
    // Exact (handle, platform) first; a roster row without a platform takes the platform of
    // the posts that name its handle; posts without a platform go to the one creator of that handle.
    std::size_t only_match = creators_.size();
    int matches = 0;
    if (handle_id >= handle_first_.size()) handle_first_.resize(handle_id + 1, 0);
    std::uint32_t* tail = &handle_first_[handle_id];
    for (std::uint32_t next = *tail; next != 0; tail = &next_same_handle_[next - 1], next = *tail) {
        const std::size_t i = next - 1;
        if (platform_ids_[i] == platform_id) return i;
        if (platform.empty() || empty_platform(i)) {
            only_match = i;
            ++matches;
        }
    }
    if (matches == 1) {
        if (empty_platform(only_match)) {
            creators_[only_match].platform = platform;
            platform_ids_[only_match] = platform_id;
        }
        return only_match;
    }
    CreatorResult creator;
    creator.handle = std::string(strings_->get(handle_id));
    creator.platform = std::string(platform);
    creator.followers = creator.following = creator.fee = std::nan("");
    creators_.push_back(std::move(creator));
    *tail = static_cast<std::uint32_t>(creators_.size());
    next_same_handle_.push_back(0);
    platform_ids_.push_back(platform_id);
    posts_.emplace_back();
    summed_.emplace_back();
    roster_.emplace_back();
    histories_.emplace_back();
    return creators_.size() - 1;
}

namespace {
// The posts columns the join reads, looked up once (a kind's columns never change).
struct PostsColumns {
    int handle = canonical_index(Kind::posts, "handle");
    int platform = canonical_index(Kind::posts, "platform");
    int post_id = canonical_index(Kind::posts, "post_id");
    int published_at = canonical_index(Kind::posts, "published_at");
    int likes = canonical_index(Kind::posts, "likes");
    int comments = canonical_index(Kind::posts, "comments");
    int shares = canonical_index(Kind::posts, "shares");
    int saves = canonical_index(Kind::posts, "saves");
    int views = canonical_index(Kind::posts, "views");
    int reach = canonical_index(Kind::posts, "reach");
    int sponsored = canonical_index(Kind::posts, "sponsored");
    int sponsored_marker = canonical_index(Kind::posts, "sponsored_marker");
    int keyword_hits = canonical_index(Kind::posts, "keyword_hits");
    int dimension = canonical_index(Kind::posts, "dimension");
    int caption = canonical_index(Kind::posts, "caption");
    int hashtags = canonical_index(Kind::posts, "hashtags");
    int type = canonical_index(Kind::posts, "type");
};
const PostsColumns posts_column;

// Posts name their creators only in their rows: the distinct handles of the posts files (one
// read of the handle column, a bit per pooled text).
std::size_t distinct_post_handles(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings) {
    std::vector<bool> seen(strings.size(), false);
    std::size_t distinct = 0;
    for (const auto& input : inputs) {
        if (!input->finished() || input->kind() != Kind::posts) continue;
        const Table& t = input->table();
        for (std::size_t row = 0; row < t.rows(); ++row) {
            const std::uint32_t id = t.text(posts_column.handle, row);
            if (id < seen.size() && !seen[id]) {
                seen[id] = true;
                ++distinct;
            }
        }
    }
    return distinct;
}
}  // namespace

CreatorJoin::CreatorJoin(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings)
    : inputs_(&inputs), strings_(&strings) {
    std::size_t roster_rows = 0;
    for (const auto& input : inputs) {
        if (input->finished() && (input->kind() == Kind::roster || input->kind() == Kind::posts || input->kind() == Kind::follower_history)) {
            rows_total_ += input->rows();
        }
        if (input->finished() && input->kind() == Kind::roster) roster_rows += input->rows();
    }
    // A roster row is (nearly always) a creator, and so is a distinct handle of the posts: room
    // for them all at once, so that a large list does not move every creator each time it
    // doubles (a step of 130 ms at 65,536 creators in the page, 270 ms natively at 131,072).
    const std::size_t expected = std::max(roster_rows, distinct_post_handles(inputs, strings));
    creators_.reserve(expected);
    next_same_handle_.reserve(expected);
    platform_ids_.reserve(expected);
    posts_.reserve(expected);
    summed_.reserve(expected);
    histories_.reserve(expected);
    roster_.reserve(expected);
}

bool CreatorJoin::add_rows(std::size_t max_rows) {
    const auto& inputs = *inputs_;
    std::size_t budget = max_rows;
    while (pass_ < 3 && budget > 0) {
        if (input_cursor_ >= inputs.size()) {
            ++pass_;
            input_cursor_ = 0;
            row_cursor_ = 0;
            continue;
        }
        const InputFile& input = *inputs[input_cursor_];
        const Kind wanted = pass_ == 0 ? Kind::roster : pass_ == 1 ? Kind::posts : Kind::follower_history;
        if (input.kind() != wanted || !input.finished() || row_cursor_ >= input.rows()) {
            ++input_cursor_;
            row_cursor_ = 0;
            last_handle_ = last_platform_ = ~0u;
            continue;
        }
        const std::size_t end = std::min<std::size_t>(input.rows(), row_cursor_ + budget);
        for (std::size_t row = row_cursor_; row < end; ++row) {
            if (pass_ == 0) {
                add_roster_row(input, row);
            } else if (pass_ == 2) {
                add_history_row(input, row);
            } else {
                add_post_row(input_cursor_, row);
            }
        }
        budget -= end - row_cursor_;
        rows_done_ += end - row_cursor_;
        row_cursor_ = end;
    }
    return pass_ >= 3;
}

void CreatorJoin::add_roster_row(const InputFile& input, std::size_t row) {
    const StringPool& strings = *strings_;
    const Table& t = input.table();
    // A kind's column indexes never change: look them up once for all rows.
    static const int handle = canonical_index(Kind::roster, "handle"), platform = canonical_index(Kind::roster, "platform"),
                     followers = canonical_index(Kind::roster, "followers"),
                     following = canonical_index(Kind::roster, "following"),
                     country = canonical_index(Kind::roster, "country"), category = canonical_index(Kind::roster, "category"),
                     fee = canonical_index(Kind::roster, "fee"), currency = canonical_index(Kind::roster, "currency"),
                     rate = canonical_index(Kind::roster, "engagement_rate"),
                     avg_likes = canonical_index(Kind::roster, "avg_likes"),
                     avg_comments = canonical_index(Kind::roster, "avg_comments"),
                     avg_views = canonical_index(Kind::roster, "avg_views"),
                     avg_shares = canonical_index(Kind::roster, "avg_shares"),
                     name = canonical_index(Kind::roster, "name"), email = canonical_index(Kind::roster, "email"),
                     posts_count = canonical_index(Kind::roster, "posts_count"),
                     audience_country = canonical_index(Kind::roster, "audience_country"),
                     avg_engagement = canonical_index(Kind::roster, "avg_engagement"),
                     keyword_hits = canonical_index(Kind::roster, "keyword_hits"),
                     bio = canonical_index(Kind::roster, "bio");
    const std::size_t i =
        find_or_add(t.text(handle, row), t.text(platform, row));
    CreatorResult& c = creators_[i];
    c.in_roster = true;
    const auto fill = [](double& target, double value) {
        if (std::isnan(target)) target = value;
    };
    const auto fill_text = [&](std::string& target, int column) {
        if (target.empty()) target = std::string(strings.get(t.text(column, row)));
    };
    fill(c.followers, t.number(followers, row));
    fill(c.following, t.number(following, row));
    fill(c.fee, t.number(fee, row));
    fill_text(c.country, country);
    fill_text(c.audience_country, audience_country);
    fill_text(c.category, category);
    fill_text(c.currency, currency);
    fill_text(c.name, name);
    fill_text(c.email, email);
    fill(c.posts_on_account, t.number(posts_count, row));
    fill_text(c.bio_keyword_hits, keyword_hits);
    if (has_bio_.size() <= i) has_bio_.resize(i + 1, false);
    if (!strings.get(t.text(bio, row)).empty()) has_bio_[i] = true;
    RosterFigures& figures = roster_[i];
    fill(figures.stated_rate, t.number(rate, row));
    fill(figures.avg_likes, t.number(avg_likes, row));
    fill(figures.avg_comments, t.number(avg_comments, row));
    fill(figures.avg_views, t.number(avg_views, row));
    fill(figures.avg_shares, t.number(avg_shares, row));
    fill(figures.avg_engagement, t.number(avg_engagement, row));
}

void CreatorJoin::add_history_row(const InputFile& input, std::size_t row) {
    static const int handle = canonical_index(Kind::follower_history, "handle"),
                     platform = canonical_index(Kind::follower_history, "platform"),
                     date = canonical_index(Kind::follower_history, "date"),
                     followers = canonical_index(Kind::follower_history, "followers"),
                     change = canonical_index(Kind::follower_history, "followers_change");
    const Table& t = input.table();
    const std::int64_t time = t.time(date, row);
    if (time == missing_time || is_yearless(time)) return;
    // A history names its creator (a file without a handle column belongs to the only creator).
    const std::uint32_t name = t.text(handle, row);
    const std::uint32_t on = t.text(platform, row);
    const bool on_empty = strings_->get(on).empty();
    // The file names no account: the history is the only creator's.
    std::uint32_t next = strings_->get(name).empty() && creators_.size() == 1 ? 1 : name < handle_first_.size() ? handle_first_[name] : 0;
    std::size_t target = creators_.size();
    int candidates = 0;
    for (; next != 0; next = next_same_handle_[next - 1]) {
        const std::size_t i = next - 1;
        if (platform_ids_[i] == on) {
            target = i;
            candidates = 1;
            break;
        }
        if (on_empty || empty_platform(i)) {
            target = i;
            ++candidates;
        }
    }
    if (candidates != 1) return;  // no creator, or several platforms and the file does not say which
    histories_[target].push_back({time, t.number(followers, row), t.number(change, row)});
}

void CreatorJoin::add_post_row(std::size_t input_index, std::size_t row) {
    const InputFile& input = *(*inputs_)[input_index];
    const Table& t = input.table();
    // Posts of one creator usually come together: skip the look-up when nothing changed.
    const std::uint32_t handle_id = t.text(posts_column.handle, row);
    const std::uint32_t platform_id = t.text(posts_column.platform, row);
    if (handle_id != last_handle_ || platform_id != last_platform_) {
        last_creator_ = find_or_add(handle_id, platform_id);
        last_handle_ = handle_id;
        last_platform_ = platform_id;
    }
    const std::size_t i = last_creator_;
    const PostRef ref{static_cast<std::uint32_t>(input_index), static_cast<std::uint32_t>(row)};
    if (dimension_of_.size() < inputs_->size()) {
        for (std::size_t k = dimension_of_.size(); k < inputs_->size(); ++k) dimension_of_.push_back(dimension_header(*(*inputs_)[k]));
    }
    const bool by_dimension = !dimension_of_[input_index].empty();
    if (!input.daily_rows() && !by_dimension) {
        posts_[i].push_back(ref);
        return;
    }
    // Daily-row formats (YouTube Studio's chart data) repeat a post once a day, and a table by a
    // dimension once a part: sum its counts (the parts are kept as the creator's breakdown).
    PostCounts post = read_post(i, ref, true);
    if (by_dimension) add_to_breakdown(i, input_index, row, post);
    const DailyKey key{i, post.post_id};
    if (const auto found = daily_index_.find(key); found != daily_index_.end()) {
        PostCounts& total = summed_[i][found->second];
        const auto add = [](double& sum, double value) {
            if (!std::isnan(value)) sum = std::isnan(sum) ? value : sum + value;
        };
        add(total.likes, post.likes);
        add(total.comments, post.comments);
        add(total.shares, post.shares);
        add(total.saves, post.saves);
        add(total.views, post.views);
        return;
    }
    daily_index_.emplace(key, summed_[i].size());
    summed_[i].push_back(std::move(post));
    posts_[i].push_back({summed_input, static_cast<std::uint32_t>(summed_[i].size() - 1)});
}

void CreatorJoin::add_to_breakdown(std::size_t creator, std::size_t input_index, std::size_t row, const PostCounts& post) {
    const InputFile& input = *(*inputs_)[input_index];
    std::string value(strings_->get(input.table().text(posts_column.dimension, row)));
    if (value.empty()) value = "(not given)";
    Breakdown& b = creators_[creator].breakdown(dimension_of_[input_index], input.name(), "posts");
    add_to_part(b.part(value), post.views, post.likes, post.comments);
}

PostCounts CreatorJoin::read_post(std::size_t creator, PostRef ref, bool with_text) const {
    if (ref.input == summed_input) return summed_[creator][ref.row];
    const InputFile& input = *(*inputs_)[ref.input];
    const Table& t = input.table();
    PostCounts post;
    post.post_id = t.long_text(posts_column.post_id, ref.row);
    if (post.post_id.empty()) {
        made_id_scratch_.assign(input.name());
        made_id_scratch_ += ':';
        made_id_scratch_ += std::to_string(t.line(ref.row));
        post.post_id = made_ids_.get(made_ids_.intern(made_id_scratch_));
    }
    post.line = t.line(ref.row);
    post.published_at = t.time(posts_column.published_at, ref.row);
    if (is_yearless(post.published_at)) post.published_at = missing_time;  // could not be placed
    post.likes = t.number(posts_column.likes, ref.row);
    post.comments = t.number(posts_column.comments, ref.row);
    post.shares = t.number(posts_column.shares, ref.row);
    post.saves = t.number(posts_column.saves, ref.row);
    post.views = t.number(posts_column.views, ref.row);
    post.reach = t.number(posts_column.reach, ref.row);
    const std::int8_t field = t.flag(posts_column.sponsored, ref.row), marker = t.flag(posts_column.sponsored_marker, ref.row);
    post.sponsored = field == 1 || marker == 1 ? 1 : (field == 0 || marker == 0 ? 0 : -1);
    post.keyword_hits = strings_->get(t.text(posts_column.keyword_hits, ref.row));
    post.type = strings_->get(t.text(posts_column.type, ref.row));
    if (with_text) {
        post.hashtags = strings_->get(t.text(posts_column.hashtags, ref.row));
        post.has_text = !post.hashtags.empty() || !t.long_text(posts_column.caption, ref.row).empty();
    }
    return post;
}

std::int64_t CreatorJoin::post_time(std::size_t creator, PostRef ref) const {
    if (ref.input == summed_input) return summed_[creator][ref.row].published_at;
    const Table& t = (*inputs_)[ref.input]->table();
    const std::int64_t time = t.time(posts_column.published_at, ref.row);
    return is_yearless(time) ? missing_time : time;
}

std::string_view CreatorJoin::post_id(std::size_t creator, PostRef ref) const {
    if (ref.input == summed_input) return summed_[creator][ref.row].post_id;
    const Table& t = (*inputs_)[ref.input]->table();
    return t.long_text(posts_column.post_id, ref.row);
}

// Overlapping exports list a post more than once: the later file's counts stand. Only
// creators whose posts come from several files (or repeat an id) pay for the check.
void CreatorJoin::drop_repeated_posts(std::size_t creator) {
    auto& refs = posts_[creator];
    if (refs.size() < 2) return;
    bool several_inputs = false;
    for (const auto& ref : refs) several_inputs = several_inputs || ref.input != refs.front().input;
    if (!several_inputs) return;
    std::vector<std::size_t> order(refs.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return post_id(creator, refs[a]) < post_id(creator, refs[b]);
    });
    std::vector<bool> keep(refs.size(), true);
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
        const std::string_view id = post_id(creator, refs[order[k]]);
        if (!id.empty() && id == post_id(creator, refs[order[k + 1]])) keep[order[k]] = false;  // a later one follows
    }
    std::vector<PostRef> kept;
    kept.reserve(refs.size());
    for (std::size_t k = 0; k < refs.size(); ++k) {
        if (keep[k]) kept.push_back(refs[k]);
    }
    refs.swap(kept);
}

std::vector<FollowerPoint> thin_history(const std::vector<FollowerPoint>& history, std::size_t limit,
                                        const std::vector<std::string>& keep_dates) {
    if (history.size() <= limit || limit < 2) return history;
    std::vector<char> keep(history.size(), 0);
    keep.front() = keep.back() = 1;
    for (std::size_t k = 0; k < history.size(); ++k) {
        if (std::find(keep_dates.begin(), keep_dates.end(), format_date(history[k].time)) != keep_dates.end()) keep[k] = 1;
    }
    const double step = static_cast<double>(history.size() - 1) / static_cast<double>(limit - 1);
    for (std::size_t n = 0; n < limit; ++n) keep[static_cast<std::size_t>(std::lround(static_cast<double>(n) * step))] = 1;
    std::vector<FollowerPoint> out;
    for (std::size_t k = 0; k < history.size(); ++k) {
        if (keep[k]) out.push_back(history[k]);
    }
    return out;
}

namespace {

}  // namespace

namespace {

// Earned media value of each post in the window (counts times the platform's values); the
// expected value is their median (NaN when the platform has no values or no post has a count).
double expected_emv(const std::string& platform, const std::vector<PostCounts>& posts) {
    const EmvValues* values = EmvTable::builtin().find(platform);
    if (values == nullptr) return not_a_number;
    std::vector<double> emv;
    for (const auto& post : posts) {
        if (const double value = post_emv(post, values); !std::isnan(value)) emv.push_back(value);
    }
    return emv.empty() ? not_a_number : median(std::move(emv));
}

// The rates by the other denominators (followers, views, reach), computed only when the posts carry them.
void set_other_rates(CreatorResult& c, const std::vector<PostCounts>& posts, std::int64_t as_of, int window,
                     const std::vector<FollowerPoint>* with_history) {
    const auto rate_by = [&](std::string_view denominator) {
        return engagement_rate(c.platform, c.followers, posts, as_of, window, denominator, with_history);
    };
    const auto any_post = [&](double PostCounts::*field) {
        return std::any_of(posts.begin(), posts.end(), [&](const PostCounts& p) { return !std::isnan(p.*field); });
    };
    if ((!std::isnan(c.followers) && c.followers > 0) || with_history != nullptr) c.rate_by_followers = rate_by("followers");
    if (any_post(&PostCounts::views)) c.rate_by_views = rate_by("views");
    if (any_post(&PostCounts::reach)) c.rate_by_reach = rate_by("reach");
}

// Cost per engagement, per thousand views and the return on the fee, when there is a fee.
void set_costs(CreatorResult& c) {
    const Engagement& e = c.engagement;
    if (!std::isnan(c.cost.fee) && c.cost.fee > 0) {
        if (e.expected_interactions > 0) c.cost.cpe = c.cost.fee / e.expected_interactions;
        if (e.expected_views > 0) c.cost.cpm = c.cost.fee / e.expected_views * 1000.0;
        if (!std::isnan(c.cost.emv)) c.cost.roi = (c.cost.emv - c.cost.fee) / c.cost.fee;
    }
}

}  // namespace

void keep_follower_series(CreatorResult& c, const std::vector<FollowerPoint>& history) {
    std::vector<std::string> marked;
    for (const auto& flag : c.flags) {
        if (flag.id == "FOLLOWER_SPIKE" || flag.id == "FOLLOWER_DROP") marked.insert(marked.end(), flag.dates.begin(), flag.dates.end());
    }
    std::vector<FollowerPoint> counted;
    for (const auto& point : history) {
        if (!std::isnan(point.followers)) counted.push_back(point);
    }
    c.follower_series.clear();
    for (const auto& point : thin_history(counted, 180, marked)) {
        const std::int64_t day = point.time >= 0 ? point.time / 86400 : -((-point.time + 86399) / 86400);
        c.follower_series.push_back({static_cast<std::int32_t>(day), static_cast<float>(point.followers)});
    }
}

std::string peer_group_key(const CreatorResult& c) {
    return c.platform + '\x1f' + c.tier.value_or("") + '\x1f' + c.engagement.denominator + '\x1f' + c.engagement.source;
}

bool counts_as_peer(const CreatorResult& c) {
    return c.engagement.available && c.tier && (c.engagement.source == "roster" || !c.engagement.too_few_posts());
}

void CreatorJoin::compute_creator(std::size_t i, const AnalysisSettings& settings, CreatorEvidence& evidence) {
    CreatorResult& c = creators_[i];
    evidence = {};
    // The follower history: growth, and the count when no roster gives one.
    evidence.history = prepare_history(std::move(histories_[i]), c.followers);
    const std::vector<FollowerPoint>& history = evidence.history;
    histories_[i] = {};
    c.growth = compute_growth(history, settings.as_of);
    if (std::isnan(c.followers) && c.growth.available) c.followers = c.growth.followers_now;
    c.tier = settings.tiers.tier_for(c.followers, c.platform);
    c.cost.fee = c.fee;
    drop_repeated_posts(i);
    c.posts_loaded = static_cast<int>(posts_[i].size());
    auto& refs = posts_[i];
    const bool has_bio = i < has_bio_.size() && has_bio_[i];
    if (refs.empty()) {
        if (settings.brief != nullptr) c.content = gather_content(c, {}, has_bio, *settings.brief);
        c.engagement = engagement_from_roster(c.platform, c.followers, roster_[i]);
        roster_rates(c.followers, roster_[i], c.rate_by_followers, c.rate_by_views);
        set_costs(c);  // by the roster's averages per post
        return;
    }
    const int window = default_window(c.platform);
    // Candidates for the window: (time, position). Posts without a date cannot be placed in the
    // window; say so rather than guess. When no post has a date at all (some research exports),
    // the file's order stands in for time: the last rows are taken as the most recent.
    std::vector<std::pair<std::int64_t, std::size_t>> dated;
    std::vector<std::size_t> undated;
    for (std::size_t k = 0; k < refs.size(); ++k) {
        const std::int64_t time = post_time(i, refs[k]);
        if (time == missing_time) {
            undated.push_back(k);
        } else if (time <= settings.as_of) {
            dated.emplace_back(time, k);
        }
    }
    const bool none_dated = undated.size() == refs.size();
    if (none_dated) {
        for (std::size_t k = 0; k < refs.size(); ++k) dated.emplace_back(static_cast<std::int64_t>(k), k);
        undated.clear();
    }
    // The newest `window` posts; equal times keep input order.
    const auto newer = [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
    const std::size_t take = std::min<std::size_t>(dated.size(), static_cast<std::size_t>(window));
    std::partial_sort(dated.begin(), dated.begin() + static_cast<std::ptrdiff_t>(take), dated.end(), newer);
    std::vector<PostCounts> posts;
    posts.reserve(take);
    for (std::size_t k = 0; k < take; ++k) {
        PostCounts post = read_post(i, refs[dated[k].second], settings.brief != nullptr);
        post.published_at = dated[k].first;
        posts.push_back(std::move(post));
    }
    if (settings.brief != nullptr) c.content = gather_content(c, posts, has_bio, *settings.brief);
    const std::int64_t as_of = none_dated ? std::numeric_limits<std::int64_t>::max() : settings.as_of;
    if (!none_dated) {
        std::vector<std::int64_t> times;
        times.reserve(dated.size());
        for (const auto& [time, k] : dated) times.push_back(time);
        c.cadence = compute_cadence(std::move(times), settings.as_of);
    }
    c.cost.emv = expected_emv(c.platform, posts);
    c.deliverables = deliverable_outcomes(c.platform, posts);
    evidence.window = posts;  // for the flags
    const std::vector<FollowerPoint>* with_history = history.empty() ? nullptr : &history;
    set_other_rates(c, posts, as_of, window, with_history);
    c.engagement = compute_engagement(c.platform, c.followers, std::move(posts), as_of, window, {}, with_history);
    set_costs(c);
    // The creator's own flags: the window's posts, and (for what followed a follower spike) every
    // dated post when a history exists.
    if (!history.empty() && !none_dated) {
        for (const auto& [time, k] : dated) {
            PostCounts post = read_post(i, refs[k]);
            post.published_at = time;
            evidence.all_posts.push_back(std::move(post));
        }
    }
    evidence.none_dated = none_dated;
    evidence.none_in_range = !none_dated && dated.empty() && !refs.empty() && undated.size() < refs.size();
    evidence.undated = std::move(undated);
}

void CreatorJoin::complete_creator(std::size_t i, const CreatorEvidence& evidence) {
    CreatorResult& c = creators_[i];
    keep_follower_series(c, evidence.history);
    if (evidence.none_dated) {
        c.engagement.note = "no post has a publish date: the last posts in file order were taken as the most recent";
        for (auto& post : c.engagement.per_post) post.published_at = missing_time;
    }
    if (evidence.none_in_range) c.engagement.note = "no posts on or before the report date";
    for (std::size_t k : evidence.undated) {
        const PostCounts post = read_post(i, posts_[i][k]);
        c.engagement.skipped.push_back({std::string(post.post_id), post.line, "no publish date"});
    }
}

void assign_benchmarks(std::vector<CreatorResult>& creators, const ReferenceTable& reference) {
    BenchmarkPass pass;
    pass.gather(creators, 0, creators.size());
    pass.sort_groups();
    pass.assign(creators, 0, creators.size(), reference);
}

// Peers: creators of the same platform and tier whose rate uses the same denominator and basis
// (counts_as_peer). Each group is sorted once (its NaN rates set aside but still counted as
// peers): a creator's percentile is then a binary search, not a pass over the group.
void BenchmarkPass::gather(const std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end && i < creators.size(); ++i) {
        const CreatorResult& c = creators[i];
        if (!counts_as_peer(c)) continue;
        auto& [rates, peers] = groups_[peer_group_key(c)];
        ++peers;
        if (!std::isnan(c.engagement.rate)) rates.push_back(c.engagement.rate);
    }
}

void BenchmarkPass::sort_groups() {
    for (auto& [name, group] : groups_) std::sort(group.first.begin(), group.first.end());
}

void BenchmarkPass::assign(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end, const ReferenceTable& reference) {
    for (std::size_t i = begin; i < end && i < creators.size(); ++i) {
        CreatorResult& c = creators[i];
        if (!c.engagement.available) continue;
        if (c.tier) {
            const auto& [sorted, peers] = groups_[peer_group_key(c)];
            c.benchmark.peers = static_cast<int>(peers);
            if (counts_as_peer(c)) c.benchmark.percentile = peer_percentile_sorted(sorted, peers, c.engagement.rate);
        }
        c.benchmark.reference = reference.find(c.platform, c.engagement.denominator, c.followers);
        if (c.benchmark.reference != nullptr) c.benchmark.band = ReferenceTable::band(*c.benchmark.reference, c.engagement.rate);
    }
}

std::optional<std::int64_t> latest_date(const std::vector<std::unique_ptr<InputFile>>& inputs) {
    std::optional<std::int64_t> latest;
    for (const auto& input : inputs) {
        const auto full = input->latest_full_time();
        if (full && (!latest || *full > *latest)) latest = full;
    }
    return latest;
}

}  // namespace creatorscope
