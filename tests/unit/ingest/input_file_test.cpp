// Reading whole files: detection, typed rows, rejected rows and cells with line and column.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/input_file.hpp"

using namespace creatorscope;

namespace {
struct Loaded {
    StringPool pool;
    std::unique_ptr<InputFile> file;
};
Loaded load(std::string_view text, std::size_t chunk = 5, std::optional<Kind> kind = std::nullopt) {
    Loaded loaded;
    MappingOverride override;
    override.kind = kind;
    loaded.file = std::make_unique<InputFile>("test.csv", override, loaded.pool);
    for (std::size_t i = 0; i < text.size(); i += chunk) loaded.file->feed(text.substr(i, chunk));
    loaded.file->finish();
    return loaded;
}
}  // namespace

TEST_CASE("the string pool gives each distinct text one id, whatever its length") {
    // Texts of 1 to 40 bytes that differ in one byte only, at every position (the hash reads
    // eight bytes at a time, then the last one to seven).
    StringPool pool;
    std::vector<std::string> texts;
    for (std::size_t length = 1; length <= 40; ++length) {
        const std::string base(length, 'a');
        texts.push_back(base);
        for (std::size_t at = 0; at < length; ++at) {
            std::string changed = base;
            changed[at] = 'b';
            texts.push_back(changed);
        }
    }
    std::vector<std::uint32_t> ids;
    for (const auto& text : texts) ids.push_back(pool.intern(text));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(ids[i] != 0);
        CHECK(pool.get(ids[i]) == texts[i]);
        CHECK(pool.intern(std::string(texts[i])) == ids[i]);  // another copy of the text, the same id
    }
    std::vector<std::uint32_t> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    CHECK(pool.size() == texts.size() + 1);  // and the empty text, id 0
    CHECK(pool.intern("") == 0);
}

TEST_CASE("a roster is read into typed columns") {
    auto l = load("Handle,Platform,Followers,Engagement Rate\n@Lena,Instagram,12.5K,3.1%\nmarcus,YouTube,\"1,200,000\",n/a\n");
    const InputFile& f = *l.file;
    CHECK(f.kind() == Kind::roster);
    REQUIRE(f.rows() == 2);
    CHECK(f.rejected() == 0);
    CHECK(f.issue_count() == 0);
    const Table& t = f.table();
    CHECK(l.pool.get(t.text(t.column_index("handle"), 0)) == "lena");
    CHECK(l.pool.get(t.text(t.column_index("platform"), 1)) == "youtube");
    CHECK(t.number(t.column_index("followers"), 0) == 12500);
    CHECK(t.number(t.column_index("followers"), 1) == 1200000);
    CHECK(t.number(t.column_index("engagement_rate"), 0) == doctest::Approx(0.031));
    CHECK(is_missing(t.number(t.column_index("engagement_rate"), 1)));
    CHECK(is_missing(t.number(t.column_index("following"), 0)));  // not in the file
    CHECK(t.line(1) == 3);
}

TEST_CASE("malformed rows are rejected with line and reason; good rows stay") {
    auto l = load(
        "handle,platform,post_id,published_at,likes,comments\n"
        "a,instagram,p1,2025-01-01,10,2\n"
        "a,instagram,p2,2025-01-02,ten,2\n"   // text in a number column: cell left out
        "a,instagram,p3\n"                     // ragged: row rejected
        "a,instagram,p4,2025-13-45,5,1\n"      // impossible date: cell left out
        ",instagram,p5,2025-01-03,5,1\n"       // no handle: row rejected
        "a,instagram,p6,2025-01-04,7,1,,\n");  // trailing empty cells are fine
    const InputFile& f = *l.file;
    CHECK(f.kind() == Kind::posts);
    CHECK(f.rows() == 4);
    CHECK(f.rejected() == 2);
    REQUIRE(f.issues().size() == 4);
    CHECK(f.issues()[0].line == 3);
    CHECK(f.issues()[0].column == "likes");
    CHECK(f.issues()[0].message == "value left out: expected a number, found 'ten'");
    CHECK(f.issues()[1].line == 4);
    CHECK(f.issues()[1].message == "row rejected: expected 6 fields as in the header, found 3");
    CHECK(f.issues()[2].line == 5);
    CHECK(f.issues()[2].column == "published_at");
    CHECK(f.issues()[3].line == 6);
    CHECK(f.issues()[3].message == "row rejected: no handle");
}

TEST_CASE("UTF-8 and UTF-16 byte order marks") {
    auto utf8 = load("\xEF\xBB\xBFhandle,followers\nlena,100\n", 1);
    CHECK(utf8.file->kind() == Kind::roster);
    CHECK(utf8.file->rows() == 1);

    const std::string ascii = "handle,followers\nlena,100\n";
    std::string utf16 = "\xFF\xFE";
    for (char c : ascii) {
        utf16.push_back(c);
        utf16.push_back('\0');
    }
    auto wide = load(utf16, 3);
    CHECK(wide.file->encoding() == "utf-16le");
    CHECK(wide.file->kind() == Kind::roster);
    REQUIRE(wide.file->rows() == 1);
    CHECK(wide.file->table().number(wide.file->table().column_index("followers"), 0) == 100);
}

TEST_CASE("semicolon files use decimal commas") {
    auto l = load("handle;followers;engagement_rate\nlena;1.234;4,5%\n");
    CHECK(l.file->delimiter() == ';');
    const Table& t = l.file->table();
    CHECK(t.number(t.column_index("followers"), 0) == 1234);
    CHECK(t.number(t.column_index("engagement_rate"), 0) == doctest::Approx(0.045));
}

