// Red flags and the authenticity score: each flag from its thresholds, with its evidence.
#include "flags/flags.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "analysis/join.hpp"
#include "ingest/dates.hpp"
#include "analysis/follower_model.hpp"
#include "ingest/input_file.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

constexpr std::int64_t day_seconds = 86400;


std::string percent_text(double fraction, int decimals = 1) { return format_number(fraction * 100.0, decimals) + "%"; }


double interactions_of(const PostCounts& p) {
    double sum = 0;
    bool any = false;
    for (double v : {p.likes, p.comments, p.shares, p.saves}) {
        if (!std::isnan(v)) {
            sum += v;
            any = true;
        }
    }
    return any ? sum : not_a_number;
}

Flag make_flag(std::string id, std::string severity, std::string evidence, double value, double threshold) {
    Flag f;
    f.id = std::move(id);
    f.severity = std::move(severity);
    f.evidence = std::move(evidence);
    f.value = value;
    f.threshold = threshold;
    return f;
}

// UTF-8 decoding for the comment classes: the next code point, or U+FFFD for a broken sequence.
std::uint32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char first = byte(at);
    std::size_t length = first < 0x80 ? 1 : (first >> 5) == 0x6 ? 2 : (first >> 4) == 0xE ? 3 : (first >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) {
        ++at;
        return 0xFFFD;
    }
    std::uint32_t cp = length == 1 ? first : length == 2 ? (first & 0x1F) : length == 3 ? (first & 0x0F) : (first & 0x07);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(at + k) & 0x3F);
    at += length;
    return cp;
}

// Pictographs, dingbats, hearts, flags (regional indicators), skin tones, keycaps, and the
// joiners and selectors that bind emoji sequences.
bool is_emoji_part(std::uint32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
           (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           cp == 0x20E3 || cp == 0x00A9 || cp == 0x00AE || cp == 0x2122 || cp == 0x3030 || cp == 0x303D || (cp >= 0xE0020 && cp <= 0xE007F);
}

const std::unordered_set<std::string>& generic_phrases() {
    static const std::unordered_set<std::string> phrases = [] {
        std::unordered_set<std::string> out;
        const auto document = nlohmann::json::parse(builtin_generic_comments_text(), nullptr, false);
        if (document.is_object() && document.contains("phrases")) {
            for (const auto& phrase : document["phrases"]) {
                if (phrase.is_string()) out.insert(phrase.get<std::string>());
            }
        }
        return out;
    }();
    return phrases;
}

}  // namespace

// ---- thresholds

// ---- comments

CommentClass classify_comment(std::string_view text) {
    text = trim(text);
    if (text.empty()) return CommentClass::ordinary;
    // Emoji only: every code point is an emoji part, a space or ASCII punctuation, with at
    // least one emoji.
    bool emoji = false, other = false;
    std::string words;  // lowered letters, digits and single spaces, emoji and punctuation dropped
    bool only_mentions = true, any_mention = false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const std::uint32_t cp = next_code_point(text, at);
        if (is_emoji_part(cp)) {
            emoji = true;
            if (!words.empty() && words.back() != ' ') words += ' ';
            continue;
        }
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                other = true;
                words += lower_ascii_char(c);
            } else if (c == '\'' || c == '-' || c == '.') {
                if (!words.empty() && words.back() != ' ') words += ' ';
            } else if (!words.empty() && words.back() != ' ') {
                words += ' ';
            }
            continue;
        }
        if (cp == 0xA0 || cp == 0x2019) {
            if (!words.empty() && words.back() != ' ') words += ' ';
            continue;
        }
        other = true;  // a letter of another script (accents included): kept as written
        words.append(text.substr(start, at - start));
    }
    // Mentions: every word starts with '@'.
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n')) ++at;
        if (at >= text.size()) break;
        std::size_t end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n') ++end;
        if (text[at] == '@' && end - at > 1) {
            any_mention = true;
        } else {
            // A word of emoji or punctuation alone does not stop a comment being mentions only.
            bool has_letter = false;
            for (std::size_t k = at; k < end; ++k) has_letter = has_letter || is_word_byte(text[k]);
            if (has_letter) {
                std::size_t probe = at;
                bool all_emoji = true;
                while (probe < end) {
                    if (!is_emoji_part(next_code_point(text, probe))) all_emoji = false;
                }
                if (!all_emoji) only_mentions = false;
            }
        }
        at = end;
    }
    if (any_mention && only_mentions) return CommentClass::mention_only;
    if (emoji && !other) return CommentClass::emoji_only;
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (!words.empty() && generic_phrases().count(words) > 0) return CommentClass::generic_phrase;
    return CommentClass::ordinary;
}

// ---- one creator's own flags

