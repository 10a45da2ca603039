// The JSON reader (ingest/input_json.cpp): lists of records, NDJSON, a list inside an object,
// briefs, invalid JSON, Instagram's own followers/following export and its GraphQL post metadata.
#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "ingest/input_file.hpp"

using namespace creatorscope;

namespace {
struct Loaded {
    StringPool pool;
    std::unique_ptr<InputFile> file;
    std::string text(std::string_view column, std::size_t row) const {
        const Table& t = file->table();
        return std::string(pool.get(t.text(t.column_index(column), row)));
    }
    double number(std::string_view column, std::size_t row) const {
        const Table& t = file->table();
        return t.number(t.column_index(column), row);
    }
};
std::unique_ptr<Loaded> load(std::string_view json, std::size_t chunk = 7, std::optional<Kind> kind = std::nullopt) {
    auto loaded = std::make_unique<Loaded>();
    MappingOverride override;
    override.kind = kind;
    loaded->file = std::make_unique<InputFile>("test.json", override, loaded->pool);
    for (std::size_t i = 0; i < json.size(); i += chunk) loaded->file->feed(json.substr(i, chunk));
    loaded->file->finish();
    return loaded;
}
bool has_issue_starting(const InputFile& file, std::string_view start) {
    for (const auto& issue : file.issues()) {
        if (issue.message.starts_with(start)) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("json: an array of objects becomes rows, keys in order of first appearance") {
    const auto l = load(R"(  [
        {"handle": "@Lena", "platform": "Instagram", "followers": 12500, "stats": {"avg": 3}, "verified": true},
        {"handle": "marcus", "followers": "1.2k", "platform": null, "country": "us"}
    ])");
    const InputFile& f = *l->file;
    CHECK(f.container() == "json");
    CHECK(f.kind() == Kind::roster);
    CHECK(f.rows() == 2);
    CHECK(f.rejected() == 0);
    CHECK(l->text("handle", 0) == "lena");
    CHECK(l->text("handle", 1) == "marcus");
    CHECK(l->text("platform", 0) == "instagram");
    CHECK(l->number("followers", 0) == 12500);
    CHECK(l->number("followers", 1) == 1200);  // a string value goes through the same reading as CSV
    CHECK(l->text("country", 1) == "us");  // text is kept as written
    // The header: plain values by their paths, in order of first appearance; an object within an
    // item is opened ("stats.avg"), as scrapers nest an author's figures.
    std::vector<std::string> sources;
    for (const auto& column : f.mapping()) sources.push_back(column.source);
    CHECK(sources == std::vector<std::string>{"handle", "platform", "followers", "stats.avg", "verified", "country"});
    CHECK(f.document().is_null());  // only a brief keeps its document
}

TEST_CASE("json: a scraper's posts with the author nested are read as posts, the author as the handle") {
    const auto l = load(R"([
        {"id": "7301", "text": "Morning run", "createTimeISO": "2026-03-01T08:00:00.000Z", "authorMeta": {"name": "lenaruns", "fans": 120000},
         "diggCount": 5400, "shareCount": 120, "playCount": 88000, "commentCount": 210, "webVideoUrl": "https://www.tiktok.com/@lenaruns/video/7301"},
        {"id": "7302", "text": "Hill sprints", "createTimeISO": "2026-03-03T08:00:00.000Z", "authorMeta": {"name": "lenaruns", "fans": 120500},
         "diggCount": 3900, "shareCount": 80, "playCount": 61000, "commentCount": 150, "webVideoUrl": "https://www.tiktok.com/@lenaruns/video/7302"},
        {"id": "7303", "text": "Rest day", "createTimeISO": "2026-03-04T08:00:00.000Z", "authorMeta": {"name": "lenaruns", "fans": 120600},
         "diggCount": 2100, "shareCount": 20, "playCount": 30000, "commentCount": 90, "webVideoUrl": "https://www.tiktok.com/@lenaruns/video/7303"}
    ])");
    const InputFile& f = *l->file;
    REQUIRE(f.kind() == Kind::posts);
    CHECK(f.rows() == 3);
    CHECK(l->text("handle", 0) == "lenaruns");
    CHECK(l->number("likes", 0) == 5400);
    CHECK(l->number("views", 1) == 61000);
    CHECK(l->number("comments", 2) == 90);
}

TEST_CASE("json: items that are not objects are rejected, each with its item number") {
    const auto l = load(R"([{"handle": "a", "followers": 10}, 42, {"handle": "b", "followers": 20}, "text"])");
    const InputFile& f = *l->file;
    CHECK(f.kind() == Kind::roster);
    CHECK(f.rows() == 2);
    CHECK(f.rejected() == 2);
    REQUIRE(f.issues().size() >= 2);
    CHECK(f.issues()[0].line == 2);
    CHECK(f.issues()[0].message == "row rejected: item 2 is not an object");
    CHECK(f.issues()[1].line == 4);
    CHECK(f.issues()[1].message == "row rejected: item 4 is not an object");
    CHECK(l->number("followers", 1) == 20);
}

TEST_CASE("json: NDJSON, one object per line, with blank lines and CRLF") {
    const auto l = load("{\"handle\": \"a\", \"followers\": 10}\r\n\r\n{\"handle\": \"b\", \"followers\": 20}\r\n"
                        "{\"handle\": \"c\", \"followers\": 30, \"bio\": \"coffee\"}\n");
    const InputFile& f = *l->file;
    CHECK(f.container() == "ndjson");
    CHECK(f.kind() == Kind::roster);
    CHECK(f.rows() == 3);
    CHECK(f.issues().empty());
    CHECK(l->text("handle", 2) == "c");
    CHECK(l->number("followers", 2) == 30);

    // One object alone is plain JSON, not NDJSON.
    const auto one = load("{\"rows\": [{\"handle\": \"a\", \"followers\": 1}]}\n");
    CHECK(one->file->container() == "json");
    // A line that is not an object makes it invalid JSON, not NDJSON.
    const auto mixed = load("{\"handle\": \"a\", \"followers\": 10}\n[1, 2]\n");
    CHECK(mixed->file->rows() == 0);
    CHECK(has_issue_starting(*mixed->file, "this is not valid JSON: "));
}

TEST_CASE("json: an object holding one list of records is read as that list") {
    const auto l = load(R"({"data": [{"user_id": "u1", "timestamp": "2025-03-01T10:00:00Z", "channel": "lena"},
                                    {"user_id": "u2", "timestamp": "2025-03-02T10:00:00Z", "channel": "google"}]})");
    const InputFile& f = *l->file;
    CHECK(f.kind() == Kind::touchpoints);
    CHECK(f.rows() == 2);
    CHECK(l->text("channel", 1) == "google");
    CHECK(format_date(f.table().time(f.table().column_index("timestamp"), 0)) == "2025-03-01");

    // More than one key and no brief key: a shape the reader does not know, said plainly.
    const auto two_keys = load(R"({"data": [{"handle": "a", "followers": 1}], "meta": {"page": 1}})");
    CHECK(two_keys->file->kind() == Kind::unknown);
    CHECK(two_keys->file->rows() == 0);
    CHECK(has_issue_starting(*two_keys->file, "JSON of a shape CreatorScope does not read"));
    for (const char* shape : {"[]", "[1, 2, 3]", R"({"a": 1})", R"({"list": []})", "\"just text\"", "17"}) {
        CAPTURE(shape);
        const auto unknown = load(shape);
        CHECK(unknown->file->kind() == Kind::unknown);
        CHECK(unknown->file->rows() == 0);
        CHECK(unknown->file->issue_count() == 1);
    }
}

