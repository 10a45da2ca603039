// Columnar storage: BlockVector's growth in blocks, the string pool's interning, the text arena
// behind long-text columns, and the Table's typed columns with their missing values.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/table.hpp"

using namespace creatorscope;

TEST_CASE("BlockVector: the first block doubles from 16, then whole blocks are added") {
    BlockVector<std::uint32_t> v;
    CHECK(v.empty());
    CHECK(v.size() == 0);
    CHECK(v.memory_bytes() == 0);
    v.push_back(7);
    CHECK_FALSE(v.empty());
    CHECK(v.memory_bytes() == 16 * sizeof(std::uint32_t));
    for (std::uint32_t i = 1; i < 17; ++i) v.push_back(7 + i);
    CHECK(v.size() == 17);
    CHECK(v.memory_bytes() == 32 * sizeof(std::uint32_t));  // doubled, and the values copied over
    CHECK(v[0] == 7);
    CHECK(v[16] == 23);

    constexpr std::size_t block = BlockVector<std::uint32_t>::block_size;
    CHECK(block == 65536);
    while (v.size() < block) v.push_back(static_cast<std::uint32_t>(v.size()) + 7);
    CHECK(v.memory_bytes() == block * sizeof(std::uint32_t));  // one whole block
    v.push_back(static_cast<std::uint32_t>(v.size()) + 7);
    CHECK(v.memory_bytes() == 2 * block * sizeof(std::uint32_t));  // a second block, not a doubling of a bigger one
    while (v.size() < 70'000) v.push_back(static_cast<std::uint32_t>(v.size()) + 7);
    CHECK(v.size() == 70'000);
    CHECK(v.memory_bytes() == 2 * block * sizeof(std::uint32_t));
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < v.size(); ++i) wrong += v[i] != i + 7 ? 1 : 0;
    CHECK(wrong == 0);  // every value kept, on both sides of the block boundary
    CHECK(v[block - 1] == block - 1 + 7);
    CHECK(v[block] == block + 7);

    while (v.size() < 2 * block + 1) v.push_back(0);
    CHECK(v.memory_bytes() == 3 * block * sizeof(std::uint32_t));
}

TEST_CASE("BlockVector: elements can be written through operator[], and a move leaves the source empty") {
    BlockVector<double> v;
    for (int i = 0; i < 100'000; ++i) v.push_back(i * 0.5);
    v[70'000] = -1.25;
    CHECK(v[70'000] == -1.25);
    CHECK(v[69'999] == 69'999 * 0.5);
    const std::size_t bytes = v.memory_bytes();
    BlockVector<double> moved(std::move(v));
    CHECK(moved.size() == 100'000);
    CHECK(moved.memory_bytes() == bytes);
    CHECK(moved[99'999] == 99'999 * 0.5);
    CHECK(v.size() == 0);  // NOLINT(bugprone-use-after-move): the moved-from state is documented by the class
    CHECK(v.memory_bytes() == 0);
    v.push_back(3.0);  // and the moved-from vector is usable again
    CHECK(v.size() == 1);
    CHECK(v[0] == 3.0);
    BlockVector<double> assigned;
    assigned.push_back(1.0);
    assigned = std::move(moved);
    CHECK(assigned.size() == 100'000);
    CHECK(assigned[70'000] == -1.25);
}

TEST_CASE("StringPool: the same text gives the same id, different texts different ids") {
    StringPool pool;
    CHECK(pool.size() == 1);  // the empty text, id 0
    CHECK(pool.intern("") == 0);
    CHECK(pool.get(0).empty());
    const std::uint32_t lena = pool.intern("lena");
    const std::uint32_t marcus = pool.intern("marcus");
    CHECK(lena != 0);
    CHECK(marcus != 0);
    CHECK(lena != marcus);
    CHECK(pool.intern(std::string("le") + "na") == lena);  // another copy, the same id
    CHECK(pool.intern("Lena") != lena);                      // case matters
    CHECK(pool.intern("lena ") != lena);                     // and so does every byte
    CHECK(pool.get(lena) == "lena");
    CHECK(pool.get(marcus) == "marcus");
    CHECK(pool.intern_bytes("marcus", 6) == marcus);
    CHECK(pool.intern_bytes("marcus", 3) == pool.intern("mar"));
    const std::string with_nul("a\0b", 3);
    const std::uint32_t nul = pool.intern(with_nul);
    CHECK(nul != pool.intern("a"));
    CHECK(pool.get(nul) == with_nul);
    CHECK(pool.size() == 8);  // "", lena, marcus, Lena, "lena ", mar, a\0b and a
}

TEST_CASE("StringPool: thousands of texts and texts longer than a block keep their ids") {
    StringPool pool;
    const std::size_t empty_bytes = pool.memory_bytes();
    std::vector<std::uint32_t> ids;
    for (int i = 0; i < 5000; ++i) ids.push_back(pool.intern("creator_" + std::to_string(i)));
    // A text longer than a quarter block gets a block of its own; short texts keep filling theirs.
    const std::string long_text(40'000, 'x');
    const std::uint32_t long_id = pool.intern(long_text);
    const std::uint32_t after = pool.intern("after the long one");
    const std::string longer(100'000, 'y');
    const std::uint32_t longer_id = pool.intern(longer);
    CHECK(pool.size() == 5000 + 4);
    CHECK(pool.memory_bytes() > empty_bytes + long_text.size() + longer.size());
    std::size_t wrong = 0;
    for (int i = 0; i < 5000; ++i) {
        const auto id = ids[static_cast<std::size_t>(i)];
        const std::string text = "creator_" + std::to_string(i);
        if (pool.get(id) != text || pool.intern(text) != id) ++wrong;
    }
    CHECK(wrong == 0);
    CHECK(pool.get(long_id) == long_text);
    CHECK(pool.get(longer_id) == longer);
    CHECK(pool.get(after) == "after the long one");
    CHECK(pool.intern(long_text) == long_id);
    CHECK(pool.intern(std::string(40'000, 'x')) == long_id);
    CHECK(pool.intern(std::string(39'999, 'x')) != long_id);
}

TEST_CASE("Table: count columns hold 32-bit counts, and keep fractions, negatives and large values exactly") {
    Table t(Kind::roster);
    CHECK(t.kind() == Kind::roster);
    CHECK(t.rows() == 0);
    const int followers = t.column_index("followers");
    REQUIRE(followers >= 0);
    CHECK(t.column(followers).type == ValueType::count);
    CHECK_FALSE(t.has("followers"));
    t.mark_present(followers);
    CHECK(t.has("followers"));
    const std::vector<double> values{0, 12'500, missing_number(), 2.5, 5e9, -3, 4'294'967'293.0, 4'294'967'294.0};
    for (std::size_t row = 0; row < values.size(); ++row) {
        t.begin_row(row + 2);
        t.push_count(followers, values[row]);
    }
    CHECK(t.rows() == values.size());
    CHECK(t.line(0) == 2);
    CHECK(t.line(7) == 9);
    CHECK(t.number(followers, 0) == 0);
    CHECK(t.number(followers, 1) == 12'500);
    CHECK(is_missing(t.number(followers, 2)));
    CHECK(t.number(followers, 3) == 2.5);
    CHECK(t.number(followers, 4) == 5e9);
    CHECK(t.number(followers, 5) == -3);
    CHECK(t.number(followers, 6) == 4'294'967'293.0);  // the largest plain count
    CHECK(t.number(followers, 7) == 4'294'967'294.0);  // the marker's own value, kept aside
    CHECK(t.column(followers).large_counts.size() == 4);
    CHECK(is_missing(t.number(followers, 8)));  // past the last row
}

TEST_CASE("Table: numbers, rates, texts, long texts, times and flags, each missing when absent") {
    StringPool pool;
    Table posts(Kind::posts);
    const int handle = posts.column_index("handle"), post_id = posts.column_index("post_id"),
              published = posts.column_index("published_at"), caption = posts.column_index("caption"),
              sponsored = posts.column_index("sponsored"), likes = posts.column_index("likes"),
              views = posts.column_index("views");
    REQUIRE(handle >= 0);
    REQUIRE(post_id >= 0);
    REQUIRE(published >= 0);
    REQUIRE(caption >= 0);
    REQUIRE(sponsored >= 0);
    CHECK(posts.column(post_id).type == ValueType::long_text);
    CHECK(posts.column(published).type == ValueType::timestamp);
    CHECK(posts.column(sponsored).type == ValueType::flag);
    for (int c : {handle, post_id, published, caption, sponsored, likes}) posts.mark_present(c);
    posts.mark_present(-1);  // a column the kind does not have: ignored

    const std::string long_caption(300, 'c');  // 255 bytes or more: kept aside, whole
    const std::string edge_caption(254, 'e');  // the longest kept in the arena's blocks
    posts.begin_row(2);
    posts.column(handle).texts.push_back(pool.intern("lena"));
    posts.push_long_text(post_id, "p1");
    posts.column(published).times.push_back(1'756'339'200);
    posts.push_long_text(caption, long_caption);
    posts.column(sponsored).flags.push_back(1);
    posts.push_count(likes, 10);
    posts.begin_row(3);
    posts.column(handle).texts.push_back(0);
    posts.push_long_text(post_id, "");
    posts.column(published).times.push_back(missing_time);
    posts.push_long_text(caption, edge_caption);
    posts.column(sponsored).flags.push_back(missing_flag);
    posts.push_count(likes, missing_number());

    CHECK(pool.get(posts.text(handle, 0)) == "lena");
    CHECK(posts.text(handle, 1) == 0);
    CHECK(posts.long_text(post_id, 0) == "p1");
    CHECK(posts.long_text(post_id, 1).empty());
    CHECK(posts.time(published, 0) == 1'756'339'200);
    CHECK(posts.time(published, 1) == missing_time);
    CHECK(posts.long_text(caption, 0) == long_caption);
    CHECK(posts.long_text(caption, 1) == edge_caption);
    CHECK(posts.flag(sponsored, 0) == 1);
    CHECK(posts.flag(sponsored, 1) == missing_flag);
    CHECK(posts.number(likes, 0) == 10);
    CHECK(is_missing(posts.number(likes, 1)));

    // A column the file did not have, and a name the kind does not have, read as missing.
    CHECK_FALSE(posts.has("views"));
    CHECK(is_missing(posts.number(views, 0)));
    CHECK(posts.column_index("followers") == -1);
    CHECK_FALSE(posts.has("followers"));
    CHECK(is_missing(posts.number(-1, 0)));
    CHECK(posts.time(-1, 0) == missing_time);
    CHECK(posts.text(-1, 0) == 0);
    CHECK(posts.long_text(-1, 0).empty());
    CHECK(posts.flag(-1, 0) == missing_flag);
    // Rows past what a column holds read as missing too.
    CHECK(posts.time(published, 5) == missing_time);
    CHECK(posts.flag(sponsored, 5) == missing_flag);
    CHECK(posts.long_text(post_id, 5).empty());

    Table roster(Kind::roster);
    const int fee = roster.column_index("fee"), rate = roster.column_index("engagement_rate");
    CHECK(roster.column(fee).type == ValueType::number);
    CHECK(roster.column(rate).type == ValueType::rate);
    roster.mark_present(fee);
    roster.mark_present(rate);
    roster.begin_row(2);
    roster.column(fee).numbers.push_back(-1250.5);
    roster.column(rate).numbers.push_back(missing_number());
    CHECK(roster.number(fee, 0) == -1250.5);
    CHECK(is_missing(roster.number(rate, 0)));
    CHECK(is_missing(roster.number(fee, 1)));
}

TEST_CASE("Table: many long texts, memory that grows with the rows, and lines beyond 32 bits") {
    Table t(Kind::comments);
    const int text = t.column_index("text");
    REQUIRE(text >= 0);
    t.mark_present(text);
    const std::size_t empty_bytes = t.memory_bytes();
    for (int i = 0; i < 20'000; ++i) {
        t.begin_row(static_cast<std::uint64_t>(i) + 2);
        t.push_long_text(text, "comment number " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 60), '!'));
    }
    CHECK(t.rows() == 20'000);
    CHECK(t.memory_bytes() > empty_bytes + (std::size_t{1} << 20));  // the arena took at least one 1 MiB block
    std::size_t wrong = 0;
    for (int i = 0; i < 20'000; ++i) {
        const std::string expected = "comment number " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 60), '!');
        if (t.long_text(text, static_cast<std::size_t>(i)) != expected) ++wrong;
    }
    CHECK(wrong == 0);
    t.begin_row(std::uint64_t{1} << 40);  // a line number past 32 bits is kept as the largest
    CHECK(t.line(t.rows() - 1) == 0xFFFFFFFFu);

    Table moved(std::move(t));
    CHECK(moved.rows() == 20'001);
    CHECK(moved.long_text(text, 19'999).starts_with("comment number 19999"));
}
