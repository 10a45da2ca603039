// The input kinds of PRODUCT.md section 2, their canonical columns, and the one table of
// column-name synonyms through which every file's header is mapped. Detection is by content:
// the kind whose required columns are all present and that matches the most columns wins.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/kinds.hpp"

namespace creatorscope {

// Which source column feeds each canonical column of a kind.
constexpr int no_source = -1;        // the file has no such column
constexpr int constant_source = -2;  // a known export format supplies the value (platform=tiktok)
struct ColumnMapping {
    Kind kind = Kind::unknown;
    std::vector<int> source_of;  // indexed like kind_spec(kind).columns: a source index, no_source or constant_source
};

// The index of a canonical column within a kind's columns, or -1. A kind's columns never
// change, so callers on hot paths may look an index up once and keep it.
int canonical_index(Kind kind, std::string_view canonical);

// The canonical column a header matches within a kind, or -1.
int match_column(const KindSpec& spec, std::string_view header);

// Maps a header row for a given kind: each canonical column takes the first source column
// whose folded name is one of its synonyms; a source column feeds at most one canonical column.
ColumnMapping map_header(Kind kind, std::span<const std::string> header);

// The canonical required groups a mapping leaves unmatched, as readable text ("likes or views").
std::vector<std::string> missing_required(const ColumnMapping& mapping);

struct Detection {
    ColumnMapping mapping;
    int matched = 0;
};

// The best kind for a header row; kind unknown when no kind has all its required columns.
Detection detect_kind(std::span<const std::string> header);

// Calls f(group) for each ';'-separated group of a KindSpec's required string.
template <typename F>
void for_each_required_group(std::string_view required, F&& f) {
    while (!required.empty()) {
        const auto semicolon = required.find(';');
        f(required.substr(0, semicolon));
        if (semicolon == std::string_view::npos) break;
        required.remove_prefix(semicolon + 1);
    }
}

}  // namespace creatorscope