TEST_CASE("json: a brief is recognised by its keys, and its document is kept") {
    const auto l = load(R"({"campaign": "Spring", "keywords": ["thrift", "budget travel"], "budget": 5000,
                           "target": {"countries": ["US", "CA"]}})", 3);
    const InputFile& f = *l->file;
    CHECK(f.kind() == Kind::brief);
    CHECK(f.container() == "json");
    CHECK(f.rows() == 1);
    CHECK(f.issues().empty());
    REQUIRE(f.document().is_object());
    CHECK(f.document()["budget"] == 5000);
    CHECK(f.document()["keywords"][1] == "budget travel");
    CHECK(f.document()["target"]["countries"].size() == 2);

    // Any one brief key is enough; with the kind given, any object is a brief.
    CHECK(load(R"({"blocklist": ["vape"]})")->file->kind() == Kind::brief);
    const auto forced = load(R"({"whatever": 1})", 7, Kind::brief);
    CHECK(forced->file->kind() == Kind::brief);
    CHECK(forced->file->document()["whatever"] == 1);

    // Through the engine, the same: the brief's document is what callers read.
    Engine engine;
    const std::string brief = R"({"keywords": ["thrift"], "thresholds": {"inactive_days": 60}})";
    REQUIRE(engine.begin_file("brief.json", std::string_view{}, brief.size()));
    REQUIRE(engine.feed(brief));
    REQUIRE(engine.finish_file());
    REQUIRE(engine.inputs().size() == 1);
    CHECK(engine.inputs()[0]->kind() == Kind::brief);
    CHECK(engine.inputs()[0]->document()["keywords"][0] == "thrift");
    CHECK(engine.settings_problems().empty());
    CHECK(nlohmann::json::parse(engine.report_json()).is_object());
    CHECK(engine.thresholds().inactive_days == 60);  // the brief's thresholds in force
}