TEST_CASE("files that cannot be understood say what was expected") {
    auto unknown = load("colour,size\nred,3\n");
    CHECK(unknown.file->kind() == Kind::unknown);
    CHECK(unknown.file->rejected() == 1);
    REQUIRE(!unknown.file->issues().empty());
    CHECK(unknown.file->issues()[0].message.find("could not tell") != std::string::npos);

    auto empty = load("");
    CHECK(empty.file->issues()[0].message == "the file is empty");

    auto garbage = load(std::string("\x00\x01\x02\xff\xfe\x00\x13", 7));
    CHECK(garbage.file->rows() == 0);

    auto bad_json = load("{\"budget\": 10,,}");
    CHECK(bad_json.file->kind() == Kind::unknown);
    REQUIRE(!bad_json.file->issues().empty());
    CHECK(bad_json.file->issues()[0].message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("a brief is recognised from its JSON shape") {
    auto brief = load(R"({"name": "Spring", "target": {"countries": ["US"]}, "budget": 5000})");
    CHECK(brief.file->kind() == Kind::brief);
    CHECK(brief.file->document()["budget"] == 5000);
}

TEST_CASE("a forced kind skips detection and names missing columns") {
    auto l = load("handle,caption\na,hi\n", 4, Kind::posts);
    CHECK(l.file->kind() == Kind::posts);
    CHECK(l.file->issue_count() == 3);  // two missing columns, and the row that cannot be read without them
    CHECK(l.file->rows() == 0);
    CHECK(l.file->rejected() == 1);
}

TEST_CASE("a known format supplies the platform and takes the creator from the links") {
    auto l = load("\xEF\xBB\xBF\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",\"Total comments\",\"Total shares\",\"Total views\"\n"
                  "\"February 28\",\"hi\",\"https://www.tiktok.com/@hailey/video/7527623000473079054\",\"July 16\",\"533\",\"32\",\"16\",\"191265\"\n",
                  7);
    const InputFile& f = *l.file;
    CHECK(f.format_name() == "TikTok Studio: Content");
    REQUIRE(f.rows() == 1);
    const Table& t = f.table();
    CHECK(l.pool.get(t.text(t.column_index("handle"), 0)) == "hailey");
    CHECK(l.pool.get(t.text(t.column_index("platform"), 0)) == "tiktok");
    CHECK(t.long_text(t.column_index("post_id"), 0) == "7527623000473079054");
    CHECK(format_date(t.time(t.column_index("published_at"), 0)) == "2025-07-16");  // from the video id
    CHECK(t.number(t.column_index("views"), 0) == 191265);
}

TEST_CASE("preamble, separator and summary rows are skipped, not rejected") {
    auto ga4 = load("# ----\n# Report CSV Export\n#\nSession default channel group,Users,Conversions,Total revenue\n"
                    "Direct,5,1,20.5\nOrganic Search,3,0,0\nGrand total,8,1,20.5\n");
    CHECK(ga4.file->kind() == Kind::paths);
    CHECK(ga4.file->rows() == 2);
    CHECK(ga4.file->skipped() == 4);
    CHECK(ga4.file->rejected() == 0);

    auto kim = load("Username\tCategory\t#Followers\t#Followees\t#Posts\n=========================\nann\tbeauty\t1432\t1089\t363\n");
    CHECK(kim.file->kind() == Kind::roster);
    CHECK(kim.file->rows() == 1);
    CHECK(kim.file->skipped() == 1);
}

TEST_CASE("a column of day-first dates re-reads its ambiguous dates at the end") {
    auto l = load("handle,date,followers\na,03/04/2025,10\na,25/04/2025,11\n");
    const Table& t = l.file->table();
    CHECK(format_date(t.time(t.column_index("date"), 0)) == "2025-04-03");
    CHECK(format_date(t.time(t.column_index("date"), 1)) == "2025-04-25");
}

TEST_CASE("JSON lists of records, NDJSON and Instagram's own export") {
    auto list = load(R"([{"username": "a", "userFollowerCount": 10, "userFollowingCount": 3000, "userHasProfilPic": 0}])");
    CHECK(list.file->kind() == Kind::follower_sample);
    CHECK(list.file->rows() == 1);

    auto ndjson = load("{\"handle\": \"a\", \"followers\": 10}\n{\"handle\": \"b\", \"followers\": \"1.2k\"}\n");
    CHECK(ndjson.file->container() == "ndjson");
    CHECK(ndjson.file->kind() == Kind::roster);
    CHECK(ndjson.file->rows() == 2);

    auto following = load(R"({"relationships_following": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/x", "value": "x", "timestamp": 1732046966}]}]})");
    CHECK(following.file->kind() == Kind::connections);
    CHECK(following.file->format_name() == "Instagram: following");
    const Table& t = following.file->table();
    CHECK(following.pool.get(t.text(t.column_index("relationship"), 0)) == "following");
    CHECK(format_date(t.time(t.column_index("timestamp"), 0)) == "2024-11-19");
}

TEST_CASE("Shopify orders keep one row per order") {
    auto l = load("Name,Email,Financial Status,Paid at,Total,Discount Code,Created at\n"
                  "#1001,a@x.invalid,paid,,50.00,LENA10,2025-12-06 10:37:33 -0500\n"
                  "#1001,a@x.invalid,,,,,2025-12-06 10:37:33 -0500\n"
                  "#1002,b@x.invalid,paid,,20.00,,2025-12-07 10:00:00 -0500\n");
    CHECK(l.file->kind() == Kind::conversions);
    CHECK(l.file->rows() == 2);
    CHECK(l.file->skipped() == 1);
}
