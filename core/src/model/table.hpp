// Columnar storage for what was read. Numbers as numbers (counts in 32 bits), times as
// integers, repeated text interned in a string pool shared by all tables, one-off text (post
// ids, caption previews) in an arena. Columns grow in fixed blocks, never by reallocation, so
// a large file's memory climbs steadily instead of doubling at each growth.
#pragma once

#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "creatorscope/creator.hpp"
#include "model/kinds.hpp"

namespace creatorscope {

// A vector that grows in blocks of 2^16 elements: past the first block, no reallocation and
// no doubling of memory. The first block grows by doubling, so small files stay small.
template <typename T>
class BlockVector {
public:
    static constexpr std::size_t block_bits = 16;
    static constexpr std::size_t block_size = std::size_t{1} << block_bits;

    BlockVector() = default;
    BlockVector(BlockVector&& other) noexcept { *this = std::move(other); }
    BlockVector& operator=(BlockVector&& other) noexcept {
        blocks_ = std::move(other.blocks_);
        first_capacity_ = other.first_capacity_;
        size_ = other.size_;
        tail_ = other.tail_;
        end_ = other.end_;
        other.blocks_.clear();
        other.first_capacity_ = other.size_ = 0;
        other.tail_ = other.end_ = nullptr;
        return *this;
    }

    void push_back(T value) {
        if (tail_ == end_) [[unlikely]] grow();
        *tail_++ = value;
        ++size_;
    }
    T& operator[](std::size_t i) { return blocks_[i >> block_bits][i & (block_size - 1)]; }
    const T& operator[](std::size_t i) const { return blocks_[i >> block_bits][i & (block_size - 1)]; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::size_t memory_bytes() const {
        if (blocks_.empty()) return 0;
        return (first_capacity_ + (blocks_.size() - 1) * block_size) * sizeof(T);
    }

private:
    void grow() {
        if (blocks_.empty() || (blocks_.size() == 1 && first_capacity_ < block_size)) {
            // The first block doubles (from 16 elements) until it is a whole block.
            const std::size_t capacity = blocks_.empty() ? 16 : first_capacity_ * 2;
            // Not value-initialised: every element is written before it is read.
            std::unique_ptr<T[]> block(new T[capacity]);
            if (!blocks_.empty()) std::copy(blocks_[0].get(), blocks_[0].get() + size_, block.get());
            if (blocks_.empty()) blocks_.emplace_back();
            blocks_[0] = std::move(block);
            first_capacity_ = capacity;
            tail_ = blocks_[0].get() + size_;
            end_ = blocks_[0].get() + capacity;
            return;
        }
        blocks_.push_back(std::unique_ptr<T[]>(new T[block_size]));
        tail_ = blocks_.back().get();
        end_ = tail_ + block_size;
    }

    std::vector<std::unique_ptr<T[]>> blocks_;
    std::size_t first_capacity_ = 0;
    std::size_t size_ = 0;
    T* tail_ = nullptr;  // where the next element goes
    T* end_ = nullptr;   // the end of the last block
};

// Interned strings: each distinct text is stored once and referred to by a 32-bit id.
// Id 0 is the empty string, which is also how a missing text reads.
class StringPool {
public:
    StringPool();
    // Inline, so that the text reaches intern_bytes as a pointer and a size: WebAssembly (its C
    // ABI) hands a string_view to a function that is not inlined through memory, a copy the
    // processor cannot forward, on every call.
    std::uint32_t intern(std::string_view text) { return intern_bytes(text.data(), text.size()); }
    std::uint32_t intern_bytes(const char* data, std::size_t size);
    std::string_view get(std::uint32_t id) const { return views_[id]; }
    std::size_t size() const { return views_.size(); }
    std::size_t memory_bytes() const {
        return reserved_bytes_ + views_.size() * sizeof(std::string_view) + slots_.size() * sizeof(std::uint64_t);
    }

private:
    void grow();
    std::string_view store(std::string_view text);

