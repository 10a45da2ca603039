// Columnar storage for what was read: numbers as numbers, times as integers, text interned
// in a string pool shared by all tables, one column per canonical column of the input kind.
#pragma once

#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "creatorscope/kinds.hpp"

namespace creatorscope {

// Interned strings: each distinct text is stored once and referred to by a 32-bit id.
// Id 0 is the empty string, which is also how a missing text reads.
class StringPool {
public:
    StringPool();
    std::uint32_t intern(std::string_view text);
    std::string_view get(std::uint32_t id) const { return strings_[id]; }
    std::size_t size() const { return strings_.size(); }

private:
    std::deque<std::string> strings_;  // a deque never moves its elements, so views stay valid
    std::unordered_map<std::string_view, std::uint32_t> ids_;
};

constexpr std::int64_t missing_time = std::numeric_limits<std::int64_t>::min();
constexpr std::int8_t missing_flag = -1;
inline bool is_missing(double value) { return std::isnan(value); }
inline double missing_number() { return std::numeric_limits<double>::quiet_NaN(); }

struct Column {
    ValueType type = ValueType::text;
    bool present = false;                 // the file had this column
    std::vector<double> numbers;          // count, number, rate (NaN: missing)
    std::vector<std::int64_t> times;      // timestamp (missing_time: missing)
    std::vector<std::uint32_t> texts;     // text, handle, platform (0: empty)
    std::vector<std::int8_t> flags;       // flag (missing_flag, 0, 1)
};

class Table {
public:
    Table() = default;
    explicit Table(Kind kind);

    Kind kind() const { return kind_; }
    std::size_t rows() const { return lines_.size(); }
    std::uint64_t line(std::size_t row) const { return lines_[row]; }

    // Column index of a canonical name within this kind; -1 when the kind has no such column.
    int column_index(std::string_view canonical) const;
    bool has(std::string_view canonical) const;
    const Column& column(int index) const { return columns_[static_cast<std::size_t>(index)]; }
    Column& column(int index) { return columns_[static_cast<std::size_t>(index)]; }
    std::size_t column_count() const { return columns_.size(); }

    // Typed access by canonical column; a column the file did not have reads as missing.
    double number(int column, std::size_t row) const;
    std::int64_t time(int column, std::size_t row) const;
    std::uint32_t text(int column, std::size_t row) const;
    std::int8_t flag(int column, std::size_t row) const;

    // Row building: begin_row, then one set_* per present column, then end_row.
    void begin_row(std::uint64_t line);
    void mark_present(int column) { columns_[static_cast<std::size_t>(column)].present = true; }

    std::size_t memory_bytes() const;

private:
    Kind kind_ = Kind::unknown;
    std::vector<Column> columns_;
    std::vector<std::uint64_t> lines_;  // the file line each row came from
};

}  // namespace creatorscope