void creator_flags(CreatorResult& c, const std::vector<PostCounts>& window, const std::vector<FollowerPoint>& history,
                   const std::vector<PostCounts>& all_posts, const FlagThresholds& th, std::int64_t as_of) {
    // Comments per like over the window, for COMMENT_LIKE_RATIO against peers later.
    {
        std::vector<double> ratios;
        for (const auto& p : window) {
            if (!std::isnan(p.likes) && p.likes > 0 && !std::isnan(p.comments)) ratios.push_back(p.comments / p.likes);
        }
        if (ratios.size() >= 5) c.comment_like_ratio = median(ratios);
    }

    // FOLLOWER_SPIKE and FOLLOWER_DROP: daily changes against the creator's own normal (median and
    // MAD), a change over a gap spread evenly over its days.
    {
        struct Change {
            std::int64_t time;
            double per_day, total, before;
        };
        std::vector<Change> changes;
        for (std::size_t k = 1; k < history.size(); ++k) {
            if (history[k].time > as_of) break;
            const double days = std::max(1.0, std::round(static_cast<double>(history[k].time - history[k - 1].time) / day_seconds));
            const double total = history[k].followers - history[k - 1].followers;
            changes.push_back({history[k].time, total / days, total, history[k - 1].followers});
        }
        if (changes.size() >= 14) {
            std::vector<double> per_day;
            for (const auto& ch : changes) per_day.push_back(ch.per_day);
            const double typical = median(per_day);
            std::vector<double> deviations;
            for (double d : per_day) deviations.push_back(std::fabs(d - typical));
            const double typical_followers = history.back().followers;
            // A very regular history has a MAD near zero: a floor keeps ordinary days ordinary.
            const double sigma = std::max({1.4826 * median(deviations), 0.0005 * typical_followers, 1.0});
            const Change* spike = nullptr;
            const Change* drop = nullptr;
            double spike_z = 0, drop_z = 0;
            for (const auto& ch : changes) {
                const double z = (ch.per_day - typical) / sigma;
                if (ch.before <= 0) continue;
                if (z >= th.follower_spike_z && ch.total >= th.follower_spike_min_share * ch.before && z > spike_z) {
                    spike = &ch;
                    spike_z = z;
                }
                if (-z >= th.follower_drop_z && -ch.total >= th.follower_drop_min_share * ch.before && -z > drop_z) {
                    drop = &ch;
                    drop_z = -z;
                }
            }
            if (spike != nullptr) {
                const double gain = spike->total / spike->before;
                // Did engagement follow? Interactions per post in the 14 days after, against the 30 before.
                std::vector<double> before, after;
                for (const auto& p : all_posts) {
                    const double i = interactions_of(p);
                    if (std::isnan(i) || p.published_at > as_of) continue;
                    if (p.published_at < spike->time && p.published_at >= spike->time - 30 * day_seconds) before.push_back(i);
                    if (p.published_at >= spike->time && p.published_at < spike->time + 14 * day_seconds) after.push_back(i);
                }
                std::string followed;
                std::string severity = "medium";
                if (before.size() >= 2 && after.size() >= 2) {
                    const double b = median(before), a = median(after);
                    const double rise = b > 0 ? a / b - 1 : 0;
                    if (rise < th.engagement_followed_share * gain) {
                        severity = "high";
                        followed = "; interactions per post did not follow (" + format_number(b) + " before, " + format_number(a) +
                                   " in the 14 days after: " + (rise >= 0 ? "+" : "") + percent_text(rise) + ")";
                    } else {
                        followed = "; interactions per post rose with it (" + format_number(b) + " before, " + format_number(a) + " after)";
                    }
                } else {
                    followed = "; too few posts around it to tell whether engagement followed";
                }
                Flag f = make_flag("FOLLOWER_SPIKE", severity,
                                   "+" + format_number(spike->total) + " followers on " + format_date(spike->time) + " (+" + percent_text(gain) +
                                       "), " + format_number(spike_z, 1) + " times the usual spread of daily changes (median " +
                                       format_number(typical, 0) + " a day)" + followed,
                                   gain, th.follower_spike_min_share);
                f.dates.push_back(format_date(spike->time));
                c.flags.push_back(std::move(f));
            }
            if (drop != nullptr) {
                const double loss = -drop->total / drop->before;
                Flag f = make_flag("FOLLOWER_DROP", "medium",
                                   format_number(drop->total) + " followers on " + format_date(drop->time) + " (-" + percent_text(loss) +
                                       "), " + format_number(drop_z, 1) + " times the usual spread of daily changes: a purge or a mass unfollow",
                                   loss, th.follower_drop_min_share);
                f.dates.push_back(format_date(drop->time));
                c.flags.push_back(std::move(f));
            }
        }
    }

    // FOLLOW_FOR_FOLLOW: following more accounts than follow back, or near the platform's limit
    // (Instagram lets an account follow 7,500, TikTok 10,000; YouTube has no following).
    if (!std::isnan(c.following) && !std::isnan(c.followers)) {
        const double platform_limit = c.platform == "instagram" ? th.follow_limit_instagram
                                      : c.platform == "tiktok"  ? th.follow_limit_tiktok
                                                                : not_a_number;
        const double limit = platform_limit * th.follow_limit_share;
        if (c.following > c.followers && c.following >= 1000) {
            c.flags.push_back(make_flag("FOLLOW_FOR_FOLLOW", "medium",
                                        "follows " + format_number(c.following) + " accounts, more than its " + format_number(c.followers) +
                                            " followers: typical of follow-for-follow growth",
                                        c.following / std::max(1.0, c.followers), 1.0));
        } else if (!std::isnan(limit) && c.following >= limit) {
            c.flags.push_back(make_flag("FOLLOW_FOR_FOLLOW", "low",
                                        "follows " + format_number(c.following) + " accounts, " +
                                            (c.following >= platform_limit ? "at or over" : "near") + " " + c.platform + "'s limit of " +
                                            format_number(platform_limit),
                                        c.following, limit));
        }
    }

    // VIEW_INFLATION: posts with far more views than usual and far less engagement per view.
    {
        std::vector<double> views, rates;
        for (const auto& p : window) {
            const double i = interactions_of(p);
            if (std::isnan(p.views) || p.views <= 0 || std::isnan(i)) continue;
            views.push_back(p.views);
            rates.push_back(i / p.views);
        }
        if (views.size() >= 5) {
            const double usual_views = median(views), usual_rate = median(rates);
            Flag f = make_flag("VIEW_INFLATION", "medium", "", 0, th.view_inflation_views);
            for (const auto& p : window) {
                const double i = interactions_of(p);
                if (std::isnan(p.views) || p.views <= 0 || std::isnan(i)) continue;
                if (p.views >= th.view_inflation_views * usual_views && i / p.views <= (1 - th.view_inflation_rate_drop) * usual_rate) {
                    f.posts.push_back(p.post_id);
                    if (p.published_at != missing_time) f.dates.push_back(format_date(p.published_at));
                }
            }
            const double share = static_cast<double>(f.posts.size()) / static_cast<double>(views.size());
            if (f.posts.size() >= static_cast<std::size_t>(th.view_inflation_min_posts) && share >= th.view_inflation_min_share) {
                f.value = static_cast<double>(f.posts.size());
                if (share >= th.view_inflation_high_share) f.severity = "high";
                f.evidence = std::to_string(f.posts.size()) + " of " + std::to_string(views.size()) + " recent posts had " +
                             format_number(th.view_inflation_views, 1) + " times the usual views (" + format_number(usual_views) +
                             ") or more while engagement per view was " + percent_text(th.view_inflation_rate_drop, 0) +
                             " or more under the usual " + percent_text(usual_rate, 2) + ": views that no audience engaged with";
                c.flags.push_back(std::move(f));
            }
        }
    }

    // UNIFORM_ENGAGEMENT: likes that barely vary from post to post.
    {
        std::vector<double> likes;
        for (const auto& p : window) {
            if (!std::isnan(p.likes)) likes.push_back(p.likes);
        }
        if (likes.size() >= static_cast<std::size_t>(th.uniform_min_posts)) {
            double mean = 0;
            for (double l : likes) mean += l;
            mean /= static_cast<double>(likes.size());
            double variance = 0;
            for (double l : likes) variance += (l - mean) * (l - mean);
            const double cv = mean > 0 ? std::sqrt(variance / static_cast<double>(likes.size() - 1)) / mean : 0;
            if (mean >= 20 && cv < th.uniform_max_cv) {
                const auto [low, high] = std::minmax_element(likes.begin(), likes.end());
                c.flags.push_back(make_flag("UNIFORM_ENGAGEMENT", "medium",
                                            "likes on the last " + std::to_string(likes.size()) + " posts all lie between " + format_number(*low) +
                                                " and " + format_number(*high) + " (variation " + percent_text(cv, 2) +
                                                " of the mean): real audiences vary far more from post to post",
                                            cv, th.uniform_max_cv));
            }
        }
    }

    // INACTIVE: no recent post, or long gaps.
    if (c.cadence.posts_90d > 0 || !std::isnan(c.cadence.days_since_last_post)) {
        if (c.cadence.days_since_last_post >= th.inactive_days) {
            c.flags.push_back(make_flag("INACTIVE", "medium",
                                        "no post for " + format_number(c.cadence.days_since_last_post) + " days before the report date",
                                        c.cadence.days_since_last_post, th.inactive_days));
        } else if (c.cadence.longest_gap_days >= th.irregular_gap_days) {
            c.flags.push_back(make_flag("INACTIVE", "low",
                                        "a gap of " + format_number(c.cadence.longest_gap_days) + " days without a post in the last 90 days",
                                        c.cadence.longest_gap_days, th.irregular_gap_days));
        }
    }

    // SPONSORED_SATURATION: mostly paid posts, or paid posts that engage far less.
    {
        const Engagement& e = c.engagement;
        const int known = e.sponsored_posts + e.organic_posts;
        std::vector<std::string> why;
        double value = 0, threshold = 0;
        if (known >= 4 && static_cast<double>(e.sponsored_posts) / known > th.sponsored_share) {
            why.push_back(std::to_string(e.sponsored_posts) + " of " + std::to_string(known) + " recent posts are sponsored (" +
                          percent_text(static_cast<double>(e.sponsored_posts) / known, 0) + ")");
            value = static_cast<double>(e.sponsored_posts) / known;
            threshold = th.sponsored_share;
        }
        if (e.sponsored_posts >= 3 && e.organic_posts >= 3 && e.sponsored_rate < th.sponsored_rate_ratio * e.organic_rate) {
            why.push_back("sponsored posts engage at " + percent_text(e.sponsored_rate, 2) + " against " + percent_text(e.organic_rate, 2) +
                          " for organic ones");
            if (threshold == 0) {
                value = e.sponsored_rate / e.organic_rate;
                threshold = th.sponsored_rate_ratio;
            }
        }
        if (!why.empty()) {
            std::string evidence;
            for (const auto& w : why) evidence += (evidence.empty() ? "" : "; ") + w;
            c.flags.push_back(make_flag("SPONSORED_SATURATION", "medium", evidence, value, threshold));
        }
    }

    // BRAND_SAFETY: listed terms in captions (the built-in categories and the brief's blocklist;
    // the brief's own keywords and niches are wanted, not flagged) and in the bio.
    {
        Flag f = make_flag("BRAND_SAFETY", "medium", "", 0, 1);
        std::vector<std::string> terms;
        bool blocklist = false;
        const auto collect = [&](const std::string& hits) {
            bool any = false;
            std::size_t at = 0;
            while (at < hits.size()) {
                std::size_t end = hits.find(" | ", at);
                if (end == std::string::npos) end = hits.size();
                const std::string hit = hits.substr(at, end - at);
                at = end + 3;
                if (hit.rfind("brief keyword:", 0) == 0 || hit.rfind("brief niche:", 0) == 0) continue;
                any = true;
                blocklist = blocklist || hit.rfind("brief blocklist:", 0) == 0;
                if (std::find(terms.begin(), terms.end(), hit) == terms.end()) terms.push_back(hit);
            }
            return any;
        };
        for (const auto& p : window) {
            if (collect(p.keyword_hits)) f.posts.push_back(p.post_id);
        }
        const bool in_bio = collect(c.bio_keyword_hits);
        if (!f.posts.empty() || in_bio) {
            f.value = static_cast<double>(f.posts.size());
            if (f.posts.size() >= 3 || blocklist) f.severity = "high";
            std::string list;
            for (std::size_t k = 0; k < terms.size() && k < 6; ++k) list += (list.empty() ? "" : ", ") + terms[k];
            f.evidence = (f.posts.empty() ? std::string() : std::to_string(f.posts.size()) + " of " + std::to_string(window.size()) + " recent captions") +
                         (in_bio ? (f.posts.empty() ? "the bio" : " and the bio") : "") + " match listed terms: " + list;
            c.flags.push_back(std::move(f));
        }
    }

    // LOW_VIEW_RATE: videos seen by few of the followers.
    {
        std::vector<double> views;
        for (const auto& p : window) {
            if (!std::isnan(p.views)) views.push_back(p.views);
        }
        if (views.size() >= 3 && !std::isnan(c.followers) && c.followers >= 1000) {
            const double rate = median(views) / c.followers;
            if (rate < th.low_view_rate) {
                c.flags.push_back(make_flag("LOW_VIEW_RATE", "low",
                                            "median views " + format_number(median(views)) + " are " + percent_text(rate) + " of its " +
                                                format_number(c.followers) + " followers: many followers never watch",
                                            rate, th.low_view_rate));
            }
        }
    }
}