TEST_CASE("json: invalid JSON is an issue with where it broke, never a crash") {
    const auto l = load("[\n  {\"handle\": \"a\", \"followers\": 1},\n  {\"handle\": }\n]");
    const InputFile& f = *l->file;
    CHECK(f.kind() == Kind::unknown);
    CHECK(f.rows() == 0);
    REQUIRE(f.issues().size() == 1);
    CHECK(f.issues()[0].line == 3);
    CHECK(f.issues()[0].message.starts_with("this is not valid JSON: unexpected '"));
    CHECK(f.issues()[0].message.find(" at byte ") != std::string::npos);
    CHECK(f.document().is_null());

    for (const char* text : {"{\"keywords\": [", "[{\"handle\": \"a\",}]", "{'single': 'quotes'}", "[1, 2,, 3]", "{\"a\": 1} trailing",
                             "[\"\xFF\xFE\"]", "{\"handle\": \"unterminated}"}) {
        CAPTURE(text);
        const auto bad = load(text);
        CHECK(bad->file->kind() == Kind::unknown);
        CHECK(bad->file->rows() == 0);
        CHECK(has_issue_starting(*bad->file, "this is not valid JSON: "));
    }

    // The engine goes on: the bad file is an input with its issue, and the report is written.
    Engine engine;
    REQUIRE(engine.begin_file("broken.json"));
    REQUIRE(engine.feed("{\"handle\": "));
    REQUIRE(engine.finish_file());
    CHECK(engine.any_input_issues());
    CHECK(nlohmann::json::parse(engine.report_json()).is_object());
}

TEST_CASE("json: Instagram's followers export, an array of string_list_data entries") {
    const auto l = load(R"([
        {"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/fan_one", "value": "fan_one", "timestamp": 1732046966}]},
        {"title": "fan_two", "string_list_data": [{"href": "https://www.instagram.com/_u/fan_two", "timestamp": 1700000000}]},
        {"title": "fan_three", "string_list_data": []}
    ])");
    const InputFile& f = *l->file;
    CHECK(f.kind() == Kind::connections);
    CHECK(f.format_name() == "Instagram: followers");
    REQUIRE(f.rows() == 3);
    const Table& t = f.table();
    CHECK(l->text("account", 0) == "fan_one");
    CHECK(l->text("account", 1) == "fan_two");  // newer exports put the name in the title only
    CHECK(l->text("account", 2) == "fan_three");
    CHECK(l->text("relationship", 0) == "followers");
    CHECK(l->text("relationship", 2) == "followers");
    CHECK(t.long_text(t.column_index("href"), 0) == "https://www.instagram.com/fan_one");
    CHECK(format_date(t.time(t.column_index("timestamp"), 0)) == "2024-11-19");
    CHECK(t.time(t.column_index("timestamp"), 1) == 1'700'000'000);
    CHECK(t.time(t.column_index("timestamp"), 2) == missing_time);
}

TEST_CASE("json: Instagram's other lists wrap the entries in relationships_<list>") {
    const auto l = load(R"({"relationships_close_friends": [
        {"title": "", "string_list_data": [{"href": "https://www.instagram.com/pal", "value": "pal", "timestamp": 1732046966}]}]})");
    CHECK(l->file->kind() == Kind::connections);
    CHECK(l->file->format_name() == "Instagram: close_friends");
    CHECK(l->text("relationship", 0) == "close_friends");
    CHECK(l->text("account", 0) == "pal");

    const auto plain = load(R"({"following_list": [{"string_list_data": [{"value": "someone", "timestamp": 1732046966}]}]})");
    CHECK(plain->file->format_name() == "Instagram: following_list");  // without the prefix the key is the list
    CHECK(plain->text("relationship", 0) == "following_list");
}

