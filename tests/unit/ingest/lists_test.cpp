// A creator list read as a marketer would expect: a handle seen twice is kept once and said so;
// a roster without a handle column gives no blank creator; the user's corrections as JSON and
// in the CLI's short form.
#include <doctest/doctest.h>

#include <cmath>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "ingest/input_file.hpp"

using namespace creatorscope;

namespace {
struct Loaded {
    StringPool pool;
    std::unique_ptr<InputFile> file;
};
std::unique_ptr<Loaded> load(std::string_view text, MappingOverride override = {}) {
    auto loaded = std::make_unique<Loaded>();
    loaded->file = std::make_unique<InputFile>("list.csv", std::move(override), loaded->pool);
    loaded->file->feed(text);
    loaded->file->finish();
    return loaded;
}
}  // namespace

TEST_CASE("a handle seen twice in one list is kept once, with an issue naming both lines and what differs") {
    const auto l = load("Youtuber,subscribers,category\nSunny Trails,245000000,Music\nKai Moana,170000000,Games\nKai Moana,166000000,Entertainment\n");
    REQUIRE(l->file->kind() == Kind::roster);
    REQUIRE(l->file->issues().size() == 1);
    const Issue& issue = l->file->issues()[0];
    CHECK(issue.line == 4);
    CHECK(issue.column == "Youtuber");
    CHECK(issue.message.find("\"kai moana\" is also on line 3") != std::string::npos);
    CHECK(issue.message.find("followers (166000000 here, 170000000 there)") != std::string::npos);
    CHECK(issue.message.find("category (Entertainment here, Games there)") != std::string::npos);
    // The same creator on two platforms is two creators: no issue.
    const auto two = load("handle,platform,followers\nsunny,instagram,10\nsunny,tiktok,20\n");
    CHECK(two->file->issues().empty());
}

TEST_CASE("a roster with no handle column gives no creator: every row is rejected, saying why") {
    MappingOverride roster;
    roster.kind = Kind::roster;
    const auto l = load("Who,How many\nana,100\nbia,200\n", roster);
    CHECK(l->file->kind() == Kind::roster);
    CHECK(l->file->rows() == 0);
    CHECK(l->file->rejected() == 2);
    int rows_said = 0;
    for (const auto& issue : l->file->issues()) rows_said += issue.message.find("row rejected: the file has no column for handle") == 0;
    CHECK(rows_said == 2);
    // Mapped by hand, the same file gives one creator per row.
    roster.columns = {{"Who", "handle"}, {"How many", "followers"}};
    const auto mapped = load("Who,How many\nana,100\nbia,200\n", roster);
    CHECK(mapped->file->rows() == 2);
    CHECK(mapped->file->rejected() == 0);
    CHECK(mapped->file->mapping()[0].why == "handle: chosen by you");
    // A column the kind does not have is left out, and said so.
    roster.columns = {{"Who", "handle"}, {"How many", "followers"}, {"Topic", "categroy"}};
    const auto misspelt = load("Who,How many,Topic\nana,100,food\n", roster);
    CHECK(misspelt->file->rows() == 1);
    CHECK(misspelt->file->issues().at(0).message.find("\"categroy\", which a roster file does not have") != std::string::npos);
}

TEST_CASE("the user's corrections as the page saves them and as the CLI's --map writes them") {
    MappingOverride o;
    REQUIRE(parse_mapping_override(R"({"kind": "roster", "columns": {"Creator": "handle", "Rank": ""}, "platform": "tiktok"})", o));
    CHECK(o.kind == Kind::roster);
    CHECK(o.columns.size() == 2);
    CHECK(o.platform == "tiktok");
    CHECK(mapping_override_json(o) == R"({"kind":"roster","columns":{"Creator":"handle","Rank":""},"platform":"tiktok"})");
    CHECK_FALSE(parse_mapping_override(R"({"kind": "rosterr"})", o));
    CHECK_FALSE(parse_mapping_override("[1]", o));
    CHECK_FALSE(parse_mapping_override(R"({"columns": {"Creator": 3}})", o));
    std::string file;
    MappingOverride inline_form;
    REQUIRE(parse_map_option("list.csv:Creator=handle,Subs: total=followers,@kind=roster,@platform=youtube", file, inline_form));
    CHECK(file == "list.csv");
    CHECK(inline_form.kind == Kind::roster);
    CHECK(inline_form.platform == "youtube");
    CHECK(inline_form.columns == std::vector<std::pair<std::string, std::string>>{{"Creator", "handle"}, {"Subs: total", "followers"}});
    CHECK_FALSE(parse_map_option("list.csv", file, inline_form));
    CHECK_FALSE(parse_map_option("list.csv:Creator", file, inline_form));
}

TEST_CASE("refunded Shopify orders count net of the refund, and the attribution says so") {
    Engine engine;
    const auto load_text = [&](std::string name, std::string text) {
        REQUIRE(engine.begin_file(std::move(name)));
        REQUIRE(engine.feed(text));
        REQUIRE(engine.finish_file());
    };
    load_text("codes.csv", "code,handle\nLENA10,lena\n");
    load_text("orders_export.csv",
              "Name,Email,Financial Status,Paid at,Total,Discount Code,Created at,Refunded Amount\n"
              "#1001,a@x.invalid,partially_refunded,,50.00,LENA10,2025-12-06 10:37:33 -0500,20.00\n"
              "#1002,b@x.invalid,refunded,,30.00,LENA10,2025-12-07 10:00:00 -0500,30.00\n"
              "#1003,c@x.invalid,paid,,10.00,LENA10,2025-12-08 10:00:00 -0500,0.00\n");
    while (!engine.step(1000.0)) {
    }
    const auto report = nlohmann::json::parse(engine.report_json());
    const auto& attribution = report["attribution"];
    CHECK(attribution["value"] == doctest::Approx(40.0));  // 30 + 0 + 10
    bool noted = false;
    for (const auto& note : attribution["notes"]) noted = noted || note.get<std::string>().find("2 orders were refunded in part or whole: counted net of the 50.00 refunded") == 0;
    CHECK(noted);
}

