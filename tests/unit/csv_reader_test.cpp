// The incremental delimited-text reader.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "creatorscope/csv_reader.hpp"

using namespace creatorscope;

namespace {
std::vector<CsvRecord> read_in_chunks(std::string_view text, std::size_t chunk) {
    std::vector<CsvRecord> records;
    CsvReader reader([&](const CsvRecord& r) { records.push_back(r); });
    for (std::size_t i = 0; i < text.size(); i += chunk) reader.feed(text.substr(i, chunk));
    reader.finish();
    return records;
}
}  // namespace

TEST_CASE("quoted fields hold delimiters, quotes and line breaks, at any chunk size") {
    const std::string text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\n3,,\n";
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 1000u}) {
        CAPTURE(chunk);
        const auto records = read_in_chunks(text, chunk);
        REQUIRE(records.size() == 4);
        CHECK(records[1].fields == std::vector<std::string>{"1", "x, y", "say \"hi\""});
        CHECK(records[2].fields == std::vector<std::string>{"2", "two\nlines", "z"});
        CHECK(records[2].line == 3);
        CHECK(records[3].line == 5);
        CHECK(records[3].fields == std::vector<std::string>{"3", "", ""});
    }
}

TEST_CASE("the delimiter is sniffed from the header") {
    std::vector<CsvRecord> records;
    CsvReader semicolons([&](const CsvRecord& r) { records.push_back(r); });
    semicolons.feed("path;total_conversions\na > b;1\n");
    semicolons.finish();
    CHECK(semicolons.delimiter() == ';');
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == std::vector<std::string>{"a > b", "1"});

    CsvReader tabs([](const CsvRecord&) {});
    tabs.feed("Username\tCategory\t#Followers\n");
    tabs.finish();
    CHECK(tabs.delimiter() == '\t');
}

TEST_CASE("CR-only line ends and a last line without a line end") {
    const auto records = read_in_chunks("h1,h2\r1,2\r3,4", 2);
    REQUIRE(records.size() == 3);
    CHECK(records[2].fields == std::vector<std::string>{"3", "4"});
    CHECK(records[2].line == 3);
}

TEST_CASE("an unclosed quote costs its line, not the rest of the file") {
    for (std::size_t chunk : {1u, 4u, 100u}) {
        CAPTURE(chunk);
        const auto records = read_in_chunks("a,b\n1,\"open\n2,3\n4,\"ok, fine\"\n", chunk);
        REQUIRE(records.size() == 4);
        CHECK(records[1].broken);
        CHECK(records[1].problem.find("never closed") != std::string::npos);
        CHECK(records[2].fields == std::vector<std::string>{"2", "3"});
        CHECK(records[2].line == 3);
        CHECK_FALSE(records[2].broken);
        CHECK(records[3].fields == std::vector<std::string>{"4", "ok, fine"});
    }
    // A quote still open on the last line is the last line's problem only.
    const auto last = read_in_chunks("a,b\n1,2\n3,\"open", 3);
    REQUIRE(last.size() == 3);
    CHECK(last[2].broken);
}

TEST_CASE("blank lines are no records") {
    const auto records = read_in_chunks("a,b\n\n1,2\n\n", 3);
    CHECK(records.size() == 2);
}