TEST_CASE("json: Instagram's GraphQL post metadata, one post or a list") {
    const auto one = load(R"({"graphql": {"shortcode_media": {
        "__typename": "GraphSidecar", "shortcode": "ABC123", "taken_at_timestamp": 1756389785,
        "owner": {"username": "Lena"}, "edge_media_preview_like": {"count": 120},
        "edge_media_to_comment": {"count": 7},
        "edge_media_to_caption": {"edges": [{"node": {"text": "Thrift haul with @brand"}}]},
        "edge_media_to_sponsor_user": {"edges": [{"node": {"sponsor": {"username": "brand"}}}]}}}})");
    const InputFile& f = *one->file;
    CHECK(f.kind() == Kind::posts);
    CHECK(f.format_name() == "Instagram post metadata (GraphQL)");
    REQUIRE(f.rows() == 1);
    const Table& t = f.table();
    CHECK(one->text("handle", 0) == "lena");
    CHECK(one->text("platform", 0) == "instagram");
    CHECK(t.long_text(t.column_index("post_id"), 0) == "ABC123");
    CHECK(format_date(t.time(t.column_index("published_at"), 0)) == "2025-08-28");
    CHECK(one->text("type", 0) == "carousel");
    CHECK(one->number("likes", 0) == 120);
    CHECK(one->number("comments", 0) == 7);
    CHECK(t.flag(t.column_index("sponsored"), 0) == 1);

    const auto list = load(R"([
        {"shortcode": "V1", "taken_at_timestamp": 1756389785, "owner": {"username": "marcus"}, "is_video": true,
         "video_view_count": 5000, "edge_liked_by": {"count": 300}, "edge_media_to_parent_comment": {"count": 12},
         "edge_media_to_sponsor_user": {"edges": []}},
        {"shortcode": "P2", "taken_at_timestamp": 1756303385, "owner": {"username": "marcus"}, "__typename": "GraphImage",
         "edge_media_preview_like": {"count": 80}}
    ])");
    CHECK(list->file->kind() == Kind::posts);
    REQUIRE(list->file->rows() == 2);
    CHECK(list->text("type", 0) == "video");
    CHECK(list->text("type", 1) == "photo");
    CHECK(list->number("views", 0) == 5000);
    CHECK(is_missing(list->number("views", 1)));
    CHECK(list->number("likes", 0) == 300);
    CHECK(list->number("comments", 0) == 12);
    CHECK(is_missing(list->number("comments", 1)));
    const Table& lt = list->file->table();
    CHECK(lt.flag(lt.column_index("sponsored"), 0) == 0);
    CHECK(lt.flag(lt.column_index("sponsored"), 1) == 0);
}

TEST_CASE("json: GraphQL post metadata with a caption of an odd shape is read, not thrown on") {
    // A caption text that is a number, a null caption, an empty caption object: each used to
    // throw out of finish_file (or abort in the web build, which has no exceptions).
    for (const char* caption : {R"({"edges":[{"node":{"text":5}}]})", "null", "{}", R"({"edges":{}})", R"({"edges":[5]})"}) {
        const std::string json = std::string(R"({"shortcode":"x","taken_at_timestamp":1700000000,"owner":{"username":"a"},)") +
                                 R"("edge_media_to_caption":)" + caption + R"(,"edge_media_to_sponsor_user":{"edges":null}})";
        const auto loaded = load(json);
        CAPTURE(caption);
        CHECK(loaded->file->kind() == Kind::posts);
        CHECK(loaded->file->rows() == 1);
        CHECK(loaded->text("handle", 0) == "a");
    }
}

TEST_CASE("json: an NDJSON issue names the file's line, blank lines counted") {
    const auto loaded = load("{\"handle\":\"a\",\"followers\":10}\n\n{\"handle\":\"b\",\"followers\":\"lots\"}\n");
    REQUIRE(loaded->file->issues().size() >= 1);
    CHECK(loaded->file->issues()[0].line == 3);
}
