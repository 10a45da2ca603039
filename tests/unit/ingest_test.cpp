// Reading whole files: detection, typed rows, rejected rows and cells with line and column.
#include <doctest/doctest.h>

#include <string>

#include "creatorscope/ingest.hpp"

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
    CHECK(l.file->issue_count() == 2);
}
