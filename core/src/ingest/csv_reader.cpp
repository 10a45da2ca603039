// The incremental delimited-text reader. Records are read straight from the chunk that holds
// them; a record that a chunk boundary cuts is carried over (its raw bytes only) and read whole
// once the chunk that ends it arrives.
#include "ingest/csv_reader.hpp"

#include <array>
#include <utility>

#include "model/byte_search.hpp"

namespace creatorscope {

namespace {
constexpr std::size_t max_sniff_bytes = 1 << 16;  // a header line longer than 64 KiB is not a header
constexpr std::size_t npos = std::string_view::npos;
}  // namespace

CsvReader::CsvReader(RecordHandler handler, char delimiter) : handler_(std::move(handler)), delimiter_(delimiter) {}

void CsvReader::sniff_delimiter(std::string_view header_line) {
    // The candidate that occurs most often outside quotes in the header wins; comma on a tie.
    std::array<std::pair<char, int>, 4> counts{{{',', 0}, {';', 0}, {'\t', 0}, {'|', 0}}};
    bool quoted = false;
    for (char c : header_line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        for (auto& [candidate, count] : counts) {
            if (c == candidate) ++count;
        }
    }
    delimiter_ = ',';
    int best = 0;
    for (const auto& [candidate, count] : counts) {
        if (count > best) {
            best = count;
            delimiter_ = candidate;
        }
    }
}

void CsvReader::feed(std::string_view bytes) {
    if (delimiter_ != 0) {
        consume(bytes);
        return;
    }
    // Hold bytes until the header line is complete, then decide the delimiter. Lines before the
    // header that start with '#' (GA4's preamble) or are blank do not count; Excel's "sep=;"
    // line states the delimiter outright.
    sniff_buffer_.append(bytes);
    std::size_t line_start = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < sniff_buffer_.size(); ++i) {
        const char c = sniff_buffer_[i];
        if (c == '"') quoted = !quoted;
        if (quoted || (c != '\n' && c != '\r')) continue;
        const std::string_view line = std::string_view(sniff_buffer_).substr(line_start, i - line_start);
        const auto first = line.find_first_not_of(" \t\xEF\xBB\xBF");
        if (first == npos || line[first] == '#') {
            line_start = i + 1;
            continue;
        }
        if (line.substr(first, 4) == "sep=" && line.size() > first + 4) {
            delimiter_ = line[first + 4];
        } else {
            sniff_delimiter(line);
        }
        std::string held = std::move(sniff_buffer_);
        sniff_buffer_.clear();
        consume(held);
        return;
    }
    if (sniff_buffer_.size() < max_sniff_bytes) return;
    sniff_delimiter(std::string_view(sniff_buffer_).substr(line_start));
    std::string held = std::move(sniff_buffer_);
    sniff_buffer_.clear();
    consume(held);
}

void CsvReader::finish() {
    if (delimiter_ == 0) {
        sniff_delimiter(sniff_buffer_);
        std::string held = std::move(sniff_buffer_);
        sniff_buffer_.clear();
        consume(held);
    }
    if (!carry_.empty()) {
        const std::string held = std::move(carry_);
        carry_.clear();
        parse(held, true);
    }
    scan_ = Scan{};
}

std::size_t CsvReader::Scan::advance(std::string_view bytes, char delimiter) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        switch (state) {
            case State::field_start:
                if (c == '"') {
                    state = State::quoted;
                    break;
                }
                state = State::unquoted;
                [[fallthrough]];
            case State::unquoted:
            case State::quote_in_quoted:
                if (c == '"' && state == State::quote_in_quoted) {
                    state = State::quoted;
                } else if (c == delimiter) {
                    state = State::field_start;
                } else if (c == '\n' || c == '\r') {
                    state = State::field_start;
                    // CRLF: the LF belongs to this line break.
                    if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
                    return i + 1;
                } else {
                    state = State::unquoted;
                }
                break;
            case State::quoted:
                if (c == '"') state = State::quote_in_quoted;
                break;
        }
    }
    return npos;
}

void CsvReader::consume(std::string_view bytes) {
    // First finish the record an earlier chunk cut short: add to it only up to its end.
    while (!carry_.empty() && !bytes.empty()) {
        const std::size_t end = scan_.advance(bytes, delimiter_);
        const std::size_t take = end == npos ? bytes.size() : end;
        carry_.append(bytes.data(), take);
        bytes.remove_prefix(take);
        if (end == npos) return;
        const std::size_t used = parse(carry_, false);
        carry_.erase(0, used);
        // What is left (after a broken quote was read again) starts a record: follow its quoting.
        scan_ = Scan{};
        if (!carry_.empty() && scan_.advance(carry_, delimiter_) != npos) scan_ = Scan{};
    }
    if (bytes.empty()) return;
    const std::size_t used = parse(bytes, false);
    if (used < bytes.size()) {
        carry_.assign(bytes.substr(used));
        scan_ = Scan{};
        scan_.advance(carry_, delimiter_);
    }
}

