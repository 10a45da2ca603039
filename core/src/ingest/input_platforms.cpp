// A roster that holds several platforms in one row ("Instagram username, Instagram followers,
// TikTok username, TikTok followers", as Upfluence and agency sheets write them): each row gives
// one creator per platform with a handle, with that platform's figures and the row's shared
// columns (name, email, country...). Nothing merges: the accounts of one person are separate
// creators, as they are on the platforms.
#include <algorithm>

#include "ingest/input_file.hpp"
#include "ingest/recognise.hpp"
#include "model/text.hpp"

namespace creatorscope {

void InputFile::split_platform_groups() {
    wide_groups_.clear();
    wide_group_ = 0;
    if (mapping_.kind != Kind::roster || !override_.columns.empty()) return;
    const std::vector<PlatformGroup> groups = platform_groups(header_);
    if (groups.empty()) return;
    std::vector<int> wide;  // the canonical columns any group gives
    for (const auto& g : groups) {
        for (std::size_t k = 0; k < g.fields.size(); ++k) {
            const auto [c, s] = g.fields[k];
            if (std::find(wide.begin(), wide.end(), c) == wide.end()) wide.push_back(c);
            for (int& current : mapping_.source_of) {
                if (current == s) current = no_source;  // the column is this platform's, not the row's
            }
            column_why_[static_cast<std::size_t>(s)] = g.why[k];
        }
    }
    std::string names, examples;
    for (const auto& g : groups) {
        WideGroup group{pool_.intern(g.platform), {}};
        for (const int c : wide) {
            const auto found = std::find_if(g.fields.begin(), g.fields.end(), [&](const auto& f) { return f.first == c; });
            group.fields.emplace_back(c, found == g.fields.end() ? -1 : found->second);
        }
        wide_groups_.push_back(std::move(group));
        names += (names.empty() ? "" : ", ") + g.platform;
    }
    // Group 0's columns are the mapping's (so that the table keeps them); the others are set per row.
    for (const auto& [c, source] : wide_groups_[0].fields) {
        mapping_.source_of[static_cast<std::size_t>(c)] = source >= 0 ? source : constant_source;
        if (source < 0) constants_[static_cast<std::size_t>(c)] = pool_.intern("");
    }
    const int platform = canonical_index(Kind::roster, "platform");
    mapping_.source_of[static_cast<std::size_t>(platform)] = constant_source;
    constants_[static_cast<std::size_t>(platform)] = wide_groups_[0].platform;
    platform_ = names;
    platform_why_ = "one row per person, with columns for each platform: a creator for each platform with a handle";
}

void InputFile::read_wide_row(const CsvRecord& record) {
    const std::vector<std::string_view> shared = cells_;
    bool any = false;
    for (std::size_t g = 0; g < wide_groups_.size(); ++g) {
        const WideGroup& group = wide_groups_[g];
        cells_ = shared;
        for (const auto& [c, source] : group.fields) {
            cells_[static_cast<std::size_t>(c)] = source >= 0 ? record.fields[static_cast<std::size_t>(source)] : std::string_view{};
        }
        cells_[static_cast<std::size_t>(column_of_.platform)] = pool_.get(group.platform);
        if (trim(cells_[static_cast<std::size_t>(column_of_.handle)]).empty()) continue;
        any = true;
        wide_group_ = g;
        read_row_cells(record);
    }
    wide_group_ = 0;
    if (!any) reject_row(record.line, "", "row rejected: no handle on any platform");
}

}  // namespace creatorscope