// ---- flags across creators, and the authenticity score


namespace {
// A peer group's size, median and spread, computed once per group.
struct PeerGroup {
    std::size_t size = 0;
    double median = not_a_number, sigma = not_a_number;
};
}  // namespace

struct FlagPass::State {
    std::unordered_map<std::string, PeerGroup> rate_groups, ratio_groups;
    std::unordered_map<std::string, std::vector<std::size_t>> recurring_creators;
    std::unordered_map<std::string, std::vector<std::pair<std::string, double>>> countries;
};

FlagPass::~FlagPass() = default;

void assign_flags(std::vector<CreatorResult>& creators, const FlagContext& context) {
    FlagPass pass(creators, context);
    pass.flag(creators, 0, creators.size());
}

FlagPass::FlagPass(std::vector<CreatorResult>& creators, const FlagContext& context)
    : context_(context), state_(std::make_unique<State>()) {
    const FlagThresholds& th = *context.thresholds;

    // Comments: each creator's comment stats, from every comments file. Without one, there is
    // nothing to gather (the creators' stats stay at zero), and a large roster does not pay for
    // a map of its handles and a record per creator (about 200 ms for 100,000 in the page).
    bool any_comments = false;
    if (context.inputs != nullptr) {
        for (const auto& input : *context.inputs) any_comments = any_comments || (input->finished() && input->kind() == Kind::comments);
    }
    std::unordered_map<std::string, std::vector<std::size_t>> by_handle;
    if (any_comments) {
        for (std::size_t i = 0; i < creators.size(); ++i) by_handle[creators[i].handle].push_back(i);
    }
    struct Gathered {
        std::unordered_map<std::string, std::unordered_set<std::string>> posts_by_author;
        std::unordered_set<std::string> posts;
        std::unordered_set<std::string> authors;
    };
    std::vector<Gathered> gathered(any_comments ? creators.size() : 0);
    if (any_comments) {
        static const int handle = canonical_index(Kind::comments, "handle"), platform = canonical_index(Kind::comments, "platform"),
                         post = canonical_index(Kind::comments, "post_id"), author = canonical_index(Kind::comments, "author"),
                         text = canonical_index(Kind::comments, "text");
        for (const auto& input : *context.inputs) {
            if (!input->finished() || input->kind() != Kind::comments) continue;
            const Table& t = input->table();
            for (std::size_t row = 0; row < t.rows(); ++row) {
                const std::string who(context.strings->get(t.text(handle, row)));
                const auto found = by_handle.find(who);
                if (found == by_handle.end()) continue;
                const std::string on(context.strings->get(t.text(platform, row)));
                const std::string post_id(t.long_text(post, row));
                // Which of the handle's accounts: the platform named, else the one whose posts
                // the comment's post id belongs to (ids carry no platform), else the only one.
                std::size_t target = creators.size();
                for (std::size_t i : found->second) {
                    if (!on.empty() && creators[i].platform == on) target = i;
                }
                if (target == creators.size() && found->second.size() == 1) target = found->second[0];
                if (target == creators.size()) {
                    for (std::size_t i : found->second) {
                        const auto& platform_name = creators[i].platform;
                        // Post ids often carry a platform prefix ("lenaandrews_in_069", "..._ti_...").
                        if (platform_name.size() >= 2 && post_id.find("_" + platform_name.substr(0, 2) + "_") != std::string::npos) target = i;
                    }
                }
                if (target == creators.size()) target = found->second[0];
                CreatorResult& c = creators[target];
                const std::string name(context.strings->get(t.text(author, row)));
                const std::string_view comment = t.long_text(text, row);
                ++c.comments.comments;
                const CommentClass kind = classify_comment(comment);
                switch (kind) {
                    case CommentClass::emoji_only: ++c.comments.emoji_only; break;
                    case CommentClass::mention_only: ++c.comments.mention_only; break;
                    case CommentClass::generic_phrase: ++c.comments.generic_phrase; break;
                    case CommentClass::ordinary: break;
                }
                if (kind != CommentClass::ordinary && c.comments.examples.size() < 6) {
                    const std::string example(utf8_prefix(comment, 40));
                    if (std::find(c.comments.examples.begin(), c.comments.examples.end(), example) == c.comments.examples.end()) {
                        c.comments.examples.push_back(example);
                    }
                }
                Gathered& g = gathered[target];
                g.posts.insert(post_id);
                if (!name.empty()) {
                    g.authors.insert(name);
                    g.posts_by_author[name].insert(post_id);
                }
            }
        }
    }
    // Recurring commenters: on pod_post_share of the commented posts or more (at least pod_min_posts).
    auto& recurring_creators = state_->recurring_creators;  // author -> creators where they recur
    for (std::size_t i = 0; i < gathered.size(); ++i) {
        CommentStats& stats = creators[i].comments;
        const Gathered& g = gathered[i];
        stats.posts = static_cast<int>(g.posts.size());
        stats.distinct_authors = static_cast<int>(g.authors.size());
        const double needed = std::max(th.pod_min_posts, th.pod_post_share * stats.posts);
        for (const auto& [name, posts] : g.posts_by_author) {
            if (static_cast<double>(posts.size()) >= needed) stats.recurring.emplace_back(name, static_cast<int>(posts.size()));
        }
        std::sort(stats.recurring.begin(), stats.recurring.end(),
                  [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        for (const auto& [name, count] : stats.recurring) recurring_creators[name].push_back(i);
    }

    // Peer groups for LOW_ and HIGH_ENGAGEMENT (platform, tier, denominator) and
    // COMMENT_LIKE_RATIO (platform).
    std::unordered_map<std::string, std::vector<double>> peer_rates;
    std::unordered_map<std::string, std::vector<double>> peer_ratios;
    for (const auto& c : creators) {
        if (c.engagement.available && c.tier) peer_rates[peer_group_key(c)].push_back(c.engagement.rate);
        if (!std::isnan(c.comment_like_ratio) && c.comment_like_ratio > 0) peer_ratios[c.platform].push_back(std::log(c.comment_like_ratio));
    }
    // Each group's figures, computed once (not once per creator: groups may hold thousands).
    auto& rate_groups = state_->rate_groups;
    auto& ratio_groups = state_->ratio_groups;
    for (const auto& [key, rates] : peer_rates) rate_groups[key] = {rates.size(), median(rates), not_a_number};
    for (const auto& [platform, ratios] : peer_ratios) {
        PeerGroup g{ratios.size(), median(ratios), not_a_number};
        std::vector<double> deviations;
        deviations.reserve(ratios.size());
        for (double r : ratios) deviations.push_back(std::fabs(r - g.median));
        // A floor on the spread (a quarter on the log scale, about 28%): among creators whose
        // ratios are nearly equal, an ordinary difference is not an outlier.
        g.sigma = std::max(1.4826 * median(std::move(deviations)), 0.25);
        ratio_groups[platform] = g;
    }

    // Audience shares by country, per account.
    auto& countries = state_->countries;
    if (context.inputs != nullptr) {
        static const int handle = canonical_index(Kind::audience, "handle"), platform = canonical_index(Kind::audience, "platform"),
                         dimension = canonical_index(Kind::audience, "dimension"), bucket = canonical_index(Kind::audience, "bucket"),
                         share = canonical_index(Kind::audience, "share");
        for (const auto& input : *context.inputs) {
            if (!input->finished() || input->kind() != Kind::audience) continue;
            const Table& t = input->table();
            for (std::size_t row = 0; row < t.rows(); ++row) {
                if (lower_ascii(context.strings->get(t.text(dimension, row))) != "country") continue;
                const std::string key = std::string(context.strings->get(t.text(handle, row))) + '\x1f' +
                                        std::string(context.strings->get(t.text(platform, row)));
                countries[key].emplace_back(std::string(context.strings->get(t.text(bucket, row))), t.number(share, row));
            }
        }
    }
}

void FlagPass::flag(std::vector<CreatorResult>& creators, std::size_t begin, std::size_t end) {
    const FlagContext& context = context_;
    const FlagThresholds& th = *context.thresholds;
    auto& rate_groups = state_->rate_groups;
    auto& ratio_groups = state_->ratio_groups;
    auto& recurring_creators = state_->recurring_creators;
    const auto& countries = state_->countries;
    for (std::size_t index = begin; index < end && index < creators.size(); ++index) {
        CreatorResult& c = creators[index];
        const Engagement& e = c.engagement;
        // LOW_ENGAGEMENT and HIGH_ENGAGEMENT.
        if (e.available && c.tier) {
            const PeerGroup& peers = rate_groups[peer_group_key(c)];
            const bool enough = static_cast<double>(peers.size) >= th.min_peers;
            const double tier_median = peers.median;
            if (enough && c.benchmark.percentile < th.low_engagement_percentile) {
                c.flags.push_back(make_flag("LOW_ENGAGEMENT", "medium",
                                            "engagement rate " + percent_text(e.rate, 2) + " is in the lowest " +
                                                format_number(th.low_engagement_percentile) + "% of " + std::to_string(peers.size) +
                                                " loaded " + c.platform + " " + *c.tier + " creators (percentile " +
                                                format_number(c.benchmark.percentile, 0) + ", median " + percent_text(tier_median, 2) + ")",
                                            c.benchmark.percentile, th.low_engagement_percentile));
            } else if (c.benchmark.reference != nullptr && c.benchmark.band == "low") {
                c.flags.push_back(make_flag("LOW_ENGAGEMENT", "low",
                                            "engagement rate " + percent_text(e.rate, 2) + " is under " +
                                                format_number(c.benchmark.reference->low_below, 2) + "%, the low band of " +
                                                c.benchmark.reference->source,
                                            e.rate, c.benchmark.reference->low_below / 100.0));
            }
            const double diversity = c.comments.comments >= 20 ? static_cast<double>(c.comments.distinct_authors) / c.comments.comments : 1.0;
            const double reference_average = c.benchmark.reference != nullptr
                                                 ? (c.benchmark.reference->average_low + c.benchmark.reference->average_high) / 200.0
                                                 : not_a_number;
            const double usual = peers.size >= 3 ? tier_median : reference_average;
            // The top percentile means something only among enough peers (100 for the 99th).
            const bool enough_for_top = static_cast<double>(peers.size) >= 100.0 / std::max(1.0, 100.0 - th.high_engagement_percentile);
            if (enough_for_top && c.benchmark.percentile > th.high_engagement_percentile) {
                c.flags.push_back(make_flag("HIGH_ENGAGEMENT", "medium",
                                            "engagement rate " + percent_text(e.rate, 2) + " is above the " +
                                                format_number(th.high_engagement_percentile) + "th percentile of " +
                                                std::to_string(peers.size) + " peers: check that the engagement is real",
                                            c.benchmark.percentile, th.high_engagement_percentile));
            } else if (!std::isnan(usual) && usual > 0 && e.rate > th.high_engagement_multiple * usual &&
                       diversity < th.low_comment_diversity) {
                c.flags.push_back(make_flag("HIGH_ENGAGEMENT", "high",
                                            "engagement rate " + percent_text(e.rate, 2) + " is " + format_number(e.rate / usual, 1) +
                                                " times the usual " + percent_text(usual, 2) + " while only " +
                                                std::to_string(c.comments.distinct_authors) + " accounts wrote its " +
                                                std::to_string(c.comments.comments) + " comments",
                                            e.rate / usual, th.high_engagement_multiple));
            }
        }
        // COMMENT_LIKE_RATIO against the platform's creators (robust z of the log ratio).
        if (!std::isnan(c.comment_like_ratio) && c.comment_like_ratio > 0) {
            const PeerGroup& ratios = ratio_groups[c.platform];
            if (ratios.size >= 8) {
                const double typical = ratios.median, sigma = ratios.sigma;
                const double z = (std::log(c.comment_like_ratio) - typical) / sigma;
                if (std::fabs(z) >= th.comment_like_ratio_z) {
                    c.flags.push_back(make_flag(
                        "COMMENT_LIKE_RATIO", "medium",
                        "1 comment per " + format_number(1 / c.comment_like_ratio) + " likes, against 1 per " + format_number(1 / std::exp(typical)) +
                            " for the median of " + std::to_string(ratios.size) + " loaded " + c.platform + " creators (" +
                            (z > 0 ? "far more comments: bought comments?" : "far fewer comments: bought likes?") + ")",
                        z, th.comment_like_ratio_z));
                }
            }
        }
        // GENERIC_COMMENTS.
        const CommentStats& cs = c.comments;
        if (cs.comments >= 20) {
            const double share = cs.generic_share();
            if (share >= th.generic_comments_medium) {
                std::string examples;
                for (std::size_t k = 0; k < cs.examples.size() && k < 5; ++k) examples += (examples.empty() ? "\"" : ", \"") + cs.examples[k] + "\"";
                c.flags.push_back(make_flag("GENERIC_COMMENTS", share >= th.generic_comments_high ? "high" : "medium",
                                            percent_text(share, 0) + " of " + std::to_string(cs.comments) + " comments are emoji only (" +
                                                std::to_string(cs.emoji_only) + "), mentions only (" + std::to_string(cs.mention_only) +
                                                ") or generic praise (" + std::to_string(cs.generic_phrase) + "), such as " + examples,
                                            share, share >= th.generic_comments_high ? th.generic_comments_high
                                                                                             : th.generic_comments_medium));
            }
        }
        // ENGAGEMENT_POD: the same few accounts on most posts, worse when they recur on other creators too.
        if (cs.recurring.size() >= static_cast<std::size_t>(th.pod_min_accounts)) {
            std::vector<std::string> shared_with;
            int shared_accounts = 0;
            for (const auto& [name, count] : cs.recurring) {
                const auto& where = recurring_creators[name];
                if (where.size() >= 2) ++shared_accounts;
                for (std::size_t other : where) {
                    const std::string label = creators[other].handle;
                    if (label != c.handle && std::find(shared_with.begin(), shared_with.end(), label) == shared_with.end()) {
                        shared_with.push_back(label);
                    }
                }
            }
            std::string names;
            for (std::size_t k = 0; k < cs.recurring.size() && k < 8; ++k) {
                names += (names.empty() ? "" : ", ") + cs.recurring[k].first + " (" + std::to_string(cs.recurring[k].second) + ")";
            }
            const bool across = shared_accounts >= static_cast<int>(th.pod_min_accounts);
            std::string others;
            for (const auto& o : shared_with) others += (others.empty() ? "" : ", ") + o;
            c.flags.push_back(make_flag("ENGAGEMENT_POD", across ? "high" : "medium",
                                        std::to_string(cs.recurring.size()) + " accounts commented on " +
                                            percent_text(th.pod_post_share, 0) + " or more of its " + std::to_string(cs.posts) +
                                            " commented posts: " + names +
                                            (across ? "; " + std::to_string(shared_accounts) + " of them do the same on " + others : ""),
                                        static_cast<double>(cs.recurring.size()), th.pod_min_accounts));
        }
        // SUSPICIOUS_AUDIENCE from a follower sample.
        if (const AudienceSample* sample = context.samples ? sample_for(*context.samples, c.handle) : nullptr) {
            const double share = sample->mass_or_suspicious_share;
            if (share >= th.suspicious_audience_medium) {
                c.flags.push_back(make_flag(
                    "SUSPICIOUS_AUDIENCE", share >= th.suspicious_audience_high ? "high" : "medium",
                    percent_text(share, 0) + " of " + std::to_string(sample->accounts.size()) + " sampled followers are suspicious (" +
                        std::to_string(sample->suspicious) + ") or follow 1,500 accounts or more (" + std::to_string(sample->mass_followers) +
                        "); suspicious share " + percent_text(sample->suspicious_share, 0) + ", 95% interval " +
                        percent_text(sample->ci95.first, 0) + " to " + percent_text(sample->ci95.second, 0),
                    share, share >= th.suspicious_audience_high ? th.suspicious_audience_high : th.suspicious_audience_medium));
            }
        }
        // AUDIENCE_GEO_MISMATCH against the brief's countries.
        const auto found = countries.find(c.handle + '\x1f' + c.platform);
        if (found != countries.end() && !context.target_countries.empty()) {
            double in_target = 0;
            std::string top;
            double top_share = -1;
            for (const auto& entry : found->second) {
                const double share = entry.second;
                if (std::isnan(share)) continue;
                const std::string code = upper_ascii(trim(entry.first));
                if (std::find(context.target_countries.begin(), context.target_countries.end(), code) != context.target_countries.end()) in_target += share;
                if (share > top_share && code != "OTHER") {
                    top_share = share;
                    top = code;
                }
            }
            if (in_target < th.geo_target_share) {
                std::string targets;
                for (const auto& t : context.target_countries) targets += (targets.empty() ? "" : ", ") + t;
                const std::string home = upper_ascii(trim(c.country));
                const bool unrelated = !home.empty() && !top.empty() && top != home && in_target < th.geo_target_share / 2;
                c.flags.push_back(make_flag("AUDIENCE_GEO_MISMATCH", unrelated ? "high" : "medium",
                                            percent_text(in_target, 0) + " of the audience is in the brief's countries (" + targets +
                                                "); the largest share is " + top + " (" + percent_text(top_share, 0) + ")" +
                                                (unrelated ? ", not the creator's own country (" + home + ")" : ""),
                                            in_target, th.geo_target_share));
            }
        }

        // The authenticity score: 100 minus the weighted flags that speak to authenticity, blended
        // with the follower sample's quality when there is one.
        static const std::vector<std::string> authenticity_flags{"FOLLOWER_SPIKE",   "FOLLOWER_DROP",      "LOW_ENGAGEMENT",
                                                                 "HIGH_ENGAGEMENT",  "COMMENT_LIKE_RATIO", "GENERIC_COMMENTS",
                                                                 "ENGAGEMENT_POD",   "FOLLOW_FOR_FOLLOW",  "SUSPICIOUS_AUDIENCE",
                                                                 "VIEW_INFLATION",   "UNIFORM_ENGAGEMENT", "LOW_VIEW_RATE"};
        Authenticity& a = c.authenticity;
        double score = 100;
        for (const auto& f : c.flags) {
            if (std::find(authenticity_flags.begin(), authenticity_flags.end(), f.id) == authenticity_flags.end()) continue;
            const double points = f.severity == "high" ? th.weight_high : f.severity == "medium" ? th.weight_medium
                                  : f.severity == "low"  ? th.weight_low : 0;
            if (std::isnan(points) || points <= 0) continue;
            a.deductions.emplace_back(f.id, points);
            score -= points;
        }
        score = std::max(0.0, score);
        a.formula = "100 minus " + format_number(th.weight_high) + " per high, " + format_number(th.weight_medium) + " per medium and " +
                    format_number(th.weight_low) + " per low authenticity flag";
        if (const AudienceSample* sample = context.samples ? sample_for(*context.samples, c.handle) : nullptr) {
            a.audience_quality = 100.0 * (1.0 - sample->suspicious_share);
            const double w = th.audience_weight;
            score = (1 - w) * score + w * a.audience_quality;
            a.formula += "; blended with the follower sample's quality (100 x the share of real accounts) at weight " + format_number(w, 2);
        }
        a.score = score;
        // Flags in a fixed order: severity first, then id.
        const auto rank = [](const std::string& s) { return s == "high" ? 0 : s == "medium" ? 1 : s == "low" ? 2 : 3; };
        std::stable_sort(c.flags.begin(), c.flags.end(), [&](const Flag& x, const Flag& y) {
            return rank(x.severity) != rank(y.severity) ? rank(x.severity) < rank(y.severity) : x.id < y.id;
        });
    }
}

}  // namespace creatorscope