void CsvReader::push_unescaped(std::size_t offset) {
    escaped_.push_back({static_cast<std::uint32_t>(record_.fields.size()), static_cast<std::uint32_t>(offset),
                        static_cast<std::uint32_t>(unescaped_.size() - offset)});
    record_.fields.emplace_back();  // set in emit: unescaped_ may still move
}

void CsvReader::emit() {
    for (const Escaped& field : escaped_) record_.fields[field.index] = std::string_view(unescaped_).substr(field.offset, field.size);
    // A blank line is no record.
    const bool blank = record_.fields.size() == 1 && record_.fields[0].empty() && record_.problem.empty();
    if (!blank) handler_(record_);
}

// The block being parsed with its structural index: each field's end is a bit scan away.
struct CsvReader::Block {
    const char* begin;
    const char* end;
    std::size_t words;
    const std::uint64_t* stops;
    const std::uint64_t* quotes;
    char delimiter;
    bool final;

    // The first delimiter or line break at or after from; end when there is none.
    const char* next_stop(const char* from) const {
        const std::size_t at = bytes::next_bit(stops, words, static_cast<std::size_t>(from - begin));
        return at == npos ? end : begin + at;
    }
    // The first quote at or after from; end when there is none.
    const char* next_quote(const char* from) const {
        const std::size_t at = bytes::next_bit(quotes, words, static_cast<std::size_t>(from - begin));
        return at == npos ? end : begin + at;
    }
    // The first line break in [from, to), or to.
    const char* first_break_in(const char* from, const char* to) const {
        for (const char* q = next_stop(from); q < to; q = next_stop(q + 1)) {
            if (*q != delimiter) return q;
        }
        return to;
    }
    // Counts the line breaks in [from, to): CRLF once, CR or LF alone once.
    std::uint64_t count_lines(const char* from, const char* to) const {
        std::uint64_t lines = 0;
        for (const char* q = next_stop(from); q < to; q = next_stop(q + 1)) {
            if (*q == '\n' || (*q == '\r' && (q + 1 == to || q[1] != '\n'))) ++lines;
        }
        return lines;
    }
};

// A quoted field while it is read: runs of text up to each quote; "" is one quote, and once one
// is met the field is copied into unescaped_ from copy_offset.
struct CsvReader::Quoted {
    const char* open;     // the opening quote
    const char* segment;  // the start of the run not yet copied
    const char* close = nullptr;  // the closing quote, when closed
    bool copied = false;
    std::size_t copy_offset = 0;
    bool closed = false;
};

std::size_t CsvReader::parse(std::string_view block, bool final) {
    const char* p = block.data();
    const char* const end = p + block.size();
    if (skip_lf_ && p < end) {
        skip_lf_ = false;
        if (*p == '\n') ++p;
    }
    const Block b = index_block(block, final);
    while (p < end) {
        const char* const record_start = p;
        const std::uint64_t start_line = line_;
        start_record();
        const char* restart = nullptr;  // set when a broken quote sends reading back to the next line
        if (!read_record(b, p, restart)) {
            line_ = start_line;  // the block ends inside this record: the next chunk completes it
            return static_cast<std::size_t>(record_start - block.data());
        }
        emit();
        if (restart != nullptr) {
            ++line_;  // the rejected line's break
            p = restart;
        }
    }
    return block.size();
}

[[gnu::always_inline]] inline CsvReader::Block CsvReader::index_block(std::string_view block, bool final) {
    const std::size_t words = (block.size() + 63) / 64;
    if (stops_.size() < words) {
        stops_.resize(words);
        quotes_.resize(words);
    }
    bytes::index_structure(block.data(), block.size(), delimiter_, stops_.data(), quotes_.data());
    return Block{block.data(), block.data() + block.size(), words, stops_.data(), quotes_.data(), delimiter_, final};
}

void CsvReader::start_record() {
    record_.fields.clear();
    escaped_.clear();
    unescaped_.clear();
    record_.problem.clear();
    record_.broken = false;
    record_.line = line_;
}

// Inlined into parse, as the loop it was: the hot path of every delimited file.
[[gnu::always_inline]] inline bool CsvReader::read_record(const Block& b, const char*& p, const char*& restart) {
    for (;;) {
        // p is at the start of a field.
        if (p == b.end) {
            if (!b.final) return false;
            record_.fields.emplace_back();  // the empty field after a last delimiter
            return true;
        }
        const char* field_end;
        if (*p != '"') {
            field_end = b.next_stop(p);
            if (field_end == b.end && !b.final) return false;
            record_.fields.emplace_back(p, static_cast<std::size_t>(field_end - p));
        } else {
            const FieldRead read = read_quoted(b, p, field_end, restart);
            if (read == FieldRead::cut_short) return false;
            if (read == FieldRead::line_rejected) return true;
        }
        p = field_end;
        if (p == b.end) return b.final;
        if (*p == b.delimiter) {
            ++p;
            continue;
        }
        end_line(b, p);
        return true;
    }
}

