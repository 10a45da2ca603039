// The known export layouts, and reading what a post's link says.
#include "ingest/formats.hpp"

#include <charconv>

#include "model/text.hpp"

namespace creatorscope {

const std::vector<ExportFormat>& export_formats() {
    // Sources of each layout: ../shared/realdata/*/SOURCE.md and PRODUCT.md section 2. The first
    // match wins, so a layout whose signature contains another's comes first.
    static const std::vector<ExportFormat> formats{
        {"YouTube Studio: Chart data", Kind::posts, "date|content|videotitle|videopublishtime",
         "content=post_id;videotitle=caption;videopublishtime=published_at;date=",
         "platform=youtube;handle=youtube-studio-channel", true},
        {"YouTube Studio: Table data", Kind::posts, "content|videotitle|videopublishtime",
         "content=post_id;videotitle=caption;videopublishtime=published_at",
         "platform=youtube;handle=youtube-studio-channel"},
        // Table data exported with another dimension than Content (Subscription status, Traffic
        // source type...): one row per part, for the whole channel.
        {"YouTube Studio: Table data by a dimension", Kind::account_metrics, "views|watchtimehours", "",
         "platform=youtube;handle=youtube-studio-channel"},
        {"TikTok Studio: Content", Kind::posts, "time|videotitle|videolink|posttime",
         "videolink=post_id;videotitle=caption;posttime=published_at;time=;totallikes=likes;totalcomments=comments;"
         "totalshares=shares;totalviews=views",
         "platform=tiktok"},
        {"TikTok Studio: Overview", Kind::account_metrics, "date|videoviews|profileviews",
         "videoviews=views;profileviews=profile_views", "platform=tiktok"},
        {"TikTok Studio: Viewers", Kind::account_metrics, "date|totalviewers|newviewers|returningviewers", "",
         "platform=tiktok"},
        {"TikTok Studio: Follower history", Kind::follower_history, "date|followers|differenceinfollowersfrompreviousday",
         "differenceinfollowersfrompreviousday=followers_change", "platform=tiktok"},
        {"TikTok Studio: Follower activity", Kind::account_metrics, "date|hour|activefollowers", "", "platform=tiktok"},
        {"TikTok Studio: Follower gender", Kind::audience, "gender|distribution", "gender=bucket;distribution=share",
         "platform=tiktok;dimension=gender"},
        {"TikTok Studio: Follower top territories", Kind::audience, "topterritories|distribution",
         "topterritories=bucket;distribution=share", "platform=tiktok;dimension=country"},
        {"Meta Business Suite: content", Kind::posts, "postid|accountusername|publishtime|permalink",
         "postid=post_id;accountusername=handle;description=caption;publishtime=published_at;posttype=type", ""},
        {"Shopify: orders", Kind::conversions, "name|email|financialstatus|paidat|total|discountcode",
         "name=order_id;email=user_id;createdat=timestamp;total=revenue;discountcode=discount_code", ""},
        {"Shopify: discounts", Kind::codes, "name|valuetype|discountclass", "name=code", ""},
        {"GA4: traffic by channel", Kind::paths, "sessiondefaultchannelgroup",
         "sessiondefaultchannelgroup=path;conversions=conversions;keyevents=conversions;totalrevenue=value", ""},
        {"GA4: users by first channel", Kind::paths, "firstuserdefaultchannelgroup",
         "firstuserdefaultchannelgroup=path;conversions=conversions;keyevents=conversions;totalrevenue=value", ""},
        {"GA4: traffic by source / medium", Kind::paths, "sessionsourcemedium",
         "sessionsourcemedium=path;conversions=conversions;keyevents=conversions;totalrevenue=value", ""},
        {"GA4: traffic by campaign", Kind::paths, "sessioncampaign",
         "sessioncampaign=path;conversions=conversions;keyevents=conversions;totalrevenue=value", ""},
        {"Kim et al. influencers list", Kind::roster, "username|category|followers|followees|posts", "",
         "platform=instagram"},
        {"Kim et al. post table", Kind::posts, "shortcode|influencerprofile|nblikes", "", "platform=instagram"},
        {"InstaFake accounts", Kind::follower_sample, "userfollowercount|userfollowingcount|usernamelength", "", ""},
    };
    return formats;
}

namespace {
bool header_has(std::span<const std::string> folded, std::string_view name) {
    for (const auto& h : folded) {
        if (h == name) return true;
    }
    return false;
}
}  // namespace

const ExportFormat* match_export_format(std::span<const std::string> header) {
    std::vector<std::string> folded;
    folded.reserve(header.size());
    for (const auto& h : header) folded.push_back(fold_column_name(h));
    for (const auto& format : export_formats()) {
        bool all = true;
        std::string_view list = format.signature;
        while (!list.empty() && all) {
            const auto bar = list.find('|');
            all = header_has(folded, list.substr(0, bar));
            if (bar == std::string_view::npos) break;
            list.remove_prefix(bar + 1);
        }
        if (all) return &format;
    }
    return nullptr;
}

namespace {

// A link taken apart: the host (lowercase, without "www." or "m."), the path's parts, the query.
struct LinkParts {
    bool scheme = false;  // "https://" was written
    bool path = false;    // a '/' follows the host
    std::string host;
    std::vector<std::string_view> parts;
    std::string_view query;
};

// fragment: the path also ends at a '#'.
LinkParts split_link(std::string_view url, bool fragment) {
    LinkParts link;
    url = trim(url);
    const auto scheme = url.find("://");
    link.scheme = scheme != std::string_view::npos;
    const std::string_view rest = link.scheme ? url.substr(scheme + 3) : url;
    const auto slash = rest.find('/');
    link.path = slash != std::string_view::npos;
    link.host = lower_ascii(rest.substr(0, slash));
    if (link.host.starts_with("www.")) link.host.erase(0, 4);
    if (link.host.starts_with("m.")) link.host.erase(0, 2);
    std::string_view path = link.path ? rest.substr(slash + 1) : std::string_view{};
    const auto query = path.find('?');
    if (query != std::string_view::npos) link.query = path.substr(query + 1);
    path = path.substr(0, fragment ? std::min(query, path.find('#')) : query);
    while (!path.empty()) {
        const auto next = path.find('/');
        if (next != 0) link.parts.push_back(path.substr(0, next));
        if (next == std::string_view::npos) break;
        path.remove_prefix(next + 1);
    }
    return link;
}

}  // namespace

PostLink read_post_link(std::string_view url) {
    PostLink link;
    const LinkParts split = split_link(url, false);
    if (!split.scheme) return link;
    const std::string& host = split.host;
    const std::vector<std::string_view>& parts = split.parts;
    const std::string_view query_text = split.query;
    if (host == "tiktok.com" || host.ends_with(".tiktok.com")) {
        link.platform = "tiktok";
        if (!parts.empty() && parts[0].starts_with("@")) link.handle = normalize_handle(parts[0]);
        if (parts.size() >= 3 && (parts[1] == "video" || parts[1] == "photo")) link.post_id = std::string(parts[2]);
    } else if (host == "instagram.com") {
        link.platform = "instagram";
        if (parts.size() >= 2 && (parts[0] == "p" || parts[0] == "reel" || parts[0] == "reels" || parts[0] == "tv")) {
            link.post_id = std::string(parts[1]);
        } else if (parts.size() >= 3 && (parts[1] == "p" || parts[1] == "reel")) {
            link.handle = normalize_handle(parts[0]);
            link.post_id = std::string(parts[2]);
        }
    } else if (host == "youtube.com" || host == "youtu.be" || host == "music.youtube.com") {
        link.platform = "youtube";
        if (host == "youtu.be" && !parts.empty()) link.post_id = std::string(parts[0]);
        if (parts.size() >= 2 && (parts[0] == "shorts" || parts[0] == "live")) link.post_id = std::string(parts[1]);
        if (!parts.empty() && parts[0] == "watch") {
            const auto v = query_text.find("v=");
            if (v != std::string_view::npos) link.post_id = std::string(query_text.substr(v + 2, query_text.find('&', v) - v - 2));
        }
        if (!parts.empty() && parts[0].starts_with("@")) link.handle = normalize_handle(parts[0]);
    } else if (host == "facebook.com" || host == "fb.com") {
        link.platform = "facebook";
    }
    return link;
}

ProfileLink read_profile_link(std::string_view url) {
    ProfileLink link;
    const LinkParts split = split_link(url, true);
    if (!split.path) return link;
    const std::string& host = split.host;
    const std::vector<std::string_view>& parts = split.parts;
    if (parts.empty()) return link;
    const std::string_view first = parts[0];
    const auto take = [&](std::string_view platform, std::string_view handle) {
        link.platform = std::string(platform);
        link.handle = normalize_handle(handle);
    };
    if (host == "instagram.com" && first != "p" && first != "reel" && first != "reels" && first != "explore" && first != "stories") {
        take("instagram", first);
    } else if ((host == "tiktok.com" || host.ends_with(".tiktok.com")) && first.starts_with("@")) {
        take("tiktok", first);
    } else if (host == "youtube.com" && first.starts_with("@")) {
        take("youtube", first);
    } else if (host == "youtube.com" && parts.size() >= 2 && (first == "c" || first == "user" || first == "channel")) {
        take("youtube", parts[1]);
    } else if ((host == "twitter.com" || host == "x.com") && first != "i" && first != "home") {
        take("twitter", first);
    } else if (host == "twitch.tv") {
        take("twitch", first);
    } else if ((host == "facebook.com" || host == "fb.com") && first != "watch" && first != "groups") {
        take("facebook", first);
    }
    return link;
}

std::int64_t tiktok_id_time(std::string_view post_id) {
    if (post_id.size() < 18 || post_id.size() > 20) return 0;
    std::uint64_t id = 0;
    const auto [end, error] = std::from_chars(post_id.data(), post_id.data() + post_id.size(), id);
    if (error != std::errc() || end != post_id.data() + post_id.size()) return 0;
    const auto seconds = static_cast<std::int64_t>(id >> 32);
    // Plausible creation times only: TikTok launched in 2016.
    if (seconds < 1451606400 /* 2016-01-01 */ || seconds > 4102444800 /* 2100-01-01 */) return 0;
    return seconds;
}

}  // namespace creatorscope
