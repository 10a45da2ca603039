// The text each row of a posts file was searched in for listed terms (its caption), kept so
// that a new brief's niches, keywords and blocklist are searched for without reading the file
// again. Kept up to a byte limit per file: past it the text is let go, and the engine asks for
// the file again when the terms change (Engine::inputs_to_reread). Rosters need no copy: their
// bios are in the table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "model/table.hpp"

namespace creatorscope {

class TermText {
public:
    // 64 MiB of captions: about 300,000 posts of 200 bytes, more than a campaign's files hold.
    static constexpr std::size_t default_limit = std::size_t{64} << 20;

    explicit TermText(std::size_t limit = default_limit) : limit_(limit) {}

    // The next row's text (empty where the row has none). Past the limit, everything is let go.
    void add(std::string_view text);
    // Every row's text is here (none was let go).
    bool kept() const { return kept_; }
    std::size_t rows() const { return places_.size(); }
    std::string_view get(std::size_t row) const;
    std::size_t memory_bytes() const;

private:
    void let_go();

    struct Place {
        std::uint32_t block = 0, offset = 0, size = 0;
    };
    static constexpr std::size_t block_bytes = std::size_t{1} << 20;
    std::size_t limit_;
    bool kept_ = true;
    std::size_t text_bytes_ = 0;
    std::vector<std::unique_ptr<char[]>> blocks_;  // texts back to back; a text never spans two
    std::size_t used_ = block_bytes;               // bytes used in the last block
    std::size_t last_block_bytes_ = block_bytes;   // the last block's size (a longer text has its own)
    std::size_t block_total_ = 0;
    BlockVector<Place> places_;
};

}  // namespace creatorscope
