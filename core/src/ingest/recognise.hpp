// Columns recognised by their header's words and by their values (docs/recognition.md). The exact names of the kinds table come first and stay as they were; a
// column the table does not name is matched by the ideas of its header's words, each choice
// checked against the values the file's first rows hold; a username column is the handle and a
// display-name column the name; a column of profile links is the handle even with no header.
// Each used column says why, in words a marketer reads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/values.hpp"
#include "model/kinds.hpp"

namespace creatorscope {

// What a column's sampled values look like (cells that are "no value" are not counted).
struct ValueProfile {
    std::uint32_t values = 0;
    std::uint32_t distinct = 0;
    std::uint32_t usernames = 0;     // @name or name of letters, digits, '.', '_' and '-', no spaces
    std::uint32_t profile_links = 0; // instagram.com/name, tiktok.com/@name, youtube.com/@name...
    std::uint32_t spaced = 0;        // text with spaces and letters: a display name, a title
    std::uint32_t counts = 0;        // 1200, 1,200, 13.8M, "35 mil"
    std::uint32_t numbers = 0;
    std::uint32_t rates = 0;         // 4.2%, 0.042 (at most 100%)
    std::uint32_t percent_signs = 0;
    std::uint32_t dates = 0;
    std::uint32_t flags = 0;         // yes/no, true/false, 1/0
    std::uint32_t emails = 0;
    std::uint32_t money = 0;
    std::uint32_t countries = 0;     // a country's code or name: GB, GBR, United Kingdom, España         // an amount with its currency: $1,200, 1.200 €, USD 1200
    std::uint32_t platforms = 0;     // instagram, TikTok, YT...
    std::uint32_t platform_names = 0;  // the same, longer than one letter ("x" may be a check mark)
    std::uint32_t urls = 0;          // web addresses (http:// or https://)
    double count_median = 0;         // the median of the counts (0 when none)
    std::string link_platform;       // the platform the profile links name, when all name one
    std::string currency;            // the ISO 4217 code the amounts of money name, when all name one
    std::string example;             // the first value, shortened
};

// The profile of the cells of one column.
ValueProfile profile_values(std::span<const std::string_view> cells, NumberLocale locale);

struct Recognition {
    ColumnMapping mapping;
    std::vector<std::string> why;  // per source column: why it feeds its canonical column (empty when unused)
    int matched = 0;
};

// The mapping of a header for one kind. values: one profile per source column (may be empty:
// no rows sampled).
Recognition recognise(Kind kind, std::span<const std::string> header, std::span<const ValueProfile> values);

// The kind whose required columns are all found and that uses the most columns (the kind listed
// first on a tie); kind unknown when none has its required columns.
Recognition recognise_kind(std::span<const std::string> header, std::span<const ValueProfile> values);

// One platform's columns in a roster that holds several platforms in one row (Upfluence,
// agency sheets: "Instagram username, Instagram followers, TikTok username, TikTok followers").
struct PlatformGroup {
    std::string platform;
    std::vector<std::pair<int, int>> fields;  // (roster canonical column, source column)
    std::vector<std::string> why;             // per field, the reason in words
};

// The platform groups of a roster header: the columns whose words name one platform and one
// per-platform field (handle, followers, rates, averages, fee), grouped by platform; only the
// groups with a handle, and only when two platforms or more have one (else empty).
std::vector<PlatformGroup> platform_groups(std::span<const std::string> header);

// Why the source column s is not used, by its header's words: "not used: views is read from
// \"Views\"" when the field it reads as comes from another column, else "not used: no roster
// field is like it".
std::string why_not_used(const ColumnMapping& mapping, std::span<const std::string> header, std::size_t s);

}  // namespace creatorscope
