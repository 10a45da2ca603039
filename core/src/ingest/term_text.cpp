// The captions kept for searching a new term list (see term_text.hpp).
#include "ingest/term_text.hpp"

#include <algorithm>

#include "model/byte_search.hpp"

namespace creatorscope {

void TermText::add(std::string_view text) {
    if (!kept_) return;
    if (text_bytes_ + text.size() > limit_) {
        let_go();
        return;
    }
    if (text.empty()) {
        places_.push_back({});
        return;
    }
    if (used_ + text.size() > last_block_bytes_) {
        last_block_bytes_ = std::max(block_bytes, text.size());
        blocks_.push_back(std::unique_ptr<char[]>(new char[last_block_bytes_]));
        block_total_ += last_block_bytes_;
        used_ = 0;
    }
    bytes::copy(blocks_.back().get() + used_, text.data(), text.size());
    places_.push_back({static_cast<std::uint32_t>(blocks_.size() - 1), static_cast<std::uint32_t>(used_),
                       static_cast<std::uint32_t>(text.size())});
    used_ += text.size();
    text_bytes_ += text.size();
}

std::string_view TermText::get(std::size_t row) const {
    if (!kept_ || row >= places_.size()) return {};
    const Place& place = places_[row];
    if (place.size == 0) return {};
    return {blocks_[place.block].get() + place.offset, place.size};
}

std::size_t TermText::memory_bytes() const { return block_total_ + places_.memory_bytes(); }

void TermText::let_go() {
    kept_ = false;
    blocks_.clear();
    blocks_.shrink_to_fit();
    places_ = BlockVector<Place>();
    block_total_ = 0;
    text_bytes_ = 0;
}

}  // namespace creatorscope
