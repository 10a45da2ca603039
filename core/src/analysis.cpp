// Joining inputs into creators and computing each creator's figures.
#include "creatorscope/analysis.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace creatorscope {

std::size_t CreatorJoin::find_or_add(const std::string& handle, const std::string& platform) {
    // Exact (handle, platform) first; a roster row without a platform takes the platform of
    // the posts that name its handle; posts without a platform go to the one creator of that handle.
    std::size_t only_match = creators_.size();
    int matches = 0;
    auto& same_handle = by_handle_[handle];
    for (std::size_t i : same_handle) {
        if (creators_[i].platform == platform) return i;
        if (platform.empty() || creators_[i].platform.empty()) {
            only_match = i;
            ++matches;
        }
    }
    if (matches == 1) {
        if (creators_[only_match].platform.empty()) creators_[only_match].platform = platform;
        return only_match;
    }
    CreatorResult creator;
    creator.handle = handle;
    creator.platform = platform;
    creator.followers = creator.following = creator.fee = std::nan("");
    creators_.push_back(std::move(creator));
    same_handle.push_back(creators_.size() - 1);
    posts_.emplace_back();
    roster_rate_.push_back(std::nan(""));
    roster_avg_likes_.push_back(std::nan(""));
    roster_avg_comments_.push_back(std::nan(""));
    return creators_.size() - 1;
}

void CreatorJoin::add_inputs(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings) {
    for (const auto& input : inputs) {
        if (input->kind() != Kind::roster || !input->finished()) continue;
        const Table& t = input->table();
        const int handle = t.column_index("handle"), platform = t.column_index("platform"),
                  followers = t.column_index("followers"), following = t.column_index("following"),
                  country = t.column_index("country"), category = t.column_index("category"),
                  fee = t.column_index("fee"), currency = t.column_index("currency"),
                  rate = t.column_index("engagement_rate"), avg_likes = t.column_index("avg_likes"),
                  avg_comments = t.column_index("avg_comments");
        for (std::size_t row = 0; row < t.rows(); ++row) {
            const std::size_t i = find_or_add(std::string(strings.get(t.text(handle, row))),
                                              std::string(strings.get(t.text(platform, row))));
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
            fill_text(c.category, category);
            fill_text(c.currency, currency);
            fill(roster_rate_[i], t.number(rate, row));
            fill(roster_avg_likes_[i], t.number(avg_likes, row));
            fill(roster_avg_comments_[i], t.number(avg_comments, row));
        }
    }
    for (const auto& input : inputs) {
        if (input->kind() != Kind::posts || !input->finished()) continue;
        const Table& t = input->table();
        const int handle = t.column_index("handle"), platform = t.column_index("platform"),
                  post_id = t.column_index("post_id"), published = t.column_index("published_at"),
                  likes = t.column_index("likes"), comments = t.column_index("comments"),
                  shares = t.column_index("shares"), saves = t.column_index("saves"), views = t.column_index("views");
        // Daily-row formats (YouTube Studio's chart data) repeat a post once a day: sum its counts.
        // Otherwise a post seen again (overlapping exports) takes the later file's counts.
        std::unordered_map<std::string, std::size_t> daily_index;
        for (std::size_t row = 0; row < t.rows(); ++row) {
            const std::size_t i = find_or_add(std::string(strings.get(t.text(handle, row))),
                                              std::string(strings.get(t.text(platform, row))));
            PostCounts post;
            post.post_id = std::string(strings.get(t.text(post_id, row)));
            if (post.post_id.empty()) post.post_id = input->name() + ":" + std::to_string(t.line(row));
            post.line = t.line(row);
            post.published_at = t.time(published, row);
            if (is_yearless(post.published_at)) post.published_at = missing_time;  // could not be placed
            post.likes = t.number(likes, row);
            post.comments = t.number(comments, row);
            post.shares = t.number(shares, row);
            post.saves = t.number(saves, row);
            post.views = t.number(views, row);
            if (input->daily_rows()) {
                const std::string key = std::to_string(i) + "\x1f" + post.post_id;
                if (const auto found = daily_index.find(key); found != daily_index.end()) {
                    PostCounts& total = posts_[i][found->second];
                    const auto add = [](double& sum, double value) {
                        if (!std::isnan(value)) sum = std::isnan(sum) ? value : sum + value;
                    };
                    add(total.likes, post.likes);
                    add(total.comments, post.comments);
                    add(total.shares, post.shares);
                    add(total.saves, post.saves);
                    add(total.views, post.views);
                    continue;
                }
                daily_index.emplace(key, posts_[i].size());
            } else {
                const std::string key = std::to_string(i) + "\x1f" + post.post_id;
                if (const auto found = post_index_.find(key); found != post_index_.end()) {
                    posts_[i][found->second] = std::move(post);
                    continue;
                }
                post_index_.emplace(key, posts_[i].size());
            }
            posts_[i].push_back(std::move(post));
            ++creators_[i].posts_loaded;
        }
    }
}

void CreatorJoin::compute_creator(std::size_t i, const AnalysisSettings& settings) {
    CreatorResult& c = creators_[i];
    c.tier = settings.tiers.tier_for(c.followers, c.platform);
    if (posts_[i].empty()) {
        c.engagement = engagement_from_roster(c.followers, roster_rate_[i], roster_avg_likes_[i], roster_avg_comments_[i]);
        return;
    }
    // Posts without a date cannot be placed in the window; say so rather than guess. When no
    // post has a date at all (some research exports), the file's order stands in for time:
    // the last rows are taken as the most recent, and the report says so.
    const bool none_dated = std::all_of(posts_[i].begin(), posts_[i].end(),
                                        [](const PostCounts& p) { return p.published_at == missing_time; });
    if (none_dated) {
        for (std::size_t k = 0; k < posts_[i].size(); ++k) posts_[i][k].published_at = static_cast<std::int64_t>(k);
        c.engagement = compute_engagement(c.platform, c.followers, std::move(posts_[i]), settings.as_of,
                                          default_window(c.platform));
        c.engagement.note = "no post has a publish date: the last posts in file order were taken as the most recent";
        posts_[i].clear();
        return;
    }
    std::vector<PostCounts> dated;
    std::vector<SkippedPost> undated;
    for (auto& post : posts_[i]) {
        if (post.published_at == missing_time) {
            undated.push_back({post.post_id, post.line, "no publish date"});
        } else {
            dated.push_back(std::move(post));
        }
    }
    posts_[i].clear();
    c.engagement = compute_engagement(c.platform, c.followers, std::move(dated), settings.as_of, default_window(c.platform));
    c.engagement.skipped.insert(c.engagement.skipped.end(), undated.begin(), undated.end());
}

std::optional<std::int64_t> latest_date(const std::vector<std::unique_ptr<InputFile>>& inputs) {
    std::optional<std::int64_t> latest;
    for (const auto& input : inputs) {
        const Table& t = input->table();
        for (std::size_t c = 0; c < t.column_count(); ++c) {
            const Column& column = t.column(static_cast<int>(c));
            if (column.type != ValueType::timestamp || !column.present) continue;
            for (std::int64_t time : column.times) {
                if (time != missing_time && !is_yearless(time) && (!latest || time > *latest)) latest = time;
            }
        }
    }
    return latest;
}

}  // namespace creatorscope
