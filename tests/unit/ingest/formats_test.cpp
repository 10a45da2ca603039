// Known export formats and what a post's link says.
#include <doctest/doctest.h>

#include "ingest/formats.hpp"
#include "ingest/dates.hpp"

using namespace creatorscope;

TEST_CASE("post links name the platform, the creator and the post") {
    const auto tiktok = read_post_link("https://www.tiktok.com/@haileytupy2.0/video/7527623000473079054");
    CHECK(tiktok.platform == "tiktok");
    CHECK(tiktok.handle == "haileytupy2.0");
    CHECK(tiktok.post_id == "7527623000473079054");
    const auto reel = read_post_link("https://www.instagram.com/reel/C9xYz12AbCd/?igsh=abc");
    CHECK(reel.platform == "instagram");
    CHECK(reel.post_id == "C9xYz12AbCd");
    const auto watch = read_post_link("https://www.youtube.com/watch?v=GlIhjEa4FAk&t=10");
    CHECK(watch.platform == "youtube");
    CHECK(watch.post_id == "GlIhjEa4FAk");
    CHECK(read_post_link("https://youtu.be/GlIhjEa4FAk").post_id == "GlIhjEa4FAk");
    CHECK(read_post_link("https://youtube.com/shorts/abc123").post_id == "abc123");
    CHECK(read_post_link("not a link").platform.empty());
}

TEST_CASE("TikTok video ids carry their creation time") {
    // 7527623000473079054 >> 32 = 1752677... : 2025-07-16, the "Post time" TikTok Studio shows.
    CHECK(format_date(tiktok_id_time("7527623000473079054")) == "2025-07-16");
    CHECK(tiktok_id_time("12345") == 0);
    CHECK(tiktok_id_time("abcdefghijklmnopqrs") == 0);
}

TEST_CASE("export formats are recognised by their headers") {
    const std::vector<std::string> tiktok{"Time", "Video title", "Video link", "Post time", "Total likes",
                                          "Total comments", "Total shares", "Total views"};
    const ExportFormat* format = match_export_format(tiktok);
    REQUIRE(format != nullptr);
    CHECK(format->name == "TikTok Studio: Content");
    CHECK(format->kind == Kind::posts);
    const std::vector<std::string> chart{"Date", "Content", "Video title", "Video publish time", "Duration", "Views"};
    REQUIRE(match_export_format(chart) != nullptr);
    CHECK(match_export_format(chart)->name == "YouTube Studio: Chart data");
    CHECK(match_export_format(chart)->daily_rows);
    const std::vector<std::string> plain{"handle", "followers"};
    CHECK(match_export_format(plain) == nullptr);
}
