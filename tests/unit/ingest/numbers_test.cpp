// A count column's decimal mark settled from all its values: "45.000" followers are 45,000
// people (a count has no decimals), unless the column's other values show decimals.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "ingest/input_file.hpp"
#include "ingest/values.hpp"

using namespace creatorscope;

namespace {
struct Loaded {
    StringPool pool;
    std::unique_ptr<InputFile> file;
};
std::unique_ptr<Loaded> load(std::string_view text) {
    auto loaded = std::make_unique<Loaded>();
    loaded->file = std::make_unique<InputFile>("list.csv", MappingOverride{}, loaded->pool);
    loaded->file->feed(text);
    loaded->file->finish();
    return loaded;
}
bool has_note(const InputFile& file, const std::string& text) {
    for (const auto& note : file.notes()) {
        if (note.find(text) != std::string::npos) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("a count written with a dot for thousands is read as thousands, and a note says so") {
    const auto l = load("handle,platform,followers\nana,tiktok,\"45.000\"\nbeto,youtube,\"310.000\"\ncarla,instagram,980\n");
    REQUIRE(l->file->kind() == Kind::roster);
    const Table& t = l->file->table();
    const int followers = canonical_index(Kind::roster, "followers");
    CHECK(t.number(followers, 0) == 45000);
    CHECK(t.number(followers, 1) == 310000);
    CHECK(t.number(followers, 2) == 980);
    CHECK(l->file->issues().empty());
    CHECK(has_note(*l->file, "followers: 2 values such as 45.000 read as thousands (45,000): a count has no decimals"));
}

TEST_CASE("a dotted count beside a value grouped the same way, and one beside values with decimals") {
    const auto l = load("handle,platform,followers,avg_likes\nana,tiktok,\"45.123\",\"12.5\"\nbeto,youtube,\"1.250.000\",\"310.000\"\n");
    const Table& t = l->file->table();
    const int followers = canonical_index(Kind::roster, "followers"), likes = canonical_index(Kind::roster, "avg_likes");
    CHECK(t.number(followers, 0) == 45123);  // exact, not 45123.000000001
    CHECK(t.number(followers, 1) == 1250000);
    // Average likes show a decimal mark ("12.5"): "310.000" is 310.
    CHECK(t.number(likes, 0) == doctest::Approx(12.5));
    CHECK(t.number(likes, 1) == 310);
    CHECK(has_note(*l->file, "followers: 45.123 read as thousands (45,123): a count has no decimals, and the column's other values group"));
    CHECK(has_note(*l->file, "avg_likes: 310.000 read with a decimal mark, as the column's other values are"));
}

TEST_CASE("in a semicolon file a comma before three digits in a count is the same question") {
    const auto l = load("handle;platform;followers\nana;tiktok;45,000\nbeto;youtube;1.200\n");
    const Table& t = l->file->table();
    const int followers = canonical_index(Kind::roster, "followers");
    CHECK(t.number(followers, 0) == 45000);
    CHECK(t.number(followers, 1) == 1200);
}

TEST_CASE("what shows a decimal mark beyond doubt") {
    CHECK(shows_decimal_mark("12.5", NumberLocale::dot_decimal));
    CHECK(shows_decimal_mark("7.0", NumberLocale::dot_decimal));
    CHECK(shows_decimal_mark("0.250", NumberLocale::dot_decimal));
    CHECK(shows_decimal_mark("1,234.56", NumberLocale::dot_decimal));
    CHECK(shows_decimal_mark("12,5", NumberLocale::comma_decimal));
    CHECK_FALSE(shows_decimal_mark("45.000", NumberLocale::dot_decimal));
    CHECK_FALSE(shows_decimal_mark("3.3k", NumberLocale::dot_decimal));
    CHECK_FALSE(shows_decimal_mark("1200", NumberLocale::dot_decimal));
    CHECK_FALSE(shows_decimal_mark("1.250.000", NumberLocale::dot_decimal));
}