TEST_CASE("a list with columns for each platform gives a creator per platform with a handle, with the row's shared columns") {
    const auto l = load(
        "Name,Instagram username,Instagram followers,Instagram engagement rate,TikTok username,TikTok followers,YouTube channel,"
        "YouTube subscribers,Email\n"
        "Lena Runs,lena.runs,48200,3.2%,lenaruns,120000,,,lena@example.com\n"
        "Marco Rossi,marco_cooks,120000,1.9%,,,MarcoCooks,35000,marco@example.com\n"
        "Nobody,,,,,,,,nobody@example.com\n");
    REQUIRE(l->file->kind() == Kind::roster);
    const Table& t = l->file->table();
    REQUIRE(t.rows() == 4);  // Lena on Instagram and TikTok, Marco on Instagram and YouTube
    const int handle = canonical_index(Kind::roster, "handle"), platform = canonical_index(Kind::roster, "platform"),
              followers = canonical_index(Kind::roster, "followers"), rate = canonical_index(Kind::roster, "engagement_rate"),
              email = canonical_index(Kind::roster, "email");
    const auto text = [&](int column, std::size_t row) { return std::string(l->pool.get(t.text(column, row))); };
    CHECK(text(handle, 0) == "lena.runs");
    CHECK(text(platform, 0) == "instagram");
    CHECK(t.number(rate, 0) == doctest::Approx(0.032));
    CHECK(text(handle, 1) == "lenaruns");
    CHECK(text(platform, 1) == "tiktok");
    CHECK(t.number(followers, 1) == 120000);
    CHECK(std::isnan(t.number(rate, 1)));  // TikTok has no rate column: none, not Instagram's
    CHECK(text(email, 1) == "lena@example.com");  // the row's shared columns on each account
    CHECK(text(handle, 3) == "marcocooks");
    CHECK(text(platform, 3) == "youtube");
    CHECK(t.number(followers, 3) == 35000);
    // The row with no handle on any platform is rejected with an issue, not read as a blank creator.
    REQUIRE(l->file->issues().size() == 1);
    CHECK(l->file->issues()[0].line == 4);
    CHECK(l->file->issues()[0].message == "row rejected: no handle on any platform");
    // Every platform's columns say so.
    int handles = 0;
    for (const auto& column : l->file->mapping()) {
        if (column.canonical == "handle") {
            ++handles;
            CHECK(column.why.find("one row holding several platforms") != std::string::npos);
        }
    }
    CHECK(handles == 3);
    CHECK(l->file->inferred_platform() == "instagram, tiktok, youtube");
}

TEST_CASE("amounts of money name their currency where the list has no currency column") {
    const auto dollars = load("Creator,Followers,Rate card\n@lena.runs,48.2K,\"$1,200\"\n@marco_cooks,120K,\"$2,500\"\n@amelie.paris,9.8K,$400\n");
    REQUIRE(dollars->file->kind() == Kind::roster);
    const int fee = canonical_index(Kind::roster, "fee"), currency = canonical_index(Kind::roster, "currency");
    CHECK(dollars->file->table().number(fee, 0) == 1200);
    CHECK(dollars->pool.get(dollars->file->table().text(currency, 2)) == "USD");
    REQUIRE(dollars->file->notes().size() == 1);
    CHECK(dollars->file->notes()[0] == "currency USD, as the amounts in \"Rate card\" say (such as $1,200)");
    // Two currencies in one column: none is assumed.
    const auto mixed = load("Creator,Followers,Fee\n@lena.runs,48.2K,EUR 1200\n@marco_cooks,120K,USD 2500\n@amelie.paris,9.8K,EUR 400\n");
    CHECK(mixed->pool.get(mixed->file->table().text(currency, 0)).empty());
    CHECK(mixed->file->notes().empty());
}

TEST_CASE("a roster that names its creators only by display name loads, the name as the handle and as the name shown") {
    const auto check = [](std::string_view csv, std::string_view handle0, std::string_view name0, double followers0) {
        const auto l = load(csv);
        REQUIRE(l->file->kind() == Kind::roster);
        CHECK(l->file->rejected() == 0);
        const Table& t = l->file->table();
        REQUIRE(t.rows() == 2);
        const int handle = canonical_index(Kind::roster, "handle"), name = canonical_index(Kind::roster, "name"),
                  followers = canonical_index(Kind::roster, "followers");
        CHECK(l->pool.get(t.text(handle, 0)) == handle0);
        CHECK(l->pool.get(t.text(name, 0)) == name0);
        CHECK(t.number(followers, 0) == followers0);
        CHECK(l->file->mapping()[0].canonical == "handle");
        CHECK(l->file->mapping()[0].why.find("the only column that says who each creator is") != std::string::npos);
    };
    check("Name,Platform,Followers,Avg views\nJane Doe,Instagram,12000,3400\nBob Stone,TikTok,56000,12000\n", "jane doe", "Jane Doe", 12000);
    check("Nom;Plateforme;Abonnés;Vues moyennes\nMarie Curie;Instagram;12 000;3 400\nLéa Dupont;TikTok;56 000;12 000\n", "marie curie",
          "Marie Curie", 12000);
    // With a handle column beside it, the name stays only the name.
    const auto both = load("Name,Handle,Followers\nJane Doe,@janed,12000\nBob Stone,@bobs,56000\n");
    CHECK(both->pool.get(both->file->table().text(canonical_index(Kind::roster, "handle"), 0)) == "janed");
}
