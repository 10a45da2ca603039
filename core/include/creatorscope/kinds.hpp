// The input kinds of PRODUCT.md section 2 and their canonical columns, as callers name them (the
// mapping editor lists them; the CLI takes "posts:file.csv"). How headers are matched to them is
// the model's business (core/src/model/kinds.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

enum class Kind : std::uint8_t {
    roster,
    posts,
    follower_history,
    comments,
    audience,
    follower_sample,
    touchpoints,
    conversions,
    paths,
    codes,
    costs,
    account_metrics,
    connections,
    brief,
    unknown,
};

// How a column's cells are read.
enum class ValueType : std::uint8_t {
    text,       // kept as written (interned: for values that repeat)
    long_text,  // kept as written, once per row (post ids, captions: values that rarely repeat)
    handle,     // a creator handle: '@' dropped, case folded
    platform,   // instagram, tiktok, youtube, ...
    count,      // a non-negative number; -1 and the missing tokens are missing
    number,     // any decimal number (money, shares)
    rate,       // a fraction; "4.2%" and "0.042" are the same
    timestamp,  // a date or a date and time
    flag,       // yes or no
};

struct ColumnSpec {
    std::string_view name;      // canonical name, as in PRODUCT.md
    ValueType type;
    std::string_view synonyms;  // folded header names, separated by '|'
};

struct KindSpec {
    Kind kind;
    std::string_view name;
    std::string_view one_row_is;  // "a creator", "a post", ...
    std::vector<ColumnSpec> columns;
    // Every group must be matched by at least one of its columns: "handle;likes|views".
    std::string_view required;
};

const std::vector<KindSpec>& kind_specs();
const KindSpec& kind_spec(Kind kind);  // kind must not be unknown or brief... both have specs
std::string_view kind_name(Kind kind);
std::optional<Kind> kind_from_name(std::string_view name);
// The synonyms table as Markdown, for docs/inputs.md (generated from this table, so the two
// cannot drift apart: a test compares them).
std::string describe_kinds_markdown();

// What the synonyms table makes of a header row read as `kind`: per header, the canonical
// column it feeds, or "" (the mapping editor's starting point when the user picks a kind).
std::vector<std::string> suggest_columns(Kind kind, const std::vector<std::string>& headers);

// The required columns a choice leaves without a header ("handle", "likes or views"), given the
// canonical column each header feeds ("" for none): the mapping editor's check before reading again.
std::vector<std::string> missing_for(Kind kind, const std::vector<std::string>& canonical_per_header);

}  // namespace creatorscope
