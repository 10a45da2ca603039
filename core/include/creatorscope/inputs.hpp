// What callers may read of a loaded input (InputInfo), and the user's corrections to how it is
// read (MappingOverride). The engine gives each input a stable id that stays its own while
// other inputs come and go.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "creatorscope/kinds.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

// How one header of the file was used.
struct MappedColumn {
    std::string source;     // the header as written in the file
    std::string canonical;  // the canonical column it feeds, or empty when unused
    std::string why;        // why, in words: "handle: header words \"Tiktoker name\" (name, user); 3 unique username-shaped values"
};

// The user's corrections: the kind, and source header -> canonical column ("" to ignore it).
struct MappingOverride {
    std::optional<Kind> kind;
    std::vector<std::pair<std::string, std::string>> columns;
    std::optional<std::string> platform;  // the platform of a list that has no platform column
};

// The user's corrections as JSON, as the page's Columns editor saves them (in the workspace) and
// the CLI's --mapping reads them: {"kind": "roster", "columns": {"Creator": "handle", "Rank": ""},
// "platform": "tiktok"}; every key may be left out. An error names what is wrong.
Status parse_mapping_override(std::string_view json, MappingOverride& out);
std::string mapping_override_json(const MappingOverride& override);
// The CLI's short form, "list.csv:Creator=handle,Subs=followers,@kind=roster,@platform=tiktok":
// the file's name, and the corrections added to `into`.
Status parse_map_option(std::string_view text, std::string& file, MappingOverride& into);

class InputInfo {
public:
    virtual ~InputInfo() = default;
    virtual std::uint32_t id() const = 0;  // stable for the engine's life (see Engine::input_by_id)
    virtual const std::string& name() const = 0;
    virtual Kind kind() const = 0;
    virtual std::uint64_t rows() const = 0;
    virtual std::uint64_t rejected() const = 0;
    // Rows deliberately not read as data: a "Total" row, "====" separators, an order's further
    // line items, the "#" preamble lines before the header.
    virtual std::uint64_t skipped() const = 0;
    virtual const std::vector<Issue>& issues() const = 0;
    virtual std::uint64_t issue_count() const = 0;  // may exceed issues().size()
    // How something was read that is worth knowing but is no problem (not an issue).
    virtual const std::vector<std::string>& notes() const = 0;
    virtual const std::vector<MappedColumn>& mapping() const = 0;
    virtual const std::string& format_name() const = 0;  // a known export format, or empty
    virtual const std::string& encoding() const = 0;
    virtual const std::string& container() const = 0;  // "csv", "json", "ndjson"
    virtual const nlohmann::ordered_json& document() const = 0;  // a brief's JSON
    virtual const MappingOverride& override_settings() const = 0;
    // A list's platform when no column names it: inferred (or chosen), and why; empty when none.
    virtual const std::string& inferred_platform() const = 0;
    virtual const std::string& platform_why() const = 0;
    virtual std::uint64_t bytes_read() const = 0;
    virtual std::uint64_t table_bytes() const = 0;  // memory its table takes
};

}  // namespace creatorscope
