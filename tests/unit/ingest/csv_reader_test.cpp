// The incremental delimited-text reader.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/csv_reader.hpp"

using namespace creatorscope;

namespace {
// A record kept after the handler returns (the reader's fields are views valid only during it).
struct Kept {
    std::uint64_t line = 0;
    std::vector<std::string> fields;
    std::string problem;
    bool broken = false;
};
Kept keep(const CsvRecord& r) { return {r.line, {r.fields.begin(), r.fields.end()}, r.problem, r.broken}; }

std::vector<Kept> read_in_chunks(std::string_view text, std::size_t chunk) {
    std::vector<Kept> records;
    CsvReader reader([&](const CsvRecord& r) { records.push_back(keep(r)); });
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
    std::vector<Kept> records;
    CsvReader semicolons([&](const CsvRecord& r) { records.push_back(keep(r)); });
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

TEST_CASE("every chunk boundary gives the same records as one chunk") {
    // CRLF and CR line ends, "" escapes, a field spanning lines before a broken quote, text
    // after a closing quote, a last line without a line end: cut at every size from 1 byte up.
    const std::string text =
        "h1,h2,h3\r\n"
        "\"a\"\"b\",\"two\r\nlines\",c\r"
        "\"x\"y,2,3\n"
        "\"multi\nline\",\"open\n"
        "4,5,6\n"
        "7,\"q\"\"\",\"\"\n"
        "8,9,\"end\"";
    const auto whole = read_in_chunks(text, text.size());
    REQUIRE(whole.size() == 7);
    CHECK(whole[1].fields == std::vector<std::string>{"a\"b", "two\r\nlines", "c"});
    CHECK(whole[2].fields == std::vector<std::string>{"xy", "2", "3"});
    CHECK(whole[2].problem == "text follows a closing quote");
    CHECK(whole[2].line == 4);
    // The quote opened on line 6 never closes: line 6 (where the record's second field opens) is
    // rejected, reading resumes on line 7, and the earlier field's line break still counts.
    CHECK(whole[3].broken);
    CHECK(whole[3].line == 5);
    CHECK(whole[4].fields == std::vector<std::string>{"4", "5", "6"});
    CHECK(whole[4].line == 7);
    CHECK(whole[5].fields == std::vector<std::string>{"7", "q\"", ""});
    CHECK(whole[6].fields == std::vector<std::string>{"8", "9", "end"});
    CHECK(whole[6].line == 9);
    for (std::size_t chunk = 1; chunk < text.size(); ++chunk) {
        CAPTURE(chunk);
        const auto cut = read_in_chunks(text, chunk);
        REQUIRE(cut.size() == whole.size());
        for (std::size_t r = 0; r < whole.size(); ++r) {
            CHECK(cut[r].fields == whole[r].fields);
            CHECK(cut[r].line == whole[r].line);
            CHECK(cut[r].broken == whole[r].broken);
            CHECK(cut[r].problem == whole[r].problem);
        }
    }
}
