// Before the header and beneath the text: lines a spreadsheet leaves above the header, and the
// encodings files arrive in (Windows-1252 when the bytes are not UTF-8).
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "ingest/input_file.hpp"

using namespace creatorscope;

namespace {
struct Loaded {
    StringPool pool;
    std::unique_ptr<InputFile> file;
};
std::unique_ptr<Loaded> load(std::string_view text, std::size_t chunk = 7) {
    auto loaded = std::make_unique<Loaded>();
    loaded->file = std::make_unique<InputFile>("list.csv", MappingOverride{}, loaded->pool);
    for (std::size_t i = 0; i < text.size(); i += chunk) loaded->file->feed(text.substr(i, chunk));
    loaded->file->finish();
    return loaded;
}
std::string text_at(const Loaded& l, std::string_view column, std::size_t row) {
    const Table& t = l.file->table();
    return std::string(l.pool.get(t.text(t.column_index(column), row)));
}
bool has_note(const InputFile& file, std::string_view start) {
    for (const auto& note : file.notes()) {
        if (note.starts_with(start)) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("lines of empty cells above the header are skipped, and said so") {
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
        CAPTURE(chunk);
        const auto l = load(",,,\n,,,\nhandle,platform,followers,avg_likes\nsunny,instagram,48500,637\nkai,tiktok,900,12\n", chunk);
        CHECK(l->file->kind() == Kind::roster);
        CHECK(l->file->rows() == 2);
        CHECK(l->file->skipped() == 2);
        CHECK(l->file->issues().empty());
        CHECK(has_note(*l->file, "skipped 2 lines before the header (line 3): empty"));
    }
}

TEST_CASE("a title line above the header is skipped, a one-column list is not") {
    const auto l = load("Top creators 2025\n\nhandle,followers,avg_likes\nsunny,48500,637\n");
    CHECK(l->file->kind() == Kind::roster);
    CHECK(l->file->rows() == 1);
    CHECK(has_note(*l->file, "skipped 1 line before the header (line 3), among them the title \"Top creators 2025\""));
    // With a single column there is no title to tell apart: the first line is the header.
    const auto single = load("handle\nsunny\nkai\n");
    CHECK(single->file->skipped() == 0);
}

TEST_CASE("bytes that are not UTF-8 are read as Windows-1252: curly quotes, accents, the euro") {
    // "Café “Sunny”" and "€1.200" as Excel on Windows saves them.
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{4096}}) {
        CAPTURE(chunk);
        const auto l = load(std::string("handle,category,followers\nsunny,Caf\xe9 \x93Sunny\x94,1000\nkai,\x80 \xe0 la carte,2000\n"), chunk);
        CHECK(l->file->encoding() == "windows-1252");
        CHECK(l->file->rows() == 2);
        CHECK(text_at(*l, "category", 0) == "Caf\xC3\xA9 \xE2\x80\x9CSunny\xE2\x80\x9D");
        CHECK(text_at(*l, "category", 1) == "\xE2\x82\xAC \xC3\xA0 la carte");
        CHECK(has_note(*l->file, "read as Windows-1252"));
    }
}

TEST_CASE("UTF-8 stays UTF-8: split sequences across chunks, and a stray byte after real characters") {
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{4096}}) {
        CAPTURE(chunk);
        const auto l = load("handle,category,followers\nsunny,Caf\xC3\xA9 \xE2\x80\x9CSunny\xE2\x80\x9D,1000\nkai,\xF0\x9F\x8C\x8A,5\n", chunk);
        CHECK(l->file->encoding() == "utf-8");
        CHECK(text_at(*l, "category", 0) == "Caf\xC3\xA9 \xE2\x80\x9CSunny\xE2\x80\x9D");
        CHECK(text_at(*l, "category", 1) == "\xF0\x9F\x8C\x8A");
    }
    const auto stray = load("handle,category,followers\nsunny,Caf\xC3\xA9,1\nkai,x\xFFy,2\n");
    CHECK(stray->file->encoding() == "utf-8");
    CHECK(stray->file->rows() == 2);
}
