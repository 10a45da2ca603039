// Columnar tables, the string pool and the text arena.
#include "model/table.hpp"

#include <cstring>

#include "model/byte_search.hpp"

namespace creatorscope {

namespace {
// A fast hash of short text, eight bytes at a time (a multiply and a shift per word).
std::uint32_t hash_text(std::string_view text) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ text.size();
    const char* p = text.data();
    std::size_t n = text.size();
    while (n >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        h = (h ^ bytes::load_tail(p, n)) * 0xC4CEB9FE1A85EC53ull;
        h ^= h >> 29;
    }
    h *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::uint32_t>(h >> 32);
}
}  // namespace

StringPool::StringPool() : slots_(1024, 0) {
    // Id 0 is the empty text, which intern answers without a look-up.
    views_.emplace_back();
    const std::uint64_t hash = hash_text({});
    slots_[hash & (slots_.size() - 1)] = hash << 32 | 1u;
}

void StringPool::grow() {
    std::vector<std::uint64_t> slots(slots_.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (const std::uint64_t slot : slots_) {
        if (slot == 0) continue;
        std::size_t at = (slot >> 32) & mask;
        while (slots[at] != 0) at = (at + 1) & mask;
        slots[at] = slot;
    }
    slots_.swap(slots);
}

std::string_view StringPool::store(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > block_bytes / 4) {
        blocks_.push_back(std::unique_ptr<char[]>(new char[text.size()]));
        reserved_bytes_ += text.size();
        std::memcpy(blocks_.back().get(), text.data(), text.size());
        // Keep filling the current block: move the new one before it.
        if (blocks_.size() >= 2) std::swap(blocks_[blocks_.size() - 1], blocks_[blocks_.size() - 2]);
        return {blocks_.size() >= 2 ? blocks_[blocks_.size() - 2].get() : blocks_.back().get(), text.size()};
    }
    if (block_used_ + text.size() > block_bytes) {
        blocks_.push_back(std::unique_ptr<char[]>(new char[block_bytes]));
        reserved_bytes_ += block_bytes;
        block_used_ = 0;
    }
    char* at = blocks_.back().get() + block_used_;
    std::memcpy(at, text.data(), text.size());
    block_used_ += text.size();
    return {at, text.size()};
}

std::uint32_t StringPool::intern_bytes(const char* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text(data, size);
    const std::uint32_t hash = hash_text(text);
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    for (;; at = (at + 1) & mask) {
        const std::uint64_t slot = slots_[at];
        if (slot == 0) break;
        if (static_cast<std::uint32_t>(slot >> 32) != hash) continue;
        const auto id = static_cast<std::uint32_t>(slot) - 1;
        const std::string_view stored = views_[id];
        if (stored.size() == text.size() && bytes::equal(stored.data(), text.data(), text.size())) return id;
    }
    const auto id = static_cast<std::uint32_t>(views_.size());
    views_.push_back(store(text));
    slots_[at] = std::uint64_t{hash} << 32 | (id + 1);
    if (views_.size() * 2 > slots_.size()) grow();
    return id;
}

std::uint32_t TextArena::add_bytes(const char* data, std::size_t size) {
    const std::string_view text(data, size);
    if (text.size() >= 255 || blocks_.size() >= 4095) {
        long_.emplace_back(text);
        return long_marker | static_cast<std::uint32_t>(long_.size() - 1);
    }
    const std::size_t needed = text.size() + 1;
    if (used_ + needed > block_bytes) {
        blocks_.push_back(std::unique_ptr<char[]>(new char[block_bytes]));
        used_ = 0;
    }
    char* at = blocks_.back().get() + used_;
    at[0] = static_cast<char>(text.size());
    bytes::copy(at + 1, text.data(), text.size());
    const auto position = static_cast<std::uint32_t>(((blocks_.size() - 1) << offset_bits) | used_);
    used_ += needed;
    return position;
}