    static constexpr std::size_t block_bytes = 64 * 1024;
    // The texts, back to back in blocks that never move (a text longer than a block gets its own).
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t block_used_ = block_bytes;
    std::size_t reserved_bytes_ = 0;
    std::vector<std::string_view> views_;  // per id
    // Open addressing, linear probing, a power of two in size: per slot the text's 32-bit hash
    // (high half) and its id + 1 (low half; 0: empty), so most probes touch no text.
    std::vector<std::uint64_t> slots_;
};

// Text stored once per row, appended to 1 MiB blocks behind a one-byte length, and found by a
// 32-bit position (block in the high 12 bits, offset in the low 20: up to 4 GiB per table).
// Texts of 255 bytes or more are kept aside, whole.
class TextArena {
public:
    std::uint32_t add(std::string_view text) { return add_bytes(text.data(), text.size()); }  // inline: see StringPool::intern
    std::uint32_t add_bytes(const char* data, std::size_t size);
    std::string_view get(std::uint32_t position) const;
    std::size_t memory_bytes() const;

private:
    static constexpr std::size_t offset_bits = 20;
    static constexpr std::size_t block_bytes = std::size_t{1} << offset_bits;
    static constexpr std::uint32_t long_marker = 0xFFF00000u;  // block 4095: texts kept aside
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t used_ = block_bytes;  // bytes used in the last block
    std::vector<std::string> long_;
};

constexpr std::int8_t missing_flag = -1;
inline bool is_missing(double value) { return std::isnan(value); }
inline double missing_number() { return std::numeric_limits<double>::quiet_NaN(); }

struct Column {
    ValueType type = ValueType::text;
    bool present = false;                    // the file had this column (or a format supplied it)
    BlockVector<std::uint32_t> counts;       // count: missing_count, or the value
    std::unordered_map<std::size_t, double> large_counts;  // counts that do not fit 32 bits, by row
    BlockVector<double> numbers;             // number, rate (NaN: missing)
    BlockVector<std::int64_t> times;         // timestamp (missing_time: missing)
    BlockVector<std::uint32_t> texts;        // text, handle, platform (0: empty)
    BlockVector<std::uint32_t> long_texts;   // long_text: positions in the table's arena
    BlockVector<std::int8_t> flags;          // flag (missing_flag, 0, 1)

    static constexpr std::uint32_t missing_count = 0xFFFFFFFFu;
    static constexpr std::uint32_t large_count = 0xFFFFFFFEu;  // the value is in large_counts
};

class Table {
public:
    Table() = default;
    explicit Table(Kind kind);
    Table(Table&&) = default;
    Table& operator=(Table&&) = default;

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
    double number(int column, std::size_t row) const;  // count, number and rate columns
    std::int64_t time(int column, std::size_t row) const;
    std::uint32_t text(int column, std::size_t row) const;
    std::string_view long_text(int column, std::size_t row) const;
    std::int8_t flag(int column, std::size_t row) const;

    // Row building: begin_row, then one push per present column.
    void begin_row(std::uint64_t line) { lines_.push_back(static_cast<std::uint32_t>(std::min<std::uint64_t>(line, 0xFFFFFFFFu))); }
    void mark_present(int column) {
        if (column >= 0) columns_[static_cast<std::size_t>(column)].present = true;
    }
    void push_count(int column, double value);
    void set_count(int column, std::size_t row, double value);  // a count read again (row already pushed)
    void push_long_text(int column, std::string_view text) {  // inline: see StringPool::intern
        columns_[static_cast<std::size_t>(column)].long_texts.push_back(arena_.add_bytes(text.data(), text.size()));
    }

    std::size_t memory_bytes() const;

private:
    Kind kind_ = Kind::unknown;
    std::vector<Column> columns_;
    BlockVector<std::uint32_t> lines_;  // the file line each row came from (up to 4,294,967,295)
    TextArena arena_;
};

}  // namespace creatorscope
