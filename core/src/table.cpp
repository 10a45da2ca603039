// Columnar tables and the string pool.
#include "creatorscope/table.hpp"

namespace creatorscope {

StringPool::StringPool() { intern(""); }

std::uint32_t StringPool::intern(std::string_view text) {
    if (const auto found = ids_.find(text); found != ids_.end()) return found->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(text);
    ids_.emplace(strings_.back(), id);
    return id;
}

Table::Table(Kind kind) : kind_(kind) {
    const KindSpec& spec = kind_spec(kind);
    columns_.resize(spec.columns.size());
    for (std::size_t i = 0; i < spec.columns.size(); ++i) columns_[i].type = spec.columns[i].type;
}

int Table::column_index(std::string_view canonical) const {
    const KindSpec& spec = kind_spec(kind_);
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (spec.columns[i].name == canonical) return static_cast<int>(i);
    }
    return -1;
}

bool Table::has(std::string_view canonical) const {
    const int index = column_index(canonical);
    return index >= 0 && columns_[static_cast<std::size_t>(index)].present;
}

double Table::number(int column, std::size_t row) const {
    if (column < 0) return missing_number();
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present ? c.numbers[row] : missing_number();
}

std::int64_t Table::time(int column, std::size_t row) const {
    if (column < 0) return missing_time;
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present ? c.times[row] : missing_time;
}

std::uint32_t Table::text(int column, std::size_t row) const {
    if (column < 0) return 0;
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present ? c.texts[row] : 0;
}

std::int8_t Table::flag(int column, std::size_t row) const {
    if (column < 0) return missing_flag;
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present ? c.flags[row] : missing_flag;
}

void Table::begin_row(std::uint64_t line) { lines_.push_back(line); }

std::size_t Table::memory_bytes() const {
    std::size_t total = lines_.capacity() * sizeof(std::uint64_t);
    for (const auto& c : columns_) {
        total += c.numbers.capacity() * sizeof(double) + c.times.capacity() * sizeof(std::int64_t) +
                 c.texts.capacity() * sizeof(std::uint32_t) + c.flags.capacity();
    }
    return total;
}

}  // namespace creatorscope
