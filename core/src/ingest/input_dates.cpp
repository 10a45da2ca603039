// The dates of an input after its last row: day/month order settled per column, and dates
// without a year placed against the data's full dates (see docs/ingest.md).
#include <vector>

#include "ingest/input_file.hpp"

namespace creatorscope {

// After the last row: a column that proved day-first re-reads its ambiguous dates.
void InputFile::finish_dates() {
    const KindSpec& spec = kind_spec(table_.kind());
    bool rescan = false;
    for (std::size_t c = 0; c < date_state_.size(); ++c) {
        DateColumnState& state = date_state_[c];
        const int source = mapping_.source_of[c];
        const std::string column_name = source >= 0 ? header_[static_cast<std::size_t>(source)] : std::string(spec.columns[c].name);
        if (state.day_first_line != 0 && state.month_first_line != 0) {
            add_issue(0, column_name,
                      "this column mixes day-first dates (line " + std::to_string(state.day_first_line) +
                          ") and month-first dates (line " + std::to_string(state.month_first_line) +
                          "); dates that could be either were read month-first");
        } else if (state.day_first_line != 0) {
            Column& column = table_.column(static_cast<int>(c));
            for (std::uint32_t row : state.ambiguous_rows) {
                if (column.times[row] != missing_time) column.times[row] = swap_day_and_month(column.times[row]);
            }
            if (!state.ambiguous_rows.empty()) rescan = true;
        }
        state.ambiguous_rows.clear();
        state.ambiguous_rows.shrink_to_fit();
    }
    if (rescan) rescan_latest_full_time();
}

std::uint64_t InputFile::yearless_count() const {
    std::uint64_t total = 0;
    for (const auto& state : date_state_) total += state.yearless;
    return total;
}

std::optional<std::int64_t> InputFile::latest_full_time() const { return latest_full_; }

// The latest full date of the file, scanned again after dates were changed in place.
void InputFile::rescan_latest_full_time() {
    latest_full_.reset();
    for (std::size_t c = 0; c < table_.column_count(); ++c) {
        const Column& column = table_.column(static_cast<int>(c));
        if (column.type != ValueType::timestamp || !column.present) continue;
        for (std::size_t row = 0; row < column.times.size(); ++row) {
            const std::int64_t time = column.times[row];
            if (time != missing_time && !is_yearless(time) && (!latest_full_ || time > *latest_full_)) latest_full_ = time;
        }
    }
}

void InputFile::place_yearless_series(std::int64_t latest_known) {
    bool placed = false;
    for (std::size_t c = 0; c < date_state_.size(); ++c) {
        DateColumnState& state = date_state_[c];
        if (state.yearless == 0) continue;
        Column& column = table_.column(static_cast<int>(c));
        std::vector<std::size_t> rows;
        for (std::size_t row = 0; row < column.times.size(); ++row) {
            if (is_yearless(column.times[row])) rows.push_back(row);
        }
        if (rows.size() < 2) continue;
        // In order (oldest first or newest first), wrapping round the year at most once?
        const auto key = [&](std::size_t row) { return yearless_month(column.times[row]) * 32 + yearless_day(column.times[row]); };
        std::size_t descents = 0, ascents = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (key(rows[i]) < key(rows[i - 1])) ++descents;
            if (key(rows[i]) > key(rows[i - 1])) ++ascents;
        }
        const bool oldest_first = descents <= 1 && ascents >= rows.size() / 2;
        const bool newest_first = ascents <= 1 && descents >= rows.size() / 2;
        if (!oldest_first && !newest_first) continue;
        // The series ends at the first occurrence of its last day on or after the latest full
        // date known: an export is made after the posts it describes (TikTok Studio's year of
        // daily rows ends on the export day).
        if (oldest_first) {
            std::int64_t next = earliest_on_or_after(column.times[rows.back()], latest_known);
            column.times[rows.back()] = next;
            for (std::size_t i = rows.size() - 1; i-- > 0;) next = column.times[rows[i]] = latest_on_or_before(column.times[rows[i]], next);
        } else {
            std::int64_t next = earliest_on_or_after(column.times[rows.front()], latest_known);
            column.times[rows.front()] = next;
            for (std::size_t i = 1; i < rows.size(); ++i) next = column.times[rows[i]] = latest_on_or_before(column.times[rows[i]], next);
        }
        state.yearless = 0;
        placed = true;
    }
    if (placed) rescan_latest_full_time();
}

void InputFile::place_yearless_values(std::int64_t limit) {
    bool placed = false;
    for (std::size_t c = 0; c < date_state_.size(); ++c) {
        DateColumnState& state = date_state_[c];
        if (state.yearless == 0) continue;
        Column& column = table_.column(static_cast<int>(c));
        for (std::size_t row = 0; row < column.times.size(); ++row) {
            std::int64_t& time = column.times[row];
            if (is_yearless(time)) time = latest_on_or_before(time, limit);
        }
        state.yearless = 0;
        placed = true;
    }
    if (placed) rescan_latest_full_time();
}

void InputFile::report_unplaced_yearless() {
    const std::uint64_t count = yearless_count();
    if (count == 0 || unplaced_reported_) return;
    unplaced_reported_ = true;
    add_issue(0, "", std::to_string(count) +
                         " dates have no year and nothing loaded places them in time; they are left out. Load a "
                         "file with full dates from the same export (for TikTok Studio, its Content.csv)");
}

}  // namespace creatorscope
