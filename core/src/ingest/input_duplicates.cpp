// A roster naming one creator twice (the same handle on the same platform): the creator is
// kept once, with the first line's values, and an issue names both lines and what differs, so
// that nothing merges silently (two channels with the same display name, a row pasted twice).
#include <cmath>
#include <cstdio>

#include "ingest/input_file.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {
constexpr std::size_t max_differences_named = 3;
}  // namespace

void InputFile::check_repeated_handle(std::uint64_t line) {
    const std::size_t row = table_.rows() - 1;
    const std::uint32_t handle = table_.text(column_of_.handle, row);
    if (pool_.get(handle).empty()) return;
    const std::uint64_t key = (static_cast<std::uint64_t>(table_.text(column_of_.platform, row)) << 32) | handle;
    const auto [it, added] = first_row_of_handle_.try_emplace(key, static_cast<std::uint32_t>(row));
    if (added) return;
    const std::string differences = row_differences(it->second, row);
    add_issue(line, column_name(static_cast<std::size_t>(column_of_.handle)),
              "the handle \"" + std::string(pool_.get(handle)) + "\" is also on line " + std::to_string(table_.line(it->second)) +
                  ": one creator is kept, with that line's values (and this line's where that one has none); " +
                  (differences.empty() ? "the two lines are the same" : "this line differs in " + differences));
}

// The columns whose values differ between two rows, with both values: "followers (166000000
// here, 170000000 there)".
std::string InputFile::row_differences(std::size_t first, std::size_t again) const {
    std::string out;
    std::size_t named = 0, more = 0;
    const KindSpec& spec = kind_spec(table_.kind());
    for (const auto& [present, marker] : present_columns_) {
        if (present == column_of_.handle || present == column_of_.keyword_hits) continue;
        const Column& column = table_.column(present);
        std::string here, there;
        if (column.type == ValueType::text || column.type == ValueType::handle || column.type == ValueType::platform) {
            here = pool_.get(table_.text(present, again));
            there = pool_.get(table_.text(present, first));
        } else if (column.type == ValueType::long_text) {
            here = table_.long_text(present, again);
            there = table_.long_text(present, first);
        } else if (column.type == ValueType::count || column.type == ValueType::number || column.type == ValueType::rate) {
            const double a = table_.number(present, again), b = table_.number(present, first);
            if ((std::isnan(a) && std::isnan(b)) || a == b) continue;
            char text[64];
            std::snprintf(text, sizeof text, "%.10g", a);
            here = std::isnan(a) ? "none" : text;
            std::snprintf(text, sizeof text, "%.10g", b);
            there = std::isnan(b) ? "none" : text;
        } else {
            continue;
        }
        if (here == there) continue;
        if (named == max_differences_named) {
            ++more;
            continue;
        }
        out += (named ? ", " : "") + std::string(spec.columns[static_cast<std::size_t>(present)].name) + " (" +
               std::string(utf8_prefix(here.empty() ? "empty" : here, 40)) + " here, " + std::string(utf8_prefix(there.empty() ? "empty" : there, 40)) + " there)";
        ++named;
    }
    if (more > 0) out += " and " + std::to_string(more) + " more";
    return out;
}

}  // namespace creatorscope