std::string_view TextArena::get(std::uint32_t position) const {
    if ((position & long_marker) == long_marker) return long_[position & ~long_marker];
    const char* at = blocks_[position >> offset_bits].get() + (position & (block_bytes - 1));
    return {at + 1, static_cast<unsigned char>(at[0])};
}

std::size_t TextArena::memory_bytes() const {
    std::size_t total = blocks_.size() * block_bytes;
    for (const auto& text : long_) total += text.capacity() + sizeof(std::string);
    return total;
}

Table::Table(Kind kind) : kind_(kind) {
    const KindSpec& spec = kind_spec(kind);
    columns_.resize(spec.columns.size());
    for (std::size_t i = 0; i < spec.columns.size(); ++i) columns_[i].type = spec.columns[i].type;
}

int Table::column_index(std::string_view canonical) const { return canonical_index(kind_, canonical); }

bool Table::has(std::string_view canonical) const {
    const int index = column_index(canonical);
    return index >= 0 && columns_[static_cast<std::size_t>(index)].present;
}

double Table::number(int column, std::size_t row) const {
    if (column < 0) return missing_number();
    const auto& c = columns_[static_cast<std::size_t>(column)];
    if (!c.present) return missing_number();
    if (c.type == ValueType::count) {
        if (row >= c.counts.size()) return missing_number();
        const std::uint32_t value = c.counts[row];
        if (value == Column::missing_count) return missing_number();
        if (value == Column::large_count) return c.large_counts.at(row);
        return value;
    }
    return row < c.numbers.size() ? c.numbers[row] : missing_number();
}

void Table::push_count(int column, double value) {
    Column& c = columns_[static_cast<std::size_t>(column)];
    if (std::isnan(value)) {
        c.counts.push_back(Column::missing_count);
    } else if (value >= 0 && value < Column::large_count && value == std::floor(value)) {
        c.counts.push_back(static_cast<std::uint32_t>(value));
    } else {
        c.large_counts.emplace(c.counts.size(), value);  // a fraction or over 4 billion: kept exactly
        c.counts.push_back(Column::large_count);
    }
}

void Table::set_count(int column, std::size_t row, double value) {
    Column& c = columns_[static_cast<std::size_t>(column)];
    c.large_counts.erase(row);
    if (std::isnan(value)) {
        c.counts[row] = Column::missing_count;
    } else if (value >= 0 && value < Column::large_count && value == std::floor(value)) {
        c.counts[row] = static_cast<std::uint32_t>(value);
    } else {
        c.large_counts.emplace(row, value);
        c.counts[row] = Column::large_count;
    }
}

std::int64_t Table::time(int column, std::size_t row) const {
    if (column < 0) return missing_time;
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present && row < c.times.size() ? c.times[row] : missing_time;
}

std::uint32_t Table::text(int column, std::size_t row) const {
    if (column < 0) return 0;
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present && row < c.texts.size() ? c.texts[row] : 0;
}

std::string_view Table::long_text(int column, std::size_t row) const {
    if (column < 0) return {};
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present && row < c.long_texts.size() ? arena_.get(c.long_texts[row]) : std::string_view{};
}

std::int8_t Table::flag(int column, std::size_t row) const {
    if (column < 0) return missing_flag;
    const auto& c = columns_[static_cast<std::size_t>(column)];
    return c.present && row < c.flags.size() ? c.flags[row] : missing_flag;
}

std::size_t Table::memory_bytes() const {
    std::size_t total = lines_.memory_bytes() + arena_.memory_bytes();
    for (const auto& c : columns_) {
        total += c.counts.memory_bytes() + c.numbers.memory_bytes() + c.times.memory_bytes() + c.texts.memory_bytes() +
                 c.long_texts.memory_bytes() + c.flags.memory_bytes() + c.large_counts.size() * 48;
    }
    return total;
}

}  // namespace creatorscope