[[gnu::always_inline]] inline void CsvReader::end_line(const Block& b, const char*& p) {
    ++line_;
    if (*p == '\r') {
        if (p + 1 < b.end) {
            if (p[1] == '\n') ++p;
        } else if (!b.final) {
            skip_lf_ = true;  // an LF first in the next chunk belongs to this CR
        }
    }
    ++p;
}

[[gnu::always_inline]] inline void CsvReader::find_closing_quote(const Block& b, Quoted& field) {
    const char* q = field.segment;
    for (;;) {
        const char* quote = b.next_quote(q);
        if (quote == b.end) return;
        if (quote + 1 == b.end && !b.final) return;  // "" or the end of the field: the next chunk says
        if (quote + 1 < b.end && quote[1] == '"') {
            if (!field.copied) field.copy_offset = unescaped_.size();
            field.copied = true;
            unescaped_.append(field.segment, static_cast<std::size_t>(quote + 1 - field.segment));
            q = field.segment = quote + 2;
            continue;
        }
        if (field.copied) unescaped_.append(field.segment, static_cast<std::size_t>(quote - field.segment));
        field.closed = true;
        field.close = quote;
        return;
    }
}

// Inlined too: captions and titles are quoted in most exports.
[[gnu::always_inline]] inline CsvReader::FieldRead CsvReader::read_quoted(const Block& b, const char* open, const char*& field_end,
                                                                          const char*& restart) {
    Quoted field{open, open + 1};
    find_closing_quote(b, field);
    if (!field.closed && !b.final) return FieldRead::cut_short;
    const char* const content_end = field.closed ? field.close : b.end;
    const char* const after = field.closed ? field.close + 1 : b.end;
    // The first line break inside the quotes, if the field spans lines.
    const char* const first_break = b.first_break_in(open + 1, content_end);
    const bool spans_lines = first_break < content_end;
    const bool text_follows = field.closed && after < b.end && *after != b.delimiter && *after != '\n' && *after != '\r';
    if ((!field.closed || text_follows) && spans_lines) {
        reject_line(b, open, first_break, restart);
        return FieldRead::line_rejected;
    }
    line_ += b.count_lines(open + 1, content_end);
    if (!field.closed) {
        keep_unclosed(b, field);
        field_end = b.end;
        return FieldRead::field;
    }
    if (text_follows) return keep_text_after_quote(b, field, after, field_end);
    field_end = after;
    if (field.copied) {
        push_unescaped(field.copy_offset);
    } else {
        record_.fields.emplace_back(open + 1, static_cast<std::size_t>(field.close - open - 1));
    }
    return FieldRead::field;
}

void CsvReader::reject_line(const Block& b, const char* open, const char* first_break, const char*& restart) {
    // The quote was never meant to be closed (it runs over lines to the end, or "closes"
    // mid-text): reject its first line, read again from the next.
    record_.fields.emplace_back(open + 1, static_cast<std::size_t>(first_break - open - 1));
    record_.problem = "a quote opened on this line is never closed: the line is rejected and reading goes on with the next line";
    record_.broken = true;
    restart = first_break + ((*first_break == '\r' && first_break + 1 < b.end && first_break[1] == '\n') ? 2 : 1);
}

void CsvReader::keep_unclosed(const Block& b, Quoted& field) {
    record_.problem = "a quoted field is not closed before the end of the file";
    record_.broken = true;
    if (field.copied) {
        unescaped_.append(field.segment, static_cast<std::size_t>(b.end - field.segment));
        push_unescaped(field.copy_offset);
    } else {
        record_.fields.emplace_back(field.open + 1, static_cast<std::size_t>(b.end - field.open - 1));
    }
}

CsvReader::FieldRead CsvReader::keep_text_after_quote(const Block& b, Quoted& field, const char* after, const char*& field_end) {
    // Text after a closing quote ("abc"def): keep it, as spreadsheets do, and say so.
    field_end = b.next_stop(after);
    if (field_end == b.end && !b.final) return FieldRead::cut_short;
    if (record_.problem.empty()) record_.problem = "text follows a closing quote";
    if (!field.copied) {
        field.copy_offset = unescaped_.size();
        unescaped_.append(field.open + 1, static_cast<std::size_t>(field.close - field.open - 1));
    }
    unescaped_.append(after, static_cast<std::size_t>(field_end - after));
    push_unescaped(field.copy_offset);
    return FieldRead::field;
}

}  // namespace creatorscope
