// Known export layouts: the files marketing tools write, recognised by their headers, with
// what their headers alone do not say (the platform, the audience dimension, which column is
// the post's link). Anything not listed here goes through the generic synonyms table.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/kinds.hpp"

namespace creatorscope {

struct ExportFormat {
    std::string_view name;       // as shown to the user: "TikTok Studio: Content"
    Kind kind;
    std::string_view signature;  // folded headers that must all be present, '|' separated
    std::string_view columns;    // explicit mappings "folded header=canonical;..." (over the synonyms)
    std::string_view constants;  // values for columns the file lacks: "platform=tiktok;dimension=gender"
    bool daily_rows = false;     // one row per day per post: counts are summed per post
};

const std::vector<ExportFormat>& export_formats();
// The first known format whose signature the header matches, or nullptr.
const ExportFormat* match_export_format(std::span<const std::string> header);

// Calls f(key, value) for each "key=value" of a ';'-separated list.
template <typename F>
void for_each_pair(std::string_view list, F&& f) {
    while (!list.empty()) {
        const auto semicolon = list.find(';');
        const auto item = list.substr(0, semicolon);
        const auto equals = item.find('=');
        if (equals != std::string_view::npos) f(item.substr(0, equals), item.substr(equals + 1));
        if (semicolon == std::string_view::npos) break;
        list.remove_prefix(semicolon + 1);
    }
}

// What a post's link says: the platform, the creator's handle and the post's id.
struct PostLink {
    std::string platform;
    std::string handle;
    std::string post_id;
};
// Reads tiktok.com/@user/video/ID, instagram.com/p/CODE, instagram.com/reel/CODE,
// youtube.com/watch?v=ID, youtube.com/shorts/ID and youtu.be/ID; empty fields when unknown.
PostLink read_post_link(std::string_view url);

// What a profile's link says: the platform and the handle ("https://www.instagram.com/sunny/",
// "tiktok.com/@sunny", "youtube.com/@sunny", "x.com/sunny"); empty parts when it says none.
struct ProfileLink {
    std::string platform;
    std::string handle;
};
ProfileLink read_profile_link(std::string_view url);

// TikTok video ids carry their creation time: the id's upper 32 bits are Unix seconds.
// Returns 0 when the id is not a TikTok video id.
std::int64_t tiktok_id_time(std::string_view post_id);

}  // namespace creatorscope
